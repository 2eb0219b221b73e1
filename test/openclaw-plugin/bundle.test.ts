// packages/openclaw-plugin is committed (`openclaw plugins install <folder>` runs it as is) and must
// be exactly what the sources build. Compiled into its own scratch folder, not lib/, so it never
// races test/dist.test.ts.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const scratch = path.join(root, '.dist-check/openclaw-plugin');
const committed = path.join(root, 'packages/openclaw-plugin');

describe('packages/openclaw-plugin', () => {
  it('holds exactly what packages/openclaw-plugin/build.mjs builds from the sources', () => {
    execFileSync(
      process.execPath,
      [
        path.join(root, 'node_modules/typescript/bin/tsc'),
        '-p',
        'tsconfig.build.json',
        '--outDir',
        path.join(scratch, 'lib'),
      ],
      { cwd: root },
    );
    execFileSync(
      process.execPath,
      [
        'packages/openclaw-plugin/build.mjs',
        '--lib',
        path.join(scratch, 'lib'),
        path.join(scratch, 'package'),
      ],
      { cwd: root },
    );
    const built = (file: string) => readFileSync(path.join(scratch, 'package', file));
    const files = readdirSync(path.join(committed, 'dist')).sort();
    expect(files).toEqual(readdirSync(path.join(scratch, 'package/dist')).sort());
    for (const file of ['openclaw.plugin.json', ...files.map((name) => `dist/${name}`)]) {
      expect(
        readFileSync(path.join(committed, file)).equals(built(file)),
        `packages/openclaw-plugin/${file} differs from a fresh build: run \`npx tsc -p tsconfig.build.json && node packages/openclaw-plugin/build.mjs\` and commit it`,
      ).toBe(true);
    }
  });

  it('is a package OpenClaw installs: its entry, manifest and host floor', () => {
    const pkg = JSON.parse(readFileSync(path.join(committed, 'package.json'), 'utf8')) as {
      type: string;
      files: string[];
      openclaw: { extensions: string[]; compat: { pluginApi: string }; install: { minHostVersion: string } };
    };
    expect(pkg.type).toBe('module');
    expect(pkg.openclaw.extensions).toEqual(['./dist/index.js']);
    expect(pkg.openclaw.compat.pluginApi).toBe('>=2026.9.6');
    expect(pkg.openclaw.install.minHostVersion).toBe('>=2026.9.6');
    expect(pkg.files).toEqual(['dist', 'openclaw.plugin.json', 'README.md']);
  });
});
