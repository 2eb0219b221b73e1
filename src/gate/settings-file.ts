// `.github/policy-gate.yml`: the gate's settings as the base branch has them (issue 12, item 2).
// Who may accept and how strict the gate is must not be decided by the pull request the gate
// judges, and on `pull_request` the workflow file — and so every input — comes from that pull
// request. The file is read at the base commit through the API; this module only parses it,
// strictly: an unknown key, a wrong type or a value the action would refuse as an input is an
// error naming the key and its line, never a setting silently ignored.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair } from 'yaml';
import { SUPPORTED_RELEASES, type OpenClawRelease } from '../engine/release-profile.js';
import { normalizeRelative } from '../workspace/workspace-reader.js';

export const SETTINGS_FILE = '.github/policy-gate.yml';

/** A settings file larger than this is refused (a real one is a few lines). */
export const MAX_SETTINGS_BYTES = 64 * 1024;

/** The keys of the file, spelt as the action's inputs are (`workspaces` is the `workspace` input). */
export const SETTING_KEYS = [
  'acceptors',
  'mode',
  'workspaces',
  'openclaw-version',
  'attestation',
  'policy',
  'config',
  'agent',
  'exec-approvals',
] as const;
export type SettingKey = (typeof SETTING_KEYS)[number];

/** The settings the file and the inputs both set, by their field names in GateInputs. */
export interface GateSettingValues {
  acceptors: string[];
  mode: 'enforce' | 'advisory';
  workspaces: string[];
  openclawVersion: OpenClawRelease | undefined;
  attestation: string;
  policy: string | undefined;
  config: string | undefined;
  agent: string | undefined;
  execApprovals: string | undefined;
}

export const FIELD_OF: Record<SettingKey, keyof GateSettingValues> = {
  acceptors: 'acceptors',
  mode: 'mode',
  workspaces: 'workspaces',
  'openclaw-version': 'openclawVersion',
  attestation: 'attestation',
  policy: 'policy',
  config: 'config',
  agent: 'agent',
  'exec-approvals': 'execApprovals',
};

/** Only the keys the file sets. */
export type SettingsFile = Partial<GateSettingValues>;

export type ParsedSettings = { ok: true; settings: SettingsFile } | { ok: false; problem: string };

const ACCEPTOR = /^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9._-]+)?$/;

/** A GitHub login (`alice`, `@alice`) or an `org/team` slug, as `acceptors` takes them. */
export function isAcceptorName(value: string): boolean {
  return ACCEPTOR.test(value);
}

/** `alice`, `@Alice` → `alice`: how two acceptor entries are compared. */
export function acceptorKey(value: string): string {
  return value.replace(/^@/, '').toLowerCase();
}

/** `.` or a normalised directory inside the repository; undefined when it leads out. */
export function workspaceDirectory(dir: string): string | undefined {
  return dir === '.' || dir === './' ? '.' : normalizeRelative(dir.replace(/\/+$/, ''));
}

/**
 * Parses the file's text. `where` names it in messages (`.github/policy-gate.yml on main`).
 * An empty file (or one with only comments) sets nothing.
 */
export function parseSettingsFile(text: string, where: string): ParsedSettings {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_SETTINGS_BYTES)
    return { ok: false, problem: `${where} is ${bytes} bytes, over the limit of ${MAX_SETTINGS_BYTES}.` };
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const [error] = [...document.errors, ...document.warnings];
  if (error) {
    const line = error.pos[0] === undefined ? undefined : lineCounter.linePos(error.pos[0]).line;
    return {
      ok: false,
      problem: `${where} is not valid YAML${line === undefined ? '' : ` (line ${line})`}: ${firstLine(error.message)}.`,
    };
  }
  const root = document.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === '')))
    return { ok: true, settings: {} };
  if (!isMap(root))
    return { ok: false, problem: `${where} must be a mapping of settings (\`acceptors:\`, \`mode:\`, …).` };
  const at = (node: Node | null | undefined) => {
    const offset = node?.range?.[0];
    return offset === undefined ? '' : ` (line ${lineCounter.linePos(offset).line})`;
  };
  const settings: SettingsFile = {};
  for (const pair of root.items as Pair<unknown, unknown>[]) {
    const keyNode = pair.key as Node | null;
    const key = isScalar(keyNode) ? keyNode.value : undefined;
    if (typeof key !== 'string' || !(SETTING_KEYS as readonly string[]).includes(key)) {
      return {
        ok: false,
        problem: `${where} has the unknown key ${JSON.stringify(isScalar(keyNode) ? keyNode.value : keyNode?.toString())}${at(keyNode)}; the keys are ${SETTING_KEYS.join(', ')}.`,
      };
    }
    const value = settingValue(key as SettingKey, pair.value as Node | null);
    if (typeof value === 'object' && value !== null && 'problem' in value)
      return {
        ok: false,
        problem: `\`${key}\` in ${where}${at(pair.value as Node | null)} ${value.problem}`,
      };
    Object.assign(settings, { [FIELD_OF[key as SettingKey]]: value });
  }
  return { ok: true, settings };
}

type Checked<T> = T | { problem: string };

function settingValue(key: SettingKey, node: Node | null): Checked<unknown> {
  switch (key) {
    case 'acceptors': {
      const names = stringList(
        node,
        'a list of users or org/team slugs, e.g. `acceptors: [alice, my-org/security]`',
      );
      if ('problem' in names) return names;
      const wrong = names.list.find((name) => !isAcceptorName(name));
      return wrong === undefined
        ? names.list
        : { problem: `must be a list of users or org/team slugs, got ${JSON.stringify(wrong)}.` };
    }
    case 'workspaces': {
      const dirs = stringList(node, 'a list of directories, e.g. `workspaces: [., packages/agent]`');
      if ('problem' in dirs) return dirs;
      if (dirs.list.length === 0) return { problem: 'must name at least one directory.' };
      const normalized = dirs.list.map((dir) => workspaceDirectory(dir));
      const wrong = dirs.list.find((_, index) => normalized[index] === undefined);
      if (wrong !== undefined)
        return { problem: `must be directories inside the repository, got ${JSON.stringify(wrong)}.` };
      return [...new Set(normalized as string[])];
    }
    case 'mode':
      return oneOf(node, ['enforce', 'advisory']);
    case 'openclaw-version':
      return oneOf(node, SUPPORTED_RELEASES);
    case 'agent': {
      const text = scalarString(node);
      if (typeof text !== 'string') return text;
      return /^[^\s/\\]{1,100}$/.test(text)
        ? text
        : { problem: `must be an agent id, got ${JSON.stringify(text)}.` };
    }
    case 'attestation':
    case 'policy':
    case 'config':
    case 'exec-approvals': {
      const text = scalarString(node);
      if (typeof text !== 'string') return text;
      const normalized = normalizeRelative(text);
      return normalized === undefined
        ? { problem: `must be a path inside the workspace, got ${JSON.stringify(text)}.` }
        : normalized;
    }
  }
}

function scalarString(node: Node | null): Checked<string> {
  if (!isScalar(node) || typeof node.value !== 'string' || node.value === '')
    return { problem: `must be a string, got ${describe(node)}.` };
  return node.value;
}

function oneOf<T extends string>(node: Node | null, allowed: readonly T[]): Checked<T> {
  const text = scalarString(node);
  if (typeof text === 'string' && (allowed as readonly string[]).includes(text)) return text as T;
  const got = typeof text === 'string' ? JSON.stringify(text) : describe(node);
  // `2026.10` is a number to YAML: say how to write it.
  const quote = isScalar(node) && typeof node.value === 'number' ? ' (quote it)' : '';
  return { problem: `must be one of ${allowed.join(', ')}, got ${got}${quote}.` };
}

function stringList(node: Node | null, shape: string): { list: string[] } | { problem: string } {
  if (!isSeq(node)) return { problem: `must be ${shape}, got ${describe(node)}.` };
  const list: string[] = [];
  for (const item of node.items as (Node | null)[]) {
    if (!isScalar(item) || typeof item.value !== 'string')
      return { problem: `must be ${shape}; one entry is ${describe(item)}.` };
    list.push(item.value);
  }
  return { list };
}

function describe(node: Node | null | undefined): string {
  if (node === null || node === undefined) return 'nothing';
  if (isSeq(node)) return 'a list';
  if (isMap(node)) return 'a mapping';
  if (isScalar(node)) {
    if (node.value === null) return 'nothing';
    return `${typeof node.value === 'string' ? 'the string' : `the ${typeof node.value}`} ${JSON.stringify(node.value)}`;
  }
  return 'an alias';
}

function firstLine(text: string): string {
  return (text.split('\n')[0] ?? '').replace(/\.$/, '');
}
