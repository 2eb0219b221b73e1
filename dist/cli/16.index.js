export const id = 16;
export const ids = [16];
export const modules = {

/***/ 4016:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ACCEPT_FLAGS: () => (/* binding */ ACCEPT_FLAGS),
/* harmony export */   acceptCommand: () => (/* binding */ acceptCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _engine_check_report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1329);
/* harmony import */ var _workspace_input_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1242);
/* harmony import */ var _workspace_replace_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3200);
/* harmony import */ var _committed_attestation_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9003);
/* harmony import */ var _workspace_safe_read_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5969);
/* harmony import */ var _cli_io_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2061);
/* harmony import */ var _check_command_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4433);
/* harmony import */ var _parse_flags_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7499);
/* harmony import */ var _release_options_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7452);










/** The flags `accept` takes (its --help describes each). */
const ACCEPT_FLAGS = {
    ..._parse_flags_js__WEBPACK_IMPORTED_MODULE_8__/* .LOCATION_FLAGS */ .A,
    ..._release_options_js__WEBPACK_IMPORTED_MODULE_9__/* .RELEASE_FLAG */ .Zg,
    ..._release_options_js__WEBPACK_IMPORTED_MODULE_9__/* .HOST_FLAGS */ .Zr,
    out: { type: 'string' },
    json: { type: 'boolean' },
};
/**
 * Writes the workspace's attestation file (its `check --json` report) for the gate to compare
 * against: the one command a user runs to (re-)accept. Findings are written as attested, even
 * when an expectedAttestationHash lock would hide them, so the file always verifies. A workspace
 * without a policy is refused (there is nothing to accept), and a file that already says the same
 * but for `checkedAt` is left as it is (no churn in reviews, no reload in a watching sidecar).
 */
async function acceptCommand(args, io) {
    const { values } = (0,_parse_flags_js__WEBPACK_IMPORTED_MODULE_8__/* .parseFlags */ .b)('accept', args, ACCEPT_FLAGS);
    const profile = (0,_release_options_js__WEBPACK_IMPORTED_MODULE_9__/* .releaseFrom */ .Yc)(values.openclaw);
    const location = (0,_check_command_js__WEBPACK_IMPORTED_MODULE_7__.existingLocationFrom)(values, io);
    const { loaded, check } = await (0,_check_command_js__WEBPACK_IMPORTED_MODULE_7__.evaluateWorkspace)(location, {
        now: io.now(),
        profile,
        // `policy check` is the surface whose attestation is accepted.
        host: (0,_release_options_js__WEBPACK_IMPORTED_MODULE_9__/* .hostFrom */ .NJ)(profile, values, io, location.cwd, 'policy check'),
    });
    if (loaded.kind === 'config-invalid' || check === undefined) {
        const why = loaded.kind === 'config-invalid' ? ` (${loaded.error})` : '';
        const file = loaded.kind === 'config-invalid' ? loaded.configFile : 'the OpenClaw config';
        throw new _workspace_input_error_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${file} is not a usable OpenClaw config${why}; nothing was written.`);
    }
    (0,_check_command_js__WEBPACK_IMPORTED_MODULE_7__.refuseMissingPolicyFlag)(values.policy, loaded);
    if (loaded.input.policy.state === 'missing')
        throw new _workspace_input_error_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${loaded.input.name.display} does not exist in ${node_path__WEBPACK_IMPORTED_MODULE_0__.relative(io.cwd, location.cwd) || '.'}: there is no policy to accept; nothing was written.`);
    const report = (0,_engine_check_report_js__WEBPACK_IMPORTED_MODULE_1__/* .checkReport */ .pA)({ ...check, visibleFindings: check.attestedFindings }, { checkedAt: io.now().toISOString(), policyPath: loaded.input.name.display, profile });
    const out = node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(location.cwd, values.out ?? _committed_attestation_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_ATTESTATION_FILE */ .O);
    const unchanged = await sameButForTime(location.cwd, out, report);
    // Write-then-rename through an exclusive, unpredictably named file: a watcher or sidecar never
    // sees half a file, and a link planted under a guessable name is never written through.
    if (!unchanged)
        (0,_workspace_replace_file_js__WEBPACK_IMPORTED_MODULE_3__/* .replaceFile */ .f)(out, attestationText(report), { purpose: 'accept' });
    const hash = report.attestation?.attestationHash ?? 'none';
    const shown = node_path__WEBPACK_IMPORTED_MODULE_0__.relative(io.cwd, out) || out;
    const what = unchanged ? 'unchanged' : 'written';
    if (values.json || !io.stdoutIsTerminal)
        io.stdout(`${JSON.stringify({ [what]: shown, attestationHash: hash, ok: report.ok, findings: report.findings.length })}\n`);
    else
        io.stdout(`policy accept: ${unchanged ? 'unchanged' : 'wrote'} ${shown} (attestation ${hash})${report.ok ? '' : `, with ${report.findings.length} finding(s): the gate fails until they are fixed`}\n`);
    return report.ok ? _cli_io_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT_CLEAN */ .XW : _cli_io_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT_FINDINGS */ .cB;
}
function attestationText(report) {
    return `${JSON.stringify(report, null, 2)}\n`;
}
/**
 * Whether `file` already holds exactly what accept would write, `attestation.checkedAt` aside: then
 * every hash, finding and byte of it is current, and rewriting it would change only the time.
 */
async function sameButForTime(workspaceRoot, file, report) {
    if (report.attestation === undefined)
        return false;
    const read = await (0,_workspace_safe_read_js__WEBPACK_IMPORTED_MODULE_5__/* .readWorkspaceFile */ .sL)(workspaceRoot, file);
    if (read.kind !== 'text')
        return false;
    let checkedAt;
    try {
        checkedAt = JSON.parse(read.text)?.attestation
            ?.checkedAt;
    }
    catch {
        return false; // not JSON: rewritten
    }
    if (typeof checkedAt !== 'string')
        return false;
    const aligned = { ...report, attestation: { ...report.attestation, checkedAt } };
    return read.text === attestationText(aligned);
}


/***/ }),

/***/ 3200:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ replaceFile),
/* harmony export */   k: () => (/* binding */ errorText)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _input_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1242);
// Replacing a file without following links (issue 12): the new content goes to a file with an
// unpredictable name in the same directory, created exclusively (never through an existing file
// or a link planted under a guessable name), synced, then renamed over the target, which replaces
// the directory entry (a link there is replaced, never followed). Readers never see half a file.




function replaceFile(file, text, options) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(file);
    const name = node_path__WEBPACK_IMPORTED_MODULE_2__.basename(file);
    const temporary = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, `.${name}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(12).toString('hex')}.${options.purpose}`);
    const flags = node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_EXCL | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW;
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(temporary, flags, options.previous === undefined ? 0o666 : 0o600);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(fd, text);
        if (options.previous !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fchmodSync)(fd, options.previous.mode & 0o7777);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fsyncSync)(fd);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
        fd = undefined;
        options.beforeRename?.();
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(temporary, file);
    }
    catch (error) {
        if (fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
        removeTemporary(temporary);
        if (error instanceof _input_error_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d)
            throw error;
        throw new _input_error_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`${name} could not be written: ${errorText(error)}; nothing was changed.`);
    }
}
function removeTemporary(file) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.unlinkSync)(file);
    }
    catch (error) {
        // Absent means it was never created or already renamed; anything else is worth knowing.
        if (error.code !== 'ENOENT')
            throw new _input_error_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`could not remove ${file}: ${errorText(error)}`);
    }
}
/** An fs error in words: links and permissions said plainly, anything else as Node says it. */
function errorText(error) {
    const code = error?.code;
    if (code === 'ELOOP')
        return 'it is a symbolic link (ELOOP)';
    if (code === 'EACCES' || code === 'EPERM')
        return `permission denied (${code})`;
    return error instanceof Error ? error.message : String(error);
}


/***/ })

};
