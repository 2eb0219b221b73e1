// A short slice (about 2,000 cases) of the long fuzz run (`node scripts/fuzz.mjs`), over src/,
// with a fixed seed so CI is reproducible; FUZZ_SEED=<n> explores another slice.
import { describe, expect, it } from 'vitest';
import { canonicalJson, compareKeys, hashOf, writeCanonical } from '../../src/engine/canonical-json.js';
import { parseToolsMarkdown } from '../../src/engine/tools-markdown.js';
import { verdictFor } from '../../src/gate/verdict.js';
import { MAX_JSON_DEPTH, parseJsonDocument } from '../../src/workspace/json-document.js';
import { runFuzz } from './fuzz-properties.mjs';

const SLICE_CASES = 2_000;
const seed = Number(process.env.FUZZ_SEED ?? 20_261_121);

describe('fuzz slice', () => {
  it(`${SLICE_CASES} cases over the JSONC and TOOLS.md readers, the hasher and the verdict (seed ${seed})`, () => {
    const engine = {
      parseJsonDocument,
      parseToolsMarkdown,
      canonicalJson,
      writeCanonical,
      hashOf,
      compareKeys,
      verdictFor,
      maxJsonDepth: MAX_JSON_DEPTH,
    };
    const report = runFuzz(engine, { cases: SLICE_CASES, seed });
    const failures = report.rows
      .filter((row) => row.failed)
      .map((row) => `${row.target} / ${row.property} (seed ${row.seed}): ${row.counterexample}`);
    expect(failures).toEqual([]);
    expect(report.rows.reduce((sum, row) => sum + row.cases, 0)).toBeGreaterThanOrEqual(
      SLICE_CASES - report.rows.length,
    );
    expect(new Set(report.rows.map((row) => row.target))).toEqual(
      new Set(['JSONC reader', 'TOOLS.md reader', 'canonical hasher', 'verdict']),
    );
  });
});
