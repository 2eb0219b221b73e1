// dist/ is committed and must be exactly what the sources build: GitHub runs the action's
// dist/index.js as is, and npm (`npm install policy-gate`, `npx github:<owner>/policy-gate`) runs
// the CLI bundle in dist/cli/ as is.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const scratch = '.dist-check/dist';

/** Every file below `dir` (relative to the repository root), as paths relative to `dir`. */
function filesBelow(dir: string): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(path.join(root, dir), path.join(entry.parentPath, entry.name)))
    .sort();
}

describe('dist/', () => {
  beforeAll(() => {
    // Same steps as `npm run bundle`, bundling into a scratch folder instead of dist/.
    execFileSync(
      process.execPath,
      [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
      { cwd: root },
    );
    execFileSync(process.execPath, ['scripts/bundle-action.mjs', scratch], { cwd: root });
  });

  it('is exactly what `npm run bundle` produces from the sources (the action and dist/cli/)', () => {
    const committed = filesBelow('dist');
    expect(committed).toEqual(filesBelow(scratch));
    expect(committed).toContain('index.js');
    expect(committed).toContain(path.join('cli', 'index.js'));
    for (const file of committed) {
      const built = readFileSync(path.join(root, scratch, file));
      expect(
        readFileSync(path.join(root, 'dist', file)).equals(built),
        `dist/${file} differs from a fresh build: run \`npm run bundle\` and commit dist/`,
      ).toBe(true);
    }
  });

  it('names no path of this checkout, so a build on another machine is byte-identical', () => {
    // The release workflow re-bundles on a runner (/home/runner/work/…) and refuses the tag when
    // dist/ differs; an absolute path in a bundle would make every release fail.
    for (const file of filesBelow(scratch)) {
      const text = readFileSync(path.join(root, scratch, file), 'utf8');
      expect(text.includes(root), `${scratch}/${file} contains ${root}`).toBe(false);
    }
  });

  it('has the CLI bundle that package.json names as the `policy-gate` command', () => {
    const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      bin: Record<string, string>;
    };
    expect(manifest.bin).toEqual({ 'policy-gate': 'dist/cli/index.js' });
    const entry = readFileSync(path.join(root, 'dist/cli/index.js'), 'utf8');
    expect(entry.startsWith('#!/usr/bin/env node\n')).toBe(true);
  });
});
