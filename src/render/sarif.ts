// Findings as a SARIF 2.1.0 log, for GitHub code scanning (`github/codeql-action/upload-sarif`)
// and any other SARIF reader: one run of the tool `policy-gate`, one rule per check id, one result
// per finding, placed in the workspace's files the way annotations are (the finding's own location,
// else where its fix points, else line 1 of the file it is about; see `annotation-files.ts`).
//
// Display only: nothing here is hashed or attested. Every text comes from a workspace (a pull
// request can write it), so each is made plain and capped; the log has a known worst size per
// result, and at most MAX_RESULTS results.
import { createHash } from 'node:crypto';
import type { Finding } from '../engine/types.js';
import type { LocatedFinding } from '../gate/report.js';
import { fallbackLocation, fixLocation, type WorkspaceFiles } from './annotation-files.js';
import { plainText } from './escape.js';
import { fixPlainLines } from './fix-recommendation.js';
import { repoRelativePath } from './repo-paths.js';
import { levelOf, ruleDescriptor, type SarifLevel, type SarifRule } from './sarif-rules.js';

export type { SarifRule } from './sarif-rules.js';

export const SARIF_VERSION = '2.1.0';
export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/** The base the relative artifact URIs are resolved against: the repository (or current directory). */
export const SRCROOT = '%SRCROOT%';
/** GitHub code scanning keeps at most this many results of one run. */
export const MAX_RESULTS = 25_000;
const MAX_MESSAGE = 4000;
const MAX_FIX_TEXT = 1500;
const MAX_HINT = 500;
const MAX_ADDRESS = 500;
const FINGERPRINT = 'policyGateFinding/v1';

/** One evaluated workspace: its findings, located in its files (as the gate or the CLI read them). */
export interface SarifWorkspace {
  /**
   * Where the workspace is, relative to the repository root (`.` for the root itself); file paths
   * of the findings are relative to it.
   */
  workspaceDir: string;
  /** A `file:` URL ending in `/` instead, for a workspace outside the repository (the CLI's --cwd). */
  workspaceUrl?: string;
  findings: readonly LocatedFinding[];
  /** Workspace-relative names of the policy, config and tool files, when known. */
  files?: Partial<WorkspaceFiles>;
}

export interface SarifTool {
  /** policy-gate's own version. */
  version: string;
  informationUri?: string;
  /** The OpenClaw release the findings are of (`2026.9.6`). */
  openclawRelease: string;
  /** A `file:` URL ending in `/`: what %SRCROOT% stands for, when the caller knows it. */
  srcRoot?: string;
}

interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: ArtifactLocation; region: SarifRegion } }[];
  partialFingerprints: Record<string, string>;
  properties?: Record<string, string>;
}

interface SarifRegion {
  startLine: number;
  startColumn?: number;
}

export interface SarifLog {
  $schema: string;
  version: string;
  runs: [SarifRun];
}

export interface SarifRun {
  tool: { driver: { name: string; version: string; informationUri?: string; rules: SarifRule[] } };
  originalUriBaseIds?: Record<string, { uri: string }>;
  columnKind: 'utf16CodeUnits';
  results: SarifResult[];
  properties: { openclawRelease: string; omittedResults?: number };
}

/** The SARIF log of every workspace's findings, in order (one run: code scanning merges no runs). */
export function sarifLog(workspaces: readonly SarifWorkspace[], tool: SarifTool): SarifLog {
  const rules: SarifRule[] = [];
  const ruleIndexes = new Map<string, number>();
  const results: SarifResult[] = [];
  let omitted = 0;
  for (const workspace of workspaces) {
    for (const item of workspace.findings) {
      if (results.length >= MAX_RESULTS) {
        omitted += 1;
        continue;
      }
      const { finding } = item;
      let ruleIndex = ruleIndexes.get(finding.checkId);
      if (ruleIndex === undefined) {
        ruleIndex = rules.push(ruleDescriptor(item)) - 1;
        ruleIndexes.set(finding.checkId, ruleIndex);
      }
      results.push(resultOf(item, ruleIndex, rules[ruleIndex] as SarifRule, workspace));
    }
  }
  const driver = {
    name: 'policy-gate',
    version: tool.version,
    ...(tool.informationUri === undefined ? {} : { informationUri: tool.informationUri }),
    rules,
  };
  return {
    $schema: SARIF_SCHEMA_URI,
    version: SARIF_VERSION,
    runs: [
      {
        tool: { driver },
        ...(tool.srcRoot === undefined ? {} : { originalUriBaseIds: { [SRCROOT]: { uri: tool.srcRoot } } }),
        columnKind: 'utf16CodeUnits',
        results,
        properties: {
          openclawRelease: tool.openclawRelease,
          ...(omitted === 0 ? {} : { omittedResults: omitted }),
        },
      },
    ],
  };
}

function resultOf(
  item: LocatedFinding,
  ruleIndex: number,
  rule: SarifRule,
  workspace: SarifWorkspace,
): SarifResult {
  const { finding } = item;
  const place = physicalLocation(item, workspace);
  const addresses = Object.fromEntries(
    (['ocPath', 'target', 'requirement'] as const)
      .filter((key) => finding[key] !== undefined)
      .map((key) => [key, plainText(finding[key] as string, MAX_ADDRESS, { singleLine: true })]),
  );
  return {
    ruleId: rule.id,
    ruleIndex,
    level: levelOf(finding.severity),
    message: { text: messageOf(item, workspace.workspaceDir) },
    locations: place === undefined ? [] : [{ physicalLocation: place }],
    partialFingerprints: { [FINGERPRINT]: fingerprintOf(finding, place?.artifactLocation.uri) },
    ...(Object.keys(addresses).length === 0 ? {} : { properties: addresses }),
  };
}

/**
 * The finding's message, then its fix (2026.9.6: class, summary and where to change it) and its
 * hint, as the annotations word them. The fix is capped first, so a long message cannot push it out.
 */
function messageOf({ finding, fix }: LocatedFinding, workspaceDir: string): string {
  const fixText =
    fix === undefined ? [] : [plainText(fixPlainLines(fix, workspaceDir).join('\n'), MAX_FIX_TEXT)];
  const hint =
    finding.fixHint === undefined || finding.fixHint === fix?.summary
      ? []
      : [
          plainText(`${fix === undefined ? 'Fix' : 'Hint'}: ${finding.fixHint}`, MAX_HINT, {
            singleLine: true,
          }),
        ];
  const room = MAX_MESSAGE - [...fixText, ...hint].reduce((sum, part) => sum + part.length + 1, 0);
  return [plainText(finding.message, room), ...fixText, ...hint].join('\n');
}

/**
 * Where the result is shown: the finding's location, else where its fix points, else line 1 of the
 * file it is about; a place that would leave the repository falls back to the policy file, which
 * every finding is about in the end (an exec-approvals row, a hash lock).
 */
function physicalLocation(
  item: LocatedFinding,
  workspace: SarifWorkspace,
): { artifactLocation: ArtifactLocation; region: SarifRegion } | undefined {
  const files = workspace.files ?? {};
  const candidates = [
    item.location,
    fixLocation(item),
    fallbackLocation(item.finding, files),
    { file: files.policy ?? 'policy.jsonc', line: 1 },
  ];
  for (const candidate of candidates) {
    if (candidate === undefined) continue;
    const artifact = artifactLocation(workspace, candidate.file);
    if (artifact === undefined) continue;
    const line = positive(candidate.line) ?? 1;
    const column = positive((candidate as { column?: number }).column);
    return {
      artifactLocation: artifact,
      region: column === undefined ? { startLine: line } : { startLine: line, startColumn: column },
    };
  }
  return undefined;
}

function artifactLocation(workspace: SarifWorkspace, file: string): ArtifactLocation | undefined {
  if (workspace.workspaceUrl !== undefined) {
    const inside = repoRelativePath('.', file);
    return inside === undefined
      ? undefined
      : { uri: new URL(encodedPath(inside), workspace.workspaceUrl).href };
  }
  const relative = repoRelativePath(workspace.workspaceDir, file);
  return relative === undefined ? undefined : { uri: encodedPath(relative), uriBaseId: SRCROOT };
}

/** A relative path as a URI reference: each segment percent-encoded (`my dir` → `my%20dir`). */
function encodedPath(relative: string): string {
  return relative.split('/').map(encodeURIComponent).join('/');
}

/**
 * Code scanning matches a result across runs by its fingerprints: the check, the file and the
 * finding's own address and message, never its line (a line moves when lines above it change).
 */
function fingerprintOf(finding: Finding, uri: string | undefined): string {
  const identity = [finding.checkId, uri ?? '', finding.ocPath ?? finding.target ?? '', finding.message];
  return createHash('sha256').update(JSON.stringify(identity)).digest('hex');
}

function positive(value: number | undefined): number | undefined {
  return value !== undefined && Number.isInteger(value) && value >= 1 ? value : undefined;
}
