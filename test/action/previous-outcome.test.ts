import { describe, expect, it } from 'vitest';
import { previousOutcome } from '../../src/action/publish.js';

const HEAD = 'a'.repeat(40);
const OLDER = 'b'.repeat(40);

function body(head: string, verdictLine: string, transition = ''): string {
  return [`<!-- policy-gate:v1 workspace=. head=${head} -->`, verdictLine, '', transition, ''].join('\n');
}

describe('previousOutcome', () => {
  it('reads a hyphenated verdict (awaiting-acceptance) back from the comment', () => {
    const waiting = body(
      OLDER,
      '⏳ **awaiting-acceptance** — everything else holds, but this PR needs an approval by an acceptor on this commit: this pull request proposes a new attestation',
    );
    expect(previousOutcome(waiting, { headSha: HEAD, passed: true })).toEqual({
      verdict: 'awaiting-acceptance',
      passed: false,
    });
  });

  it('keeps the transition a same-head comment already shows, also from awaiting-acceptance', () => {
    const green = body(
      HEAD,
      '✅ **reaccepted** — this PR proposes a new attestation, accepted by `alice`',
      '🟢 Turned green: this PR was **awaiting-acceptance** on an earlier commit and passes now.',
    );
    expect(previousOutcome(green, { headSha: HEAD, passed: true })).toEqual({
      verdict: 'awaiting-acceptance',
      passed: false,
    });
  });

  it('ignores a verdict it does not know', () => {
    expect(previousOutcome(body(OLDER, '❌ **not-a-verdict** — x'), { headSha: HEAD, passed: true })).toBe(
      undefined,
    );
  });
});
