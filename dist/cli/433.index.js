export const id = 433;
export const ids = [433,574];
export const modules = {

/***/ 2003:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ attestationState),
/* harmony export */   r: () => (/* binding */ evaluateReader)
/* harmony export */ });
/* harmony import */ var _gate_attestation_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3772);
/* harmony import */ var _workspace_input_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1242);
/* harmony import */ var _workspace_json_document_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4845);
/* harmony import */ var _workspace_workspace_evaluation_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7787);




/** The engine over one workspace as a reader sees it; refused input becomes an error, never a pass. */
async function evaluateReader(reader, options) {
    try {
        return await (0,_workspace_workspace_evaluation_js__WEBPACK_IMPORTED_MODULE_3__/* .evaluateWorkspaceFrom */ .z)(reader, options);
    }
    catch (error) {
        if (error instanceof _workspace_input_error_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d)
            return { error: error.message };
        throw error;
    }
}
/** An attestation file as read at a commit: absent, corrupt, or verified by re-deriving its hashes. */
function attestationState(read, displayPath) {
    if (read.kind === 'missing')
        return { state: 'absent' };
    if (read.kind === 'unreadable')
        return { state: 'corrupt', reason: read.reason };
    const document = (0,_workspace_json_document_js__WEBPACK_IMPORTED_MODULE_2__/* .parseJsonDocument */ .dH)(read.text, displayPath);
    if (!document.ok)
        return { state: 'corrupt', reason: `${displayPath} could not be parsed: ${document.error}` };
    if (document.duplicateKeys.length > 0)
        return {
            state: 'corrupt',
            reason: `${displayPath} repeats the key "${document.duplicateKeys[0]?.key}".`,
        };
    return (0,_gate_attestation_file_js__WEBPACK_IMPORTED_MODULE_0__/* .verifyAttestationFile */ .W)(document.value, displayPath);
}


/***/ }),

/***/ 4433:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CHECK_FLAGS: () => (/* binding */ CHECK_FLAGS),
  checkCommand: () => (/* binding */ checkCommand),
  evaluateWorkspace: () => (/* binding */ evaluateWorkspace),
  existingLocationFrom: () => (/* binding */ existingLocationFrom),
  locationFrom: () => (/* binding */ locationFrom),
  parseSeverity: () => (/* binding */ parseSeverity),
  refuseMissingPolicyFlag: () => (/* binding */ refuseMissingPolicyFlag)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/engine/check-report.js
var check_report = __webpack_require__(1329);
// EXTERNAL MODULE: ./lib/gate/fix-locations.js
var fix_locations = __webpack_require__(7561);
// EXTERNAL MODULE: ./lib/workspace/workspace-evaluation.js
var workspace_evaluation = __webpack_require__(7787);
// EXTERNAL MODULE: ./lib/workspace/workspace-reader.js
var workspace_reader = __webpack_require__(1114);
// EXTERNAL MODULE: ./lib/render/escape.js
var render_escape = __webpack_require__(9889);
;// CONCATENATED MODULE: ./lib/render/head-links.js


const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
const COMMIT = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;
/**
 * The links of a run (`serverUrl` from `GITHUB_SERVER_URL`, default `https://github.com`), or
 * undefined when a part is not what GitHub would give: the renderers then show locations as text.
 */
function headLinks(options) {
    let origin;
    try {
        const url = new URL(options.serverUrl ?? 'https://github.com');
        if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username !== '' || url.password !== '')
            return undefined;
        origin = url.origin;
    }
    catch {
        return undefined;
    }
    if (!REPOSITORY.test(options.repository) || !COMMIT.test(options.headSha))
        return undefined;
    return { serverUrl: origin, repository: options.repository, headSha: options.headSha.toLowerCase() };
}
/** The head's line of a repository path, or undefined for a line that is not a positive integer. */
function lineUrl(links, repoPath, line) {
    if (!Number.isSafeInteger(line) || line < 1)
        return undefined;
    let encoded;
    try {
        encoded = repoPath.split('/').map(encodeSegment).join('/');
    }
    catch (error) {
        // A lone surrogate: no file on GitHub has such a name, so there is nothing to link to.
        if (error instanceof URIError)
            return undefined;
        throw error;
    }
    return `${links.serverUrl}/${links.repository}/blob/${links.headSha}/${encoded}#L${line}`;
}
/**
 * `packages/a/openclaw.json:12` as markdown: a link to the head's line when `links` are given and
 * the file is inside the repository, else a code span (as locations were always shown).
 */
function head_links_markdownLocation(workspaceDir, location, links) {
    const text = locationText(workspaceDir, location);
    const repoPath = repoRelativePath(workspaceDir, location.file);
    const url = links && repoPath !== undefined ? lineUrl(links, repoPath, location.line) : undefined;
    return url === undefined ? codeSpan(text) : `[${markdownText(text)}](${url})`;
}
/** encodeURIComponent, plus the characters it leaves that end or confuse a markdown link. */
function encodeSegment(segment) {
    return encodeURIComponent(segment).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

// EXTERNAL MODULE: ./lib/render/markdown-blocks.js
var markdown_blocks = __webpack_require__(6454);
;// CONCATENATED MODULE: ./lib/render/repo-paths.js
const MAX_PATH = 4096;
/**
 * `workspaceDir` joined with a workspace-relative `file`, normalised (`.` and empty segments
 * removed, `\` read as `/`). Undefined when the result would be absolute (`/x`, `C:\x`, `\\host`)
 * or leave the repository through `..`, or is longer than any real path: an annotation must never
 * point outside the repository.
 */
function repo_paths_repoRelativePath(workspaceDir, file) {
    // No real path is longer (PATH_MAX); refusing early keeps a forged megabyte path cheap.
    if (file.length + workspaceDir.length > MAX_PATH || isAbsolute(file))
        return undefined;
    const base = workspaceDir === '' ? '.' : workspaceDir;
    if (isAbsolute(base))
        return undefined;
    const segments = [];
    for (const segment of `${base}/${file}`.split(/[\\/]/)) {
        if (segment === '' || segment === '.')
            continue;
        if (segment === '..') {
            if (segments.length === 0)
                return undefined;
            segments.pop();
        }
        else {
            segments.push(segment);
        }
    }
    return segments.length === 0 ? undefined : segments.join('/');
}
/** `packages/a/openclaw.jsonc:12` — the repository path when it can be made, else the file as given. */
function repo_paths_locationText(workspaceDir, location) {
    return `${repo_paths_repoRelativePath(workspaceDir, location.file) ?? location.file}:${location.line}`;
}
function isAbsolute(path) {
    return path.startsWith('/') || path.startsWith('\\') || /^[A-Za-z]:/.test(path);
}

;// CONCATENATED MODULE: ./lib/render/fix-recommendation.js




const MAX_SUMMARY = 300;
const MAX_KEY = 200;
/** Config targets listed per fix; the release names at most two, a forged report more. */
const MAX_TARGETS = 5;
const CLASS_LABELS = {
    automatic: 'automatic',
    manual: 'manual',
    reviewRequired: 'review required',
    unsupported: 'unsupported',
};
/** `review required` for `reviewRequired`; an unknown class (a report read back) as it is. */
function fixClassLabel(fixClass) {
    return Object.hasOwn(CLASS_LABELS, fixClass) ? CLASS_LABELS[fixClass] : fixClass;
}
/** `Fix (class): summary`, then `Change: …; policy rule: …` when the fix names either. */
function fixLines(fix, text) {
    const lines = [`Fix (${text.sentence(fixClassLabel(fix.fixClass))}): ${text.sentence(fix.summary)}`];
    const place = (item) => item.location === undefined
        ? text.key(item)
        : `${text.key(item)} (${text.location(item)})`;
    const parts = [];
    if (fix.configTargets.length > 0) {
        const shown = fix.configTargets.slice(0, MAX_TARGETS).map(place);
        const hidden = fix.configTargets.length - shown.length;
        if (hidden > 0)
            shown.push(text.more(hidden));
        parts.push(`Change: ${shown.join(', ')}`);
    }
    if (fix.policyRule !== undefined)
        parts.push(`policy rule: ${place(fix.policyRule)}`);
    if (parts.length > 0)
        lines.push(parts.join('; '));
    return lines;
}
/**
 * The fix as markdown lines, each one list item's text (the caller nests them under the finding).
 * `workspaceDir` makes paths repository-relative, as everywhere in the comment.
 */
function fixMarkdownLines(fix, workspaceDir, links) {
    return fixLines(fix, {
        sentence: (value) => markdownText(value, MAX_SUMMARY),
        key: (item) => codeSpan(item.key, MAX_KEY),
        location: (item) => markdownLocation(workspaceDir, item.location, links),
        more: (count) => `… and ${formatCount(count)} more`,
    });
}
/** The fix as plain text lines for an annotation; paths relative to the repository. */
function fixPlainLines(fix, workspaceDir) {
    return fixLines(fix, {
        sentence: (value) => (0,render_escape/* plainText */.wh)(value, MAX_SUMMARY, { singleLine: true }),
        key: (item) => (0,render_escape/* plainText */.wh)(item.key, MAX_KEY, { singleLine: true }),
        location: (item) => (0,render_escape/* plainText */.wh)(repo_paths_locationText(workspaceDir, item.location), MAX_KEY, { singleLine: true }),
        more: (count) => `and ${(0,markdown_blocks/* formatCount */.B4)(count)} more`,
    });
}
/**
 * The fix as lines for a terminal, lower-case like the release's own output and without control
 * characters (a key from the config could carry escape sequences); paths as the CLI read them.
 */
function fixTerminalLines(fix) {
    const line = (value) => (0,render_escape/* plainText */.wh)(value, MAX_KEY, { singleLine: true });
    return fixLines(fix, {
        sentence: (value) => (0,render_escape/* plainText */.wh)(value, MAX_SUMMARY, { singleLine: true }),
        key: (item) => line(item.key),
        location: (item) => line(`${item.location.file}:${item.location.line}`),
        more: (count) => `and ${(0,markdown_blocks/* formatCount */.B4)(count)} more`,
    }).map((text) => text.charAt(0).toLowerCase() + text.slice(1));
}

;// CONCATENATED MODULE: ./lib/cli/check-human-output.js



/** Deeper than the release's finding lines (two spaces), so a reader (or a script) tells them apart. */
const FIX_INDENT = '      ';
const HINT_PREFIX = 'hint: ';
const ATTESTATION_PREFIX = 'attestation ';
const MAX_HINT = 500;
function humanCheckOutput(report, extras = {}) {
    const lines = releaseLines(report, extras.documents ?? {});
    for (const hint of extras.workspaceHints ?? [])
        lines.push(`${HINT_PREFIX}${(0,render_escape/* plainText */.wh)(hint, MAX_HINT, { singleLine: true })}`);
    const attestationHash = report.attestation?.attestationHash;
    if (attestationHash !== undefined)
        lines.push(`${ATTESTATION_PREFIX}${attestationHash}`);
    return `${lines.join('\n')}\n`;
}
/** The release's lines, each finding followed by its fix and hint lines. */
function releaseLines(report, documents) {
    if (report.findings.length === 0) {
        const policy = report.attestation?.policy?.hash ?? 'missing';
        const evidence = report.attestation?.workspace.hash ?? 'unavailable';
        return [`policy check: no findings (policy ${policy}, evidence ${evidence})`];
    }
    const lines = [`policy check: ${report.findings.length} finding(s)`];
    for (const f of report.findings) {
        lines.push(`  [${f.severity}] ${f.checkId}${findingPlace(f)} - ${f.message}`);
        const fix = f.policy?.fixRecommendation;
        const own = fix === undefined ? [] : fixTerminalLines((0,fix_locations/* locateFix */.St)(f, fix, documents));
        // The hint often repeats a 2026.5.20-style recommendation word for word: then it is left out.
        if (f.fixHint !== undefined && f.fixHint !== fix?.summary)
            own.push(`${HINT_PREFIX}${(0,render_escape/* plainText */.wh)(f.fixHint, MAX_HINT, { singleLine: true })}`);
        lines.push(...own.map((line) => `${FIX_INDENT}${line}`));
    }
    return lines;
}
/** ` <path>[:<line>]`, or `:<line>` alone, or nothing: OpenClaw's place of a finding. */
function findingPlace(f) {
    return `${f.path === undefined ? '' : ` ${f.path}`}${f.line === undefined ? '' : `:${f.line}`}`;
}

// EXTERNAL MODULE: ./lib/cli/committed-attestation.js
var committed_attestation = __webpack_require__(9003);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./lib/gate/workspace-gate.js + 1 modules
var workspace_gate = __webpack_require__(4217);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./lib/render/annotation-files.js

const DEFAULT_FILES = { policy: 'policy.jsonc', config: 'openclaw.jsonc', tools: 'TOOLS.md' };
const CONFIG_INVALID = 'policy/config-invalid';
/** `files` as given, completed from where the result's own findings and changes were located. */
function learnedFiles(result, files) {
    const learned = {};
    const learnKind = (kind, location) => {
        // A location that leaves the workspace is no better a fallback than the default.
        if (kind === undefined || location === undefined || repoRelativePath('.', location.file) === undefined)
            return;
        learned[kind] ??= location.file;
    };
    const learn = (address, location) => learnKind(address === undefined ? undefined : kindOfAddress(address), location);
    for (const { finding, location, fix } of [
        ...result.findings.new,
        ...result.findings.stillPresent,
        ...result.findings.resolved,
    ]) {
        learn(finding.ocPath ?? finding.target, location);
        for (const target of fix?.configTargets ?? [])
            learnKind('config', target.location);
        learnKind('policy', fix?.policyRule?.location);
    }
    for (const [source, location] of Object.entries(result.changeLocations))
        learn(source, location);
    return { ...learned, ...definedOnly(files) };
}
/** Line 1 of the most relevant file (or the finding's own line in TOOLS.md); no column is known. */
function fallbackLocation(finding, files) {
    const kind = kindOfFinding(finding);
    if (kind === 'tools')
        return { file: files.tools ?? DEFAULT_FILES.tools, line: finding.line ?? 1 };
    if (kind === 'config')
        return { file: files.config ?? DEFAULT_FILES.config, line: 1 };
    const named = finding.path !== undefined && finding.path !== '' ? finding.path : undefined;
    return { file: files.policy ?? named ?? DEFAULT_FILES.policy, line: 1 };
}
/** The first place a finding's fix points to in the head (a config key, else its policy rule). */
function fixLocation({ fix }) {
    return (fix?.configTargets.find((target) => target.location !== undefined)?.location ?? fix?.policyRule?.location);
}
function kindOfFinding(finding) {
    const byAddress = kindOfAddress(finding.ocPath ?? finding.target ?? '');
    if (byAddress !== undefined)
        return byAddress;
    if (finding.path === 'TOOLS.md')
        return 'tools';
    if (finding.checkId === CONFIG_INVALID || finding.path === 'openclaw config')
        return 'config';
    return 'policy';
}
/** The kind of file an `oc://` address points into; undefined for anything else. */
function kindOfAddress(address) {
    if (!address.startsWith('oc://'))
        return undefined;
    const document = address.slice('oc://'.length).split('/')[0];
    if (document === 'TOOLS.md')
        return 'tools';
    if (document === 'openclaw.config')
        return 'config';
    return document === undefined || document === '' ? undefined : 'policy';
}
function definedOnly(files) {
    return Object.fromEntries(Object.entries(files).filter(([, value]) => typeof value === 'string' && value !== ''));
}

;// CONCATENATED MODULE: ./lib/render/sarif-rules.js


const MAX_ID = 200;
const MAX_HELP = 1000;
function ruleDescriptor({ finding, fix }) {
    const id = (0,render_escape/* plainText */.wh)(finding.checkId, MAX_ID, { singleLine: true });
    const words = checkWords(id);
    const help = fix !== undefined
        ? `Fix (${fixClassLabel(fix.fixClass)}): ${fix.summary}`
        : finding.fixHint !== undefined
            ? `Fix: ${finding.fixHint}`
            : `See the finding's message; ${id} has no fix recommendation.`;
    return {
        id,
        name: words.split(' ').map(capitalised).join(''),
        shortDescription: { text: capitalised(words) },
        fullDescription: { text: `OpenClaw policy check ${id}: ${words}.` },
        help: { text: (0,render_escape/* plainText */.wh)(help, MAX_HELP, { singleLine: true }) },
        defaultConfiguration: { level: levelOf(finding.severity) },
        properties: { tags: ['openclaw-policy'] },
    };
}
/** `policy/tools-missing-owner` → `tools missing owner`. */
function checkWords(checkId) {
    const tail = checkId.slice(checkId.lastIndexOf('/') + 1);
    const words = tail.split(/[-_]+/).filter((word) => word !== '');
    return words.length === 0 ? checkId : words.join(' ');
}
function capitalised(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
function levelOf(severity) {
    if (severity === 'error')
        return 'error';
    if (severity === 'warning')
        return 'warning';
    return 'note';
}

;// CONCATENATED MODULE: ./lib/render/sarif.js
// Findings as a SARIF 2.1.0 log, for GitHub code scanning (`github/codeql-action/upload-sarif`)
// and any other SARIF reader: one run of the tool `policy-gate`, one rule per check id, one result
// per finding, placed in the workspace's files the way annotations are (the finding's own location,
// else where its fix points, else line 1 of the file it is about; see `annotation-files.ts`).
//
// Display only: nothing here is hashed or attested. Every text comes from a workspace (a pull
// request can write it), so each is made plain and capped; the log has a known worst size per
// result, and at most MAX_RESULTS results.






const SARIF_VERSION = '2.1.0';
const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/** The base the relative artifact URIs are resolved against: the repository (or current directory). */
const SRCROOT = '%SRCROOT%';
/** GitHub code scanning keeps at most this many results of one run. */
const MAX_RESULTS = 25_000;
const MAX_MESSAGE = 4000;
const MAX_FIX_TEXT = 1500;
const sarif_MAX_HINT = 500;
const MAX_ADDRESS = 500;
const FINGERPRINT = 'policyGateFinding/v1';
/** The SARIF log of every workspace's findings, in order (one run: code scanning merges no runs). */
function sarifLog(workspaces, tool) {
    const rules = [];
    const ruleIndexes = new Map();
    const results = [];
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
            results.push(resultOf(item, ruleIndex, rules[ruleIndex], workspace));
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
function resultOf(item, ruleIndex, rule, workspace) {
    const { finding } = item;
    const place = physicalLocation(item, workspace);
    const addresses = Object.fromEntries(['ocPath', 'target', 'requirement']
        .filter((key) => finding[key] !== undefined)
        .map((key) => [key, (0,render_escape/* plainText */.wh)(finding[key], MAX_ADDRESS, { singleLine: true })]));
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
function messageOf({ finding, fix }, workspaceDir) {
    const fixText = fix === undefined ? [] : [(0,render_escape/* plainText */.wh)(fixPlainLines(fix, workspaceDir).join('\n'), MAX_FIX_TEXT)];
    const hint = finding.fixHint === undefined || finding.fixHint === fix?.summary
        ? []
        : [
            (0,render_escape/* plainText */.wh)(`${fix === undefined ? 'Fix' : 'Hint'}: ${finding.fixHint}`, sarif_MAX_HINT, {
                singleLine: true,
            }),
        ];
    const room = MAX_MESSAGE - [...fixText, ...hint].reduce((sum, part) => sum + part.length + 1, 0);
    return [(0,render_escape/* plainText */.wh)(finding.message, room), ...fixText, ...hint].join('\n');
}
/**
 * Where the result is shown: the finding's location, else where its fix points, else line 1 of the
 * file it is about; a place that would leave the repository falls back to the policy file, which
 * every finding is about in the end (an exec-approvals row, a hash lock).
 */
function physicalLocation(item, workspace) {
    const files = workspace.files ?? {};
    const candidates = [
        item.location,
        fixLocation(item),
        fallbackLocation(item.finding, files),
        { file: files.policy ?? 'policy.jsonc', line: 1 },
    ];
    for (const candidate of candidates) {
        if (candidate === undefined)
            continue;
        const artifact = artifactLocation(workspace, candidate.file);
        if (artifact === undefined)
            continue;
        const line = positive(candidate.line) ?? 1;
        const column = positive(candidate.column);
        return {
            artifactLocation: artifact,
            region: column === undefined ? { startLine: line } : { startLine: line, startColumn: column },
        };
    }
    return undefined;
}
function artifactLocation(workspace, file) {
    if (workspace.workspaceUrl !== undefined) {
        const inside = repo_paths_repoRelativePath('.', file);
        return inside === undefined
            ? undefined
            : { uri: new URL(encodedPath(inside), workspace.workspaceUrl).href };
    }
    const relative = repo_paths_repoRelativePath(workspace.workspaceDir, file);
    return relative === undefined ? undefined : { uri: encodedPath(relative), uriBaseId: SRCROOT };
}
/** A relative path as a URI reference: each segment percent-encoded (`my dir` → `my%20dir`). */
function encodedPath(relative) {
    return relative.split('/').map(encodeURIComponent).join('/');
}
/**
 * Code scanning matches a result across runs by its fingerprints: the check, the file and the
 * finding's own address and message, never its line (a line moves when lines above it change).
 */
function fingerprintOf(finding, uri) {
    const identity = [finding.checkId, uri ?? '', finding.ocPath ?? finding.target ?? '', finding.message];
    return (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(identity)).digest('hex');
}
function positive(value) {
    return value !== undefined && Number.isInteger(value) && value >= 1 ? value : undefined;
}

// EXTERNAL MODULE: ./lib/workspace/oc-address.js
var oc_address = __webpack_require__(5070);
;// CONCATENATED MODULE: ./lib/cli/tool-metadata-hints.js
// A metadata bullet written at column 0 under a tool (`- risk: high` instead of `  - risk: high`)
// is, to OpenClaw's scanner, a tool of its own: a bullet `^[-*+]\s+<name>:` at column 0 declares a
// tool named `<name>` (SPEC-2026.9 §8.1), so the tool above loses its risk and a tool `risk` appears,
// with findings for both. The findings are the release's and stay as they are (they are hashed);
// the terminal output adds one hint per such line saying what happened and how to fix it.
/** Tool ids that are the names of the metadata fields the scanner reads. */
const METADATA_FIELDS = new Set(['risk', 'sensitivity', 'owner', 'capabilities']);
const BULLET_AT_COLUMN_0 = /^[-*+]\s/;
const MAX_SHOWN_LINE = 80;
/**
 * One hint for each declared tool named like a metadata field whose declaration is a bullet at
 * column 0 of `markdown` (the tool document `file`: AGENTS.md or TOOLS.md).
 */
function misplacedMetadataHints(tools, markdown, file) {
    const lines = markdown.split(/\r?\n/);
    const byLine = [...tools].sort((a, b) => a.line - b.line);
    const hints = [];
    for (const tool of byLine) {
        if (!METADATA_FIELDS.has(tool.id))
            continue;
        const text = lines[tool.line - 1];
        if (text === undefined || !BULLET_AT_COLUMN_0.test(text))
            continue;
        const above = byLine.filter((other) => other.line < tool.line && !METADATA_FIELDS.has(other.id)).at(-1);
        const target = above === undefined ? 'the tool it describes' : `the tool above ('${above.id}', line ${above.line})`;
        hints.push(`${file}:${tool.line}: \`${shortened(text.trim())}\` at column 0 declares a tool named '${tool.id}'; indent it to make it metadata of ${target}.`);
    }
    return hints;
}
/** The tools a report's evidence lists with their lines (both releases record them that way). */
function declaredToolsOf(evidence) {
    const tools = evidence?.tools;
    if (!Array.isArray(tools))
        return [];
    return tools.flatMap((tool) => {
        const { id, line } = (tool ?? {});
        return typeof id === 'string' && typeof line === 'number' ? [{ id, line }] : [];
    });
}
function shortened(text) {
    return text.length <= MAX_SHOWN_LINE ? text : `${text.slice(0, MAX_SHOWN_LINE - 1)}…`;
}

// EXTERNAL MODULE: ./lib/cli/package-manifest.js
var package_manifest = __webpack_require__(574);
;// CONCATENATED MODULE: ./lib/cli/check-sarif.js
// `check --format sarif`: the report's visible findings, located in the workspace's files the way
// the pull-request gate locates them (src/gate/workspace-gate.ts `locator`), as a SARIF log whose
// paths are relative to the current directory (run it from the repository root for code scanning).








async function checkSarif({ report, loaded }, workspaceRoot, profile, cwd) {
    const manifest = await (0,package_manifest.packageManifest)().catch(() => ({ version: 'unknown', informationUri: undefined }));
    const documents = (0,fix_locations/* fixDocumentsOf */.LG)(loaded);
    const locate = findingLocator(loaded, declaredToolsOf(report.evidence));
    const findings = report.findings.map((finding) => {
        const fix = finding.policy?.fixRecommendation;
        const location = locate(finding);
        return {
            finding,
            ...(location === undefined ? {} : { location }),
            ...(fix === undefined ? {} : { fix: (0,fix_locations/* locateFix */.St)(finding, fix, documents) }),
        };
    });
    const log = sarifLog([sarifWorkspace(external_node_path_.resolve(workspaceRoot), cwd, findings, loaded)], {
        version: manifest.version,
        ...(manifest.informationUri === undefined ? {} : { informationUri: manifest.informationUri }),
        openclawRelease: profile.release,
        srcRoot: directoryUrl(cwd),
    });
    return `${JSON.stringify(log, null, 2)}\n`;
}
/** The workspace relative to the current directory, or by its `file:` URL when it is outside. */
function sarifWorkspace(root, cwd, findings, loaded) {
    const files = {
        ...(loaded.kind === 'input' && loaded.policy !== undefined ? { policy: loaded.policy.file } : {}),
        ...(loaded.kind === 'input' && loaded.policy === undefined ? { policy: loaded.input.name.display } : {}),
        ...(loaded.kind === 'input' && loaded.config !== undefined ? { config: loaded.config.file } : {}),
        ...(loaded.kind === 'config-invalid' ? { config: external_node_path_.basename(loaded.configFile) } : {}),
        ...(loaded.kind === 'input' ? { tools: loaded.toolsFile } : {}),
    };
    const relative = external_node_path_.relative(cwd, root);
    if (relative.startsWith('..') || external_node_path_.isAbsolute(relative))
        return { workspaceDir: '.', workspaceUrl: directoryUrl(root), findings, files };
    return { workspaceDir: relative === '' ? '.' : relative.split(external_node_path_.sep).join('/'), findings, files };
}
function directoryUrl(directory) {
    const url = (0,external_node_url_.pathToFileURL)(directory).href;
    return url.endsWith('/') ? url : `${url}/`;
}
/**
 * Where a finding sits in the workspace's files: a tool finding on its declaration's line, any
 * other by its `oc://` address (the key as the file writes it), or nowhere (the renderer then
 * places it where its fix points, else on line 1 of the file it is about).
 */
function findingLocator(loaded, tools) {
    const documents = loaded.kind === 'input' ? loaded : undefined;
    const toolsLines = new Map();
    for (const tool of tools)
        if (!toolsLines.has(tool.id))
            toolsLines.set(tool.id, tool.line);
    return (finding) => {
        if ((finding.path === 'TOOLS.md' || finding.path === 'AGENTS.md') && finding.line !== undefined)
            return { file: finding.path, line: finding.line, column: 1 };
        const address = finding.target ?? finding.ocPath;
        if (address === undefined)
            return undefined;
        return (0,oc_address/* locateAddress */.TV)((0,fix_locations/* writtenConfigAddress */.aJ)(address, documents?.config?.document.value), (0,workspace_gate/* locatableDocuments */.C)(loaded, toolsLines));
    };
}

// EXTERNAL MODULE: ./lib/cli/cli-io.js
var cli_io = __webpack_require__(2061);
// EXTERNAL MODULE: ./lib/cli/parse-flags.js
var parse_flags = __webpack_require__(7499);
// EXTERNAL MODULE: ./lib/cli/release-options.js
var release_options = __webpack_require__(7452);
;// CONCATENATED MODULE: ./lib/cli/check-command.js













/** The flags `check` takes (its --help describes each). */
const CHECK_FLAGS = {
    ...parse_flags/* LOCATION_FLAGS */.A,
    ...release_options/* RELEASE_FLAG */.Zg,
    ...release_options/* HOST_FLAGS */.Zr,
    json: { type: 'boolean' },
    format: { type: 'string' },
    'severity-min': { type: 'string' },
};
async function checkCommand(args, io) {
    const { values } = (0,parse_flags/* parseFlags */.b)('check', args, CHECK_FLAGS);
    const profile = (0,release_options/* releaseFrom */.Yc)(values.openclaw);
    // Like OpenClaw: the threshold is checked before the config is read.
    const severityMin = parseSeverity(values['severity-min']);
    const format = outputFormat(values, io);
    const location = existingLocationFrom(values, io);
    const evaluation = await evaluateWorkspace(location, {
        now: io.now(),
        severityMin,
        profile,
        host: (0,release_options/* hostFrom */.NJ)(profile, values, io, location.cwd, 'policy check'),
    });
    const { report, loaded } = evaluation;
    refuseMissingPolicyFlag(values.policy, loaded);
    if (format === 'json')
        io.stdout(`${JSON.stringify(report)}\n`);
    else if (format === 'sarif')
        io.stdout(await checkSarif(evaluation, location.cwd, profile, io.cwd));
    else
        io.stdout(humanCheckOutput(report, {
            documents: (0,fix_locations/* fixDocumentsOf */.LG)(loaded),
            workspaceHints: [
                ...workspaceHintsOf(report.evidence, loaded),
                ...[await (0,committed_attestation/* committedAttestationNote */.N)(location.cwd, report.attestation?.attestationHash)].filter((note) => note !== undefined),
            ],
        }));
    return report.ok ? cli_io/* EXIT_CLEAN */.XW : cli_io/* EXIT_FINDINGS */.cB;
}
/** Hints about the workspace for the terminal: tool metadata a tool document misplaced. */
function workspaceHintsOf(evidence, loaded) {
    if (loaded.kind !== 'input')
        return [];
    const markdown = loaded.toolsFile === 'AGENTS.md' ? loaded.input.agentsMarkdown : loaded.input.toolsMarkdown;
    if (markdown === undefined)
        return [];
    return misplacedMetadataHints(declaredToolsOf(evidence), markdown, loaded.toolsFile);
}
/** Reads and evaluates one workspace on disk into its `check --json` report. */
function evaluateWorkspace(location, options) {
    return (0,workspace_evaluation/* evaluateWorkspaceFrom */.z)((0,workspace_reader/* diskReader */.lJ)(external_node_path_.resolve(location.cwd)), {
        config: location.config,
        policy: location.policy,
        checkedAt: options.now.toISOString(),
        severityMin: options.severityMin ?? 'info',
        profile: options.profile,
        host: options.host,
    });
}
function locationFrom(values, io) {
    return { cwd: external_node_path_.resolve(io.cwd, values.cwd ?? '.'), config: values.config, policy: values.policy };
}
/** {@link locationFrom}, refusing a `--cwd` that is not an existing directory (exit 2, naming it). */
function existingLocationFrom(values, io) {
    const location = locationFrom(values, io);
    if (values.cwd === undefined)
        return location;
    let stats;
    try {
        stats = (0,external_node_fs_.statSync)(location.cwd, { throwIfNoEntry: false });
    }
    catch (error) {
        const reason = error.code ?? String(error);
        throw new cli_io/* UsageError */.eb(`${values.cwd}: the workspace given with --cwd cannot be read (${reason}).`);
    }
    if (stats === undefined)
        throw new cli_io/* UsageError */.eb(`${values.cwd}: the workspace given with --cwd does not exist.`);
    if (!stats.isDirectory())
        throw new cli_io/* UsageError */.eb(`${values.cwd}: the workspace given with --cwd is not a directory.`);
    return location;
}
/** Exactly `info`, `warning` or `error` (no trimming, case-sensitive), as both releases read it. */
function parseSeverity(value) {
    if (value === undefined)
        return 'info';
    if (check_report/* SEVERITIES */.oC.includes(value))
        return value;
    throw new cli_io/* UsageError */.eb('Invalid --severity-min value. Expected one of: info, warning, error.');
}
/** `--policy` names a file the user typed: missing, it is an error, not a missing-policy finding. */
function refuseMissingPolicyFlag(policyFlag, loaded) {
    if (policyFlag === undefined || loaded.kind !== 'input' || loaded.input.policy.state !== 'missing')
        return;
    throw new cli_io/* UsageError */.eb(`${policyFlag}: the policy given with --policy does not exist.`);
}
const FORMATS = ['json', 'sarif', 'text'];
/** `--format`, else OpenClaw's rule: JSON with --json or when stdout is not a terminal. */
function outputFormat(values, io) {
    if (values.format === undefined)
        return values.json || !io.stdoutIsTerminal ? 'json' : 'text';
    if (!FORMATS.includes(values.format))
        throw new cli_io/* UsageError */.eb(`--format must be one of: ${FORMATS.join(', ')}.`);
    if (values.json && values.format !== 'json')
        throw new cli_io/* UsageError */.eb(`--json and --format ${values.format} ask for different outputs; pass one.`);
    return values.format;
}


/***/ }),

/***/ 9003:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ committedAttestationNote),
/* harmony export */   O: () => (/* binding */ DEFAULT_ATTESTATION_FILE)
/* harmony export */ });
/* harmony import */ var _action_evaluate_workspace_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2003);
/* harmony import */ var _workspace_workspace_reader_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1114);
// Does the workspace still match its committed `policy.attestation.json`? (issue 13) `check` and
// `watch` say so on the terminal (never in JSON, which stays OpenClaw's), so nobody learns it
// only from a red pull request.


/** The attestation file `accept` writes and the gate reads, relative to the workspace. */
const DEFAULT_ATTESTATION_FILE = 'policy.attestation.json';
/** One sentence when the committed attestation no longer attests the workspace; else undefined. */
async function committedAttestationNote(workspaceDir, currentHash) {
    const read = await (0,_workspace_workspace_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .diskReader */ .lJ)(workspaceDir).read(DEFAULT_ATTESTATION_FILE);
    if (read.kind === 'missing')
        return undefined;
    const state = (0,_action_evaluate_workspace_js__WEBPACK_IMPORTED_MODULE_0__/* .attestationState */ .e)(read, DEFAULT_ATTESTATION_FILE);
    if (state.state === 'corrupt')
        return `${state.reason} The pull-request gate will not trust it.`;
    if (state.state !== 'verified' || currentHash === undefined || state.attestationHash === currentHash)
        return undefined;
    return `${DEFAULT_ATTESTATION_FILE} records ${state.attestationHash}, but the workspace is now ${currentHash}: if the change is intended, run \`policy-gate accept\` and commit the file (a pull request without it is a drift).`;
}


/***/ }),

/***/ 574:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   packageManifest: () => (/* binding */ packageManifest)
/* harmony export */ });
/**
 * policy-gate's package.json, read when asked: lib/cli/main.js (tsc) and dist/cli/index.js (the
 * bundle, also inside an installed package) are both two folders below it. The folders are climbed
 * in a loop because ncc would copy a literal `../../package.json` into the bundle, which then went
 * stale with every edit of package.json.
 */
async function packageManifest(levelsUp = 2) {
    const [{ readFile }, path, { fileURLToPath }] = await Promise.all([
        Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1455, 19)),
        Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 6760, 19)),
        Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 3136, 19)),
    ]);
    let root = path.dirname(fileURLToPath(import.meta.url));
    for (let level = 0; level < levelsUp; level++)
        root = path.dirname(root);
    const manifest = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
    const informationUri = httpUrl(manifest.homepage) ?? httpUrl(repositoryUrl(manifest.repository));
    return {
        version: String(manifest.version),
        ...(informationUri === undefined ? {} : { informationUri }),
    };
}
function repositoryUrl(repository) {
    if (typeof repository === 'object' && repository !== null && 'url' in repository)
        return repository.url;
    return repository;
}
/** An http(s) URL as given (`git+https://…` and `.git` trimmed), else undefined. */
function httpUrl(value) {
    if (typeof value !== 'string')
        return undefined;
    const url = value.replace(/^git\+/, '').replace(/\.git$/, '');
    return /^https?:\/\/\S+$/.test(url) ? url : undefined;
}


/***/ }),

/***/ 1329:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cJ: () => (/* binding */ configInvalidReport),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   pA: () => (/* binding */ checkReport)
/* harmony export */ });
/* unused harmony export atOrAbove */
/* harmony import */ var _current_check_ids_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1671);
/* harmony import */ var _release_profile_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(307);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8726);



const SEVERITY_RANK = { info: 0, warning: 1, error: 2 };
const SEVERITIES = ['info', 'warning', 'error'];
function atOrAbove(findings, minimum) {
    return findings.filter((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[minimum]);
}
function checkReport(check, options) {
    const profile = options.profile ?? (0,_release_profile_js__WEBPACK_IMPORTED_MODULE_1__/* .profileOf */ .d)('2026.5.20');
    const visible = atOrAbove(check.visibleFindings, options.severityMin ?? 'info');
    const findings = profile.fixRecommendations ? visible.map(withFixRecommendation) : visible;
    const attestation = { checkedAt: options.checkedAt };
    if (check.policyHash !== undefined)
        attestation.policy = { path: options.policyPath, hash: check.policyHash };
    attestation.workspace = { scope: 'policy', hash: check.evidenceHash };
    attestation.findingsHash = check.findingsHash;
    attestation.attestationHash = check.attestationHash;
    return {
        ok: findings.length === 0,
        attestation,
        evidence: check.evidence,
        // OpenClaw counts every check as run in each branch that reaches the evaluator, disabled included.
        checksRun: profile.checksRun,
        checksSkipped: 0,
        findings,
    };
}
/**
 * An OpenClaw config that cannot be used fails closed with this report (SPEC.md §1, SPEC-2026.9 §2.3):
 * one `policy/config-invalid` finding per issue. A parse failure is `JSON5 parse failed:
 * SyntaxError: <json5 message>`, a root that is not an object `Invalid input`; 2026.9.6's schema
 * adds its own issues.
 */
function configInvalidReport(issues, profile = (0,_release_profile_js__WEBPACK_IMPORTED_MODULE_1__/* .profileOf */ .d)('2026.5.20'), severityMin = 'info') {
    // The threshold filters these too (all errors, so always shown); never a fix recommendation.
    const findings = atOrAbove(issues.map(({ path, message }) => (0,_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)({ checkId: _findings_js__WEBPACK_IMPORTED_MODULE_2__/* .CONFIG_INVALID */ .Pq, message, path })), severityMin);
    return {
        ok: findings.length === 0,
        evidence: { channels: [] },
        checksRun: 1,
        checksSkipped: profile.checksRun,
        findings,
    };
}
/** The visible form of a finding of a known check id: its fix recommendation appended. */
function withFixRecommendation(f) {
    const fixRecommendation = (0,_current_check_ids_js__WEBPACK_IMPORTED_MODULE_0__/* .fixRecommendationFor */ .y)(f.checkId);
    return fixRecommendation === undefined ? f : { ...f, policy: { fixRecommendation } };
}


/***/ }),

/***/ 9681:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   En: () => (/* binding */ policyDisplayName),
/* harmony export */   FD: () => (/* binding */ pluginSettings),
/* harmony export */   J4: () => (/* binding */ policyDocumentName),
/* harmony export */   lo: () => (/* binding */ DEFAULT_POLICY_PATH)
/* harmony export */ });
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33);

const DEFAULT_POLICY_PATH = 'policy.jsonc';
function pluginSettings(config) {
    const entry = (0,_record_js__WEBPACK_IMPORTED_MODULE_0__/* .valueAtPath */ .WS)(config, ['plugins', 'entries', 'policy']);
    const settings = (0,_record_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(entry) && (0,_record_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(entry.config) ? entry.config : {};
    const disabled = settings.enabled === false;
    return {
        enabled: !disabled,
        policyPath: nonBlank(settings.path)?.trim(),
        expectedHash: nonBlank(settings.expectedHash),
        expectedAttestationHash: nonBlank(settings.expectedAttestationHash),
    };
}
/** Hash locks and paths count only when set to a string that is not blank after trimming. */
function nonBlank(value) {
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
/** Display name: the configured path when relative, its basename when absolute. */
function policyDisplayName(configuredPath) {
    return isAbsolutePath(configuredPath) ? baseName(configuredPath) : configuredPath;
}
/** The `oc://` document name: the basename of the display name. */
function policyDocumentName(display) {
    return baseName(display);
}
function isAbsolutePath(path) {
    return path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\\\');
}
function baseName(path) {
    const parts = path.split(/[\\/]/);
    return parts[parts.length - 1] ?? path;
}


/***/ }),

/***/ 7561:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LG: () => (/* binding */ fixDocumentsOf),
/* harmony export */   St: () => (/* binding */ locateFix),
/* harmony export */   aJ: () => (/* binding */ writtenConfigAddress),
/* harmony export */   kZ: () => (/* binding */ locatedFix)
/* harmony export */ });
/* unused harmony exports fixRecommendationOf, writtenConfigSegments, dottedKey */
/* harmony import */ var _engine_record_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33);
/* harmony import */ var _workspace_oc_address_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5070);


/** Findings about these files (tool declarations, exec approvals) have config targets naming their entries. */
const OTHER_FILES = new Set(['AGENTS.md', 'TOOLS.md', 'exec-approvals.json']);
const PLACEHOLDER = /^<[^<>]+>$/;
/** A config target that names a file of OpenClaw's state (`exec-approvals.json`), not a key. */
const FILE_NAME = /\.json5?$/;
function fixDocumentsOf(loaded) {
    if (loaded?.kind !== 'input')
        return {};
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
function locatedFix(finding, report, documents) {
    const fix = fixRecommendationOf(finding, report);
    return fix === undefined ? undefined : locateFix(finding, fix, documents);
}
const printedFixes = new WeakMap();
function fixRecommendationOf(finding, report) {
    const own = finding.policy?.fixRecommendation;
    if (own !== undefined || report === undefined)
        return own;
    let byCheckId = printedFixes.get(report.findings);
    if (byCheckId === undefined) {
        byCheckId = new Map();
        for (const printed of report.findings) {
            const fix = printed.policy?.fixRecommendation;
            if (fix !== undefined && !byCheckId.has(printed.checkId))
                byCheckId.set(printed.checkId, fix);
        }
        printedFixes.set(report.findings, byCheckId);
    }
    return byCheckId.get(finding.checkId);
}
function locateFix(finding, fix, documents) {
    const located = {
        fixClass: fix.fixClass,
        summary: fix.summary,
        configTargets: configPlaces(finding, fix.configTargets ?? [], documents),
    };
    if (fix.policyPath !== undefined && fix.policyPath.length > 0)
        located.policyRule = policyPlace(finding, fix.policyPath, documents.policy);
    return located;
}
function policyPlace(finding, path, policy) {
    const requirement = (0,_workspace_oc_address_js__WEBPACK_IMPORTED_MODULE_0__/* .parseOcAddress */ .MA)(finding.requirement ?? '');
    if (policy !== undefined) {
        if (requirement?.document === policy.ocName && containsRun(requirement.segments, path)) {
            const own = placeIn(policy, requirement.segments);
            if (own !== undefined)
                return own;
        }
        const general = placeIn(policy, path);
        if (general !== undefined)
            return general;
    }
    return { key: dottedKey(path) };
}
function configPlaces(finding, targets, documents) {
    const address = (0,_workspace_oc_address_js__WEBPACK_IMPORTED_MODULE_0__/* .parseOcAddress */ .MA)(finding.target ?? finding.ocPath ?? '');
    const ownSegments = address?.document === _workspace_oc_address_js__WEBPACK_IMPORTED_MODULE_0__/* .CONFIG_DOCUMENT_NAME */ .DP ? address.segments : undefined;
    const aboutOtherFile = address !== undefined && OTHER_FILES.has(address.document);
    const config = documents.config;
    const places = [];
    const seen = new Set();
    for (const target of targets) {
        const place = aboutOtherFile
            ? otherFilePlace(target)
            : FILE_NAME.test(target)
                ? { key: target }
                : configPlace(target);
        const id = `${place.key}\0${place.location?.line ?? ''}`;
        if (!seen.has(id))
            places.push(place);
        seen.add(id);
    }
    return places;
    /** The finding's own line in that file (an AGENTS.md tool's declaration), when it has one. */
    function otherFilePlace(target) {
        const { path, line } = finding;
        return path !== undefined && path === address?.document && line !== undefined
            ? { key: target, location: { file: path, line, column: 1 } }
            : { key: target };
    }
    function configPlace(target) {
        const pattern = target.split('.');
        if (config !== undefined) {
            if (ownSegments !== undefined && containsRun(ownSegments, pattern)) {
                const own = placeIn(config, writtenConfigSegments(ownSegments, config.document.value));
                if (own !== undefined)
                    return own;
            }
            if (!pattern.some((segment) => PLACEHOLDER.test(segment))) {
                const general = placeIn(config, pattern);
                if (general !== undefined)
                    return general;
            }
        }
        return { key: target };
    }
}
/** Whether `pattern` occurs in `segments` as consecutive segments (`<id>` matches any one). */
function containsRun(segments, pattern) {
    if (pattern.length === 0)
        return false;
    for (let start = 0; start + pattern.length <= segments.length; start++) {
        const matches = pattern.every((expected, offset) => {
            const segment = segments[start + offset];
            return typeof segment === 'string' && (segment === expected || PLACEHOLDER.test(expected));
        });
        if (matches)
            return true;
    }
    return false;
}
/** The key as written and where, when `segments` is written in the document; else undefined. */
function placeIn(source, segments) {
    const written = writtenPath(source.document.value, segments);
    if (written === undefined)
        return undefined;
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
function writtenPath(value, segments) {
    const path = [];
    let current = value;
    for (const segment of segments) {
        if (Array.isArray(current) && typeof segment === 'number' && segment < current.length) {
            current = current[segment];
            path.push(segment);
        }
        else if ((0,_engine_record_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(current)) {
            const key = typeof segment === 'number' ? `#${segment}` : segment;
            if (!Object.hasOwn(current, key))
                return undefined;
            current = current[key];
            path.push(key);
        }
        else {
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
function writtenConfigSegments(segments, written) {
    const [section, roster, agentId] = segments;
    if (section !== 'agents' || roster !== 'entries' || typeof agentId !== 'string')
        return segments;
    const agents = (0,_engine_record_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(written) ? written.agents : undefined;
    if (!(0,_engine_record_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(agents) || agents.entries !== undefined || !Array.isArray(agents.list))
        return segments;
    const index = agents.list.findIndex((entry) => (0,_engine_record_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(entry) && entry.id === agentId);
    return index < 0 ? segments : ['agents', 'list', index, ...segments.slice(3)];
}
/** `writtenConfigSegments` for a whole `oc://openclaw.config/…` address; others unchanged. */
function writtenConfigAddress(address, written) {
    const parsed = (0,_workspace_oc_address_js__WEBPACK_IMPORTED_MODULE_0__/* .parseOcAddress */ .MA)(address);
    if (parsed?.document !== _workspace_oc_address_js__WEBPACK_IMPORTED_MODULE_0__/* .CONFIG_DOCUMENT_NAME */ .DP)
        return address;
    const segments = writtenConfigSegments(parsed.segments, written);
    if (segments === parsed.segments)
        return address;
    const encoded = segments.map((segment) => typeof segment === 'number' ? `#${segment}` : segment.includes('/') ? `"${segment}"` : segment);
    return [`oc://${_workspace_oc_address_js__WEBPACK_IMPORTED_MODULE_0__/* .CONFIG_DOCUMENT_NAME */ .DP}`, ...encoded].join('/');
}
const PLAIN_KEY = /^[A-Za-z_$][\w$-]*$/;
/** `tools.exec.host`, `agents.list[1].tools`, `auth.profiles["anthropic:me"]`. */
function dottedKey(segments) {
    return segments
        .map((segment, index) => {
        if (typeof segment === 'number')
            return `[${segment}]`;
        if (PLAIN_KEY.test(segment))
            return index === 0 ? segment : `.${segment}`;
        return `[${JSON.stringify(segment)}]`;
    })
        .join('');
}


/***/ }),

/***/ 4217:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  C: () => (/* binding */ locatableDocuments),
  S: () => (/* binding */ workspaceGateResult)
});

// EXTERNAL MODULE: ./lib/engine/explain.js
var explain = __webpack_require__(7193);
// EXTERNAL MODULE: ./lib/engine/snapshot.js
var snapshot = __webpack_require__(7732);
// EXTERNAL MODULE: ./lib/engine/findings.js
var findings = __webpack_require__(8726);
// EXTERNAL MODULE: ./lib/workspace/oc-address.js
var oc_address = __webpack_require__(5070);
// EXTERNAL MODULE: ./lib/engine/agents-markdown.js
var agents_markdown = __webpack_require__(4930);
// EXTERNAL MODULE: ./lib/engine/tools-markdown.js
var tools_markdown = __webpack_require__(7967);
// EXTERNAL MODULE: ./lib/gate/fix-locations.js
var fix_locations = __webpack_require__(7561);
;// CONCATENATED MODULE: ./lib/gate/verdict.js
/** GATE.md's verdict table, first match wins. Pure; every branch is covered by tests. */
function verdictFor(states) {
    const { candidate, accepted, proposed } = states;
    if (states.error !== undefined)
        return { verdict: 'error', passed: false, reason: states.error };
    if (accepted.state === 'corrupt')
        return { verdict: 'error', passed: false, reason: accepted.reason };
    if (candidate.attestationHash === undefined) {
        return {
            verdict: 'error',
            passed: false,
            reason: 'the head has no attestation (its OpenClaw config does not parse).',
        };
    }
    if (candidate.attestedFindings > 0)
        return { verdict: 'findings', passed: false };
    if (states.problems !== undefined && states.problems.length > 0)
        return { verdict: 'findings', passed: false, reason: states.problems.join('\n') };
    const acceptedHash = accepted.state === 'verified' ? accepted.attestationHash : undefined;
    // A proposal is a changed attestation file whose hash differs from the accepted one.
    const proposal = proposed !== undefined && !(proposed.state === 'verified' && proposed.attestationHash === acceptedHash)
        ? proposed
        : undefined;
    if (proposal !== undefined &&
        !(proposal.state === 'verified' && proposal.attestationHash === candidate.attestationHash)) {
        return {
            verdict: 'stale',
            passed: false,
            staleFile: 'proposed',
            reason: proposal.state === 'corrupt'
                ? proposal.reason
                : proposal.state === 'absent'
                    ? 'this pull request deletes the attestation file; merging it would leave the base branch without an accepted attestation. Restore the file (or regenerate it with `policy-gate accept`) and commit it.'
                    : undefined,
        };
    }
    // A stale base blocks every PR except one that re-proposes a correct attestation (its fix).
    if (acceptedHash !== undefined &&
        proposal === undefined &&
        states.baseCurrentHash !== undefined &&
        states.baseCurrentHash !== acceptedHash) {
        return { verdict: 'stale', passed: false, staleFile: 'accepted' };
    }
    if (acceptedHash !== undefined && proposal === undefined && candidate.attestationHash !== acceptedHash) {
        return { verdict: 'drift', passed: false };
    }
    if (proposal !== undefined) {
        return states.acceptanceSatisfied
            ? { verdict: 'reaccepted', passed: true }
            : { verdict: 'awaiting-acceptance', passed: false };
    }
    if (acceptedHash !== undefined) {
        if (states.needsAcceptanceAnyway && !states.acceptanceSatisfied)
            return { verdict: 'awaiting-acceptance', passed: false };
        return { verdict: 'unchanged', passed: true };
    }
    return { verdict: 'bootstrap', passed: false };
}

;// CONCATENATED MODULE: ./lib/gate/workspace-gate.js








/** Everything the renderers need for one workspace, computed once (pure). */
function workspaceGateResult(input) {
    const candidate = 'error' in input.candidate ? undefined : input.candidate;
    const baseCurrent = input.baseCurrent && !('error' in input.baseCurrent) ? input.baseCurrent : undefined;
    const error = input.extraError ??
        ('error' in input.candidate ? `the head could not be evaluated: ${input.candidate.error}` : undefined) ??
        (input.baseCurrent && 'error' in input.baseCurrent
            ? `the base could not be evaluated: ${input.baseCurrent.error}`
            : undefined);
    const decision = verdictFor({
        candidate: {
            attestationHash: candidate?.report.attestation?.attestationHash,
            attestedFindings: candidate?.check
                ? candidate.check.attestedFindings.length
                : (candidate?.report.findings.length ?? 0),
        },
        accepted: input.accepted,
        baseCurrentHash: baseCurrent?.report.attestation?.attestationHash,
        proposed: input.proposed,
        acceptanceSatisfied: input.acceptance.satisfied,
        needsAcceptanceAnyway: input.needsAcceptanceAnyway,
        error,
        problems: input.guarded?.problems,
    });
    const acceptedReport = input.accepted.state === 'verified' ? input.accepted.report : undefined;
    const candidateFindings = candidate?.check?.attestedFindings ?? candidate?.report.findings ?? [];
    // A 2026.9.6 attestation file is `check --json`: its findings carry `policy.fixRecommendation`,
    // which the attested findings of the candidate do not; compare the attested shapes.
    const acceptedFindings = (acceptedReport?.findings ?? []).map(findings/* attestedShape */.Kz);
    const explanation = candidate && acceptedReport
        ? (0,explain/* explainChange */.UP)({
            evidence: acceptedReport.evidence,
            findings: acceptedFindings,
            policy: policyValue(baseCurrent?.loaded),
        }, {
            evidence: candidate.report.evidence,
            findings: candidateFindings,
            policy: policyValue(candidate.loaded),
        })
        : undefined;
    const locate = locator(candidate?.loaded, input.headToolsMarkdown);
    const added = new Set(explanation?.findings.added ?? candidateFindings);
    const located = (f) => {
        const fix = (0,fix_locations/* locatedFix */.kZ)(f, candidate?.report, (0,fix_locations/* fixDocumentsOf */.LG)(candidate?.loaded));
        return { finding: f, location: locate(f.target ?? f.ocPath, f), ...(fix === undefined ? {} : { fix }) };
    };
    const changeLocations = {};
    for (const entry of [...(explanation?.evidence.added ?? []), ...(explanation?.evidence.changed ?? [])]) {
        const location = locate(entry.source);
        if (location)
            changeLocations[entry.source] = location;
    }
    const candidateHash = candidate?.report.attestation?.attestationHash;
    return {
        workspaceId: input.workspaceId,
        verdict: decision.verdict,
        passed: decision.passed,
        reason: decision.reason,
        stale: decision.staleFile
            ? staleFile(decision.staleFile, input, candidateHash, baseCurrent?.report)
            : undefined,
        components: componentRows(acceptedReport, candidate?.report),
        findings: {
            new: candidateFindings.filter((f) => added.has(f)).map(located),
            stillPresent: candidateFindings.filter((f) => !added.has(f)).map(located),
            resolved: (explanation?.findings.resolved ?? []).map((f) => ({ finding: f })),
        },
        explanation,
        acceptance: {
            status: input.acceptance.status,
            acceptors: input.acceptance.acceptors,
            approvedBy: input.acceptance.approvedBy,
            reasons: input.acceptance.reasons,
        },
        howToAccept: candidateHash
            ? { command: input.acceptCommand, attestationPath: input.attestationFile, resultingHash: candidateHash }
            : undefined,
        candidateHash,
        acceptedHash: input.accepted.state === 'verified' ? input.accepted.attestationHash : undefined,
        changeLocations,
        weakenings: input.weakenings?.map((w) => ({
            rule: w.rule,
            kind: w.kind,
            detail: w.detail,
            location: locate(w.finding.target),
        })),
        toolChanges: input.toolChanges?.map((change) => ({
            ...change,
            location: change.kind === 'tool-removed' ? undefined : { file: change.file, line: change.line, column: 1 },
        })),
        ...(input.guarded === undefined || input.guarded.changes.length === 0
            ? {}
            : { guardedChanges: input.guarded.changes }),
        ...(input.release === undefined
            ? {}
            : {
                release: {
                    checked: input.release.head,
                    source: input.release.source,
                    ...(input.release.upgrade ? { upgrade: input.release.upgrade } : {}),
                },
            }),
    };
}
function policyValue(loaded) {
    return loaded?.kind === 'input' && loaded.input.policy.state === 'parsed'
        ? loaded.input.policy.value
        : undefined;
}
function componentRows(accepted, candidate) {
    const before = snapshotFor(accepted);
    const after = snapshotFor(candidate);
    const changed = new Set((0,snapshot/* changedComponents */.tF)(before, after));
    const value = (s, key) => s[key] === undefined ? undefined : String(s[key]);
    const fields = {
        result: 'ok',
        policy: 'policyHash',
        evidence: 'evidenceHash',
        findings: 'findingsHash',
        attestation: 'attestationHash',
    };
    return Object.keys(fields).map((component) => ({
        component,
        accepted: accepted ? value(before, fields[component]) : undefined,
        candidate: candidate ? value(after, fields[component]) : undefined,
        changed: accepted !== undefined && candidate !== undefined && changed.has(component),
    }));
}
function snapshotFor(report) {
    const result = report ? (0,snapshot/* snapshotOf */.eY)(report) : undefined;
    return result && 'snapshot' in result ? result.snapshot : { ok: false };
}
function staleFile(which, input, candidateHash, baseCurrent) {
    const file = which === 'proposed' ? input.proposed : input.accepted;
    return {
        which,
        path: input.attestationFile,
        fileHash: file?.state === 'verified' ? file.attestationHash : undefined,
        actualHash: (which === 'proposed' ? candidateHash : baseCurrent?.attestation?.attestationHash) ?? 'unknown',
    };
}
/** Finds where an `oc://` address (or a finding's own path/line) sits in the head's files. */
function locator(loaded, toolsMarkdown) {
    const documents = loaded?.kind === 'input' ? loaded : undefined;
    let toolsLines;
    return (loadedAddress, finding) => {
        // Tool findings carry their declaration's line (TOOLS.md in 2026.5.20, AGENTS.md in 2026.9.6).
        if ((finding?.path === 'TOOLS.md' || finding?.path === 'AGENTS.md') && finding.line !== undefined)
            return { file: finding.path, line: finding.line, column: 1 };
        if (loadedAddress === undefined)
            return undefined;
        // Findings name agents as the loader keys them (`agents/entries/<id>`); the file may list them.
        const address = (0,fix_locations/* writtenConfigAddress */.aJ)(loadedAddress, documents?.config?.document.value);
        // Tool evidence names the document the release reads: TOOLS.md (2026.5.20) or AGENTS.md (2026.9.6).
        const agents = address.startsWith('oc://AGENTS.md/');
        if ((agents || address.startsWith('oc://TOOLS.md/')) &&
            toolsLines === undefined &&
            toolsMarkdown !== undefined) {
            // The loader already parsed TOOLS.md when the policy requires tool metadata.
            const tools = agents
                ? (0,agents_markdown/* scanAgentsMarkdownTools */.K7)(toolsMarkdown)
                : (documents?.input.toolDeclarations ?? (0,tools_markdown/* parseToolsMarkdown */.uZ)(toolsMarkdown));
            toolsLines = new Map();
            for (const tool of tools)
                if (!toolsLines.has(tool.id))
                    toolsLines.set(tool.id, tool.line);
        }
        return (0,oc_address/* locateAddress */.TV)(address, locatableDocuments(loaded, toolsLines));
    };
}
/** The head's documents as `locateAddress` takes them (config, policy, tool lines). */
function locatableDocuments(loaded, toolsLines) {
    const documents = loaded?.kind === 'input' ? loaded : undefined;
    return {
        config: documents?.config && { path: documents.config.file, doc: documents.config.document },
        policy: documents?.policy && {
            path: documents.policy.file,
            doc: documents.policy.document,
            ocName: documents.input.name.document,
        },
        toolsLines,
    };
}


/***/ }),

/***/ 9889:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   wh: () => (/* binding */ plainText)
/* harmony export */ });
/* unused harmony exports MAX_INLINE_VALUE, MAX_CODE_LINE, LINK_BREAK, capLength, showInvisible, collapseLineBreaks, markdownText, codeSpan, codeBlock, htmlText, capUnits, commandData, commandProperty */
// Escaping of untrusted text, one function per output context. Everything that comes from a pull
// request (tool, channel and MCP ids, model refs, rule reasons, finding messages, paths, even
// hashes) goes through one of these before it reaches markdown, HTML, annotations or a workflow
// command. Each function also caps the value, so one megabyte-long name cannot blow a budget.
// Caps count input code points. Escaping makes one code point at most 10 characters (a tag
// character becomes `\\u{E0041}`, `@` becomes `@&#8203;`, `&` becomes `&amp;`), so a capped value
// has a known worst size, and the parts of a comment that always stay have a known worst total.
/** Longest untrusted value shown inline, in code points, before `…` is appended. */
const MAX_INLINE_VALUE = 200;
/** Longest line inside a code block (commands, paths, hashes): room for any real command. */
const MAX_CODE_LINE = 400;
const ELLIPSIS = '…';
/**
 * Inserted after `@` and `#` so GitHub links neither mentions nor issue references. GitHub finds
 * `@user`, `@org/team` and `#123` in the *rendered* text nodes (backslash escapes and `&#64;` are
 * already decoded by then), so only a real character between `@` and the name stops it; a
 * zero-width space is invisible and is what Renovate writes in its PR bodies (`@&#8203;user`).
 * It is written as an entity so the raw markdown shows it; input zero-width spaces never look like
 * ours, because they are shown as `\u{200B}` first.
 */
const LINK_BREAK = '&#8203;';
/**
 * Characters that are invisible or reorder what is shown: C0/C1 controls (Cc), format characters
 * (Cf: zero-width U+200B–U+200F, bidi embeddings U+202A–U+202E and isolates U+2066–U+2069, U+FEFF,
 * tag characters), lone surrogates, line/paragraph separators, and the other default-ignorable
 * code points (variation selectors, Hangul fillers). They are shown as `\u{…}` so a reviewer sees
 * a Trojan-Source name for what it is instead of a harmless-looking one.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]/gu;
const LINE_BREAKS = /\r\n|[\r\n\u0085\u2028\u2029\t\v\f]/g;
/** Keeps the first `max` code points (never splitting a surrogate pair) and marks the cut. */
function capLength(text, max) {
    if (text.length <= max)
        return text;
    let index = 0;
    for (let count = 0; count < max && index < text.length; count++) {
        index += (text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1;
    }
    return index >= text.length ? text : `${text.slice(0, index)}${ELLIPSIS}`;
}
/** Shows invisible and reordering characters as `\u{202E}`-style text. */
function showInvisible(text) {
    return text.replace(INVISIBLE, (char) => `\\u{${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}}`);
}
/** Newlines, carriage returns, tabs and Unicode line separators become single spaces. */
function collapseLineBreaks(text) {
    return text.replace(LINE_BREAKS, ' ');
}
/** One line, capped, with nothing invisible: the common first step of every inline context. */
function visibleLine(text, max) {
    return showInvisible(collapseLineBreaks(capLength(text, max)));
}
/** `'` as `&#x27;`: a decimal `&#39;` would have its `#3` broken as if it were an issue reference. */
const HTML_ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#x27;',
};
function breakReferences(text) {
    // `#` first: the breaks inserted for `@` contain `#8203`, which must not be broken again.
    return text
        .replace(/#(?=\p{N})/gu, `#${LINK_BREAK}`)
        .replace(/\b(gh)-(?=\p{N})/giu, `$1-${LINK_BREAK}`)
        .replace(/@(?=[\p{L}\p{N}_])/gu, `@${LINK_BREAK}`);
}
/**
 * Untrusted text inline in markdown: a paragraph, a list item or a table cell.
 *
 * - `&`, `<`, `>` become entities: no HTML, no `<!--`/`-->`/`--!>` that could open or close a
 *   comment (ours is on the first line), no `<https://…>` autolink.
 * - `\`, `` ` ``, `*`, `_`, `~`, `[`, `]`, `|`, `$` are backslash-escaped: no emphasis, code,
 *   strikethrough, links, images, footnotes, math, and no `|` that ends a table cell. Every input
 *   `\` is doubled and every `|` gets one, so an odd number of backslashes always precedes a pipe
 *   (marked counts parity; cmark-gfm looks at one).
 * - `scheme://` and every `www.` (also inside a word: marked links `xwww.a.b`, GFM `_www.a.b`) get
 *   a backslash so extended autolinks do not fire; `user@host` is broken by the mention rule
 *   below. The text still reads as the URL it is.
 * - `@name`, `#123` and `GH-123` get a zero-width space (`LINK_BREAK`) after `@`/`#`/`-`.
 * - Line breaks collapse to spaces (no fake rows, no new blocks) and the value is capped; a value
 *   that starts with `#`, `-`, `+`, `=`, `1.` or spaces is escaped so it cannot open a block even at
 *   the start of a list item.
 */
function markdownText(text, max = MAX_INLINE_VALUE) {
    const escaped = breakReferences(visibleLine(text, max)
        .replace(/[&<>]/g, (char) => HTML_ENTITIES[char] ?? char)
        .replace(/[\\`*_~[\]|$]/g, '\\$&'))
        .replace(/:(?=\/\/)/g, '\\:')
        .replace(/(www)\./gi, '$1\\.');
    return escapeBlockStart(escaped);
}
function escapeBlockStart(text) {
    if (text.startsWith(' '))
        return `&#32;${text.slice(1)}`;
    if (/^[#+=-]/.test(text))
        return `\\${text}`;
    return text.replace(/^(\d{1,9})([.)])/, '$1\\$2');
}
/**
 * Untrusted text as an inline code span, for identifiers (check ids, paths, values). The fence is
 * one backtick longer than the longest run inside, so the text cannot close it. GitHub links no
 * mentions inside `<code>`, so none are broken here (that would change what people copy).
 * Not for table cells: a `|` inside a code span still splits a GFM row.
 */
function codeSpan(text, max = MAX_INLINE_VALUE) {
    const content = visibleLine(text, max);
    if (content === '')
        return '_(empty)_';
    const fence = '`'.repeat(longestRun(content, '`') + 1);
    const pad = content.startsWith('`') || content.endsWith('`') || (content.startsWith(' ') && content.endsWith(' '))
        ? ' '
        : '';
    return `${fence}${pad}${content}${pad}${fence}`;
}
/**
 * A fenced code block. Each line is collapsed, capped and made visible separately, so an untrusted
 * path cannot add a line (a second command someone might paste) or hide one behind bidi controls.
 */
function codeBlock(lines, info = '') {
    const content = lines.map((line) => visibleLine(line, MAX_CODE_LINE));
    const fence = '`'.repeat(Math.max(3, ...content.map((line) => longestRun(line, '`') + 1)));
    return [`${fence}${info}`, ...content, fence].join('\n');
}
/**
 * Untrusted text inside raw HTML, such as `<summary>` (where markdown is not parsed) or a quoted
 * attribute value: HTML-escaped, one line, capped, mentions and issue references broken.
 */
function htmlText(text, max = MAX_INLINE_VALUE) {
    return breakReferences(visibleLine(text, max).replace(/[&<>"']/g, (char) => HTML_ENTITIES[char] ?? char));
}
/**
 * Plain text for the Checks API (annotation messages, titles, raw details; check-run titles).
 * GitHub shows these as text, so only what a reader cannot see needs care: C0/C1 controls are
 * removed (newlines kept unless `singleLine`), bidi and zero-width characters are shown as
 * `\u{…}`, and the result is at most `max` UTF-16 code units (GitHub's limits count those or less).
 */
function plainText(text, max, options = {}) {
    const lines = capLength(text, max).replace(/\r\n?/g, '\n').replace(/\t/g, ' ');
    const oneLine = options.singleLine ? collapseLineBreaks(lines) : lines;
    // eslint-disable-next-line no-control-regex
    const withoutControls = oneLine.replace(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/g, '');
    return capUnits(withoutControls.split('\n').map(showInvisible).join('\n'), max);
}
/** Cuts to `max` UTF-16 code units including the `…`, without splitting a surrogate pair. */
function capUnits(text, max) {
    if (text.length <= max)
        return text;
    let end = max - ELLIPSIS.length;
    const last = text.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff)
        end -= 1;
    return `${text.slice(0, end)}${ELLIPSIS}`;
}
/** The message of a workflow command, exactly as @actions/core's `escapeData` writes it. */
function commandData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** A property of a workflow command (`file=`, `title=`), exactly as @actions/core's `escapeProperty`. */
function commandProperty(text) {
    return commandData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
function longestRun(text, char) {
    let longest = 0;
    let current = 0;
    for (const c of text) {
        current = c === char ? current + 1 : 0;
        if (current > longest)
            longest = current;
    }
    return longest;
}


/***/ }),

/***/ 6454:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B4: () => (/* binding */ formatCount),
/* harmony export */   LS: () => (/* binding */ plural)
/* harmony export */ });
/* unused harmony exports details, cappedList, table */
// Markdown building blocks. Callers pass cell and item text that is already escaped (escape.ts);
// these only arrange it, so a block is always emitted whole: never a table without its header, a
// `<details>` without its end, or a list cut in the middle of an item.
/**
 * A collapsible section. The blank lines after `<summary>` and before `</details>` make GitHub
 * (and marked) parse the body as markdown rather than as part of the HTML block. `summary` is our
 * own text (counts and labels); untrusted text must go through `htmlText` first.
 */
function details(summary, body, open = false) {
    return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
/**
 * A bullet list of at most `cap` items, then one line saying how many were left out. Only the
 * items shown are rendered, so a list of 100,000 costs what a list of `cap` does.
 */
function cappedList(items, cap, renderItem, indent = '') {
    const shown = items.slice(0, Math.max(0, cap)).map((item) => `${indent}- ${renderItem(item)}`);
    const hidden = items.length - shown.length;
    if (hidden > 0)
        shown.push(`${indent}- … and ${formatCount(hidden)} more`);
    return shown.join('\n');
}
/** A table with a header row; cells are already escaped for a table cell (`markdownText`). */
function table(header, rows) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
/** `1,234` — fixed locale, so rendered text does not depend on the runner's. */
function formatCount(count) {
    return count.toLocaleString('en-US');
}
/** `1 finding`, `2 findings`. */
function plural(count, one, many = `${one}s`) {
    return `${formatCount(count)} ${count === 1 ? one : many}`;
}


/***/ }),

/***/ 4620:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B8: () => (/* binding */ loadCheckInputFrom),
/* harmony export */   MW: () => (/* binding */ refuseConflictingToolFields),
/* harmony export */   xP: () => (/* binding */ TOOLS_FILE)
/* harmony export */ });
/* unused harmony export AGENTS_FILE */
/* harmony import */ var _engine_tools_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7967);
/* harmony import */ var _engine_plugin_settings_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9681);
/* harmony import */ var _engine_release_profile_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(307);
/* harmony import */ var _input_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1242);
/* harmony import */ var _json_document_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4845);
/* harmony import */ var _workspace_config_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9151);







const TOOLS_FILE = 'TOOLS.md';
const AGENTS_FILE = 'AGENTS.md';
/**
 * Reads a workspace the way `openclaw policy check` of the profile's release does, refusing input
 * it cannot trust. Each step the releases differ in is decided by a profile field.
 */
async function loadCheckInputFrom(reader, options = {}) {
    const profile = options.profile ?? (0,_engine_release_profile_js__WEBPACK_IMPORTED_MODULE_1__/* .profileOf */ .d)('2026.5.20');
    const read = await (0,_workspace_config_js__WEBPACK_IMPORTED_MODULE_4__/* .readWorkspaceConfig */ .sL)(reader, { config: options.config, profile, host: options.host });
    if (read.kind === 'config-invalid')
        return read;
    const { config, settings, configDoc, workspace } = read;
    const configuredPolicy = options.policy ?? settings.policyPath ?? _engine_plugin_settings_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_POLICY_PATH */ .lo;
    const display = (0,_engine_plugin_settings_js__WEBPACK_IMPORTED_MODULE_5__/* .policyDisplayName */ .En)(configuredPolicy);
    const name = { display, document: (0,_engine_plugin_settings_js__WEBPACK_IMPORTED_MODULE_5__/* .policyDocumentName */ .J4)(display) };
    let policy = { state: 'missing' };
    let policyDoc;
    // A policy path written in the config is data from the workspace (a pull request can change
    // it), so it must stay inside the workspace; one given with --policy is the user's own choice.
    const fromConfig = options.policy === undefined && settings.policyPath !== undefined;
    const policyRead = await workspace.read(configuredPolicy, {
        confineAbsolute: options.policy === undefined,
    });
    if (policyRead.kind === 'unreadable') {
        throw new _input_error_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(fromConfig
            ? `${policyRead.reason} (plugins.entries.policy.config.path); pass --policy to use it anyway.`
            : policyRead.reason);
    }
    if (policyRead.kind === 'text') {
        const parsed = (0,_json_document_js__WEBPACK_IMPORTED_MODULE_3__/* .parseJsonDocument */ .dH)(policyRead.text, display);
        if (parsed.ok) {
            (0,_workspace_config_js__WEBPACK_IMPORTED_MODULE_4__/* .refuseDuplicateKeys */ .M8)(parsed, display);
            policy = { state: 'parsed', value: parsed.value };
            policyDoc = { file: workspace.displayPath(policyRead.path), document: parsed };
        }
        else if (parsed.kind === 'too-deep') {
            throw new _input_error_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(parsed.error);
        }
        else {
            policy = { state: 'unparseable', error: parsed.error };
        }
    }
    const input = { name, policy, config, settings };
    const needs = profile.inputNeeds(policy, settings);
    // OpenClaw reads the exec approvals (step 9) before the tool documents (step 10).
    if (needs.execApprovals)
        input.execApprovals = await (0,_workspace_config_js__WEBPACK_IMPORTED_MODULE_4__/* .requireHost */ .sq)(options.host).readExecApprovals();
    if (needs.toolDocuments) {
        if (profile.toolsDocument === 'TOOLS.md')
            await readToolsFile(workspace, input);
        else
            await readAgentsFile(workspace, input);
    }
    return {
        kind: 'input',
        input,
        config: configDoc,
        policy: policyDoc,
        toolsFile: profile.toolsDocument,
        ...(read.agentId === undefined ? {} : { agentId: read.agentId }),
    };
}
/** 2026.5.20: TOOLS.md declares the governed tools. */
async function readToolsFile(workspace, input) {
    const tools = await workspace.read(TOOLS_FILE);
    if (tools.kind === 'unreadable')
        throw new _input_error_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(tools.reason);
    input.toolsMarkdown = tools.kind === 'text' ? tools.text : '';
    const parsed = (0,_engine_tools_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .readToolsMarkdown */ .fF)(input.toolsMarkdown);
    refuseConflictingToolFields(parsed.conflicts);
    input.toolDeclarations = parsed.tools;
}
/** 2026.9.6: AGENTS.md's `## Tools` section declares them; any TOOLS.md awaits migration. */
async function readAgentsFile(workspace, input) {
    const [agents, legacyTools] = await Promise.all([workspace.read(AGENTS_FILE), workspace.read(TOOLS_FILE)]);
    if (agents.kind === 'unreadable')
        throw new _input_error_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(agents.reason);
    if (legacyTools.kind === 'unreadable')
        throw new _input_error_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(legacyTools.reason);
    input.agentsMarkdown = agents.kind === 'text' ? agents.text : '';
    input.legacyToolsFile = legacyTools.kind === 'text';
}
/** Like duplicate keys: a tool that says `risk:low` and `risk:critical` is refused, not half-read. */
function refuseConflictingToolFields(conflicts) {
    const conflict = conflicts[0];
    if (conflict === undefined)
        return;
    throw new _input_error_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${TOOLS_FILE}:${conflict.line}: tool '${conflict.toolId}' declares ${conflict.field} more than once (${conflict.values.join(', ')}); OpenClaw would silently use the first, so keep one.`);
}


/***/ }),

/***/ 5070:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DP: () => (/* binding */ CONFIG_DOCUMENT_NAME),
/* harmony export */   MA: () => (/* binding */ parseOcAddress),
/* harmony export */   TV: () => (/* binding */ locateAddress)
/* harmony export */ });
/* unused harmony exports TOOLS_DOCUMENT_NAME, AGENTS_DOCUMENT_NAME */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
// From an `oc://` address (SPEC.md §3.2) back to the file, line and column it names, for
// annotations and links. The inverse of the engine's `oc-path.ts`; display only, never attested.

const SCHEME = 'oc://';
const CONFIG_DOCUMENT_NAME = 'openclaw.config';
const TOOLS_DOCUMENT_NAME = 'TOOLS.md';
/** Where 2026.9.6 declares governed tools (its `## Tools` section): `oc://AGENTS.md/tools/<id>`. */
const AGENTS_DOCUMENT_NAME = 'AGENTS.md';
const ARRAY_INDEX = /^#(0|[1-9][0-9]*)$/;
/**
 * Splits an address into its document and segments; undefined when it is not an `oc://` address.
 * A segment wrapped in double quotes is one literal segment and may contain `/` (it never
 * contains `"`: OpenClaw leaves such ids raw). Raw ids containing `/` cannot be told apart from two
 * segments; locating then falls back to the nearest parent.
 */
function parseOcAddress(address) {
    if (!address.startsWith(SCHEME))
        return undefined;
    const rest = address.slice(SCHEME.length);
    const firstSlash = rest.indexOf('/');
    const document = firstSlash === -1 ? rest : rest.slice(0, firstSlash);
    if (document === '')
        return undefined;
    const segments = [];
    if (firstSlash === -1)
        return { document, segments };
    let start = firstSlash + 1;
    for (;;) {
        if (rest[start] === '"') {
            const closing = rest.indexOf('"', start + 1);
            const after = rest[closing + 1];
            if (closing !== -1 && (after === undefined || after === '/')) {
                segments.push(rest.slice(start + 1, closing));
                if (after === undefined)
                    break;
                start = closing + 2;
                continue;
            }
        }
        const slash = rest.indexOf('/', start);
        const raw = slash === -1 ? rest.slice(start) : rest.slice(start, slash);
        segments.push(arrayIndexOf(raw) ?? raw);
        if (slash === -1)
            break;
        start = slash + 1;
    }
    return { document, segments };
}
function arrayIndexOf(segment) {
    if (!ARRAY_INDEX.test(segment))
        return undefined;
    const index = Number(segment.slice(1));
    return Number.isSafeInteger(index) ? index : undefined;
}
/**
 * The file position an address names. When the exact key is not in the file, the nearest parent
 * that is; when the file could not be parsed or positioned, line 1. Undefined for addresses that
 * name no file: `oc://policy/attestation/current`, unknown documents, documents not supplied.
 */
function locateAddress(address, documents) {
    const parsed = parseOcAddress(address);
    if (!parsed)
        return undefined;
    const { document, segments } = parsed;
    if (document === 'policy' && segments[0] === 'attestation')
        return undefined;
    if (document === CONFIG_DOCUMENT_NAME) {
        return documents.config && locateInJson(documents.config.path, documents.config.doc, segments);
    }
    if (document === TOOLS_DOCUMENT_NAME || document === AGENTS_DOCUMENT_NAME) {
        return locateTool(documents.toolsPath ?? document, documents.toolsLines, segments);
    }
    const policy = documents.policy;
    if (policy && document === (policy.ocName ?? node_path__WEBPACK_IMPORTED_MODULE_0__.basename(policy.path))) {
        return locateInJson(policy.path, policy.doc, segments);
    }
    return undefined;
}
function locateInJson(file, doc, segments) {
    if (!doc.ok)
        return { file, line: 1, column: 1 };
    const position = doc.locate(keysAsWritten(doc.value, segments)) ?? { line: 1, column: 1 };
    return { file, ...position };
}
function locateTool(file, toolsLines, segments) {
    const [section, toolId] = segments;
    const line = section === 'tools' && typeof toolId === 'string' ? toolsLines?.get(toolId) : undefined;
    return { file, line: line ?? 1, column: 1 };
}
/**
 * Channel ids are never quoted, so a channel called `#2` is written `…/channels/#2`, which reads
 * as an array index. Where the value has an object (not an array) at that point and the object
 * has such a key, the segment is the key.
 */
function keysAsWritten(value, segments) {
    let current = value;
    return segments.map((segment) => {
        let key = segment;
        if (typeof segment === 'number' && isPlainObject(current) && Object.hasOwn(current, `#${segment}`)) {
            key = `#${segment}`;
        }
        current = childOf(current, key);
        return key;
    });
}
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function childOf(container, key) {
    if (Array.isArray(container))
        return typeof key === 'number' ? container[key] : undefined;
    if (isPlainObject(container) && typeof key === 'string' && Object.hasOwn(container, key)) {
        return container[key];
    }
    return undefined;
}


/***/ }),

/***/ 9151:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M8: () => (/* binding */ refuseDuplicateKeys),
/* harmony export */   sL: () => (/* binding */ readWorkspaceConfig),
/* harmony export */   sq: () => (/* binding */ requireHost)
/* harmony export */ });
/* unused harmony export CONFIG_CANDIDATES */
/* harmony import */ var _engine_record_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(33);
/* harmony import */ var _engine_plugin_settings_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9681);
/* harmony import */ var _input_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1242);
/* harmony import */ var _json_document_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4845);
/* harmony import */ var _openclaw_host_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1293);





const CONFIG_CANDIDATES = ['openclaw.jsonc', 'openclaw.json'];
async function readWorkspaceConfig(reader, options) {
    const { profile } = options;
    const configRead = await readConfig(reader, options.config);
    let written = {};
    let configDoc;
    if (configRead.kind === 'text') {
        const file = reader.displayPath(configRead.path);
        const parsed = (0,_json_document_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJsonDocument */ .dH)(configRead.text, file);
        if (!parsed.ok) {
            if (parsed.kind === 'too-deep')
                throw new _input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(parsed.error);
            return configInvalid([{ path: '', message: `JSON5 parse failed: SyntaxError: ${parsed.error}` }], file);
        }
        refuseDuplicateKeys(parsed, file);
        // OpenClaw's config schema rejects a root that is not an object with "Invalid input".
        if (!(0,_engine_record_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(parsed.value))
            return configInvalid([{ path: '', message: 'Invalid input' }], file);
        written = parsed.value;
        configDoc = { file, document: parsed };
    }
    let config = written;
    if (profile.loadedConfig) {
        const loaded = (0,_openclaw_host_js__WEBPACK_IMPORTED_MODULE_2__/* .loadedConfigFor */ .NC)(written, requireHost(options.host));
        if (!loaded.ok)
            return configInvalid(loaded.issues, configDoc?.file ?? CONFIG_CANDIDATES[1]);
        config = loaded.config;
    }
    const agent = profile.agentSelection
        ? (0,_openclaw_host_js__WEBPACK_IMPORTED_MODULE_2__/* .selectAgentWorkspace */ .Bt)(requireHost(options.host), written, config, reader)
        : { agentId: undefined, reader, dir: undefined };
    return {
        kind: 'config',
        config,
        settings: (0,_engine_plugin_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .pluginSettings */ .FD)(config),
        configDoc,
        agentId: agent.agentId,
        workspace: agent.reader,
        workspaceDir: agent.dir,
    };
}
function configInvalid(issues, configFile) {
    const [first] = issues;
    const error = first === undefined ? 'invalid' : first.path === '' ? first.message : `${first.path}: ${first.message}`;
    return { kind: 'config-invalid', issues, error, configFile };
}
function requireHost(host) {
    if (host === undefined)
        throw new Error('this release reads OpenClaw host state: pass the OpenClaw host');
    return host;
}
async function readConfig(reader, explicit) {
    if (explicit !== undefined) {
        const read = await reader.read(explicit);
        if (read.kind === 'unreadable')
            throw new _input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(read.reason);
        if (read.kind === 'missing')
            throw new _input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`${explicit}: the OpenClaw config given with --config does not exist.`);
        return read;
    }
    const reads = await Promise.all(CONFIG_CANDIDATES.map((candidate) => reader.read(candidate)));
    const unreadable = reads.find((read) => read.kind === 'unreadable');
    if (unreadable?.kind === 'unreadable')
        throw new _input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(unreadable.reason);
    const present = reads.filter((read) => read.kind === 'text');
    // Two candidates side by side are ambiguous: a reviewer may read one while the agent loads the
    // other (a pull request can add the second one), so neither is chosen silently.
    if (present.length > 1)
        throw new _input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`${present.map((read) => reader.displayPath(read.path)).join(' and ')} are both present, so which OpenClaw config applies is ambiguous: remove one, or name it with --config (the \`config\` input of the action).`);
    return present[0] ?? { kind: 'missing', path: CONFIG_CANDIDATES[1] };
}
/**
 * JSON5 keeps the last of two equal keys, so a reviewer could read one rule while another
 * applies. OpenClaw accepts that silently; we refuse the file and say where.
 */
function refuseDuplicateKeys(document, file) {
    const problem = (0,_json_document_js__WEBPACK_IMPORTED_MODULE_1__/* .duplicateKeyProblem */ .Uv)(document, file);
    if (problem !== undefined)
        throw new _input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(problem);
}


/***/ }),

/***/ 7787:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ evaluateWorkspaceFrom)
/* harmony export */ });
/* harmony import */ var _engine_check_report_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1329);
/* harmony import */ var _engine_release_profile_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(307);
/* harmony import */ var _check_input_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4620);



/**
 * Reads a workspace through `reader` and evaluates it into its `check --json` report: the one
 * path the CLI (disk) and the gate (commits read through the API) share. Refused input throws
 * `InputError`. Without a profile this is 2026.5.20 (the pull-request gate, for now).
 */
async function evaluateWorkspaceFrom(reader, options) {
    const profile = options.profile ?? (0,_engine_release_profile_js__WEBPACK_IMPORTED_MODULE_1__/* .profileOf */ .d)('2026.5.20');
    const loaded = await (0,_check_input_js__WEBPACK_IMPORTED_MODULE_2__/* .loadCheckInputFrom */ .B8)(reader, { ...options, profile });
    if (loaded.kind === 'config-invalid')
        return {
            report: (0,_engine_check_report_js__WEBPACK_IMPORTED_MODULE_0__/* .configInvalidReport */ .cJ)(loaded.issues, profile, options.severityMin),
            check: undefined,
            loaded,
        };
    const check = profile.evaluate(loaded.input);
    const report = (0,_engine_check_report_js__WEBPACK_IMPORTED_MODULE_0__/* .checkReport */ .pA)(check, {
        checkedAt: options.checkedAt,
        policyPath: loaded.input.name.display,
        severityMin: options.severityMin,
        profile,
    });
    return { report, check, loaded };
}


/***/ })

};
