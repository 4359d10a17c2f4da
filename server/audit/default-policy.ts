// Recognises a privacy policy that is still Mastodon's built-in default (the
// one a server serves until its admin writes its own). We do not keep the
// template's text: only its section headings, which are short generic
// questions, plus the fixed "updated_at" date Mastodon reports for it.

/**
 * The section headings of Mastodon's default privacy policy, normalised
 * (lower case, letters and digits only). Generic questions on their own; what
 * identifies the template is finding most of them together.
 */
export const DEFAULT_POLICY_HEADINGS: readonly string[] = [
  'what information do we collect',
  'what do we use your information for',
  'how do we protect your information',
  'what is our data retention policy',
  'do we use cookies',
  'do we disclose any information to outside parties',
  'site usage by children',
  // Older Mastodon versions ended with this section; current ones stop before it.
  'changes to our privacy policy',
];

/** How many of the headings above a policy must have to be called the default. */
export const DEFAULT_POLICY_MIN_MATCHES = 6;

/** With the default date, this many headings suffice. */
export const DEFAULT_POLICY_MIN_MATCHES_WITH_DATE = 4;

/** The `updated_at` Mastodon reports while the default policy is in use (its date, in UTC). */
export const DEFAULT_POLICY_DATE = '2022-10-07';

export interface DefaultPolicyVerdict {
  isDefault: boolean;
  matchedHeadings: number;
  /** Whether `updated_at` is the default policy's date. */
  defaultDate: boolean;
}

export function normaliseHeading(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * A policy is the default when at least DEFAULT_POLICY_MIN_MATCHES of the
 * default headings appear (DEFAULT_POLICY_MIN_MATCHES_WITH_DATE when
 * `updated_at` is the default's date) and they make up most of its headings:
 * an admin's own policy that reuses a few of these questions is not flagged.
 */
export function detectDefaultPolicy(headings: string[], updatedAt: string | undefined): DefaultPolicyVerdict {
  const normalised = headings.map(normaliseHeading).filter((h) => h !== '');
  const found = new Set(normalised.filter((h) => DEFAULT_POLICY_HEADINGS.includes(h)));
  const matchedHeadings = found.size;
  const ownHeadings = normalised.filter((h) => !DEFAULT_POLICY_HEADINGS.includes(h)).length;
  const defaultDate = typeof updatedAt === 'string' && updatedAt.startsWith(DEFAULT_POLICY_DATE);
  const needed = defaultDate ? DEFAULT_POLICY_MIN_MATCHES_WITH_DATE : DEFAULT_POLICY_MIN_MATCHES;
  const isDefault = matchedHeadings >= needed && ownHeadings <= matchedHeadings / 2;
  return { isDefault, matchedHeadings, defaultDate };
}
