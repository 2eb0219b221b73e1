export const id = 855;
export const ids = [855];
export const modules = {

/***/ 9855:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DIFF_FLAGS: () => (/* binding */ DIFF_FLAGS),
/* harmony export */   diffCommand: () => (/* binding */ diffCommand),
/* harmony export */   explanationLines: () => (/* binding */ explanationLines)
/* harmony export */ });
/* harmony import */ var _engine_explain_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7193);
/* harmony import */ var _engine_record_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(33);
/* harmony import */ var _engine_snapshot_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7732);
/* harmony import */ var _gate_attestation_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3772);
/* harmony import */ var _workspace_input_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1242);
/* harmony import */ var _cli_io_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2061);
/* harmony import */ var _parse_flags_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7499);
/* harmony import */ var _release_options_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7452);
/* harmony import */ var _read_json_file_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8430);









/** The flags `diff` takes (its --help describes each). */
const DIFF_FLAGS = {
    ..._release_options_js__WEBPACK_IMPORTED_MODULE_6__/* .RELEASE_FLAG */ .Zg,
    json: { type: 'boolean' },
    'before-policy': { type: 'string' },
    'after-policy': { type: 'string' },
};
async function diffCommand(args, io) {
    const { values, positionals } = (0,_parse_flags_js__WEBPACK_IMPORTED_MODULE_5__/* .parseFlags */ .b)('diff', args, DIFF_FLAGS, 2);
    // Saved reports of either release verify and compare the same way (fix recommendations are
    // display-only, never hashed); the flag is accepted so every verb takes it.
    (0,_release_options_js__WEBPACK_IMPORTED_MODULE_6__/* .releaseFrom */ .Yc)(values.openclaw);
    const [beforeFile, afterFile] = positionals;
    (0,_read_json_file_js__WEBPACK_IMPORTED_MODULE_7__/* .refuseSeveralStdinArguments */ .$X)([
        ['<before.json>', beforeFile],
        ['<after.json>', afterFile],
        ['--before-policy', values['before-policy']],
        ['--after-policy', values['after-policy']],
    ]);
    const beforeReport = await (0,_read_json_file_js__WEBPACK_IMPORTED_MODULE_7__/* .readJsonArgument */ .a4)(io, beforeFile);
    const afterReport = await (0,_read_json_file_js__WEBPACK_IMPORTED_MODULE_7__/* .readJsonArgument */ .a4)(io, afterFile);
    const before = snapshotFrom(beforeReport, (0,_read_json_file_js__WEBPACK_IMPORTED_MODULE_7__/* .argumentName */ .JA)(beforeFile));
    const after = snapshotFrom(afterReport, (0,_read_json_file_js__WEBPACK_IMPORTED_MODULE_7__/* .argumentName */ .JA)(afterFile));
    const changed = (0,_engine_snapshot_js__WEBPACK_IMPORTED_MODULE_1__/* .changedComponents */ .tF)(before, after);
    const explanation = (0,_engine_explain_js__WEBPACK_IMPORTED_MODULE_0__/* .explainChange */ .UP)({
        ...reportParts(beforeReport),
        policy: values['before-policy'] && (await (0,_read_json_file_js__WEBPACK_IMPORTED_MODULE_7__/* .readJsonArgument */ .a4)(io, values['before-policy'])),
    }, {
        ...reportParts(afterReport),
        policy: values['after-policy'] && (await (0,_read_json_file_js__WEBPACK_IMPORTED_MODULE_7__/* .readJsonArgument */ .a4)(io, values['after-policy'])),
    });
    if (values.json || !io.stdoutIsTerminal)
        io.stdout(`${JSON.stringify({ changed, before, after, explanation })}\n`);
    else
        io.stdout(humanDiff(changed, before, after, explanation));
    return changed.length === 0 ? _cli_io_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT_CLEAN */ .XW : _cli_io_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT_FINDINGS */ .cB;
}
/** A snapshot of a report whose hashes re-derive from its own content (a hand-edited one is refused). */
function snapshotFrom(report, file) {
    const result = (0,_engine_snapshot_js__WEBPACK_IMPORTED_MODULE_1__/* .snapshotOf */ .eY)(report);
    if ('problem' in result)
        throw new _workspace_input_error_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`${file} ${result.problem}.`);
    const problem = (0,_gate_attestation_file_js__WEBPACK_IMPORTED_MODULE_2__/* .reportVerificationProblem */ .$)(report, file);
    if (problem !== undefined)
        throw new _workspace_input_error_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(problem);
    return result.snapshot;
}
function reportParts(report) {
    const record = (0,_engine_record_js__WEBPACK_IMPORTED_MODULE_8__/* .isRecord */ .u4)(report) ? report : {};
    const findings = Array.isArray(record.findings) ? record.findings.filter(_engine_record_js__WEBPACK_IMPORTED_MODULE_8__/* .isRecord */ .u4) : [];
    return { evidence: record.evidence, findings: findings };
}
function humanDiff(changed, before, after, explanation) {
    if (changed.length === 0)
        return `policy diff: no drift (attestation ${(0,_engine_snapshot_js__WEBPACK_IMPORTED_MODULE_1__/* .componentValue */ .F_)(after, 'attestation')})\n`;
    const lines = [`policy diff: changed ${changed.join(', ')}`];
    for (const component of changed) {
        lines.push(`  ${component}: ${(0,_engine_snapshot_js__WEBPACK_IMPORTED_MODULE_1__/* .componentValue */ .F_)(before, component)} -> ${(0,_engine_snapshot_js__WEBPACK_IMPORTED_MODULE_1__/* .componentValue */ .F_)(after, component)}`);
    }
    if (!(0,_engine_explain_js__WEBPACK_IMPORTED_MODULE_0__/* .isEmptyExplanation */ .l0)(explanation))
        lines.push(...explanationLines(explanation));
    return `${lines.join('\n')}\n`;
}
function explanationLines(e) {
    const lines = [];
    for (const f of e.findings.added)
        lines.push(`  + finding ${f.checkId}: ${f.message}`);
    for (const f of e.findings.resolved)
        lines.push(`  - finding ${f.checkId}: ${f.message}`);
    for (const entry of e.evidence.added)
        lines.push(`  + ${entry.slice} ${entry.source}`);
    for (const entry of e.evidence.removed)
        lines.push(`  - ${entry.slice} ${entry.source}`);
    for (const entry of e.evidence.changed) {
        const fields = entry.changes.map((c) => `${c.field} ${JSON.stringify(c.before) ?? 'absent'} -> ${JSON.stringify(c.after) ?? 'absent'}`);
        lines.push(`  ~ ${entry.slice} ${entry.source}: ${fields.join(', ')}`);
    }
    for (const rule of e.policy?.added ?? [])
        lines.push(`  + rule ${rule.rule}: ${rule.value}`);
    for (const rule of e.policy?.removed ?? [])
        lines.push(`  - rule ${rule.rule}: ${rule.value}`);
    return lines;
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


/***/ })

};
