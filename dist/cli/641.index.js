export const id = 641;
export const ids = [641];
export const modules = {

/***/ 4641:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WATCH_FLAGS: () => (/* binding */ WATCH_FLAGS),
/* harmony export */   statusOf: () => (/* binding */ statusOf),
/* harmony export */   watchCommand: () => (/* binding */ watchCommand)
/* harmony export */ });
/* harmony import */ var _engine_findings_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8726);
/* harmony import */ var _engine_record_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(33);
/* harmony import */ var _workspace_input_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1242);
/* harmony import */ var _check_command_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4433);
/* harmony import */ var _cli_io_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2061);
/* harmony import */ var _committed_attestation_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9003);
/* harmony import */ var _parse_flags_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7499);
/* harmony import */ var _release_options_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7452);








const MIN_INTERVAL_MS = 250;
const DEFAULT_INTERVAL_MS = 2000;
/** The flags `watch` takes (its --help describes each). */
const WATCH_FLAGS = {
    ..._parse_flags_js__WEBPACK_IMPORTED_MODULE_4__/* .LOCATION_FLAGS */ .A,
    ..._release_options_js__WEBPACK_IMPORTED_MODULE_5__/* .RELEASE_FLAG */ .Zg,
    ..._release_options_js__WEBPACK_IMPORTED_MODULE_5__/* .HOST_FLAGS */ .Zr,
    once: { type: 'boolean' },
    json: { type: 'boolean' },
    'interval-ms': { type: 'string' },
    'severity-min': { type: 'string' },
};
async function watchCommand(args, io) {
    const { values } = (0,_parse_flags_js__WEBPACK_IMPORTED_MODULE_4__/* .parseFlags */ .b)('watch', args, WATCH_FLAGS);
    const profile = (0,_release_options_js__WEBPACK_IMPORTED_MODULE_5__/* .releaseFrom */ .Yc)(values.openclaw);
    const intervalMs = parseInterval(values['interval-ms']);
    const severityMin = (0,_check_command_js__WEBPACK_IMPORTED_MODULE_1__.parseSeverity)(values['severity-min']);
    const location = (0,_check_command_js__WEBPACK_IMPORTED_MODULE_1__.existingLocationFrom)(values, io);
    const run = {
        location,
        severityMin,
        profile,
        host: (0,_release_options_js__WEBPACK_IMPORTED_MODULE_5__/* .hostFrom */ .NJ)(profile, values, io, location.cwd, 'policy watch'),
    };
    const json = values.json || !io.stdoutIsTerminal;
    if (values.once) {
        const state = await evaluate(run, io.now(), values.policy);
        if (state.status === 'error')
            throw new _workspace_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(state.error ?? 'the workspace could not be read.');
        io.stdout(render(state, json) + (json ? '' : await committedHint(run, state)));
        return state.exitCode;
    }
    let lastKey;
    let exitCode = _cli_io_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT_CLEAN */ .XW;
    // A policy named with --policy must exist when the watch starts; later it may come and go.
    let policyFlag = values.policy;
    while (!io.stopRequested()) {
        const state = await evaluate(run, io.now(), policyFlag);
        policyFlag = undefined;
        const key = `${state.status}:${state.report?.attestation?.attestationHash ?? state.error ?? ''}:${state.exitCode}`;
        if (key !== lastKey)
            io.stdout(render(state, json) + (json ? '' : await committedHint(run, state)));
        lastKey = key;
        exitCode = state.exitCode;
        await io.sleep(intervalMs);
    }
    return exitCode;
}
/** On a terminal: a `hint:` line when the committed policy.attestation.json no longer matches. */
async function committedHint(run, state) {
    if (state.report === undefined)
        return '';
    const note = await (0,_committed_attestation_js__WEBPACK_IMPORTED_MODULE_3__/* .committedAttestationNote */ .N)(run.location.cwd, state.report.attestation?.attestationHash);
    return note === undefined ? '' : `hint: ${note}\n`;
}
/**
 * OpenClaw 2026.9.6's rule: `+`digits after trimming, a safe integer ≥ 250. (2026.5.20 silently
 * fell back to 2000 ms on anything else; a typo should not mean a different interval.)
 */
function parseInterval(raw) {
    if (raw === undefined)
        return DEFAULT_INTERVAL_MS;
    const value = /^\+?\d+$/.test(raw.trim()) ? Number(raw.trim()) : Number.NaN;
    if (!Number.isSafeInteger(value) || value < MIN_INTERVAL_MS)
        throw new _cli_io_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('--interval-ms must be an integer >= 250.');
    return value;
}
async function evaluate(run, now, policyFlag) {
    try {
        const { report, loaded } = await (0,_check_command_js__WEBPACK_IMPORTED_MODULE_1__.evaluateWorkspace)(run.location, { now, ...run });
        (0,_check_command_js__WEBPACK_IMPORTED_MODULE_1__.refuseMissingPolicyFlag)(policyFlag, loaded);
        if (loaded.kind !== 'input')
            return { ...statusOf(report, undefined), report };
        const { config, settings } = loaded.input;
        return {
            ...statusOf(report, settings.expectedAttestationHash),
            report,
            expectedAttestationHash: (0,_engine_record_js__WEBPACK_IMPORTED_MODULE_6__/* .valueAtPath */ .WS)(config, [
                'plugins',
                'entries',
                'policy',
                'config',
                'expectedAttestationHash',
            ]),
        };
    }
    catch (error) {
        if (!(error instanceof _workspace_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d))
            throw error;
        return { status: 'error', exitCode: _cli_io_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT_ERROR */ .SI, error: error.message };
    }
}
/** OpenClaw's watch status; `expected` is the trimmed lock, undefined when unset or blank. */
function statusOf(report, expected) {
    const exitCode = report.ok ? _cli_io_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT_CLEAN */ .XW : _cli_io_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT_FINDINGS */ .cB;
    if (!report.ok && report.findings.some((f) => f.checkId !== _engine_findings_js__WEBPACK_IMPORTED_MODULE_7__/* .ATTESTATION_HASH_MISMATCH */ .Zx))
        return { status: 'findings', exitCode };
    if (expected !== undefined &&
        report.attestation !== undefined &&
        expected !== report.attestation.attestationHash)
        return { status: 'stale', exitCode: _cli_io_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT_FINDINGS */ .cB };
    return { status: report.ok ? 'clean' : 'findings', exitCode };
}
function render(state, json) {
    const report = state.report;
    if (json) {
        // OpenClaw's line; undefined keys (no lock, no attestation) are left out as JSON.stringify does.
        return `${JSON.stringify({
            status: state.status,
            ok: report?.ok ?? false,
            expectedAttestationHash: state.expectedAttestationHash,
            error: state.error,
            attestation: report?.attestation,
            findings: report?.findings ?? [],
        })}\n`;
    }
    switch (state.status) {
        case 'error':
            return `policy watch: error - ${state.error}\n`;
        case 'stale':
            return `policy watch: accepted attestation is stale (current ${report?.attestation?.attestationHash}, expected ${String(state.expectedAttestationHash)}). Review policy check output, then update the supervisor/gateway accepted attestation.\n`;
        case 'findings':
            return `policy watch: ${report?.findings.length ?? 0} finding(s); accepted attestation cannot be updated until policy check is clean.\n`;
        case 'clean':
            return `policy watch: clean (attestation ${report?.attestation?.attestationHash}, evidence ${report?.attestation?.workspace.hash})\n`;
    }
}


/***/ })

};
