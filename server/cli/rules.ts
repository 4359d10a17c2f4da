// `fedipolicy rules`: the rule catalog, as a table or JSON; with --language,
// the wording each rule recognises in that language.
import { allRules, docsUrl, recognisedWording } from '../engine';
import { LANGUAGES } from '../engine/vocabulary/languages';
import { oneOf, parse } from './args';
import { RULES_HELP } from './help';
import { UsageError, useColor, type CliContext } from './io';
import { makeStyle } from './formats/style';

/** Alternatives shown per concept in the text listing; --format json lists them all. */
const SHOWN_ALTERNATIVES = 8;

export function rulesCommand(argv: string[], ctx: CliContext): number {
  const { values } = parse('rules', argv, {
    format: { type: 'string', short: 'f' },
    language: { type: 'string', short: 'l' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    ctx.stdout(RULES_HELP);
    return 0;
  }
  const format = oneOf('--format', values.format, ['text', 'json'] as const, 'text');
  const language = languageOption(values.language);
  const rules = allRules().map((r) => ({
    id: r.id,
    group: r.group,
    severity: r.severity,
    summary: r.summary,
    requirement: r.requirement,
    fixable: Boolean(r.clauses),
    where: r.where,
    params: r.params ?? {},
    docsUrl: docsUrl(r.id),
  }));
  const style = makeStyle(useColor(ctx));
  if (language) {
    const wording = allRules().map((r) => ({ id: r.id, language, recognises: recognisedWording(r, language) }));
    if (format === 'json') {
      ctx.stdout(`${JSON.stringify(wording, null, 2)}\n`);
      return 0;
    }
    const blocks = wording.map(({ id, recognises }) => {
      const concepts = Object.entries(recognises);
      const lines = concepts.length
        ? concepts.map(([concept, alternatives]) => `  ${concept}: ${shortList(alternatives)}`)
        : ['  (no wording: the rule reads the same marks in every language)'];
      return [style.bold(id), ...lines].join('\n');
    });
    ctx.stdout(`${blocks.join('\n\n')}\n`);
    return 0;
  }
  if (format === 'json') {
    ctx.stdout(`${JSON.stringify(rules, null, 2)}\n`);
    return 0;
  }
  const idWidth = Math.max(...rules.map((r) => r.id.length));
  const lines = rules.map((r) => {
    const params = Object.entries(r.params).map(([k, v]) => `${k}=${String(v)}`);
    const extra = [r.fixable ? 'fixable' : '', ...params].filter(Boolean).join(', ');
    return `${style.bold(r.id.padEnd(idWidth))}  ${r.severity.padEnd(7)}  ${r.summary}${extra ? ` (${extra})` : ''}\n${' '.repeat(idWidth + 11)}${style.dim(r.docsUrl)}`;
  });
  ctx.stdout(`${lines.join('\n')}\n`);
  return 0;
}

/** The language code asked for ("de", "DE", "de-AT" -> "de"); a language the engine does not read is a usage error. */
function languageOption(value: string | boolean | undefined): string | undefined {
  if (value === undefined) return undefined;
  const known = LANGUAGES.map((l) => l.language);
  const base = typeof value === 'string' ? value.trim().toLowerCase().split(/[-_]/)[0] : '';
  if (!known.includes(base)) {
    throw new UsageError(`--language must be one of ${LANGUAGES.map((l) => `${l.language} (${l.name})`).join(', ')} (got "${String(value)}")`);
  }
  return base;
}

/** The first few alternatives, and how many more there are. */
function shortList(alternatives: string[]): string {
  const shown = alternatives.slice(0, SHOWN_ALTERNATIVES).join(', ');
  const more = alternatives.length - SHOWN_ALTERNATIVES;
  return more > 0 ? `${shown}, … (${more} more; --format json lists all)` : shown;
}
