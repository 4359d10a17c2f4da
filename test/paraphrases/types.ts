// Paraphrase sets: ways a real policy states one requirement, and near misses
// that must not count, written blind from ../shared/spec/rules.md (by someone
// who had not read the rule's code). Each entry is linted as the whole body of
// a privacy policy (`# Privacy\n\n<entry>\n`, kind `privacy`).

/** A satisfying entry, optionally with the value the rule must read (days or age). */
export type Satisfying = string | [text: string, value: { days: number } | { age: number }];

export interface Paraphrases {
  /** Sentences (or short Markdown: a heading and a paragraph, a list) that satisfy the rule. */
  satisfy: Satisfying[];
  /** Sentences that look close but must not satisfy it: negations, questions, other data, vague periods... */
  near: string[];
}

export interface ParaphraseSet {
  ruleId: string;
  en: Paraphrases;
  de: Paraphrases;
  fr: Paraphrases;
  ja: Paraphrases;
  es: Paraphrases;
}
