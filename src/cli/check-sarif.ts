// `check --format sarif`: the report's visible findings, located in the workspace's files the way
// the pull-request gate locates them (src/gate/workspace-gate.ts `locator`), as a SARIF log whose
// paths are relative to the current directory (run it from the repository root for code scanning).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ReleaseProfile } from '../engine/release-profile.js';
import type { Finding } from '../engine/types.js';
import { fixDocumentsOf, locateFix, writtenConfigAddress } from '../gate/fix-locations.js';
import type { LocatedFinding, SourceLocation } from '../gate/report.js';
import { locatableDocuments } from '../gate/workspace-gate.js';
import { sarifLog, type SarifWorkspace } from '../render/sarif.js';
import type { LoadedCheckInput } from '../workspace/check-input.js';
import { locateAddress } from '../workspace/oc-address.js';
import type { WorkspaceEvaluation } from '../workspace/workspace-evaluation.js';
import { declaredToolsOf } from './tool-metadata-hints.js';
import { packageManifest } from './package-manifest.js';

export async function checkSarif(
  { report, loaded }: WorkspaceEvaluation,
  workspaceRoot: string,
  profile: ReleaseProfile,
  cwd: string,
): Promise<string> {
  const manifest = await packageManifest().catch(() => ({ version: 'unknown', informationUri: undefined }));
  const documents = fixDocumentsOf(loaded);
  const locate = findingLocator(loaded, declaredToolsOf(report.evidence));
  const findings: LocatedFinding[] = report.findings.map((finding) => {
    const fix = finding.policy?.fixRecommendation;
    const location = locate(finding);
    return {
      finding,
      ...(location === undefined ? {} : { location }),
      ...(fix === undefined ? {} : { fix: locateFix(finding, fix, documents) }),
    };
  });
  const log = sarifLog([sarifWorkspace(path.resolve(workspaceRoot), cwd, findings, loaded)], {
    version: manifest.version,
    ...(manifest.informationUri === undefined ? {} : { informationUri: manifest.informationUri }),
    openclawRelease: profile.release,
    srcRoot: directoryUrl(cwd),
  });
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** The workspace relative to the current directory, or by its `file:` URL when it is outside. */
function sarifWorkspace(
  root: string,
  cwd: string,
  findings: LocatedFinding[],
  loaded: LoadedCheckInput,
): SarifWorkspace {
  const files = {
    ...(loaded.kind === 'input' && loaded.policy !== undefined ? { policy: loaded.policy.file } : {}),
    ...(loaded.kind === 'input' && loaded.policy === undefined ? { policy: loaded.input.name.display } : {}),
    ...(loaded.kind === 'input' && loaded.config !== undefined ? { config: loaded.config.file } : {}),
    ...(loaded.kind === 'config-invalid' ? { config: path.basename(loaded.configFile) } : {}),
    ...(loaded.kind === 'input' ? { tools: loaded.toolsFile } : {}),
  };
  const relative = path.relative(cwd, root);
  if (relative.startsWith('..') || path.isAbsolute(relative))
    return { workspaceDir: '.', workspaceUrl: directoryUrl(root), findings, files };
  return { workspaceDir: relative === '' ? '.' : relative.split(path.sep).join('/'), findings, files };
}

function directoryUrl(directory: string): string {
  const url = pathToFileURL(directory).href;
  return url.endsWith('/') ? url : `${url}/`;
}

/**
 * Where a finding sits in the workspace's files: a tool finding on its declaration's line, any
 * other by its `oc://` address (the key as the file writes it), or nowhere (the renderer then
 * places it where its fix points, else on line 1 of the file it is about).
 */
function findingLocator(
  loaded: LoadedCheckInput,
  tools: readonly { id: string; line: number }[],
): (finding: Finding) => SourceLocation | undefined {
  const documents = loaded.kind === 'input' ? loaded : undefined;
  const toolsLines = new Map<string, number>();
  for (const tool of tools) if (!toolsLines.has(tool.id)) toolsLines.set(tool.id, tool.line);
  return (finding) => {
    if ((finding.path === 'TOOLS.md' || finding.path === 'AGENTS.md') && finding.line !== undefined)
      return { file: finding.path, line: finding.line, column: 1 };
    const address = finding.target ?? finding.ocPath;
    if (address === undefined) return undefined;
    return locateAddress(
      writtenConfigAddress(address, documents?.config?.document.value),
      locatableDocuments(loaded, toolsLines),
    );
  };
}
