// `policy-gate status [--base <git ref>]`: "will my pull request pass?" (issue 13), answered the way
// the action answers it: the attestation accepted at the base ref (read with git, never through a
// checkout) against the working tree as the head, the same comparison, verdict, weakenings, tool
// downgrades and guarded settings, and the command that fixes it. Only the reviews are out of
// reach: a change that needs acceptance is reported as awaiting an acceptor's approval.
import { createHash } from 'node:crypto';
import { lstat, readdir, readlink } from 'node:fs/promises';
import path from 'node:path';
import { checkoutAttributeFiles } from '../action/commit-files.js';
import { acceptCommand } from '../action/gate-workspaces.js';
import { compareSides, comparedGateInput, type SideSettings } from '../action/compare-sides.js';
import type { OpenClawRelease } from '../engine/release-profile.js';
import { acceptanceFor, parseAcceptors } from '../gate/acceptance.js';
import { parseSettingsFile, SETTINGS_FILE } from '../gate/settings-file.js';
import { workspaceGateResult } from '../gate/workspace-gate.js';
import { workspaceLinkChanges } from '../gate/workspace-links.js';
import type { WorkspaceGateResult } from '../gate/report.js';
import { blockedWorkspaceLines } from '../render/job-log.js';
import { verdictHeadline } from '../render/verdict-text.js';
import { InputError } from '../workspace/input-error.js';
import { fileAtCommit, git, gitCommitReader, symbolicLinksAtCommit } from '../workspace/git-reader.js';
import { readWorkspaceFile, type FileReadResult } from '../workspace/safe-read.js';
import { diskReader } from '../workspace/workspace-reader.js';
import { EXIT_CLEAN, EXIT_FINDINGS, type CliIo } from './cli-io.js';
import { existingLocationFrom } from './check-command.js';
import { LOCATION_FLAGS, parseFlags } from './parse-flags.js';
import { RELEASE_FLAG, releaseFrom } from './release-options.js';

export const STATUS_FLAGS = {
  ...LOCATION_FLAGS,
  ...RELEASE_FLAG,
  base: { type: 'string' },
  attestation: { type: 'string' },
  agent: { type: 'string' },
  'exec-approvals': { type: 'string' },
  json: { type: 'boolean' },
} as const;

/** Tried in order when no `--base` is given: where a pull request usually goes. */
const DEFAULT_BASES = ['origin/HEAD', 'origin/main', 'main', 'origin/master', 'master'];

export async function statusCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags('status', args, STATUS_FLAGS);
  const location = existingLocationFrom(values, io);
  const repoRoot = await repositoryRoot(location.cwd);
  const workspace = path.relative(repoRoot, location.cwd).split(path.sep).join('/') || '.';
  const base = await baseCommit(repoRoot, values.base);
  const fileSettings = await baseSettings(repoRoot, base);
  const settings: SideSettings = {
    config: location.config ?? fileSettings.config,
    policy: location.policy ?? fileSettings.policy,
    attestation: values.attestation ?? fileSettings.attestation ?? 'policy.attestation.json',
    agent: values.agent ?? fileSettings.agent,
    execApprovals: values['exec-approvals'] ?? fileSettings.execApprovals,
    openclawVersion:
      values.openclaw === undefined
        ? fileSettings.openclawVersion
        : (releaseFrom(values.openclaw).release as OpenClawRelease),
  };
  const headReader = diskReader(location.cwd);
  const attributeFiles = checkoutAttributeFiles([workspace]);
  const baseFiles = new Map<string, FileReadResult>();
  const headFiles = new Map<string, FileReadResult>();
  for (const file of attributeFiles) {
    baseFiles.set(file, await fileAtCommit(repoRoot, base.sha, file));
    headFiles.set(file, await readWorkspaceFile(repoRoot, file));
  }
  const baseLinks = { complete: true, links: await symbolicLinksAtCommit(repoRoot, base.sha) };
  const headLinks = { complete: true, links: await workingTreeLinks(repoRoot, location.cwd) };
  const sides = await compareSides({
    workspace,
    settings,
    now: io.now(),
    head: {
      reader: headReader,
      attestation: await headReader.read(settings.attestation),
      repositoryFile: (file) => headFiles.get(file),
    },
    base: {
      reader: gitCommitReader(repoRoot, base.sha, workspace),
      attestation: await fileAtCommit(repoRoot, base.sha, repoPathOf(workspace, settings.attestation)),
      repositoryFile: (file) => baseFiles.get(file),
    },
    links: workspaceLinkChanges(workspace, baseLinks, headLinks),
  });
  const acceptors = fileSettings.acceptors ?? [];
  const reasons = sides.reasons;
  const acceptance = await acceptanceFor({
    reasons,
    acceptors: parseAcceptors(acceptors),
    approvers: [], // reviews live on GitHub: locally, nothing is approved yet
    memberOf: async () => false,
  });
  const result = workspaceGateResult({
    workspaceId: workspace,
    ...comparedGateInput(sides),
    acceptance,
    needsAcceptanceAnyway: sides.loosenings.length > 0,
    acceptCommand: acceptCommand(workspace, settings, sides.releases.head, 'policy-gate'),
    extraError: sides.releases.problem,
  });
  if (values.json || !io.stdoutIsTerminal) io.stdout(`${JSON.stringify({ base: base.name, ...result })}\n`);
  else io.stdout(humanStatus(result, base.name, acceptors));
  return result.passed ? EXIT_CLEAN : EXIT_FINDINGS;
}

function humanStatus(result: WorkspaceGateResult, base: string, acceptors: readonly string[]): string {
  const lines = result.passed
    ? [`policy-gate status: passes against ${base} (${verdictHeadline(result)})`]
    : [
        `policy-gate status against ${base}:`,
        ...blockedWorkspaceLines(result, undefined).map((line) => line.replace(/^policy-gate: /, '  ')),
      ];
  for (const weakening of result.weakenings ?? [])
    lines.push(`  weakened: ${weakening.rule} ${weakening.detail}`);
  for (const change of result.toolChanges ?? [])
    if (change.downgrade)
      lines.push(`  tool ${change.kind.replaceAll('-', ' ')}: ${change.toolId} (${change.file})`);
  for (const change of result.guardedChanges ?? [])
    lines.push(`  guarded ${change.change}: ${change.setting}`);
  if (result.verdict === 'awaiting-acceptance' && acceptors.length === 0)
    lines.push(
      `  note: ${SETTINGS_FILE} on ${base} names no acceptors; the workflow's \`acceptors\` input decides on GitHub`,
    );
  return `${lines.join('\n')}\n`;
}

async function repositoryRoot(cwd: string): Promise<string> {
  try {
    return (await git(cwd, ['rev-parse', '--show-toplevel'])).toString('utf8').trim();
  } catch {
    throw new InputError(
      `${cwd} is not inside a git repository; status compares the working tree with a git ref.`,
    );
  }
}

async function baseCommit(
  repoRoot: string,
  given: string | undefined,
): Promise<{ name: string; sha: string }> {
  for (const name of given === undefined ? DEFAULT_BASES : [given]) {
    if (name.startsWith('-')) break;
    try {
      const sha = (await git(repoRoot, ['rev-parse', '--verify', '--quiet', `${name}^{commit}`]))
        .toString('utf8')
        .trim();
      if (sha !== '') return { name, sha };
    } catch {
      // not a commit here: try the next candidate
    }
  }
  throw new InputError(
    given === undefined
      ? `none of ${DEFAULT_BASES.join(', ')} names a commit: pass --base <the branch your pull request goes into>.`
      : `--base ${given} does not name a commit in this repository.`,
  );
}

/** `.github/policy-gate.yml` at the base, as the action reads it (a broken one is refused). */
async function baseSettings(repoRoot: string, base: { name: string; sha: string }) {
  const read = await fileAtCommit(repoRoot, base.sha, SETTINGS_FILE);
  if (read.kind === 'missing') return {};
  if (read.kind === 'unreadable') throw new InputError(read.reason);
  const parsed = parseSettingsFile(read.text, `${SETTINGS_FILE} on ${base.name}`);
  if (!parsed.ok) throw new InputError(parsed.problem);
  return parsed.settings;
}

function repoPathOf(workspace: string, file: string): string {
  return workspace === '.' ? file : path.posix.join(workspace, file);
}

/** Symbolic links under the workspace in the working tree, by repository path → git blob id of the target. */
async function workingTreeLinks(repoRoot: string, workspaceDir: string): Promise<Map<string, string>> {
  const links = new Map<string, string>();
  const walk = async (dir: string, depth: number): Promise<void> => {
    if (depth > 20) return;
    for (const name of await readdir(dir)) {
      if (name === '.git' || name === 'node_modules') continue;
      const full = path.join(dir, name);
      const stats = await lstat(full);
      if (stats.isSymbolicLink()) {
        const target = await readlink(full);
        const id = createHash('sha1')
          .update(`blob ${Buffer.byteLength(target)}\0${target}`)
          .digest('hex');
        links.set(path.relative(repoRoot, full).split(path.sep).join('/'), id);
      } else if (stats.isDirectory()) await walk(full, depth + 1);
    }
  };
  await walk(workspaceDir, 0);
  return links;
}
