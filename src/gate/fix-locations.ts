// Where a finding's fix recommendation (SPEC-2026.9 §10.3) says to change things, in the head's
// files: its policy rule (`policyPath`) in the policy document, its config keys (`configTargets`)
// in the OpenClaw config. Display only, never attested.
//
// The recommendation names a rule or key in general (`tools.profile`); the finding often names the
// one actually at fault (`oc://openclaw.config/agents/entries/ops/tools/profile`, a scoped rule
// `oc://policy.jsonc/scopes/prod/tools/…`). So each path is located, first match wins:
// 1. the finding's own address (requirement for the rule, target/ocPath for config keys), when the
//    recommended path occurs in it as consecutive segments (`<id>` matches any one) and it is
//    written in the head;
// 2. the recommended path itself, when it is written in the head;
// 3. nowhere: the recommended path is shown without a location. No line is ever guessed, not even
//    the nearest parent's.
// Config targets of a finding about another file (an AGENTS.md or TOOLS.md tool, exec approvals)
// name that file's entries, never the config's: they point to the finding's own line in that file
// when it has one (tool declarations), else nowhere.
import type { CheckReport } from '../engine/check-report.js';
import type { FixRecommendation } from '../engine/current/check-ids.js';
import { isRecord } from '../engine/record.js';
import type { Finding } from '../engine/types.js';
import type { LoadedCheckInput } from '../workspace/check-input.js';
import type { JsonPath, ParsedJsonDocument } from '../workspace/json-document.js';
import { CONFIG_DOCUMENT_NAME, parseOcAddress } from '../workspace/oc-address.js';
import type { FixPlace, LocatedFix } from './report.js';

/** The head's documents a fix can point into (both as loaded: parsed, workspace-relative). */
export interface FixDocuments {
  config?: { file: string; document: ParsedJsonDocument };
  /** `ocName`: the policy's `oc://` document name (`policy.jsonc`). */
  policy?: { file: string; document: ParsedJsonDocument; ocName: string };
}

/** Findings about these files (tool declarations, exec approvals) have config targets naming their entries. */
const OTHER_FILES: ReadonlySet<string> = new Set(['AGENTS.md', 'TOOLS.md', 'exec-approvals.json']);
const PLACEHOLDER = /^<[^<>]+>$/;
/** A config target that names a file of OpenClaw's state (`exec-approvals.json`), not a key. */
const FILE_NAME = /\.json5?$/;

export function fixDocumentsOf(loaded: LoadedCheckInput | undefined): FixDocuments {
  if (loaded?.kind !== 'input') return {};
  return {
    ...(loaded.config && { config: loaded.config }),
    ...(loaded.policy && { policy: { ...loaded.policy, ocName: loaded.input.name.document } }),
  };
}

/**
 * The located fix of a finding: its own recommendation, or (attested findings carry none) the one
 * the report printed for the same check id, which depends on the check id alone. Undefined for a
 * release without recommendations (2026.5.20) and for `policy/config-invalid`.
 */
export function locatedFix(
  finding: Finding,
  report: CheckReport | undefined,
  documents: FixDocuments,
): LocatedFix | undefined {
  const fix = fixRecommendationOf(finding, report);
  return fix === undefined ? undefined : locateFix(finding, fix, documents);
}

const printedFixes = new WeakMap<readonly Finding[], Map<string, FixRecommendation>>();

export function fixRecommendationOf(
  finding: Finding,
  report: CheckReport | undefined,
): FixRecommendation | undefined {
  const own = finding.policy?.fixRecommendation;
  if (own !== undefined || report === undefined) return own;
  let byCheckId = printedFixes.get(report.findings);
  if (byCheckId === undefined) {
    byCheckId = new Map();
    for (const printed of report.findings) {
      const fix = printed.policy?.fixRecommendation;
      if (fix !== undefined && !byCheckId.has(printed.checkId)) byCheckId.set(printed.checkId, fix);
    }
    printedFixes.set(report.findings, byCheckId);
  }
  return byCheckId.get(finding.checkId);
}

export function locateFix(finding: Finding, fix: FixRecommendation, documents: FixDocuments): LocatedFix {
  const located: LocatedFix = {
    fixClass: fix.fixClass,
    summary: fix.summary,
    configTargets: configPlaces(finding, fix.configTargets ?? [], documents),
  };
  if (fix.policyPath !== undefined && fix.policyPath.length > 0)
    located.policyRule = policyPlace(finding, fix.policyPath, documents.policy);
  return located;
}

function policyPlace(finding: Finding, path: readonly string[], policy: FixDocuments['policy']): FixPlace {
  const requirement = parseOcAddress(finding.requirement ?? '');
  if (policy !== undefined) {
    if (requirement?.document === policy.ocName && containsRun(requirement.segments, path)) {
      const own = placeIn(policy, requirement.segments);
      if (own !== undefined) return own;
    }
    const general = placeIn(policy, path);
    if (general !== undefined) return general;
  }
  return { key: dottedKey(path) };
}

function configPlaces(finding: Finding, targets: readonly string[], documents: FixDocuments): FixPlace[] {
  const address = parseOcAddress(finding.target ?? finding.ocPath ?? '');
  const ownSegments = address?.document === CONFIG_DOCUMENT_NAME ? address.segments : undefined;
  const aboutOtherFile = address !== undefined && OTHER_FILES.has(address.document);
  const config = documents.config;
  const places: FixPlace[] = [];
  const seen = new Set<string>();
  for (const target of targets) {
    const place = aboutOtherFile
      ? otherFilePlace(target)
      : FILE_NAME.test(target)
        ? { key: target }
        : configPlace(target);
    const id = `${place.key}\0${place.location?.line ?? ''}`;
    if (!seen.has(id)) places.push(place);
    seen.add(id);
  }
  return places;

  /** The finding's own line in that file (an AGENTS.md tool's declaration), when it has one. */
  function otherFilePlace(target: string): FixPlace {
    const { path, line } = finding;
    return path !== undefined && path === address?.document && line !== undefined
      ? { key: target, location: { file: path, line, column: 1 } }
      : { key: target };
  }

  function configPlace(target: string): FixPlace {
    const pattern = target.split('.');
    if (config !== undefined) {
      if (ownSegments !== undefined && containsRun(ownSegments, pattern)) {
        const own = placeIn(config, writtenConfigSegments(ownSegments, config.document.value));
        if (own !== undefined) return own;
      }
      if (!pattern.some((segment) => PLACEHOLDER.test(segment))) {
        const general = placeIn(config, pattern);
        if (general !== undefined) return general;
      }
    }
    return { key: target };
  }
}

/** Whether `pattern` occurs in `segments` as consecutive segments (`<id>` matches any one). */
function containsRun(segments: Readonly<JsonPath>, pattern: readonly string[]): boolean {
  if (pattern.length === 0) return false;
  for (let start = 0; start + pattern.length <= segments.length; start++) {
    const matches = pattern.every((expected, offset) => {
      const segment = segments[start + offset];
      return typeof segment === 'string' && (segment === expected || PLACEHOLDER.test(expected));
    });
    if (matches) return true;
  }
  return false;
}

/** The key as written and where, when `segments` is written in the document; else undefined. */
function placeIn(
  source: { file: string; document: ParsedJsonDocument },
  segments: Readonly<JsonPath>,
): FixPlace | undefined {
  const written = writtenPath(source.document.value, segments);
  if (written === undefined) return undefined;
  const position = source.document.locate(written);
  return position === undefined
    ? undefined
    : { key: dottedKey(written), location: { file: source.file, ...position } };
}

/**
 * `segments` as keys of `value`, or undefined when a step is not there. A number names an array
 * element, or an object key written `#n` (channel ids are never quoted, so `…/channels/#2` may be
 * the channel `#2`).
 */
function writtenPath(value: unknown, segments: Readonly<JsonPath>): JsonPath | undefined {
  const path: JsonPath = [];
  let current = value;
  for (const segment of segments) {
    if (Array.isArray(current) && typeof segment === 'number' && segment < current.length) {
      current = current[segment];
      path.push(segment);
    } else if (isRecord(current)) {
      const key = typeof segment === 'number' ? `#${segment}` : segment;
      if (!Object.hasOwn(current, key)) return undefined;
      current = current[key];
      path.push(key);
    } else {
      return undefined;
    }
  }
  return path;
}

/**
 * OpenClaw's loader turns a written `agents.list` into `agents.entries` keyed by id, so findings
 * say `agents/entries/<id>/…` where the file says `agents.list[<n>]` (the element whose `id` is
 * `<id>`; the loader converts only lists of canonical, distinct ids). Other addresses, and files
 * that write `agents.entries` themselves, are returned as they are.
 */
export function writtenConfigSegments(segments: JsonPath, written: unknown): JsonPath {
  const [section, roster, agentId] = segments;
  if (section !== 'agents' || roster !== 'entries' || typeof agentId !== 'string') return segments;
  const agents = isRecord(written) ? written.agents : undefined;
  if (!isRecord(agents) || agents.entries !== undefined || !Array.isArray(agents.list)) return segments;
  const index = (agents.list as unknown[]).findIndex((entry) => isRecord(entry) && entry.id === agentId);
  return index < 0 ? segments : ['agents', 'list', index, ...segments.slice(3)];
}

/** `writtenConfigSegments` for a whole `oc://openclaw.config/…` address; others unchanged. */
export function writtenConfigAddress(address: string, written: unknown): string {
  const parsed = parseOcAddress(address);
  if (parsed?.document !== CONFIG_DOCUMENT_NAME) return address;
  const segments = writtenConfigSegments(parsed.segments, written);
  if (segments === parsed.segments) return address;
  const encoded = segments.map((segment) =>
    typeof segment === 'number' ? `#${segment}` : segment.includes('/') ? `"${segment}"` : segment,
  );
  return [`oc://${CONFIG_DOCUMENT_NAME}`, ...encoded].join('/');
}

const PLAIN_KEY = /^[A-Za-z_$][\w$-]*$/;

/** `tools.exec.host`, `agents.list[1].tools`, `auth.profiles["anthropic:me"]`. */
export function dottedKey(segments: Readonly<JsonPath>): string {
  return segments
    .map((segment, index) => {
      if (typeof segment === 'number') return `[${segment}]`;
      if (PLAIN_KEY.test(segment)) return index === 0 ? segment : `.${segment}`;
      return `[${JSON.stringify(segment)}]`;
    })
    .join('');
}
