// Where a finding without a location is annotated: line 1 of the file it is about.
//
// The decision, by the finding's `oc://` address (ocPath, else target) and check id:
// - `oc://TOOLS.md/…`, or `path: TOOLS.md` → TOOLS.md, on the finding's own `line` when it has one
//   (tool findings carry the declaration's line);
// - `oc://openclaw.config/…`, `policy/config-invalid`, or `path: openclaw config` → the config file;
// - everything else (shape errors, missing or unparseable policy, hash locks) → the policy file,
//   which such findings name in `path` (the policy's display path, relative to the workspace).
// File names come from the caller when it knows them, else from where other findings and changes
// of the same result were located, else (policy) the finding's `path`, else the defaults
// `openclaw.jsonc`, `policy.jsonc`, `TOOLS.md`.
import type { Finding } from '../engine/types.js';
import type { SourceLocation, WorkspaceGateResult } from '../gate/report.js';
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
  const learn = (address: string | undefined, location: SourceLocation | undefined): void => {
    // A location that leaves the workspace is no better a fallback than the default.
    if (address === undefined || location === undefined || repoRelativePath('.', location.file) === undefined)
      return;
    const kind = kindOfAddress(address);
    if (kind !== undefined) learned[kind] ??= location.file;
  };
  for (const { finding, location } of [
    ...result.findings.new,
    ...result.findings.stillPresent,
    ...result.findings.resolved,
  ]) {
    learn(finding.ocPath ?? finding.target, location);
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
