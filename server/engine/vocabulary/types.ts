// The shape of one language's vocabulary. Each language is data in its own
// file; the matcher merges them, so a bilingual policy is read in both.

export interface LanguageVocabulary {
  /** BCP 47 code, e.g. 'de'. */
  language: string;
  /** The language's English name, for messages ("read as German"). */
  name: string;
  /**
   * Concept -> regular-expression alternatives, matched case-insensitively.
   * Alternatives are matched at word boundaries, unless `spaceless` is set.
   * Most are a finite set of words ("passw(?:ort|örter)(?:n|es|s)?", with
   * runs such as "\p{L}* " inside): those are listed at build time and found
   * without an expression (alternatives.ts); the others run as expressions:
   * keep them free of nested quantifiers (they are checked for catastrophic backtracking).
   */
  concepts: Record<string, string[]>;
  /** Alternatives that must keep their case ("IP", "AI"). */
  caseSensitive?: Record<string, string[]>;
  /** Cues that negate what follows them in the clause ("not", "kein", "ne"). */
  negationBefore: string[];
  /** Cues that negate what comes before them in the clause (German "nicht", Japanese "ません"). */
  negationAfter?: string[];
  /** Phrases containing a cue that do not negate ("no more than 90 days"). */
  notNegating: string[];
  /** Words or marks that start a new clause (a negation does not reach past them). */
  clauseBreaks: string[];
  /** Number words -> value ("twelve", "zwölf", "douze"). */
  numberWords: Record<string, number>;
  /** Duration unit patterns -> days ("Monate?n?" -> 30). */
  durationUnits: [string, number][];
  /**
   * Age phrases, with {N} where the number goes ("at least {N} years old",
   * "ab {N} Jahren", "{N}歳以上"). An age is read only where one of them matches.
   */
  agePatterns: string[];
  /** Common function words, to tell which language a text is in. */
  stopWords: string[];
  /** Scripts written without spaces (Japanese): no word boundaries, and words are found by substring. */
  spaceless?: boolean;
  /** Abbreviations ending in a full stop that does not end the sentence ("ggf", "bzw", "cf"), without that dot. */
  abbreviations?: string[];
  /** How clauses write a period: singular and plural of each unit ("Monat", "Monate"); English when absent. */
  periodUnits?: Record<'day' | 'month' | 'year', [singular: string, plural: string]>;
  /** Backup frequencies as the config gives them in English ("daily"), in this language ("täglich"). */
  frequencyWords?: Record<string, string>;
  /** Titles of new sections, by topic concept, for inserted clauses. */
  topicTitles: Record<string, string>;
}
