// Where a config problem is, so its diagnostic sits on the offending key
// (ConfigError names the key as a JSON path like `rules.ip-retention` or `documents[0].kind`).
import { findNodeAtLocation, parseTree, type Node as JsonNode } from 'jsonc-parser';
import { isMap, isSeq, parseDocument, type Node as YamlNode } from 'yaml';

export interface TextSpan {
  start: number;
  end: number;
}

export function keyPathSegments(key: string): (string | number)[] {
  const segments: (string | number)[] = [];
  for (const part of key.split('.')) {
    const match = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
    if (!match) {
      segments.push(part);
      continue;
    }
    if (match[1] !== '') segments.push(/^\d+$/.test(match[1]) ? Number(match[1]) : match[1]);
    for (const index of match[2].matchAll(/\[(\d+)\]/g)) segments.push(Number(index[1]));
  }
  return segments;
}

/**
 * The span of the deepest part of `key` found in the config text: the
 * property name of a JSON member or YAML pair, or an array element. Undefined
 * when not even the first segment is there (or the text does not parse).
 */
export function locateKey(fileName: string, text: string, key: string): TextSpan | undefined {
  const segments = keyPathSegments(key);
  if (segments.length === 0) return undefined;
  try {
    return /\.ya?ml$/i.test(fileName) ? locateInYaml(text, segments) : locateInJson(text, segments);
  } catch {
    return undefined;
  }
}

function locateInJson(text: string, segments: (string | number)[]): TextSpan | undefined {
  const root = parseTree(text, [], { allowTrailingComma: true, disallowComments: false });
  if (!root) return undefined;
  for (let depth = segments.length; depth > 0; depth--) {
    const node = findNodeAtLocation(root, segments.slice(0, depth));
    if (!node) continue;
    // A property's value: point at its name, which is what people look for.
    const name: JsonNode | undefined = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
    const target = name ?? node;
    return { start: target.offset, end: target.offset + target.length };
  }
  return undefined;
}

function locateInYaml(text: string, segments: (string | number)[]): TextSpan | undefined {
  const doc = parseDocument(text);
  let node: unknown = doc.contents;
  let found: TextSpan | undefined;
  for (const segment of segments) {
    if (isMap(node)) {
      const pair = node.items.find((p) => String((p.key as { value?: unknown } | null)?.value ?? p.key) === String(segment));
      if (!pair) break;
      const keyRange = (pair.key as YamlNode | null)?.range;
      if (keyRange) found = { start: keyRange[0], end: keyRange[1] };
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as YamlNode | undefined;
      if (!item) break;
      if (item.range) found = { start: item.range[0], end: item.range[1] };
      node = item;
    } else {
      break;
    }
  }
  return found;
}
