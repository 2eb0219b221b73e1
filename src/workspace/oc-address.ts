// From an `oc://` address (SPEC.md §3.2) back to the file, line and column it names, for
// annotations and links. The inverse of the engine's `oc-path.ts`; display only, never attested.
import * as path from 'node:path';
import type { JsonDocument, JsonPath } from './json-document.js';

export interface OcAddress {
  /** `openclaw.config`, the policy's document name, `TOOLS.md`, or `policy`. */
  document: string;
  /** Array indexes (`#3`) as numbers, everything else as strings (quotes removed). */
  segments: JsonPath;
}

export interface FileLocation {
  file: string;
  line: number;
  column: number;
}

export interface LocatableDocuments {
  config?: { path: string; doc: JsonDocument };
  /** `ocName` defaults to the basename of `path` (SPEC.md §1: the oc document name). */
  policy?: { path: string; doc: JsonDocument; ocName?: string };
  /** Tool id → 1-based line of its declaration in TOOLS.md (2026.5.20) or AGENTS.md (2026.9.6). */
  toolsLines?: Map<string, number>;
  /** Where TOOLS.md is, for the `file` of a tool location (default `TOOLS.md`). */
  toolsPath?: string;
}

const SCHEME = 'oc://';
export const CONFIG_DOCUMENT_NAME = 'openclaw.config';
export const TOOLS_DOCUMENT_NAME = 'TOOLS.md';
/** Where 2026.9.6 declares governed tools (its `## Tools` section): `oc://AGENTS.md/tools/<id>`. */
export const AGENTS_DOCUMENT_NAME = 'AGENTS.md';
const ARRAY_INDEX = /^#(0|[1-9][0-9]*)$/;

/**
 * Splits an address into its document and segments; undefined when it is not an `oc://` address.
 * A segment wrapped in double quotes is one literal segment and may contain `/` (it never
 * contains `"`: OpenClaw leaves such ids raw). Raw ids containing `/` cannot be told apart from two
 * segments; locating then falls back to the nearest parent.
 */
export function parseOcAddress(address: string): OcAddress | undefined {
  if (!address.startsWith(SCHEME)) return undefined;
  const rest = address.slice(SCHEME.length);
  const firstSlash = rest.indexOf('/');
  const document = firstSlash === -1 ? rest : rest.slice(0, firstSlash);
  if (document === '') return undefined;
  const segments: JsonPath = [];
  if (firstSlash === -1) return { document, segments };

  let start = firstSlash + 1;
  for (;;) {
    if (rest[start] === '"') {
      const closing = rest.indexOf('"', start + 1);
      const after = rest[closing + 1];
      if (closing !== -1 && (after === undefined || after === '/')) {
        segments.push(rest.slice(start + 1, closing));
        if (after === undefined) break;
        start = closing + 2;
        continue;
      }
    }
    const slash = rest.indexOf('/', start);
    const raw = slash === -1 ? rest.slice(start) : rest.slice(start, slash);
    segments.push(arrayIndexOf(raw) ?? raw);
    if (slash === -1) break;
    start = slash + 1;
  }
  return { document, segments };
}

function arrayIndexOf(segment: string): number | undefined {
  if (!ARRAY_INDEX.test(segment)) return undefined;
  const index = Number(segment.slice(1));
  return Number.isSafeInteger(index) ? index : undefined;
}

/**
 * The file position an address names. When the exact key is not in the file, the nearest parent
 * that is; when the file could not be parsed or positioned, line 1. Undefined for addresses that
 * name no file: `oc://policy/attestation/current`, unknown documents, documents not supplied.
 */
export function locateAddress(address: string, documents: LocatableDocuments): FileLocation | undefined {
  const parsed = parseOcAddress(address);
  if (!parsed) return undefined;
  const { document, segments } = parsed;
  if (document === 'policy' && segments[0] === 'attestation') return undefined;
  if (document === CONFIG_DOCUMENT_NAME) {
    return documents.config && locateInJson(documents.config.path, documents.config.doc, segments);
  }
  if (document === TOOLS_DOCUMENT_NAME || document === AGENTS_DOCUMENT_NAME) {
    return locateTool(documents.toolsPath ?? document, documents.toolsLines, segments);
  }
  const policy = documents.policy;
  if (policy && document === (policy.ocName ?? path.basename(policy.path))) {
    return locateInJson(policy.path, policy.doc, segments);
  }
  return undefined;
}

function locateInJson(file: string, doc: JsonDocument, segments: JsonPath): FileLocation {
  if (!doc.ok) return { file, line: 1, column: 1 };
  const position = doc.locate(keysAsWritten(doc.value, segments)) ?? { line: 1, column: 1 };
  return { file, ...position };
}

function locateTool(
  file: string,
  toolsLines: Map<string, number> | undefined,
  segments: JsonPath,
): FileLocation {
  const [section, toolId] = segments;
  const line = section === 'tools' && typeof toolId === 'string' ? toolsLines?.get(toolId) : undefined;
  return { file, line: line ?? 1, column: 1 };
}

/**
 * Channel ids are never quoted, so a channel called `#2` is written `…/channels/#2`, which reads
 * as an array index. Where the value has an object (not an array) at that point and the object
 * has such a key, the segment is the key.
 */
function keysAsWritten(value: unknown, segments: JsonPath): JsonPath {
  let current = value;
  return segments.map((segment) => {
    let key = segment;
    if (typeof segment === 'number' && isPlainObject(current) && Object.hasOwn(current, `#${segment}`)) {
      key = `#${segment}`;
    }
    current = childOf(current, key);
    return key;
  });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function childOf(container: unknown, key: string | number): unknown {
  if (Array.isArray(container)) return typeof key === 'number' ? container[key] : undefined;
  if (isPlainObject(container) && typeof key === 'string' && Object.hasOwn(container, key)) {
    return container[key];
  }
  return undefined;
}
