// What a rule is. A rule says *what* to look for in the shared vocabulary's
// terms; scanning, negation and number reading live in the vocabulary.
import type { DocumentKind, RequirementValue, RuleGroup, Severity, SeveritySetting, InstanceInfo } from './types';
import type { DocumentModel, Unit } from './model';

export type ParamValue = number | boolean | string;

export interface RuleExamples {
  /** Markdown that satisfies the rule (requirement rules) or raises no finding (finding rules). */
  pass: string[];
  /** Markdown that violates it. */
  fail: string[];
  /** Markdown that nearly satisfies it but must not count: negations, questions, code blocks, comments... */
  near: string[];
}

/** A unit (sentence, list item, table row) that satisfies a requirement, with the value it states. */
export interface Evidence {
  unit: Unit;
  value?: RequirementValue;
  /** The unit states the requirement only by implication (a right of access read as an export): quoted only when nothing states it directly. */
  indirect?: boolean;
}

/** A finding a rule raises on a span of one document (a too-long period, a vague phrase, a placeholder). */
export interface SpanFinding {
  start: number;
  end: number;
  message: string;
  severity?: Severity;
  /** Replace the span with this text (e.g. a duration within the configured bound). */
  replacement?: { text: string; title: string };
}

export interface RuleContext {
  params: Record<string, ParamValue>;
  instance: InstanceInfo;
}

export interface DocumentCheck {
  evidence: Evidence[];
  findings: SpanFinding[];
}

/** A rule's verdict on a whole policy set, from the evidence of all its documents. */
export interface SetVerdict {
  satisfied: boolean;
  /** The evidence to quote; when satisfied and left out, the default (see evidence.ts). */
  evidence?: { doc: DocumentModel; evidence: Evidence };
  value?: RequirementValue;
  /** Overrides the rule's missing message (e.g. to name the categories not covered). */
  message?: string;
  /** Findings on the set as a whole (e.g. two different minimum ages). */
  extra?: { doc: DocumentModel; finding: SpanFinding }[];
}

/** A rule's template clauses by language: English always, the others where translated. */
export type Clauses = { en: string } & Partial<Record<string, string>>;

export interface RuleDefinition {
  id: string;
  group: RuleGroup;
  severity: SeveritySetting;
  /** One line for `fedipolicy rules` and hovers. */
  summary: string;
  /** One sentence: what is missing and why it matters to users. */
  message: string;
  /** false for finding-only rules (vague-retention, unfilled-placeholder). */
  requirement: boolean;
  /** Document kinds where a missing clause is reported, in order of preference. */
  where: DocumentKind[];
  /** Vocabulary concepts whose headings mark the section where the clause belongs. */
  topics: string[];
  /**
   * What the requirement is about, for a missing finding to name the first sentence that mentions it
   * but was not read as stating it ("Line 40 mentions backups but was not read as stating this."):
   * vocabulary concepts (any language) and a short noun phrase for the message. With `alongside`, a
   * sentence counts only when it also names one of those concepts apart from the subject: a retention
   * rule's subject is the data kept, and a sentence that names the data without keeping it is no near miss.
   * A mention inside a match of an `unless` concept is about that instead ("close your account" is no shutdown).
   */
  subject?: { concepts: string[]; alongside?: string[]; unless?: string[]; name: string };
  params?: Record<string, ParamValue>;
  /** The rule's docs page (Markdown), shipped beside the module. */
  docs: string;
  /** The template clause in each language it is written in (Markdown with {{placeholders}}), for requirement rules: rules/<id>/clause.<lang>.md. */
  clauses?: Clauses;
  examples: RuleExamples;
  /** Whether the rule applies to a set (default: by group). */
  applies?(docs: DocumentModel[], ctx: RuleContext): boolean;
  check(doc: DocumentModel, ctx: RuleContext): DocumentCheck;
  /** Combine the evidence of a set's documents (default: satisfied when any document has evidence). */
  decide?(found: { doc: DocumentModel; evidence: Evidence }[], ctx: RuleContext): SetVerdict;
}

export function defineRule(rule: RuleDefinition): RuleDefinition {
  return rule;
}
