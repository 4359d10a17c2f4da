// How the benchmark scripts are bundled (bench/run.mjs, bench/lsp-profile.mjs):
// one CommonJS file each, unminified, as esbuild.mjs bundles the CLI otherwise.
import { configValidator } from '../tools/config-validator-plugin.mjs';
import { vocabularyTables } from '../tools/vocabulary-tables-plugin.mjs';

export const benchBundle = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  loader: { '.md': 'text' },
  mainFields: ['module', 'main'],
  logLevel: 'warning',
  plugins: [configValidator, vocabularyTables],
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
};
