// The esbuild plugin behind `import tables from 'fedipolicy:vocabulary-tables'`,
// shared by every build that bundles the engine (esbuild.mjs, bench/run.mjs).
import * as esbuild from 'esbuild';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'server', 'engine', 'vocabulary', 'tables.ts');

/** Read once per build process (esbuild.mjs builds three bundles at once). */
let reading;

async function readTables() {
  const result = await esbuild.build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', target: 'node20', write: false, metafile: true, logLevel: 'warning' });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', result.outputFiles[0].text)(module, module.exports, createRequire(entry));
  return { tables: module.exports.shippedTables(), inputs: Object.keys(result.metafile.inputs).map((input) => resolve(root, input)) };
}

/**
 * `fedipolicy:vocabulary-tables`: the vocabulary files read as the concept
 * matcher needs them (server/engine/vocabulary/tables.ts), here, at build
 * time, and bundled as JSON: reading the 6,000 alternatives at run time took
 * 0.4 s of CPU in every process, more than a lint of a small file.
 */
export const vocabularyTables = {
  name: 'vocabulary-tables',
  setup(build) {
    build.onResolve({ filter: /^fedipolicy:vocabulary-tables$/ }, () => ({ path: entry, namespace: 'vocabulary-tables' }));
    build.onLoad({ filter: /.*/, namespace: 'vocabulary-tables' }, async () => {
      const { tables, inputs } = await (reading ??= readTables());
      // JSON.parse of a string is faster to load than the same object literal.
      return { contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(tables))});`, loader: 'js', resolveDir: root, watchFiles: inputs };
    });
  },
};
