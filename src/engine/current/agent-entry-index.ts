// Evidence entries grouped by normalised agent id, built once per evidence slice and shared by
// every agent scope that judges it (SPEC-2026.9 §9.2), so that "the agent's own entries, else the
// inherited ones" no longer scans (and normalises) every entry for every scoped agent: a policy
// scoping 100 agents of a 5,000-agent config otherwise normalises ~10 million agent ids.
//
// `select(agentId, keep)` is exactly
//   entries.filter((e) => scopedAgentIdMatches(e.agentId, agentId) || (e.scope !== 'agent' && keep(e)))
// in entry order: an entry of scope `agent` is only ever the agent's own, never inherited (the
// callers' inherited entries are the global or defaults ones). A property test holds the two equal.
import { normalizeAgentId } from './agent-id.js';

interface ScopedEntry {
  agentId?: string;
  scope: string;
}

const built = new WeakMap<readonly object[], AgentEntryIndex<ScopedEntry>>();

export class AgentEntryIndex<Entry extends ScopedEntry> {
  private readonly byAgent = new Map<string, number[]>();
  /** Entries not of scope `agent`: the only ones that can be inherited. */
  private readonly inheritable: number[] = [];

  private constructor(private readonly entries: readonly Entry[]) {
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i]!;
      if (entry.agentId !== undefined) {
        const key = normalizeAgentId(entry.agentId);
        const own = this.byAgent.get(key);
        if (own === undefined) this.byAgent.set(key, [i]);
        else own.push(i);
      }
      if (entry.scope !== 'agent') this.inheritable.push(i);
    }
  }

  /** The index of an evidence slice, built on first use (evidence is never changed once collected). */
  static of<Entry extends ScopedEntry>(entries: readonly Entry[]): AgentEntryIndex<Entry> {
    let index = built.get(entries) as AgentEntryIndex<Entry> | undefined;
    if (index === undefined) {
      index = new AgentEntryIndex(entries);
      built.set(entries, index as unknown as AgentEntryIndex<ScopedEntry>);
    }
    return index;
  }

  /** The entries whose agent id normalises like `agentId` (`scopedAgentIdMatches`), in order. */
  own(agentId: string): Entry[] {
    return (this.byAgent.get(normalizeAgentId(agentId)) ?? []).map((i) => this.entries[i]!);
  }

  /** See the module comment; an entry both own and inheritable is taken once, as own. */
  select(agentId: string, keep: (entry: Entry) => boolean): Entry[] {
    const own = this.byAgent.get(normalizeAgentId(agentId)) ?? [];
    const inheritable = this.inheritable;
    const out: Entry[] = [];
    let a = 0;
    let b = 0;
    while (a < own.length || b < inheritable.length) {
      const i = own[a] ?? Infinity;
      const j = inheritable[b] ?? Infinity;
      if (i <= j) {
        out.push(this.entries[i]!);
        a++;
        if (i === j) b++;
      } else {
        const entry = this.entries[j]!;
        if (keep(entry)) out.push(entry);
        b++;
      }
    }
    return out;
  }
}
