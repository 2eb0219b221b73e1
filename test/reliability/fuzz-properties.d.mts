// Types of fuzz-properties.mjs (plain JavaScript so that scripts/fuzz.mjs runs without a compiler).
import type { canonicalJson, compareKeys, hashOf, writeCanonical } from '../../src/engine/canonical-json.js';
import type { parseToolsMarkdown } from '../../src/engine/tools-markdown.js';
import type { verdictFor } from '../../src/gate/verdict.js';
import type { parseJsonDocument } from '../../src/workspace/json-document.js';

/** The functions under test: from src/ in the suite, from lib/ in the long run. */
export interface FuzzEngine {
  parseJsonDocument: typeof parseJsonDocument;
  parseToolsMarkdown: typeof parseToolsMarkdown;
  canonicalJson: typeof canonicalJson;
  writeCanonical: typeof writeCanonical;
  hashOf: typeof hashOf;
  compareKeys: typeof compareKeys;
  verdictFor: typeof verdictFor;
  maxJsonDepth: number;
}

/** What the properties counted on the way (how often an interesting case came up). */
export interface FuzzTallies {
  /** Hashable values with two distinct keys that collate equal: key order not asserted (README). */
  collationTies: number;
  /** Texts nested past the depth limit (each must be refused). */
  tooDeep: number;
  /** Texts the JSONC reader accepted. */
  parsed: number;
}

export interface FuzzRow {
  target: string;
  property: string;
  seed: number;
  cases: number;
  skipped: number;
  failed: boolean;
  counterexample: string | undefined;
  ms: number;
}

export interface FuzzReport {
  seed: number;
  rows: FuzzRow[];
  tallies: FuzzTallies;
}

export function runFuzz(engine: FuzzEngine, options: { cases: number; seed: number }): FuzzReport;
