// The clean workspace every bad-input case starts from, and the files planted *outside* it. Each
// outside file would put the canary into the output if it were ever read (a deny-rule reason is
// a finding's fixHint, a channel id and a tool id are evidence), so "the canary appears nowhere"
// proves "nothing outside was read" together with the audited reader in bad-input.test.ts.
import { randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { closeSync, ftruncateSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { runPolicyCheck } from '../../src/engine/check.js';
import { checkReport } from '../../src/engine/check-report.js';
import { pluginSettings } from '../../src/engine/plugin-settings.js';

/** Lowercase letters and digits only, so it survives TOOLS.md slugs and collation unchanged. */
export const CANARY = `pgcanary${randomBytes(8).toString('hex')}`;

export const CLEAN_POLICY = `// The reviewed policy of this workspace.
{
  mcp: { servers: { allow: ["docs", "search"], deny: ["shell"] } },
  models: { providers: { allow: ["openai"] } },
  network: { privateNetwork: { allow: false } },
  tools: { requireMetadata: ["risk", "sensitivity", "owner"] },
}
`;

export const CLEAN_CONFIG = `${JSON.stringify(
  {
    channels: { telegram: { enabled: true } },
    mcp: { servers: { docs: { url: 'https://docs.example.com/mcp' }, search: { command: 'search-mcp' } } },
    models: { providers: { openai: {} } },
    agents: { defaults: { model: 'openai/gpt-5' } },
  },
  null,
  2,
)}\n`;

export const CLEAN_TOOLS = `# Workspace

Notes for agents working here.

## Tools

### search_docs risk:low sensitivity:internal owner:@support
Capabilities: READ_ONLY

### deploy_preview
  - risk: high
  - sensitivity: confidential
  - owner: @release-eng
`;

export const CLEAN_FILES = {
  'policy.jsonc': CLEAN_POLICY,
  'openclaw.json': CLEAN_CONFIG,
  'TOOLS.md': CLEAN_TOOLS,
} as const;

/** A workspace with one finding (a denied MCP server), for attestation files that carry one. */
export const FINDING_CONFIG = JSON.stringify({
  channels: { telegram: { enabled: true } },
  mcp: {
    servers: {
      docs: { url: 'https://docs.example.com/mcp' },
      search: { command: 'search-mcp' },
      shell: { command: 'sh' },
    },
  },
  models: { providers: { openai: {} } },
});

/** The `check --json` report of a config under the clean policy, as `accept` would save it. */
export function reportText(
  config: Record<string, unknown>,
  policy: unknown = { mcp: { servers: { deny: ['shell'] } } },
): string {
  const check = runPolicyCheck({
    name: { display: 'policy.jsonc', document: 'policy.jsonc' },
    policy: { state: 'parsed', value: policy },
    config,
    settings: pluginSettings(config),
  });
  return `${JSON.stringify(checkReport(check, { checkedAt: '2026-11-21T12:00:00.000Z', policyPath: 'policy.jsonc' }), null, 2)}\n`;
}

/** Plants the outside directory: one "would leak" file per target, plus a nested copy. */
export function plantOutside(outside: string): void {
  mkdirSync(path.join(outside, 'dir'), { recursive: true });
  const files: Record<string, string> = {
    'policy.jsonc': `{ channels: { denyRules: [{ when: { provider: "telegram" }, reason: "${CANARY}" }] } }\n`,
    'openclaw.json': JSON.stringify({ channels: { [CANARY]: {} } }),
    'TOOLS.md': `## Tools\n### ${CANARY} risk:low sensitivity:public owner:@${CANARY}\n`,
    'policy.attestation.json': reportText({ channels: { [CANARY]: {} } }),
    'secret.txt': `${CANARY}\n`,
  };
  for (const [name, text] of Object.entries(files)) {
    writeFileSync(path.join(outside, name), text);
    writeFileSync(path.join(outside, 'dir', name), text);
  }
}

export const HUNDRED_MB = 100 * 1024 * 1024;

/** A 100 MB file that costs no disk: a valid-looking start, then a sparse hole. */
export function writeSparse(file: string, start: string, size = HUNDRED_MB): void {
  const fd = openSync(file, 'w');
  try {
    writeSync(fd, start);
    ftruncateSync(fd, size);
  } finally {
    closeSync(fd);
  }
}

export function makeFifo(file: string): void {
  execFileSync('mkfifo', [file]);
}

export const BOM = '\uFEFF';
export const crlf = (text: string): string => text.replace(/\r?\n/g, '\r\n');

/** `text` with the first occurrence of `find` replaced by raw bytes (e.g. invalid UTF-8). */
export function withBytes(text: string, find: string, bytes: Buffer): Buffer {
  const at = text.indexOf(find);
  if (at < 0) throw new Error(`fixture: ${JSON.stringify(find)} not found`);
  return Buffer.concat([Buffer.from(text.slice(0, at)), bytes, Buffer.from(text.slice(at + find.length))]);
}

/** Deterministic "binary" bytes: a PNG signature, NULs, and a fixed pseudo-random tail. */
export function binaryBytes(length = 4096): Buffer {
  const out = Buffer.alloc(length);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]).copy(out);
  let state = 0x2545f491;
  for (let i = 12; i < length; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    out[i] = state & 0xff;
  }
  return out;
}
