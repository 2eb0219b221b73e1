// The gate's effective settings: `.github/policy-gate.yml` at the base commit bounds them, and the
// action's inputs may only tighten what the file sets (issue 12, item 2). What "tighten" means
// per key:
//
// - acceptors: the file names who may accept; an input may narrow that to a subset (entries
//   compared literally: a user is not taken as a member of a listed team, which only GitHub could
//   tell), never add anyone. Narrowing keeps the rule "one approval by one acceptor". A file
//   that sets `acceptors: []` (nobody needs to approve) is tightened by any input list.
// - mode: an input `enforce` overrides a file `advisory`; an input `advisory` under a file
//   `enforce` is refused.
// - workspaces: an input adds workspaces to the file's list; it cannot remove one.
// - openclaw-version, attestation, policy, config, agent, exec-approvals: no order between two
//   values says which is stricter, so an input must equal the file's value (or be left unset).
//
// An input that would loosen or contradict the file is an error, never silently ignored: the
// person who wrote it would otherwise believe it applies. A key the file does not set keeps the
// input (or the default), as before the file existed.
import {
  acceptorKey,
  FIELD_OF,
  SETTING_KEYS,
  type GateSettingValues,
  type ParsedSettings,
  type SettingKey,
  type SettingsFile,
} from './settings-file.js';

/** Where a setting's effective value comes from. `file` also when an input narrowed the file's value. */
export type SettingSource = 'file' | 'input' | 'default';

export interface SettledSettings {
  values: GateSettingValues;
  sources: Record<SettingKey, SettingSource>;
  /** Inputs that would loosen or contradict the file; each fails the gate. */
  problems: string[];
}

export function settleSettings(
  file: SettingsFile | undefined,
  inputs: GateSettingValues,
  given: ReadonlySet<SettingKey>,
  where: string,
): SettledSettings {
  const values: GateSettingValues = {
    ...inputs,
    acceptors: [...inputs.acceptors],
    workspaces: [...inputs.workspaces],
  };
  const sources = {} as Record<SettingKey, SettingSource>;
  const problems: string[] = [];
  for (const key of SETTING_KEYS) {
    const field = FIELD_OF[key];
    const fromFile = file?.[field];
    if (fromFile === undefined) {
      sources[key] = given.has(key) ? 'input' : 'default';
      continue;
    }
    sources[key] = 'file';
    const problem = given.has(key) ? tightened(key, fromFile, inputs, values, where) : undefined;
    if (!given.has(key)) Object.assign(values, { [field]: fromFile });
    if (problem !== undefined) problems.push(problem);
  }
  return { values, sources, problems };
}

/** Sets `values[key]` to the file's value tightened by the input; returns why it cannot be. */
function tightened(
  key: SettingKey,
  fromFile: GateSettingValues[keyof GateSettingValues],
  inputs: GateSettingValues,
  values: GateSettingValues,
  where: string,
): string | undefined {
  switch (key) {
    case 'acceptors': {
      const allowed = fromFile as string[];
      if (allowed.length === 0) {
        values.acceptors = [...inputs.acceptors];
        return undefined;
      }
      const known = new Set(allowed.map(acceptorKey));
      const outside = inputs.acceptors.filter((name) => !known.has(acceptorKey(name)));
      if (outside.length === 0) {
        values.acceptors = [...inputs.acceptors];
        return undefined;
      }
      values.acceptors = [...allowed];
      return `the \`acceptors\` input may only narrow the acceptors set in ${where} (${allowed.join(', ')}), and ${outside.join(', ')} ${outside.length === 1 ? 'is' : 'are'} not among them: remove the input, or add ${outside.length === 1 ? 'that acceptor' : 'them'} to the file on the base branch.`;
    }
    case 'mode': {
      if (fromFile === 'advisory' || inputs.mode === 'enforce') {
        values.mode = inputs.mode;
        return undefined;
      }
      values.mode = 'enforce';
      return `the \`mode: advisory\` input cannot loosen \`mode: enforce\` set in ${where}: remove the input, or change the file on the base branch.`;
    }
    case 'workspaces': {
      values.workspaces = [...new Set([...(fromFile as string[]), ...inputs.workspaces])];
      return undefined;
    }
    default: {
      const field = FIELD_OF[key];
      Object.assign(values, { [field]: fromFile });
      const input = inputs[field];
      if (input === undefined || input === fromFile) return undefined;
      return `the \`${key}\` input (${String(input)}) contradicts ${where} (${String(fromFile)}): remove the input, or change the file on the base branch.`;
    }
  }
}

/** The settings file as one side of a pull request has it. */
export type SettingsFileSide =
  | { state: 'missing' }
  | { state: 'unreadable'; reason: string }
  | { state: 'text'; text: string; parsed: ParsedSettings };

/**
 * Why a pull request that changes the settings file needs acceptance: the base's version governs
 * this run, and what the change would let later pull requests do is for an acceptor to approve.
 * Undefined when the head's file is the base's.
 */
export function settingsChangeReason(options: {
  base: SettingsFileSide;
  head: SettingsFileSide;
  file: string;
  baseLabel: string;
}): string | undefined {
  const { base, head, file } = options;
  if (
    base.state === head.state &&
    (base.state !== 'text' || head.state !== 'text' || base.text === head.text)
  )
    return undefined;
  const governs = `the version on ${options.baseLabel} governs this run`;
  if (head.state === 'missing') return `this pull request deletes ${file}, the gate's settings; ${governs}`;
  if (head.state === 'unreadable' || !head.parsed.ok)
    return `this pull request changes ${file}, the gate's settings, into a version policy-gate cannot read; ${governs}`;
  const before = base.state === 'text' && base.parsed.ok ? base.parsed.settings : {};
  const after = head.parsed.settings;
  const changed = SETTING_KEYS.filter(
    (key) => JSON.stringify(before[FIELD_OF[key]]) !== JSON.stringify(after[FIELD_OF[key]]),
  );
  const what = changed.length === 0 ? 'layout or comments only' : changed.join(', ');
  const verb = base.state === 'missing' ? 'adds' : 'changes';
  return `this pull request ${verb} ${file}, the gate's settings (${what}); ${governs}`;
}
