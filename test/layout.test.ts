// The import rules of the layout (README, Development): the engine is pure and
// knows the rule catalog through one import, the front-ends (CLI, language
// server, VS Code client) never import each other, and only the adapter that
// speaks a protocol imports its library. Read from the sources, not the bundles.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { ROOT } from './support/cli';

interface Import {
  /** The importing file, relative to the repository root (e.g. server/lsp/server.ts). */
  from: string;
  /** What it names: a repository path for a relative import (server/engine/index.ts), else the package (vscode-languageserver/node). */
  to: string;
  /** `import type` / `export type`: erased from the bundle. */
  typeOnly: boolean;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(ROOT, dir))) {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) out.push(...sourceFiles(path));
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** A relative specifier as the file it resolves to (TypeScript's rules: .ts, then /index.ts). */
function resolveRelative(from: string, specifier: string): string {
  const base = resolve(ROOT, dirname(from), specifier);
  const found = [`${base}.ts`, join(base, 'index.ts'), base].find((path) => existsSync(path) && statSync(path).isFile());
  return relative(ROOT, found ?? base).split('\\').join('/');
}

const STATIC_IMPORT = /(?:^|[;}\s])(import|export)\s+(type\s+)?(?:[^'";]*?\bfrom\s*)?['"]([^'"\n]+)['"]/g;
const DYNAMIC_IMPORT = /\b(?:import|require)\s*\(\s*['"]([^'"\n]+)['"]\s*\)/g;

function importsOf(file: string): Import[] {
  // Whole-line and block comments out, so that an example in a comment is not an import.
  const source = readFileSync(join(ROOT, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
  const found: Import[] = [];
  const add = (specifier: string, typeOnly: boolean) =>
    found.push({ from: file, to: specifier.startsWith('.') ? resolveRelative(file, specifier) : specifier, typeOnly });
  for (const match of source.matchAll(STATIC_IMPORT)) add(match[3], match[2] !== undefined);
  for (const match of source.matchAll(DYNAMIC_IMPORT)) add(match[1], false);
  return found;
}

const ALL: Import[] = ['server', 'rules', 'client'].flatMap((dir) => sourceFiles(dir)).flatMap(importsOf);

const under = (dir: string) => (path: string) => path === dir || path.startsWith(`${dir}/`);
const isNodeBuiltin = (name: string) => name.startsWith('node:') || builtinModules.includes(name.split('/')[0]);
const isVsCode = (name: string) => name === 'vscode' || name.startsWith('vscode-languageclient');
const isLsp = (name: string) => /^vscode-(languageserver|jsonrpc)/.test(name);

/**
 * Imports that break a rule today and are being removed, each named with when.
 * Keep this list empty; an entry that no longer matches anything fails the test.
 */
const TEMPORARY: { from: string; to: string; until: string }[] = [];

function isTemporary(edge: Import): boolean {
  return TEMPORARY.some((t) => t.from === edge.from && t.to === edge.to);
}

function describeEdges(edges: Import[]): string {
  return edges.map((e) => `${e.from} -> ${e.to}`).join('\n  ');
}

function assertNone(edges: Import[], why: string): void {
  const offending = edges.filter((edge) => !isTemporary(edge));
  assert.equal(offending.length, 0, `${why}:\n  ${describeEdges(offending)}`);
}

describe('layout: import rules', () => {
  it('sees the imports it checks (the scanner is not blind)', () => {
    const seen = (from: string, to: string) => ALL.some((e) => e.from === from && e.to === to);
    assert.ok(seen('server/engine/registry.ts', 'rules/index.ts'), 'registry -> rule catalog');
    assert.ok(seen('server/lsp/main.ts', 'vscode-languageserver/node'), 'a package import');
    assert.ok(seen('client/extension.ts', 'vscode'), 'import * as vscode');
    assert.ok(
      ALL.some((e) => e.from === 'rules/index.ts' && e.to === 'server/engine/rule.ts' && e.typeOnly),
      'a type-only import is told apart',
    );
    assert.ok(ALL.length > 200, `only ${ALL.length} imports found`);
  });

  it('the engine is pure: no adapter, no client, nothing of VS Code, LSP or Node (files, terminal, processes)', () => {
    const engine = ALL.filter((e) => under('server/engine')(e.from));
    assertNone(
      engine.filter((e) => ['server/lsp', 'server/cli', 'server/audit', 'server/config', 'server/project', 'client'].some((dir) => under(dir)(e.to))),
      'server/engine imports an adapter',
    );
    assertNone(
      engine.filter((e) => isVsCode(e.to) || isLsp(e.to) || isNodeBuiltin(e.to)),
      'server/engine imports VS Code, LSP or a Node built-in (the engine takes text and config, returns findings)',
    );
  });

  it('the engine knows the rule catalog through its one registry import', () => {
    const intoRules = ALL.filter((e) => under('server')(e.from) && under('rules')(e.to));
    assert.deepEqual(
      intoRules.map((e) => `${e.from} -> ${e.to}`),
      ['server/engine/registry.ts -> rules/index.ts'],
      'only server/engine/registry.ts imports rules/ (everything else asks the registry)',
    );
  });

  it('rules import only rules/ and the engine', () => {
    assertNone(
      ALL.filter((e) => under('rules')(e.from) && !(under('rules')(e.to) || under('server/engine')(e.to))),
      'a rule imports something outside rules/ and server/engine/',
    );
  });

  it('the front-ends never import each other: server/lsp, server/cli, client', () => {
    const frontEndOf = (path: string) => ['server/lsp', 'server/cli', 'client'].find((dir) => under(dir)(path));
    assertNone(
      ALL.filter((e) => {
        const from = frontEndOf(e.from);
        const to = frontEndOf(e.to);
        // The client may name the server's protocol types; they vanish from its bundle.
        return from !== undefined && to !== undefined && from !== to && !(from === 'client' && e.typeOnly);
      }),
      'a front-end imports another',
    );
  });

  it('the client imports nothing of the server except protocol types, nor of rules/', () => {
    assertNone(
      ALL.filter((e) => under('client')(e.from) && (under('server')(e.to) || under('rules')(e.to)) && !e.typeOnly),
      'client/ imports server or rule code (it belongs behind a language server request)',
    );
  });

  it('the libraries (audit, config, project) import no front-end and nothing of VS Code or LSP', () => {
    const libraries = ['server/audit', 'server/config', 'server/project'];
    assertNone(
      ALL.filter(
        (e) =>
          libraries.some((dir) => under(dir)(e.from)) &&
          (['server/lsp', 'server/cli', 'client'].some((dir) => under(dir)(e.to)) || isVsCode(e.to) || isLsp(e.to)),
      ),
      'a library imports a front-end or an editor protocol',
    );
  });

  it('only the language server speaks LSP, and only the client imports VS Code', () => {
    assertNone(ALL.filter((e) => isLsp(e.to) && !under('server/lsp')(e.from)), 'an LSP library imported outside server/lsp');
    assertNone(ALL.filter((e) => isVsCode(e.to) && !under('client')(e.from)), 'VS Code imported outside client/');
  });

  it('every temporary allowance still matches an import (remove it when it does not)', () => {
    const stale = TEMPORARY.filter((t) => !ALL.some((e) => e.from === t.from && e.to === t.to));
    assert.deepEqual(stale, [], 'these allowances no longer match anything: delete them');
  });
});
