// Finding, reading and resolving configuration files. Uses the file system,
// so it lives outside the pure engine; the engine gets only EngineConfig.
import { existsSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { PRESETS, resolveRuleSettings, type RulesSetting } from '../engine/config';
import type { DocumentKind, EngineConfig, InstanceInfo } from '../engine/types';
import { displayPath } from '../project/paths';
import { readText } from '../project/read';
import { ConfigError } from './errors';
import { parseConfigText } from './parse';
import { validateConfigData } from './validate';

/** Looked for in this order; two of them in one folder is an error. */
export const CONFIG_FILE_NAMES = ['.fedipolicy.json', '.fedipolicy.jsonc', '.fedipolicy.yaml', '.fedipolicy.yml'] as const;

/** One entry of a config's `documents` list, with its globs made relative to the config's folder. */
export interface DocumentMapping {
  patterns: string[];
  /** The folder of the config file that declared the entry; patterns are relative to it. */
  baseDir: string;
  /** The config file that declared the entry. */
  source: string;
  kind?: DocumentKind;
  set?: string;
  language?: string;
}

export interface LoadedConfig {
  /** The configuration file, or undefined when none applies (defaults). */
  file?: string;
  engine: EngineConfig;
  documents: DocumentMapping[];
}

/** The file as written, after schema validation. */
interface ConfigData {
  extends?: string | string[];
  rules?: RulesSetting;
  documents?: { files: string | string[]; kind?: DocumentKind; set?: string; language?: string }[];
  instance?: Record<string, unknown>;
  maxDocumentSize?: number;
}

interface Layer {
  file?: string;
  data: ConfigData;
}

export function defaultLoadedConfig(): LoadedConfig {
  return { engine: { rules: resolveRuleSettings(), instance: {} }, documents: [] };
}

/** The configuration files present in one folder. */
function configFilesIn(dir: string): string[] {
  return CONFIG_FILE_NAMES.map((name) => join(dir, name)).filter((path) => {
    try {
      return statSync(path).isFile();
    } catch {
      return false;
    }
  });
}

/** The nearest configuration file in `startDir` or above it, or undefined. */
export function findConfigFile(startDir: string): string | undefined {
  let dir = resolve(startDir);
  for (;;) {
    const found = configFilesIn(dir);
    if (found.length > 1) {
      throw new ConfigError(found[1], undefined, `conflicts with ${displayPath(found[0])} in the same folder; keep only one configuration file`);
    }
    if (found.length === 1) return found[0];
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function readLayerData(file: string, referrer?: { file: string; key: string; entry: string }): ConfigData {
  const read = readText(file);
  if (!read.ok) {
    if (referrer) throw new ConfigError(referrer.file, referrer.key, `cannot load "${referrer.entry}": ${read.problem}`);
    throw new ConfigError(file, undefined, read.problem);
  }
  const data = parseConfigText(file, read.text);
  validateConfigData(file, data);
  return data as ConfigData;
}

/** The layers of `file`, its `extends` first (depth first, in order), itself last. */
function collectLayers(file: string, data: ConfigData, chain: string[]): Layer[] {
  const layers: Layer[] = [];
  const entries = data.extends === undefined ? [] : Array.isArray(data.extends) ? data.extends : [data.extends];
  entries.forEach((entry, index) => {
    const key = Array.isArray(data.extends) ? `extends[${index}]` : 'extends';
    if (entry.startsWith('fedipolicy:')) {
      const preset = PRESETS[entry];
      if (!preset) {
        throw new ConfigError(file, key, `unknown preset "${entry}" (use ${Object.keys(PRESETS).join(' or ')})`);
      }
      layers.push({ data: { rules: preset() } });
      return;
    }
    const target = resolve(dirname(file), entry);
    const path = [...chain, file];
    if (path.includes(target)) {
      const cycle = [...path.slice(path.indexOf(target)), target];
      throw new ConfigError(file, key, `circular extends: ${cycle.map((f) => displayPath(f)).join(' -> ')}`);
    }
    const base = readLayerData(target, { file, key, entry });
    layers.push(...collectLayers(target, base, [...chain, file]));
  });
  layers.push({ file, data });
  return layers;
}

function cleanInstance(merged: Record<string, unknown>): InstanceInfo {
  // `init` writes every field, empty: an empty or null field means "unknown".
  return Object.fromEntries(Object.entries(merged).filter(([, value]) => value !== null && value !== '')) as InstanceInfo;
}

function normalizePattern(pattern: string): string {
  return pattern.replace(/\\/g, '/').replace(/^\.\//, '');
}

/** Reads, validates and resolves one configuration file (with everything it extends). */
export function loadConfigFile(file: string): LoadedConfig {
  const path = resolve(file);
  const layers = collectLayers(path, readLayerData(path), []);
  const instance: Record<string, unknown> = {};
  const documents: DocumentMapping[] = [];
  let maxDocumentSize: number | undefined;
  for (const layer of layers) {
    Object.assign(instance, layer.data.instance ?? {});
    if (layer.data.maxDocumentSize !== undefined) maxDocumentSize = layer.data.maxDocumentSize;
    for (const entry of layer.data.documents ?? []) {
      const source = layer.file ?? path;
      documents.push({
        patterns: (Array.isArray(entry.files) ? entry.files : [entry.files]).map(normalizePattern),
        baseDir: dirname(source),
        source,
        ...(entry.kind ? { kind: entry.kind } : {}),
        ...(entry.set ? { set: entry.set } : {}),
        ...(entry.language ? { language: entry.language } : {}),
      });
    }
  }
  const engine: EngineConfig = {
    rules: resolveRuleSettings(...layers.map((layer) => layer.data.rules)),
    instance: cleanInstance(instance),
    ...(maxDocumentSize !== undefined ? { maxDocumentSize } : {}),
  };
  return { file: path, engine, documents };
}

/** The last `documents` entry of `config` whose globs match `file` (later entries win). */
export function documentMappingFor(config: LoadedConfig, file: string): DocumentMapping | undefined {
  let found: DocumentMapping | undefined;
  for (const mapping of config.documents) {
    const rel = relative(mapping.baseDir, resolve(file));
    if (rel.startsWith('..') || isAbsolute(rel)) continue;
    const posix = rel.split(sep).join('/');
    if (picomatch(mapping.patterns, { dot: true })(posix)) found = mapping;
  }
  return found;
}

/**
 * Loads configurations for many files, once per configuration file. With an
 * explicit file (`--config`), that one applies to every document.
 */
export class ConfigResolver {
  private readonly byFile = new Map<string, LoadedConfig>();
  private readonly byDir = new Map<string, string | undefined>();
  private explicit?: LoadedConfig;

  constructor(private readonly explicitFile?: string) {
    if (explicitFile !== undefined && !existsSync(explicitFile)) {
      throw new ConfigError(resolve(explicitFile), undefined, 'no such file');
    }
  }

  /** The configuration that applies to a document in `dir`. */
  forDirectory(dir: string): LoadedConfig {
    if (this.explicitFile !== undefined) {
      this.explicit ??= loadConfigFile(this.explicitFile);
      return this.explicit;
    }
    const key = resolve(dir);
    if (!this.byDir.has(key)) this.byDir.set(key, findConfigFile(key));
    const file = this.byDir.get(key);
    if (file === undefined) return defaultLoadedConfig();
    let loaded = this.byFile.get(file);
    if (!loaded) {
      loaded = loadConfigFile(file);
      this.byFile.set(file, loaded);
    }
    return loaded;
  }

  forFile(file: string): LoadedConfig {
    return this.forDirectory(dirname(resolve(file)));
  }
}
