// Template placeholders left in a policy: they name a value that is still
// missing, so their text never counts as a clause and each is a finding.

/** Each alternative matches one placeholder. */
export const PLACEHOLDER =
  /%\{[a-z_]+\}s?|%<[a-z_]+>s|\{\{[^{}\n]{1,80}\}\}|\[\s*(?:INSERT|ADD|FILL(?: IN)?|YOUR|ENTER|ERGÄNZE|REPLACE)\b[^\]\n]{0,120}\]|\(\s*(?:INSERT|FILL IN|ERGÄNZE|ENTER)\b[^)\n]{0,160}\)|\[\{[^{}\]\n]{1,80}\}\]|\[\s*[Yy]our[ _-](?:instance|server|domain|name|e-?mail|site|company|organi[sz]ation|jurisdiction|country|contact)[^\]\n]{0,40}\]|<YOUR[_ A-Z]{1,40}>|\bexample\.(?:com|org|net)\b|\b(?:TODO|TBD|XXX|FIXME)\b/g;

/** The text with every placeholder replaced by spaces (same length, so offsets still line up). */
export function blankPlaceholders(text: string): string {
  return text.replace(PLACEHOLDER, (m) => ' '.repeat(m.length));
}
