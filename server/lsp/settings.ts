// The client's `fedipolicy.*` settings, read defensively: a wrong type in a
// user's settings.json falls back to the default (with a note), never a crash.

export interface ClientSettings {
  /** Milliseconds between the last edit and the lint; 0 lints at once. */
  lintDelay: number;
  /** Globs (relative to the workspace folder) naming the policy documents. */
  files: string[];
  /** Lint each document on its own instead of with the other documents of its set. */
  perFile: boolean;
}

/** Markdown or HTML files (Mastodon kept policies as HTML before 4.0). */
export const DEFAULT_POLICY_GLOBS: readonly string[] = [
  '**/*privacy*.{md,html,htm}',
  '**/*terms*.{md,html,htm}',
  // "tos" as a word of its own: "**/*tos*.md" would take photos.md.
  '**/tos*.{md,html,htm}',
  '**/*[-_]tos*.{md,html,htm}',
  '**/*rules*.{md,html,htm}',
  '**/*code-of-conduct*.{md,html,htm}',
];

export function defaultSettings(): ClientSettings {
  return { lintDelay: 250, files: [...DEFAULT_POLICY_GLOBS], perFile: false };
}

/** The longest debounce we honour: a larger value would make the editor look dead. */
const MAX_LINT_DELAY = 10_000;

export interface SettingsResult {
  settings: ClientSettings;
  /** One line per ignored value, for the server log. */
  problems: string[];
}

/** Reads the `fedipolicy` section as the client sent it (any shape). */
export function readSettings(raw: unknown): SettingsResult {
  const settings = defaultSettings();
  const problems: string[] = [];
  if (raw === undefined || raw === null) return { settings, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push('fedipolicy settings: expected an object; using the defaults');
    return { settings, problems };
  }
  const section = raw as Record<string, unknown>;

  const delay = section.lintDelay;
  if (delay !== undefined && delay !== null) {
    if (typeof delay === 'number' && Number.isFinite(delay) && delay >= 0) settings.lintDelay = Math.min(Math.round(delay), MAX_LINT_DELAY);
    else problems.push(`fedipolicy.lintDelay: expected a number of milliseconds >= 0, got ${JSON.stringify(delay)}; using ${settings.lintDelay}`);
  }

  const files = section.files;
  if (files !== undefined && files !== null) {
    if (Array.isArray(files) && files.every((f) => typeof f === 'string' && f.trim() !== '')) settings.files = files.map((f: string) => f.trim());
    else problems.push(`fedipolicy.files: expected a list of glob strings; using the defaults`);
  }

  const perFile = section.perFile;
  if (perFile !== undefined && perFile !== null) {
    if (typeof perFile === 'boolean') settings.perFile = perFile;
    else problems.push(`fedipolicy.perFile: expected true or false, got ${JSON.stringify(perFile)}; using false`);
  }
  return { settings, problems };
}
