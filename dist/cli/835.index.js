export const id = 835;
export const ids = [835];
export const modules = {

/***/ 7835:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  COMPARE_FLAGS: () => (/* binding */ COMPARE_FLAGS),
  compareCommand: () => (/* binding */ compareCommand)
});

// EXTERNAL MODULE: ./lib/engine/plugin-settings.js
var plugin_settings = __webpack_require__(9681);
// EXTERNAL MODULE: ./lib/engine/policy-compare.js
var policy_compare = __webpack_require__(3824);
// EXTERNAL MODULE: ./lib/engine/record.js
var record = __webpack_require__(33);
// EXTERNAL MODULE: ./lib/engine/registry.js
var registry = __webpack_require__(4887);
// EXTERNAL MODULE: ./lib/cli/cli-io.js
var cli_io = __webpack_require__(2061);
// EXTERNAL MODULE: ./lib/cli/check-command.js + 9 modules
var check_command = __webpack_require__(4433);
// EXTERNAL MODULE: ./lib/cli/parse-flags.js
var parse_flags = __webpack_require__(7499);
// EXTERNAL MODULE: ./lib/cli/read-json-file.js
var read_json_file = __webpack_require__(8430);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/workspace/json-document.js + 6 modules
var json_document = __webpack_require__(4845);
// EXTERNAL MODULE: ./lib/workspace/workspace-config.js
var workspace_config = __webpack_require__(9151);
// EXTERNAL MODULE: ./lib/workspace/workspace-reader.js
var workspace_reader = __webpack_require__(1114);
;// CONCATENATED MODULE: ./lib/cli/release-compare.js
// `compare` for a release that has its own `policy compare` (OpenClaw 2026.9.6, SPEC-2026.9 §2.5,
// §12.1): which files, read how; the comparison itself is the profile's pure function.







async function releaseCompare(release, options, io) {
    const baseline = options.baseline;
    if (baseline === undefined || baseline.trim() === '')
        throw new cli_io/* UsageError */.eb('Missing required --baseline value.');
    const candidate = await candidatePath(options);
    const report = release.compare(await policyDocument(io, baseline), await policyDocument(io, candidate));
    if (options.json || !io.stdoutIsTerminal)
        io.stdout(`${JSON.stringify(report)}\n`);
    else
        io.stdout(`${release.humanLines(report).join('\n')}\n`);
    return report.ok ? cli_io/* EXIT_CLEAN */.XW : cli_io/* EXIT_FINDINGS */.cB;
}
/**
 * `--policy` (trimmed, relative to the current directory), else the configured policy path in the
 * selected agent's workspace; with a config OpenClaw cannot use, `policy.jsonc` here.
 */
async function candidatePath(options) {
    if (options.policy !== undefined && options.policy.trim() !== '')
        return options.policy.trim();
    const read = await (0,workspace_config/* readWorkspaceConfig */.sL)((0,workspace_reader/* diskReader */.lJ)(options.workspaceRoot), {
        config: options.config,
        profile: options.profile,
        host: options.host,
    });
    if (read.kind !== 'config')
        return plugin_settings/* DEFAULT_POLICY_PATH */.lo;
    const configured = read.settings.policyPath ?? plugin_settings/* DEFAULT_POLICY_PATH */.lo;
    if (external_node_path_.isAbsolute(configured))
        return configured;
    return external_node_path_.resolve(read.workspaceDir ?? options.workspaceRoot, configured);
}
/**
 * One compared file under its basename (standard input, `-` or `/dev/stdin`, as `stdin`: the name
 * OpenClaw gives `/dev/stdin`). Missing and directory files read as Node's errors, as in OpenClaw;
 * other refusals (device, FIFO, oversize) give the safe reader's reason. Repeated keys are refused
 * as everywhere in policy-gate (JSON5 would silently keep the last).
 */
async function policyDocument(io, file) {
    const absolute = external_node_path_.resolve(io.cwd, file);
    const name = (0,read_json_file/* isStdinArgument */.qN)(file) ? read_json_file/* STDIN_NAME */.p : external_node_path_.basename(absolute);
    const read = await (0,read_json_file/* readArgumentText */.fF)(io, file);
    if (read.kind === 'missing')
        return { name, readError: `ENOENT: no such file or directory, open '${absolute}'` };
    if (read.kind === 'unreadable')
        return {
            name,
            readError: / is a directory, not a file$/.test(read.reason)
                ? 'EISDIR: illegal operation on a directory, read'
                : read.reason,
        };
    const parsed = (0,json_document/* parseJsonDocument */.dH)(read.text, name);
    if (parsed.ok)
        (0,workspace_config/* refuseDuplicateKeys */.M8)(parsed, name);
    return { name, text: read.text };
}

// EXTERNAL MODULE: ./lib/cli/release-options.js
var release_options = __webpack_require__(7452);
;// CONCATENATED MODULE: ./lib/cli/compare-command.js










/** The flags `compare` takes (its --help describes each). */
const COMPARE_FLAGS = {
    ...parse_flags/* LOCATION_FLAGS */.A,
    ...release_options/* RELEASE_FLAG */.Zg,
    ...release_options/* HOST_FLAGS */.Zr,
    baseline: { type: 'string' },
    json: { type: 'boolean' },
};
/**
 * `compare --baseline <file> [--policy <file>] [--json]`: 0 at least as strict, 1 weaker, 2 unreadable.
 * A release with its own `policy compare` gets it (its files, findings and output); otherwise this
 * is policy-gate's comparison (weakenings), which the pull-request gate uses too.
 */
async function compareCommand(args, io) {
    const { values } = (0,parse_flags/* parseFlags */.b)('compare', args, COMPARE_FLAGS);
    const profile = (0,release_options/* releaseFrom */.Yc)(values.openclaw);
    (0,read_json_file/* refuseSeveralStdinArguments */.$X)([
        ['--baseline', values.baseline],
        ['--policy', values.policy?.trim()],
    ]);
    const location = (0,check_command.existingLocationFrom)(values, io);
    const host = (0,release_options/* hostFrom */.NJ)(profile, values, io, location.cwd, 'policy compare');
    if (profile.policyCompare !== undefined) {
        return releaseCompare(profile.policyCompare, {
            baseline: values.baseline,
            policy: values.policy,
            json: values.json === true,
            workspaceRoot: location.cwd,
            config: values.config,
            profile,
            host,
        }, io);
    }
    if (values.cwd !== undefined || values.config !== undefined)
        throw new cli_io/* UsageError */.eb(`--cwd and --config find the policy through the OpenClaw config, which OpenClaw ${profile.release} has no compare for: name both files (--baseline, --policy).`);
    if (values.baseline === undefined)
        throw new cli_io/* UsageError */.eb('compare: --baseline <file> is required.');
    const policyFile = values.policy ?? 'policy.jsonc';
    const name = (file) => {
        const display = (0,read_json_file/* isStdinArgument */.qN)(file) ? read_json_file/* STDIN_NAME */.p : (0,plugin_settings/* policyDisplayName */.En)(file);
        return { display, document: (0,plugin_settings/* policyDocumentName */.J4)(display) };
    };
    const baseline = await (0,read_json_file/* readJsonArgument */.a4)(io, values.baseline);
    const candidate = await (0,read_json_file/* readJsonArgument */.a4)(io, policyFile);
    refuseNonPolicy('--baseline', values.baseline, baseline);
    refuseNonPolicy('--policy', policyFile, candidate);
    const comparison = (0,policy_compare/* comparePolicies */.O)(baseline, candidate, {
        baseline: name(values.baseline),
        candidate: name(policyFile),
    });
    if (values.json || !io.stdoutIsTerminal) {
        const { weakenings, ...report } = comparison;
        io.stdout(`${JSON.stringify({ ...report, weakenings: weakenings.map(({ rule, kind, detail }) => ({ rule, kind, detail })) })}\n`);
    }
    else if (comparison.ok) {
        io.stdout(`policy compare: ${comparison.policyPath} is at least as strict as ${comparison.baselinePath} (${comparison.rulesChecked} rules checked)\n`);
    }
    else {
        const lines = [`policy compare: ${comparison.policyPath} is weaker than ${comparison.baselinePath}`];
        for (const w of comparison.weakenings)
            lines.push(`  [${w.kind}] ${w.rule}: ${w.detail}`);
        for (const f of comparison.findings.filter((f) => f.checkId.endsWith('-invalid')))
            lines.push(`  [invalid] ${f.message}`);
        io.stdout(`${lines.join('\n')}\n`);
    }
    return comparison.ok ? cli_io/* EXIT_CLEAN */.XW : cli_io/* EXIT_FINDINGS */.cB;
}
/** The top-level sections a 2026.5.20 policy has rules in. */
const POLICY_SECTIONS = new Set(registry/* POLICY_CONTAINERS */.Y.map((rule) => rule.path[0]));
/**
 * 2026.5.20 reads unknown top-level keys as no rules, so a document with keys but not one policy
 * section (a saved check report, an OpenClaw config) would compare as an empty policy: every
 * candidate "at least as strict". Such a file is refused instead. (A document that is no object is
 * the comparison's own invalid finding; an empty `{}` is a policy without rules.)
 */
function refuseNonPolicy(flag, file, document) {
    if (!(0,record/* isRecord */.u4)(document))
        return;
    const keys = Object.keys(document);
    if (keys.length === 0 || keys.some((key) => POLICY_SECTIONS.has(key)))
        return;
    const shown = keys.slice(0, 4).join(', ') + (keys.length > 4 ? ', …' : '');
    const report = 'attestation' in document || 'checksRun' in document ? ' (it looks like a check report)' : '';
    throw new cli_io/* UsageError */.eb(`${flag} ${(0,read_json_file/* argumentName */.JA)(file)} is not a policy${report}: none of its keys (${shown}) is a policy section (${[...POLICY_SECTIONS].join(', ')}).`);
}


/***/ }),

/***/ 8430:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $X: () => (/* binding */ refuseSeveralStdinArguments),
/* harmony export */   JA: () => (/* binding */ argumentName),
/* harmony export */   a4: () => (/* binding */ readJsonArgument),
/* harmony export */   fF: () => (/* binding */ readArgumentText),
/* harmony export */   p: () => (/* binding */ STDIN_NAME),
/* harmony export */   qN: () => (/* binding */ isStdinArgument)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _workspace_input_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1242);
/* harmony import */ var _workspace_json_document_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4845);
/* harmony import */ var _workspace_safe_read_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5969);
/* harmony import */ var _cli_io_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2061);





/**
 * The file arguments that mean standard input. `/dev/stdin` is read through the process too, so a
 * pipe works (the safe reader refuses a FIFO, which could block forever) and both spellings give
 * the same result; its basename, `stdin`, is the name either is shown under.
 */
const STDIN_ARGUMENTS = new Set(['-', '/dev/stdin']);
const STDIN_NAME = 'stdin';
function isStdinArgument(file) {
    return file !== undefined && STDIN_ARGUMENTS.has(file);
}
/** How a file argument is named in messages: as typed, or `standard input`. */
function argumentName(file) {
    return isStdinArgument(file) ? 'standard input' : file;
}
/** Standard input can be read once: refuses a command line that names it twice. */
function refuseSeveralStdinArguments(named) {
    const stdin = named.filter(([, file]) => isStdinArgument(file)).map(([what]) => what);
    if (stdin.length > 1)
        throw new _cli_io_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`only one argument can read standard input, not ${stdin.join(' and ')}.`);
}
/**
 * A file the user named on the command line (so it may be anywhere), or standard input for `-`
 * and `/dev/stdin`, as the safe reader's result.
 */
async function readArgumentText(io, file) {
    if (isStdinArgument(file)) {
        if (io.readStdin === undefined)
            throw new _workspace_input_error_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`${file}: there is no standard input to read here.`);
        const text = await io.readStdin();
        return { kind: 'text', path: file, text, bytes: Buffer.byteLength(text) };
    }
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(io.cwd, file);
    // Named by the user, so trusted wherever it is: the file-system root is its "workspace".
    return (0,_workspace_safe_read_js__WEBPACK_IMPORTED_MODULE_3__/* .readWorkspaceFile */ .sL)(node_path__WEBPACK_IMPORTED_MODULE_0__.parse(absolute).root, absolute);
}
/** Reads a JSON(5) document the user named on the command line (`-`: standard input). */
async function readJsonArgument(io, file) {
    const read = await readArgumentText(io, file);
    const shown = argumentName(file);
    if (read.kind === 'missing')
        throw new _workspace_input_error_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`${file} does not exist.`);
    if (read.kind === 'unreadable')
        throw new _workspace_input_error_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(read.reason);
    const parsed = (0,_workspace_json_document_js__WEBPACK_IMPORTED_MODULE_2__/* .parseJsonDocument */ .dH)(read.text, shown);
    if (!parsed.ok)
        throw new _workspace_input_error_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`${shown} could not be parsed: ${parsed.error}`);
    const duplicate = (0,_workspace_json_document_js__WEBPACK_IMPORTED_MODULE_2__/* .duplicateKeyProblem */ .Uv)(parsed, shown);
    if (duplicate !== undefined)
        throw new _workspace_input_error_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(duplicate);
    return parsed.value;
}


/***/ }),

/***/ 3824:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ comparePolicies)
/* harmony export */ });
/* harmony import */ var _policy_shape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5242);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4887);
/* harmony import */ var _strictness_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2994);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8726);





/**
 * Rule by rule, is `candidate` at least as strict as `baseline`? Each family compares its own
 * rules; a malformed policy on either side is reported as invalid rather than compared, because a
 * half-read policy must not look "as strict".
 */
function comparePolicies(baseline, candidate, names) {
    const base = { baselinePath: names.baseline.display, policyPath: names.candidate.display };
    const invalid = [shapeProblem(baseline, names.baseline), shapeProblem(candidate, names.candidate)].filter((f) => f !== undefined);
    if (invalid.length > 0 || !(0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(baseline) || !(0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(candidate)) {
        return { ok: false, ...base, rulesChecked: 0, findings: invalid, weakenings: [] };
    }
    const weakenings = _registry_js__WEBPACK_IMPORTED_MODULE_0__/* .RULE_FAMILIES */ .s.flatMap((family) => family.compareStrictness(baseline, candidate, names));
    const rulesChecked = _registry_js__WEBPACK_IMPORTED_MODULE_0__/* .RULE_FAMILIES */ .s.reduce((sum, family) => sum + family.describeRules(baseline).length, 0);
    return {
        ok: weakenings.length === 0,
        ...base,
        rulesChecked,
        findings: weakenings.map((w) => w.finding),
        weakenings,
    };
}
function shapeProblem(policy, name) {
    const problem = (0,_policy_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .containerShapeFinding */ .W)(policy, _registry_js__WEBPACK_IMPORTED_MODULE_0__/* .POLICY_CONTAINERS */ .Y, name);
    if (!problem)
        return undefined;
    return (0,_findings_js__WEBPACK_IMPORTED_MODULE_3__/* .finding */ .gk)({
        ...problem,
        checkId: _strictness_js__WEBPACK_IMPORTED_MODULE_4__/* .CONFORMANCE_INVALID */ .ap,
        requirement: problem.target,
        fixHint: problem.fixHint,
    });
}


/***/ })

};
