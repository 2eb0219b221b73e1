import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AgentEntryIndex } from '../../../src/engine/current/agent-entry-index.js';
import { scopedAgentIdMatches } from '../../../src/engine/current/policy-scope.js';

interface Entry {
  n: number;
  agentId?: string;
  scope: 'global' | 'defaults' | 'agent';
  kind: string;
}

// Ids that normalise alike in several ways (case, spaces, slugging, the `main` fallback).
const agentId = fc.constantFrom(
  'ops',
  'OPS',
  ' ops ',
  'main',
  '',
  '  ',
  'Ops Team',
  'ops-team',
  'a/b',
  'a-b',
  '_x',
  'é',
);
const entry = fc.record(
  {
    agentId,
    scope: fc.constantFrom('global' as const, 'defaults' as const, 'agent' as const),
    kind: fc.constantFrom('profile', 'deny', 'mode'),
  },
  { requiredKeys: ['scope', 'kind'] },
);

describe('AgentEntryIndex', () => {
  it('select equals the §9.2 filter it replaces, in entry order (property)', () => {
    fc.assert(
      fc.property(
        fc.array(entry, { maxLength: 30 }),
        agentId,
        fc.constantFrom('global' as const, 'defaults' as const),
        (raw, target, inheritedScope) => {
          const entries: Entry[] = raw.map((e, n) => ({ ...e, n }));
          // agentScopeEntries as written before the index: own entries, else inherited ones of a
          // kind the agent has no entry of.
          const isOwn = (e: Entry) => scopedAgentIdMatches(e.agentId, target);
          const ownKinds = new Set(entries.filter((e) => e.scope === 'agent' && isOwn(e)).map((e) => e.kind));
          const slow = entries.filter(
            (e) => isOwn(e) || (e.scope === inheritedScope && !ownKinds.has(e.kind)),
          );
          const index = AgentEntryIndex.of(entries);
          const kinds = new Set(
            index
              .own(target)
              .filter((e) => e.scope === 'agent')
              .map((e) => e.kind),
          );
          expect(index.select(target, (e) => e.scope === inheritedScope && !kinds.has(e.kind))).toEqual(slow);
          expect(index.own(target)).toEqual(entries.filter(isOwn));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('builds one index per entries array', () => {
    const entries: Entry[] = [{ n: 0, scope: 'global', kind: 'profile' }];
    expect(AgentEntryIndex.of(entries)).toBe(AgentEntryIndex.of(entries));
    expect(AgentEntryIndex.of([...entries])).not.toBe(AgentEntryIndex.of(entries));
  });
});
