export const id = 337;
export const ids = [337];
export const modules = {

/***/ 292:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ acceptedAttestationFrom)
/* harmony export */ });
/* harmony import */ var _gate_attestation_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3772);

/** Pure: the accepted attestation from the file's read result. */
function acceptedAttestationFrom(read, displayPath) {
    const invalid = (reason) => ({ state: 'invalid', path: displayPath, reason });
    if (read.kind === 'missing')
        return invalid(`${displayPath} does not exist: write it with \`policy-gate accept\`.`);
    if (read.kind === 'unreadable')
        return invalid(read.reason);
    let value;
    try {
        value = JSON.parse(read.text);
    }
    catch (error) {
        return invalid(`${displayPath} is not JSON (${error instanceof Error ? error.message : String(error)}).`);
    }
    const verified = (0,_gate_attestation_file_js__WEBPACK_IMPORTED_MODULE_0__/* .verifyAttestationFile */ .W)(value, displayPath);
    if (verified.state === 'verified')
        return { state: 'verified', path: displayPath, hash: verified.attestationHash };
    if (verified.state === 'corrupt')
        return invalid(verified.reason);
    return invalid(`${displayPath} does not exist.`);
}


/***/ }),

/***/ 2569:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  M: () => (/* binding */ governToolCall)
});

// EXTERNAL MODULE: ./lib/engine/families/tools.js
var tools = __webpack_require__(832);
// EXTERNAL MODULE: ./lib/engine/oc-path.js
var oc_path = __webpack_require__(8712);
// EXTERNAL MODULE: ./lib/engine/tools-markdown.js
var tools_markdown = __webpack_require__(7967);
// EXTERNAL MODULE: ./lib/runtime/prepare-workspace.js + 3 modules
var prepare_workspace = __webpack_require__(4626);
// EXTERNAL MODULE: ./lib/runtime/reason-codes.js
var reason_codes = __webpack_require__(9173);
;// CONCATENATED MODULE: ./lib/runtime/decide-tool-call.js
// The runtime tool gate (SPEC.md §6): one tool call, decided from a prepared workspace. Pure.
// Order: gate off → no decision; the policy itself blocks (missing, unparseable, malformed,
// expectedHash, expectedAttestationHash — the last before any approval); undeclared tool while
// metadata is required → approval; required metadata missing or unknown → block; risk critical
// or IRREVERSIBLE_EXTERNAL → approval; else allow. Any exception becomes a block.
// 2026.9.6 adds the posture rules bearing on the call (posture-rules.ts), which win over the tool
// metadata decision when stricter (and on a tie): a block, or an approval the policy asks for.





const ALLOWED_DECISIONS = ['allow-once', 'deny'];
const IRREVERSIBLE = 'IRREVERSIBLE_EXTERNAL';
/** Decides one call. Never throws: a failure inside is a block with the reason. */
function decideToolCall(workspace, toolName, options = {}) {
    try {
        return inKeyOrder(decide(workspace, toolName, options.enforcement ?? 'as-configured'));
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return {
            outcome: 'block',
            code: 'decision_error',
            tool: String(toolName),
            reason: `Policy tool runtime failed closed: ${message}`,
            policyId: workspace.policyId,
            ruleId: reason_codes/* RULE_ADDRESS */._.runtime,
        };
    }
}
/** Reads nothing: prepares `input` and decides one call (for one-shot callers such as the CLI). */
function decideToolCallFor(input, toolName, options = {}) {
    return decideToolCall(prepareRuntimeWorkspace(input), toolName, options);
}
function decide(workspace, toolName, enforcement) {
    if (typeof toolName !== 'string')
        throw new TypeError('the tool name is not a string');
    const slug = (0,tools_markdown/* slugifyHeading */.Cn)(toolName);
    const base = {
        tool: toolName,
        ...(slug === '' ? {} : { toolId: slug }),
        ...(workspace.kind === 'ready' && workspace.agentId !== undefined ? { agentId: workspace.agentId } : {}),
        policyId: workspace.policyId,
    };
    if (workspace.kind === 'unusable')
        return { outcome: 'block', ...base, ...workspace.block };
    const id = slug === '' ? toolName : slug;
    const target = workspace.toolsDocument === 'TOOLS.md' ? (0,oc_path/* toolAddress */.bD)(id) : `oc://${workspace.toolsDocument}/tools/${id}`;
    if (enforcement === 'as-configured' && workspace.offReason !== undefined) {
        return {
            outcome: 'none',
            code: 'runtime_gate_off',
            ...base,
            reason: workspace.offReason,
            ruleId: workspace.gateRule,
        };
    }
    const metadata = { ...workspace.metadata, target };
    if (workspace.block !== undefined)
        return { outcome: 'block', ...base, ...workspace.block, metadata };
    const declarations = slug === '' ? undefined : workspace.tools.get(slug);
    const document = workspace.toolsDocument;
    // Posture first, so that on a tie its decision (naming the rule that bears on this tool) wins.
    const decisions = workspace.posture
        .filter((rule) => rule.bearsOn(toolName))
        .map((rule) => postureDecision(rule, toolName, base, declarations?.[0], metadata));
    if (declarations === undefined) {
        if (workspace.required.size === 0) {
            decisions.push({
                outcome: 'allow',
                code: 'allowed',
                ...base,
                reason: `'${toolName}' is not declared in ${document}, and the policy requires no tool metadata.`,
                ruleId: workspace.gateRule,
                metadata,
            });
        }
        else {
            decisions.push({
                outcome: 'require-approval',
                code: 'undeclared_tool',
                ...base,
                reason: `Policy requires tool metadata, but '${toolName}' is not declared in ${document}.`,
                ruleId: requireMetadataAddress(workspace),
                approval: approval('Review undeclared tool', `Policy requires tool metadata, but '${toolName}' is not declared in ${document}.`, 'warning'),
                metadata,
            });
        }
    }
    else {
        // A tool declared twice gets the strictest of its declarations (OpenClaw uses the first).
        decisions.push(...declarations.map((descriptor) => declaredToolDecision(workspace, toolName, descriptor, base)));
    }
    return decisions.reduce((strictest, next) => STRICTNESS[next.outcome] > STRICTNESS[strictest.outcome] ? next : strictest);
}
/** A posture rule's decision; the call's target and descriptor are the tool's, as for any decision. */
function postureDecision(rule, toolName, base, descriptor, metadata) {
    const declared = descriptor === undefined
        ? { metadata }
        : { metadata: { ...metadata, target: descriptor.source }, descriptor };
    if (rule.outcome === 'block') {
        return {
            outcome: 'block',
            code: rule.code,
            ...base,
            reason: `Policy tool runtime blocks '${toolName}': ${rule.why}`,
            ruleId: rule.ruleId,
            ...declared,
        };
    }
    const description = `${toolName} requires approval because ${rule.why}`;
    return {
        outcome: 'require-approval',
        code: rule.code,
        ...base,
        reason: description,
        ruleId: rule.ruleId,
        approval: approval('Review policy-governed tool', description, 'warning'),
        ...declared,
    };
}
const STRICTNESS = {
    none: 0,
    allow: 1,
    'require-approval': 2,
    block: 3,
};
function declaredToolDecision(workspace, toolName, descriptor, base) {
    const metadata = { ...workspace.metadata, target: descriptor.source };
    const metadataProblem = metadataBlockReason(workspace, descriptor);
    if (metadataProblem !== undefined) {
        return {
            outcome: 'block',
            ...base,
            ...metadataProblem,
            ruleId: requireMetadataAddress(workspace),
            metadata,
            descriptor,
        };
    }
    const reasons = [];
    if (descriptor.risk === 'critical')
        reasons.push('risk is critical');
    if (descriptor.capabilities?.includes(IRREVERSIBLE))
        reasons.push('it can perform irreversible external actions');
    if (reasons.length === 0) {
        return {
            outcome: 'allow',
            code: 'allowed',
            ...base,
            reason: `'${toolName}' is declared in ${workspace.toolsDocument} and needs no approval.`,
            ruleId: workspace.gateRule,
            metadata,
            descriptor,
        };
    }
    const description = `${toolName} requires approval because ${reasons.join(' and ')}.`;
    return {
        outcome: 'require-approval',
        code: 'approval_required',
        ...base,
        reason: description,
        ruleId: workspace.gateRule,
        approval: approval('Review policy-governed tool', description, descriptor.risk === 'critical' ? 'critical' : 'warning'),
        metadata,
        descriptor,
    };
}
/** OpenClaw's texts; a value is checked against the known list only when that key is required. */
function metadataBlockReason(workspace, tool) {
    const { required, toolsDocument } = workspace;
    const missing = (key) => ({
        code: 'metadata_missing',
        reason: `Policy requires ${key} metadata for '${tool.id}', but ${toolsDocument} does not declare it.`,
    });
    const unknown = (key, value) => ({
        code: 'metadata_unknown',
        reason: `Policy requires known ${key} metadata for '${tool.id}', but ${toolsDocument} declares '${value}'.`,
    });
    if (required.has('risk')) {
        if (tool.risk === undefined)
            return missing('risk');
        if (!tools/* KNOWN_RISKS */.dl.includes(tool.risk))
            return unknown('risk', tool.risk);
    }
    if (required.has('sensitivity')) {
        if (tool.sensitivity === undefined)
            return missing('sensitivity');
        if (!tools/* KNOWN_SENSITIVITIES */.aA.includes(tool.sensitivity))
            return unknown('sensitivity', tool.sensitivity);
    }
    if (required.has('owner') && tool.owner === undefined)
        return missing('owner');
    return undefined;
}
function requireMetadataAddress(workspace) {
    return `${workspace.policyId}/tools/requireMetadata`;
}
/** The same decision with its keys in the documented order (they are built by spreading). */
function inKeyOrder(decision) {
    const { outcome, code, tool, toolId, agentId, reason, policyId, ruleId, approval, metadata, descriptor } = decision;
    return {
        outcome,
        code,
        tool,
        ...(toolId === undefined ? {} : { toolId }),
        ...(agentId === undefined ? {} : { agentId }),
        reason,
        policyId,
        ruleId,
        ...(approval === undefined ? {} : { approval }),
        ...(metadata === undefined ? {} : { metadata }),
        ...(descriptor === undefined ? {} : { descriptor }),
    };
}
function approval(title, description, severity) {
    return { title, description, severity, allowedDecisions: [...ALLOWED_DECISIONS] };
}

;// CONCATENATED MODULE: ./lib/runtime/govern-tool-call.js


/** Decides one call in the sidecar vocabulary. Never throws; deny always wins. */
function governToolCall(workspace, toolName, options = {}) {
    const { accepted } = options;
    const decision = decideToolCall(workspace, toolName, {
        enforcement: accepted ? 'always' : (options.enforcement ?? 'as-configured'),
    });
    const current = workspace.kind === 'ready' ? workspace.check.attestationHash : undefined;
    const attestation = {};
    if (current !== undefined)
        attestation.current = current;
    if (accepted?.state === 'verified')
        attestation.accepted = accepted.hash;
    const expected = workspace.kind === 'ready' ? workspace.metadata.attestation.expectedHash : undefined;
    if (expected !== undefined)
        attestation.expected = expected;
    const deny = (code, reason, ruleId) => governed('deny', { ...decision, code, reason, ruleId }, attestation);
    if (accepted?.state === 'invalid') {
        return deny('accepted_attestation_invalid', `The accepted attestation cannot be used, so every tool call is denied: ${accepted.reason}`, reason_codes/* RULE_ADDRESS */._.acceptedAttestation);
    }
    if (accepted !== undefined && workspace.kind === 'ready' && current !== accepted.hash) {
        return deny('attestation_stale', `The workspace's current policy attestation ${current} differs from the accepted attestation ${accepted.hash} (${accepted.path}): every tool call is denied until the change is reviewed and accepted again with \`policy-gate accept\`.`, reason_codes/* RULE_ADDRESS */._.acceptedAttestation);
    }
    switch (decision.outcome) {
        case 'block':
            return governed('deny', decision, attestation);
        case 'none':
            return governed('audit_only', decision, attestation);
        case 'require-approval':
            return governed('require_approval', decision, attestation);
        case 'allow':
            if (!options.callerRequiresApproval)
                return governed('allow', decision, attestation);
            return governed('require_approval', {
                ...decision,
                code: 'caller_requires_approval',
                reason: `${toolName} requires approval because the gateway marked this call as needing approval.`,
                approval: {
                    title: 'Review policy-governed tool',
                    description: `${toolName} requires approval because the gateway marked this call as needing approval.`,
                    severity: 'warning',
                    allowedDecisions: ['allow-once', 'deny'],
                },
            }, attestation);
    }
}
function governed(action, decision, attestation) {
    const { code, reason, tool, toolId, agentId, policyId, ruleId, approval, metadata, descriptor } = decision;
    return {
        action,
        allowed: action !== 'deny',
        code,
        reason,
        tool,
        ...(toolId === undefined ? {} : { toolId }),
        ...(agentId === undefined ? {} : { agentId }),
        policyId,
        ruleId,
        ...(metadata === undefined ? {} : { target: metadata.target }),
        attestation,
        // An approval request only accompanies the action that asks for one.
        ...(action === 'require_approval' && approval !== undefined ? { approval } : {}),
        ...(metadata === undefined ? {} : { metadata }),
        ...(descriptor === undefined ? {} : { descriptor }),
    };
}


/***/ }),

/***/ 4306:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ loadRuntimeInput)
/* harmony export */ });
/* harmony import */ var _engine_agents_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4930);
/* harmony import */ var _engine_release_profile_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(307);
/* harmony import */ var _engine_tools_markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7967);
/* harmony import */ var _workspace_check_input_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4620);
/* harmony import */ var _workspace_input_error_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1242);





/**
 * Reads a workspace for the runtime gate: what `check` reads (the same loader, profile and host,
 * so the hashes are the ones `check` and `accept` print), plus the release's tool document even
 * when the policy requires no metadata (risk and capabilities still decide approvals). Never
 * rejects: input the loader refuses, and any unexpected failure, become `unreadable`, which
 * blocks every call.
 */
async function loadRuntimeInput(reader, options = {}) {
    try {
        const profile = options.profile ?? (0,_engine_release_profile_js__WEBPACK_IMPORTED_MODULE_1__/* .profileOf */ .d)('2026.5.20');
        if (profile.toolsDocument === 'AGENTS.md')
            return await loadCurrentInput(reader, { ...options, profile });
        const loaded = await (0,_workspace_check_input_js__WEBPACK_IMPORTED_MODULE_3__/* .loadCheckInputFrom */ .B8)(reader, { config: options.config, policy: options.policy });
        if (loaded.kind === 'config-invalid')
            return { kind: 'config-invalid', error: loaded.error, configFile: loaded.configFile };
        const { toolsMarkdown: loadedText, toolDeclarations: loadedTools } = loaded.input;
        if (loadedText !== undefined && loadedTools !== undefined)
            return { kind: 'input', input: loaded.input, toolsMarkdown: loadedText, toolDeclarations: loadedTools };
        const tools = await reader.read(_workspace_check_input_js__WEBPACK_IMPORTED_MODULE_3__/* .TOOLS_FILE */ .xP);
        if (tools.kind === 'unreadable')
            return { kind: 'unreadable', reason: tools.reason };
        const toolsMarkdown = tools.kind === 'text' ? tools.text : '';
        const parsed = (0,_engine_tools_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .readToolsMarkdown */ .fF)(toolsMarkdown);
        // A tool declaring two risks would be decided by the first: refuse it (every call blocks).
        (0,_workspace_check_input_js__WEBPACK_IMPORTED_MODULE_3__/* .refuseConflictingToolFields */ .MW)(parsed.conflicts);
        return { kind: 'input', input: loaded.input, toolsMarkdown, toolDeclarations: parsed.tools };
    }
    catch (error) {
        if (error instanceof _workspace_input_error_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d)
            return { kind: 'unreadable', reason: error.message };
        return {
            kind: 'unreadable',
            reason: `internal error: ${error instanceof Error ? error.message : String(error)}`,
        };
    }
}
/**
 * 2026.9.6: the loader of `check` with the tool documents read always. The release's evaluator
 * decides from the policy alone whether it looks at them, so reading them changes no hash. The
 * loader keeps only whether TOOLS.md exists; its text is taken from the read as it passes.
 */
async function loadCurrentInput(reader, options) {
    const { profile, host } = options;
    let legacyToolsMarkdown;
    const noticing = (inner) => ({
        describe: inner.describe,
        displayPath: (filePath) => inner.displayPath(filePath),
        async read(filePath, readOptions) {
            const result = await inner.read(filePath, readOptions);
            if (filePath === _workspace_check_input_js__WEBPACK_IMPORTED_MODULE_3__/* .TOOLS_FILE */ .xP && result.kind === 'text')
                legacyToolsMarkdown = result.text;
            return result;
        },
    });
    const loaded = await (0,_workspace_check_input_js__WEBPACK_IMPORTED_MODULE_3__/* .loadCheckInputFrom */ .B8)(noticing(reader), {
        config: options.config,
        policy: options.policy,
        profile: {
            ...profile,
            inputNeeds: (policy, settings) => ({ ...profile.inputNeeds(policy, settings), toolDocuments: true }),
        },
        host: host === undefined ? undefined : { ...host, readerFor: (dir) => noticing(host.readerFor(dir)) },
    });
    if (loaded.kind === 'config-invalid')
        return { kind: 'config-invalid', error: loaded.error, configFile: loaded.configFile };
    const agentsMarkdown = loaded.input.agentsMarkdown ?? '';
    return {
        kind: 'input',
        input: loaded.input,
        toolsMarkdown: agentsMarkdown,
        toolDeclarations: (0,_engine_agents_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .scanAgentsMarkdownTools */ .K7)(agentsMarkdown),
        profile,
        ...(loaded.agentId === undefined ? {} : { agentId: loaded.agentId }),
        ...(loaded.input.legacyToolsFile === true && legacyToolsMarkdown !== undefined
            ? { legacyToolsMarkdown }
            : {}),
    };
}


/***/ }),

/***/ 4626:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  j: () => (/* binding */ prepareRuntimeWorkspace)
});

// EXTERNAL MODULE: ./lib/engine/families/tool-metadata.js
var tool_metadata = __webpack_require__(6127);
// EXTERNAL MODULE: ./lib/engine/families/tools.js
var tools = __webpack_require__(832);
// EXTERNAL MODULE: ./lib/engine/findings.js
var findings = __webpack_require__(8726);
// EXTERNAL MODULE: ./lib/engine/oc-path.js
var oc_path = __webpack_require__(8712);
// EXTERNAL MODULE: ./lib/engine/record.js
var record = __webpack_require__(33);
// EXTERNAL MODULE: ./lib/engine/release-profile.js
var release_profile = __webpack_require__(307);
// EXTERNAL MODULE: ./lib/engine/tools-markdown.js
var tools_markdown = __webpack_require__(7967);
// EXTERNAL MODULE: ./lib/engine/current/agent-scope-entries.js
var agent_scope_entries = __webpack_require__(2401);
// EXTERNAL MODULE: ./lib/engine/current/owner-label.js
var owner_label = __webpack_require__(8088);
// EXTERNAL MODULE: ./lib/engine/current/policy-scope.js
var policy_scope = __webpack_require__(3461);
// EXTERNAL MODULE: ./lib/engine/current/rule-location.js
var rule_location = __webpack_require__(1530);
// EXTERNAL MODULE: ./lib/engine/current/tool-matcher.js
var tool_matcher = __webpack_require__(2235);
// EXTERNAL MODULE: ./lib/engine/families/agent-workspace/entries.js
var entries = __webpack_require__(5773);
// EXTERNAL MODULE: ./lib/engine/families/exec-approvals/scan.js
var scan = __webpack_require__(731);
// EXTERNAL MODULE: ./lib/engine/families/sandbox/entries.js
var sandbox_entries = __webpack_require__(2383);
// EXTERNAL MODULE: ./lib/engine/families/sandbox/scoped-entries.js
var scoped_entries = __webpack_require__(518);
// EXTERNAL MODULE: ./lib/engine/families/tool-posture/evidence.js + 1 modules
var evidence = __webpack_require__(5431);
;// CONCATENATED MODULE: ./lib/runtime/posture-rules.js










/** The exec tools: what `tools.exec`, `tools.elevated` and the exec approvals govern. */
const EXEC_TOOLS = ['exec', 'process'];
const FS_TOOLS = (0,tool_matcher/* expandToolGroups */.hN)(['group:fs']);
/** The tools that run inside the sandbox's containers. */
const SANDBOXED_TOOLS = [...EXEC_TOOLS, ...FS_TOOLS, 'browser'];
const EVERY_TOOL = { kind: 'every-tool' };
const EXEC = { kind: 'tools', tools: EXEC_TOOLS };
const SANDBOXED = { kind: 'tools', tools: SANDBOXED_TOOLS };
const REQUIRED_TOOL = { kind: 'named', marker: "does not deny required tool '" };
/**
 * The findings that bear on calls. Not here, because they only make the agent stricter than the
 * policy expects: `tools-also-allow-missing`, `exec-approvals-allowlist-missing`.
 */
const BEARINGS = {
    'policy/agents-workspace-access-denied': {
        code: 'agents_workspace_access_denied',
        family: 'agentWorkspace',
        bearing: { kind: 'tools', tools: entries/* WORKSPACE_TOOLS */.U },
    },
    'policy/agents-tool-not-denied': {
        code: 'agents_tool_not_denied',
        family: 'agentWorkspace',
        bearing: REQUIRED_TOOL,
    },
    'policy/tools-profile-unapproved': {
        code: 'tools_profile_unapproved',
        family: 'toolPosture',
        bearing: EVERY_TOOL,
    },
    'policy/tools-fs-workspace-only-required': {
        code: 'tools_fs_workspace_only_required',
        family: 'toolPosture',
        bearing: { kind: 'tools', tools: FS_TOOLS },
    },
    'policy/tools-exec-security-unapproved': {
        code: 'tools_exec_security_unapproved',
        family: 'toolPosture',
        bearing: EXEC,
    },
    'policy/tools-exec-ask-unapproved': {
        code: 'tools_exec_ask_unapproved',
        family: 'toolPosture',
        bearing: EXEC,
        outcome: 'require-approval',
    },
    'policy/tools-exec-host-unapproved': {
        code: 'tools_exec_host_unapproved',
        family: 'toolPosture',
        bearing: EXEC,
    },
    'policy/tools-elevated-enabled': { code: 'tools_elevated_enabled', family: 'toolPosture', bearing: EXEC },
    'policy/tools-also-allow-unexpected': {
        code: 'tools_also_allow_unexpected',
        family: 'toolPosture',
        bearing: { kind: 'named', marker: "has unexpected tools.alsoAllow entry '" },
    },
    'policy/tools-required-deny-missing': {
        code: 'tools_required_deny_missing',
        family: 'toolPosture',
        bearing: REQUIRED_TOOL,
    },
    'policy/sandbox-mode-unapproved': {
        code: 'sandbox_mode_unapproved',
        family: 'sandboxPosture',
        bearing: EVERY_TOOL,
    },
    'policy/sandbox-backend-unapproved': {
        code: 'sandbox_backend_unapproved',
        family: 'sandboxPosture',
        bearing: EVERY_TOOL,
    },
    'policy/sandbox-container-posture-unobservable': {
        code: 'sandbox_container_posture_unobservable',
        family: 'sandboxPosture',
        bearing: SANDBOXED,
    },
    'policy/sandbox-container-host-network-denied': {
        code: 'sandbox_container_host_network_denied',
        family: 'sandboxPosture',
        bearing: SANDBOXED,
    },
    'policy/sandbox-container-namespace-join-denied': {
        code: 'sandbox_container_namespace_join_denied',
        family: 'sandboxPosture',
        bearing: SANDBOXED,
    },
    'policy/sandbox-container-mount-mode-required': {
        code: 'sandbox_container_mount_mode_required',
        family: 'sandboxPosture',
        bearing: SANDBOXED,
    },
    'policy/sandbox-container-runtime-socket-mount': {
        code: 'sandbox_container_runtime_socket_mount',
        family: 'sandboxPosture',
        bearing: SANDBOXED,
    },
    'policy/sandbox-container-unconfined-profile': {
        code: 'sandbox_container_unconfined_profile',
        family: 'sandboxPosture',
        bearing: SANDBOXED,
    },
    'policy/sandbox-browser-cdp-source-range-missing': {
        code: 'sandbox_browser_cdp_source_range_missing',
        family: 'sandboxPosture',
        bearing: { kind: 'tools', tools: ['browser'] },
    },
    'policy/exec-approvals-missing': { code: 'exec_approvals_missing', family: 'execApprovals', bearing: EXEC },
    'policy/exec-approvals-invalid': { code: 'exec_approvals_invalid', family: 'execApprovals', bearing: EXEC },
    'policy/exec-approvals-default-security-unapproved': {
        code: 'exec_approvals_default_security_unapproved',
        family: 'execApprovals',
        bearing: EXEC,
    },
    'policy/exec-approvals-agent-security-unapproved': {
        code: 'exec_approvals_agent_security_unapproved',
        family: 'execApprovals',
        bearing: EXEC,
    },
    'policy/exec-approvals-auto-allow-skills-enabled': {
        code: 'exec_approvals_auto_allow_skills_enabled',
        family: 'execApprovals',
        bearing: EXEC,
    },
    'policy/exec-approvals-allowlist-unexpected': {
        code: 'exec_approvals_allowlist_unexpected',
        family: 'execApprovals',
        bearing: EXEC,
    },
};
/** The policy sections whose rules can bear on a call, top level or inside an agent scope. */
const SECTIONS = ['agents/workspace', 'tools', 'sandbox', 'execApprovals'];
/**
 * The agent's deny list first (OpenClaw would not run such a tool at all), then every bearing
 * finding in the check's order. Pure.
 */
function postureRules(subject) {
    const rules = [];
    const deny = configDenyRule(subject);
    if (deny !== undefined)
        rules.push(deny);
    const applies = ruleAppliesToAgent(subject);
    const describes = agentEntryMatchers(subject.check.evidence, subject.agentId);
    for (const finding of subject.check.attestedFindings) {
        const bearing = Object.hasOwn(BEARINGS, finding.checkId)
            ? BEARINGS[finding.checkId]
            : undefined;
        if (bearing === undefined || !applies(finding.requirement) || !describes[bearing.family](finding))
            continue;
        rules.push({
            code: bearing.code,
            outcome: bearing.outcome ?? 'block',
            why: finding.fixHint === undefined ? finding.message : `${finding.message} ${finding.fixHint}`,
            ruleId: finding.requirement,
            bearsOn: bearsOn(bearing.bearing, finding.message),
        });
    }
    return rules;
}
/** `tools.deny`, global and the agent's own, as OpenClaw's matcher reads them (groups, globs, aliases). */
function configDenyRule({ config, agentId }) {
    const lists = (0,evidence/* scanToolPosture */.I)(config).filter((entry) => entry.kind === 'deny');
    const deny = lists.find((entry) => (0,policy_scope/* scopedAgentIdMatches */.iu)(entry.agentId, agentId)) ??
        lists.find((entry) => entry.scope === 'global');
    if (deny === undefined || deny.entries.length === 0)
        return undefined;
    return {
        code: 'tool_denied_by_config',
        outcome: 'block',
        why: `the OpenClaw config denies it for agent '${agentId}' (${deny.source}: ${deny.entries.join(', ')}).`,
        ruleId: deny.source,
        bearsOn: (0,tool_matcher/* toolDenyMatcher */.RC)(deny.entries),
    };
}
/** Whether a requirement is a rule of a top-level section, or of a scope naming the agent. */
function ruleAppliesToAgent({ policy, name, agentId }) {
    const locations = [
        ...SECTIONS.map((section) => (0,rule_location/* topLevelRules */.n7)(name, section)),
        ...(0,policy_scope/* agentScopeTargets */.C2)(policy)
            .filter((target) => target.agentId === agentId)
            .flatMap((target) => SECTIONS.map((section) => (0,rule_location/* scopedRules */.Up)(name, target.scopeName, section))),
    ];
    const prefixes = locations.map(rule_location/* sectionRequirement */.$W);
    return (requirement) => requirement !== undefined &&
        prefixes.some((prefix) => requirement === prefix || requirement.startsWith(`${prefix}/`));
}
/** Per family: whether a finding judges one of the entries that describe the agent. */
function agentEntryMatchers(evidence, agentId) {
    const judged = (entries, label, sources = (entry) => [entry.source]) => {
        return (finding) => entries.some((entry) => finding.target !== undefined &&
            sources(entry).includes(finding.target) &&
            finding.message.startsWith(`${label(entry)} `));
    };
    const toolPosture = listOf(evidence.toolPosture);
    const agentWorkspace = listOf(evidence.agentWorkspace);
    const sandbox = listOf(evidence.sandboxPosture);
    const execApprovals = listOf(evidence.execApprovals).filter((entry) => entry.kind === 'defaults' || entry.agentId === '*' || (0,policy_scope/* scopedAgentIdMatches */.iu)(entry.agentId, agentId));
    return {
        toolPosture: judged((0,agent_scope_entries/* agentScopeEntries */.C)(toolPosture, agentId, (entry) => entry.scope === 'global'), (entry) => (0,owner_label/* ownerLabel */.W)(entry, 'global tools config')),
        agentWorkspace: judged((0,agent_scope_entries/* agentScopeEntries */.C)(agentWorkspace, agentId, (entry) => entry.scope === 'defaults'), (entry) => (0,owner_label/* ownerLabel */.W)(entry, 'agents.defaults'), (entry) => entry.kind === 'workspaceAccess' ? [entry.source, entry.sandboxModeSource] : [entry.source]),
        sandboxPosture: judged((0,scoped_entries/* scopedSandboxEntries */.S)(sandbox, agentId), sandbox_entries/* sandboxLabel */.m),
        // Exec-approval sources are unique per entry; the row's own address stands for the row itself.
        execApprovals: (finding) => finding.target === scan/* EXEC_APPROVALS_URI */.eb || execApprovals.some((entry) => entry.source === finding.target),
    };
}
function listOf(value) {
    return Array.isArray(value) ? value : [];
}
function bearsOn(bearing, message) {
    switch (bearing.kind) {
        case 'every-tool':
            return () => true;
        case 'tools': {
            const tools = new Set(bearing.tools);
            return (tool) => tools.has((0,tool_matcher/* normalizeToolPolicyName */.BX)(tool));
        }
        case 'named': {
            const named = namedTool(message, bearing.marker);
            // A message the runtime cannot read names no tool it could exempt: every tool.
            if (named === undefined)
                return () => true;
            return (tool) => (0,tool_matcher/* toolListDenies */.Vw)([named], tool);
        }
    }
}
/** The text between `marker` and the closing `'.` at the end of the message. */
function namedTool(message, marker) {
    const at = message.lastIndexOf(marker);
    if (at < 0 || !message.endsWith("'."))
        return undefined;
    return message.slice(at + marker.length, -2);
}

// EXTERNAL MODULE: ./lib/runtime/reason-codes.js
var reason_codes = __webpack_require__(9173);
// EXTERNAL MODULE: ./lib/engine/policy-shape.js
var policy_shape = __webpack_require__(5242);
// EXTERNAL MODULE: ./lib/engine/registry.js
var registry = __webpack_require__(4887);
;// CONCATENATED MODULE: ./lib/runtime/runtime-policy-shape.js





const SUPPORTED_METADATA = ['risk', 'sensitivity', 'owner'];
/**
 * Why a parsed policy is too malformed to govern tool calls, or undefined. OpenClaw's runtime
 * checks come first, with its texts; then any other `policy/policy-jsonc-invalid` problem the
 * engine reports (SPEC.md §2.1), worded the same way. Two deliberate differences from OpenClaw's
 * runtime, both failing closed: an array is never accepted where an object is required (OpenClaw's
 * runtime lets `tools: []` through), and every shape problem the check reports blocks, not only
 * those in the tools and channels sections.
 */
function runtimePolicyShapeProblem(policy, name) {
    return openClawRuntimeProblem(policy, name) ?? engineShapeProblem(policy, name);
}
function openClawRuntimeProblem(policy, name) {
    const problem = (text, ...segments) => ({
        message: `Policy tool runtime is enabled, but ${name.display} ${text}`,
        target: (0,oc_path/* policyAddress */.ls)(name.document, ...segments),
    });
    if (!(0,record/* isRecord */.u4)(policy))
        return problem('does not contain an object.');
    const { tools, channels } = policy;
    if (tools !== undefined && !(0,record/* isRecord */.u4)(tools))
        return problem('has an invalid tools section.', 'tools');
    if ((0,record/* isRecord */.u4)(tools)) {
        const required = tools.requireMetadata;
        if (required !== undefined && !isStringArray(required)) {
            return problem('has an invalid tools.requireMetadata section.', 'tools', 'requireMetadata');
        }
        const unsupported = (required ?? []).findIndex((entry) => {
            const key = entry.trim().toLowerCase();
            return key !== '' && !SUPPORTED_METADATA.includes(key);
        });
        if (required !== undefined && unsupported >= 0) {
            const entry = required[unsupported].trim().toLowerCase();
            return problem(`has unsupported tools.requireMetadata '${entry}'.`, 'tools', 'requireMetadata', `#${unsupported}`);
        }
        if (tools.settings !== undefined && !(0,record/* isRecord */.u4)(tools.settings))
            return problem('has an invalid tools.settings section.', 'tools', 'settings');
        if (tools.entries !== undefined && !Array.isArray(tools.entries))
            return problem('has an invalid tools.entries section.', 'tools', 'entries');
    }
    if (channels !== undefined && !(0,record/* isRecord */.u4)(channels))
        return problem('has an invalid channels section.', 'channels');
    if ((0,record/* isRecord */.u4)(channels) && channels.denyRules !== undefined && !Array.isArray(channels.denyRules)) {
        return problem('has an invalid channels.denyRules section.', 'channels', 'denyRules');
    }
    return undefined;
}
/** The engine's own shape findings (containers, deny rules, requireMetadata entries). */
function engineShapeProblem(policy, name) {
    const container = (0,policy_shape/* containerShapeFinding */.W)(policy, registry/* POLICY_CONTAINERS */.Y, name);
    const evidence = { channels: [], mcpServers: [], modelProviders: [], modelRefs: [], network: [] };
    const invalid = container ??
        ((0,record/* isRecord */.u4)(policy)
            ? registry/* RULE_FAMILIES */.s.flatMap((family) => family.findings({ policy, name, evidence }))
            : []).find((finding) => finding.checkId === findings/* POLICY_INVALID */.j0);
    if (invalid === undefined)
        return undefined;
    return {
        message: `Policy tool runtime is enabled, but ${invalid.message}`,
        target: invalid.target ?? (0,oc_path/* policyAddress */.ls)(name.document),
    };
}
function isStringArray(value) {
    return Array.isArray(value) && value.every((entry) => typeof entry === 'string');
}

;// CONCATENATED MODULE: ./lib/runtime/runtime-switch.js

/** Undefined when the gate is on, else why it is off (one sentence). */
function runtimeGateOffReason(config, switchedOnBy = 'runtimeToolPolicy') {
    const entry = (0,record/* valueAtPath */.WS)(config, ['plugins', 'entries', 'policy']);
    if (!(0,record/* isRecord */.u4)(entry))
        return 'Policy tool runtime is off: the OpenClaw config has no plugins.entries.policy entry.';
    const settings = (0,record/* isRecord */.u4)(entry.config) ? entry.config : {};
    if (entry.enabled === false || settings.enabled === false)
        return 'Policy tool runtime is off: the policy plugin is disabled.';
    if (entry.enabled !== true && settings.enabled !== true)
        return 'Policy tool runtime is off: the policy plugin is not enabled.';
    if (switchedOnBy === 'runtimeToolPolicy' && settings.runtimeToolPolicy !== true) {
        return 'Policy tool runtime is off: plugins.entries.policy.config.runtimeToolPolicy is not true.';
    }
    return undefined;
}

;// CONCATENATED MODULE: ./lib/runtime/prepare-workspace.js











const UNKNOWN_POLICY_ID = 'oc://policy';
/** Evaluates a workspace for the runtime gate. Pure; never throws (failures block every call). */
function prepareRuntimeWorkspace(source) {
    try {
        return prepare(source);
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return {
            kind: 'unusable',
            policyId: UNKNOWN_POLICY_ID,
            block: {
                code: 'decision_error',
                reason: `Policy tool runtime failed closed: ${message}`,
                ruleId: reason_codes/* RULE_ADDRESS */._.runtime,
            },
        };
    }
}
function prepare(source) {
    if (source.kind === 'unreadable') {
        return {
            kind: 'unusable',
            policyId: UNKNOWN_POLICY_ID,
            block: {
                code: 'workspace_unreadable',
                reason: `Policy tool runtime cannot read the workspace: ${source.reason}`,
                ruleId: reason_codes/* RULE_ADDRESS */._.workspace,
            },
        };
    }
    if (source.kind === 'config-invalid') {
        return {
            kind: 'unusable',
            policyId: UNKNOWN_POLICY_ID,
            block: {
                code: 'config_invalid',
                reason: `Policy tool runtime cannot use ${source.configFile}: ${source.error}`,
                ruleId: reason_codes/* RULE_ADDRESS */._.config,
            },
        };
    }
    const { input } = source;
    const { name, settings } = input;
    const profile = source.profile ?? (0,release_profile/* profileOf */.d)('2026.5.20');
    const check = profile.evaluate(input);
    const policyValue = input.policy.state === 'parsed' ? input.policy.value : undefined;
    const policy = { path: name.display };
    if (check.policyHash !== undefined)
        policy.hash = check.policyHash;
    if (settings.expectedHash !== undefined)
        policy.expectedHash = settings.expectedHash;
    const attestation = { hash: check.attestationHash };
    if (settings.expectedAttestationHash !== undefined)
        attestation.expectedHash = settings.expectedAttestationHash;
    const { switchedOnBy, postureDecisions } = profile.runtimeGate;
    const agentId = source.agentId;
    return {
        kind: 'ready',
        name,
        policyId: (0,oc_path/* policyAddress */.ls)(name.document),
        offReason: runtimeGateOffReason(input.config, switchedOnBy),
        check,
        block: workspaceBlock(source, check, profile),
        toolsDocument: profile.toolsDocument,
        gateRule: switchedOnBy === 'runtimeToolPolicy' ? reason_codes/* RULE_ADDRESS */._.runtimeToolPolicy : reason_codes/* RULE_ADDRESS */._.policyPlugin,
        agentId,
        required: requiredKeys(policyValue, profile),
        tools: toolsById(source.toolDeclarations, profile.toolsDocument),
        posture: postureDecisions && agentId !== undefined && policyValue !== undefined
            ? postureRules({ check, policy: policyValue, name, config: input.config, agentId })
            : [],
        metadata: {
            source: 'policy',
            policy,
            workspace: { scope: 'policy', hash: check.evidenceHash },
            attestation,
        },
    };
}
/** The metadata keys the policy requires, as the release reads `tools.requireMetadata`. */
function requiredKeys(policyValue, profile) {
    if (profile.toolsDocument === 'AGENTS.md')
        return (0,tool_metadata/* requiredToolMetadata */.Nr)(policyValue);
    return (0,record/* isRecord */.u4)(policyValue) ? ((0,tools/* requiredMetadata */.Hv)(policyValue) ?? new Set()) : new Set();
}
/** SPEC.md §6, in order: missing, unparseable, malformed, `expectedHash`, `expectedAttestationHash`. */
function workspaceBlock(source, check, profile) {
    const { name, policy, settings } = source.input;
    const document = (0,oc_path/* policyAddress */.ls)(name.document);
    if (policy.state === 'missing') {
        return {
            code: 'policy_missing',
            reason: `Policy tool runtime is enabled, but ${name.display} is missing.`,
            ruleId: document,
        };
    }
    if (policy.state === 'unparseable') {
        return {
            code: 'policy_unparseable',
            reason: `Policy tool runtime is enabled, but ${name.display} could not be parsed.`,
            ruleId: document,
        };
    }
    // A strict release reports every shape problem as a check finding; the lenient one has its own runtime shape rules.
    const shape = profile.strictPolicyShape
        ? checkShapeProblem(check, name)
        : runtimePolicyShapeProblem(policy.value, name);
    if (shape !== undefined)
        return { code: 'policy_malformed', reason: shape.message, ruleId: shape.target };
    if (profile.toolsDocument === 'AGENTS.md') {
        const migration = migrationBlock(source, check);
        if (migration !== undefined)
            return migration;
    }
    if (settings.expectedHash !== undefined && settings.expectedHash !== check.policyHash) {
        return {
            code: 'policy_hash_mismatch',
            reason: `${name.display} does not match the configured policy hash.`,
            ruleId: reason_codes/* RULE_ADDRESS */._.expectedHash,
        };
    }
    const expected = settings.expectedAttestationHash;
    if (expected !== undefined && expected !== check.attestationHash) {
        return {
            code: 'attestation_hash_mismatch',
            reason: `${name.display} no longer matches the accepted policy attestation: current ${check.attestationHash}, expected ${expected}.`,
            ruleId: reason_codes/* RULE_ADDRESS */._.expectedAttestationHash,
        };
    }
    return undefined;
}
/**
 * 2026.9.6 has no runtime checks of its own: a policy is malformed exactly when its check reports
 * a `policy/policy-jsonc-invalid` finding, worded as the 2026.5.20 runtime words its problems.
 */
function checkShapeProblem(check, name) {
    const invalid = check.attestedFindings.find((finding) => finding.checkId === findings/* POLICY_INVALID */.j0);
    if (invalid === undefined)
        return undefined;
    return {
        message: `Policy tool runtime is enabled, but ${invalid.message}`,
        target: invalid.target ?? (0,oc_path/* policyAddress */.ls)(name.document),
    };
}
/**
 * 2026.9.6 reads tools from AGENTS.md only. A TOOLS.md left in the agent's workspace blocks every
 * call when the check says so (metadata required), and also when it still declares tools: deciding
 * from AGENTS.md then would silently drop those declarations (a critical tool would run unasked).
 */
function migrationBlock(source, check) {
    const finding = check.attestedFindings.find((f) => f.checkId === tool_metadata/* TOOLS_MD_MIGRATION_REQUIRED */.lM);
    if (finding !== undefined) {
        return {
            code: 'tools_md_migration_required',
            reason: `${finding.message} Every tool call is blocked until then.`,
            ruleId: finding.requirement ?? reason_codes/* RULE_ADDRESS */._.legacyTools,
        };
    }
    const legacy = source.legacyToolsMarkdown;
    const declared = legacy === undefined ? [] : (0,tools_markdown/* parseToolsMarkdown */.uZ)(legacy);
    if (declared.length === 0)
        return undefined;
    const ids = [...new Set(declared.map((tool) => `'${tool.id}'`))].join(', ');
    return {
        code: 'tools_md_migration_required',
        reason: `TOOLS.md still declares governed tools (${ids}), which OpenClaw 2026.9.6 no longer reads; move them into the AGENTS.md \`## Tools\` section (\`openclaw doctor --fix\` moves TOOLS.md under "Local notes (migrated from TOOLS.md)", which is not evaluated) and remove TOOLS.md. Every tool call is blocked until then.`,
        ruleId: reason_codes/* RULE_ADDRESS */._.legacyTools,
    };
}
function toolsById(declarations, document) {
    const byId = new Map();
    for (const declaration of declarations) {
        const descriptor = descriptorOf(declaration, document);
        const list = byId.get(declaration.id);
        if (list === undefined)
            byId.set(declaration.id, [descriptor]);
        else
            list.push(descriptor);
    }
    return byId;
}
/** The tools family's evidence entry for a declaration, with its source in the tool document. */
function descriptorOf(declaration, document) {
    const descriptor = (0,tools/* toolEvidence */.kY)(declaration);
    // Same keys in the same order (the spread keeps `source` in place), AGENTS.md's address.
    return document === 'TOOLS.md'
        ? descriptor
        : { ...descriptor, source: `oc://AGENTS.md/tools/${declaration.id}` };
}


/***/ }),

/***/ 9173:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ RULE_ADDRESS)
/* harmony export */ });
/* harmony import */ var _engine_oc_path_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8712);

/** `oc://` addresses of the requirements a decision cites as its `ruleId`. */
const RULE_ADDRESS = {
    runtimeToolPolicy: (0,_engine_oc_path_js__WEBPACK_IMPORTED_MODULE_0__/* .configAddress */ .vF)('plugins', 'entries', 'policy', 'config', 'runtimeToolPolicy'),
    /** 2026.9.6: the plugin entry whose enablement switches the gate on (no `runtimeToolPolicy`). */
    policyPlugin: (0,_engine_oc_path_js__WEBPACK_IMPORTED_MODULE_0__/* .configAddress */ .vF)('plugins', 'entries', 'policy'),
    /** 2026.9.6: a TOOLS.md with tool declarations while no metadata is required (no policy rule). */
    legacyTools: 'oc://TOOLS.md/tools',
    expectedHash: (0,_engine_oc_path_js__WEBPACK_IMPORTED_MODULE_0__/* .configAddress */ .vF)('plugins', 'entries', 'policy', 'config', 'expectedHash'),
    expectedAttestationHash: (0,_engine_oc_path_js__WEBPACK_IMPORTED_MODULE_0__/* .configAddress */ .vF)('plugins', 'entries', 'policy', 'config', 'expectedAttestationHash'),
    config: 'oc://openclaw.config',
    acceptedAttestation: 'oc://policy/attestation/accepted',
    workspace: 'oc://policy/workspace',
    runtime: 'oc://policy/runtime',
    /** Sidecar: a request that could not be evaluated. */
    request: 'oc://policy/runtime/request',
};


/***/ })

};
