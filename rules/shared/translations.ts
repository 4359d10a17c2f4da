// Template clauses in other languages: rules/<id>.clause.<lang>.md, by rule id
// and language. English clauses live with each rule (rules/<id>.clause.md).
// Each language lists its clauses in its own file (clauses.<lang>.ts); they
// are merged here: a language adds its import and its key to BY_LANGUAGE.
import { ja } from './clauses.ja';
import { es } from './clauses.es';
import { de } from './clauses.de';
import { fr } from './clauses.fr';

const BY_LANGUAGE: Record<string, Record<string, string>> = { ja, es, de, fr };

export const CLAUSE_TRANSLATIONS: Record<string, Record<string, string>> = {};
for (const [language, clauses] of Object.entries(BY_LANGUAGE)) {
  for (const [ruleId, clause] of Object.entries(clauses)) (CLAUSE_TRANSLATIONS[ruleId] ??= {})[language] = clause;
}
