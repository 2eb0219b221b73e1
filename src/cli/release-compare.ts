// `compare` for a release that has its own `policy compare` (OpenClaw 2026.9.6, SPEC-2026.9 §2.5,
// §12.1): which files, read how; the comparison itself is the profile's pure function.
import path from 'node:path';
import type { ReleaseProfile } from '../engine/release-profile.js';
import { DEFAULT_POLICY_PATH } from '../engine/plugin-settings.js';
import { parseJsonDocument } from '../workspace/json-document.js';
import type { OpenClawHost } from '../workspace/openclaw-host.js';
import { readWorkspaceConfig, refuseDuplicateKeys } from '../workspace/workspace-config.js';
import { diskReader } from '../workspace/workspace-reader.js';
import { EXIT_CLEAN, EXIT_FINDINGS, UsageError, type CliIo } from './cli-io.js';
import { isStdinArgument, readArgumentText, STDIN_NAME } from './read-json-file.js';

type ReleaseCompare = NonNullable<ReleaseProfile['policyCompare']>;
type PolicyDocumentInput = Parameters<ReleaseCompare['compare']>[0];

export interface ReleaseCompareOptions {
  baseline: string | undefined;
  policy: string | undefined;
  json: boolean;
  /** `--cwd`: where the OpenClaw config is, and the default agent's workspace. */
  workspaceRoot: string;
  config: string | undefined;
  profile: ReleaseProfile;
  host: OpenClawHost | undefined;
}

export async function releaseCompare(
  release: ReleaseCompare,
  options: ReleaseCompareOptions,
  io: CliIo,
): Promise<number> {
  const baseline = options.baseline;
  if (baseline === undefined || baseline.trim() === '')
    throw new UsageError('Missing required --baseline value.');
  const candidate = await candidatePath(options);
  const report = release.compare(await policyDocument(io, baseline), await policyDocument(io, candidate));
  if (options.json || !io.stdoutIsTerminal) io.stdout(`${JSON.stringify(report)}\n`);
  else io.stdout(`${release.humanLines(report).join('\n')}\n`);
  return report.ok ? EXIT_CLEAN : EXIT_FINDINGS;
}

/**
 * `--policy` (trimmed, relative to the current directory), else the configured policy path in the
 * selected agent's workspace; with a config OpenClaw cannot use, `policy.jsonc` here.
 */
async function candidatePath(options: ReleaseCompareOptions): Promise<string> {
  if (options.policy !== undefined && options.policy.trim() !== '') return options.policy.trim();
  const read = await readWorkspaceConfig(diskReader(options.workspaceRoot), {
    config: options.config,
    profile: options.profile,
    host: options.host,
  });
  if (read.kind !== 'config') return DEFAULT_POLICY_PATH;
  const configured = read.settings.policyPath ?? DEFAULT_POLICY_PATH;
  if (path.isAbsolute(configured)) return configured;
  return path.resolve(read.workspaceDir ?? options.workspaceRoot, configured);
}

/**
 * One compared file under its basename (standard input, `-` or `/dev/stdin`, as `stdin`: the name
 * OpenClaw gives `/dev/stdin`). Missing and directory files read as Node's errors, as in OpenClaw;
 * other refusals (device, FIFO, oversize) give the safe reader's reason. Repeated keys are refused
 * as everywhere in policy-gate (JSON5 would silently keep the last).
 */
async function policyDocument(io: CliIo, file: string): Promise<PolicyDocumentInput> {
  const absolute = path.resolve(io.cwd, file);
  const name = isStdinArgument(file) ? STDIN_NAME : path.basename(absolute);
  const read = await readArgumentText(io, file);
  if (read.kind === 'missing')
    return { name, readError: `ENOENT: no such file or directory, open '${absolute}'` };
  if (read.kind === 'unreadable')
    return {
      name,
      readError: / is a directory, not a file$/.test(read.reason)
        ? 'EISDIR: illegal operation on a directory, read'
        : read.reason,
    };
  const parsed = parseJsonDocument(read.text, name);
  if (parsed.ok) refuseDuplicateKeys(parsed, name);
  return { name, text: read.text };
}
