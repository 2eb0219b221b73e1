// Load on loopback while the workspace is rewritten under the sidecar, atomically and in place,
// between the accepted state and a stale one. Bounded: 4,000 requests from 16 keep-alive
// clients, stopping early after 25 s. The claim checked: zero wrong decisions. Every answer is
// either a deny, or exactly the accepted state's decision for that tool given while the files
// could have been in the accepted state (from the start of a step writing it until the first
// file change of the next step, which writes the stale state, is complete). Nothing here
// asserts on speed.
import { rename, open, writeFile } from 'node:fs/promises';
import { Agent, request as httpRequest } from 'node:http';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, describe, expect, it } from 'vitest';
import { runtimeConfig } from './runtime-fixtures.js';
import { startTestSidecar, TOKEN, type TestSidecar } from './sidecar-harness.js';

const TOTAL_REQUESTS = 4_000;
const CLIENTS = 16;
const TIME_LIMIT_MS = 25_000;

const POLICY = '{ tools: { requireMetadata: ["risk"] } }';
const ACCEPTED_TOOLS =
  '## Tools\n\n### inspect risk:low\n### deploy risk:critical\n### pay risk:low IRREVERSIBLE_EXTERNAL\n### broken\n';
// Stale: deploy's risk lowered (a weaker TOOLS.md), padded so no half of one file has the other's size.
const STALE_TOOLS = `${ACCEPTED_TOOLS.replace('deploy risk:critical', 'deploy risk:low')}\nNotes: ${'x'.repeat(97)}\n`;
const ACCEPTED_CONFIG = runtimeConfig();
const STALE_CONFIG = JSON.stringify({
  ...JSON.parse(ACCEPTED_CONFIG),
  mcp: { servers: { extra: { command: 'extra-mcp' } } },
});

/** What the accepted state decides; every other state denies (the attestation no longer matches). */
const ACCEPTED_DECISIONS: Record<string, { action: string; code: string }> = {
  inspect: { action: 'allow', code: 'allowed' },
  deploy: { action: 'require_approval', code: 'approval_required' },
  pay: { action: 'require_approval', code: 'approval_required' },
  broken: { action: 'deny', code: 'metadata_missing' },
  ghost: { action: 'require_approval', code: 'undeclared_tool' },
};
const TOOL_NAMES = Object.keys(ACCEPTED_DECISIONS);

interface Observation {
  tool: string;
  sentAt: number;
  answeredAt: number;
  status: number;
  action: string;
  code: string;
}

let running: TestSidecar | undefined;
afterAll(async () => running?.sidecar.close());

describe('governance sidecar under load with concurrent rewrites', () => {
  it('never gives a wrong decision, and never lets a call through while stale', async () => {
    running = await startTestSidecar({
      'openclaw.json': ACCEPTED_CONFIG,
      'policy.jsonc': POLICY,
      'TOOLS.md': ACCEPTED_TOOLS,
    });
    const { sidecar, dir } = running;
    const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
    const startedAt = performance.now();

    // Sanity: the accepted state answers as the table says.
    for (const tool of TOOL_NAMES)
      expect(pick(await call(sidecar.url, agent, tool))).toEqual(ACCEPTED_DECISIONS[tool]);

    // Steps of the writer: when each began, and when its first file change was complete (the files
    // may hold the previous state until then). The files are accepted until the first step.
    const steps: { at: number; changedAt: number; accepted: boolean }[] = [
      { at: -Infinity, changedAt: -Infinity, accepted: true },
    ];
    let clientsDone = false;
    const writer = (async () => {
      for (let step = 1; !clientsDone; step++) {
        const accepted = step % 2 === 0;
        const current = { at: performance.now(), changedAt: Infinity, accepted };
        steps.push(current);
        const writes: [string, string][] = [
          ['TOOLS.md', accepted ? ACCEPTED_TOOLS : STALE_TOOLS],
          ['openclaw.json', accepted ? ACCEPTED_CONFIG : STALE_CONFIG],
        ];
        if (Math.random() < 0.5) writes.reverse();
        for (const [name, text] of writes) {
          await rewrite(
            path.join(dir, name),
            text,
            Math.random() < 0.5,
            () => (current.changedAt = Math.min(current.changedAt, performance.now())),
          );
        }
        // Hold each state a moment (the accepted one longer), so settled reads of both happen.
        await sleep(accepted ? 20 + Math.random() * 60 : Math.random() * 30);
      }
    })();

    const observations: Observation[] = [];
    let issued = 0;
    const client = async (): Promise<void> => {
      while (issued < TOTAL_REQUESTS && performance.now() - startedAt < TIME_LIMIT_MS) {
        const tool = TOOL_NAMES[issued++ % TOOL_NAMES.length]!;
        const sentAt = performance.now();
        const answer = await call(sidecar.url, agent, tool);
        observations.push({
          tool,
          sentAt,
          answeredAt: performance.now(),
          status: answer.status,
          ...pick(answer),
        });
      }
    };
    await Promise.all(Array.from({ length: CLIENTS }, client));
    clientsDone = true;
    await writer;

    // Judge every answer against the writer's steps.
    const acceptedWindows = steps.flatMap((step, i) =>
      step.accepted ? [{ from: step.at, to: steps[i + 1]?.changedAt ?? Infinity }] : [],
    );
    const wrong = observations.filter((o) => {
      if (o.status !== 200) return true;
      if (o.action === 'deny') return false;
      const expected = ACCEPTED_DECISIONS[o.tool]!;
      const couldBeAccepted = acceptedWindows.some((w) => o.sentAt <= w.to && o.answeredAt >= w.from);
      return !couldBeAccepted || o.action !== expected.action || o.code !== expected.code;
    });
    expect(wrong).toEqual([]);
    expect(observations.length).toBeGreaterThanOrEqual(Math.min(TOTAL_REQUESTS, 1_000));
    expect(steps.length).toBeGreaterThan(10);
    // The run exercised both sides: calls let through, and calls denied as stale.
    expect(observations.filter((o) => o.action === 'allow').length).toBeGreaterThan(0);
    expect(observations.filter((o) => o.code === 'attestation_stale').length).toBeGreaterThan(0);

    // Once the files are accepted again and hold still, the sidecar recovers by itself.
    await rewrite(path.join(dir, 'TOOLS.md'), ACCEPTED_TOOLS, true);
    await rewrite(path.join(dir, 'openclaw.json'), ACCEPTED_CONFIG, true);
    for (const tool of TOOL_NAMES)
      expect(pick(await call(sidecar.url, agent, tool))).toEqual(ACCEPTED_DECISIONS[tool]);
    agent.destroy();
  });
});

function pick(answer: { body: Record<string, unknown> }): { action: string; code: string } {
  return { action: String(answer.body.action), code: String(answer.body.code) };
}

function call(
  url: string,
  agent: Agent,
  toolName: string,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const body = JSON.stringify({ sessionId: 'load', toolName, argumentsJson: '{}' });
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      `${url}/api/v1/execute`,
      {
        method: 'POST',
        agent,
        headers: {
          authorization: `Bearer ${TOKEN}`,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as Record<string, unknown> }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * Atomic: write a temporary file and rename it. In place: truncate, write half, pause, write the
 * rest. `changed` is called once the file no longer holds its previous content.
 */
async function rewrite(
  file: string,
  text: string,
  atomic: boolean,
  changed: () => void = () => undefined,
): Promise<void> {
  if (atomic) {
    const temporary = `${file}.${Math.random().toString(36).slice(2)}.tmp`;
    await writeFile(temporary, text);
    await rename(temporary, file);
    changed();
    return;
  }
  const handle = await open(file, 'w');
  changed();
  try {
    const half = Math.floor(text.length / 2);
    await handle.write(text.slice(0, half));
    await sleep(Math.random() * 3);
    await handle.write(text.slice(half));
  } finally {
    await handle.close();
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
