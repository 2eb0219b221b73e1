// dist/ is committed (GitHub runs it as is) and must be exactly what the sources build.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');

describe('dist/', () => {
  it('is exactly what `npm run build` produces from the sources', () => {
    // Same steps as `npm run build`, bundling into a scratch folder instead of dist/.
    execFileSync(
      process.execPath,
      [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
      { cwd: root },
    );
    execFileSync(process.execPath, ['scripts/bundle-action.mjs', '.dist-check/dist'], { cwd: root });
    const files = (dir: string) => readdirSync(path.join(root, dir)).sort();
    expect(files('dist')).toEqual(files('.dist-check/dist'));
    for (const file of files('dist')) {
      const committed = readFileSync(path.join(root, 'dist', file));
      const built = readFileSync(path.join(root, '.dist-check/dist', file));
      expect(
        committed.equals(built),
        `dist/${file} differs from a fresh build: run \`npm run build\` and commit dist/`,
      ).toBe(true);
    }
  });
});
