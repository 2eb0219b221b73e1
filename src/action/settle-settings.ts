// Reads `.github/policy-gate.yml` at the base commit (and at the head, to show a change to it)
// through the API, in one GraphQL request, and settles the inputs against it (issue 12, item 2).
// The head's version never governs: a pull request must not decide who accepts it.
import type { GitHubClient } from '../github/client.js';
import { describeGitHubFailure } from '../github/errors.js';
import { readFilesAtCommits, type RemoteFile } from '../github/repository-files.js';
import {
  settingsChangeReason,
  settleSettings,
  type SettingsFileSide,
  type SettingSource,
} from '../gate/gate-settings.js';
import {
  parseSettingsFile,
  SETTING_KEYS,
  SETTINGS_FILE,
  type ParsedSettings,
  type SettingKey,
} from '../gate/settings-file.js';
import type { GateEvent } from './event-context.js';
import type { GateInputs } from './inputs.js';

export interface SettledInputs {
  /** The inputs with the file's settings applied. */
  inputs: GateInputs;
  sources: Record<SettingKey, SettingSource>;
  /** Why the settings could not be decided (the file does not parse, an input loosens it): every workspace is an error. */
  problem?: string;
  /** A change of the settings file by the pull request, which needs acceptance. */
  acceptanceReasons: string[];
}

export async function settleGateInputs(
  client: GitHubClient,
  event: GateEvent & { headSha: string; baseSha: string | undefined },
  inputs: GateInputs,
): Promise<SettledInputs> {
  // Without a base (push, schedule), the commit itself is the branch that governs.
  const governing = event.baseSha ?? event.headSha;
  const where = `${SETTINGS_FILE} on ${event.base === undefined ? 'this branch' : event.baseLabel}`;
  const unchanged = (problem?: string): SettledInputs => ({
    inputs,
    sources: Object.fromEntries(
      SETTING_KEYS.map((key) => [key, inputs.given.has(key) ? 'input' : 'default']),
    ) as Record<SettingKey, SettingSource>,
    ...(problem === undefined ? {} : { problem }),
    acceptanceReasons: [],
  });
  let files: Map<string, RemoteFile>;
  try {
    const commits = event.baseSha ? [event.baseSha, event.headSha] : [event.headSha];
    files = (
      await readFilesAtCommits(
        client,
        { owner: event.owner, repo: event.repo },
        commits.map((commit) => ({ commit, paths: [SETTINGS_FILE] })),
      )
    ).files;
  } catch (error) {
    // The same sentence as any failed read of the repository: the workspace files would fail alike.
    return unchanged(describeGitHubFailure(error, 'read-files'));
  }
  const base = files.get(`${governing}:${SETTINGS_FILE}`) ?? { kind: 'missing' };
  if (base.kind === 'unreadable') return unchanged(`${where} could not be read: ${base.reason}.`);
  const parsed: ParsedSettings | undefined =
    base.kind === 'text' ? parseSettingsFile(base.text, where) : undefined;
  if (parsed && !parsed.ok) return unchanged(`${parsed.problem} Fix the file on the base branch.`);
  const settled = settleSettings(parsed?.settings, inputs, inputs.given, where);
  const acceptanceReasons: string[] = [];
  if (event.baseSha !== undefined) {
    const head = files.get(`${event.headSha}:${SETTINGS_FILE}`) ?? { kind: 'missing' };
    const reason = settingsChangeReason({
      base: sideOf(base, where),
      head: sideOf(head, `${SETTINGS_FILE} on this pull request`),
      file: SETTINGS_FILE,
      baseLabel: event.baseLabel,
    });
    if (reason !== undefined) acceptanceReasons.push(reason);
  }
  return {
    inputs: { ...inputs, ...settled.values },
    sources: settled.sources,
    ...(settled.problems.length > 0 ? { problem: settled.problems.join(' ') } : {}),
    acceptanceReasons,
  };
}

function sideOf(file: RemoteFile, where: string): SettingsFileSide {
  if (file.kind === 'missing') return { state: 'missing' };
  if (file.kind === 'unreadable') return { state: 'unreadable', reason: file.reason };
  return { state: 'text', text: file.text, parsed: parseSettingsFile(file.text, where) };
}
