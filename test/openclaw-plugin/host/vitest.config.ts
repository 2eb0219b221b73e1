// The host tests of the OpenClaw plugin: not part of `npm test` (they need the openclaw@2026.9.6
// release and node 24); scripts/test-openclaw-plugin.sh runs them with this config.
import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: path.resolve(import.meta.dirname, '../../..'),
  test: {
    include: ['test/openclaw-plugin/host/**/*.spec.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
