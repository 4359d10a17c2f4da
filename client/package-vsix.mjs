// Packages the VS Code extension as fedipolicy.vsix (run after `npm run build`).
//
// Why a staging folder: the root package.json is also the npm package, whose
// "files" list (the CLI) vsce refuses to combine with .vscodeignore. So the
// files .vscodeignore allows are copied, with a package.json without the
// npm-only fields, into .vscode-test/vsix-stage and packaged there.
//
// Usage: node client/package-vsix.mjs [--out fedipolicy.vsix] [--list]
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const out = resolve(root, outIndex >= 0 ? args[outIndex + 1] : 'fedipolicy.vsix');
const stage = join(root, '.vscode-test', 'vsix-stage');
const vsce = join(root, 'node_modules', '@vscode', 'vsce', 'vsce');

for (const needed of ['dist/extension.js', 'dist/server.js']) {
  if (!existsSync(join(root, needed))) {
    console.error(`package-vsix: ${needed} is missing; run \`npm run build\` first.`);
    process.exit(1);
  }
}

rmSync(stage, { recursive: true, force: true });
mkdirSync(stage, { recursive: true });

// Copy the candidates; .vscodeignore (copied too) decides what goes in.
const candidates = ['dist/extension.js', 'dist/server.js', 'schema', 'docs/rules', 'README.md', 'LICENSE', '.vscodeignore'];
for (const path of candidates) {
  if (!existsSync(join(root, path))) {
    if (path !== '.vscodeignore') console.warn(`package-vsix: ${path} does not exist (yet); packaging without it.`);
    continue;
  }
  cpSync(join(root, path), join(stage, path), { recursive: true });
}

const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
for (const npmOnly of ['files', 'bin', 'scripts', 'devDependencies', 'dependencies']) delete manifest[npmOnly];
writeFileSync(join(stage, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);

mkdirSync(dirname(out), { recursive: true });
const vsceArgs = ['package', '--no-dependencies', '--out', out];
execFileSync(process.execPath, [vsce, ...vsceArgs], { cwd: stage, stdio: 'inherit' });

if (args.includes('--list')) {
  execFileSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: stage, stdio: 'inherit' });
}
const size = statSync(out).size;
console.log(`${relative(root, out)}: ${(size / 1024).toFixed(1)} KiB (${size} bytes)`);
