export const id = 155;
export const ids = [155];
export const modules = {

/***/ 6155:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EXIT_GATE_ALLOW: () => (/* binding */ EXIT_GATE_ALLOW),
/* harmony export */   EXIT_GATE_APPROVAL: () => (/* binding */ EXIT_GATE_APPROVAL),
/* harmony export */   EXIT_GATE_DENY: () => (/* binding */ EXIT_GATE_DENY),
/* harmony export */   gateCommand: () => (/* binding */ gateCommand),
/* harmony export */   humanGateLine: () => (/* binding */ humanGateLine)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _runtime_accepted_attestation_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(292);
/* harmony import */ var _runtime_govern_tool_call_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2569);
/* harmony import */ var _runtime_load_runtime_input_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4306);
/* harmony import */ var _runtime_prepare_workspace_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4626);
/* harmony import */ var _workspace_input_error_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1242);
/* harmony import */ var _workspace_safe_read_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5969);
/* harmony import */ var _workspace_workspace_reader_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1114);
/* harmony import */ var _cli_io_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2061);
/* harmony import */ var _check_command_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4433);
/* harmony import */ var _parse_flags_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(7499);
/* harmony import */ var _release_options_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(7452);












/** `gate` exit codes: the call may run, needs a person, or must not run (2 stays "error"). */
const EXIT_GATE_ALLOW = 0;
const EXIT_GATE_APPROVAL = 3;
const EXIT_GATE_DENY = 4;
const EXIT_FOR_ACTION = {
    allow: EXIT_GATE_ALLOW,
    audit_only: EXIT_GATE_ALLOW,
    require_approval: EXIT_GATE_APPROVAL,
    deny: EXIT_GATE_DENY,
};
/**
 * Decides one tool call for a workspace (SPEC.md §6; for 2026.9.6, src/runtime/README.md). Without
 * `--accepted` the gate follows the config as OpenClaw does (2026.5.20: off unless runtimeToolPolicy
 * is true; 2026.9.6: off unless the policy plugin is enabled; off means no decision, exit 0). With
 * it, the gate is always on and every call is denied unless the workspace's current attestation
 * equals the accepted file's.
 */
async function gateCommand(args, io) {
    const { values } = (0,_parse_flags_js__WEBPACK_IMPORTED_MODULE_10__/* .parseFlags */ .b)('gate', args, {
        ..._parse_flags_js__WEBPACK_IMPORTED_MODULE_10__/* .LOCATION_FLAGS */ .A,
        ..._release_options_js__WEBPACK_IMPORTED_MODULE_11__/* .RELEASE_FLAG */ .Zg,
        ..._release_options_js__WEBPACK_IMPORTED_MODULE_11__/* .HOST_FLAGS */ .Zr,
        tool: { type: 'string' },
        accepted: { type: 'string' },
        json: { type: 'boolean' },
    });
    const profile = (0,_release_options_js__WEBPACK_IMPORTED_MODULE_11__/* .releaseFrom */ .Yc)(values.openclaw);
    const tool = values.tool;
    if (tool === undefined || tool.trim() === '')
        throw new _cli_io_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb('gate: --tool <name> is required (the tool name the agent is about to call).');
    const location = (0,_check_command_js__WEBPACK_IMPORTED_MODULE_9__.locationFrom)(values, io);
    const input = await (0,_runtime_load_runtime_input_js__WEBPACK_IMPORTED_MODULE_3__/* .loadRuntimeInput */ .B)((0,_workspace_workspace_reader_js__WEBPACK_IMPORTED_MODULE_7__/* .diskReader */ .lJ)(location.cwd), {
        config: location.config,
        policy: location.policy,
        profile,
        // The attestation a gate compares is `policy check`'s (what `accept` writes).
        host: (0,_release_options_js__WEBPACK_IMPORTED_MODULE_11__/* .hostFrom */ .NJ)(profile, values, io, location.cwd, 'policy check'),
    });
    if (input.kind === 'unreadable')
        throw new _workspace_input_error_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .d(input.reason);
    const accepted = values.accepted === undefined ? undefined : await readAccepted(location.cwd, values.accepted);
    const decision = (0,_runtime_govern_tool_call_js__WEBPACK_IMPORTED_MODULE_2__/* .governToolCall */ .M)((0,_runtime_prepare_workspace_js__WEBPACK_IMPORTED_MODULE_4__/* .prepareRuntimeWorkspace */ .j)(input), tool, { accepted });
    if (values.json || !io.stdoutIsTerminal)
        io.stdout(`${JSON.stringify(decision)}\n`);
    else
        io.stdout(`${humanGateLine(decision)}\n`);
    return EXIT_FOR_ACTION[decision.action];
}
async function readAccepted(workspace, file) {
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(workspace, file);
    return (0,_runtime_accepted_attestation_js__WEBPACK_IMPORTED_MODULE_1__/* .acceptedAttestationFrom */ .U)(await (0,_workspace_safe_read_js__WEBPACK_IMPORTED_MODULE_6__/* .readWorkspaceFile */ .sL)(workspace, absolute), file);
}
function humanGateLine(decision) {
    const tool = decision.tool;
    switch (decision.action) {
        case 'allow':
            return `policy gate: allow ${tool} - ${decision.reason}`;
        case 'audit_only':
            return `policy gate: no decision for ${tool} - ${decision.reason}`;
        case 'require_approval':
            return `policy gate: approval required for ${tool} - ${decision.approval?.title ?? 'Review'}: ${decision.reason}`;
        case 'deny':
            return `policy gate: deny ${tool} [${decision.code}] - ${decision.reason}`;
    }
}


/***/ })

};
