// Every language the engine reads. Adding one: a vocabulary file mirroring
// en.ts's concepts, listed here; clauses in rules/<id>/clause.<lang>.md.
import type { LanguageVocabulary } from './types';
import { en } from './en';
import { de } from './de';
import { fr } from './fr';
import { ja } from './ja';
import { es } from './es';

export const LANGUAGES: LanguageVocabulary[] = [en, de, fr, ja, es];
