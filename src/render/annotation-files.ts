// Where a finding without a location is annotated: where its fix points (2026.9.6: the first
// located config key, else the policy rule; see `fixLocation`), else line 1 of the file it is about.
//
// The file decision, by the finding's `oc://` address (ocPath, else target) and check id:
// - `oc://TOOLS.md/…`, or `path: TOOLS.md` → TOOLS.md, on the finding's own `line` when it has one
//   (tool findings carry the declaration's line);
// - `oc://openclaw.config/…`, `policy/config-invalid`, or `path: openclaw config` → the config file;
// - everything else (shape errors, missing or unparseable policy, hash locks) → the policy file,
//   which such findings name in `path` (the policy's display path, relative to the workspace).
// File names come from the caller when it knows them, else from where other findings, their fixes
// and changes of the same result were located, else (policy) the finding's `path`, else the defaults
// `openclaw.jsonc`, `policy.jsonc`, `TOOLS.md`.
import type { Finding } from '../engine/types.js';
import type { LocatedFinding, SourceLocation, WorkspaceGateResult } from '../gate/report.js';
import { repoRelativePath } from './repo-paths.js';

/** Workspace-relative paths of the files findings are about. */
export interface WorkspaceFiles {
  policy: string;
  config: string;
  tools: string;
}

const DEFAULT_FILES: WorkspaceFiles = { policy: 'policy.jsonc', config: 'openclaw.jsonc', tools: 'TOOLS.md' };
const CONFIG_INVALID = 'policy/config-invalid';

type FileKind = keyof WorkspaceFiles;

/** `files` as given, completed from where the result's own findings and changes were located. */
export function learnedFiles(
  result: WorkspaceGateResult,
  files: Partial<WorkspaceFiles>,
): Partial<WorkspaceFiles> {
  const learned: Partial<WorkspaceFiles> = {};
  const learnKind = (kind: FileKind | undefined, location: SourceLocation | undefined): void => {
    // A location that leaves the workspace is no better a fallback than the default.
    if (kind === undefined || location === undefined || repoRelativePath('.', location.file) === undefined)
      return;
    learned[kind] ??= location.file;
  };
  const learn = (address: string | undefined, location: SourceLocation | undefined): void =>
    learnKind(address === undefined ? undefined : kindOfAddress(address), location);
  for (const { finding, location, fix } of [
    ...result.findings.new,
    ...result.findings.stillPresent,
    ...result.findings.resolved,
  ]) {
    learn(finding.ocPath ?? finding.target, location);
    for (const target of fix?.configTargets ?? []) learnKind('config', target.location);
    learnKind('policy', fix?.policyRule?.location);
  }
  for (const [source, location] of Object.entries(result.changeLocations)) learn(source, location);
  return { ...learned, ...definedOnly(files) };
}

/** Line 1 of the most relevant file (or the finding's own line in TOOLS.md); no column is known. */
export function fallbackLocation(
  finding: Finding,
  files: Partial<WorkspaceFiles>,
): { file: string; line: number } {
  const kind = kindOfFinding(finding);
  if (kind === 'tools') return { file: files.tools ?? DEFAULT_FILES.tools, line: finding.line ?? 1 };
  if (kind === 'config') return { file: files.config ?? DEFAULT_FILES.config, line: 1 };
  const named = finding.path !== undefined && finding.path !== '' ? finding.path : undefined;
  return { file: files.policy ?? named ?? DEFAULT_FILES.policy, line: 1 };
}

/** The first place a finding's fix points to in the head (a config key, else its policy rule). */
export function fixLocation({ fix }: LocatedFinding): SourceLocation | undefined {
  return (
    fix?.configTargets.find((target) => target.location !== undefined)?.location ?? fix?.policyRule?.location
  );
}

function kindOfFinding(finding: Finding): FileKind {
  const byAddress = kindOfAddress(finding.ocPath ?? finding.target ?? '');
  if (byAddress !== undefined) return byAddress;
  if (finding.path === 'TOOLS.md') return 'tools';
  if (finding.checkId === CONFIG_INVALID || finding.path === 'openclaw config') return 'config';
  return 'policy';
}

/** The kind of file an `oc://` address points into; undefined for anything else. */
function kindOfAddress(address: string): FileKind | undefined {
  if (!address.startsWith('oc://')) return undefined;
  const document = address.slice('oc://'.length).split('/')[0];
  if (document === 'TOOLS.md') return 'tools';
  if (document === 'openclaw.config') return 'config';
  return document === undefined || document === '' ? undefined : 'policy';
}

function definedOnly(files: Partial<WorkspaceFiles>): Partial<WorkspaceFiles> {
  return Object.fromEntries(
    Object.entries(files).filter(([, value]) => typeof value === 'string' && value !== ''),
  ) as Partial<WorkspaceFiles>;
}
