// `fedipolicy rules`: the rule catalog, as a table or JSON.
import { allRules, docsUrl } from '../engine';
import { oneOf, parse } from './args';
import { RULES_HELP } from './help';
import { useColor, type CliContext } from './io';
import { makeStyle } from './formats/style';

export function rulesCommand(argv: string[], ctx: CliContext): number {
  const { values } = parse('rules', argv, { format: { type: 'string', short: 'f' }, help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    ctx.stdout(RULES_HELP);
    return 0;
  }
  const format = oneOf('--format', values.format, ['text', 'json'] as const, 'text');
  const rules = allRules().map((r) => ({
    id: r.id,
    group: r.group,
    severity: r.severity,
    summary: r.summary,
    requirement: r.requirement,
    fixable: Boolean(r.clause),
    where: r.where,
    params: r.params ?? {},
    docsUrl: docsUrl(r.id),
  }));
  if (format === 'json') {
    ctx.stdout(`${JSON.stringify(rules, null, 2)}\n`);
    return 0;
  }
  const style = makeStyle(useColor(ctx));
  const idWidth = Math.max(...rules.map((r) => r.id.length));
  const lines = rules.map((r) => {
    const params = Object.entries(r.params).map(([k, v]) => `${k}=${String(v)}`);
    const extra = [r.fixable ? 'fixable' : '', ...params].filter(Boolean).join(', ');
    return `${style.bold(r.id.padEnd(idWidth))}  ${r.severity.padEnd(7)}  ${r.summary}${extra ? ` (${extra})` : ''}\n${' '.repeat(idWidth + 11)}${style.dim(r.docsUrl)}`;
  });
  ctx.stdout(`${lines.join('\n')}\n`);
  return 0;
}
