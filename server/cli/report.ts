// `fedipolicy report`: per policy set, which requirements are met and where.
import { displayPath } from '../project';
import { oneOf, parse, SET_OPTIONS } from './args';
import { REPORT_FORMATS, formatReport, type ReportSet } from './formats/report-formats';
import { REPORT_HELP } from './help';
import { useColor, type CliContext } from './io';
import { collectSets, lintPolicySet, setOptionsFrom } from './sets';

export async function reportCommand(argv: string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parse('report', argv, SET_OPTIONS);
  if (values.help) {
    ctx.stdout(REPORT_HELP);
    return 0;
  }
  const format = oneOf('--format', values.format, REPORT_FORMATS, 'text');
  const { sets } = await collectSets(ctx, setOptionsFrom(values, positionals));
  const shown = (file: string) => displayPath(file, ctx.cwd);
  const reports: ReportSet[] = sets.map((set) => {
    const report = lintPolicySet(set);
    return {
      documents: report.documents.map((d) => ({ file: shown(d.file), kind: d.kind })),
      requirements: report.requirements.map((r) => (r.file ? { ...r, file: shown(r.file) } : r)),
      findings: report.findings.map((f) => ({ ...f, file: shown(f.file) })),
    };
  });
  ctx.stdout(formatReport(format, reports, useColor(ctx)));
  return reports.some((r) => r.requirements.some((q) => q.status === 'missing')) ? 1 : 0;
}
