// Public types of the lint engine. The engine is pure: text + config in,
// findings out. It never touches the file system, the network or an editor.

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';
export type DocumentKind = 'privacy' | 'terms' | 'combined' | 'rules' | 'about';
export const DOCUMENT_KINDS: readonly DocumentKind[] = ['privacy', 'terms', 'combined', 'rules', 'about'];

export type RuleGroup = 'data' | 'retention' | 'covenant' | 'ai' | 'know' | 'hygiene';

/** 1-based line and column (columns count UTF-16 code units, as editors do). */
export interface Position {
  line: number;
  column: number;
}

/** A span of the source text: offsets (0-based, UTF-16) and the matching positions. */
export interface Span {
  start: number;
  end: number;
}

/** A text edit on one document: replace source[start, end) with `text`. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

export interface Fix {
  /** What a quick fix would say, e.g. 'Insert the IP retention clause under "Data retention"'. */
  title: string;
  edit: Edit;
}

/** One finding on one document, as every adapter (CLI, LSP, audit) reports it. */
export interface Finding {
  file: string;
  ruleId: string;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: Fix;
  /** Other places worth showing (e.g. a sentence that mentions a missing requirement's subject). */
  related?: RelatedPlace[];
}

/** A place a finding points to besides its own range; 1-based positions, as in Finding. */
export interface RelatedPlace {
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  message: string;
}

export type RequirementStatus = 'satisfied' | 'missing' | 'not-applicable';

export interface RequirementValue {
  days?: number;
  age?: number;
  categories?: string[];
  /** covenant-backups: days between backups (1 daily, 7 weekly, 0.5 more often than daily). */
  everyDays?: number;
  /** policy-changes: the last-updated or effective date as the text writes it. */
  date?: string;
}

export interface Requirement {
  ruleId: string;
  status: RequirementStatus;
  /** For `satisfied`: the evidence (the unit that satisfies it). For `missing`: where it is reported. */
  file?: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  value?: RequirementValue;
  message?: string;
  /** The evidence text (a sentence), for reports and hovers. */
  evidence?: string;
}

/** A document given to the engine. */
export interface SourceDocument {
  /** A path or URI; used only to name the document in findings and to detect its kind. */
  file: string;
  text: string;
  /** Overrides kind detection (CLI --kind). */
  kind?: DocumentKind;
  /** The kind the config's document map gives: used when the front matter names none. */
  kindHint?: DocumentKind;
  /** The language the config gives (BCP 47); reported with the document. */
  language?: string;
}

export interface RuleSetting {
  severity: SeveritySetting;
  params: Record<string, unknown>;
}

/** Values that fill the template clauses. Every field is optional: a missing one becomes a visible placeholder. */
export interface InstanceInfo {
  domain?: string;
  name?: string;
  adminEmail?: string;
  contactUrl?: string;
  adminAccount?: string;
  jurisdiction?: string;
  minimumAge?: number;
  ipRetentionDays?: number;
  logRetentionDays?: number;
  loginRetentionDays?: number;
  shutdownNoticeDays?: number;
  backupFrequency?: string;
  hostingProvider?: string;
  emailProvider?: string;
  ageVerification?: boolean;
}

/** A fully resolved configuration, as the engine takes it (loading files is the adapters' job). */
export interface EngineConfig {
  rules: Record<string, RuleSetting>;
  instance: InstanceInfo;
  /** Documents larger than this (in UTF-16 code units) are not parsed; one `input-too-large` finding is reported. */
  maxDocumentSize?: number;
}

export interface DocumentReport {
  file: string;
  kind: DocumentKind;
  /** The language the document was read as (BCP 47). */
  language: string;
}

export interface SetReport {
  documents: DocumentReport[];
  requirements: Requirement[];
  findings: Finding[];
}
