// `npm run docs`: writes docs/rules/*.md from the rule registry.
// `--check` writes nothing and exits 1 when a generated file differs from
// the one on disk (so stale docs fail CI). `--out DIR` picks another folder.
import { buildDocs } from './docs-generator';

process.exitCode = buildDocs(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (s) => void process.stdout.write(s),
  stderr: (s) => void process.stderr.write(s),
});
