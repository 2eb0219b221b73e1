export const id = 386;
export const ids = [386];
export const modules = {

/***/ 7499:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ LOCATION_FLAGS),
/* harmony export */   b: () => (/* binding */ parseFlags)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var _cli_io_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2061);


/** node:util parseArgs in strict mode, its errors turned into one-line usage errors. */
function parseFlags(verb, args, options, positionals = 0) {
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args, options, strict: true, allowPositionals: positionals > 0 });
    }
    catch (error) {
        throw new _cli_io_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${verb}: ${error instanceof Error ? firstLine(error.message) : String(error)}`);
    }
    if (parsed.positionals.length !== positionals) {
        throw new _cli_io_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${verb}: expected ${positionals} file argument(s), got ${parsed.positionals.length}. See 'policy-gate --help'.`);
    }
    return parsed;
}
function firstLine(text) {
    return text.split('\n')[0] ?? text;
}
const LOCATION_FLAGS = {
    cwd: { type: 'string' },
    config: { type: 'string' },
    policy: { type: 'string' },
};


/***/ }),

/***/ 7452:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NJ: () => (/* binding */ hostFrom),
/* harmony export */   Yc: () => (/* binding */ releaseFrom),
/* harmony export */   Zg: () => (/* binding */ RELEASE_FLAG),
/* harmony export */   Zr: () => (/* binding */ HOST_FLAGS)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var _engine_release_profile_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(307);
/* harmony import */ var _workspace_openclaw_host_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1293);
/* harmony import */ var _cli_io_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2061);
// `--openclaw <release>` and the flags only a release with agent selection and a state database
// reads (`--agent`, `--state-dir`, `--exec-approvals`), turned into a profile and an OpenClaw host.




const RELEASE_FLAG = { openclaw: { type: 'string' } };
const HOST_FLAGS = {
    agent: { type: 'string' },
    'state-dir': { type: 'string' },
    'exec-approvals': { type: 'string' },
};
/** The release a verb reproduces: `--openclaw`, default the current one. */
function releaseFrom(value) {
    const profile = (0,_engine_release_profile_js__WEBPACK_IMPORTED_MODULE_1__/* .releaseProfile */ .L)(value);
    if ('unsupported' in profile)
        throw new _cli_io_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`--openclaw: ${profile.unsupported}`);
    return profile;
}
/**
 * The OpenClaw host of a run of `surface` in `workspaceRoot`, or undefined for a release that reads
 * nothing besides the workspace; its flags are refused there rather than silently ignored.
 */
function hostFrom(profile, values, io, workspaceRoot, surface) {
    if (!profile.agentSelection && values.agent !== undefined)
        throw new _cli_io_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`--agent needs agent selection, which OpenClaw ${profile.release} does not have.`);
    for (const flag of ['state-dir', 'exec-approvals']) {
        if (!profile.execApprovals && values[flag] !== undefined)
            throw new _cli_io_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`--${flag} is for exec approvals in OpenClaw's state database, which OpenClaw ${profile.release} does not read.`);
    }
    if (!profile.loadedConfig && !profile.agentSelection && !profile.execApprovals)
        return undefined;
    // Like OpenClaw, which prints them once at start-up: `watch` must not repeat them every round.
    const warned = new Set();
    return (0,_workspace_openclaw_host_js__WEBPACK_IMPORTED_MODULE_2__/* .diskHost */ .Uw)({
        surface,
        agent: values.agent,
        workspaceRoot,
        cwd: io.cwd,
        env: io.env ?? {},
        osHome: io.osHome ?? (0,node_os__WEBPACK_IMPORTED_MODULE_0__.homedir)(),
        stateDirFlag: values['state-dir'],
        execApprovalsFile: values['exec-approvals'],
        warn: (line) => {
            if (!warned.has(line))
                io.stderr(`${line}\n`);
            warned.add(line);
        },
    });
}


/***/ }),

/***/ 1293:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Uw: () => (/* binding */ diskHost),
  NC: () => (/* binding */ loadedConfigFor),
  Bt: () => (/* binding */ selectAgentWorkspace)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/engine/record.js
var engine_record = __webpack_require__(33);
// EXTERNAL MODULE: ./lib/engine/current/agent-id.js
var agent_id = __webpack_require__(2131);
;// CONCATENATED MODULE: ./lib/engine/current/loaded-config/release-config-schema.js
// GENERATED from openclaw@2026.9.6 by test/engine/current/loaded-config-schema.generate.mjs — do not edit.
// Structural data of the release's config schema (keys in declaration order, required keys, record
// key patterns, unions, literal/enum values, leaf types) and of its bundled channel schemas. See
// schema-node.ts for the node format and the generator for what is and is not captured.
const RELEASE_VERSION = '2026.9.6';
/** { root: the zod root schema as a SchemaNode, shared: [subtree] } (see schema-node.ts), JSON. */
const CORE_SCHEMA_JSON = '{"root":{"o":[["$schema","s"],["meta",{"o":[["lastTouchedVersion","s"],["migrations",{"o":[["modelPolicyAllowlist",{"l":[true]}],["utilityModelSeparation",{"l":[true]}]]}]]}],["env",{"o":[["shellEnv",{"o":[["enabled","b"],["timeoutMs",{"c":[["int"],["gt",0,1]],"of":"n"}]]}],["vars",{"r":"s"}]]}],["wizard",{"o":[["accessMode",{"u":[{"l":["full"]},{"l":["guarded"]}]}],["appRecommendations","b"],["lastRunAt","s"],["lastRunVersion","s"],["lastRunCommit","s"],["lastRunCommand","s"],["lastRunMode",{"u":[{"l":["local"]},{"l":["remote"]}]}],["securityAcknowledgedAt","s"]]}],["diagnostics",{"o":[["enabled","b"],["flags",{"a":"s"}],["otel",{"o":[["enabled","b"],["endpoint","s"],["tracesEndpoint","s"],["metricsEndpoint","s"],["logsEndpoint","s"],["protocol",{"l":["http/protobuf"]}],["headers",{"r":"s"}],["serviceName","s"],["metricNamePrefix",{"c":[["max",128],["regex","^(?:[A-Za-z][A-Za-z0-9_./-]*)?$",""]],"of":"s"}],["traces","b"],["metrics","b"],["logs","b"],["logsExporter",{"u":[{"l":["otlp"]},{"l":["stdout"]},{"l":["both"]}]}],["sampleRate",{"c":[["gt",0,1],["lt",1,1]],"of":"n"}],["flushIntervalMs",{"c":[["int"],["gt",0,1]],"of":"n"}],["captureContent","b"]]}],["cacheTrace",{"o":[["enabled","b"]]}]]}],["logging",{"o":[["level",{"u":[{"l":["silent"]},{"l":["fatal"]},{"l":["error"]},{"l":["warn"]},{"l":["info"]},{"l":["debug"]},{"l":["trace"]}]}],["file","s"],["maxFileBytes",{"c":[["int"],["gt",0,0]],"of":"n"}],["consoleLevel",{"u":[{"l":["silent"]},{"l":["fatal"]},{"l":["error"]},{"l":["warn"]},{"l":["info"]},{"l":["debug"]},{"l":["trace"]}]}],["consoleStyle",{"u":[{"l":["pretty"]},{"l":["json"]}]}],["redactPatterns",{"a":"s"}],["audit",{"o":[["enabled","b"],["executionIdentity","b"],["messages",{"u":[{"l":["off"]},{"l":["direct"]},{"l":["all"]}]}]]}]]}],["update",{"o":[["channel",{"u":[{"l":["stable"]},{"l":["extended-stable"]},{"l":["beta"]},{"l":["dev"]}]}],["checkOnStart","b"],["auto",{"o":[["enabled","b"]]}]]}],["telemetry",{"o":[["enabled","b"],["consentedAt","s"]]}],["browser",{"o":[["enabled","b"],["allowSystemProfileImport","b"],["evaluateEnabled","b"],["cdpUrl","s"],["executablePath","s"],["headless","b"],["noSandbox","b"],["attachOnly","b"],["defaultProfile","s"],["snapshotDefaults",{"o":[["mode",{"l":["efficient"]}]]}],{"$i":0},["profiles",{"r":{"o":[["cdpPort",{"c":[["int"],["gt",1,1],["lt",65535,1]],"of":"n"}],["cdpUrl","s"],["userDataDir","s"],["mcpCommand","s"],["mcpArgs",{"a":"s"}],["driver",{"u":[{"l":["openclaw"]},{"l":["clawd"]},{"l":["existing-session"]},{"l":["extension"]}]}],["headless","b"],["executablePath","s"],["attachOnly","b"]]},"k":{"p":"^[a-z0-9-]+$","f":""}}],["extraArgs",{"a":"s"}],["tabCleanup",{"o":[["enabled","b"]]}],["extensionRelay",{"o":[["allowLegacyAuth","b"]]}]]}],["ui",{"o":[["seamColor",{"c":[["regex","^#?[0-9a-fA-F]{6}$","","expected hex color (RRGGBB)"]],"of":"s"}],["prefs",{"o":[["theme",{"u":[{"l":["claw"]},{"l":["knot"]},{"l":["dash"]},{"l":["absolutely"]},{"l":["tide"]},{"l":["beacon"]},{"l":["phosphor"]},{"l":["crt"]},{"l":["manuscript"]},{"l":["rose"]},{"l":["miami"]},{"l":["custom"]}]}],["themeMode",{"u":[{"l":["light"]},{"l":["dark"]},{"l":["system"]}]}],["accent",{"u":[{"l":["theme"]},{"c":[["regex","^#?[0-9a-fA-F]{6}$","","expected hex color (RRGGBB)"]],"of":"s"}]}],["locale",{"c":[["max",20]],"of":"s"}],["chatShowThinking","b"],["chatShowToolCalls","b"],["chatPersistCommentary","b"],["chatSendShortcut",{"u":[{"l":["enter"]},{"l":["modifier-enter"]}]}],["chatFollowUpMode",{"u":[{"l":["steer"]},{"l":["queue"]}]}],["sidebarEntries",{"a":"s"}]]}]]}],["secrets",{"o":[["egressProxy",{"o":[["enabled","b"],["allowedHosts",{"c":[["max",256]],"of":{"a":{"c":[["trim"],["min",1]],"of":"s"}}}],["bypassHosts",{"c":[["max",256]],"of":{"a":{"c":[["trim"],["min",1]],"of":"s"}}}]]}],["providers",{"o":[],"x":{"u":[{"o":[["source",{"l":["env"]},1],["allowlist",{"c":[["max",256]],"of":{"a":{"c":[["regex","^[A-Z][A-Z0-9_]{0,127}$",""]],"of":"s"}}}]]},{"o":[["source",{"l":["file"]},1],["path",{"c":[["min",1]],"of":"s"},1],["mode",{"u":[{"l":["singleValue"]},{"l":["json"]}]}],["timeoutMs",{"c":[["int"],["gt",0,0],["lt",120000,1]],"of":"n"}],["maxBytes",{"c":[["int"],["gt",0,0],["lt",20971520,1]],"of":"n"}]]},{"u":[{"o":[["source",{"l":["exec"]},1],["command",{"c":[["min",1]],"of":"s"},1],["args",{"c":[["max",128]],"of":{"a":{"c":[["max",1024]],"of":"s"}}}],["timeoutMs",{"c":[["int"],["gt",0,0],["lt",120000,1]],"of":"n"}],["noOutputTimeoutMs",{"c":[["int"],["gt",0,0],["lt",120000,1]],"of":"n"}],["maxOutputBytes",{"c":[["int"],["gt",0,0],["lt",20971520,1]],"of":"n"}],["jsonOnly","b"],["env",{"r":"s"}],["passEnv",{"c":[["max",128]],"of":{"a":{"c":[["regex","^[A-Z][A-Z0-9_]{0,127}$",""]],"of":"s"}}}],["trustedDirs",{"c":[["max",64]],"of":{"a":{"c":[["min",1]],"of":"s"}}}]]},{"o":[["source",{"l":["exec"]},1],["pluginIntegration",{"o":[["pluginId",{"c":[["min",1],["max",128]],"of":"s"},1],["integrationId",{"c":[["min",1],["max",128]],"of":"s"},1]]},1]]}]},{"o":[["source",{"l":["store"]},1]]}]}}],["defaults",{"o":[["env",{"c":[["regex","^[a-z][a-z0-9_-]{0,63}$",""]],"of":"s"}],["file",{"c":[["regex","^[a-z][a-z0-9_-]{0,63}$",""]],"of":"s"}],["exec",{"c":[["regex","^[a-z][a-z0-9_-]{0,63}$",""]],"of":"s"}],["store",{"c":[["regex","^[a-z][a-z0-9_-]{0,63}$",""]],"of":"s"}]]}]]}],["auth",{"o":[["profiles",{"r":{"o":[["provider","s",1],["mode",{"u":[{"l":["api_key"]},{"l":["aws-sdk"]},{"l":["oauth"]},{"l":["token"]}]},1],["email","s"],["displayName","s"]]}}],["order",{"r":{"a":"s"}}]]}],["accessGroups",{"r":{"u":[{"o":[["type",{"l":["discord.channelAudience"]},1],["guildId",{"c":[["min",1]],"of":"s"},1],["channelId",{"c":[["min",1]],"of":"s"},1],["membership",{"l":["canViewChannel"]}]]},{"o":[["type",{"l":["message.senders"]},1],["members",{"r":{"a":{"c":[["min",1]],"of":"s"}}},1]]}]}}],["acp",{"o":[["enabled","b"],["dispatch",{"o":[["enabled","b"]]}],["backend","s"],["fallbacks",{"a":"s"}],["defaultAgent","s"],["allowedAgents",{"a":"s"}],["stream",{"o":[["repeatSuppression","b"],["deliveryMode",{"u":[{"l":["live"]},{"l":["final_only"]}]}],["tagVisibility",{"r":"b"}]]}],["runtime",{"o":[["installCommand","s"]]}]]}],["models",{"o":[["mode",{"u":[{"l":["merge"]},{"l":["replace"]}]}],["providers",{"r":{"o":[["baseUrl","s"],{"$i":3},["auth",{"u":[{"l":["api-key"]},{"l":["aws-sdk"]},{"l":["oauth"]},{"l":["token"]}]}],{"$i":28},["maxTokens",{"c":[["gt",0,0]],"of":"n"}],["timeoutSeconds",{"c":[["int"],["gt",0,0]],"of":"n"}],["region",{"c":[["min",1]],"of":"s"}],["injectNumCtxForOpenAICompat","b"],["params",{"r":"*"}],["agentRuntime",{"o":[["id","s"]]}],["localService",{"o":[["command",{"c":[["min",1]],"of":"s"},1],["args",{"a":"s"}],["cwd",{"c":[["min",1]],"of":"s"}],["env",{"r":"s"}],["healthUrl",{"c":[["min",1]],"of":"s"}],["readyTimeoutMs",{"c":[["int"],["gt",0,0]],"of":"n"}],["idleStopMs",{"c":[["int"],["gt",0,1]],"of":"n"}]]}],{"$i":31},["authHeader","b"],["request",{"o":[{"$i":31},{"$i":33},{"$i":42},{"$i":47},["allowPrivateNetwork","b"]]}],["models",{"a":{"o":[["id",{"c":[["min",1]],"of":"s"},1],["name",{"c":[["min",1]],"of":"s"},1],{"$i":28},["baseUrl",{"c":[["min",1]],"of":"s"}],["reasoning","b"],["input",{"a":{"u":[{"l":["text"]},{"l":["image"]},{"l":["video"]},{"l":["audio"]}]}}],["cost",{"o":[["input","n"],["output","n"],["cacheRead","n"],["cacheWrite","n"],["tieredPricing",{"a":{"o":[["input","n",1],["output","n",1],["cacheRead","n",1],["cacheWrite","n",1],["range",{"u":[{"t":["n","n"]},{"t":["n"]}]},1]]}}]]}],["contextWindow",{"c":[["gt",0,0]],"of":"n"}],["contextTokens",{"c":[["int"],["gt",0,0]],"of":"n"}],["maxTokens",{"c":[["gt",0,0]],"of":"n"}],["thinkingLevelMap",{"o":[["off",{"q":"s"}],["minimal",{"q":"s"}],["low",{"q":"s"}],["medium",{"q":"s"}],["high",{"q":"s"}],["xhigh",{"q":"s"}],["max",{"q":"s"}]]}],["params",{"r":"*"}],["agentRuntime",{"o":[["id","s"]]}],["headers",{"r":"s"}],["compat",{"o":[["supportsStore","b"],["supportsPromptCacheKey","b"],["supportsResponsesContinuation","b"],["supportsDeveloperRole","b"],["supportsReasoningEffort","b"],["supportsTemperature","b"],["supportsInstructions","b"],["supportsUsageInStreaming","b"],["supportsTools","b"],["codeMode",{"e":["preferred","capable"]}],["supportsStrictMode","b"],["supportsJsonSchemaResponseFormat","b"],["requiresStringContent","b"],["strictMessageKeys","b"],["visibleReasoningDetailTypes",{"a":{"c":[["min",1]],"of":"s"}}],["supportedReasoningEfforts",{"a":{"c":[["min",1]],"of":"s"}}],["reasoningEffortMap",{"r":{"c":[["min",1]],"of":"s"}}],["maxTokensField",{"u":[{"l":["max_completion_tokens"]},{"l":["max_tokens"]}]}],["thinkingFormat",{"e":["openai","openrouter","deepseek","together","qwen","qwen-chat-template","zai"]}],["requiresToolResultName","b"],["requiresAssistantAfterToolResult","b"],["requiresThinkingAsText","b"],["requiresReasoningContentOnAssistantMessages","b"],["toolSchemaProfile","s"],["unsupportedToolSchemaKeywords",{"a":{"c":[["min",1]],"of":"s"}}],["toolCallArgumentsEncoding","s"],["requiresOpenAiAnthropicToolPayload","b"],["openRouterRouting",{"o":[["allow_fallbacks","b"],["require_parameters","b"],["data_collection",{"e":["deny","allow"]}],["zdr","b"],["enforce_distillable_text","b"],["order",{"a":"s"}],["only",{"a":"s"}],["ignore",{"a":"s"}],["quantizations",{"a":"s"}],["sort",{"u":["s",{"o":[["by","s"],["partition",{"q":"s"}]]}]}],["max_price",{"o":[["prompt",{"u":["n","s"]}],["completion",{"u":["n","s"]}],["image",{"u":["n","s"]}],["audio",{"u":["n","s"]}],["request",{"u":["n","s"]}]]}],["preferred_min_throughput",{"u":["n",{"o":[["p50","n"],["p75","n"],["p90","n"],["p99","n"]]}]}],["preferred_max_latency",{"u":["n",{"o":[["p50","n"],["p75","n"],["p90","n"],["p99","n"]]}]}]]}],["vercelGatewayRouting",{"o":[["only",{"a":"s"}],["order",{"a":"s"}]]}],["zaiToolStream","b"],["cacheControlFormat",{"l":["anthropic"]}],["sendSessionAffinityHeaders","b"],["sendSessionIdHeader","b"],["supportsEagerToolInputStreaming","b"],["supportsLongCacheRetention","b"]]}],["mediaInput",{"o":[["image",{"o":[["maxBytes",{"c":[["int"],["gt",0,0]],"of":"n"}],["maxPixels",{"c":[["int"],["gt",0,0]],"of":"n"}],["maxSidePx",{"c":[["int"],["gt",0,0]],"of":"n"}],["preferredSidePx",{"c":[["int"],["gt",0,0]],"of":"n"}],["tokenMode",{"u":[{"l":["tile"]},{"l":["detail"]},{"l":["provider"]}]}]]}]]}],["metadataSource",{"l":["models-add"]}]]}}]]}}],["catalogRefresh",{"o":[["enabled","b"],["url","s"]]}]]}],["nodeHost",{"o":[["autoUpdate",{"o":[["enabled","b"]]}],["agentRuns",{"o":[["claude",{"o":[["enabled","b"]]}]]}],["workerRuns",{"o":[["enabled","b"],["capacity",{"c":[["int"],["gt",1,1],["lt",1024,1]],"of":"n"}],["isolation",{"e":["none","container"]}],["containerImage",{"c":[["trim"],["min",1]],"of":"s"}]]}],["browserProxy",{"o":[["enabled","b"],["allowProfiles",{"a":"s"}]]}],["mcp",{"o":[{"$i":56}]}],["skills",{"o":[["enabled","b"]]}]]}],["agents",{"o":[["ownership",{"l":["explicit"]}],["defaults",{"o":[["params",{"r":"*"}],["model",{"u":["s",{"o":[["primary","s"],["fallbacks",{"a":"s"}]]}]}],["modelSelectionScope",{"e":["session","agent","global"]}],["utilityModel","s"],["decisionModel",{"c":[["trim"],["max",512],["modelRefOrEmpty"]],"of":"s"}],["imageModel",{"u":["s",{"o":[["primary","s"],["fallbacks",{"a":"s"}],["timeoutMs",{"c":[["int"],["gt",0,0]],"of":"n"}]]}]}],["mediaModels",{"o":[["image",{"u":["s",{"o":[["primary","s"],["fallbacks",{"a":"s"}],["timeoutMs",{"c":[["int"],["gt",0,0]],"of":"n"}]]}]}],["video",{"u":["s",{"o":[["primary","s"],["fallbacks",{"a":"s"}],["timeoutMs",{"c":[["int"],["gt",0,0]],"of":"n"}]]}]}],["music",{"u":["s",{"o":[["primary","s"],["fallbacks",{"a":"s"}],["timeoutMs",{"c":[["int"],["gt",0,0]],"of":"n"}]]}]}]]}],["voiceModel",{"u":["s",{"o":[["primary","s"],["fallbacks",{"a":"s"}],["timeoutMs",{"c":[["int"],["gt",0,0]],"of":"n"}]]}]}],["pdfModel",{"u":["s",{"o":[["primary","s"],["fallbacks",{"a":"s"}],["timeoutMs",{"c":[["int"],["gt",0,0]],"of":"n"}]]}]}],["pdfMaxMb",{"c":[["gt",0,0]],"of":"n"}],["pdfMaxPages",{"c":[["int"],["gt",0,0]],"of":"n"}],{"$i":69},["modelPolicy",{"o":[["allow",{"a":"s"}]]}],["workspace","s"],["cwd","s"],["skills",{"a":"s"}],{"$i":74},["repoRoot","s"],["skipBootstrap","b"],["skipOptionalBootstrapFiles",{"a":{"e":["SOUL.md","USER.md","HEARTBEAT.md","IDENTITY.md"]}}],["contextInjection",{"u":[{"l":["always"]},{"l":["continuation-skip"]},{"l":["never"]}]}],["bootstrapMaxChars",{"c":[["int"],["gt",0,0]],"of":"n"}],["bootstrapTotalMaxChars",{"c":[["int"],["gt",0,0]],"of":"n"}],["experimental",{"o":[["localModelLean","b"]]}],["userTimezone","s"],["startupContext",{"o":[["enabled","b"],["applyOn",{"a":{"u":[{"l":["new"]},{"l":["reset"]}]}}],["dailyMemoryDays",{"c":[["int"],["gt",1,1],["lt",14,1]],"of":"n"}],["maxFileBytes",{"c":[["int"],["gt",1,1],["lt",65536,1]],"of":"n"}],["maxFileChars",{"c":[["int"],["gt",1,1],["lt",10000,1]],"of":"n"}],["maxTotalChars",{"c":[["int"],["gt",1,1],["lt",50000,1]],"of":"n"}]]}],["contextPruning",{"o":[["mode",{"u":[{"l":["off"]},{"l":["cache-ttl"]}]}],["ttl","s"],["tools",{"o":[["allow",{"a":"s"}],["deny",{"a":"s"}]]}],["hardClear",{"o":[["enabled","b"],["placeholder","s"]]}]]}],["compaction",{"o":[["enabled","b"],["mode",{"u":[{"l":["default"]},{"l":["safeguard"]}]}],["provider","s"],["thinkingLevel",{"u":[{"e":["off","minimal","low","medium","high","xhigh","adaptive","max","ultra"]},{"l":["inherit"]}]}],["keepRecentTokens",{"c":[["int"],["gt",0,0]],"of":"n"}],["identifierPolicy",{"u":[{"l":["strict"]},{"l":["off"]}]}],["recentTurnsPreserve",{"c":[["int"],["gt",0,1],["lt",12,1]],"of":"n"}],["qualityGuard",{"o":[["enabled","b"],["maxRetries",{"c":[["int"],["gt",0,1]],"of":"n"}]]}],["midTurnPrecheck",{"o":[["enabled","b"]]}],["postIndexSync",{"e":["off","async","await"]}],["postCompactionSections",{"a":"s"}],["model","s"],["timeoutSeconds",{"c":[["int"],["gt",0,0]],"of":"n"}],["memoryFlush",{"o":[["enabled","b"],["model","s"],["softThresholdTokens",{"c":[["int"],["gt",0,1]],"of":"n"}],["forceFlushTranscriptBytes",{"u":[{"c":[["int"],["gt",0,1]],"of":"n"},"s"]}]]}],["maxActiveTranscriptBytes",{"u":[{"c":[["int"],["gt",0,1]],"of":"n"},"s"]}],["notifyUser","b"]]}],["embeddedAgent",{"o":[["projectSettingsPolicy",{"u":[{"l":["trusted"]},{"l":["sanitize"]},{"l":["ignore"]}]}],["executionContract",{"u":[{"l":["default"]},{"l":["strict-agentic"]}]}],["cyberFailover",{"o":[["mode",{"u":[{"l":["auto"]},{"l":["off"]}]}],["model",{"c":[["min",1]],"of":"s"}],["cooloffMs",{"c":[["int"],["gt",0,0]],"of":"n"}]]}]]}],["thinkingDefault",{"e":["off","minimal","low","medium","high","xhigh","adaptive","max","ultra"]}],["fastModeDefault",{"u":["b",{"l":["auto"]}]}],["verboseDefault",{"u":[{"l":["off"]},{"l":["on"]},{"l":["full"]}]}],["toolProgressDetail",{"u":[{"l":["explain"]},{"l":["raw"]}]}],["reasoningDefault",{"u":[{"l":["off"]},{"l":["on"]},{"l":["stream"]}]}],["elevatedDefault",{"u":[{"l":["off"]},{"l":["on"]},{"l":["ask"]},{"l":["full"]}]}],["blockStreamingDefault",{"u":[{"l":["off"]},{"l":["on"]}]}],["blockStreamingBreak",{"u":[{"l":["text_end"]},{"l":["message_end"]}]}],["timeoutSeconds",{"c":[["int"],["gt",0,1]],"of":"n"}],["mediaMaxMb",{"c":[["gt",0,0]],"of":"n"}],["imageMaxDimensionPx",{"c":[["int"],["gt",0,0]],"of":"n"}],["imageQuality",{"e":["auto","efficient","balanced","high"]}],["typingIntervalSeconds",{"c":[["int"],["gt",0,0]],"of":"n"}],["systemAgent",{"o":[["agentId",{"c":[["trim"],["min",1]],"of":"s"}]]}],["authInheritance",{"o":[["agentId",{"c":[["trim"],["min",1]],"of":"s"}]]}],["sessionStore",{"o":[["agentId",{"c":[["trim"],["min",1]],"of":"s"}]]}],["maxConcurrent",{"c":[["int"],["gt",0,0]],"of":"n"}],["subagents",{"o":[["delegationMode",{"e":["suggest","prefer"]}],["allowAgents",{"a":"s"}],["maxConcurrent",{"c":[["int"],["gt",0,0]],"of":"n"}],["maxSpawnDepth",{"c":[["int"],["gt",1,1],["lt",5,1]],"of":"n"}],["maxChildrenPerAgent",{"c":[["int"],["gt",1,1],["lt",20,1]],"of":"n"}],["archiveAfterMinutes",{"c":[["int"],["gt",0,1]],"of":"n"}],["model",{"u":["s",{"o":[["primary","s"],["fallbacks",{"a":"s"}]]}]}],["thinking","s"],["runTimeoutSeconds",{"c":[["int"],["gt",0,1]],"of":"n"}],["announceTimeoutMs",{"c":[["int"],["gt",0,0]],"of":"n"}],["requireAgentId","b"]]}],{"$i":75},["blockStreamingChunk",{"o":[["minChars",{"c":[["int"],["gt",0,0]],"of":"n"}],["maxChars",{"c":[["int"],["gt",0,0]],"of":"n"}],["breakPreference",{"u":[{"l":["paragraph"]},{"l":["newline"]},{"l":["sentence"]}]}]]}],["blockStreamingCoalesce",{"o":[["minChars",{"c":[["int"],["gt",0,0]],"of":"n"}],["maxChars",{"c":[["int"],["gt",0,0]],"of":"n"}],["idleMs",{"c":[["int"],["gt",0,1]],"of":"n"}]]}],{"$i":78},["typingMode",{"u":[{"l":["never"]},{"l":["instant"]},{"l":["thinking"]},{"l":["message"]}]}],["heartbeat",{"o":[["every","s"],["activeHours",{"o":[["start","s"],["end","s"],["timezone","s"]]}],["model","s"],["session","s"],["target","s"],["directPolicy",{"u":[{"l":["allow"]},{"l":["block"]}]}],["to","s"],["accountId","s"],["prompt","s"],["timeoutSeconds",{"c":[["int"],["gt",0,0]],"of":"n"}],["lightContext","b"],["isolatedSession","b"],["agentId",{"c":[["trim"],["min",1]],"of":"s"}]]}],{"$i":81}]}],["entries",{"r":{"o":[["name","s"],["description","s"],["workspace","s"],["cwd","s"],["agentDir","s"],["model",{"u":["s",{"o":[["primary","s"],["fallbacks",{"a":"s"}]]}]}],["utilityModel","s"],["decisionModel",{"c":[["trim"],["max",512],["modelRefOrEmpty"]],"of":"s"}],{"$i":69},["modelPolicy",{"o":[["allow",{"a":"s"}]]}],["thinkingDefault",{"e":["off","minimal","low","medium","high","xhigh","adaptive","max","ultra"]}],["verboseDefault",{"e":["off","on","full"]}],["toolProgressDetail",{"e":["explain","raw"]}],["reasoningDefault",{"e":["on","off","stream"]}],["fastModeDefault",{"u":["b",{"l":["auto"]}]}],["contextInjection",{"u":[{"l":["always"]},{"l":["continuation-skip"]},{"l":["never"]}]}],["bootstrapMaxChars",{"c":[["int"],["gt",0,0]],"of":"n"}],["bootstrapTotalMaxChars",{"c":[["int"],["gt",0,0]],"of":"n"}],["experimental",{"o":[["localModelLean","b"]]}],["skills",{"a":"s"}],["subagents",{"o":[["delegationMode",{"e":["suggest","prefer"]}],["allowAgents",{"a":"s"}],["model",{"u":["s",{"o":[["primary","s"],["fallbacks",{"a":"s"}]]}]}],["thinking","s"],["requireAgentId","b"]]}],["embeddedAgent",{"o":[["executionContract",{"u":[{"l":["default"]},{"l":["strict-agentic"]}]}]]}],["params",{"r":"*"}],["runtime",{"u":[{"o":[["type",{"l":["embedded"]},1]]},{"o":[["type",{"l":["acp"]},1],["acp",{"o":[["agent","s"],["backend","s"],["mode",{"e":["persistent","oneshot"]}],["cwd","s"]]}]]}]}],["memory",{"o":[{"$i":97}]}],{"$i":78},["typingMode",{"u":[{"l":["never"]},{"l":["instant"]},{"l":["thinking"]},{"l":["message"]}]}],["tts",{"o":[["auto",{"e":["off","always","inbound","tagged"]}],["enabled","b"],["mode",{"e":["final","all"]}],["provider",{"c":[["min",1]],"of":"s"}],["persona","s"],{"$i":109},["summaryModel","s"],{"$i":117},{"$i":113},["maxTextLength",{"c":[["int"],["gt",1,1]],"of":"n"}],["timeoutMs",{"c":[["int"],["gt",1000,1],["lt",120000,1]],"of":"n"}],["prefsPath","s"]]}],["skillsLimits",{"o":[["maxSkillsPromptChars",{"c":[["int"],["gt",0,1]],"of":"n"}]]}],{"$i":75},["heartbeat",{"o":[["every","s"],["activeHours",{"o":[["start","s"],["end","s"],["timezone","s"]]}],["model","s"],["session","s"],["target","s"],["directPolicy",{"u":[{"l":["allow"]},{"l":["block"]}]}],["to","s"],["accountId","s"],["prompt","s"],["timeoutSeconds",{"c":[["int"],["gt",0,0]],"of":"n"}],["lightContext","b"],["isolatedSession","b"]]}],["identity",{"o":[["name","s"],["theme","s"],["emoji","s"],["avatar","s"]]}],["groupChat",{"o":[["mentionPatterns",{"a":"s"}],["historyLimit",{"c":[["int"],["gt",0,1]],"of":"n"}],["unmentionedInbound",{"e":["user_request","room_event"]}]]}],{"$i":81},["tools",{"o":[["profile",{"u":[{"l":["minimal"]},{"l":["coding"]},{"l":["messaging"]},{"l":["full"]}]}],["allow",{"a":"s"}],["alsoAllow",{"a":"s"}],["deny",{"a":"s"}],{"$i":120},["toolsBySender",{"r":{"o":[["allow",{"a":"s"}],["alsoAllow",{"a":"s"}],["deny",{"a":"s"}]]}}],{"$i":124},{"$i":129},["elevated",{"o":[["enabled","b"],["allowFrom",{"r":{"a":{"u":["s","n"]}}}]]}],{"$i":134},{"$i":144},["fs",{"o":[["workspaceOnly","b"]]}],["loopDetection",{"o":[["enabled","b"]]}],{"$i":147},["sandbox",{"o":[["tools",{"o":[["allow",{"a":"s"}],["alsoAllow",{"a":"s"}],["deny",{"a":"s"}]]}]]}]]}],["default","b"]]},"k":{"p":"^[a-z0-9_][a-z0-9_-]{0,63}$","f":"i"}}]]}],["worktreeRoot",{"c":[["trim"],["min",1]],"of":"s"}],["worktreeAcceleration","b"],["tools",{"o":[["profile",{"u":[{"l":["minimal"]},{"l":["coding"]},{"l":["messaging"]},{"l":["full"]}]}],["allow",{"a":"s"}],["alsoAllow",{"a":"s"}],["deny",{"a":"s"}],{"$i":120},["toolsBySender",{"r":{"o":[["allow",{"a":"s"}],["alsoAllow",{"a":"s"}],["deny",{"a":"s"}]]}}],["web",{"o":[["search",{"o":[["enabled","b"],["provider","s"],["maxResults",{"c":[["int"],["gt",0,0]],"of":"n"}],["timeoutSeconds",{"c":[["int"],["gt",0,0]],"of":"n"}],["cacheTtlMinutes",{"c":[["gt",0,1]],"of":"n"}],["openaiCodex",{"o":[["enabled","b"],["mode",{"u":[{"l":["cached"]},{"l":["live"]}]}],["allowedDomains",{"a":"s"}],["contextSize",{"u":[{"l":["low"]},{"l":["medium"]},{"l":["high"]}]}],["userLocation",{"o":[["country","s"],["region","s"],["city","s"],["timezone","s"]]}]]}]],"x":"*"}],["fetch",{"o":[["enabled","b"],["provider","s"],["maxChars",{"c":[["int"],["gt",0,0]],"of":"n"}],["maxCharsCap",{"c":[["int"],["gt",0,0]],"of":"n"}],["maxResponseBytes",{"c":[["int"],["gt",0,0]],"of":"n"}],["timeoutSeconds",{"c":[["int"],["gt",0,0]],"of":"n"}],["cacheTtlMinutes",{"c":[["gt",0,1]],"of":"n"}],["maxRedirects",{"c":[["int"],["gt",0,1]],"of":"n"}],["userAgent","s"],["headers",{"r":"s"}],["readability","b"],["useTrustedEnvProxy","b"],{"$i":0}]}]]}],{"$i":144},["media",{"o":[["models",{"a":{"o":[["provider","s"],["model","s"],["capabilities",{"a":{"u":[{"l":["image"]},{"l":["audio"]},{"l":["video"]}]}}],["type",{"u":[{"l":["provider"]},{"l":["cli"]}]}],["command","s"],["args",{"a":"s"}],["maxChars",{"c":[["int"],["gt",0,0]],"of":"n"}],["maxBytes",{"c":[["int"],["gt",0,0]],"of":"n"}],["prompt","s"],["timeoutSeconds",{"c":[["int"],["gt",0,0]],"of":"n"}],["language","s"],["providerOptions",{"r":{"r":{"u":["s","n","b"]}}}],["baseUrl","s"],["headers",{"r":"s"}],{"$i":153},["profile","s"],["preferredProfile","s"]]}}],["concurrency",{"c":[["int"],["gt",0,0]],"of":"n"}],["image",{"$i":156}],["audio",{"o":[["enabled","b"],["preferredModel",{"c":[["trim"],["min",1]],"of":"s"}],{"$i":158},["maxBytes",{"c":[["int"],["gt",0,0]],"of":"n"}],["maxChars",{"c":[["int"],["gt",0,0]],"of":"n"}],["prompt","s"],["timeoutSeconds",{"c":[["int"],["gt",0,0]],"of":"n"}],["language","s"],["providerOptions",{"r":{"r":{"u":["s","n","b"]}}}],["baseUrl","s"],["headers",{"r":"s"}],{"$i":153},{"$i":168},["echoTranscript","b"],["echoFormat","s"]]}],["video",{"$i":156}]]}],["links",{"o":[["enabled","b"],{"$i":158},["maxLinks",{"c":[["int"],["gt",0,0]],"of":"n"}],["timeoutSeconds",{"c":[["int"],["gt",0,0]],"of":"n"}],["models",{"a":{"o":[["type",{"l":["cli"]}],["command",{"c":[["min",1]],"of":"s"},1],["args",{"a":"s"}],["timeoutSeconds",{"c":[["int"],["gt",0,0]],"of":"n"}]]}}]]}],["sessions",{"o":[["visibility",{"e":["self","tree","agent","all"]}]]}],["loopDetection",{"o":[["enabled","b"]]}],["toolSearch",{"u":["b",{"o":[["enabled","b"],["mode",{"e":["code","tools","directory"]}],["codeTimeoutMs",{"c":[["int"],["gt",0,0]],"of":"n"}],["searchDefaultLimit",{"c":[["int"],["gt",0,0]],"of":"n"}],["maxSearchLimit",{"c":[["int"],["gt",0,0]],"of":"n"}]]}]}],{"$i":124},{"$i":129},{"$i":147},["agentToAgent",{"o":[["enabled","b"],["allow",{"a":"s"}]]}],["elevated",{"o":[["enabled","b"],["allowFrom",{"r":{"a":{"u":["s","n"]}}}]]}],{"$i":134},["fs",{"o":[["workspaceOnly","b"]]}],["subagents",{"o":[["tools",{"o":[["allow",{"a":"s"}],["alsoAllow",{"a":"s"}],["deny",{"a":"s"}]]}]]}],["sandbox",{"o":[["tools",{"o":[["allow",{"a":"s"}],["alsoAllow",{"a":"s"}],["deny",{"a":"s"}]]}]]}],["sessions_spawn",{"o":[["attachments",{"o":[["enabled","b"],["maxTotalBytes","n"],["maxFiles","n"],["maxFileBytes","n"],["retainOnSessionKeep","b"]]}]]}],["updatePlan","b"]]}],["security",{"o":[["audit",{"o":[["suppressions",{"a":{"o":[["checkId",{"c":[["min",1]],"of":"s"},1],["titleIncludes",{"c":[["min",1]],"of":"s"}],["detailIncludes",{"c":[["min",1]],"of":"s"}],["reason",{"c":[["min",1]],"of":"s"}]]}}]]}],["installPolicy",{"o":[["enabled","b"],["targets",{"c":[["min",1]],"of":{"a":{"u":[{"l":["skill"]},{"l":["plugin"]}]}}}],["exec",{"o":[["source",{"l":["exec"]},1],["command",{"c":[["min",1]],"of":"s"},1],["args",{"a":"s"}],["timeoutMs",{"c":[["int"],["gt",1,1]],"of":"n"}],["noOutputTimeoutMs",{"c":[["int"],["gt",1,1]],"of":"n"}],["maxOutputBytes",{"c":[["int"],["gt",1,1]],"of":"n"}],["env",{"r":"s"}],["passEnv",{"a":"s"}],["trustedDirs",{"a":"s"}]]}]]}]]}],["bindings",{"a":{"u":[{"o":[["type",{"l":["route"]}],["agentId","s",1],["comment","s"],{"$i":171},["session",{"o":[["dmScope",{"e":["main","per-peer","per-channel-peer","per-account-channel-peer"]}],["groupScope",{"e":["main","per-group"]}]]}]]},{"o":[["type",{"l":["acp"]},1],["agentId","s",1],["comment","s"],{"$i":171},["acp",{"o":[["mode",{"e":["persistent","oneshot"]}],["label","s"],["cwd","s"],["backend","s"]]}]]}]}}],["broadcast",{"o":[["strategy",{"e":["parallel","sequential"]}]],"x":{"u":[{"a":"s"},{"o":[["agents",{"c":[["max",16]],"of":{"a":"s"}},1],["mentionGating","b"],["maxRounds",{"c":[["int"],["gt",1,1],["lt",4,1]],"of":"n"}],["maxTurns",{"c":[["int"],["gt",1,1],["lt",32,1]],"of":"n"}]]}]}}],["attachments",{"o":[["ttlHours",{"c":[["int"],["gt",1,1],["lt",168,1]],"of":"n"}]]}],["messages",{"o":[["visibleReplies",{"u":[{"e":["automatic","message_tool"]},"b"]}],["responsePrefix","s"],["usageTemplate",{"u":["s",{"r":"*"}]}],["responseUsage",{"u":[{"e":["on","off","tokens","full"]},{"r":{"e":["on","off","tokens","full"]}}]}],["groupChat",{"o":[["mentionPatterns",{"a":"s"}],["historyLimit",{"c":[["int"],["gt",0,1]],"of":"n"}],["unmentionedInbound",{"e":["user_request","room_event"]}],["visibleReplies",{"u":[{"e":["automatic","message_tool"]},"b"]}]]}],["queue",{"o":[["mode",{"u":[{"l":["steer"]},{"l":["followup"]},{"l":["collect"]},{"l":["interrupt"]}]}],["byChannel",{"o":[["whatsapp",{"u":[{"l":["steer"]},{"l":["followup"]},{"l":["collect"]},{"l":["interrupt"]}]}],["telegram",{"u":[{"l":["steer"]},{"l":["followup"]},{"l":["collect"]},{"l":["interrupt"]}]}],["discord",{"u":[{"l":["steer"]},{"l":["followup"]},{"l":["collect"]},{"l":["interrupt"]}]}],["irc",{"u":[{"l":["steer"]},{"l":["followup"]},{"l":["collect"]},{"l":["interrupt"]}]}],["googlechat",{"u":[{"l":["steer"]},{"l":["followup"]},{"l":["collect"]},{"l":["interrupt"]}]}],["slack",{"u":[{"l":["steer"]},{"l":["followup"]},{"l":["collect"]},{"l":["interrupt"]}]}],["mattermost",{"u":[{"l":["steer"]},{"l":["followup"]},{"l":["collect"]},{"l":["interrupt"]}]}],["signal",{"u":[{"l":["steer"]},{"l":["followup"]},{"l":["collect"]},{"l":["interrupt"]}]}],["imessage",{"u":[{"l":["steer"]},{"l":["followup"]},{"l":["collect"]},{"l":["interrupt"]}]}],["msteams",{"u":[{"l":["steer"]},{"l":["followup"]},{"l":["collect"]},{"l":["interrupt"]}]}],["webchat",{"u":[{"l":["steer"]},{"l":["followup"]},{"l":["collect"]},{"l":["interrupt"]}]}],["matrix",{"u":[{"l":["steer"]},{"l":["followup"]},{"l":["collect"]},{"l":["interrupt"]}]}]]}],["debounceMsByChannel",{"r":{"c":[["int"],["gt",0,1]],"of":"n"}}],["cap",{"c":[["int"],["gt",0,0]],"of":"n"}],["drop",{"u":[{"l":["old"]},{"l":["new"]},{"l":["summarize"]}]}]]}],["inbound",{"o":[["debounceMs",{"c":[["int"],["gt",0,1]],"of":"n"}],["byChannel",{"r":{"c":[["int"],["gt",0,1]],"of":"n"}}]]}],["ackReaction","s"],["ackReactionScope",{"e":["group-mentions","group-all","direct","all","off","none"]}],["statusReactions",{"o":[["enabled","b"]]}]]}],["tts",{"o":[["auto",{"e":["off","always","inbound","tagged"]}],["enabled","b"],["mode",{"e":["final","all"]}],["provider",{"c":[["min",1]],"of":"s"}],["persona","s"],{"$i":109},["summaryModel","s"],{"$i":117},{"$i":113},["maxTextLength",{"c":[["int"],["gt",1,1]],"of":"n"}],["timeoutMs",{"c":[["int"],["gt",1000,1],["lt",120000,1]],"of":"n"}]]}],["commands",{"o":[["native",{"u":["b",{"l":["auto"]}]},0,"auto"],["nativeSkills",{"u":["b",{"l":["auto"]}]},0,"auto"],["text","b"],["bash","b"],["bashForegroundMs",{"c":[["int"],["gt",0,1],["lt",30000,1]],"of":"n"}],["config","b"],["mcp","b"],["plugins","b"],["debug","b"],["restart","b",0,true],["ownerAllowFrom",{"a":{"u":["s","n"]}}],["allowFrom",{"r":{"a":{"u":["s","n"]}}}]]},0,{"native":"auto","nativeSkills":"auto","restart":true}],["approvals",{"o":[["exec",{"$i":174}],["plugin",{"$i":174}]]}],["session",{"o":[["scope",{"u":[{"l":["per-sender"]},{"l":["global"]}]}],["dmScope",{"e":["main","per-peer","per-channel-peer","per-account-channel-peer"]}],["groupScope",{"e":["main","per-group"]}],["notifyOnCreate","b"],["identityLinks",{"r":{"a":"s"}}],["resetTriggers",{"a":"s"}],["reset",{"$i":180}],["resetByType",{"o":[["direct",{"$i":180}],["group",{"$i":180}],["thread",{"$i":180}]]}],["resetByChannel",{"r":{"$i":180}}],["store","s"],["mainKey","s"],["sendPolicy",{"$i":159}],["threadBindings",{"o":[["enabled","b"],["idleHours",{"c":[["gt",0,1]],"of":"n"}],["maxAgeHours",{"c":[["gt",0,1]],"of":"n"}],["spawnSessions","b"],["defaultSpawnContext",{"e":["isolated","fork"]}]]}],["sharing",{"o":[["readOnly","b"],["suggest","b"],["drafts","b"]]}],["maintenance",{"o":[["mode",{"e":["enforce","warn"]}],["coldStorage",{"o":[["enabled","b"],["afterDays",{"c":[["int"],["gt",0,0]],"of":"n"}]]}],["pruneAfter",{"u":["s","n"]}],["archiveDashboardAfter",{"u":[{"u":["s","n"]},{"l":[false]},{"l":[0]}]}],["maxEntries",{"c":[["int"],["gt",0,0]],"of":"n"}],["preserveRecent",{"u":[{"u":["s","n"]},{"l":[false]}]}],["resetArchiveRetention",{"u":[{"u":["s","n"]},{"l":[false]}]}],["maxDiskBytes",{"u":["s","n",{"l":[false]}]}],["highWaterBytes",{"u":["s","n"]}]]}]]}],["cron",{"o":[["enabled","b"],["skipMissedJobs","b"],["triggers",{"o":[["enabled","b"]]}],["webhookToken",{"$i":4}],["webhookSsrfPolicy",{"$i":1}],["sessionRetention",{"u":["s",{"l":[false]}]}],["failureAlert",{"o":[["enabled","b"],["after",{"c":[["int"],["gt",1,1]],"of":"n"}],["cooldownMs",{"c":[["int"],["gt",0,1]],"of":"n"}],["includeSkipped","b"],["mode",{"e":["announce","webhook"]}],["accountId","s"],["channel","s"],["to","s"]]}]]}],["transcripts",{"o":[["enabled","b"],["autoStart",{"a":{"o":[["providerId",{"c":[["min",1]],"of":"s"},1],["whenOccupied","b"],["sessionId",{"c":[["min",1]],"of":"s"}],["title",{"c":[["min",1]],"of":"s"}],["accountId",{"c":[["min",1]],"of":"s"}],["guildId",{"c":[["min",1]],"of":"s"}],["channelId",{"c":[["min",1]],"of":"s"}],["meetingUrl",{"c":[["min",1]],"of":"s"}]]}}]]}],["hooks",{"o":[["enabled","b"],["path","s"],["token","s"],["defaultSessionKey","s"],["allowRequestSessionKey","b"],["allowedSessionKeyPrefixes",{"a":"s"}],["allowedAgentIds",{"a":"s"}],["presets",{"a":"s"}],["transformsDir","s"],["mappings",{"a":{"o":[["id","s"],["match",{"o":[["path","s"],["source","s"]],"x":0}],["action",{"u":[{"l":["wake"]},{"l":["agent"]}]}],["wakeMode",{"u":[{"l":["now"]},{"l":["next-heartbeat"]}]}],["name","s"],["agentId","s"],["sessionKey","s"],["sessionMode",{"u":[{"l":["isolated"]},{"l":["persistent"]}]}],["messageTemplate","s"],["textTemplate","s"],["forEach",{"c":[["regex","^[^.[\\\\]]+$","","forEach must be a top-level payload key"]],"of":"s"}],["deliver","b"],["allowUnsafeExternalContent","b"],["channel",{"c":[["trim"],["min",1]],"of":"s"}],["to","s"],["model","s"],["thinking","s"],["timeoutSeconds",{"c":[["int"],["gt",0,0]],"of":"n"}],["transform",{"o":[["module","s",1],["export","s"]]}]]}}],["gmail",{"o":[["account","s"],["label","s"],["topic","s"],["subscription","s"],["pushToken","s"],["hookUrl","s"],["includeBody","b"],["maxBytes",{"c":[["int"],["gt",0,0]],"of":"n"}],["renewEveryMinutes",{"c":[["int"],["gt",0,0]],"of":"n"}],["allowUnsafeExternalContent","b"],["serve",{"o":[["bind","s"],["port",{"c":[["int"],["gt",0,0]],"of":"n"}],["path","s"]]}],["tailscale",{"o":[["mode",{"u":[{"l":["off"]},{"l":["serve"]},{"l":["funnel"]}]}],["path","s"],["target","s"]]}],["model","s"],["thinking",{"u":[{"l":["off"]},{"l":["minimal"]},{"l":["low"]},{"l":["medium"]},{"l":["high"]}]}]]}],["internal",{"o":[["enabled","b"],["entries",{"r":{"o":[["enabled","b"],["env",{"r":"s"}]],"x":"*"}}],["load",{"o":[["extraDirs",{"a":"s"}]]}]]}]]}],["channels",{"o":[["defaults",{"o":[["groupPolicy",{"e":["open","disabled","allowlist"]}],["contextVisibility",{"e":["all","allowlist","allowlist_quote"]}],["heartbeatVisibility",{"o":[["showOk","b"],["showAlerts","b"],["useIndicator","b"]]}],["botLoopProtection",{"o":[["enabled","b"],["maxEventsPerWindow",{"c":[["int"],["gt",0,0]],"of":"n"}],["windowSeconds",{"c":[["int"],["gt",0,0]],"of":"n"}],["cooldownSeconds",{"c":[["int"],["gt",0,0]],"of":"n"}]]}],["implicitMentions",{"o":[["replyToBot","b"],["quotedBot","b"],["threadParticipation","b"]]}]]}],["modelByChannel",{"r":{"r":"s"}}]],"x":"*"}],["discovery",{"o":[["wideArea",{"o":[["domain","s"]]}],["mdns",{"o":[["mode",{"e":["off","minimal","full"]}]]}]]}],["talk",{"o":[["agentId",{"c":[["trim"],["min",1]],"of":"s"}],["provider","s"],{"$i":182},["realtime",{"o":[["provider","s"],{"$i":182},["model","s"],["speakerVoice","s"],["speakerVoiceId","s"],["instructions","s"],["mode",{"e":["realtime","stt-tts","transcription"]}],["transport",{"e":["webrtc","provider-websocket","gateway-relay","managed-room"]}],["vadThreshold",{"c":[["gt",0,1],["lt",1,1]],"of":"n"}],["silenceDurationMs",{"c":[["int"],["gt",0,0]],"of":"n"}],["prefixPaddingMs",{"c":[["int"],["gt",0,1]],"of":"n"}],["reasoningEffort",{"c":[["min",1]],"of":"s"}],["brain",{"e":["agent-consult","direct-tools","none"]}],["consultRouting",{"e":["provider-direct","force-agent-consult"]}]]}],["consultThinkingLevel",{"e":["off","minimal","low","medium","high","xhigh","adaptive","max","ultra"]}],["consultFastMode","b"],["speechLocale","s"],["interruptOnSpeech","b"],["silenceTimeoutMs",{"c":[["int"],["gt",0,0]],"of":"n"}]]}],["gateway",{"o":[["port",{"c":[["int"],["gt",1,1],["lt",65535,1]],"of":"n"}],["mode",{"u":[{"l":["local"]},{"l":["remote"]}]}],["bind",{"u":[{"l":["auto"]},{"l":["lan"]},{"l":["loopback"]},{"l":["custom"]},{"l":["tailnet"]}]}],["customBindHost","s"],["publicOrigin",{"c":[["url"]],"of":"s"}],["portals",{"o":[["ingress",{"o":[["domain","s",1],["port",{"c":[["int"],["gt",1,1],["lt",65535,1]],"of":"n"},1]]}]]}],["controlUi",{"o":[["dangerouslyDisableDeviceAuth","b"],["enabled","b"],["basePath","s"],["experimental",{"o":[["customPlugins","b"]]}],["root","s"],["environment",{"o":[["label",{"c":[["trim"],["min",1],["max",24]],"of":"s"},1],["color",{"e":["teal","amber","purple","coral","pink","blue","green","red","gray"]},1]]}],["communityInvite","b"],["github",{"o":[{"$i":185}]}],["sessionObserver","b"],["embedSandbox",{"u":[{"l":["strict"]},{"l":["scripts"]},{"l":["trusted"]}]}],["allowExternalEmbedUrls","b"],["automaticallyFetchFavicons","b"],["allowedOrigins",{"a":"s"}],["dangerouslyAllowHostHeaderOriginFallback","b"]]}],["cliAgents",{"o":[["enabled","b"]]}],["terminal",{"o":[["enabled","b"],["shell","s"],["detachedSessionTimeoutSeconds",{"c":[["int"],["gt",0,1]],"of":"n"}]]}],["auth",{"o":[["mode",{"u":[{"l":["none"]},{"l":["token"]},{"l":["password"]},{"l":["trusted-proxy"]}]}],{"$i":185},{"$i":186},["allowTailscale","b"],["identityScopes",{"r":{"$i":187}}],["rateLimit",{"o":[["maxAttempts","n"],["windowMs","n"],["lockoutMs","n"],["exemptLoopback","b"]]}],["trustedProxy",{"o":[["userHeader",{"c":[["min",1]],"of":"s"},1],["requiredHeaders",{"a":"s"}],["allowUsers",{"a":"s"}],["allowLoopback","b"],["cloudflareAccessOidc",{"o":[["issuer",{"c":[["regex","^https:\\\\/\\\\/[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?\\\\.cloudflareaccess\\\\.com$","u","Expected a Cloudflare Access HTTPS issuer origin without a trailing slash"]],"of":"s"},1],["providerId",{"c":[["trim"],["min",1]],"of":"s"},1],["githubAccountIdClaim",{"c":[["trim"],["min",1]],"of":"s"},1]]}],["deviceAutoApprove",{"o":[["enabled","b"],["scopes",{"a":{"c":[["min",1]],"of":"s"}}]]}]]}]]}],["roles",{"o":[["default",{"c":[["trim"],["min",1],["max",128]],"of":"s"},1],["definitions",{"r":{"o":[["sessions",{"o":[["others",{"e":["none","view","suggest","write"]},1]]},1],["sandbox",{"e":["inherit","required"]}],["agents",{"u":[{"l":["*"]},{"a":{"c":[["trim"],["min",1]],"of":"s"}}]},1],["scopes",{"$i":187},1],["accessPolicyPlugin",{"c":[["trim"],["min",1],["max",128]],"of":"s"}]]}},1]]}],["trustedProxies",{"a":"s"}],["allowRealIpFallback","b"],["tools",{"o":[["deny",{"a":"s"}],["allow",{"a":"s"}]]}],["tailscale",{"o":[["mode",{"u":[{"l":["off"]},{"l":["serve"]},{"l":["funnel"]}]}],["preserveFunnel","b"]]}],["remote",{"o":[["url","s"],["transport",{"u":[{"l":["ssh"]},{"l":["direct"]}]}],["remotePort",{"c":[["int"],["gt",1,1],["lt",65535,1]],"of":"n"}],{"$i":185},{"$i":186},["edgeAuth",{"$i":32}],["tlsFingerprint","s"],["sshTarget","s"],["sshIdentity","s"],["sshHostKeyPolicy",{"u":[{"l":["strict"]},{"l":["openssh"]}]}]]}],["reload",{"o":[["mode",{"u":[{"l":["off"]},{"l":["hybrid"]}]}]]}],["tls",{"o":[["enabled","b"],["autoGenerate","b"],["certPath","s"],["keyPath","s"],["caPath","s"]],"x":0}],["http",{"o":[["endpoints",{"o":[["chatCompletions",{"o":[["enabled","b"],{"$i":190}]}],["responses",{"o":[["enabled","b"],["maxUrlParts",{"c":[["int"],["gt",0,1]],"of":"n"}],["files",{"o":[["allowUrl","b"],["urlAllowlist",{"a":"s"}],["allowedMimes",{"a":"s"}],["maxBytes",{"c":[["int"],["gt",0,0]],"of":"n"}],["maxRedirects",{"c":[["int"],["gt",0,1]],"of":"n"}],["timeoutMs",{"c":[["int"],["gt",0,0]],"of":"n"}],["maxChars",{"c":[["int"],["gt",0,0]],"of":"n"}],["pdf",{"o":[["maxPages",{"c":[["int"],["gt",0,0]],"of":"n"}],["maxPixels",{"c":[["int"],["gt",0,0]],"of":"n"}],["minTextChars",{"c":[["int"],["gt",0,1]],"of":"n"}]]}]]}],{"$i":190}]}]]}],["securityHeaders",{"o":[["strictTransportSecurity",{"u":["s",{"l":[false]}]}]]}]]}],["push",{"o":[["apns",{"o":[["relay",{"o":[["baseUrl","s"],["timeoutMs",{"c":[["int"],["gt",0,0]],"of":"n"}]]}]]}]]}],["nodes",{"o":[["browser",{"o":[["mode",{"u":[{"l":["auto"]},{"l":["manual"]},{"l":["off"]}]}],["node","s"]]}],["pairing",{"o":[["autoApproveLocal","b"],["autoApproveCidrs",{"a":"s"}],["sshVerify",{"u":["b",{"o":[["user","s"],["identity","s"],["timeoutMs",{"c":[["int"],["gt",0,0]],"of":"n"}],["cidrs",{"a":"s"}]]}]}]]}],["pluginTools",{"o":[["enabled","b"]]}],["allowSkills","b"],["commands",{"o":[["allow",{"a":"s"}],["deny",{"a":"s"}]]}]]}]]}],["cloudWorkers",{"o":[["desktop","b"],["preparedPool",{"o":[["maxTotal",{"c":[["int"],["gt",0,1]],"of":"n"}]]}],["projectProfiles",{"r":{"c":[["min",1]],"of":"s"}}],["profiles",{"r":{"o":[["provider",{"c":[["trim"],["min",1]],"of":"s"},1],["install",{"e":["bundle","npm"]},0,"bundle"],["suspendAfter","s"],["readyWorkers",{"c":[["int"],["gt",0,1]],"of":"n"}],["settings",{"r":"*"}]]}}]]}],["desktop",{"o":[["host",{"o":[["enabled","b",1],["managed","b"],["port",{"c":[["int"],["gt",1,1],["lt",65535,1]],"of":"n"}],["passwordFile",{"c":[["trim"],["min",1]],"of":"s"}]]}]]}],["memory",{"o":[["citations",{"u":[{"l":["auto"]},{"l":["on"]},{"l":["off"]}]}],{"$i":97}]}],["mcp",{"o":[["sessionIdleTtlMs",{"c":[["gt",0,1]],"of":"n"}],{"$i":56},["apps",{"o":[["enabled","b"],["sandboxOrigin",{"c":[["url"]],"of":"s"}],["sandboxPort",{"c":[["int"],["gt",1,1],["lt",65535,1]],"of":"n"}]]}]]}],["skills",{"o":[["allowBundled",{"a":"s"}],["load",{"o":[["extraDirs",{"a":"s"}],["allowSymlinkTargets",{"a":"s"}],["watch","b"]]}],["install",{"o":[["preferBrew","b"],["nodeManager",{"u":[{"l":["npm"]},{"l":["pnpm"]},{"l":["yarn"]},{"l":["bun"]}]}],["allowUploadedArchives","b"]]}],["limits",{"o":[["maxCandidatesPerRoot",{"c":[["int"],["gt",1,1]],"of":"n"}],["maxSkillsLoadedPerSource",{"c":[["int"],["gt",1,1]],"of":"n"}],["maxSkillsInPrompt",{"c":[["int"],["gt",0,1]],"of":"n"}],["maxSkillsPromptChars",{"c":[["int"],["gt",0,1]],"of":"n"}],["maxSkillFileBytes",{"c":[["int"],["gt",0,1]],"of":"n"}]]}],["workshop",{"o":[["autonomous",{"o":[["mode",{"u":[{"l":["off"]},{"l":["propose"]},{"l":["auto"]}]}]]}],["approvalPolicy",{"u":[{"l":["pending"]},{"l":["auto"]}]}],["maxPending",{"c":[["int"],["gt",1,1]],"of":"n"}],["maxSkillBytes",{"c":[["int"],["gt",1,1]],"of":"n"}]]}],["entries",{"r":{"o":[["enabled","b"],{"$i":3},["env",{"r":"s"}],["config",{"r":"*"}]]}}]]}],["plugins",{"o":[["enabled","b"],["allow",{"a":"s"}],["deny",{"a":"s"}],["load",{"o":[["paths",{"a":"s"}]]}],["slots",{"o":[["memory","s"],["contextEngine","s"]]}],["entries",{"r":{"o":[["enabled","b"],["hooks",{"o":[["allowPromptInjection","b"],["allowConversationAccess","b"],["timeoutMs",{"c":[["int"],["gt",0,0],["lt",600000,1]],"of":"n"}],["timeouts",{"r":{"c":[["int"],["gt",0,0],["lt",600000,1]],"of":"n"}}]]}],["subagent",{"o":[["allowModelOverride","b"],["allowedModels",{"a":"s"}]]}],["llm",{"o":[["allowModelOverride","b"],["allowedModels",{"a":"s"}],["allowedCompletionModels",{"a":"s"}],["allowAuthProfileOverride","b"],["allowAgentIdOverride","b"]]}],["config",{"r":"*"}]]}}]]}],["surfaces",{"r":{"o":[{"$i":74}]}}],["proxy",{"o":[["enabled","b"],["proxyUrl","s"],["tls",{"o":[["caFile",{"c":[["min",1]],"of":"s"}]]}],["loopbackMode",{"e":["gateway-only","proxy","block"]}]]}]]},"shared":[["ssrfPolicy",{"$i":1}],{"o":{"$i":2}},[["dangerouslyAllowPrivateNetwork","b"],["allowRfc2544BenchmarkRange","b"],["allowIpv6UniqueLocalRange","b"],["allowedHostnames",{"a":"s"}],["blockedHostnames",{"a":"s"}]],["apiKey",{"$i":4}],{"u":{"$i":5}},["s",{"$i":6}],{"u":{"$i":7}},[{"$i":8},{"$i":18},{"$i":20},{"$i":22}],{"o":{"$i":9}},[["source",{"l":["env"]},1],{"$i":10},{"$i":14}],["provider",{"$i":11},1],{"c":{"$i":12},"of":"s"},[{"$i":13}],["regex","^[a-z][a-z0-9_-]{0,63}$","","Secret reference provider must match /^[a-z][a-z0-9_-]{0,63}$/ (example: \\"default\\")."],["id",{"$i":15},1],{"c":{"$i":16},"of":"s"},[{"$i":17}],["regex","^[A-Z][A-Z0-9_]{0,127}$","","Env secret reference id must match /^[A-Z][A-Z0-9_]{0,127}$/ (example: \\"OPENAI_API_KEY\\")."],{"o":{"$i":19}},[["source",{"l":["file"]},1],{"$i":10},["id",{"c":[["fileSecretId"]],"of":"s"},1]],{"o":{"$i":21}},[["source",{"l":["exec"]},1],{"$i":10},["id",{"c":[["execSecretId"]],"of":"s"},1]],{"o":{"$i":23}},[["source",{"l":["store"]},1],{"$i":10},{"$i":24}],["id",{"$i":25},1],{"c":{"$i":26},"of":"s"},[{"$i":27}],["regex","^[A-Z][A-Z0-9_]{0,127}$","","Store secret reference id must match /^[A-Z][A-Z0-9_]{0,127}$/ (example: \\"OPENAI_API_KEY\\")."],["api",{"$i":29}],{"e":{"$i":30}},["openai-completions","openai-responses","openai-chatgpt-responses","anthropic-messages","google-generative-ai","google-vertex","github-copilot","bedrock-converse-stream","ollama","pi-messages","azure-openai-responses"],["headers",{"$i":32}],{"r":{"$i":4}},["auth",{"$i":34}],{"u":{"$i":35}},[{"o":[["mode",{"l":["provider-default"]},1]]},{"$i":36},{"$i":39}],{"o":{"$i":37}},[["mode",{"l":["authorization-bearer"]},1],{"$i":38}],["token",{"$i":4},1],{"o":{"$i":40}},[["mode",{"l":["header"]},1],["headerName",{"c":[["min",1]],"of":"s"},1],{"$i":41},["prefix","s"]],["value",{"$i":4},1],["proxy",{"$i":43}],{"u":{"$i":44}},[{"$i":45},{"$i":54}],{"o":{"$i":46}},[["mode",{"l":["env-proxy"]},1],{"$i":47}],["tls",{"$i":48}],{"o":{"$i":49}},[{"$i":50},{"$i":51},{"$i":52},{"$i":53},["serverName","s"],["insecureSkipVerify","b"]],["ca",{"$i":4}],["cert",{"$i":4}],["key",{"$i":4}],["passphrase",{"$i":4}],{"o":{"$i":55}},[["mode",{"l":["explicit-proxy"]},1],["url",{"c":[["min",1]],"of":"s"},1],{"$i":47}],["servers",{"$i":57}],{"r":{"$i":58}},{"o":{"$i":59},"x":"*"},[["enabled","b"],["command","s"],["args",{"a":"s"}],["env",{"r":{"u":["s","n","b"]}}],["cwd","s"],["url",{"c":[["url"],["httpUrl"]],"of":"s"}],["transport",{"u":[{"l":["stdio"]},{"l":["sse"]},{"l":["streamable-http"]}]}],["headers",{"r":{"u":["s","n","b"]}}],["connectionTimeoutMs",{"c":[["gt",0,0]],"of":"n"}],["requestTimeoutMs",{"c":[["gt",0,0]],"of":"n"}],["supportsParallelToolCalls","b"],["auth",{"l":["oauth"]}],{"$i":60},["sslVerify","b"],["clientCert","s"],["clientKey","s"],{"$i":63},{"$i":66}],["oauth",{"$i":61}],{"o":{"$i":62}},[["identity",{"e":["shared","per-requester"]}],["authProfileId",{"c":[["trim"],["min",1]],"of":"s"}],["scope",{"c":[["trim"],["min",1]],"of":"s"}],["redirectUrl",{"c":[["url"],["httpUrl"]],"of":"s"}],["clientMetadataUrl",{"c":[["url"]],"of":"s"}]],["toolFilter",{"$i":64}],{"o":{"$i":65}},[["include",{"c":[["min",1]],"of":{"a":{"c":[["trim"],["min",1]],"of":"s"}}}],["exclude",{"c":[["min",1]],"of":{"a":{"c":[["trim"],["min",1]],"of":"s"}}}]],["codex",{"$i":67}],{"o":{"$i":68}},[["agents",{"c":[["min",1]],"of":{"a":{"c":[["trim"],["regex","^[a-z0-9][a-z0-9_-]{0,63}$","i"]],"of":"s"}}}],["defaultToolsApprovalMode",{"e":["auto","prompt","approve"]}]],["models",{"$i":70}],{"r":{"$i":71}},{"o":{"$i":72}},[["alias","s"],["params",{"r":"*"}],["agentRuntime",{"o":[["id","s"]]}],{"$i":73},["codeMode","b"],["streaming","b"]],["pickerRuntimes",{"c":[["max",8]],"of":{"a":{"c":[["trim"],["min",1],["max",128],["regex","^[a-z][a-z0-9-]*$",""]],"of":"s"}}}],["silentReply",{"o":[["group",{"u":[{"l":["allow"]},{"l":["disallow"]}]}],["internal",{"u":[{"l":["allow"]},{"l":["disallow"]}]}]]}],["contextLimits",{"$i":76}],{"o":{"$i":77}},[["memoryGetMaxChars",{"c":[["int"],["gt",1,1],["lt",250000,1]],"of":"n"}],["postCompactionMaxChars",{"c":[["int"],["gt",1,1],["lt",50000,1]],"of":"n"}]],["humanDelay",{"$i":79}],{"o":{"$i":80}},[["mode",{"u":[{"l":["off"]},{"l":["natural"]},{"l":["custom"]}]}],["minMs",{"c":[["int"],["gt",0,1]],"of":"n"}],["maxMs",{"c":[["int"],["gt",0,1]],"of":"n"}]],["sandbox",{"$i":82}],{"o":{"$i":83}},[["mode",{"u":[{"l":["off"]},{"l":["non-main"]},{"l":["all"]}]}],["backend",{"c":[["min",1]],"of":"s"}],["workspaceAccess",{"u":[{"l":["none"]},{"l":["ro"]},{"l":["rw"]}]}],["sessionToolsVisibility",{"u":[{"l":["spawned"]},{"l":["all"]}]}],["scope",{"u":[{"l":["session"]},{"l":["agent"]},{"l":["shared"]}]}],["workspaceRoot","s"],{"$i":84},{"$i":88},{"$i":94},["prune",{"o":[["idleHours",{"c":[["int"],["gt",0,1]],"of":"n"}],["maxAgeDays",{"c":[["int"],["gt",0,1]],"of":"n"}]]}]],["docker",{"$i":85}],{"o":{"$i":86}},[["image","s"],["containerPrefix","s"],["workdir","s"],["readOnlyRoot","b"],["tmpfs",{"a":"s"}],["network","s"],["user","s"],["capDrop",{"a":"s"}],["env",{"r":"s"}],["setupCommand",{"u":["s",{"a":"s"}]}],["pidsLimit",{"c":[["int"],["gt",0,0]],"of":"n"}],["memory",{"u":["s","n"]}],["memorySwap",{"u":["s","n"]}],["cpus",{"c":[["gt",0,0]],"of":"n"}],["gpus",{"c":[["min",1]],"of":"s"}],{"$i":87},["seccompProfile","s"],["apparmorProfile","s"],["dns",{"a":"s"}],["extraHosts",{"a":"s"}],["binds",{"a":"s"}],["dangerouslyAllowReservedContainerTargets","b"],["dangerouslyAllowExternalBindSources","b"],["dangerouslyAllowContainerNamespaceJoin","b"]],["ulimits",{"r":{"u":["s","n",{"o":[["soft",{"c":[["int"],["gt",0,1]],"of":"n"}],["hard",{"c":[["int"],["gt",0,1]],"of":"n"}]]}]}}],["ssh",{"$i":89}],{"o":{"$i":90}},[["target",{"c":[["min",1]],"of":"s"}],["command",{"c":[["min",1]],"of":"s"}],["workspaceRoot",{"c":[["min",1]],"of":"s"}],["strictHostKeyChecking","b"],["updateHostKeys","b"],["identityFile",{"c":[["min",1]],"of":"s"}],["certificateFile",{"c":[["min",1]],"of":"s"}],["knownHostsFile",{"c":[["min",1]],"of":"s"}],{"$i":91},{"$i":92},{"$i":93}],["identityData",{"$i":4}],["certificateData",{"$i":4}],["knownHostsData",{"$i":4}],["browser",{"$i":95}],{"o":{"$i":96}},[["enabled","b"],["image","s"],["containerPrefix","s"],["network","s"],["cdpPort",{"c":[["int"],["gt",0,0]],"of":"n"}],["cdpSourceRange","s"],["vncPort",{"c":[["int"],["gt",0,0]],"of":"n"}],["noVncPort",{"c":[["int"],["gt",0,0]],"of":"n"}],["headless","b"],["noVncEnabled","b"],["allowHostControl","b"],["autoStart","b"],["autoStartTimeoutMs",{"c":[["int"],["gt",0,0]],"of":"n"}],["binds",{"a":"s"}]],["search",{"$i":98}],{"o":{"$i":99}},[["enabled","b"],["rememberAcrossConversations","b"],["sources",{"a":{"u":[{"l":["memory"]},{"l":["sessions"]}]}}],["extraPaths",{"a":{"u":["s",{"o":[["path","s",1],["pattern","s"]]}]}}],{"$i":100},["experimental",{"o":[["sessionMemory","b"]]}],["provider","s"],{"$i":103},["fallback","s"],["model","s"],["inputType",{"c":[["min",1]],"of":"s"}],["queryInputType",{"c":[["min",1]],"of":"s"}],["documentInputType",{"c":[["min",1]],"of":"s"}],["outputDimensionality",{"c":[["int"],["gt",0,0]],"of":"n"}],["local",{"o":[["modelPath","s"]]}],{"$i":106},["query",{"o":[["maxResults",{"c":[["int"],["gt",0,0]],"of":"n"}],["minScore",{"c":[["gt",0,1],["lt",1,1]],"of":"n"}]]}],["cache",{"o":[["enabled","b"]]}]],["multimodal",{"$i":101}],{"o":{"$i":102}},[["enabled","b"],["modalities",{"a":{"u":[{"l":["image"]},{"l":["audio"]},{"l":["all"]}]}}],["maxFileBytes",{"c":[["int"],["gt",0,0]],"of":"n"}]],["remote",{"$i":104}],{"o":{"$i":105}},[["baseUrl","s"],{"$i":3},["headers",{"r":"s"}],["batch",{"o":[["enabled","b"]]}]],["store",{"$i":107}],{"o":{"$i":108}},[["fts",{"o":[["tokenizer",{"u":[{"l":["unicode61"]},{"l":["trigram"]}]}]]}],["vector",{"o":[["enabled","b"],["extensionPath","s"]]}]],["personas",{"$i":110}],{"r":{"$i":111}},{"o":{"$i":112}},[["label","s"],["description","s"],["provider",{"c":[["min",1]],"of":"s"}],["fallbackPolicy",{"u":[{"l":["preserve-persona"]},{"l":["provider-defaults"]},{"l":["fail"]}]}],{"$i":113}],["providers",{"$i":114}],{"r":{"$i":115}},{"o":{"$i":116},"x":{"u":["s","n","b","z",{"a":"*"},{"r":"*"}]}},[{"$i":3}],["modelOverrides",{"$i":118}],{"o":{"$i":119}},[["enabled","b"],["allowText","b"],["allowProvider","b"],["allowVoice","b"],["allowModelId","b"],["allowVoiceSettings","b"],["allowNormalization","b"],["allowSeed","b"]],["byProvider",{"$i":121}],{"r":{"$i":122}},{"o":{"$i":123}},[["allow",{"a":"s"}],["alsoAllow",{"a":"s"}],["deny",{"a":"s"}],["profile",{"u":[{"l":["minimal"]},{"l":["coding"]},{"l":["messaging"]},{"l":["full"]}]}]],["codeMode",{"$i":125}],{"u":{"$i":126}},["b",{"l":["auto"]},{"$i":127}],{"o":{"$i":128}},[["enabled",{"u":["b",{"l":["auto"]}]}],["executor",{"e":["node","quickjs"]}],["mode",{"l":["only"]}],["timeoutMs",{"c":[["int"],["gt",0,0]],"of":"n"}],["memoryLimitBytes",{"c":[["int"],["gt",0,0]],"of":"n"}],["maxOutputBytes",{"c":[["int"],["gt",0,0]],"of":"n"}],["maxSnapshotBytes",{"c":[["int"],["gt",0,0]],"of":"n"}],["maxPendingToolCalls",{"c":[["int"],["gt",0,0]],"of":"n"}],["snapshotTtlSeconds",{"c":[["int"],["gt",0,0]],"of":"n"}],["searchDefaultLimit",{"c":[["int"],["gt",0,0]],"of":"n"}],["maxSearchLimit",{"c":[["int"],["gt",0,0]],"of":"n"}]],["swarm",{"$i":130}],{"u":{"$i":131}},["b",{"$i":132}],{"o":{"$i":133}},[["enabled","b"],["maxConcurrent",{"c":[["int"],["gt",0,0]],"of":"n"}],["maxChildrenPerGroup",{"c":[["int"],["gt",0,0]],"of":"n"}],["maxTotalPerGroup",{"c":[["int"],["gt",0,0]],"of":"n"}],["waitTimeoutSecondsMax",{"c":[["int"],["gt",0,0]],"of":"n"}],["defaultAgentId","s"]],["exec",{"$i":135}],{"o":{"$i":136}},[["host",{"e":["auto","sandbox","gateway","node"]}],["mode",{"e":["deny","allowlist","ask","auto","full"]}],["security",{"e":["deny","allowlist","full"]}],["ask",{"e":["off","on-miss","always"]}],["node","s"],["pathPrepend",{"a":"s"}],["safeBins",{"a":"s"}],["strictInlineEval","b"],["commandHighlighting","b"],["grantExpiryDays",{"c":[["int"],["gt",1,1],["lt",3650,1]],"of":"n"}],["safeBinTrustedDirs",{"a":"s"}],{"$i":137},{"$i":141},["backgroundMs",{"c":[["int"],["gt",0,0]],"of":"n"}],["approvalRunningNoticeMs",{"c":[["int"],["gt",0,1]],"of":"n"}],["timeoutSeconds",{"c":[["int"],["gt",0,0]],"of":"n"}],["cleanupMs",{"c":[["int"],["gt",0,0]],"of":"n"}],["notifyOnExit","b"],["notifyOnExitEmptySuccess","b"],["applyPatch",{"o":[["enabled","b"],["workspaceOnly","b"],["allowModels",{"a":"s"}]]}]],["safeBinProfiles",{"$i":138}],{"r":{"$i":139}},{"o":{"$i":140}},[["minPositional",{"c":[["int"],["gt",0,1]],"of":"n"}],["maxPositional",{"c":[["int"],["gt",0,1]],"of":"n"}],["allowedValueFlags",{"a":"s"}],["deniedFlags",{"a":"s"}]],["reviewer",{"$i":142}],{"o":{"$i":143}},[["model",{"u":["s",{"o":[["primary","s"],["fallbacks",{"a":"s"}]]}]}],["thinking",{"e":["minimal","low","medium","high","xhigh","max"]}],["fastMode","b"],["timeoutMs",{"c":[["int"],["gt",0,0]],"of":"n"}]],["github",{"$i":145}],{"o":{"$i":146}},[["profileId",{"c":[["regex","^ghp_[a-f0-9]{32}$","u"]],"of":"s"},1],["kind",{"l":["oauth"]}],["gitAuthor",{"o":[["name",{"c":[["trim"],["min",1]],"of":"s"}],["email",{"c":[["trim"],["min",1]],"of":"s"}]]}]],["message",{"$i":148}],{"o":{"$i":149}},[{"$i":150},["actions",{"o":[["allow",{"a":"s"}]]}],["broadcast",{"o":[["enabled","b"]]}]],["crossContext",{"$i":151}],{"o":{"$i":152}},[["allowWithinProvider","b"],["allowAcrossProviders","b"],["marker",{"o":[["enabled","b"],["prefix","s"],["suffix","s"]]}]],["request",{"$i":154}],{"o":{"$i":155}},[{"$i":31},{"$i":33},{"$i":42},{"$i":47}],{"o":{"$i":157}},[["enabled","b"],["preferredModel",{"c":[["trim"],["min",1]],"of":"s"}],{"$i":158},["maxBytes",{"c":[["int"],["gt",0,0]],"of":"n"}],["maxChars",{"c":[["int"],["gt",0,0]],"of":"n"}],["prompt","s"],["timeoutSeconds",{"c":[["int"],["gt",0,0]],"of":"n"}],["language","s"],["providerOptions",{"r":{"r":{"u":["s","n","b"]}}}],["baseUrl","s"],["headers",{"r":"s"}],{"$i":153},{"$i":168}],["scope",{"$i":159}],{"o":{"$i":160}},[["default",{"u":[{"l":["allow"]},{"l":["deny"]}]}],{"$i":161}],["rules",{"$i":162}],{"a":{"$i":163}},{"o":{"$i":164}},[["action",{"u":[{"l":["allow"]},{"l":["deny"]}]},1],{"$i":165}],["match",{"$i":166}],{"o":{"$i":167}},[["channel","s"],["chatType",{"u":[{"l":["direct"]},{"l":["group"]},{"l":["channel"]}]}],["keyPrefix","s"],["rawKeyPrefix","s"]],["attachments",{"$i":169}],{"o":{"$i":170}},[["mode",{"u":[{"l":["first"]},{"l":["all"]}]}],["maxAttachments",{"c":[["int"],["gt",0,0]],"of":"n"}],["prefer",{"u":[{"l":["first"]},{"l":["last"]},{"l":["path"]},{"l":["url"]}]}]],["match",{"$i":172},1],{"o":{"$i":173}},[["channel","s",1],["accountId","s"],["peer",{"o":[["kind",{"u":[{"l":["direct"]},{"l":["group"]},{"l":["channel"]}]},1],["id","s",1]]}],["guildId","s"],["teamId","s"],["roles",{"a":"s"}]],{"o":{"$i":175}},[["enabled","b"],["mode",{"u":[{"l":["session"]},{"l":["targets"]},{"l":["both"]}]}],["agentFilter",{"a":"s"}],["sessionFilter",{"a":"s"}],{"$i":176}],["targets",{"$i":177}],{"a":{"$i":178}},{"o":{"$i":179}},[["channel",{"c":[["min",1]],"of":"s"},1],["to",{"c":[["min",1]],"of":"s"},1],["accountId","s"],["threadId",{"u":["s","n"]}]],{"o":{"$i":181}},[["mode",{"u":[{"l":["none"]},{"l":["daily"]},{"l":["idle"]}]}],["atHour",{"c":[["int"],["gt",0,1],["lt",23,1]],"of":"n"}],["idleMinutes",{"c":[["int"],["gt",0,0]],"of":"n"}]],["providers",{"$i":183}],{"r":{"$i":184}},{"o":{"$i":116},"x":"*"},["token",{"$i":4}],["password",{"$i":4}],{"a":{"$i":188}},{"e":{"$i":189}},["operator.admin","operator.read","operator.write","operator.sessions.read","operator.sessions.write","operator.approvals","operator.questions","operator.pairing","operator.talk","operator.talk.secrets"],["images",{"$i":191}],{"o":{"$i":192}},[["allowUrl","b"],["urlAllowlist",{"a":"s"}],["allowedMimes",{"a":"s"}],["maxBytes",{"c":[["int"],["gt",0,0]],"of":"n"}],["maxRedirects",{"c":[["int"],["gt",0,1]],"of":"n"}],["timeoutMs",{"c":[["int"],["gt",0,0]],"of":"n"}]]]}';
/** { schemas: id -> JSON schema, shared: [subschema], installable: id -> plugin id, aliases }, JSON. */
const CHANNEL_SCHEMAS_JSON = '{"schemas":{"a2a":{"type":"object","properties":{"enabled":{"type":"boolean"},"configWrites":{"type":"boolean"},"advertisedUrl":{"allOf":[{"type":"string"},{"type":"string","pattern":"^https?:\\\\/\\\\/"}]},"replyTimeoutMs":{"type":"integer","minimum":5000,"maximum":600000},"rateLimitPerMinute":{"type":"integer","minimum":0,"maximum":9007199254740991},"exposeAgents":{"type":"array","items":{"type":"string"}},"peers":{"type":"object","propertyNames":{"type":"string","pattern":"^[a-z0-9][a-z0-9._-]{0,63}$"},"additionalProperties":{"type":"object","properties":{"token":{"type":"string","minLength":1},"url":{"allOf":[{"type":"string"},{"type":"string","pattern":"^https?:\\\\/\\\\/"}]},"outboundToken":{"type":"string","minLength":1}},"required":["token"],"additionalProperties":false}}},"additionalProperties":false},"buzz":{"type":"object","properties":{"name":{"type":"string"},"enabled":{"type":"boolean"},"configWrites":{"type":"boolean"},"responsePrefix":{"type":"string"},"replyToMode":{"type":"string","enum":["off","all"]},"markdown":{"$i":0},"relayUrl":{"allOf":[{"type":"string"},{"type":"string","pattern":"^[wW][sS][sS]?:\\\\/\\\\/"}]},"privateKey":{"$i":1},"authTag":{"$i":1},"groupPolicy":{"default":"allowlist","type":"string","enum":["open","disabled","allowlist"]},"groupAllowFrom":{"type":"array","items":{"type":["string","number"]}},"groups":{"$i":13},"historyLimit":{"type":"integer","minimum":0,"maximum":20},"defaultTo":{"type":"string"},"accounts":{"type":"object","propertyNames":{"type":"string","pattern":"^(?!(?:constructor|prototype)$)[a-z0-9][a-z0-9_-]{0,63}$"},"additionalProperties":{"type":"object","properties":{"name":{"type":"string"},"enabled":{"type":"boolean"},"configWrites":{"type":"boolean"},"responsePrefix":{"type":"string"},"replyToMode":{"type":"string","enum":["off","all"]},"markdown":{"$i":0},"relayUrl":{"allOf":[{"type":"string"},{"type":"string","pattern":"^[wW][sS][sS]?:\\\\/\\\\/"}]},"privateKey":{"$i":1},"authTag":{"$i":1},"groupPolicy":{"type":"string","enum":["open","disabled","allowlist"]},"groupAllowFrom":{"type":"array","items":{"type":["string","number"]}},"groups":{"$i":13},"historyLimit":{"type":"integer","minimum":0,"maximum":20},"defaultTo":{"type":"string"}},"additionalProperties":false}},"defaultAccount":{"type":"string","pattern":"^(?!(?:constructor|prototype)$)[a-z0-9][a-z0-9_-]{0,63}$"}},"required":["groupPolicy"],"additionalProperties":false},"clickclack":{"type":"object","properties":{"name":{"type":"string"},"enabled":{"type":"boolean"},"configWrites":{"type":"boolean"},"mediaMaxMb":{"type":"number","exclusiveMinimum":0},"responsePrefix":{"type":"string"},"baseUrl":{"type":"string"},"apiBaseUrl":{"type":"string"},"token":{"$i":1},"tokenFile":{"type":"string"},"workspace":{"type":"string"},"botUserId":{"type":"string"},"agentId":{"type":"string"},"replyMode":{"type":"string","enum":["agent","model"]},"model":{"type":"string"},"systemPrompt":{"type":"string"},"toolsAllow":{"type":"array","items":{"type":"string"}},"defaultTo":{"type":"string"},"allowFrom":{"type":"array","items":{"type":"string"}},"allowBots":{"anyOf":[{"type":"boolean"},{"type":"string","const":"mentions"}]},"botLoopProtection":{"$i":16},"reconnectMs":{"type":"integer","minimum":100,"maximum":60000},"agentActivity":{"type":"boolean"},"nativeProgress":{"type":"boolean"},"commandMenu":{"type":"boolean"},"requireMention":{"type":"boolean"},"mentionPatterns":{"type":"array","items":{"type":"string"}},"groups":{"$i":18},"discussions":{"$i":21},"historyLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"accounts":{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"type":"object","properties":{"name":{"type":"string"},"enabled":{"type":"boolean"},"configWrites":{"type":"boolean"},"mediaMaxMb":{"type":"number","exclusiveMinimum":0},"responsePrefix":{"type":"string"},"baseUrl":{"type":"string"},"apiBaseUrl":{"type":"string"},"token":{"$i":1},"tokenFile":{"type":"string"},"workspace":{"type":"string"},"botUserId":{"type":"string"},"agentId":{"type":"string"},"replyMode":{"type":"string","enum":["agent","model"]},"model":{"type":"string"},"systemPrompt":{"type":"string"},"toolsAllow":{"type":"array","items":{"type":"string"}},"defaultTo":{"type":"string"},"allowFrom":{"type":"array","items":{"type":"string"}},"allowBots":{"anyOf":[{"type":"boolean"},{"type":"string","const":"mentions"}]},"botLoopProtection":{"$i":16},"reconnectMs":{"type":"integer","minimum":100,"maximum":60000},"agentActivity":{"type":"boolean"},"nativeProgress":{"type":"boolean"},"commandMenu":{"type":"boolean"},"requireMention":{"type":"boolean"},"mentionPatterns":{"type":"array","items":{"type":"string"}},"groups":{"$i":18},"discussions":{"$i":21}},"additionalProperties":false}},"defaultAccount":{"type":"string"}},"additionalProperties":false},"discord":{"type":"object","properties":{"name":{"type":"string"},"capabilities":{"type":"array","items":{"type":"string"}},"markdown":{"$i":0},"configWrites":{"type":"boolean"},"enabled":{"type":"boolean"},"dmPolicy":{"default":"pairing","type":"string","enum":["pairing","allowlist","open","disabled"]},"allowFrom":{"type":"array","items":{"type":"string"}},"defaultTo":{"type":"string"},"groupPolicy":{"default":"allowlist","type":"string","enum":["open","disabled","allowlist"]},"mentionPatterns":{"$i":23},"contextVisibility":{"type":"string","enum":["all","allowlist","allowlist_quote"]},"historyLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"dmHistoryLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"dms":{"$i":25},"textChunkLimit":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"streaming":{"$i":27},"heartbeatVisibility":{"$i":40},"healthMonitor":{"type":"object","properties":{"enabled":{"type":"boolean"}},"additionalProperties":false},"responsePrefix":{"type":"string"},"mediaMaxMb":{"type":"number","exclusiveMinimum":0},"replyToMode":{"$i":41},"joinIntro":{"type":"boolean"},"commands":{"$i":43},"token":{"$i":1},"applicationId":{"type":"string"},"activities":{"$i":45},"proxy":{"type":"string"},"allowBots":{"anyOf":[{"type":"boolean"},{"type":"string","const":"mentions"}]},"botLoopProtection":{"$i":16},"dangerouslyAllowNameMatching":{"type":"boolean"},"mentionAliases":{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"type":"string","pattern":"^\\\\d+$"}},"suppressEmbeds":{"type":"boolean"},"maxLinesPerMessage":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"actions":{"$i":46},"thread":{"type":"object","properties":{"inheritParent":{"type":"boolean"}},"additionalProperties":false},"dm":{"$i":48},"guilds":{"$i":50},"execApprovals":{"$i":63},"agentComponents":{"$i":65},"slashCommand":{"type":"object","properties":{"ephemeral":{"type":"boolean"}},"additionalProperties":false},"threadBindings":{"$i":66},"intents":{"$i":68},"voice":{"$i":70},"pluralkit":{"$i":100},"ackReaction":{"type":"string"},"ackReactionScope":{"type":"string","enum":["group-mentions","group-all","direct","all","off","none"]},"activity":{"type":"string"},"status":{"type":"string","enum":["online","dnd","idle","invisible"]},"autoPresence":{"$i":102},"activityType":{"$i":104},"activityUrl":{"type":"string"},"inboundWorker":{"$i":106},"accounts":{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"type":"object","properties":{"name":{"type":"string"},"capabilities":{"type":"array","items":{"type":"string"}},"markdown":{"$i":0},"configWrites":{"type":"boolean"},"enabled":{"type":"boolean"},"dmPolicy":{"type":"string","enum":["pairing","allowlist","open","disabled"]},"allowFrom":{"type":"array","items":{"type":"string"}},"defaultTo":{"type":"string"},"groupPolicy":{"type":"string","enum":["open","disabled","allowlist"]},"mentionPatterns":{"$i":23},"contextVisibility":{"type":"string","enum":["all","allowlist","allowlist_quote"]},"historyLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"dmHistoryLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"dms":{"$i":25},"textChunkLimit":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"streaming":{"$i":27},"heartbeatVisibility":{"$i":40},"healthMonitor":{"type":"object","properties":{"enabled":{"type":"boolean"}},"additionalProperties":false},"responsePrefix":{"type":"string"},"mediaMaxMb":{"type":"number","exclusiveMinimum":0},"replyToMode":{"$i":41},"joinIntro":{"type":"boolean"},"commands":{"$i":43},"token":{"$i":1},"applicationId":{"type":"string"},"activities":{"$i":45},"proxy":{"type":"string"},"allowBots":{"anyOf":[{"type":"boolean"},{"type":"string","const":"mentions"}]},"botLoopProtection":{"$i":16},"dangerouslyAllowNameMatching":{"type":"boolean"},"mentionAliases":{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"type":"string","pattern":"^\\\\d+$"}},"suppressEmbeds":{"type":"boolean"},"maxLinesPerMessage":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"actions":{"$i":46},"thread":{"type":"object","properties":{"inheritParent":{"type":"boolean"}},"additionalProperties":false},"dm":{"$i":48},"guilds":{"$i":50},"execApprovals":{"$i":63},"agentComponents":{"$i":65},"slashCommand":{"type":"object","properties":{"ephemeral":{"type":"boolean"}},"additionalProperties":false},"threadBindings":{"$i":66},"intents":{"$i":68},"voice":{"$i":70},"pluralkit":{"$i":100},"ackReaction":{"type":"string"},"ackReactionScope":{"type":"string","enum":["group-mentions","group-all","direct","all","off","none"]},"activity":{"type":"string"},"status":{"type":"string","enum":["online","dnd","idle","invisible"]},"autoPresence":{"$i":102},"activityType":{"$i":104},"activityUrl":{"type":"string"},"inboundWorker":{"$i":106}},"additionalProperties":false}},"defaultAccount":{"type":"string"}},"required":["dmPolicy","groupPolicy"],"additionalProperties":false},"feishu":{"type":"object","properties":{"enabled":{"type":"boolean"},"defaultAccount":{"type":"string"},"stickerSets":{"type":"object","propertyNames":{"type":"string","pattern":"^(?!\\\\s)(?![\\\\s\\\\S]*\\\\s$)[^\\\\p{Cs}]{1,128}$"},"additionalProperties":{"type":"object","propertyNames":{"type":"string","pattern":"^(?!\\\\s)(?![\\\\s\\\\S]*\\\\s$)(?![\\\\s\\\\S]*\\\\.\\\\.)[^\\\\p{Cc}\\\\p{Cs}/\\\\\\\\]{1,512}$"},"additionalProperties":{"minItems":1,"maxItems":8,"type":"array","items":{"type":"string","pattern":"^(?!\\\\s)(?![\\\\s\\\\S]*\\\\s$)[^\\\\p{Cs}]{1,64}$"}},"maxProperties":256},"maxProperties":32},"appId":{"type":"string"},"appSecret":{"$i":1},"encryptKey":{"$i":1},"verificationToken":{"$i":1},"domain":{"default":"feishu","anyOf":[{"type":"string","enum":["feishu","lark"]},{"type":"string","pattern":"^[Hh][Tt][Tt][Pp][Ss]:\\\\/\\\\/"}]},"connectionMode":{"default":"websocket","type":"string","enum":["websocket","webhook"]},"webhookPath":{"default":"/feishu/events","type":"string"},"webhookHost":{"type":"string"},"webhookPort":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"capabilities":{"type":"array","items":{"type":"string"}},"markdown":{"$i":107},"configWrites":{"type":"boolean"},"contextVisibility":{"type":"string","enum":["all","allowlist","allowlist_quote"]},"replyToMode":{"$i":41},"responsePrefix":{"type":"string"},"dmPolicy":{"default":"pairing","type":"string","enum":["pairing","allowlist","open","disabled"]},"allowFrom":{"type":"array","items":{"type":["string","number"]}},"groupPolicy":{"anyOf":[{"type":"string","enum":["open","disabled","allowlist"]},{"type":"string","const":"allowall"}]},"groupAllowFrom":{"type":"array","items":{"type":["string","number"]}},"groupSenderAllowFrom":{"type":"array","items":{"type":["string","number"]}},"requireMention":{"type":"boolean"},"groups":{"$i":109},"historyLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"dmHistoryLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"dms":{"$i":113},"textChunkLimit":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"mediaMaxMb":{"type":"number","exclusiveMinimum":0},"httpTimeoutMs":{"type":"integer","exclusiveMinimum":0,"maximum":300000},"heartbeatVisibility":{"$i":115},"renderMode":{"type":"string","enum":["auto","raw","card"]},"streaming":{"$i":117},"tools":{"$i":119},"actions":{"$i":121},"replyInThread":{"type":"string","enum":["disabled","enabled"]},"reactionNotifications":{"default":"own","type":"string","enum":["off","own","all"]},"typingIndicator":{"default":true,"type":"boolean"},"resolveSenderNames":{"default":true,"type":"boolean"},"allowBots":{"type":"boolean"},"vcAutoJoin":{"type":"boolean"},"tts":{"$i":122},"groupSessionScope":{"type":"string","enum":["group","group_sender","group_topic","group_topic_sender"]},"topicSessionMode":{"type":"string","enum":["disabled","enabled"]},"dynamicAgentCreation":{"type":"object","properties":{"enabled":{"type":"boolean"},"workspaceTemplate":{"type":"string"},"agentDirTemplate":{"type":"string"},"maxAgents":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991}},"additionalProperties":false},"accounts":{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"type":"object","properties":{"enabled":{"type":"boolean"},"name":{"type":"string"},"appId":{"type":"string"},"appSecret":{"$i":1},"encryptKey":{"$i":1},"verificationToken":{"$i":1},"domain":{"anyOf":[{"type":"string","enum":["feishu","lark"]},{"type":"string","pattern":"^[Hh][Tt][Tt][Pp][Ss]:\\\\/\\\\/"}]},"connectionMode":{"type":"string","enum":["websocket","webhook"]},"webhookPath":{"type":"string"},"webhookHost":{"type":"string"},"webhookPort":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"capabilities":{"type":"array","items":{"type":"string"}},"markdown":{"$i":107},"configWrites":{"type":"boolean"},"contextVisibility":{"type":"string","enum":["all","allowlist","allowlist_quote"]},"replyToMode":{"$i":41},"responsePrefix":{"type":"string"},"dmPolicy":{"type":"string","enum":["pairing","allowlist","open","disabled"]},"allowFrom":{"type":"array","items":{"type":["string","number"]}},"groupPolicy":{"anyOf":[{"type":"string","enum":["open","disabled","allowlist"]},{"type":"string","const":"allowall"}]},"groupAllowFrom":{"type":"array","items":{"type":["string","number"]}},"groupSenderAllowFrom":{"type":"array","items":{"type":["string","number"]}},"requireMention":{"type":"boolean"},"groups":{"$i":109},"historyLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"dmHistoryLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"dms":{"$i":113},"textChunkLimit":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"mediaMaxMb":{"type":"number","exclusiveMinimum":0},"httpTimeoutMs":{"type":"integer","exclusiveMinimum":0,"maximum":300000},"heartbeatVisibility":{"$i":115},"renderMode":{"type":"string","enum":["auto","raw","card"]},"streaming":{"$i":117},"tools":{"$i":119},"actions":{"$i":121},"replyInThread":{"type":"string","enum":["disabled","enabled"]},"reactionNotifications":{"type":"string","enum":["off","own","all"]},"typingIndicator":{"type":"boolean"},"resolveSenderNames":{"type":"boolean"},"allowBots":{"type":"boolean"},"vcAutoJoin":{"type":"boolean"},"tts":{"$i":122},"groupSessionScope":{"type":"string","enum":["group","group_sender","group_topic","group_topic_sender"]},"topicSessionMode":{"type":"string","enum":["disabled","enabled"]}},"additionalProperties":false}}},"additionalProperties":false},"googlechat":{"type":"object","properties":{"name":{"type":"string"},"capabilities":{"type":"array","items":{"type":"string"}},"markdown":{"$i":0},"configWrites":{"type":"boolean"},"enabled":{"type":"boolean"},"dmPolicy":{"default":"pairing","type":"string","enum":["pairing","allowlist","open","disabled"]},"allowFrom":{"type":"array","items":{"type":["string","number"]}},"defaultTo":{"type":"string"},"groupAllowFrom":{"type":"array","items":{"type":["string","number"]}},"groupPolicy":{"default":"allowlist","type":"string","enum":["open","disabled","allowlist"]},"contextVisibility":{"type":"string","enum":["all","allowlist","allowlist_quote"]},"historyLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"dmHistoryLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"dms":{"$i":25},"textChunkLimit":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"streaming":{"$i":124},"heartbeatVisibility":{"$i":40},"healthMonitor":{"type":"object","properties":{"enabled":{"type":"boolean"}},"additionalProperties":false},"responsePrefix":{"type":"string"},"mediaMaxMb":{"type":"number","exclusiveMinimum":0},"replyToMode":{"$i":41},"allowBots":{"type":"boolean"},"botLoopProtection":{"$i":16},"dangerouslyAllowNameMatching":{"type":"boolean"},"requireMention":{"type":"boolean"},"groups":{"$i":126},"serviceAccount":{"$i":129},"serviceAccountFile":{"type":"string"},"audienceType":{"type":"string","enum":["app-url","project-number"]},"audience":{"type":"string"},"appPrincipal":{"type":"string"},"webhookPath":{"type":"string"},"webhookUrl":{"type":"string"},"botUser":{"type":"string"},"dm":{"type":"object","properties":{"enabled":{"type":"boolean"}},"additionalProperties":false},"typingIndicator":{"type":"string","enum":["none","message","reaction"]},"accounts":{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"type":"object","properties":{"name":{"type":"string"},"capabilities":{"type":"array","items":{"type":"string"}},"markdown":{"$i":0},"configWrites":{"type":"boolean"},"enabled":{"type":"boolean"},"dmPolicy":{"type":"string","enum":["pairing","allowlist","open","disabled"]},"allowFrom":{"type":"array","items":{"type":["string","number"]}},"defaultTo":{"type":"string"},"groupAllowFrom":{"type":"array","items":{"type":["string","number"]}},"groupPolicy":{"type":"string","enum":["open","disabled","allowlist"]},"contextVisibility":{"type":"string","enum":["all","allowlist","allowlist_quote"]},"historyLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"dmHistoryLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"dms":{"$i":25},"textChunkLimit":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"streaming":{"$i":124},"heartbeatVisibility":{"$i":40},"healthMonitor":{"type":"object","properties":{"enabled":{"type":"boolean"}},"additionalProperties":false},"responsePrefix":{"type":"string"},"mediaMaxMb":{"type":"number","exclusiveMinimum":0},"replyToMode":{"$i":41},"allowBots":{"type":"boolean"},"botLoopProtection":{"$i":16},"dangerouslyAllowNameMatching":{"type":"boolean"},"requireMention":{"type":"boolean"},"groups":{"$i":126},"serviceAccount":{"$i":129},"serviceAccountFile":{"type":"string"},"audienceType":{"type":"string","enum":["app-url","project-number"]},"audience":{"type":"string"},"appPrincipal":{"type":"string"},"webhookPath":{"type":"string"},"webhookUrl":{"type":"string"},"botUser":{"type":"string"},"dm":{"type":"object","properties":{"enabled":{"type":"boolean"}},"additionalProperties":false},"typingIndicator":{"type":"string","enum":["none","message","reaction"]}},"additionalProperties":false}},"defaultAccount":{"type":"string"}},"required":["dmPolicy","groupPolicy"],"additionalProperties":false},"imessage":{"type":"object","properties":{"name":{"type":"string"},"capabilities":{"type":"array","items":{"type":"string"}},"markdown":{"$i":0},"configWrites":{"type":"boolean"},"enabled":{"type":"boolean"},"dmPolicy":{"default":"pairing","type":"string","enum":["pairing","allowlist","open","disabled"]},"allowFrom":{"type":"array","items":{"type":["string","number"]}},"defaultTo":{"type":"string"},"groupAllowFrom":{"type":"array","items":{"type":["string","number"]}},"groupPolicy":{"default":"allowlist","type":"string","enum":["open","disabled","allowlist"]},"contextVisibility":{"type":"string","enum":["all","allowlist","allowlist_quote"]},"historyLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"dmHistoryLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"dms":{"$i":25},"textChunkLimit":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"streaming":{"$i":124},"heartbeatVisibility":{"$i":40},"healthMonitor":{"type":"object","properties":{"enabled":{"type":"boolean"}},"additionalProperties":false},"responsePrefix":{"type":"string"},"mediaMaxMb":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"cliPath":{"type":"string"},"dbPath":{"type":"string"},"remoteHost":{"type":"string"},"actions":{"$i":131},"service":{"anyOf":[{"type":"string","const":"imessage"},{"type":"string","const":"sms"},{"type":"string","const":"auto"}]},"sendTransport":{"type":"string","enum":["auto","bridge","applescript"]},"region":{"type":"string"},"includeAttachments":{"type":"boolean"},"attachmentRoots":{"type":"array","items":{"type":"string"}},"remoteAttachmentRoots":{"type":"array","items":{"type":"string"}},"probeTimeoutMs":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"sendReadReceipts":{"type":"boolean"},"reactionNotifications":{"type":"string","enum":["off","own","all"]},"catchup":{"$i":133},"groups":{"$i":135},"accounts":{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"type":"object","properties":{"name":{"type":"string"},"capabilities":{"type":"array","items":{"type":"string"}},"markdown":{"$i":0},"configWrites":{"type":"boolean"},"enabled":{"type":"boolean"},"dmPolicy":{"type":"string","enum":["pairing","allowlist","open","disabled"]},"allowFrom":{"type":"array","items":{"type":["string","number"]}},"defaultTo":{"type":"string"},"groupAllowFrom":{"type":"array","items":{"type":["string","number"]}},"groupPolicy":{"type":"string","enum":["open","disabled","allowlist"]},"contextVisibility":{"type":"string","enum":["all","allowlist","allowlist_quote"]},"historyLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"dmHistoryLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"dms":{"$i":25},"textChunkLimit":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"streaming":{"$i":124},"heartbeatVisibility":{"$i":40},"healthMonitor":{"type":"object","properties":{"enabled":{"type":"boolean"}},"additionalProperties":false},"responsePrefix":{"type":"string"},"mediaMaxMb":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"cliPath":{"type":"string"},"dbPath":{"type":"string"},"remoteHost":{"type":"string"},"actions":{"$i":131},"service":{"anyOf":[{"type":"string","const":"imessage"},{"type":"string","const":"sms"},{"type":"string","const":"auto"}]},"sendTransport":{"type":"string","enum":["auto","bridge","applescript"]},"region":{"type":"string"},"includeAttachments":{"type":"boolean"},"attachmentRoots":{"type":"array","items":{"type":"string"}},"remoteAttachmentRoots":{"type":"array","items":{"type":"string"}},"probeTimeoutMs":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"sendReadReceipts":{"type":"boolean"},"reactionNotifications":{"type":"string","enum":["off","own","all"]},"catchup":{"$i":133},"groups":{"$i":135}},"additionalProperties":false}},"defaultAccount":{"type":"string"}},"required":["dmPolicy","groupPolicy"],"additionalProperties":false},"irc":{"type":"object","properties":{"name":{"type":"string"},"enabled":{"type":"boolean"},"configWrites":{"type":"boolean"},"healthMonitor":{"type":"object","properties":{"enabled":{"type":"boolean"}},"additionalProperties":false},"replyToMode":{"$i":41},"dangerouslyAllowNameMatching":{"type":"boolean"},"host":{"type":"string"},"port":{"type":"integer","minimum":1,"maximum":65535},"tls":{"type":"boolean"},"nick":{"type":"string"},"username":{"type":"string"},"realname":{"type":"string"},"password":{"type":"string"},"passwordFile":{"type":"string"},"nickserv":{"$i":138},"dmPolicy":{"default":"pairing","type":"string","enum":["pairing","allowlist","open","disabled"]},"allowFrom":{"type":"array","items":{"type":["string","number"]}},"groupPolicy":{"default":"allowlist","type":"string","enum":["open","disabled","allowlist"]},"groupAllowFrom":{"type":"array","items":{"type":["string","number"]}},"groups":{"$i":140},"channels":{"type":"array","items":{"type":"string"}},"markdown":{"$i":0},"historyLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"dmHistoryLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"contextVisibility":{"type":"string","enum":["all","allowlist","allowlist_quote"]},"dms":{"$i":25},"textChunkLimit":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"streaming":{"$i":124},"responsePrefix":{"type":"string"},"mediaMaxMb":{"type":"number","exclusiveMinimum":0},"accounts":{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"type":"object","properties":{"name":{"type":"string"},"enabled":{"type":"boolean"},"configWrites":{"type":"boolean"},"healthMonitor":{"type":"object","properties":{"enabled":{"type":"boolean"}},"additionalProperties":false},"replyToMode":{"$i":41},"dangerouslyAllowNameMatching":{"type":"boolean"},"host":{"type":"string"},"port":{"type":"integer","minimum":1,"maximum":65535},"tls":{"type":"boolean"},"nick":{"type":"string"},"username":{"type":"string"},"realname":{"type":"string"},"password":{"type":"string"},"passwordFile":{"type":"string"},"nickserv":{"$i":138},"dmPolicy":{"default":"pairing","type":"string","enum":["pairing","allowlist","open","disabled"]},"allowFrom":{"type":"array","items":{"type":["string","number"]}},"groupPolicy":{"default":"allowlist","type":"string","enum":["open","disabled","allowlist"]},"groupAllowFrom":{"type":"array","items":{"type":["string","number"]}},"groups":{"$i":140},"channels":{"type":"array","items":{"type":"string"}},"markdown":{"$i":0},"historyLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"dmHistoryLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"contextVisibility":{"type":"string","enum":["all","allowlist","allowlist_quote"]},"dms":{"$i":25},"textChunkLimit":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"streaming":{"$i":124},"responsePrefix":{"type":"string"},"mediaMaxMb":{"type":"number","exclusiveMinimum":0}},"required":["dmPolicy","groupPolicy"],"additionalProperties":false}},"defaultAccount":{"type":"string"}},"required":["dmPolicy","groupPolicy"],"additionalProperties":false},"line":{"type":"object","properties":{"enabled":{"type":"boolean"},"configWrites":{"type":"boolean"},"joinIntro":{"type":"boolean"},"historyLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"channelAccessToken":{"type":"string"},"channelSecret":{"type":"string"},"tokenFile":{"type":"string"},"secretFile":{"type":"string"},"name":{"type":"string"},"allowFrom":{"type":"array","items":{"type":["string","number"]}},"groupAllowFrom":{"type":"array","items":{"type":["string","number"]}},"dmPolicy":{"default":"pairing","type":"string","enum":["pairing","allowlist","open","disabled"]},"groupPolicy":{"default":"allowlist","type":"string","enum":["open","disabled","allowlist"]},"responsePrefix":{"type":"string"},"replyToMode":{"type":"string","enum":["off","first","all"]},"streaming":{"$i":124},"mediaMaxMb":{"type":"number"},"webhookPath":{"type":"string"},"threadBindings":{"$i":143},"groups":{"$i":145},"accounts":{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"type":"object","properties":{"enabled":{"type":"boolean"},"configWrites":{"type":"boolean"},"joinIntro":{"type":"boolean"},"historyLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"channelAccessToken":{"type":"string"},"channelSecret":{"type":"string"},"tokenFile":{"type":"string"},"secretFile":{"type":"string"},"name":{"type":"string"},"allowFrom":{"type":"array","items":{"type":["string","number"]}},"groupAllowFrom":{"type":"array","items":{"type":["string","number"]}},"dmPolicy":{"default":"pairing","type":"string","enum":["pairing","allowlist","open","disabled"]},"groupPolicy":{"default":"allowlist","type":"string","enum":["open","disabled","allowlist"]},"responsePrefix":{"type":"string"},"replyToMode":{"type":"string","enum":["off","first","all"]},"streaming":{"$i":124},"mediaMaxMb":{"type":"number"},"webhookPath":{"type":"string"},"threadBindings":{"$i":143},"groups":{"$i":145}},"required":["dmPolicy","groupPolicy"],"additionalProperties":false}},"defaultAccount":{"type":"string"}},"required":["dmPolicy","groupPolicy"],"additionalProperties":false},"matrix":{"type":"object","properties":{"name":{"type":"string"},"enabled":{"type":"boolean"},"configWrites":{"type":"boolean"},"joinIntro":{"type":"boolean"},"defaultAccount":{"type":"string"},"accounts":{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"type":"object","properties":{"joinIntro":{"type":"boolean"},"accessToken":{"$i":1},"password":{"$i":1}},"additionalProperties":{}}},"markdown":{"$i":0},"homeserver":{"type":"string"},"network":{"type":"object","properties":{"dangerouslyAllowPrivateNetwork":{"type":"boolean"}},"additionalProperties":false},"proxy":{"type":"string"},"userId":{"type":"string"},"accessToken":{"$i":1},"password":{"$i":1},"deviceId":{"type":"string"},"deviceName":{"type":"string"},"avatarUrl":{"type":"string"},"initialSyncLimit":{"type":"number"},"encryption":{"type":"boolean"},"allowlistOnly":{"type":"boolean"},"dangerouslyAllowNameMatching":{"type":"boolean"},"allowBots":{"anyOf":[{"type":"boolean"},{"type":"string","const":"mentions"}]},"botLoopProtection":{"$i":16},"groupPolicy":{"type":"string","enum":["open","disabled","allowlist"]},"mentionPatterns":{"$i":23},"contextVisibility":{"type":"string","enum":["all","allowlist","allowlist_quote"]},"streaming":{"type":"object","properties":{"mode":{"type":"string","enum":["partial","quiet","progress","off"]},"chunkMode":{"type":"string","enum":["length","newline"]},"block":{"$i":36},"progress":{"$i":148},"preview":{"type":"object","properties":{"toolProgress":{"type":"boolean"}},"additionalProperties":false}},"additionalProperties":false},"replyToMode":{"type":"string","enum":["off","first","all","batched"]},"threadReplies":{"type":"string","enum":["off","inbound","always"]},"textChunkLimit":{"type":"number"},"responsePrefix":{"type":"string"},"ackReaction":{"type":"string"},"ackReactionScope":{"type":"string","enum":["group-mentions","group-all","direct","all","none","off"]},"reactionNotifications":{"type":"string","enum":["off","own"]},"threadBindings":{"$i":66},"startupVerification":{"type":"string","enum":["off","if-unverified"]},"startupVerificationCooldownHours":{"type":"number"},"mediaMaxMb":{"type":"number"},"historyLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"autoJoin":{"type":"string","enum":["always","allowlist","off"]},"autoJoinAllowlist":{"type":"array","items":{"type":["string","number"]}},"groupAllowFrom":{"type":"array","items":{"type":["string","number"]}},"dm":{"type":"object","properties":{"enabled":{"type":"boolean"},"policy":{"type":"string","enum":["pairing","allowlist","open","disabled"]},"allowFrom":{"type":"array","items":{"type":["string","number"]}},"sessionScope":{"type":"string","enum":["per-user","per-room"]},"threadReplies":{"type":"string","enum":["off","inbound","always"]}},"additionalProperties":false},"execApprovals":{"$i":150},"groups":{"$i":152},"rooms":{"$i":152},"actions":{"type":"object","properties":{"reactions":{"type":"boolean"},"messages":{"type":"boolean"},"pins":{"type":"boolean"},"profile":{"type":"boolean"},"memberInfo":{"type":"boolean"},"channelInfo":{"type":"boolean"},"verification":{"type":"boolean"}},"additionalProperties":false}},"additionalProperties":false},"mattermost":{"type":"object","properties":{"name":{"type":"string"},"capabilities":{"type":"array","items":{"type":"string"}},"dangerouslyAllowNameMatching":{"type":"boolean"},"markdown":{"$i":0},"enabled":{"type":"boolean"},"configWrites":{"type":"boolean"},"contextVisibility":{"type":"string","enum":["all","allowlist","allowlist_quote"]},"historyLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"mediaMaxMb":{"type":"number","exclusiveMinimum":0},"botToken":{"$i":1},"baseUrl":{"type":"string"},"chatmode":{"type":"string","enum":["oncall","onmessage","onchar"]},"oncharPrefixes":{"type":"array","items":{"type":"string"}},"requireMention":{"type":"boolean"},"implicitMentions":{"$i":155},"dmPolicy":{"default":"pairing","type":"string","enum":["pairing","allowlist","open","disabled"]},"allowFrom":{"type":"array","items":{"type":["string","number"]}},"groupAllowFrom":{"type":"array","items":{"type":["string","number"]}},"groupPolicy":{"default":"allowlist","type":"string","enum":["open","disabled","allowlist"]},"textChunkLimit":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"streaming":{"$i":156},"replyToMode":{"type":"string","enum":["off","first","all","batched"]},"replyToModeByChatType":{"$i":159},"responsePrefix":{"type":"string"},"actions":{"$i":161},"commands":{"$i":162},"interactions":{"$i":164},"groups":{"$i":165},"network":{"type":"object","properties":{"dangerouslyAllowPrivateNetwork":{"type":"boolean"}},"additionalProperties":false},"dmChannelRetry":{"$i":166},"accounts":{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"type":"object","properties":{"name":{"type":"string"},"capabilities":{"type":"array","items":{"type":"string"}},"dangerouslyAllowNameMatching":{"type":"boolean"},"markdown":{"$i":0},"enabled":{"type":"boolean"},"configWrites":{"type":"boolean"},"contextVisibility":{"type":"string","enum":["all","allowlist","allowlist_quote"]},"historyLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"mediaMaxMb":{"type":"number","exclusiveMinimum":0},"botToken":{"$i":1},"baseUrl":{"type":"string"},"chatmode":{"type":"string","enum":["oncall","onmessage","onchar"]},"oncharPrefixes":{"type":"array","items":{"type":"string"}},"requireMention":{"type":"boolean"},"implicitMentions":{"$i":155},"dmPolicy":{"default":"pairing","type":"string","enum":["pairing","allowlist","open","disabled"]},"allowFrom":{"type":"array","items":{"type":["string","number"]}},"groupAllowFrom":{"type":"array","items":{"type":["string","number"]}},"groupPolicy":{"default":"allowlist","type":"string","enum":["open","disabled","allowlist"]},"textChunkLimit":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"streaming":{"$i":156},"replyToMode":{"type":"string","enum":["off","first","all","batched"]},"replyToModeByChatType":{"$i":159},"responsePrefix":{"type":"string"},"actions":{"$i":161},"commands":{"$i":162},"interactions":{"$i":164},"groups":{"$i":165},"network":{"type":"object","properties":{"dangerouslyAllowPrivateNetwork":{"type":"boolean"}},"additionalProperties":false},"dmChannelRetry":{"$i":166}},"required":["dmPolicy","groupPolicy"],"additionalProperties":false}},"defaultAccount":{"type":"string"}},"required":["dmPolicy","groupPolicy"],"additionalProperties":false},"msteams":{"type":"object","properties":{"capabilities":{"type":"array","items":{"type":"string"}},"markdown":{"$i":0},"configWrites":{"type":"boolean"},"enabled":{"type":"boolean"},"dmPolicy":{"default":"pairing","type":"string","enum":["pairing","allowlist","open","disabled"]},"allowFrom":{"type":"array","items":{"type":"string"}},"defaultTo":{"type":"string"},"groupAllowFrom":{"type":"array","items":{"type":"string"}},"groupPolicy":{"default":"allowlist","type":"string","enum":["open","disabled","allowlist"]},"contextVisibility":{"type":"string","enum":["all","allowlist","allowlist_quote"]},"historyLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"dmHistoryLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"dms":{"$i":25},"textChunkLimit":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"streaming":{"$i":27},"heartbeatVisibility":{"$i":40},"healthMonitor":{"type":"object","properties":{"enabled":{"type":"boolean"}},"additionalProperties":false},"responsePrefix":{"type":"string"},"mediaMaxMb":{"type":"number","exclusiveMinimum":0},"dangerouslyAllowNameMatching":{"type":"boolean"},"appId":{"type":"string"},"appPassword":{"$i":1},"tenantId":{"type":"string"},"cloud":{"type":"string","enum":["Public","USGov","USGovDoD","China"]},"serviceUrl":{"type":"string"},"authType":{"type":"string","enum":["secret","federated"]},"certificatePath":{"type":"string"},"certificateThumbprint":{"type":"string"},"useManagedIdentity":{"type":"boolean"},"managedIdentityClientId":{"type":"string"},"webhook":{"type":"object","properties":{"port":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"path":{"type":"string"}},"additionalProperties":false},"typingIndicator":{"type":"boolean"},"mediaAllowHosts":{"type":"array","items":{"type":"string"}},"mediaAuthAllowHosts":{"type":"array","items":{"type":"string"}},"graphMediaFallback":{"type":"boolean"},"requireMention":{"type":"boolean"},"replyStyle":{"type":"string","enum":["thread","top-level"]},"teams":{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"type":"object","properties":{"requireMention":{"type":"boolean"},"tools":{"$i":53},"toolsBySender":{"$i":55},"replyStyle":{"type":"string","enum":["thread","top-level"]},"channels":{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"type":"object","properties":{"requireMention":{"type":"boolean"},"tools":{"$i":53},"toolsBySender":{"$i":55},"replyStyle":{"type":"string","enum":["thread","top-level"]}},"additionalProperties":false}}},"additionalProperties":false}},"sharePointSiteId":{"type":"string"},"welcomeCard":{"type":"boolean"},"promptStarters":{"type":"array","items":{"type":"string"}},"groupWelcomeCard":{"type":"boolean"},"feedbackEnabled":{"type":"boolean"},"feedbackReflection":{"type":"boolean"},"feedbackReflectionCooldownMs":{"type":"integer","minimum":0,"maximum":9007199254740991},"delegatedAuth":{"type":"object","properties":{"enabled":{"type":"boolean"},"scopes":{"type":"array","items":{"type":"string"}}},"additionalProperties":false},"sso":{"type":"object","properties":{"enabled":{"type":"boolean"},"connectionName":{"type":"string"}},"additionalProperties":false}},"required":["dmPolicy","groupPolicy"],"additionalProperties":false},"nextcloud-talk":{"type":"object","properties":{"name":{"type":"string"},"enabled":{"type":"boolean"},"configWrites":{"type":"boolean"},"replyToMode":{"$i":41},"markdown":{"$i":0},"baseUrl":{"type":"string"},"botSecret":{"$i":1},"botSecretFile":{"type":"string"},"apiUser":{"type":"string"},"apiPassword":{"$i":1},"apiPasswordFile":{"type":"string"},"dmPolicy":{"default":"pairing","type":"string","enum":["pairing","allowlist","open","disabled"]},"webhookPort":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"webhookHost":{"type":"string"},"webhookPath":{"type":"string"},"webhookPublicUrl":{"type":"string"},"allowFrom":{"type":"array","items":{"type":"string"}},"groupAllowFrom":{"type":"array","items":{"type":"string"}},"groupPolicy":{"default":"allowlist","type":"string","enum":["open","disabled","allowlist"]},"rooms":{"$i":168},"network":{"type":"object","properties":{"dangerouslyAllowPrivateNetwork":{"type":"boolean"}},"additionalProperties":false},"historyLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"dmHistoryLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"contextVisibility":{"type":"string","enum":["all","allowlist","allowlist_quote"]},"dms":{"$i":25},"textChunkLimit":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"streaming":{"$i":124},"responsePrefix":{"type":"string"},"mediaMaxMb":{"type":"number","exclusiveMinimum":0},"accounts":{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"type":"object","properties":{"name":{"type":"string"},"enabled":{"type":"boolean"},"configWrites":{"type":"boolean"},"replyToMode":{"$i":41},"markdown":{"$i":0},"baseUrl":{"type":"string"},"botSecret":{"$i":1},"botSecretFile":{"type":"string"},"apiUser":{"type":"string"},"apiPassword":{"$i":1},"apiPasswordFile":{"type":"string"},"dmPolicy":{"default":"pairing","type":"string","enum":["pairing","allowlist","open","disabled"]},"webhookPort":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"webhookHost":{"type":"string"},"webhookPath":{"type":"string"},"webhookPublicUrl":{"type":"string"},"allowFrom":{"type":"array","items":{"type":"string"}},"groupAllowFrom":{"type":"array","items":{"type":"string"}},"groupPolicy":{"default":"allowlist","type":"string","enum":["open","disabled","allowlist"]},"rooms":{"$i":168},"network":{"type":"object","properties":{"dangerouslyAllowPrivateNetwork":{"type":"boolean"}},"additionalProperties":false},"historyLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"dmHistoryLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"contextVisibility":{"type":"string","enum":["all","allowlist","allowlist_quote"]},"dms":{"$i":25},"textChunkLimit":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"streaming":{"$i":124},"responsePrefix":{"type":"string"},"mediaMaxMb":{"type":"number","exclusiveMinimum":0}},"required":["dmPolicy","groupPolicy"],"additionalProperties":false}},"defaultAccount":{"type":"string"}},"required":["dmPolicy","groupPolicy"],"additionalProperties":false},"nostr":{"type":"object","properties":{"name":{"type":"string"},"defaultAccount":{"type":"string"},"enabled":{"type":"boolean"},"configWrites":{"type":"boolean"},"markdown":{"$i":0},"privateKey":{"$i":1},"relays":{"type":"array","items":{"type":"string"}},"dmPolicy":{"type":"string","enum":["pairing","allowlist","open","disabled"]},"allowFrom":{"type":"array","items":{"type":["string","number"]}},"profile":{"type":"object","properties":{"name":{"type":"string","maxLength":256},"displayName":{"type":"string","maxLength":256},"about":{"type":"string","maxLength":2000},"picture":{"type":"string"},"banner":{"type":"string"},"website":{"type":"string"},"nip05":{"type":"string"},"lud16":{"type":"string"}},"additionalProperties":false}},"additionalProperties":false},"raft":{"type":"object","properties":{"name":{"type":"string"},"enabled":{"type":"boolean"},"configWrites":{"type":"boolean"},"profile":{"type":"string","minLength":1},"accounts":{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"type":"object","properties":{"name":{"type":"string"},"enabled":{"type":"boolean"},"configWrites":{"type":"boolean"},"profile":{"type":"string","minLength":1}},"additionalProperties":false}},"defaultAccount":{"type":"string"}},"additionalProperties":false},"reef":{"type":"object","properties":{"enabled":{"default":true,"type":"boolean"},"configWrites":{"type":"boolean"},"relayUrl":{"default":"https://reefwire.ai","type":"string","pattern":"^[hH][tT][tT][pP][sS]?:\\\\/\\\\/[^\\\\\\\\/?#@]+\\\\/?$"},"handle":{"type":"string","pattern":"^[a-z0-9][a-z0-9_-]{0,62}$"},"email":{"type":"string","pattern":"^(?:[A-Za-z0-9_\'+\\\\-]+\\\\.)*[A-Za-z0-9_\'+\\\\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\\\\-]*\\\\.)+[A-Za-z]{2,}$"},"guard":{"anyOf":[{"type":"object","properties":{"provider":{"type":"string","const":"openai"},"authMode":{"type":"string","const":"oauth"},"authProfileId":{"type":"string","pattern":"^openai:[^\\\\s:/][^\\\\s/]*$"},"pinnedModel":{"type":"string","minLength":1},"policyVersion":{"type":"string","minLength":1},"timeoutMs":{"type":"integer","minimum":100,"maximum":120000},"rules":{"$i":171}},"required":["provider","authMode","authProfileId","pinnedModel","policyVersion","timeoutMs"],"additionalProperties":false},{"type":"object","properties":{"provider":{"type":"string","enum":["anthropic","openai"]},"authMode":{"type":"string","const":"api-key"},"apiKeyEnv":{"type":"string","pattern":"^[A-Z_][A-Z0-9_]*$"},"pinnedModel":{"type":"string","minLength":1},"policyVersion":{"type":"string","minLength":1},"timeoutMs":{"type":"integer","minimum":100,"maximum":120000},"rules":{"$i":171}},"required":["provider","apiKeyEnv","pinnedModel","policyVersion","timeoutMs"],"additionalProperties":false}]},"stateDir":{"type":"string","minLength":1},"requestPolicy":{"default":"code-only","type":"string","enum":["code-only","friends-of-friends","open"]},"friends":{}},"required":["enabled","relayUrl","requestPolicy"],"additionalProperties":false},"signal":{"type":"object","properties":{"name":{"type":"string"},"capabilities":{"type":"array","items":{"type":"string"}},"markdown":{"$i":0},"configWrites":{"type":"boolean"},"enabled":{"type":"boolean"},"dmPolicy":{"default":"pairing","type":"string","enum":["pairing","allowlist","open","disabled"]},"allowFrom":{"type":"array","items":{"type":["string","number"]}},"defaultTo":{"type":"string"},"groupAllowFrom":{"type":"array","items":{"type":["string","number"]}},"groupPolicy":{"default":"allowlist","type":"string","enum":["open","disabled","allowlist"]},"contextVisibility":{"type":"string","enum":["all","allowlist","allowlist_quote"]},"historyLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"dmHistoryLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"dms":{"$i":25},"textChunkLimit":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"streaming":{"$i":124},"heartbeatVisibility":{"$i":40},"healthMonitor":{"type":"object","properties":{"enabled":{"type":"boolean"}},"additionalProperties":false},"responsePrefix":{"type":"string"},"mediaMaxMb":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"replyToMode":{"$i":41},"account":{"type":"string"},"accountUuid":{"type":"string"},"transport":{"$i":173},"ignoreAttachments":{"type":"boolean"},"sendReadReceipts":{"type":"boolean"},"aliases":{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"type":"string"}},"groups":{"$i":181},"replyToModeByChatType":{"$i":184},"reactionNotifications":{"type":"string","enum":["off","own","all","allowlist"]},"reactionAllowlist":{"type":"array","items":{"type":["string","number"]}},"reactionLevel":{"type":"string","enum":["off","ack","minimal","extensive"]},"actions":{"type":"object","properties":{"reactions":{"type":"boolean"}},"additionalProperties":false},"accounts":{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"type":"object","properties":{"name":{"type":"string"},"capabilities":{"type":"array","items":{"type":"string"}},"markdown":{"$i":0},"configWrites":{"type":"boolean"},"enabled":{"type":"boolean"},"dmPolicy":{"type":"string","enum":["pairing","allowlist","open","disabled"]},"allowFrom":{"type":"array","items":{"type":["string","number"]}},"defaultTo":{"type":"string"},"groupAllowFrom":{"type":"array","items":{"type":["string","number"]}},"groupPolicy":{"type":"string","enum":["open","disabled","allowlist"]},"contextVisibility":{"type":"string","enum":["all","allowlist","allowlist_quote"]},"historyLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"dmHistoryLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"dms":{"$i":25},"textChunkLimit":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"streaming":{"$i":124},"heartbeatVisibility":{"$i":40},"healthMonitor":{"type":"object","properties":{"enabled":{"type":"boolean"}},"additionalProperties":false},"responsePrefix":{"type":"string"},"mediaMaxMb":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"replyToMode":{"$i":41},"account":{"type":"string"},"accountUuid":{"type":"string"},"transport":{"$i":173},"ignoreAttachments":{"type":"boolean"},"sendReadReceipts":{"type":"boolean"},"aliases":{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"type":"string"}},"groups":{"$i":181},"replyToModeByChatType":{"$i":184},"reactionNotifications":{"type":"string","enum":["off","own","all","allowlist"]},"reactionAllowlist":{"type":"array","items":{"type":["string","number"]}},"reactionLevel":{"type":"string","enum":["off","ack","minimal","extensive"]},"actions":{"type":"object","properties":{"reactions":{"type":"boolean"}},"additionalProperties":false}},"additionalProperties":false}},"defaultAccount":{"type":"string"}},"required":["dmPolicy","groupPolicy"],"additionalProperties":false},"slack":{"type":"object","properties":{"name":{"type":"string"},"capabilities":{"type":"array","items":{"type":"string"}},"markdown":{"$i":0},"configWrites":{"type":"boolean"},"enabled":{"type":"boolean"},"dmPolicy":{"default":"pairing","type":"string","enum":["pairing","allowlist","open","disabled"]},"allowFrom":{"type":"array","items":{"type":["string","number"]}},"defaultTo":{"type":"string"},"groupPolicy":{"default":"allowlist","type":"string","enum":["open","disabled","allowlist"]},"mentionPatterns":{"$i":23},"contextVisibility":{"type":"string","enum":["all","allowlist","allowlist_quote"]},"historyLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"dmHistoryLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"dms":{"$i":25},"textChunkLimit":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"streaming":{"$i":186},"heartbeatVisibility":{"$i":40},"healthMonitor":{"type":"object","properties":{"enabled":{"type":"boolean"}},"additionalProperties":false},"responsePrefix":{"type":"string"},"mediaMaxMb":{"type":"number","exclusiveMinimum":0},"replyToMode":{"$i":41},"joinIntro":{"type":"boolean"},"postAs":{"default":"bot","type":"string","enum":["bot","user"]},"mode":{"default":"socket","type":"string","enum":["socket","http","relay"]},"relay":{"$i":190},"signingSecret":{"$i":1},"webhookPath":{"default":"/slack/events","type":"string"},"execApprovals":{"$i":150},"commands":{"$i":43},"botToken":{"$i":1},"appToken":{"$i":1},"userToken":{"$i":1},"userTokenReadOnly":{"default":true,"type":"boolean"},"allowBots":{"anyOf":[{"type":"boolean"},{"type":"string","const":"mentions"}]},"botLoopProtection":{"$i":16},"dangerouslyAllowNameMatching":{"type":"boolean"},"requireMention":{"type":"boolean"},"implicitMentions":{"$i":155},"unfurlLinks":{"type":"boolean"},"unfurlMedia":{"type":"boolean"},"reactionNotifications":{"type":"string","enum":["off","own","all","allowlist"]},"reactionAllowlist":{"type":"array","items":{"type":["string","number"]}},"ackReaction":{"type":"string"},"replyToModeByChatType":{"$i":192},"thread":{"$i":194},"presenceEvents":{"$i":196},"actions":{"$i":197},"slashCommand":{"$i":199},"dm":{"$i":200},"channels":{"$i":202},"typingReaction":{"type":"string"},"accounts":{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"type":"object","properties":{"name":{"type":"string"},"capabilities":{"type":"array","items":{"type":"string"}},"markdown":{"$i":0},"configWrites":{"type":"boolean"},"enabled":{"type":"boolean"},"dmPolicy":{"type":"string","enum":["pairing","allowlist","open","disabled"]},"allowFrom":{"type":"array","items":{"type":["string","number"]}},"defaultTo":{"type":"string"},"groupPolicy":{"type":"string","enum":["open","disabled","allowlist"]},"mentionPatterns":{"$i":23},"contextVisibility":{"type":"string","enum":["all","allowlist","allowlist_quote"]},"historyLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"dmHistoryLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"dms":{"$i":25},"textChunkLimit":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"streaming":{"$i":186},"heartbeatVisibility":{"$i":40},"healthMonitor":{"type":"object","properties":{"enabled":{"type":"boolean"}},"additionalProperties":false},"responsePrefix":{"type":"string"},"mediaMaxMb":{"type":"number","exclusiveMinimum":0},"replyToMode":{"$i":41},"joinIntro":{"type":"boolean"},"postAs":{"type":"string","enum":["bot","user"]},"mode":{"type":"string","enum":["socket","http","relay"]},"relay":{"$i":190},"signingSecret":{"$i":1},"webhookPath":{"type":"string"},"execApprovals":{"$i":150},"commands":{"$i":43},"botToken":{"$i":1},"appToken":{"$i":1},"userToken":{"$i":1},"userTokenReadOnly":{"type":"boolean"},"allowBots":{"anyOf":[{"type":"boolean"},{"type":"string","const":"mentions"}]},"botLoopProtection":{"$i":16},"dangerouslyAllowNameMatching":{"type":"boolean"},"requireMention":{"type":"boolean"},"implicitMentions":{"$i":155},"unfurlLinks":{"type":"boolean"},"unfurlMedia":{"type":"boolean"},"reactionNotifications":{"type":"string","enum":["off","own","all","allowlist"]},"reactionAllowlist":{"type":"array","items":{"type":["string","number"]}},"ackReaction":{"type":"string"},"replyToModeByChatType":{"$i":192},"thread":{"$i":194},"presenceEvents":{"$i":196},"actions":{"$i":197},"slashCommand":{"$i":199},"dm":{"$i":200},"channels":{"$i":202},"typingReaction":{"type":"string"}},"additionalProperties":false}},"defaultAccount":{"type":"string"}},"required":["dmPolicy","groupPolicy","postAs","mode","webhookPath","userTokenReadOnly"],"additionalProperties":false},"sms":{"type":"object","properties":{"name":{"type":"string"},"enabled":{"type":"boolean"},"configWrites":{"type":"boolean"},"mediaMaxMb":{"type":"number","exclusiveMinimum":0},"accountSid":{"type":"string"},"authToken":{"$i":1},"fromNumber":{"type":"string"},"messagingServiceSid":{"type":"string"},"defaultTo":{"type":"string"},"webhookPath":{"type":"string"},"publicWebhookUrl":{"type":"string"},"dangerouslyDisableSignatureValidation":{"type":"boolean"},"dmPolicy":{"default":"pairing","type":"string","enum":["pairing","allowlist","open","disabled"]},"allowFrom":{"type":"array","items":{"type":["string","number"]}},"textChunkLimit":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"accounts":{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"type":"object","properties":{"name":{"type":"string"},"enabled":{"type":"boolean"},"configWrites":{"type":"boolean"},"mediaMaxMb":{"type":"number","exclusiveMinimum":0},"accountSid":{"type":"string"},"authToken":{"$i":1},"fromNumber":{"type":"string"},"messagingServiceSid":{"type":"string"},"defaultTo":{"type":"string"},"webhookPath":{"type":"string"},"publicWebhookUrl":{"type":"string"},"dangerouslyDisableSignatureValidation":{"type":"boolean"},"dmPolicy":{"default":"pairing","type":"string","enum":["pairing","allowlist","open","disabled"]},"allowFrom":{"type":"array","items":{"type":["string","number"]}},"textChunkLimit":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991}},"required":["dmPolicy"],"additionalProperties":false}},"defaultAccount":{"type":"string"}},"required":["dmPolicy"],"additionalProperties":false},"synology-chat":{"type":"object","properties":{"webhookUrl":{"type":"string"},"dangerouslyAllowNameMatching":{"type":"boolean"},"dangerouslyAllowInheritedWebhookPath":{"type":"boolean"}},"additionalProperties":{}},"telegram":{"type":"object","properties":{"name":{"type":"string"},"capabilities":{"$i":205},"markdown":{"$i":0},"configWrites":{"type":"boolean"},"enabled":{"type":"boolean"},"dmPolicy":{"default":"pairing","type":"string","enum":["pairing","allowlist","open","disabled"]},"allowFrom":{"type":"array","items":{"type":["string","number"]}},"defaultTo":{"type":["string","number"]},"groupAllowFrom":{"type":"array","items":{"type":["string","number"]}},"groupPolicy":{"default":"allowlist","type":"string","enum":["open","disabled","allowlist"]},"mentionPatterns":{"$i":23},"contextVisibility":{"type":"string","enum":["all","allowlist","allowlist_quote"]},"historyLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"dmHistoryLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"dms":{"$i":25},"textChunkLimit":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"streaming":{"$i":27},"heartbeatVisibility":{"$i":40},"healthMonitor":{"type":"object","properties":{"enabled":{"type":"boolean"}},"additionalProperties":false},"responsePrefix":{"type":"string"},"mediaMaxMb":{"type":"number","exclusiveMinimum":0},"replyToMode":{"$i":41},"joinIntro":{"type":"boolean"},"execApprovals":{"$i":150},"commands":{"$i":43},"customCommands":{"$i":208},"botToken":{"$i":1},"tokenFile":{"type":"string"},"groups":{"$i":210},"direct":{"$i":216},"richMessages":{"type":"boolean"},"network":{"$i":221},"proxy":{"type":"string"},"webhookUrl":{"type":"string"},"webhookSecret":{"$i":1},"webhookPath":{"type":"string"},"webhookHost":{"type":"string"},"webhookPort":{"type":"integer","minimum":0,"maximum":9007199254740991},"webhookCertPath":{"type":"string"},"actions":{"$i":223},"threadBindings":{"$i":66},"reactionNotifications":{"type":"string","enum":["off","own","all"]},"reactionLevel":{"type":"string","enum":["off","ack","minimal","extensive"]},"ackReaction":{"type":"string"},"linkPreview":{"type":"boolean"},"silentErrorReplies":{"type":"boolean"},"errorPolicy":{"type":"string","enum":["always","once","silent"]},"apiRoot":{"type":"string"},"trustedLocalFileRoots":{"type":"array","items":{"type":"string"}},"autoTopicLabel":{"$i":219},"accounts":{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"type":"object","properties":{"name":{"type":"string"},"capabilities":{"$i":205},"markdown":{"$i":0},"configWrites":{"type":"boolean"},"enabled":{"type":"boolean"},"dmPolicy":{"type":"string","enum":["pairing","allowlist","open","disabled"]},"allowFrom":{"type":"array","items":{"type":["string","number"]}},"defaultTo":{"type":["string","number"]},"groupAllowFrom":{"type":"array","items":{"type":["string","number"]}},"groupPolicy":{"type":"string","enum":["open","disabled","allowlist"]},"mentionPatterns":{"$i":23},"contextVisibility":{"type":"string","enum":["all","allowlist","allowlist_quote"]},"historyLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"dmHistoryLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"dms":{"$i":25},"textChunkLimit":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"streaming":{"$i":27},"heartbeatVisibility":{"$i":40},"healthMonitor":{"type":"object","properties":{"enabled":{"type":"boolean"}},"additionalProperties":false},"responsePrefix":{"type":"string"},"mediaMaxMb":{"type":"number","exclusiveMinimum":0},"replyToMode":{"$i":41},"joinIntro":{"type":"boolean"},"execApprovals":{"$i":150},"commands":{"$i":43},"customCommands":{"$i":208},"botToken":{"$i":1},"tokenFile":{"type":"string"},"groups":{"$i":210},"direct":{"$i":216},"richMessages":{"type":"boolean"},"network":{"$i":221},"proxy":{"type":"string"},"webhookUrl":{"type":"string"},"webhookSecret":{"$i":1},"webhookPath":{"type":"string"},"webhookHost":{"type":"string"},"webhookPort":{"type":"integer","minimum":0,"maximum":9007199254740991},"webhookCertPath":{"type":"string"},"actions":{"$i":223},"threadBindings":{"$i":66},"reactionNotifications":{"type":"string","enum":["off","own","all"]},"reactionLevel":{"type":"string","enum":["off","ack","minimal","extensive"]},"ackReaction":{"type":"string"},"linkPreview":{"type":"boolean"},"silentErrorReplies":{"type":"boolean"},"errorPolicy":{"type":"string","enum":["always","once","silent"]},"apiRoot":{"type":"string"},"trustedLocalFileRoots":{"type":"array","items":{"type":"string"}},"autoTopicLabel":{"$i":219}},"additionalProperties":false}},"defaultAccount":{"type":"string"}},"required":["dmPolicy","groupPolicy"],"additionalProperties":false},"tlon":{"type":"object","properties":{"name":{"type":"string"},"enabled":{"type":"boolean"},"configWrites":{"type":"boolean"},"mediaMaxMb":{"type":"number","exclusiveMinimum":0},"ship":{"type":"string","minLength":1},"url":{"type":"string"},"code":{"type":"string"},"network":{"type":"object","properties":{"dangerouslyAllowPrivateNetwork":{"type":"boolean"}},"additionalProperties":false},"groupChannels":{"type":"array","items":{"type":"string","minLength":1}},"dmAllowlist":{"type":"array","items":{"type":"string","minLength":1}},"groupInviteAllowlist":{"type":"array","items":{"type":"string","minLength":1}},"autoDiscoverChannels":{"type":"boolean"},"showModelSignature":{"type":"boolean"},"responsePrefix":{"type":"string"},"implicitMentions":{"$i":155},"autoAcceptDmInvites":{"type":"boolean"},"autoAcceptGroupInvites":{"type":"boolean"},"ownerShip":{"type":"string","minLength":1},"historyLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"authorization":{"type":"object","properties":{"channelRules":{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"type":"object","properties":{"mode":{"type":"string","enum":["restricted","open"]},"allowedShips":{"type":"array","items":{"type":"string","minLength":1}}},"additionalProperties":false}}},"additionalProperties":false},"defaultAuthorizedShips":{"type":"array","items":{"type":"string","minLength":1}},"accounts":{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"type":"object","properties":{"name":{"type":"string"},"enabled":{"type":"boolean"},"configWrites":{"type":"boolean"},"mediaMaxMb":{"type":"number","exclusiveMinimum":0},"ship":{"type":"string","minLength":1},"url":{"type":"string"},"code":{"type":"string"},"network":{"type":"object","properties":{"dangerouslyAllowPrivateNetwork":{"type":"boolean"}},"additionalProperties":false},"groupChannels":{"type":"array","items":{"type":"string","minLength":1}},"dmAllowlist":{"type":"array","items":{"type":"string","minLength":1}},"groupInviteAllowlist":{"type":"array","items":{"type":"string","minLength":1}},"autoDiscoverChannels":{"type":"boolean"},"showModelSignature":{"type":"boolean"},"responsePrefix":{"type":"string"},"implicitMentions":{"$i":155},"autoAcceptDmInvites":{"type":"boolean"},"autoAcceptGroupInvites":{"type":"boolean"},"ownerShip":{"type":"string","minLength":1}},"additionalProperties":false}}},"additionalProperties":false},"twitch":{"anyOf":[{"type":"object","properties":{"name":{"type":"string"},"enabled":{"type":"boolean"},"configWrites":{"type":"boolean"},"markdown":{"$i":0},"defaultAccount":{"type":"string"},"historyLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"responsePrefix":{"type":"string"},"username":{"type":"string"},"accessToken":{"type":"string"},"clientId":{"type":"string"},"channel":{"type":"string","minLength":1},"allowFrom":{"type":"array","items":{"type":"string"}},"allowedRoles":{"type":"array","items":{"type":"string","enum":["moderator","owner","vip","subscriber","all"]}},"requireMention":{"type":"boolean"},"clientSecret":{"type":"string"},"refreshToken":{"type":"string"},"expiresIn":{"type":["number","null"]},"obtainmentTimestamp":{"type":"number"}},"required":["username","accessToken","channel"],"additionalProperties":false},{"type":"object","properties":{"name":{"type":"string"},"enabled":{"type":"boolean"},"configWrites":{"type":"boolean"},"markdown":{"$i":0},"defaultAccount":{"type":"string"},"historyLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"responsePrefix":{"type":"string"},"accounts":{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"type":"object","properties":{"username":{"type":"string"},"accessToken":{"type":"string"},"clientId":{"type":"string"},"channel":{"type":"string","minLength":1},"enabled":{"type":"boolean"},"configWrites":{"type":"boolean"},"allowFrom":{"type":"array","items":{"type":"string"}},"allowedRoles":{"type":"array","items":{"type":"string","enum":["moderator","owner","vip","subscriber","all"]}},"requireMention":{"type":"boolean"},"responsePrefix":{"type":"string"},"clientSecret":{"type":"string"},"refreshToken":{"type":"string"},"expiresIn":{"type":["number","null"]},"obtainmentTimestamp":{"type":"number"}},"required":["username","accessToken","channel"],"additionalProperties":false}}},"required":["accounts"],"additionalProperties":false}]},"whatsapp":{"type":"object","properties":{"capabilities":{"type":"array","items":{"type":"string"}},"markdown":{"$i":0},"configWrites":{"type":"boolean"},"enabled":{"type":"boolean"},"dmPolicy":{"default":"pairing","type":"string","enum":["pairing","allowlist","open","disabled"]},"allowFrom":{"type":"array","items":{"type":"string"}},"defaultTo":{"type":"string"},"groupAllowFrom":{"type":"array","items":{"type":"string"}},"groupPolicy":{"default":"allowlist","type":"string","enum":["open","disabled","allowlist"]},"mentionPatterns":{"$i":23},"contextVisibility":{"type":"string","enum":["all","allowlist","allowlist_quote"]},"historyLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"dmHistoryLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"dms":{"$i":25},"textChunkLimit":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"streaming":{"$i":124},"heartbeatVisibility":{"$i":40},"healthMonitor":{"type":"object","properties":{"enabled":{"type":"boolean"}},"additionalProperties":false},"responsePrefix":{"type":"string"},"mediaMaxMb":{"default":50,"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"replyToMode":{"$i":41},"sendReadReceipts":{"type":"boolean"},"selfChatMode":{"type":"boolean"},"groups":{"$i":135},"direct":{"$i":225},"reactionLevel":{"type":"string","enum":["off","ack","minimal","extensive"]},"pluginHooks":{"type":"object","properties":{"messageReceived":{"type":"boolean"}},"additionalProperties":false},"accounts":{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"type":"object","properties":{"capabilities":{"type":"array","items":{"type":"string"}},"markdown":{"$i":0},"configWrites":{"type":"boolean"},"enabled":{"type":"boolean"},"dmPolicy":{"type":"string","enum":["pairing","allowlist","open","disabled"]},"allowFrom":{"type":"array","items":{"type":"string"}},"defaultTo":{"type":"string"},"groupAllowFrom":{"type":"array","items":{"type":"string"}},"groupPolicy":{"type":"string","enum":["open","disabled","allowlist"]},"mentionPatterns":{"$i":23},"contextVisibility":{"type":"string","enum":["all","allowlist","allowlist_quote"]},"historyLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"dmHistoryLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"dms":{"$i":25},"textChunkLimit":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"streaming":{"$i":124},"heartbeatVisibility":{"$i":40},"healthMonitor":{"type":"object","properties":{"enabled":{"type":"boolean"}},"additionalProperties":false},"responsePrefix":{"type":"string"},"mediaMaxMb":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"replyToMode":{"$i":41},"sendReadReceipts":{"type":"boolean"},"selfChatMode":{"type":"boolean"},"groups":{"$i":135},"direct":{"$i":225},"reactionLevel":{"type":"string","enum":["off","ack","minimal","extensive"]},"pluginHooks":{"type":"object","properties":{"messageReceived":{"type":"boolean"}},"additionalProperties":false},"name":{"type":"string"},"authDir":{"type":"string"}},"additionalProperties":false}},"defaultAccount":{"type":"string"},"actions":{"type":"object","properties":{"reactions":{"type":"boolean"},"sendMessage":{"type":"boolean"},"polls":{"type":"boolean"},"calls":{"type":"boolean"}},"additionalProperties":false}},"required":["dmPolicy","groupPolicy","mediaMaxMb"],"additionalProperties":false},"zalo":{"type":"object","properties":{"name":{"type":"string"},"enabled":{"type":"boolean"},"configWrites":{"type":"boolean"},"markdown":{"$i":0},"botToken":{"$i":1},"tokenFile":{"type":"string"},"webhookUrl":{"type":"string"},"webhookSecret":{"$i":1},"webhookPath":{"type":"string"},"dmPolicy":{"type":"string","enum":["pairing","allowlist","open","disabled"]},"allowFrom":{"type":"array","items":{"type":["string","number"]}},"groupPolicy":{"type":"string","enum":["open","disabled","allowlist"]},"groupAllowFrom":{"type":"array","items":{"type":["string","number"]}},"mediaMaxMb":{"type":"number"},"proxy":{"type":"string"},"responsePrefix":{"type":"string"},"historyLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"accounts":{"type":"object","properties":{},"additionalProperties":{"type":"object","properties":{"name":{"type":"string"},"enabled":{"type":"boolean"},"configWrites":{"type":"boolean"},"markdown":{"$i":0},"botToken":{"$i":1},"tokenFile":{"type":"string"},"webhookUrl":{"type":"string"},"webhookSecret":{"$i":1},"webhookPath":{"type":"string"},"dmPolicy":{"type":"string","enum":["pairing","allowlist","open","disabled"]},"allowFrom":{"type":"array","items":{"type":["string","number"]}},"groupPolicy":{"type":"string","enum":["open","disabled","allowlist"]},"groupAllowFrom":{"type":"array","items":{"type":["string","number"]}},"mediaMaxMb":{"type":"number"},"proxy":{"type":"string"},"responsePrefix":{"type":"string"}},"additionalProperties":false}},"defaultAccount":{"type":"string"}},"additionalProperties":false},"zalouser":{"type":"object","properties":{"name":{"type":"string"},"enabled":{"type":"boolean"},"configWrites":{"type":"boolean"},"mediaMaxMb":{"type":"number","exclusiveMinimum":0},"markdown":{"$i":0},"profile":{"type":"string"},"dangerouslyAllowNameMatching":{"type":"boolean"},"dmPolicy":{"type":"string","enum":["pairing","allowlist","open","disabled"]},"allowFrom":{"type":"array","items":{"type":["string","number"]}},"historyLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"groupAllowFrom":{"type":"array","items":{"type":["string","number"]}},"groupPolicy":{"default":"allowlist","type":"string","enum":["open","disabled","allowlist"]},"groups":{"$i":226},"messagePrefix":{"type":"string"},"responsePrefix":{"type":"string"},"accounts":{"type":"object","properties":{},"additionalProperties":{"type":"object","properties":{"name":{"type":"string"},"enabled":{"type":"boolean"},"configWrites":{"type":"boolean"},"mediaMaxMb":{"type":"number","exclusiveMinimum":0},"markdown":{"$i":0},"profile":{"type":"string"},"dangerouslyAllowNameMatching":{"type":"boolean"},"dmPolicy":{"type":"string","enum":["pairing","allowlist","open","disabled"]},"allowFrom":{"type":"array","items":{"type":["string","number"]}},"historyLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"groupAllowFrom":{"type":"array","items":{"type":["string","number"]}},"groupPolicy":{"default":"allowlist","type":"string","enum":["open","disabled","allowlist"]},"groups":{"$i":226},"messagePrefix":{"type":"string"},"responsePrefix":{"type":"string"}},"required":["groupPolicy"],"additionalProperties":false}},"defaultAccount":{"type":"string"}},"required":["groupPolicy"],"additionalProperties":false}},"shared":[{"type":"object","properties":{"tables":{"type":"string","enum":["off","bullets","code","block"]}},"additionalProperties":false},{"anyOf":{"$i":2}},[{"type":"string"},{"$i":3}],{"oneOf":{"$i":4}},[{"$i":5},{"$i":7},{"$i":9},{"$i":11}],{"type":"object","properties":{"$i":6},"required":["source","provider","id"],"additionalProperties":false},{"source":{"type":"string","const":"env"},"provider":{"type":"string","pattern":"^[a-z][a-z0-9_-]{0,63}$"},"id":{"type":"string","pattern":"^[A-Z][A-Z0-9_]{0,127}$"}},{"type":"object","properties":{"$i":8},"required":["source","provider","id"],"additionalProperties":false},{"source":{"type":"string","const":"store"},"provider":{"type":"string","pattern":"^[a-z][a-z0-9_-]{0,63}$"},"id":{"type":"string","pattern":"^[A-Z][A-Z0-9_]{0,127}$"}},{"type":"object","properties":{"$i":10},"required":["source","provider","id"],"additionalProperties":false},{"source":{"type":"string","const":"file"},"provider":{"type":"string","pattern":"^[a-z][a-z0-9_-]{0,63}$"},"id":{"type":"string"}},{"type":"object","properties":{"$i":12},"required":["source","provider","id"],"additionalProperties":false},{"source":{"type":"string","const":"exec"},"provider":{"type":"string","pattern":"^[a-z][a-z0-9_-]{0,63}$"},"id":{"type":"string"}},{"type":"object","propertyNames":{"type":"string","pattern":"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89aAbB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$"},"additionalProperties":{"$i":14}},{"type":"object","properties":{"$i":15},"additionalProperties":false},{"enabled":{"type":"boolean"},"requireMention":{"type":"boolean"},"groupPolicy":{"type":"string","enum":["open","disabled","allowlist"]},"groupAllowFrom":{"type":"array","items":{"type":["string","number"]}}},{"type":"object","properties":{"$i":17},"additionalProperties":false},{"enabled":{"type":"boolean"},"maxEventsPerWindow":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"windowSeconds":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"cooldownSeconds":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991}},{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"$i":19}},{"type":"object","properties":{"$i":20},"additionalProperties":false},{"requireMention":{"type":"boolean"},"mentionPatterns":{"type":"array","items":{"type":"string"}},"allowBots":{"anyOf":[{"type":"boolean"},{"type":"string","const":"mentions"}]},"botLoopProtection":{"$i":16}},{"type":"object","properties":{"$i":22},"additionalProperties":false},{"enabled":{"type":"boolean"},"workspace":{"type":"string"},"controlUrlBase":{"type":"string"},"section":{"type":"string"}},{"type":"object","properties":{"$i":24},"additionalProperties":false},{"mode":{"anyOf":[{"type":"string","const":"allow"},{"type":"string","const":"deny"}]},"allowIn":{"type":"array","items":{"type":"string"}},"denyIn":{"type":"array","items":{"type":"string"}}},{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"$i":26}},{"type":"object","properties":{"historyLimit":{"type":"integer","minimum":0,"maximum":9007199254740991}},"additionalProperties":false},{"type":"object","properties":{"$i":28},"additionalProperties":false},{"mode":{"type":"string","enum":["off","partial","block","progress"]},"chunkMode":{"type":"string","enum":["length","newline"]},"preview":{"$i":29},"progress":{"$i":34},"block":{"$i":36}},{"type":"object","properties":{"$i":30},"additionalProperties":false},{"chunk":{"$i":31},"toolProgress":{"type":"boolean"},"commandText":{"type":"string","enum":["raw","status"]}},{"type":"object","properties":{"$i":32},"additionalProperties":false},{"minChars":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"maxChars":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"breakPreference":{"$i":33}},{"anyOf":[{"type":"string","const":"paragraph"},{"type":"string","const":"newline"},{"type":"string","const":"sentence"}]},{"type":"object","properties":{"$i":35},"additionalProperties":false},{"label":{"anyOf":[{"type":"string"},{"type":"boolean","const":false}]},"labels":{"type":"array","items":{"type":"string"}},"maxLines":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"maxLineChars":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"toolProgress":{"type":"boolean"},"commandText":{"type":"string","enum":["raw","status"]},"commentary":{"type":"boolean"},"narration":{"type":"boolean"}},{"type":"object","properties":{"$i":37},"additionalProperties":false},{"enabled":{"type":"boolean"},"coalesce":{"$i":38}},{"type":"object","properties":{"$i":39},"additionalProperties":false},{"minChars":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"maxChars":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"idleMs":{"type":"integer","minimum":0,"maximum":9007199254740991}},{"type":"object","properties":{"showOk":{"type":"boolean"},"showAlerts":{"type":"boolean"},"useIndicator":{"type":"boolean"}},"additionalProperties":false},{"anyOf":{"$i":42}},[{"type":"string","const":"off"},{"type":"string","const":"first"},{"type":"string","const":"all"},{"type":"string","const":"batched"}],{"type":"object","properties":{"$i":44},"additionalProperties":false},{"native":{"anyOf":[{"type":"boolean"},{"type":"string","const":"auto"}]},"nativeSkills":{"anyOf":[{"type":"boolean"},{"type":"string","const":"auto"}]}},{"type":"object","properties":{"clientSecret":{"type":"string","minLength":1},"applicationId":{"type":"string","pattern":"^\\\\d+$"}},"additionalProperties":false},{"type":"object","properties":{"$i":47},"additionalProperties":false},{"reactions":{"type":"boolean"},"stickers":{"type":"boolean"},"emojiUploads":{"type":"boolean"},"stickerUploads":{"type":"boolean"},"polls":{"type":"boolean"},"permissions":{"type":"boolean"},"messages":{"type":"boolean"},"threads":{"type":"boolean"},"pins":{"type":"boolean"},"search":{"type":"boolean"},"memberInfo":{"type":"boolean"},"roleInfo":{"type":"boolean"},"roles":{"type":"boolean"},"channelInfo":{"type":"boolean"},"voiceStatus":{"type":"boolean"},"events":{"type":"boolean"},"moderation":{"type":"boolean"},"channels":{"type":"boolean"},"presence":{"type":"boolean"}},{"type":"object","properties":{"$i":49},"additionalProperties":false},{"enabled":{"type":"boolean"},"groupEnabled":{"type":"boolean"},"groupChannels":{"type":"array","items":{"type":"string"}}},{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"$i":51}},{"type":"object","properties":{"$i":52},"additionalProperties":false},{"requireMention":{"type":"boolean"},"tools":{"$i":53},"toolsBySender":{"$i":55},"slug":{"type":"string"},"ignoreOtherMentions":{"type":"boolean"},"reactionNotifications":{"type":"string","enum":["off","own","all","allowlist"]},"users":{"type":"array","items":{"type":"string"}},"roles":{"type":"array","items":{"type":"string"}},"presenceEvents":{"$i":56},"channels":{"$i":58}},{"type":"object","properties":{"$i":54},"additionalProperties":false},{"allow":{"type":"array","items":{"type":"string"}},"alsoAllow":{"type":"array","items":{"type":"string"}},"deny":{"type":"array","items":{"type":"string"}}},{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"$i":53}},{"type":"object","properties":{"$i":57},"required":["channelId"],"additionalProperties":false},{"enabled":{"type":"boolean"},"channelId":{"type":"string","pattern":"^\\\\d+$"},"users":{"type":"array","items":{"type":"string","pattern":"^\\\\d+$"}},"reconnectSuppressSeconds":{"type":"integer","minimum":0,"maximum":9007199254740991},"burstLimit":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"burstWindowSeconds":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991}},{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"$i":59}},{"type":"object","properties":{"$i":60},"additionalProperties":false},{"requireMention":{"type":"boolean"},"tools":{"$i":53},"toolsBySender":{"$i":55},"skills":{"type":"array","items":{"type":"string"}},"enabled":{"type":"boolean"},"systemPrompt":{"type":"string"},"ignoreOtherMentions":{"type":"boolean"},"users":{"type":"array","items":{"type":"string"}},"roles":{"type":"array","items":{"type":"string"}},"includeThreadStarter":{"type":"boolean"},"autoThread":{"type":"boolean"},"autoThreadName":{"type":"string","enum":["message","generated"]},"autoArchiveDuration":{"$i":61}},{"anyOf":{"$i":62}},[{"type":"string","enum":["60","1440","4320","10080"]},{"type":"number","const":60},{"type":"number","const":1440},{"type":"number","const":4320},{"type":"number","const":10080}],{"type":"object","properties":{"$i":64},"additionalProperties":false},{"enabled":{"anyOf":[{"type":"boolean"},{"type":"string","const":"auto"}]},"approvers":{"type":"array","items":{"type":"string"}},"agentFilter":{"type":"array","items":{"type":"string"}},"sessionFilter":{"type":"array","items":{"type":"string"}},"target":{"type":"string","enum":["dm","channel","both"]},"cleanupAfterResolve":{"type":"boolean"}},{"type":"object","properties":{"enabled":{"type":"boolean"},"ttlMs":{"type":"integer","exclusiveMinimum":0,"maximum":86400000}},"additionalProperties":false},{"type":"object","properties":{"$i":67},"additionalProperties":false},{"enabled":{"type":"boolean"},"idleHours":{"type":"number","minimum":0},"maxAgeHours":{"type":"number","minimum":0},"spawnSessions":{"type":"boolean"},"defaultSpawnContext":{"type":"string","enum":["isolated","fork"]}},{"type":"object","properties":{"$i":69},"additionalProperties":false},{"messageContent":{"type":"boolean"},"presence":{"type":"boolean"},"guildMembers":{"type":"boolean"},"voiceStates":{"type":"boolean"}},{"type":"object","properties":{"$i":71},"additionalProperties":false},{"enabled":{"type":"boolean"},"mode":{"type":"string","enum":["stt-tts","agent-proxy","bidi"]},"agentSession":{"$i":72},"model":{"type":"string","minLength":1},"realtime":{"$i":73},"autoJoin":{"$i":77},"followUsersEnabled":{"type":"boolean"},"followUsers":{"type":"array","items":{"type":"string","minLength":1}},"allowedChannels":{"$i":80},"daveEncryption":{"type":"boolean"},"decryptionFailureTolerance":{"type":"integer","minimum":0,"maximum":9007199254740991},"connectTimeoutMs":{"type":"integer","exclusiveMinimum":0,"maximum":120000},"reconnectGraceMs":{"type":"integer","exclusiveMinimum":0,"maximum":120000},"captureSilenceGraceMs":{"type":"integer","exclusiveMinimum":0,"maximum":30000},"tts":{"$i":82}},{"type":"object","properties":{"mode":{"type":"string","enum":["voice","target"]},"target":{"type":"string","minLength":1}},"additionalProperties":false},{"type":"object","properties":{"$i":74},"additionalProperties":false},{"provider":{"type":"string","minLength":1},"model":{"type":"string","minLength":1},"speakerVoice":{"type":"string","minLength":1},"speakerVoiceId":{"type":"string","minLength":1},"instructions":{"type":"string","minLength":1},"toolPolicy":{"type":"string","enum":["safe-read-only","owner","none"]},"consultPolicy":{"type":"string","enum":["auto","always"]},"requireWakeName":{"type":"boolean"},"wakeNames":{"$i":75},"bootstrapContextFiles":{"type":"array","items":{"type":"string","enum":["IDENTITY.md","USER.md","SOUL.md"]}},"bargeIn":{"type":"boolean"},"minBargeInAudioEndMs":{"type":"integer","minimum":0,"maximum":10000},"debounceMs":{"type":"integer","exclusiveMinimum":0,"maximum":10000},"providers":{"$i":76}},{"minItems":1,"type":"array","items":{"type":"string","minLength":1,"pattern":"^\\\\s*[^a-z0-9]*[a-z0-9]+(?:[^a-z0-9]+[a-z0-9]+)?[^a-z0-9]*\\\\s*$"}},{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{}}},{"type":"array","items":{"$i":78}},{"type":"object","properties":{"$i":79},"required":["guildId","channelId"],"additionalProperties":false},{"guildId":{"type":"string","minLength":1},"channelId":{"type":"string","minLength":1},"whenOccupied":{"type":"boolean"}},{"type":"array","items":{"$i":81}},{"type":"object","properties":{"guildId":{"type":"string","minLength":1},"channelId":{"type":"string","minLength":1}},"required":["guildId","channelId"],"additionalProperties":false},{"type":"object","properties":{"$i":83},"additionalProperties":false},{"auto":{"type":"string","enum":["off","always","inbound","tagged"]},"enabled":{"type":"boolean"},"mode":{"type":"string","enum":["final","all"]},"provider":{"type":"string","minLength":1},"persona":{"type":"string"},"personas":{"$i":84},"summaryModel":{"type":"string"},"modelOverrides":{"$i":98},"providers":{"$i":89},"maxTextLength":{"type":"integer","minimum":1,"maximum":9007199254740991},"timeoutMs":{"type":"integer","minimum":1000,"maximum":120000}},{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"$i":85}},{"type":"object","properties":{"$i":86},"additionalProperties":false},{"label":{"type":"string"},"description":{"type":"string"},"provider":{"type":"string","minLength":1},"fallbackPolicy":{"$i":87},"providers":{"$i":89}},{"anyOf":{"$i":88}},[{"type":"string","const":"preserve-persona"},{"type":"string","const":"provider-defaults"},{"type":"string","const":"fail"}],{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"$i":90}},{"type":"object","properties":{"$i":91},"additionalProperties":{"$i":96}},{"apiKey":{"$i":92}},{"anyOf":{"$i":93}},[{"type":"string"},{"$i":94}],{"oneOf":{"$i":95}},[{"$i":5},{"$i":9},{"$i":11},{"$i":7}],{"anyOf":{"$i":97}},[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"null"},{"type":"array","items":{}},{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{}}],{"type":"object","properties":{"$i":99},"additionalProperties":false},{"enabled":{"type":"boolean"},"allowText":{"type":"boolean"},"allowProvider":{"type":"boolean"},"allowVoice":{"type":"boolean"},"allowModelId":{"type":"boolean"},"allowVoiceSettings":{"type":"boolean"},"allowNormalization":{"type":"boolean"},"allowSeed":{"type":"boolean"}},{"type":"object","properties":{"$i":101},"additionalProperties":false},{"enabled":{"type":"boolean"},"token":{"$i":1}},{"type":"object","properties":{"$i":103},"additionalProperties":false},{"enabled":{"type":"boolean"},"intervalMs":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"minUpdateIntervalMs":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991}},{"anyOf":{"$i":105}},[{"type":"number","const":0},{"type":"number","const":1},{"type":"number","const":2},{"type":"number","const":3},{"type":"number","const":4},{"type":"number","const":5}],{"type":"object","properties":{"runTimeoutMs":{"type":"integer","minimum":0,"maximum":9007199254740991}},"additionalProperties":false},{"type":"object","properties":{"$i":108},"additionalProperties":false},{"mode":{"type":"string","enum":["native","escape","strip"]},"tableMode":{"type":"string","enum":["native","ascii","simple"]}},{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"$i":110}},{"type":"object","properties":{"$i":111},"additionalProperties":false},{"requireMention":{"type":"boolean"},"tools":{"$i":112},"skills":{"type":"array","items":{"type":"string"}},"enabled":{"type":"boolean"},"allowFrom":{"type":"array","items":{"type":["string","number"]}},"systemPrompt":{"type":"string"},"groupSessionScope":{"type":"string","enum":["group","group_sender","group_topic","group_topic_sender"]},"topicSessionMode":{"type":"string","enum":["disabled","enabled"]},"replyInThread":{"type":"string","enum":["disabled","enabled"]}},{"type":"object","properties":{"allow":{"type":"array","items":{"type":"string"}},"deny":{"type":"array","items":{"type":"string"}}},"additionalProperties":false},{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"$i":114}},{"type":"object","properties":{"enabled":{"type":"boolean"},"systemPrompt":{"type":"string"}},"additionalProperties":false},{"type":"object","properties":{"$i":116},"additionalProperties":false},{"visibility":{"type":"string","enum":["visible","hidden"]},"intervalMs":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991}},{"type":"object","properties":{"$i":118},"additionalProperties":false},{"mode":{"type":"string","enum":["off","partial"]},"chunkMode":{"type":"string","enum":["length","newline"]},"block":{"$i":36}},{"type":"object","properties":{"$i":120},"additionalProperties":false},{"doc":{"type":"boolean"},"chat":{"type":"boolean"},"wiki":{"type":"boolean"},"drive":{"type":"boolean"},"perm":{"type":"boolean"},"scopes":{"type":"boolean"},"bitable":{"type":"boolean"}},{"type":"object","properties":{"reactions":{"type":"boolean"},"sticker":{"type":"boolean"}},"additionalProperties":false},{"type":"object","properties":{"$i":123},"additionalProperties":false},{"auto":{"type":"string","enum":["off","always","inbound","tagged"]},"enabled":{"type":"boolean"},"mode":{"type":"string","enum":["final","all"]},"provider":{"type":"string"},"persona":{"type":"string"},"personas":{"$i":76},"summaryModel":{"type":"string"},"modelOverrides":{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{}},"providers":{"$i":76},"prefsPath":{"type":"string"},"maxTextLength":{"type":"integer","minimum":1,"maximum":9007199254740991},"timeoutMs":{"type":"integer","minimum":1000,"maximum":120000}},{"type":"object","properties":{"$i":125},"additionalProperties":false},{"chunkMode":{"type":"string","enum":["length","newline"]},"block":{"$i":36}},{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"$i":127}},{"type":"object","properties":{"$i":128},"additionalProperties":false},{"enabled":{"type":"boolean"},"requireMention":{"type":"boolean"},"botLoopProtection":{"$i":16},"users":{"type":"array","items":{"type":["string","number"]}},"systemPrompt":{"type":"string"}},{"anyOf":{"$i":130}},[{"type":"string"},{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{}},{"$i":94}],{"type":"object","properties":{"$i":132},"additionalProperties":false},{"reactions":{"type":"boolean"},"edit":{"type":"boolean"},"unsend":{"type":"boolean"},"reply":{"type":"boolean"},"sendWithEffect":{"type":"boolean"},"renameGroup":{"type":"boolean"},"setGroupIcon":{"type":"boolean"},"addParticipant":{"type":"boolean"},"removeParticipant":{"type":"boolean"},"leaveGroup":{"type":"boolean"},"sendAttachment":{"type":"boolean"},"polls":{"type":"boolean"}},{"type":"object","properties":{"$i":134},"additionalProperties":false},{"enabled":{"type":"boolean"},"maxAgeMinutes":{"type":"integer","minimum":1,"maximum":720},"perRunLimit":{"type":"integer","minimum":1,"maximum":500},"firstRunLookbackMinutes":{"type":"integer","minimum":1,"maximum":720},"maxFailureRetries":{"type":"integer","minimum":1,"maximum":1000}},{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"$i":136}},{"type":"object","properties":{"$i":137},"additionalProperties":false},{"requireMention":{"type":"boolean"},"tools":{"$i":53},"toolsBySender":{"$i":55},"systemPrompt":{"type":"string"}},{"type":"object","properties":{"$i":139},"additionalProperties":false},{"enabled":{"type":"boolean"},"service":{"type":"string"},"password":{"type":"string"},"passwordFile":{"type":"string"},"register":{"type":"boolean"},"registerEmail":{"type":"string"}},{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"$i":141}},{"type":"object","properties":{"$i":142},"additionalProperties":false},{"requireMention":{"type":"boolean"},"tools":{"$i":53},"toolsBySender":{"$i":55},"skills":{"type":"array","items":{"type":"string"}},"enabled":{"type":"boolean"},"allowFrom":{"type":"array","items":{"type":["string","number"]}},"systemPrompt":{"type":"string"}},{"type":"object","properties":{"$i":144},"additionalProperties":false},{"enabled":{"type":"boolean"},"idleHours":{"type":"number"},"maxAgeHours":{"type":"number"},"spawnSessions":{"type":"boolean"},"defaultSpawnContext":{"type":"string","enum":["isolated","fork"]}},{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"$i":146}},{"type":"object","properties":{"$i":147},"additionalProperties":false},{"requireMention":{"type":"boolean"},"skills":{"type":"array","items":{"type":"string"}},"enabled":{"type":"boolean"},"allowFrom":{"type":"array","items":{"type":["string","number"]}},"systemPrompt":{"type":"string"}},{"type":"object","properties":{"$i":149},"additionalProperties":false},{"label":{"anyOf":[{"type":"string"},{"type":"boolean","const":false}]},"labels":{"type":"array","items":{"type":"string"}},"maxLines":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"maxLineChars":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"toolProgress":{"type":"boolean"},"commandText":{"type":"string","enum":["raw","status"]}},{"type":"object","properties":{"$i":151},"additionalProperties":false},{"enabled":{"anyOf":[{"type":"boolean"},{"type":"string","const":"auto"}]},"approvers":{"type":"array","items":{"type":["string","number"]}},"agentFilter":{"type":"array","items":{"type":"string"}},"sessionFilter":{"type":"array","items":{"type":"string"}},"target":{"type":"string","enum":["dm","channel","both"]}},{"type":"object","properties":{},"additionalProperties":{"$i":153}},{"type":"object","properties":{"$i":154},"additionalProperties":false},{"requireMention":{"type":"boolean"},"tools":{"$i":53},"skills":{"type":"array","items":{"type":"string"}},"enabled":{"type":"boolean"},"systemPrompt":{"type":"string"},"account":{"type":"string"},"allowBots":{"anyOf":[{"type":"boolean"},{"type":"string","const":"mentions"}]},"botLoopProtection":{"$i":16},"autoReply":{"type":"boolean"},"users":{"type":"array","items":{"type":["string","number"]}}},{"type":"object","properties":{"replyToBot":{"type":"boolean"},"quotedBot":{"type":"boolean"},"threadParticipation":{"type":"boolean"}},"additionalProperties":false},{"type":"object","properties":{"$i":157},"additionalProperties":false},{"mode":{"type":"string","enum":["off","partial","block","progress"]},"chunkMode":{"type":"string","enum":["length","newline"]},"preview":{"$i":158},"progress":{"$i":148},"block":{"$i":36}},{"type":"object","properties":{"toolProgress":{"type":"boolean"},"commandText":{"type":"string","enum":["raw","status"]}},"additionalProperties":false},{"type":"object","properties":{"$i":160},"additionalProperties":false},{"direct":{"type":"string","enum":["off","first","all","batched"]},"group":{"type":"string","enum":["off","first","all","batched"]},"channel":{"type":"string","enum":["off","first","all","batched"]}},{"type":"object","properties":{"messages":{"type":"boolean"},"reactions":{"type":"boolean"}},"additionalProperties":false},{"type":"object","properties":{"$i":163},"additionalProperties":false},{"native":{"anyOf":[{"type":"boolean"},{"type":"string","const":"auto"}]},"nativeSkills":{"anyOf":[{"type":"boolean"},{"type":"string","const":"auto"}]},"callbackPath":{"type":"string"},"callbackUrl":{"type":"string"}},{"type":"object","properties":{"callbackBaseUrl":{"type":"string"},"allowedSourceIps":{"type":"array","items":{"type":"string"}}},"additionalProperties":false},{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"type":"object","properties":{"requireMention":{"type":"boolean"}},"additionalProperties":false}},{"type":"object","properties":{"$i":167},"additionalProperties":false},{"maxRetries":{"type":"integer","minimum":0,"maximum":10},"initialDelayMs":{"type":"integer","minimum":100,"maximum":60000},"maxDelayMs":{"type":"integer","minimum":1000,"maximum":60000},"timeoutMs":{"type":"integer","minimum":5000,"maximum":120000}},{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"$i":169}},{"type":"object","properties":{"$i":170},"additionalProperties":false},{"requireMention":{"type":"boolean"},"tools":{"$i":53},"skills":{"type":"array","items":{"type":"string"}},"enabled":{"type":"boolean"},"allowFrom":{"type":"array","items":{"type":"string"}},"systemPrompt":{"type":"string"}},{"type":"object","properties":{"$i":172},"additionalProperties":false},{"outbound":{"type":"string","maxLength":2000,"pattern":"\\\\S"},"inbound":{"type":"string","maxLength":2000,"pattern":"\\\\S"}},{"oneOf":{"$i":174}},[{"$i":175},{"$i":177},{"$i":179}],{"type":"object","properties":{"$i":176},"required":["kind"],"additionalProperties":false},{"kind":{"type":"string","const":"managed-native"},"configPath":{"type":"string"},"socketPath":{"type":"string","pattern":"^\\\\/(?!\\\\/)[^\\\\0]*[^/\\\\0]$"},"url":{"type":"string","pattern":"^[Hh][Tt][Tt][Pp][Ss]?:\\\\/\\\\/(?![^/?#]*@)"},"httpHost":{"type":"string"},"httpPort":{"type":"integer","minimum":1,"maximum":65535},"cliPath":{"type":"string"},"startupTimeoutMs":{"type":"integer","minimum":1000,"maximum":120000},"receiveMode":{"anyOf":[{"type":"string","const":"on-start"},{"type":"string","const":"manual"}]},"ignoreStories":{"type":"boolean"}},{"type":"object","properties":{"$i":178},"required":["kind","url"],"additionalProperties":false},{"kind":{"type":"string","const":"external-native"},"url":{"type":"string","pattern":"^[Hh][Tt][Tt][Pp][Ss]?:\\\\/\\\\/(?![^/?#]*@)"}},{"type":"object","properties":{"$i":180},"required":["kind","url"],"additionalProperties":false},{"kind":{"type":"string","const":"container"},"url":{"type":"string","pattern":"^[Hh][Tt][Tt][Pp][Ss]?:\\\\/\\\\/(?![^/?#]*@)"}},{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"$i":182}},{"type":"object","properties":{"$i":183},"additionalProperties":false},{"requireMention":{"type":"boolean"},"tools":{"$i":53},"toolsBySender":{"$i":55},"ingest":{"type":"boolean"}},{"type":"object","properties":{"$i":185},"additionalProperties":false},{"direct":{"$i":41},"group":{"$i":41}},{"type":"object","properties":{"$i":187},"additionalProperties":false},{"mode":{"type":"string","enum":["off","partial","block","progress"]},"chunkMode":{"type":"string","enum":["length","newline"]},"preview":{"$i":29},"progress":{"$i":188},"block":{"$i":36},"nativeTransport":{"type":"boolean"}},{"type":"object","properties":{"$i":189},"additionalProperties":false},{"label":{"anyOf":[{"type":"string"},{"type":"boolean","const":false}]},"labels":{"type":"array","items":{"type":"string"}},"maxLines":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"maxLineChars":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"toolProgress":{"type":"boolean"},"commandText":{"type":"string","enum":["raw","status"]},"commentary":{"type":"boolean"},"narration":{"type":"boolean"},"style":{"type":"string","enum":["card","compact"]},"nativeTaskCards":{"type":"boolean"}},{"type":"object","properties":{"$i":191},"additionalProperties":false},{"url":{"type":"string"},"authToken":{"$i":1},"gatewayId":{"type":"string"}},{"type":"object","properties":{"$i":193},"additionalProperties":false},{"direct":{"$i":41},"group":{"$i":41},"channel":{"$i":41}},{"type":"object","properties":{"$i":195},"additionalProperties":false},{"historyScope":{"type":"string","enum":["thread","channel"]},"inheritParent":{"type":"boolean"},"initialHistoryLimit":{"type":"integer","minimum":0,"maximum":9007199254740991}},{"type":"object","properties":{"mode":{"type":"string","enum":["off","auto","on"]},"prompt":{"type":"string","maxLength":20000}},"additionalProperties":false},{"type":"object","properties":{"$i":198},"additionalProperties":false},{"reactions":{"type":"boolean"},"messages":{"type":"boolean"},"pins":{"type":"boolean"},"search":{"type":"boolean"},"permissions":{"type":"boolean"},"memberInfo":{"type":"boolean"},"channelInfo":{"type":"boolean"},"emojiList":{"type":"boolean"}},{"type":"object","properties":{"enabled":{"type":"boolean"},"name":{"type":"string"},"sessionPrefix":{"type":"string"},"ephemeral":{"type":"boolean"}},"additionalProperties":false},{"type":"object","properties":{"$i":201},"additionalProperties":false},{"enabled":{"type":"boolean"},"groupEnabled":{"type":"boolean"},"groupChannels":{"type":"array","items":{"type":["string","number"]}}},{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"$i":203}},{"type":"object","properties":{"$i":204},"additionalProperties":false},{"requireMention":{"type":"boolean"},"tools":{"$i":53},"toolsBySender":{"$i":55},"skills":{"type":"array","items":{"type":"string"}},"enabled":{"type":"boolean"},"systemPrompt":{"type":"string"},"ignoreOtherMentions":{"type":"boolean"},"replyToMode":{"$i":41},"allowBots":{"anyOf":[{"type":"boolean"},{"type":"string","const":"mentions"}]},"botLoopProtection":{"$i":16},"users":{"type":"array","items":{"type":["string","number"]}},"presenceEvents":{"$i":196}},{"anyOf":{"$i":206}},[{"type":"array","items":{"type":"string"}},{"$i":207}],{"type":"object","properties":{"inlineButtons":{"type":"string","enum":["off","dm","group","all","allowlist"]}},"additionalProperties":false},{"type":"array","items":{"$i":209}},{"type":"object","properties":{"command":{"type":"string"},"description":{"type":"string"}},"required":["command","description"],"additionalProperties":false},{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"$i":211}},{"type":"object","properties":{"$i":212},"additionalProperties":false},{"requireMention":{"type":"boolean"},"tools":{"$i":53},"toolsBySender":{"$i":55},"skills":{"type":"array","items":{"type":"string"}},"enabled":{"type":"boolean"},"allowFrom":{"type":"array","items":{"type":["string","number"]}},"systemPrompt":{"type":"string"},"ingest":{"type":"boolean"},"disableAudioPreflight":{"type":"boolean"},"groupPolicy":{"type":"string","enum":["open","disabled","allowlist"]},"topics":{"$i":213},"errorPolicy":{"type":"string","enum":["always","once","silent"]}},{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"$i":214}},{"type":"object","properties":{"$i":215},"additionalProperties":false},{"requireMention":{"type":"boolean"},"ingest":{"type":"boolean"},"disableAudioPreflight":{"type":"boolean"},"groupPolicy":{"type":"string","enum":["open","disabled","allowlist"]},"skills":{"type":"array","items":{"type":"string"}},"enabled":{"type":"boolean"},"allowFrom":{"type":"array","items":{"type":["string","number"]}},"systemPrompt":{"type":"string"},"agentId":{"type":"string"},"errorPolicy":{"type":"string","enum":["always","once","silent"]}},{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"$i":217}},{"type":"object","properties":{"$i":218},"additionalProperties":false},{"dmPolicy":{"type":"string","enum":["pairing","allowlist","open","disabled"]},"tools":{"$i":53},"toolsBySender":{"$i":55},"skills":{"type":"array","items":{"type":"string"}},"enabled":{"type":"boolean"},"allowFrom":{"type":"array","items":{"type":["string","number"]}},"systemPrompt":{"type":"string"},"topics":{"$i":213},"errorPolicy":{"type":"string","enum":["always","once","silent"]},"requireTopic":{"type":"boolean"},"autoTopicLabel":{"$i":219}},{"anyOf":{"$i":220}},[{"type":"boolean"},{"type":"object","properties":{"enabled":{"type":"boolean"},"prompt":{"type":"string"}},"additionalProperties":false}],{"type":"object","properties":{"$i":222},"additionalProperties":false},{"autoSelectFamily":{"type":"boolean"},"dnsResultOrder":{"type":"string","enum":["ipv4first","verbatim"]},"dangerouslyAllowPrivateNetwork":{"type":"boolean"}},{"type":"object","properties":{"$i":224},"additionalProperties":false},{"reactions":{"type":"boolean"},"sendMessage":{"type":"boolean"},"poll":{"type":"boolean"},"deleteMessage":{"type":"boolean"},"editMessage":{"type":"boolean"},"sticker":{"type":"boolean"},"createForumTopic":{"type":"boolean"},"editForumTopic":{"type":"boolean"}},{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"type":"object","properties":{"systemPrompt":{"type":"string"}},"additionalProperties":false}},{"type":"object","properties":{},"additionalProperties":{"$i":227}},{"type":"object","properties":{"$i":228},"additionalProperties":false},{"requireMention":{"type":"boolean"},"tools":{"$i":53},"enabled":{"type":"boolean"}}],"installable":{"buzz":"buzz","clickclack":"clickclack","discord":"discord","feishu":"feishu","googlechat":"googlechat","imessage":"imessage","irc":"irc","line":"line","matrix":"matrix","mattermost":"mattermost","msteams":"msteams","nextcloud-talk":"nextcloud-talk","nostr":"nostr","raft":"raft","signal":"signal","slack":"slack","sms":"sms","synology-chat":"synology-chat","tlon":"tlon","twitch":"twitch","whatsapp":"whatsapp","zalo":"zalo","zalouser":"zalouser"},"aliases":{"lark":"feishu","gchat":"googlechat","google-chat":"googlechat","imsg":"imessage","internet-relay-chat":"irc","teams":"msteams","nc":"nextcloud-talk","nc-talk":"nextcloud-talk","twitch-chat":"twitch","zl":"zalo","zlu":"zalouser"}}';
/** { bundled: [plugin id], official: external plugin id -> install spec }, JSON. */
const PLUGINS_JSON = '{"bundled":["a2a","active-memory","admin-http-rpc","alibaba","anthropic","apple-fm","azure-speech","beam","bonjour","browser","canvas","clawrouter","code-mode-quickjs","copilot-proxy","crabbox","cua-computer","deepgram","device-pair","document-extract","elevenlabs","fal","file-transfer","geolocation","github","github-copilot","google","huggingface","imap","linux-node","litellm","llm-task","lmstudio","logbook","memory-core","memory-wiki","microsoft","microsoft-foundry","migrate-claude","migrate-hermes","minimax","nvidia","oc-path","ollama","onepassword","openai","opencode-go","openrouter","policy","reef","runway","senseaudio","session-share","sglang","talk-voice","telegram","together","tts-local-cli","vault","vllm","web-readability","webhooks","workboard","xai"],"official":{"buzz":"@openclaw/buzz","clickclack":"@openclaw/clickclack","discord":"@openclaw/discord","feishu":"@openclaw/feishu","googlechat":"@openclaw/googlechat","imessage":"@openclaw/imessage","irc":"@openclaw/irc","line":"@openclaw/line","matrix":"@openclaw/matrix","mattermost":"@openclaw/mattermost","msteams":"@openclaw/msteams","nextcloud-talk":"@openclaw/nextcloud-talk","nostr":"@openclaw/nostr","openclaw-weixin":"@tencent-weixin/openclaw-weixin@2.4.8","openclaw-zaloclawbot":"@zalo-platforms/openclaw-zaloclawbot@0.1.4","openclaw-qqbot":"@tencent-connect/openclaw-qqbot@2.0.3","raft":"@openclaw/raft","signal":"@openclaw/signal","slack":"@openclaw/slack","sms":"@openclaw/sms","synology-chat":"@openclaw/synology-chat","tlon":"@openclaw/tlon","twitch":"@openclaw/twitch","wecom-openclaw-plugin":"@wecom/wecom-openclaw-plugin@2026.7.2","whatsapp":"@openclaw/whatsapp","openclaw-plugin-yuanbao":"openclaw-plugin-yuanbao@2.18.2","zalo":"@openclaw/zalo","zalouser":"@openclaw/zalouser","amazon-bedrock":"@openclaw/amazon-bedrock-provider","amazon-bedrock-mantle":"@openclaw/amazon-bedrock-mantle-provider","anthropic-vertex":"@openclaw/anthropic-vertex-provider","arcee":"@openclaw/arcee-provider","baseten":"@openclaw/baseten-provider","byteplus":"@openclaw/byteplus-provider","cerebras":"@openclaw/cerebras-provider","chutes":"@openclaw/chutes-provider","cohere":"@openclaw/cohere-provider","cloudflare-ai-gateway":"@openclaw/cloudflare-ai-gateway-provider","comfy":"@openclaw/comfy-provider","deepinfra":"@openclaw/deepinfra-provider","deepseek":"@openclaw/deepseek-provider","featherless":"@openclaw/featherless-provider","gmi":"@openclaw/gmi-provider","longcat":"@openclaw/longcat-provider","meta":"@openclaw/meta-provider","mistral":"@openclaw/mistral-provider","novita":"@openclaw/novita-provider","opencode":"@openclaw/opencode-provider","groq":"@openclaw/groq-provider","kilocode":"@openclaw/kilocode-provider","kimi":"@openclaw/kimi-provider","opencode-go":"@openclaw/opencode-go-provider","pixverse":"@openclaw/pixverse-provider","qianfan":"@openclaw/qianfan-provider","qwen":"@openclaw/qwen-provider","radius":"@openclaw/radius-provider","fireworks":"@openclaw/fireworks-provider","moonshot":"@openclaw/moonshot-provider","tencent":"@openclaw/tencent-provider","venice":"@openclaw/venice-provider","vercel-ai-gateway":"@openclaw/vercel-ai-gateway-provider","vydra":"@openclaw/vydra-provider","xiaomi":"@openclaw/xiaomi-provider","zai":"@openclaw/zai-provider","synthetic":"@openclaw/synthetic-provider","voyage":"@openclaw/voyage-provider","volcengine":"@openclaw/volcengine-provider","stepfun":"@openclaw/stepfun-provider","acpx":"@openclaw/acpx","brave":"@openclaw/brave-plugin","codex":"@openclaw/codex","copilot":"@openclaw/copilot","diagnostics-otel":"@openclaw/diagnostics-otel","diagnostics-prometheus":"@openclaw/diagnostics-prometheus","diffs":"@openclaw/diffs","diffs-language-pack":"@openclaw/diffs-language-pack","duckduckgo":"@openclaw/duckduckgo-plugin","exa":"@openclaw/exa-plugin","facetime":"@openclaw/facetime","firecrawl":"@openclaw/firecrawl-plugin","fish-audio-speech":"@openclaw/fish-audio-speech","google-meet":"@openclaw/google-meet","gradium":"@openclaw/gradium-speech","inworld":"@openclaw/inworld-speech","lobster":"@openclaw/lobster","memory-lancedb":"@openclaw/memory-lancedb","llama-cpp":"@openclaw/llama-cpp-provider","mxc":"@openclaw/mxc-sandbox","onnx":"@openclaw/onnx","openshell":"@openclaw/openshell-sandbox","parallel":"@openclaw/parallel-plugin","perplexity":"@openclaw/perplexity-plugin","searxng":"@openclaw/searxng-plugin","tavily":"@openclaw/tavily-plugin","team-reports":"@openclaw/team-reports","teams-meetings":"@openclaw/teams-meetings","tokenjuice":"@openclaw/tokenjuice","typesafe":"@openclaw/typesafe","voice-call":"@openclaw/voice-call","zoom-meetings":"@openclaw/zoom-meetings"}}';

;// CONCATENATED MODULE: ./lib/engine/current/loaded-config/schema-node.js
// The compact form of OpenClaw 2026.9.6's config schema (release-config-schema.ts, generated):
// enough structure to refuse unknown keys and wrong types the way the release's reader does, and
// to put keys in the order the reader's schema parse leaves them.

function isObjectNode(node) {
    return typeof node === 'object' && 'o' in node;
}
/** The property node for `key` of an object node, if the schema declares it. */
function propertyNode(node, key) {
    return node.o.find(([name]) => name === key)?.[1];
}
/** The node at a path of declared object keys (`*` steps into records), if there is one. */
function nodeAtPath(node, path) {
    let current = node;
    for (const step of path) {
        if (current === undefined || typeof current !== 'object')
            return undefined;
        const unwrapped = 'q' in current ? current.q : current;
        if (isObjectNode(unwrapped))
            current = propertyNode(unwrapped, step);
        else if (typeof unwrapped === 'object' && 'r' in unwrapped && step === '*')
            current = unwrapped.r;
        else
            return undefined;
    }
    return current;
}
/** Replaces `{ "$i": n }` by the shared subschema n (itself resolved). */
function resolveShared(value, shared, resolved = new Map()) {
    if (value === null || typeof value !== 'object')
        return value;
    if (Array.isArray(value))
        return value.map((item) => resolveShared(item, shared, resolved));
    const record = value;
    if (typeof record.$i === 'number' && Object.keys(record).length === 1) {
        // Each shared subschema is resolved once; the same (read-only) object stands at every place
        // that refers to it, instead of a fresh copy per reference.
        const index = record.$i;
        if (!resolved.has(index))
            resolved.set(index, resolveShared(shared[index], shared, resolved));
        return resolved.get(index);
    }
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, resolveShared(v, shared, resolved)]));
}
let coreSchema;
/** The release's root config schema. */
function releaseConfigSchema() {
    if (coreSchema === undefined) {
        const data = JSON.parse(CORE_SCHEMA_JSON);
        coreSchema = resolveShared(data.root, data.shared);
    }
    return coreSchema;
}
let channelSchemas;
function releaseChannelSchemas() {
    if (channelSchemas === undefined) {
        const data = JSON.parse(CHANNEL_SCHEMAS_JSON);
        const schemas = resolveShared(data.schemas, data.shared);
        channelSchemas = { schemas, installable: data.installable, aliases: data.aliases };
    }
    return channelSchemas;
}
let plugins;
function releasePlugins() {
    if (plugins === undefined) {
        const data = JSON.parse(PLUGINS_JSON);
        plugins = { bundled: new Set(data.bundled), official: data.official };
    }
    return plugins;
}

;// CONCATENATED MODULE: ./lib/engine/current/loaded-config/channel-catalog.js
// The channels OpenClaw 2026.9.6 knows (its bundled channel config metadata): which ids a config
// may use, their schemas, and which belong to plugins the CLI installs on demand (all but
// telegram, a2a and reef, whose plugins ship with the release).


/** `channels` keys that hold shared settings, not a channel. */
const CHANNEL_METADATA_KEYS = new Set(['defaults', 'modelByChannel']);
/** A known channel's config schema. */
function channelSchema(channelId) {
    const { schemas } = releaseChannelSchemas();
    return Object.hasOwn(schemas, channelId) ? schemas[channelId] : undefined;
}
/** Every known channel id, in the release's channel metadata order. */
function knownChannelIds() {
    return Object.keys(releaseChannelSchemas().schemas);
}
/** The plugin of a channel that the CLI installs on demand. */
function installableChannelPlugin(channelId) {
    const { installable } = releaseChannelSchemas();
    return Object.hasOwn(installable, channelId) ? installable[channelId] : undefined;
}
/** Whether `channels.<key>` names a channel (or shared settings) the release accepts. */
function isKnownChannelKey(key) {
    const trimmed = key.trim();
    return CHANNEL_METADATA_KEYS.has(trimmed) || channelSchema(trimmed) !== undefined;
}
/** The channel id a route binding's `match.channel` means (aliases resolved, lowercased). */
function routeBindingChannelId(raw) {
    const lowered = raw.trim().toLowerCase();
    if (lowered === '')
        return undefined;
    const { aliases } = releaseChannelSchemas();
    return Object.hasOwn(aliases, lowered) ? aliases[lowered] : lowered;
}
/** Plugins the config turns off (`plugins.deny`, `plugins.entries.<id>.enabled: false`). */
function blockedPluginIds(config) {
    const plugins = (0,engine_record/* isRecord */.u4)(config.plugins) ? config.plugins : {};
    const blocked = new Set();
    for (const id of Array.isArray(plugins.deny) ? plugins.deny : []) {
        if (typeof id === 'string' && id.trim() !== '')
            blocked.add(id.trim());
    }
    const entries = (0,engine_record/* isRecord */.u4)(plugins.entries) ? plugins.entries : {};
    for (const [id, entry] of Object.entries(entries)) {
        if (id.trim() !== '' && (0,engine_record/* isRecord */.u4)(entry) && entry.enabled === false)
            blocked.add(id.trim());
    }
    return blocked;
}
/** A channel with settings beyond `enabled` that is not explicitly disabled. */
function isMeaningfullyConfigured(value) {
    return (0,engine_record/* isRecord */.u4)(value) && value.enabled !== false && Object.keys(value).some((key) => key !== 'enabled');
}
/**
 * The plugins the CLI's start-up migration tries to install: those of configured channels and the
 * official external plugins with a `plugins.entries` entry. Offline (as the recorded fixtures
 * ran) the install fails and the reader keeps those channels' settings as written (no defaults),
 * with a warning for each channel and plugin entry.
 */
function pendingInstallPluginIds(config) {
    const plugins = (0,engine_record/* isRecord */.u4)(config.plugins) ? config.plugins : {};
    if (plugins.enabled === false)
        return new Set();
    const blocked = blockedPluginIds(config);
    const entries = (0,engine_record/* isRecord */.u4)(plugins.entries) ? plugins.entries : {};
    const channels = (0,engine_record/* isRecord */.u4)(config.channels) ? config.channels : {};
    const { bundled, official } = releasePlugins();
    const pending = new Set();
    for (const [id, entry] of Object.entries(entries)) {
        const pluginId = id.trim();
        if ((0,engine_record/* isRecord */.u4)(entry) && entry.enabled === false)
            continue;
        if (Object.hasOwn(official, pluginId) && !bundled.has(pluginId) && !blocked.has(pluginId))
            pending.add(pluginId);
    }
    for (const [key, value] of Object.entries(channels)) {
        const pluginId = installableChannelPlugin(key.trim());
        if (pluginId === undefined || blocked.has(pluginId))
            continue;
        const entry = entries[pluginId];
        const pluginConfigured = Object.hasOwn(entries, pluginId) && !((0,engine_record/* isRecord */.u4)(entry) && entry.enabled === false);
        if (isMeaningfullyConfigured(value) || pluginConfigured)
            pending.add(pluginId);
    }
    return pending;
}

;// CONCATENATED MODULE: ./lib/engine/current/loaded-config/agent-roles.js
// What the reader materialises when a multi-agent roster names its default agent with the
// legacy `default:true` marker: that agent becomes the explicit owner of every per-surface role
// (heartbeat, system agent, auth inheritance, a fixed session store, talk) and of every configured
// channel that no channel-wide route binding owns yet.



const agent_roles_CHANNEL_METADATA_KEYS = new Set(['defaults', 'modelByChannel']);
function trimmedString(value) {
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
/** A binding that routes a whole channel (`accountId: "*"`, no peer, guild, team or roles). */
function isChannelWideBinding(binding, channelId) {
    const match = binding.match;
    if (!(0,engine_record/* isRecord */.u4)(match))
        return false;
    const channel = typeof match.channel === 'string' ? routeBindingChannelId(match.channel) : undefined;
    return (channel === channelId &&
        (typeof match.accountId === 'string' ? match.accountId.trim() : undefined) === '*' &&
        match.peer === undefined &&
        trimmedString(match.guildId) === undefined &&
        trimmedString(match.teamId) === undefined &&
        (!Array.isArray(match.roles) || match.roles.length === 0));
}
/** Configured (not disabled) channels without a channel-wide route binding, sorted. */
function unboundChannelIds(config) {
    if (config.bindings !== undefined && !Array.isArray(config.bindings))
        return [];
    const bindings = (config.bindings ?? []).filter((binding) => (0,engine_record/* isRecord */.u4)(binding) && binding.type !== 'acp');
    const channels = new Set();
    for (const [key, value] of Object.entries((0,engine_record/* isRecord */.u4)(config.channels) ? config.channels : {})) {
        const channelId = routeBindingChannelId(key);
        if (channelId === undefined || agent_roles_CHANNEL_METADATA_KEYS.has(key.trim()))
            continue;
        if (!(0,engine_record/* isRecord */.u4)(value) || value.enabled !== false)
            channels.add(channelId);
    }
    return [...channels]
        .sort()
        .filter((channelId) => !bindings.some((b) => isChannelWideBinding(b, channelId)));
}
function agentEntryValues(config) {
    const agents = (0,engine_record/* isRecord */.u4)(config.agents) ? config.agents : {};
    const entries = (0,engine_record/* isRecord */.u4)(agents.entries) ? agents.entries : {};
    return Object.values(entries).filter((entry) => (0,engine_record/* isRecord */.u4)(entry));
}
/** The single configured agent (or `main` when there is none or several). */
function soleAgentOrMain(config) {
    const agents = (0,engine_record/* isRecord */.u4)(config.agents) ? config.agents : {};
    const ids = Object.entries((0,engine_record/* isRecord */.u4)(agents.entries) ? agents.entries : {})
        .filter(([, entry]) => (0,engine_record/* isRecord */.u4)(entry))
        .map(([id]) => id);
    return ids.length === 1 ? (0,agent_id/* normalizeAgentId */.qq)(ids[0]) : 'main';
}
/** A session store path shared by all agents (no `{agentId}` placeholder). */
function isFixedSessionStore(store) {
    return typeof store === 'string' && store.trim() !== '' && !store.includes('{agentId}');
}
/**
 * `materializeLegacyDefaultAgentRoles`: the config with the roles given to `legacyDefault`, and
 * whether anything was inserted.
 */
function materializeLegacyDefaultRoles(config, legacyDefault) {
    const agentId = (0,agent_id/* normalizeAgentId */.qq)(legacyDefault);
    let next = config;
    let inserted = false;
    const channels = unboundChannelIds(config);
    if (channels.length > 0) {
        const existing = Array.isArray(next.bindings) ? next.bindings : [];
        const generated = channels.map((channel) => ({ agentId, match: { channel, accountId: '*' } }));
        next = { ...next, bindings: [...existing, ...generated] };
        inserted = true;
    }
    const agents = (0,engine_record/* isRecord */.u4)(config.agents) ? config.agents : {};
    const rawDefaults = agents.defaults;
    if (rawDefaults === undefined || (0,engine_record/* isRecord */.u4)(rawDefaults)) {
        const defaults = { ...((0,engine_record/* isRecord */.u4)(rawDefaults) ? rawDefaults : {}) };
        const unset = (key) => {
            const value = defaults[key];
            return value === undefined || ((0,engine_record/* isRecord */.u4)(value) && !Object.hasOwn(value, 'agentId'));
        };
        const roles = [
            [
                'heartbeat',
                !agentEntryValues(config).some((entry) => Boolean(entry.heartbeat)) &&
                    defaults.heartbeat === undefined,
            ],
            ['systemAgent', unset('systemAgent')],
            ['authInheritance', agentId !== soleAgentOrMain(config) && unset('authInheritance')],
            [
                'sessionStore',
                isFixedSessionStore((0,engine_record/* isRecord */.u4)(config.session) ? config.session.store : undefined) &&
                    unset('sessionStore'),
            ],
        ];
        let changed = false;
        for (const [key, enabled] of roles) {
            if (!enabled)
                continue;
            defaults[key] = { ...((0,engine_record/* isRecord */.u4)(defaults[key]) ? defaults[key] : {}), agentId };
            changed = true;
        }
        if (changed) {
            const nextAgents = (0,engine_record/* isRecord */.u4)(next.agents) ? next.agents : {};
            next = { ...next, agents: { ...nextAgents, defaults } };
            inserted = true;
        }
    }
    const talk = config.talk;
    if (talk === undefined || ((0,engine_record/* isRecord */.u4)(talk) && !Object.hasOwn(talk, 'agentId'))) {
        next = { ...next, talk: { ...((0,engine_record/* isRecord */.u4)(talk) ? talk : {}), agentId } };
        inserted = true;
    }
    return { config: next, inserted };
}

;// CONCATENATED MODULE: ./lib/engine/current/loaded-config/agent-roster.js
// The reader's roster migration (`migratePersistedImplicitMainRoster`): the legacy `agents.list`
// becomes `agents.entries` keyed by id, a config without agents gets the implicit agent `main`,
// and a multi-agent roster's single `default:true` marker turns into explicit per-surface owners
// (agent-roles.ts) before the markers are removed. Rosters it cannot convert are left as they
// are; the schema then refuses them.



const MOVED = 'Moved agents.list to keyed agents.entries.';
/** `agents.list` as keyed entries, or undefined when an id is missing, non-canonical or repeated. */
function keyedLegacyList(list) {
    if (!Array.isArray(list))
        return undefined;
    const entries = {};
    for (const item of list) {
        if (!(0,engine_record/* isRecord */.u4)(item))
            return undefined;
        const { id, ...settings } = item;
        if (typeof id !== 'string' || id === '' || id.trim() !== id)
            return undefined;
        if ((0,agent_id/* normalizeAgentId */.qq)(id) !== id || Object.hasOwn(entries, id))
            return undefined;
        entries[id] = settings;
    }
    return entries;
}
/** Which roster the raw `agents` section owns: `entries` wins over `list`. */
function rosterOf(agents) {
    if (Object.hasOwn(agents, 'entries') && agents.entries !== undefined)
        return { kind: 'entries', value: agents.entries };
    if (Object.hasOwn(agents, 'list') && agents.list !== undefined)
        return { kind: 'list', value: agents.list };
    return undefined;
}
/** A converted multi-agent list without markers keeps the first agent on the shared workspace. */
function firstAgentWorkspacePin(agents, entries, options) {
    const values = Object.values(entries);
    const first = values[0];
    if (agents.ownership !== undefined || values.length < 2 || first === undefined)
        return undefined;
    if (!values.every((entry) => !Object.hasOwn(entry, 'default') || entry.default === false))
        return undefined;
    const authored = first.workspace;
    if (Object.hasOwn(first, 'workspace') && !(typeof authored === 'string' && authored.trim() === ''))
        return undefined;
    const defaults = (0,engine_record/* isRecord */.u4)(agents.defaults) ? agents.defaults : {};
    const shared = typeof defaults.workspace === 'string' ? defaults.workspace.trim() : '';
    return shared !== '' ? shared : `${options.homeDir}/.openclaw/workspace`;
}
function withoutDefaultMarkers(entries) {
    return Object.fromEntries(Object.entries(entries).map(([id, entry]) => {
        if (!(0,engine_record/* isRecord */.u4)(entry))
            return [id, entry];
        return [id, Object.fromEntries(Object.entries(entry).filter(([key]) => key !== 'default'))];
    }));
}
function migrateAgentRoster(root, options) {
    const unchanged = { config: root, diagnostics: [] };
    if (Object.hasOwn(root, 'agents') && !(0,engine_record/* isRecord */.u4)(root.agents))
        return unchanged;
    let agents = (0,engine_record/* isRecord */.u4)(root.agents) ? root.agents : {};
    let roster = rosterOf(agents);
    let converted;
    if (roster?.kind === 'list') {
        converted = keyedLegacyList(roster.value);
        if (converted === undefined)
            return unchanged;
        const rest = Object.fromEntries(Object.entries(agents).filter(([key]) => key !== 'list'));
        agents = { ...rest, entries: converted };
        roster = rosterOf(agents);
    }
    const diagnostics = converted !== undefined ? [MOVED] : [];
    const entries = roster?.value;
    if (roster === undefined || ((0,engine_record/* isRecord */.u4)(entries) && Object.keys(entries).length === 0)) {
        if (agents.ownership === 'explicit')
            return { config: converted ? { ...root, agents } : root, diagnostics };
        return { config: { ...root, agents: { ...agents, entries: { main: {} } } }, diagnostics };
    }
    if (!(0,engine_record/* isRecord */.u4)(entries))
        return unchanged;
    const validIds = Object.keys(entries).filter((id) => (0,engine_record/* isRecord */.u4)(entries[id]));
    if (validIds.length === 0)
        return unchanged;
    const valid = (id) => entries[id];
    if (validIds.some((id) => Object.hasOwn(valid(id), 'default') && typeof valid(id).default !== 'boolean')) {
        return unchanged;
    }
    const marked = validIds.filter((id) => valid(id).default === true);
    const hasLegacyMarker = agents.ownership !== 'explicit' && marked.length === 1;
    const legacyDefaultAgentId = validIds.length > 1 && hasLegacyMarker ? marked[0] : undefined;
    let next = { ...root, agents };
    if (converted !== undefined && legacyDefaultAgentId === undefined) {
        const workspace = firstAgentWorkspacePin(agents, converted, options);
        const firstId = Object.keys(converted)[0];
        if (workspace !== undefined && firstId !== undefined) {
            next = {
                ...next,
                agents: { ...agents, entries: { ...converted, [firstId]: { ...converted[firstId], workspace } } },
            };
            diagnostics.push("Preserved the first legacy agent's existing workspace.");
        }
    }
    if (legacyDefaultAgentId !== undefined) {
        const roles = materializeLegacyDefaultRoles(next, legacyDefaultAgentId);
        next = roles.config;
        if (roles.inserted)
            diagnostics.push('Materialized legacy per-surface agent ownership.');
    }
    if (hasLegacyMarker) {
        const nextAgents = (0,engine_record/* isRecord */.u4)(next.agents) ? next.agents : agents;
        const nextEntries = (0,engine_record/* isRecord */.u4)(nextAgents.entries) ? nextAgents.entries : entries;
        next = { ...next, agents: { ...nextAgents, entries: withoutDefaultMarkers(nextEntries) } };
        diagnostics.push('Removed retired agents.entries.*.default markers.');
    }
    const changed = converted !== undefined || legacyDefaultAgentId !== undefined || hasLegacyMarker;
    return {
        config: changed || diagnostics.length > 0 ? next : root,
        diagnostics,
        ...(legacyDefaultAgentId !== undefined
            ? { legacyDefaultAgentId: (0,agent_id/* normalizeAgentId */.qq)(legacyDefaultAgentId) }
            : {}),
    };
}

;// CONCATENATED MODULE: ./lib/engine/current/loaded-config/channel-json-schema.js
// Validation of one channel's settings against its JSON schema, as the reader does for channels
// whose plugin is available (JSON-schema defaults first, then the check). Messages follow the
// reader's format: `must not have additional properties: "x"`, `must have required property 'x'`,
// `must be equal to one of the allowed values` (with its "(allowed: …)" hint), `must be boolean`.

function join(path, key) {
    return path === '' ? String(key) : `${path}.${key}`;
}
function schemaOf(value) {
    return (0,engine_record/* isRecord */.u4)(value) ? value : undefined;
}
/** The value with the schema's defaults filled into objects that lack them (recursively). */
function withSchemaDefaults(value, schema) {
    if (!(0,engine_record/* isRecord */.u4)(value))
        return value;
    const properties = schemaOf(schema.properties);
    if (properties === undefined)
        return value;
    const out = { ...value };
    for (const [key, propertySchema] of Object.entries(properties)) {
        const child = schemaOf(propertySchema);
        if (child === undefined)
            continue;
        if (Object.hasOwn(out, key))
            out[key] = withSchemaDefaults(out[key], child);
        else if (Object.hasOwn(child, 'default'))
            out[key] = structuredClone(child.default);
    }
    return out;
}
function jsonType(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'array';
    if (typeof value === 'number')
        return Number.isInteger(value) ? 'integer' : 'number';
    return typeof value;
}
function typeMatches(value, type) {
    const types = Array.isArray(type) ? type : [type];
    const actual = jsonType(value);
    return types.some((t) => t === actual || (t === 'number' && actual === 'integer'));
}
function checkScalar(value, schema, path) {
    const errors = [];
    if (Array.isArray(schema.enum) && !schema.enum.some((v) => v === value)) {
        errors.push({ path, message: 'must be equal to one of the allowed values', allowed: schema.enum });
    }
    if (Object.hasOwn(schema, 'const') && schema.const !== value) {
        errors.push({ path, message: 'must be equal to constant', allowed: [schema.const] });
    }
    if (typeof value === 'number') {
        if (typeof schema.minimum === 'number' && value < schema.minimum)
            errors.push({ path, message: `must be >= ${schema.minimum}` });
        if (typeof schema.maximum === 'number' && value > schema.maximum)
            errors.push({ path, message: `must be <= ${schema.maximum}` });
        if (typeof schema.exclusiveMinimum === 'number' && value <= schema.exclusiveMinimum) {
            errors.push({ path, message: `must be > ${schema.exclusiveMinimum}` });
        }
    }
    if (typeof value === 'string') {
        if (typeof schema.minLength === 'number' && [...value].length < schema.minLength) {
            errors.push({ path, message: `must NOT have fewer than ${schema.minLength} characters` });
        }
        if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) {
            errors.push({ path, message: `must match pattern "${schema.pattern}"` });
        }
    }
    return errors;
}
/** Objects: missing required keys, then unknown keys, then the declared keys in schema order. */
function checkObject(value, schema, path) {
    const errors = [];
    const properties = schemaOf(schema.properties) ?? {};
    for (const key of Array.isArray(schema.required) ? schema.required : []) {
        if (!Object.hasOwn(value, key))
            errors.push({ path: join(path, key), message: `must have required property '${key}'` });
    }
    const extra = Object.keys(value).filter((key) => !Object.hasOwn(properties, key));
    if (schema.additionalProperties === false && extra.length > 0) {
        errors.push({
            path,
            message: `must not have additional properties: ${extra.map((k) => `"${k}"`).join(', ')}`,
            firstExtraKey: extra[0],
        });
    }
    for (const [key, propertySchema] of Object.entries(properties)) {
        const child = schemaOf(propertySchema);
        if (child !== undefined && Object.hasOwn(value, key))
            errors.push(...checkValue(value[key], child, join(path, key)));
    }
    const names = schemaOf(schema.propertyNames);
    const additional = schemaOf(schema.additionalProperties);
    for (const key of extra) {
        if (names !== undefined)
            errors.push(...checkValue(key, names, join(path, key)));
        if (additional !== undefined)
            errors.push(...checkValue(value[key], additional, join(path, key)));
    }
    return errors;
}
/** Errors of `value` against `schema` in the reader's order; empty when it conforms. */
function checkValue(value, schema, path = '') {
    const errors = [];
    for (const keyword of ['anyOf', 'oneOf']) {
        const alternatives = Array.isArray(schema[keyword]) ? schema[keyword] : undefined;
        if (alternatives === undefined)
            continue;
        const results = alternatives.map((alt) => checkValue(value, schemaOf(alt) ?? {}, path));
        const passing = results.filter((r) => r.length === 0).length;
        if (keyword === 'anyOf' ? passing === 0 : passing !== 1) {
            const message = keyword === 'anyOf' ? 'must match a schema in anyOf' : 'must match exactly one schema in oneOf';
            errors.push(...results.flat(), { path, message });
        }
    }
    if (schema.type !== undefined && !typeMatches(value, schema.type)) {
        errors.push({
            path,
            message: `must be ${Array.isArray(schema.type) ? schema.type.join(',') : String(schema.type)}`,
        });
    }
    errors.push(...checkScalar(value, schema, path));
    if ((0,engine_record/* isRecord */.u4)(value))
        errors.push(...checkObject(value, schema, path));
    const items = schemaOf(schema.items);
    if (Array.isArray(value) && items !== undefined) {
        value.forEach((item, index) => errors.push(...checkValue(item, items, join(path, index))));
    }
    return errors;
}

;// CONCATENATED MODULE: ./lib/engine/current/loaded-config/config-problems.js
// A refused config's problems as the reader words them: dotted path, message, and for value
// errors the "(allowed: …)" hint it appends (at most 12 values, strings quoted).
const MAX_HINT_VALUES = 12;
const MAX_HINT_CHARS = 160;
function hintLabel(value) {
    const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
    const cut = text.length > MAX_HINT_CHARS
        ? `${text.slice(0, MAX_HINT_CHARS)}... (+${text.length - MAX_HINT_CHARS} chars)`
        : text;
    return typeof value === 'string' ? JSON.stringify(cut) : cut;
}
/** The message with the reader's allowed-values hint, unless it already lists the values. */
function withAllowedHint(message, allowed) {
    if (allowed === undefined || allowed.length === 0)
        return message;
    const lower = message.toLowerCase();
    if (lower.includes('(allowed:') || lower.includes('expected one of'))
        return message;
    const seen = new Set();
    const labels = [];
    for (const value of allowed) {
        const key = `${value === null ? 'null' : typeof value}:${typeof value === 'string' ? value : JSON.stringify(value)}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        labels.push(hintLabel(value));
    }
    const shown = labels.slice(0, MAX_HINT_VALUES).join(', ');
    const hidden = labels.length - MAX_HINT_VALUES;
    return `${message} (allowed: ${hidden > 0 ? `${shown}, ... (+${hidden} more)` : shown})`;
}
/** A route binding that failed both binding kinds: the reader names the route alternative's issue. */
function routeBindingIssue(issue) {
    const [section, index] = issue.path;
    if (section !== 'bindings' ||
        typeof index !== 'number' ||
        issue.path.length !== 2 ||
        issue.branches === undefined) {
        return undefined;
    }
    let sawRouteTypeMismatch = false;
    let chosen;
    for (const branch of issue.branches) {
        if (branch.length === 0)
            continue;
        const routeTypeMismatch = branch.some((i) => i.path.length === 1 &&
            i.path[0] === 'type' &&
            i.code === 'invalid_value' &&
            (i.allowed ?? []).includes('route'));
        if (routeTypeMismatch) {
            sawRouteTypeMismatch = true;
            continue;
        }
        let best;
        for (const candidate of branch) {
            const longer = best === undefined || candidate.path.length > best.path.length;
            const preferred = best !== undefined &&
                candidate.path.length === best.path.length &&
                candidate.code === 'unrecognized_keys' &&
                best.code !== 'unrecognized_keys';
            if (longer || preferred)
                best = candidate;
        }
        if (best === undefined)
            continue;
        if (chosen !== undefined)
            return undefined;
        chosen = best;
    }
    if (!sawRouteTypeMismatch || chosen === undefined)
        return undefined;
    if (chosen.path.length === 0 && chosen.code !== 'unrecognized_keys')
        return undefined;
    return { path: [...issue.path, ...chosen.path].join('.'), message: chosen.message };
}
function problemFromSchemaIssue(issue) {
    if (issue.allowed === undefined) {
        const binding = routeBindingIssue(issue);
        if (binding !== undefined)
            return binding;
    }
    return { path: issue.path.join('.'), message: withAllowedHint(issue.message, issue.allowed) };
}

;// CONCATENATED MODULE: ./lib/engine/current/loaded-config/channel-settings.js
// The reader's per-channel step: unknown channel ids are refused; every channel is validated
// against its schema (the CLI validates the config before its start-up plugin migration, so a
// channel it later keeps raw is still refused when invalid) and gets the schema's defaults
// (telegram: `dmPolicy: "pairing"`, `groupPolicy: "allowlist"`, appended after the authored keys)
// — except a channel whose plugin the offline CLI could not install: its settings stay as
// written, with a warning.




function pendingWarning(channelId, pluginId) {
    return {
        path: `channels.${channelId}`,
        message: `Plugin "${pluginId}" channel settings cannot be checked until its data/settings upgrade finishes. Your existing settings have been kept. Run "openclaw update status" for repair details.`,
    };
}
/** A channel id another plugin entry still mentions is stale config, not an error. */
function hasStalePluginEvidence(config, channelId) {
    const plugins = (0,engine_record/* isRecord */.u4)(config.plugins) ? config.plugins : {};
    const id = channelId.toLowerCase();
    const allow = Array.isArray(plugins.allow) ? plugins.allow : [];
    const mentioned = (value) => typeof value === 'string' && value.trim().toLowerCase() === id;
    return (allow.some(mentioned) ||
        Object.keys((0,engine_record/* isRecord */.u4)(plugins.entries) ? plugins.entries : {}).some(mentioned) ||
        Object.keys((0,engine_record/* isRecord */.u4)(plugins.installs) ? plugins.installs : {}).some(mentioned));
}
function problem(channelId, path, message, allowed) {
    return {
        path: path === '' || path === '<root>' ? `channels.${channelId}` : `channels.${channelId}.${path}`,
        message: withAllowedHint(`invalid config: ${message}`, allowed),
    };
}
function applyChannelSettings(config, pending) {
    const channels = (0,engine_record/* isRecord */.u4)(config.channels) ? config.channels : undefined;
    if (channels === undefined)
        return { config, problems: [], warnings: [] };
    const problems = [];
    const warnings = [];
    const next = { ...channels };
    for (const [key, value] of Object.entries(channels)) {
        const id = key.trim();
        if (id === '' || CHANNEL_METADATA_KEYS.has(id))
            continue;
        if (!isKnownChannelKey(id)) {
            const issue = { path: `channels.${id}`, message: `unknown channel id: ${id}` };
            if (hasStalePluginEvidence(config, id)) {
                warnings.push({
                    ...issue,
                    message: `${issue.message} (stale channel plugin config ignored; run openclaw doctor --fix to remove stale config, or install the plugin)`,
                });
            }
            else
                problems.push(issue);
            continue;
        }
        const schema = channelSchema(id);
        if (schema === undefined)
            continue;
        const defaulted = withSchemaDefaults(value, schema);
        const errors = checkValue(defaulted, schema);
        problems.push(...errors.map((e) => problem(id, e.path, e.message, e.allowed)));
        const pluginId = installableChannelPlugin(id);
        if (pluginId !== undefined && pending.has(pluginId))
            warnings.push(pendingWarning(id, pluginId));
        else if (errors.length === 0)
            next[id] = defaulted;
    }
    return { config: { ...config, channels: next }, problems, warnings };
}
/**
 * The reader's check of every known channel's settings as written (no defaults), which it runs
 * only for a config it already refuses over SecretRef objects; in channel-metadata order.
 */
function rawChannelProblems(config) {
    const channels = (0,engine_record/* isRecord */.u4)(config.channels) ? config.channels : {};
    return knownChannelIds()
        .filter((id) => Object.hasOwn(channels, id))
        .flatMap((id) => checkValue(channels[id], channelSchema(id) ?? {}).map((e) => problem(id, e.path, e.firstExtraKey === undefined ? e.message : `${e.message}: "${e.firstExtraKey}"`, e.allowed)));
}

;// CONCATENATED MODULE: ./lib/engine/current/loaded-config/config-warnings.js
// The reader's non-fatal findings about a config it accepts, and the one stderr line the CLI
// prints for them: `[config] warnings: <path>: <message>; <path>: <message>…`.

/** One warning as the CLI prints it: `<path>: <message>`. */
function warningText(warning) {
    return `${warning.path || '<root>'}: ${warning.message}`;
}
/** The CLI's stderr line for the loader's warnings (its `config` logger's `Config warnings: …`). */
function configWarningsLine(warnings) {
    return warnings.length === 0 ? undefined : `[config] warnings: ${warnings.join('; ')}`;
}
const PSEUDO_CHANNEL_KEYS = new Set(['defaults', 'modelByChannel', 'tools']);
const DM_POLICIES = new Set(['pairing', 'allowlist', 'open', 'disabled']);
/** `dmPolicy`, else the legacy `dm.policy` (for channels with top-level DM fields). */
function dmPolicyOf(scope) {
    const dm = (0,engine_record/* isRecord */.u4)(scope.dm) ? scope.dm : {};
    return scope.dmPolicy ?? dm.policy;
}
function allowFromOf(scope) {
    const dm = (0,engine_record/* isRecord */.u4)(scope.dm) ? scope.dm : {};
    return scope.allowFrom ?? dm.allowFrom;
}
function hasOwnDefined(record, key) {
    return Object.hasOwn(record, key) && record[key] !== undefined;
}
function dmViolation(policy, allowFrom) {
    const normalized = typeof policy === 'string' && DM_POLICIES.has(policy) ? policy : undefined;
    const entries = (Array.isArray(allowFrom) ? allowFrom : [])
        .map((entry) => String(entry).trim())
        .filter((entry) => entry !== '');
    if (normalized === 'open' && !entries.includes('*'))
        return 'open';
    if (normalized === 'allowlist' && entries.length === 0)
        return 'allowlist';
    return undefined;
}
function dmWarning(channel, account, inherited, violation) {
    const base = `channels.${channel}`;
    const scope = account === undefined ? base : `${base}.accounts.${account}`;
    const allowFromPath = `${scope}.allowFrom`;
    const subject = inherited ? `${allowFromPath} is unset and ${base}.allowFrom` : allowFromPath;
    const inheritedTarget = inherited ? ` or ${base}.allowFrom` : '';
    const overrideFix = account !== undefined && !inherited ? `, remove ${allowFromPath} to inherit ${base}.allowFrom,` : '';
    const message = violation === 'open'
        ? `${scope}.dmPolicy="open" but ${subject} does not include "*"; all DMs will be dropped. Add "*" to ${allowFromPath}${inheritedTarget}${overrideFix} or set ${scope}.dmPolicy to "pairing"/"allowlist".`
        : `${scope}.dmPolicy="allowlist" but ${subject} is empty; all DMs will be dropped. Add at least one sender ID to ${allowFromPath}${inheritedTarget}${overrideFix} or change ${scope}.dmPolicy.`;
    return { path: allowFromPath, message };
}
/** DM policies that drop every DM (`open` without `*`, `allowlist` without entries). */
function dmPolicyDependencyWarnings(config) {
    const channels = (0,engine_record/* isRecord */.u4)(config.channels) ? config.channels : {};
    const warnings = [];
    for (const [channel, value] of Object.entries(channels)) {
        if (PSEUDO_CHANNEL_KEYS.has(channel) || !(0,engine_record/* isRecord */.u4)(value) || value.enabled === false)
            continue;
        const own = dmViolation(dmPolicyOf(value), allowFromOf(value));
        if (own !== undefined)
            warnings.push(dmWarning(channel, undefined, false, own));
        const accounts = (0,engine_record/* isRecord */.u4)(value.accounts) ? value.accounts : {};
        for (const [accountId, account] of Object.entries(accounts)) {
            if (!(0,engine_record/* isRecord */.u4)(account) || account.enabled === false)
                continue;
            const dm = (0,engine_record/* isRecord */.u4)(account.dm) ? account.dm : {};
            const explicit = hasOwnDefined(account, 'allowFrom') || hasOwnDefined(dm, 'allowFrom');
            const violation = dmViolation(dmPolicyOf(account) ?? dmPolicyOf(value), allowFromOf(account) ?? allowFromOf(value));
            if (violation !== undefined)
                warnings.push(dmWarning(channel, accountId, !explicit, violation));
        }
    }
    return warnings;
}

;// CONCATENATED MODULE: ./lib/engine/current/loaded-config/context-budget.js
// The reader's context-budget migration: `contextTokens` / `contextWindow` on a model provider
// move into its explicit model rows (or are dropped), and agent-level `contextTokens` is dropped.

const REPLACEMENT = 'models.providers.<provider>.models[].contextTokens';
function migrateProviders(root, out) {
    const models = (0,engine_record/* isRecord */.u4)(root.models) ? root.models : {};
    const providers = (0,engine_record/* isRecord */.u4)(models.providers) ? models.providers : {};
    for (const [providerId, provider] of Object.entries(providers)) {
        if (!(0,engine_record/* isRecord */.u4)(provider))
            continue;
        for (const key of ['contextTokens', 'contextWindow']) {
            if (!Object.hasOwn(provider, key))
                continue;
            const source = `models.providers.${providerId}.${key}`;
            const rows = Array.isArray(provider.models) ? provider.models : [];
            if (rows.length > 0) {
                rows.forEach((row, index) => {
                    if (!(0,engine_record/* isRecord */.u4)(row) || row[key] !== undefined)
                        return;
                    row[key] = provider[key];
                    out.changes.push({
                        path: source,
                        message: `${source} → models.providers.${providerId}.models[${index}].${key}.`,
                    });
                });
                delete provider[key];
                out.changes.push({
                    path: source,
                    message: `Removed ${source} after baking it into explicit model entries.`,
                });
                continue;
            }
            delete provider[key];
            out.changes.push({ path: source, message: `Removed ${source}.` });
            out.warnings.push({
                path: source,
                message: `${source} had no explicit model entries to receive its value; use ${REPLACEMENT} instead.`,
            });
        }
    }
}
function removeAgentContextTokens(root, out) {
    const agents = (0,engine_record/* isRecord */.u4)(root.agents) ? root.agents : undefined;
    if (agents === undefined)
        return;
    const remove = (record, path) => {
        if (!(0,engine_record/* isRecord */.u4)(record) || !Object.hasOwn(record, 'contextTokens'))
            return;
        delete record.contextTokens;
        out.changes.push({ path, message: `Removed ${path}.` });
        out.warnings.push({
            path,
            message: `${path} cannot be represented per model; use ${REPLACEMENT} instead.`,
        });
    };
    remove(agents.defaults, 'agents.defaults.contextTokens');
    for (const [id, entry] of Object.entries((0,engine_record/* isRecord */.u4)(agents.entries) ? agents.entries : {})) {
        remove(entry, `agents.entries.${id}.contextTokens`);
    }
    if (Array.isArray(agents.list)) {
        agents.list.forEach((entry, index) => remove(entry, `agents.list[${index}].contextTokens`));
    }
}
/** Whether the migration would change anything (it works on a copy, made only then). */
function hasContextBudgetKeys(root) {
    const models = (0,engine_record/* isRecord */.u4)(root.models) ? root.models : {};
    const providers = (0,engine_record/* isRecord */.u4)(models.providers) ? models.providers : {};
    const hasOwn = (record, key) => (0,engine_record/* isRecord */.u4)(record) && Object.hasOwn(record, key);
    for (const provider of Object.values(providers)) {
        if (hasOwn(provider, 'contextTokens') || hasOwn(provider, 'contextWindow'))
            return true;
    }
    const agents = (0,engine_record/* isRecord */.u4)(root.agents) ? root.agents : undefined;
    if (agents === undefined)
        return false;
    const has = (record) => hasOwn(record, 'contextTokens');
    if (has(agents.defaults))
        return true;
    if (Object.values((0,engine_record/* isRecord */.u4)(agents.entries) ? agents.entries : {}).some(has))
        return true;
    return Array.isArray(agents.list) && agents.list.some(has);
}
function migrateContextBudget(config) {
    if (!hasContextBudgetKeys(config))
        return { config, changes: [], warnings: [] };
    const out = { config: structuredClone(config), changes: [], warnings: [] };
    migrateProviders(out.config, out);
    removeAgentContextTokens(out.config, out);
    return out.changes.length > 0 ? out : { config, changes: [], warnings: [] };
}

;// CONCATENATED MODULE: ./lib/engine/current/loaded-config/env-templates.js
// `${VAR}` templates in config strings, as the release's reader resolves them before validation:
// a set variable is substituted, a missing or empty one is kept as written and reported
// ("Missing env var …"), and `$${VAR}` is the escape for a literal `${VAR}`. The environment is
// the caller's (policy-gate passes none: the recorded CLI runs had no such variables) plus the
// config's own `env.vars` / `env.<NAME>` strings, which the reader applies first.

const ENV_NAME = /^[A-Z_][A-Z0-9_]*$/;
const PORTABLE_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;
function tokenAt(value, index) {
    const escaped = value[index + 1] === '$' && value[index + 2] === '{';
    const start = escaped ? index + 3 : value[index + 1] === '{' ? index + 2 : -1;
    if (start < 0)
        return undefined;
    const end = value.indexOf('}', start);
    if (end < 0)
        return undefined;
    const name = value.slice(start, end);
    if (!ENV_NAME.test(name))
        return undefined;
    return { kind: escaped ? 'escaped' : 'substitution', name, end };
}
function substituteString(value, env, path, warnings) {
    if (!value.includes('$'))
        return value;
    let out = '';
    for (let i = 0; i < value.length; i += 1) {
        const token = value[i] === '$' ? tokenAt(value, i) : undefined;
        if (token === undefined) {
            out += value[i];
            continue;
        }
        const resolved = token.kind === 'substitution' ? env[token.name] : undefined;
        if (token.kind === 'substitution' && (resolved === undefined || resolved === '')) {
            warnings.push({
                path,
                message: `Missing env var "${token.name}" - feature using this value will be unavailable`,
            });
        }
        out += resolved !== undefined && resolved !== '' ? resolved : `\${${token.name}}`;
        i = token.end;
    }
    return out;
}
/** The reader's path text: `a.b`, `a[0]`, and `a["odd key"]` for keys that are not identifiers. */
function childPath(path, key) {
    if (typeof key === 'number')
        return `${path}[${key}]`;
    if (!/^[A-Za-z_$][A-Za-z0-9_$:-]*$/.test(key))
        return `${path}[${JSON.stringify(key)}]`;
    return path === '' ? key : `${path}.${key}`;
}
function pathText(at) {
    return at === undefined ? '' : childPath(pathText(at.parent), at.key);
}
/** The value with its templates resolved; the same object where nothing in it changed. */
function substitute(value, env, at, warnings) {
    if (typeof value === 'string') {
        return value.includes('$') ? substituteString(value, env, pathText(at), warnings) : value;
    }
    if (Array.isArray(value)) {
        let changed = false;
        const out = value.map((item, index) => {
            const next = substitute(item, env, { parent: at, key: index }, warnings);
            if (next !== item)
                changed = true;
            return next;
        });
        return changed ? out : value;
    }
    if ((0,engine_record/* isRecord */.u4)(value)) {
        let changed = false;
        const entries = Object.entries(value).map(([key, child]) => {
            const next = substitute(child, env, { parent: at, key }, warnings);
            if (next !== child)
                changed = true;
            return [key, next];
        });
        return changed ? Object.fromEntries(entries) : value;
    }
    return value;
}
/** The config's own environment (`env.vars` and plain `env.<NAME>` strings) over `baseEnv`. */
function environmentWithConfigVars(config, baseEnv) {
    const env = { ...baseEnv };
    const envSection = (0,engine_record/* isRecord */.u4)(config.env) ? config.env : {};
    const vars = (0,engine_record/* isRecord */.u4)(envSection.vars) ? envSection.vars : {};
    const plain = Object.entries(envSection).filter(([key]) => key !== 'vars' && key !== 'shellEnv');
    for (const [key, value] of [...Object.entries(vars), ...plain]) {
        if (typeof value !== 'string' || value.trim() === '' || !PORTABLE_KEY.test(key))
            continue;
        if (env[key]?.trim() || value.includes('${'))
            continue;
        env[key] = value;
    }
    return env;
}
/** The config with its `${VAR}` templates resolved, and a warning per missing variable. */
function resolveEnvTemplates(config, baseEnv) {
    const warnings = [];
    const env = environmentWithConfigVars(config, baseEnv);
    const resolved = substitute(config, env, undefined, warnings);
    return { config: resolved, warnings };
}

;// CONCATENATED MODULE: ./lib/engine/current/loaded-config/gateway-checks.js
// The reader's gateway exposure rules that run after the schema parse: a Tailscale-exposed
// gateway must bind to loopback and must authenticate.

/** A canonical dotted-decimal IPv4 address in 127.0.0.0/8. */
function isLoopbackIpv4(value) {
    if (typeof value !== 'string')
        return false;
    const parts = value.trim().split('.');
    if (parts.length !== 4 || !parts.every((p) => /^(0|[1-9]\d{0,2})$/.test(p) && Number(p) <= 255))
        return false;
    return parts[0] === '127';
}
function gatewayExposureProblems(config) {
    const gateway = (0,engine_record/* isRecord */.u4)(config.gateway) ? config.gateway : {};
    const tailscale = (0,engine_record/* isRecord */.u4)(gateway.tailscale) ? gateway.tailscale : {};
    const mode = tailscale.mode ?? 'off';
    if (mode !== 'serve' && mode !== 'funnel')
        return [];
    const bind = gateway.bind ?? 'loopback';
    if (bind !== 'loopback' && !(bind === 'custom' && isLoopbackIpv4(gateway.customBindHost))) {
        return [
            {
                path: 'gateway.bind',
                message: `gateway.bind must resolve to loopback when gateway.tailscale.mode=${mode} (use gateway.bind="loopback" or gateway.bind="custom" with gateway.customBindHost="127.0.0.1")`,
            },
        ];
    }
    const auth = (0,engine_record/* isRecord */.u4)(gateway.auth) ? gateway.auth : {};
    if (auth.mode !== 'none')
        return [];
    return [
        {
            path: 'gateway.auth.mode',
            message: mode === 'funnel'
                ? 'gateway.tailscale.mode=funnel requires gateway.auth.mode=password; auth.mode=none cannot be used when exposing the gateway through Tailscale Funnel'
                : `gateway.auth.mode=none cannot be used with gateway.tailscale.mode=${mode}; configure token, password, or trusted-proxy auth before exposing the gateway through Tailscale`,
        },
    ];
}

;// CONCATENATED MODULE: ./lib/engine/current/loaded-config/agent-selection.js
// Which agent a policy command evaluates (SPEC-2026.9 §2.2 step 4): the release's
// `resolvePolicyCommandAgentId` over the loaded config.


/** The configured agents as the release lists them: `agents.entries`, else `agents.list`. */
function configuredAgentRecords(config) {
    const agents = (0,engine_record/* isRecord */.u4)(config.agents) ? config.agents : undefined;
    if (agents === undefined)
        return { rosterSet: false, agents: [] };
    if (Object.hasOwn(agents, 'entries') && agents.entries !== undefined) {
        const entries = (0,engine_record/* isRecord */.u4)(agents.entries) ? agents.entries : {};
        return {
            rosterSet: true,
            agents: Object.entries(entries)
                .filter(([, entry]) => (0,engine_record/* isRecord */.u4)(entry))
                .map(([id, entry]) => ({ id, default: entry.default })),
        };
    }
    if (Object.hasOwn(agents, 'list') && agents.list !== undefined) {
        const list = Array.isArray(agents.list) ? agents.list : [];
        return {
            rosterSet: true,
            agents: list
                .filter((entry) => (0,engine_record/* isRecord */.u4)(entry))
                .map((entry) => ({ id: entry.id, default: entry.default })),
        };
    }
    return { rosterSet: false, agents: [] };
}
/** `listAgentIds`: unique normalised ids; the implicit `main` when no roster is configured. */
function configuredAgentIds(config) {
    const { rosterSet, agents } = configuredAgentRecords(config);
    if (agents.length === 0 && !rosterSet)
        return [agent_id/* DEFAULT_AGENT_ID */.kv];
    const ids = agents.map((agent) => (0,agent_id/* normalizeAgentId */.qq)(typeof agent.id === 'string' ? agent.id : undefined));
    return [...new Set(ids)];
}
/** A single legacy `default:true` marker (outside an explicit roster) names the default agent. */
function legacyMarkedAgentId(config) {
    const agents = (0,engine_record/* isRecord */.u4)(config.agents) ? config.agents : {};
    if (agents.ownership === 'explicit')
        return undefined;
    const marked = configuredAgentRecords(config).agents.filter((agent) => agent.default === true);
    const only = marked.length === 1 ? marked[0] : undefined;
    return only === undefined ? undefined : (0,agent_id/* normalizeAgentId */.qq)(typeof only.id === 'string' ? only.id : undefined);
}
/** The sole configured agent, if there is exactly one (or the implicit `main`). */
function soleAgentId(config) {
    const { rosterSet, agents } = configuredAgentRecords(config);
    if (agents.length === 0)
        return rosterSet ? undefined : agent_id/* DEFAULT_AGENT_ID */.kv;
    const only = agents.length === 1 ? agents[0] : undefined;
    return only === undefined ? undefined : (0,agent_id/* normalizeAgentId */.qq)(typeof only.id === 'string' ? only.id : undefined);
}
/** The agent a policy command evaluates, or the release's error text (exit 2). */
function selectPolicyAgent(config, requested, surface) {
    const trimmed = requested?.trim();
    if (requested !== undefined && !trimmed)
        return { error: '--agent must not be blank' };
    if (trimmed) {
        const agentId = (0,agent_id/* normalizeAgentId */.qq)(trimmed);
        if (!configuredAgentIds(config).includes(agentId)) {
            return {
                error: `Unknown agent id "${trimmed}". Run openclaw agents list to see configured agents.`,
            };
        }
        return { agentId };
    }
    const chosen = legacyMarkedAgentId(config) ?? soleAgentId(config);
    if (chosen !== undefined)
        return { agentId: chosen };
    if (configuredAgentIds(config).length === 0) {
        return { error: 'No agents configured. Run `openclaw onboard` or `openclaw agents add` first.' };
    }
    return {
        error: `Multiple agents are configured, but ${surface} has no explicit owner. Pass --agent <id>.`,
    };
}

;// CONCATENATED MODULE: ./lib/engine/current/loaded-config/heartbeat-owner.js
// The reader's warning for a multi-agent config that leaves heartbeats without an owner.


/** The ambient owner: `systemAgent.agentId`, a legacy default owner, or the only agent. */
function hasAmbientOwner(config, legacyDefault) {
    const agents = (0,engine_record/* isRecord */.u4)(config.agents) ? config.agents : {};
    const defaults = (0,engine_record/* isRecord */.u4)(agents.defaults) ? agents.defaults : {};
    const systemAgent = (0,engine_record/* isRecord */.u4)(defaults.systemAgent) ? defaults.systemAgent : {};
    if (typeof systemAgent.agentId === 'string' && systemAgent.agentId.trim() !== '')
        return true;
    if (agents.ownership === 'explicit')
        return false;
    const entries = Object.values((0,engine_record/* isRecord */.u4)(agents.entries) ? agents.entries : {}).filter(engine_record/* isRecord */.u4);
    const marked = entries.filter((entry) => entry.default === true).length;
    return legacyDefault !== undefined || marked === 1 || entries.length === 1;
}
function heartbeatOwnerWarnings(config, legacyDefault) {
    const agents = (0,engine_record/* isRecord */.u4)(config.agents) ? config.agents : {};
    const defaults = (0,engine_record/* isRecord */.u4)(agents.defaults) ? agents.defaults : {};
    const entries = Object.values((0,engine_record/* isRecord */.u4)(agents.entries) ? agents.entries : {}).filter(engine_record/* isRecord */.u4);
    if (configuredAgentIds(config).length <= 1 || entries.some((entry) => Boolean(entry.heartbeat)))
        return [];
    if (defaults.heartbeat || hasAmbientOwner(config, legacyDefault))
        return [];
    return [
        {
            path: 'agents.defaults.heartbeat.agentId',
            message: 'Multi-agent config has no ambient heartbeat owner; heartbeats stay disabled until agents.defaults.heartbeat.agentId or agents.defaults.systemAgent.agentId is set.',
        },
    ];
}

;// CONCATENATED MODULE: ./lib/engine/current/loaded-config/model-provider-overlays.js
// Model providers the release bundles (`BUILT_IN_MODEL_PROVIDER_OVERLAY_IDS`): a
// `models.providers.<id>` entry for one of these is an overlay of the bundled provider and may
// omit `baseUrl` and `models` (the reader fills in `""` and `[]`); any other id is a custom
// provider that must declare both.

const BUILT_IN_MODEL_PROVIDER_OVERLAYS = new Set([
    'amazon-bedrock',
    'amazon-bedrock-mantle',
    'anthropic',
    'anthropic-vertex',
    'arcee',
    'azure-openai-responses',
    'byteplus',
    'byteplus-plan',
    'cerebras',
    'chutes',
    'claude-cli',
    'clawrouter',
    'cloudflare-ai-gateway',
    'codex',
    'comfy',
    'copilot-proxy',
    'dashscope',
    'deepinfra',
    'deepseek',
    'fal',
    'fireworks',
    'github-copilot',
    'gmi',
    'gmi-cloud',
    'gmicloud',
    'google',
    'google-antigravity',
    'google-gemini-cli',
    'google-vertex',
    'groq',
    'huggingface',
    'kilocode',
    'kimi',
    'kimi-coding',
    'litellm',
    'lmstudio',
    'meta',
    'microsoft-foundry',
    'minimax',
    'minimax-portal',
    'mistral',
    'modelstudio',
    'moonshot',
    'moonshot-ai',
    'moonshotai',
    'nvidia',
    'novita',
    'novita-ai',
    'novitaai',
    'ollama',
    'ollama-cloud',
    'openai',
    'opencode',
    'opencode-go',
    'openrouter',
    'qianfan',
    'qwen',
    'qwen-token-plan',
    'qwencloud',
    'sglang',
    'stepfun',
    'stepfun-plan',
    'synthetic',
    'tencent-tokenhub',
    'tencent-tokenplan',
    'together',
    'venice',
    'vercel-ai-gateway',
    'vllm',
    'volcengine',
    'volcengine-plan',
    'vydra',
    'x-ai',
    'xai',
    'xiaomi',
    'xiaomi-token-plan',
    'z.ai',
    'z-ai',
    'zai',
]);
/** Whether `models.providers.<id>` overlays a bundled provider (id trimmed and lowercased). */
function isBuiltInModelProviderOverlay(providerId) {
    return BUILT_IN_MODEL_PROVIDER_OVERLAYS.has(providerId.trim().toLowerCase());
}
/** Overlays of bundled providers without `baseUrl` or `models` get `""` / `[]` (appended). */
function withBundledProviderOverlays(config) {
    const models = (0,engine_record/* isRecord */.u4)(config.models) ? config.models : undefined;
    const providers = models !== undefined && (0,engine_record/* isRecord */.u4)(models.providers) ? models.providers : undefined;
    if (models === undefined || providers === undefined)
        return config;
    let next;
    for (const [id, provider] of Object.entries(providers)) {
        if (!isBuiltInModelProviderOverlay(id) || !(0,engine_record/* isRecord */.u4)(provider))
            continue;
        if (provider.baseUrl && Array.isArray(provider.models))
            continue;
        next ??= { ...providers };
        next[id] = { ...provider, baseUrl: provider.baseUrl ?? '', models: provider.models ?? [] };
    }
    return next === undefined ? config : { ...config, models: { ...models, providers: next } };
}

;// CONCATENATED MODULE: ./lib/engine/current/loaded-config/policy-plugin-entry.js
// The policy plugin's own entry: `plugins.entries.policy.config` is checked against the plugin
// manifest's schema (five optional keys, nothing else) and is `{}` when absent.


const POLICY_CONFIG_SCHEMA = {
    type: 'object',
    additionalProperties: false,
    properties: {
        enabled: { type: 'boolean' },
        workspaceRepairs: { type: 'boolean' },
        expectedHash: { type: 'string' },
        expectedAttestationHash: { type: 'string' },
        path: { type: 'string' },
    },
};
/**
 * The entry's config, validated when the plugin is enabled (`enabled: true`; it is off by
 * default) or has a config; `{}` filled in only for an enabled plugin. A disabled plugin with a
 * config gets the reader's warning.
 */
function applyPolicyPluginEntry(config) {
    const plugins = (0,engine_record/* isRecord */.u4)(config.plugins) ? config.plugins : undefined;
    const entries = plugins !== undefined && (0,engine_record/* isRecord */.u4)(plugins.entries) ? plugins.entries : undefined;
    const entry = entries?.policy;
    if (plugins === undefined || plugins.enabled === false || entries === undefined || !(0,engine_record/* isRecord */.u4)(entry)) {
        return { config, problems: [], warnings: [] };
    }
    const enabled = entry.enabled === true;
    const hasConfig = Boolean(entry.config);
    if (!enabled && !hasConfig)
        return { config, problems: [], warnings: [] };
    const value = entry.config ?? {};
    const problems = checkValue(value, POLICY_CONFIG_SCHEMA).map((error) => ({
        path: error.path === '' ? 'plugins.entries.policy.config' : `plugins.entries.policy.config.${error.path}`,
        message: `invalid config: ${error.message}`,
    }));
    const reason = entry.enabled === false ? 'disabled in config' : 'bundled (disabled by default)';
    const warnings = enabled
        ? []
        : [{ path: 'plugins.entries.policy', message: `plugin disabled (${reason}) but config is present` }];
    if (problems.length > 0 || !enabled)
        return { config, problems, warnings };
    const nextEntries = { ...entries, policy: { ...entry, config: value } };
    return { config: { ...config, plugins: { ...plugins, entries: nextEntries } }, problems: [], warnings };
}

;// CONCATENATED MODULE: ./lib/engine/current/loaded-config/plugin-warnings.js
// The reader's warnings about `plugins.entries` / `plugins.allow` / `plugins.deny` naming plugins
// it does not have: a plugin the (offline) CLI failed to install, an official external plugin
// that is not installed, a retired plugin, or an unknown one.


const RETIRED_PLUGINS = new Set(['google-antigravity-auth', 'google-gemini-cli-auth', 'skill-workshop']);
function removedMessage(pluginId) {
    if (pluginId === 'skill-workshop') {
        return 'plugin removed: skill-workshop (stale plugin config ignored; Skill Workshop is built into OpenClaw skills now. Use skills.workshop settings and openclaw skills workshop commands, then remove this plugins config entry)';
    }
    return `plugin removed: ${pluginId} (stale config entry ignored; remove it from plugins config)`;
}
/** `{ enabled: false }` and nothing else records a deliberate disable decision. */
function isDisableMarker(value) {
    return (0,engine_record/* isRecord */.u4)(value) && value.enabled === false && Object.keys(value).length === 1;
}
function stringList(value) {
    return (Array.isArray(value) ? value : []).filter((id) => typeof id === 'string' && id.trim() !== '');
}
function pluginReferenceWarnings(config, pendingPluginIds) {
    const plugins = (0,engine_record/* isRecord */.u4)(config.plugins) ? config.plugins : undefined;
    if (plugins === undefined || plugins.enabled === false)
        return [];
    const { bundled, official } = releasePlugins();
    const entries = (0,engine_record/* isRecord */.u4)(plugins.entries) ? plugins.entries : {};
    const warnings = [];
    const notedPending = new Set();
    const notedOfficial = new Set();
    const missing = (path, id, installHint) => {
        const normalized = id.trim().toLowerCase();
        if (pendingPluginIds.has(normalized)) {
            if (notedPending.has(normalized))
                return;
            notedPending.add(normalized);
            warnings.push({
                path,
                message: `Plugin "${id}" settings cannot be checked until its data/settings upgrade finishes. Your existing settings have been kept. Run "openclaw update status" for repair details.`,
            });
            return;
        }
        if (RETIRED_PLUGINS.has(normalized)) {
            warnings.push({ path, message: removedMessage(id) });
            return;
        }
        const spec = Object.hasOwn(official, id) ? official[id] : undefined;
        if (installHint && spec !== undefined) {
            if (notedOfficial.has(normalized))
                return;
            notedOfficial.add(normalized);
            warnings.push({
                path,
                message: `plugin not installed: ${id} — install the official external plugin with: openclaw plugins install ${spec}`,
            });
            return;
        }
        warnings.push({
            path,
            message: `plugin not found: ${id} (stale config entry ignored; remove it from plugins config)`,
        });
    };
    const disabledOnPurpose = (id) => isDisableMarker(entries[id]) && !RETIRED_PLUGINS.has(id.trim().toLowerCase());
    for (const id of Object.keys(entries)) {
        if (!bundled.has(id) && !disabledOnPurpose(id))
            missing(`plugins.entries.${id}`, id, true);
    }
    for (const id of stringList(plugins.allow)) {
        if (!bundled.has(id) && !disabledOnPurpose(id))
            missing('plugins.allow', id, true);
    }
    for (const id of stringList(plugins.deny))
        if (!bundled.has(id))
            missing('plugins.deny', id, false);
    return warnings;
}

;// CONCATENATED MODULE: ./lib/engine/current/loaded-config/anthropic-defaults.js
// The bundled Anthropic provider's config defaults, which the reader applies when the config
// signals Anthropic use (an `anthropic`/`claude-cli` auth profile or auth order entry):
// context pruning and a heartbeat cadence on `agents.defaults`, and with API-key auth short
// prompt-cache retention on the Anthropic entries of `agents.defaults.models` — which also adds
// the provider's default models to that map (new model refs for policy).
// Not reproduced: the Claude CLI (OAuth) runtime entries and environment-variable signals.

const API_KEY_DEFAULT_MODELS = ['anthropic/claude-sonnet-5', 'anthropic/claude-sonnet-4-6'];
const CLAUDE_CLI_PROFILE_ID = 'anthropic:claude-cli';
/** `CLAUDE_MODEL_ID_ALIASES` of the release's Anthropic model catalog. */
const CLAUDE_MODEL_ALIASES = {
    fable: 'claude-fable-5-1',
    'fable-5': 'claude-fable-5',
    'fable-5.1': 'claude-fable-5-1',
    'fable-5-1': 'claude-fable-5-1',
    haiku: 'claude-haiku-4-5',
    'opus-5.5': 'claude-opus-5-5',
    'opus-5-5': 'claude-opus-5-5',
    'opus-5': 'claude-opus-5',
    opus: 'claude-opus-5',
    'opus-4.8': 'claude-opus-4-8',
    'opus-4.7': 'claude-opus-4-7',
    'opus-4.6': 'claude-opus-4-6',
    'mythos-5': 'claude-mythos-5',
    'sonnet-5': 'claude-sonnet-5',
    sonnet: 'claude-sonnet-5',
    'sonnet-4.6': 'claude-sonnet-4-6',
};
const CURRENT_PREFIXES = [
    'claude-opus-4-8',
    'claude-opus-4.8',
    'claude-opus-4-7',
    'claude-opus-4.7',
    'claude-opus-4-6',
    'claude-opus-4.6',
    'claude-sonnet-4-6',
    'claude-sonnet-4.6',
    'claude-haiku-4-5',
    'claude-haiku-4.5',
];
function hasVersionPrefix(id, prefix) {
    if (id === prefix)
        return true;
    return id.startsWith(prefix) && ['-', '.', ':', '@'].includes(id[prefix.length] ?? '');
}
/** Retired Claude model ids and their current successor. */
function upgradedClaudeModel(id) {
    if (hasVersionPrefix(id, 'claude-opus-5') || CURRENT_PREFIXES.some((p) => id.startsWith(p)))
        return undefined;
    const opus4 = [
        'claude-opus-4-5',
        'claude-opus-4.5',
        'claude-opus-4-1',
        'claude-opus-4.1',
        'claude-opus-4-0',
        'claude-opus-4.0',
    ];
    const sonnet4 = [
        'claude-sonnet-4-5',
        'claude-sonnet-4.5',
        'claude-sonnet-4-1',
        'claude-sonnet-4.1',
        'claude-sonnet-4-0',
        'claude-sonnet-4.0',
    ];
    if (id === 'claude-opus-4' ||
        opus4.some((p) => hasVersionPrefix(id, p)) ||
        /^claude-opus-4-20\d{6}/.test(id))
        return 'claude-opus-5';
    if (id === 'claude-sonnet-4' ||
        sonnet4.some((p) => hasVersionPrefix(id, p)) ||
        /^claude-sonnet-4-20\d{6}/.test(id))
        return 'claude-sonnet-4-6';
    if (id.startsWith('claude-3') && id.includes('opus'))
        return 'claude-opus-5';
    if (id.startsWith('claude-3') && (id.includes('sonnet') || id.includes('haiku')))
        return 'claude-sonnet-4-6';
    if (['opus-4.5', 'opus-4.1', 'opus-4', 'opus-3'].includes(id))
        return 'claude-opus-5';
    const sonnets = [
        'sonnet-4.5',
        'sonnet-4.1',
        'sonnet-4.0',
        'sonnet-4',
        'sonnet-3.7',
        'sonnet-3.5',
        'sonnet-3',
        'haiku-3.5',
        'haiku-3',
    ];
    return sonnets.includes(id) ? 'claude-sonnet-4-6' : undefined;
}
/** A model id with an optional `@profile` suffix (a `@YYYYMMDD` date is part of the id). */
function splitAuthProfile(raw) {
    const trimmed = raw.trim();
    let at = trimmed.indexOf('@', trimmed.lastIndexOf('/') + 1);
    if (at <= 0)
        return { model: trimmed };
    if (/^\d{8}(?:@|$)/.test(trimmed.slice(at + 1))) {
        at = trimmed.indexOf('@', at + 9);
        if (at < 0)
            return { model: trimmed };
    }
    const model = trimmed.slice(0, at).trim();
    const profile = trimmed.slice(at + 1).trim();
    return model && profile ? { model, profile } : { model: trimmed };
}
function canonicalClaudeModel(modelId) {
    const { model, profile } = splitAuthProfile(modelId);
    const lowered = model.toLowerCase();
    if (lowered === '')
        return undefined;
    const withProfile = (id) => (profile ? `${id}@${profile}` : id);
    const upgraded = upgradedClaudeModel(lowered);
    if (upgraded)
        return withProfile(upgraded);
    if (lowered.startsWith('claude-'))
        return withProfile(model);
    return Object.hasOwn(CLAUDE_MODEL_ALIASES, lowered)
        ? withProfile(CLAUDE_MODEL_ALIASES[lowered])
        : undefined;
}
function parseAnthropicRef(raw) {
    const trimmed = raw.trim();
    if (trimmed === '')
        return undefined;
    const slash = trimmed.indexOf('/');
    if (slash <= 0)
        return { provider: 'anthropic', model: trimmed, explicitProvider: false };
    const provider = trimmed.slice(0, slash).trim().toLowerCase();
    const model = trimmed.slice(slash + 1).trim();
    if (provider === '' || model === '')
        return undefined;
    const normalized = provider === 'bedrock' || provider === 'aws-bedrock' ? 'amazon-bedrock' : provider;
    return { provider: normalized, model, explicitProvider: true };
}
/** `resolveKnownAnthropicModelRef`: the current Anthropic ref for a Claude model, else the ref. */
function knownAnthropicRef(raw) {
    const parsed = parseAnthropicRef(raw);
    if (parsed === undefined || (parsed.provider !== 'anthropic' && parsed.provider !== 'claude-cli'))
        return raw.trim();
    const canonical = canonicalClaudeModel(parsed.model);
    if (!parsed.explicitProvider && canonical === undefined)
        return raw.trim();
    return canonical !== undefined || parsed.provider === 'claude-cli'
        ? `anthropic/${canonical ?? parsed.model}`
        : raw.trim();
}
function isCacheRetentionTarget(ref) {
    if (ref === undefined)
        return false;
    return (ref.provider === 'anthropic' ||
        (ref.provider === 'amazon-bedrock' && ref.model.toLowerCase().includes('anthropic.claude')));
}
function anthropicAuthMode(config) {
    const models = (0,engine_record/* isRecord */.u4)(config.models) ? config.models : {};
    const providers = (0,engine_record/* isRecord */.u4)(models.providers) ? models.providers : {};
    const retiredCli = Object.entries(providers).some(([id, entry]) => parseAnthropicRef(`${id}/x`)?.provider === 'anthropic' &&
        (0,engine_record/* isRecord */.u4)(entry) &&
        entry.apiKey === CLAUDE_CLI_PROFILE_ID);
    if (retiredCli)
        return 'oauth';
    const auth = (0,engine_record/* isRecord */.u4)(config.auth) ? config.auth : {};
    const profiles = (0,engine_record/* isRecord */.u4)(auth.profiles) ? auth.profiles : {};
    const order = (0,engine_record/* isRecord */.u4)(auth.order) ? auth.order : {};
    const ordered = [order.anthropic, order['claude-cli']].flatMap((ids) => Array.isArray(ids) ? ids : []);
    for (const id of ordered) {
        const profile = typeof id === 'string' ? profiles[id] : undefined;
        if (!(0,engine_record/* isRecord */.u4)(profile) || (profile.provider !== 'anthropic' && profile.provider !== 'claude-cli'))
            continue;
        if (profile.provider === 'claude-cli')
            return 'oauth';
        if (profile.mode === 'api_key')
            return 'api_key';
        if (profile.mode === 'oauth' || profile.mode === 'token')
            return 'oauth';
    }
    const anthropic = Object.values(profiles).filter((p) => (0,engine_record/* isRecord */.u4)(p) && (p.provider === 'anthropic' || p.provider === 'claude-cli'));
    const apiKey = anthropic.some((p) => p.provider === 'anthropic' && p.mode === 'api_key');
    const oauth = anthropic.some((p) => p.provider === 'claude-cli' || p.mode === 'oauth' || p.mode === 'token');
    if (apiKey && !oauth)
        return 'api_key';
    if (oauth && !apiKey)
        return 'oauth';
    return undefined;
}
/** Whether the config signals Anthropic use (`hasAnthropicDefaultSignal`, without environment). */
function signalsAnthropic(config) {
    const auth = (0,engine_record/* isRecord */.u4)(config.auth) ? config.auth : {};
    const isAnthropic = (provider) => typeof provider === 'string' && ['anthropic', 'claude-cli'].includes(provider.trim().toLowerCase());
    const profiles = (0,engine_record/* isRecord */.u4)(auth.profiles) ? Object.values(auth.profiles) : [];
    if (profiles.some((profile) => (0,engine_record/* isRecord */.u4)(profile) && isAnthropic(profile.provider)))
        return true;
    const order = (0,engine_record/* isRecord */.u4)(auth.order) ? auth.order : {};
    return Object.entries(order).some(([provider, value]) => isAnthropic(provider) && value !== undefined);
}
function withShortCacheRetention(entry) {
    const current = (0,engine_record/* isRecord */.u4)(entry) ? entry : {};
    const params = (0,engine_record/* isRecord */.u4)(current.params) ? current.params : {};
    if (typeof params.cacheRetention === 'string')
        return undefined;
    return { ...current, params: { ...params, cacheRetention: 'short' } };
}
function apiKeyModelDefaults(defaults) {
    const models = { ...((0,engine_record/* isRecord */.u4)(defaults.models) ? defaults.models : {}) };
    let changed = false;
    for (const [key, entry] of Object.entries(models)) {
        if (!isCacheRetentionTarget(parseAnthropicRef(key)))
            continue;
        const next = withShortCacheRetention(entry);
        if (next !== undefined)
            [models[key], changed] = [next, true];
    }
    const model = defaults.model;
    const primaryRaw = typeof model === 'string'
        ? model
        : (0,engine_record/* isRecord */.u4)(model) && typeof model.primary === 'string'
            ? model.primary
            : undefined;
    const primary = primaryRaw?.trim() ? parseAnthropicRef(knownAnthropicRef(primaryRaw)) : undefined;
    if (primary !== undefined && isCacheRetentionTarget(primary)) {
        const key = `${primary.provider}/${primary.model}`;
        const next = withShortCacheRetention(models[key]);
        if (next !== undefined)
            [models[key], changed] = [next, true];
    }
    if (Object.keys(models).some((key) => isCacheRetentionTarget(parseAnthropicRef(key)))) {
        for (const ref of API_KEY_DEFAULT_MODELS) {
            if (ref in models)
                continue;
            models[ref] = { params: { cacheRetention: 'short' } };
            changed = true;
        }
    }
    return changed ? models : undefined;
}
/** The config with the Anthropic defaults applied, when it signals Anthropic use. */
function applyAnthropicDefaults(config) {
    const agents = (0,engine_record/* isRecord */.u4)(config.agents) ? config.agents : undefined;
    const defaults = agents !== undefined && (0,engine_record/* isRecord */.u4)(agents.defaults) ? agents.defaults : undefined;
    if (agents === undefined || defaults === undefined || !signalsAnthropic(config))
        return config;
    const mode = anthropicAuthMode(config);
    if (mode === undefined)
        return config;
    const next = { ...defaults };
    const pruning = (0,engine_record/* isRecord */.u4)(defaults.contextPruning) ? defaults.contextPruning : {};
    if (pruning.mode === undefined)
        next.contextPruning = { ...pruning, mode: 'cache-ttl', ttl: pruning.ttl ?? '1h' };
    const heartbeat = (0,engine_record/* isRecord */.u4)(defaults.heartbeat) ? defaults.heartbeat : {};
    if (heartbeat.every === undefined)
        next.heartbeat = { ...heartbeat, every: mode === 'oauth' ? '1h' : '30m' };
    const models = mode === 'api_key' ? apiKeyModelDefaults(defaults) : undefined;
    if (models !== undefined)
        next.models = models;
    return { ...config, agents: { ...agents, defaults: next } };
}

;// CONCATENATED MODULE: ./lib/engine/current/loaded-config/model-refs.js
// The reader's model-ref canonicalisation of `agents.defaults` (`applyModelDefaults`): the
// default `model` (string or primary/fallbacks) and the keys of the `models` map become
// `<provider lowercased>/<model>` (trimmed; a few retired Google/Together model ids renamed), and
// map entries of the well-known default models get their alias. Per-agent `model`/`models` and
// every other `*Model` key are left as written (measured: the release only touches the defaults).

const GOOGLE_PROVIDERS = new Set(['google', 'google-gemini-cli', 'google-vertex']);
/** `DEFAULT_MODEL_ALIASES`: alias -> the model ref it names. */
const DEFAULT_MODEL_ALIASES = [
    ['opus', 'anthropic/claude-opus-5'],
    ['sonnet', 'anthropic/claude-sonnet-5'],
    ['gpt', 'openai/gpt-5.4'],
    ['gpt-mini', 'openai/gpt-5.4-mini'],
    ['gpt-nano', 'openai/gpt-5.4-nano'],
    ['gemini', 'google/gemini-3.1-pro-preview'],
    ['gemini-flash', 'google/gemini-3-flash-preview'],
    ['gemini-flash-lite', 'google/gemini-3.1-flash-lite'],
];
function renamedGoogleModel(id) {
    if (id.startsWith('google/')) {
        const inner = renamedGoogleModel(id.slice('google/'.length));
        return inner === id.slice('google/'.length) ? id : `google/${inner}`;
    }
    const renames = {
        'gemini-3-pro': 'gemini-3.1-pro-preview',
        'gemini-3-pro-preview': 'gemini-3.1-pro-preview',
        'gemini-3-flash': 'gemini-3-flash-preview',
        'gemini-3.1-pro': 'gemini-3.1-pro-preview',
        'gemini-3.1-flash-lite-preview': 'gemini-3.1-flash-lite',
        'gemini-3.1-flash': 'gemini-3-flash-preview',
        'gemini-3.1-flash-preview': 'gemini-3-flash-preview',
        'gemma-4-26b': 'gemma-4-26b-a4b-it',
    };
    return Object.hasOwn(renames, id) ? renames[id] : id;
}
/** `normalizeAgentModelRefForConfig`. */
function canonicalModelRef(ref) {
    const trimmed = ref.trim();
    const slash = trimmed.indexOf('/');
    if (slash <= 0 || slash >= trimmed.length - 1)
        return trimmed;
    const provider = trimmed.slice(0, slash).trim().toLowerCase();
    const model = trimmed.slice(slash + 1).trim();
    if (provider === '' || model === '')
        return trimmed;
    if (GOOGLE_PROVIDERS.has(provider) || model.startsWith('google/'))
        return `${provider}/${renamedGoogleModel(model)}`;
    if (provider === 'together' && model === 'moonshotai/Kimi-K2.5')
        return `${provider}/moonshotai/Kimi-K2.6`;
    return `${provider}/${model}`;
}
function canonicalModelSelection(value) {
    if (typeof value === 'string')
        return canonicalModelRef(value);
    if (!(0,engine_record/* isRecord */.u4)(value))
        return value;
    let next = value;
    if (typeof value.primary === 'string') {
        const primary = canonicalModelRef(value.primary);
        if (primary !== value.primary)
            next = { ...next, primary };
    }
    if (Array.isArray(value.fallbacks)) {
        const original = value.fallbacks;
        const fallbacks = original.map((ref) => (typeof ref === 'string' ? canonicalModelRef(ref) : ref));
        if (fallbacks.some((ref, index) => ref !== original[index]))
            next = { ...next, fallbacks };
    }
    return next;
}
/** Map entries that collapse onto one canonical key are merged (their `params` too). */
function mergedModelEntry(existing, incoming) {
    if (!(0,engine_record/* isRecord */.u4)(existing) || !(0,engine_record/* isRecord */.u4)(incoming))
        return incoming;
    const params = (0,engine_record/* isRecord */.u4)(existing.params) || (0,engine_record/* isRecord */.u4)(incoming.params)
        ? {
            params: {
                ...((0,engine_record/* isRecord */.u4)(existing.params) ? existing.params : {}),
                ...((0,engine_record/* isRecord */.u4)(incoming.params) ? incoming.params : {}),
            },
        }
        : {};
    return { ...existing, ...incoming, ...params };
}
function canonicalModelMap(models) {
    const next = {};
    for (const [key, entry] of Object.entries(models)) {
        const canonical = canonicalModelRef(key);
        next[canonical] = mergedModelEntry(next[canonical], entry);
    }
    return next;
}
function aliasFree(models, target, alias) {
    return !Object.entries(models).some(([ref, entry]) => ref !== target &&
        (0,engine_record/* isRecord */.u4)(entry) &&
        typeof entry.alias === 'string' &&
        entry.alias.trim().toLowerCase() === alias);
}
/** `agents.defaults` with its model refs canonical and the default aliases filled in. */
function canonicalizeDefaultModels(config) {
    const agents = (0,engine_record/* isRecord */.u4)(config.agents) ? config.agents : undefined;
    const defaults = agents !== undefined && (0,engine_record/* isRecord */.u4)(agents.defaults) ? agents.defaults : undefined;
    if (agents === undefined || defaults === undefined)
        return config;
    let nextDefaults = defaults;
    const model = canonicalModelSelection(defaults.model);
    if (model !== defaults.model)
        nextDefaults = { ...nextDefaults, model };
    const models = canonicalModelMap((0,engine_record/* isRecord */.u4)(defaults.models) ? defaults.models : {});
    for (const [alias, target] of DEFAULT_MODEL_ALIASES) {
        const entry = models[target];
        if (!(0,engine_record/* isRecord */.u4)(entry) || entry.alias !== undefined || !aliasFree(models, target, alias))
            continue;
        models[target] = { ...entry, alias };
    }
    const modelsChanged = JSON.stringify(models) !== JSON.stringify((0,engine_record/* isRecord */.u4)(defaults.models) ? defaults.models : {});
    if (modelsChanged && Object.keys(models).length > 0)
        nextDefaults = { ...nextDefaults, models };
    if (nextDefaults === defaults)
        return config;
    return { ...config, agents: { ...agents, defaults: nextDefaults } };
}

;// CONCATENATED MODULE: ./lib/engine/current/loaded-config/runtime-defaults.js
// The reader's runtime defaults (`materializeRuntimeConfig`), in its order: message and session
// defaults, agent concurrency, the Anthropic provider defaults, compaction, model-ref
// canonicalisation, and `~` expansion of path-like settings. Keys the reader adds go where its
// object spreads put them (new keys last).
// Not reproduced (nothing policy reads): the model rows of `models.providers.*.models`, provider
// plugins' own normalisation, talk provider normalisation, exec safe-bin normalisation.




function withMessageDefaults(config) {
    const messages = (0,engine_record/* isRecord */.u4)(config.messages) ? config.messages : undefined;
    if (messages?.ackReactionScope !== undefined)
        return config;
    return { ...config, messages: { ...messages, ackReactionScope: 'group-mentions' } };
}
/** `session.mainKey` is ignored by the runtime and always read back as `main`. */
function withSessionDefaults(config) {
    const session = (0,engine_record/* isRecord */.u4)(config.session) ? config.session : undefined;
    if (session === undefined || session.mainKey === undefined)
        return config;
    return { ...config, session: { ...session, mainKey: 'main' } };
}
const finiteNumber = (value) => typeof value === 'number' && Number.isFinite(value);
function withAgentConcurrency(config, maxConcurrent) {
    const agents = (0,engine_record/* isRecord */.u4)(config.agents) ? config.agents : undefined;
    const defaults = agents !== undefined && (0,engine_record/* isRecord */.u4)(agents.defaults) ? agents.defaults : undefined;
    const subagents = defaults !== undefined && (0,engine_record/* isRecord */.u4)(defaults.subagents) ? defaults.subagents : undefined;
    const hasMax = finiteNumber(defaults?.maxConcurrent);
    const hasSubMax = finiteNumber(subagents?.maxConcurrent);
    const hasSubArchive = finiteNumber(subagents?.archiveAfterMinutes);
    if (hasMax && hasSubMax && hasSubArchive)
        return config;
    const nextDefaults = { ...defaults };
    if (!hasMax)
        nextDefaults.maxConcurrent = maxConcurrent;
    const nextSubagents = { ...subagents };
    if (!hasSubMax)
        nextSubagents.maxConcurrent = 8;
    if (!hasSubArchive)
        nextSubagents.archiveAfterMinutes = 60;
    return { ...config, agents: { ...agents, defaults: { ...nextDefaults, subagents: nextSubagents } } };
}
function withCompactionDefaults(config) {
    const agents = (0,engine_record/* isRecord */.u4)(config.agents) ? config.agents : undefined;
    const defaults = agents !== undefined && (0,engine_record/* isRecord */.u4)(agents.defaults) ? agents.defaults : undefined;
    if (defaults === undefined)
        return config;
    const compaction = (0,engine_record/* isRecord */.u4)(defaults.compaction) ? defaults.compaction : undefined;
    if (compaction?.mode)
        return config;
    return {
        ...config,
        agents: { ...agents, defaults: { ...defaults, compaction: { ...compaction, mode: 'safeguard' } } },
    };
}
const TILDE_PATH = /^~(?=$|[\\/])/;
const PATH_KEY = /(dir|path|paths|file|root|workspace)$/i;
const PATH_LIST_KEYS = new Set(['paths', 'pathPrepend']);
/** `~`-prefixed values of path-like keys, resolved against the reader's home directory. */
function expandHomePaths(value, homeDir, key) {
    if (typeof value === 'string') {
        // A value without `~` never expands: skip the trim and the key tests.
        if (key === undefined || !value.includes('~'))
            return value;
        const trimmed = value.trim();
        if (!TILDE_PATH.test(trimmed) || !(PATH_KEY.test(key) || PATH_LIST_KEYS.has(key)))
            return value;
        return external_node_path_.posix.resolve(`${homeDir}${trimmed.slice(1)}`);
    }
    // Containers are copied only where something below them expanded.
    if (Array.isArray(value)) {
        const listKey = key !== undefined && PATH_LIST_KEYS.has(key) ? key : undefined;
        let changed = false;
        const out = value.map((item) => {
            const next = expandHomePaths(item, homeDir, typeof item === 'string' ? listKey : undefined);
            if (next !== item)
                changed = true;
            return next;
        });
        return changed ? out : value;
    }
    if ((0,engine_record/* isRecord */.u4)(value)) {
        let changed = false;
        const entries = Object.entries(value).map(([k, v]) => {
            const next = expandHomePaths(v, homeDir, k);
            if (next !== v)
                changed = true;
            return [k, next];
        });
        return changed ? Object.fromEntries(entries) : value;
    }
    return value;
}
function applyRuntimeDefaults(config, options) {
    let next = withMessageDefaults(config);
    next = withSessionDefaults(next);
    next = withAgentConcurrency(next, options.agentMaxConcurrent);
    next = applyAnthropicDefaults(next);
    next = withCompactionDefaults(next);
    next = canonicalizeDefaultModels(next);
    return options.homeDir === undefined
        ? next
        : expandHomePaths(next, options.homeDir);
}

;// CONCATENATED MODULE: ./lib/engine/current/loaded-config/schema-checks.js
// The zod checks of single values in the release schema (schema-node.ts ValueCheck): lengths,
// patterns, URLs, integers and bounds, and a few refinements policy-relevant keys carry — with
// zod's messages (and the reader's bound hints).
/** One zod check on a value that parsed; the trimmed value for `trim`. */
function runCheck(value, check) {
    const fail = (message) => ({ value, issue: { path: [], message, continuable: true } });
    const unit = Array.isArray(value) ? 'items' : 'characters';
    const kind = Array.isArray(value) ? 'array' : 'string';
    const size = Array.isArray(value) ? value.length : typeof value === 'string' ? codePointLength(value) : 0;
    switch (check[0]) {
        case 'trim':
            return { value: typeof value === 'string' ? value.trim() : value };
        case 'min':
            return size < check[1] ? fail(`Too small: expected ${kind} to have >=${check[1]} ${unit}`) : { value };
        case 'max':
            return size > check[1] ? fail(`Too big: expected ${kind} to have <=${check[1]} ${unit}`) : { value };
        case 'regex':
            if (typeof value !== 'string' || checkPattern(check[1], check[2]).test(value))
                return { value };
            return fail(check[3] ?? `Invalid string: must match pattern /${check[1]}/${check[2]}`);
        case 'int':
            if (typeof value !== 'number' || Number.isSafeInteger(value))
                return { value };
            return {
                value,
                issue: {
                    path: [],
                    message: 'Invalid input: expected int, received number',
                    continuable: false,
                    incomplete: true,
                },
            };
        case 'url': {
            if (typeof value !== 'string')
                return { value };
            const trimmed = value.trim();
            return URL.canParse(trimmed) ? { value: trimmed.replace(/[\t\n\r]/g, '') } : fail('Invalid URL');
        }
        case 'httpUrl': {
            const protocol = typeof value === 'string' && URL.canParse(value) ? new URL(value).protocol : undefined;
            return protocol === 'http:' || protocol === 'https:'
                ? { value }
                : fail('Expected http:// or https:// URL');
        }
        case 'fileSecretId': {
            if (typeof value !== 'string' || value === 'value')
                return { value };
            const ok = value.startsWith('/') &&
                value
                    .slice(1)
                    .split('/')
                    .every((segment) => /^(?:[^~]|~0|~1)*$/.test(segment));
            return ok
                ? { value }
                : fail('File secret reference id must be an absolute JSON pointer (example: "/providers/openai/apiKey"), or "value" for singleValue mode.');
        }
        case 'execSecretId': {
            if (typeof value !== 'string')
                return { value };
            const ok = /^[A-Za-z0-9][A-Za-z0-9._:/#-]{0,255}$/.test(value) &&
                !value.split('/').some((s) => s === '.' || s === '..');
            return ok
                ? { value }
                : fail('Exec secret reference id must match /^[A-Za-z0-9][A-Za-z0-9._:/#-]{0,255}$/ and must not include "." or ".." path segments (example: "vault/openai/api-key" or "aws/secret#json_key").');
        }
        case 'modelRefOrEmpty': {
            if (typeof value !== 'string' || value === '')
                return { value };
            const slash = value.indexOf('/');
            const ok = slash > 0 &&
                slash < value.length - 1 &&
                value.slice(0, slash).trim() !== '' &&
                value.slice(slash + 1).trim() !== '';
            return ok ? { value } : fail('Expected provider/model, or an empty string to disable decision models.');
        }
        case 'gt': {
            const [, bound, inclusive] = check;
            if (typeof value !== 'number' || (inclusive ? value >= bound : value > bound))
                return { value };
            const hint = inclusive ? `(minimum: ${bound})` : `(must be greater than ${bound})`;
            return fail(`Too small: expected number to be ${inclusive ? '>=' : '>'}${bound} ${hint}`);
        }
        case 'lt': {
            const [, bound, inclusive] = check;
            if (typeof value !== 'number' || (inclusive ? value <= bound : value < bound))
                return { value };
            const hint = inclusive ? `(maximum: ${bound})` : `(must be less than ${bound})`;
            return fail(`Too big: expected number to be ${inclusive ? '<=' : '<'}${bound} ${hint}`);
        }
    }
}
// The schema's `regex` checks, compiled once each (none is global or sticky: no state to share).
const checkPatterns = new Map();
function checkPattern(source, flags) {
    if (flags.includes('g') || flags.includes('y'))
        return new RegExp(source, flags);
    const cacheKey = `${flags}/${source}`;
    let compiled = checkPatterns.get(cacheKey);
    if (compiled === undefined)
        checkPatterns.set(cacheKey, (compiled = new RegExp(source, flags)));
    return compiled;
}
/** `[...text].length` without the array: code points, a surrogate pair counting once. */
function codePointLength(text) {
    let count = text.length;
    for (let i = 0; i < text.length - 1; i++) {
        const unit = text.charCodeAt(i);
        if (unit >= 0xd800 && unit <= 0xdbff) {
            const next = text.charCodeAt(i + 1);
            if (next >= 0xdc00 && next <= 0xdfff) {
                count--;
                i++;
            }
        }
    }
    return count;
}

;// CONCATENATED MODULE: ./lib/engine/current/loaded-config/schema-parse.js
// The release's zod parse of the config, re-done over the compact schema (schema-node.ts): the
// issues it reports (in zod's order, with zod's messages and the reader's "allowed:" hints) and
// the value it returns — declared keys first, in declaration order, unknown keys of lenient
// objects dropped.


function step(walk, segment) {
    return {
        path: walk.depth === 0 ? segment : `${walk.path}.${segment}`,
        depth: walk.depth + 1,
        refine: walk.refine,
    };
}
// Key patterns of the schema, compiled once each (none is global or sticky: no state to share).
const keyPatterns = new Map();
function keyPattern(source, flags) {
    if (flags.includes('g') || flags.includes('y'))
        return new RegExp(source, flags);
    const cacheKey = `${flags}/${source}`;
    let compiled = keyPatterns.get(cacheKey);
    if (compiled === undefined)
        keyPatterns.set(cacheKey, (compiled = new RegExp(source, flags)));
    return compiled;
}
// The declared keys of each object node, as a set, built once per node.
const declaredKeySets = new WeakMap();
function declaredKeys(node) {
    let keys = declaredKeySets.get(node);
    if (keys === undefined)
        declaredKeySets.set(node, (keys = new Set(node.o.map((property) => property[0]))));
    return keys;
}
/** What zod calls the received type in `Invalid input: expected X, received Y`. */
function receivedType(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'array';
    return typeof value;
}
function invalidType(expected, value, path) {
    return {
        path,
        message: `Invalid input: expected ${expected}, received ${receivedType(value)}`,
        continuable: false,
        ...(expected === 'boolean' ? { allowed: [true, false] } : { incomplete: true }),
    };
}
function invalidValue(values, path) {
    const message = values.length === 1
        ? `Invalid input: expected ${JSON.stringify(values[0])}`
        : `Invalid option: expected one of ${values.map((v) => JSON.stringify(v)).join('|')}`;
    return { path, message, continuable: false, allowed: values, code: 'invalid_value' };
}
function keyAllowed(rule, key) {
    return 'e' in rule ? rule.e.includes(key) : keyPattern(rule.p, rule.f).test(key);
}
function prefixed(issues, segment) {
    if (issues.length === 0)
        return issues;
    return issues.map((issue) => ({ ...issue, path: [segment, ...issue.path] }));
}
function parseObject(value, node, walk) {
    if (!(0,engine_record/* isRecord */.u4)(value))
        return { value, issues: [invalidType('object', value, [])] };
    const out = {};
    const issues = [];
    const declared = declaredKeys(node);
    for (const property of node.o) {
        const [key, child, required] = property;
        if (!Object.hasOwn(value, key) || value[key] === undefined) {
            if (required === 1)
                issues.push(...prefixed(parseNode(undefined, child, step(walk, key)).issues, key));
            if (property.length === 4)
                out[key] = structuredClone(property[3]);
            continue;
        }
        const parsed = parseNode(value[key], child, step(walk, key));
        out[key] = parsed.value;
        issues.push(...prefixed(parsed.issues, key));
    }
    const unknown = Object.keys(value).filter((key) => !declared.has(key));
    if (node.x === undefined) {
        if (unknown.length > 0) {
            const quoted = unknown.map((key) => `"${key}"`).join(', ');
            const label = unknown.length === 1 ? 'Unrecognized key' : 'Unrecognized keys';
            issues.push({ path: [], message: `${label}: ${quoted}`, continuable: true, code: 'unrecognized_keys' });
        }
    }
    else if (node.x !== 0) {
        for (const key of unknown) {
            const parsed = parseNode(value[key], node.x, step(walk, '*'));
            out[key] = parsed.value;
            issues.push(...prefixed(parsed.issues, key));
        }
    }
    return { value: out, issues };
}
function parseRecord(value, node, walk) {
    if (!(0,engine_record/* isRecord */.u4)(value))
        return { value, issues: [invalidType('record', value, [])] };
    const out = {};
    const issues = [];
    for (const [key, child] of Object.entries(value)) {
        if (node.k !== undefined && !keyAllowed(node.k, key)) {
            issues.push({ path: [key], message: 'Invalid key in record', continuable: false });
            continue;
        }
        const parsed = parseNode(child, node.r, step(walk, '*'));
        out[key] = parsed.value;
        issues.push(...prefixed(parsed.issues, key));
    }
    return { value: out, issues };
}
function parseArray(value, element, walk) {
    if (!Array.isArray(value))
        return { value, issues: [invalidType('array', value, [])] };
    const issues = [];
    const out = value.map((item, index) => {
        const node = element(index);
        if (node === undefined)
            return item;
        const parsed = parseNode(item, node, step(walk, '#'));
        issues.push(...prefixed(parsed.issues, index));
        return parsed.value;
    });
    return { value: out, issues };
}
/**
 * The reader's hint for a failed union: each alternative failed on at least one listed value and
 * on no type mismatch without values (unrecognized keys and checks do not count).
 */
function unionAllowedValues(results) {
    const values = [];
    for (const result of results) {
        if (result.issues.some((issue) => issue.incomplete))
            return undefined;
        const listed = result.issues.flatMap((issue) => issue.allowed ?? []);
        if (listed.length === 0)
            return undefined;
        values.push(...listed);
    }
    return values;
}
function parseUnion(value, alternatives, walk) {
    const results = alternatives.map((alternative) => parseNode(value, alternative, walk));
    const success = results.find((result) => result.issues.length === 0);
    if (success !== undefined)
        return success;
    const open = results.filter((result) => result.issues.every((issue) => issue.continuable));
    if (open.length === 1 && open[0] !== undefined)
        return open[0];
    const allowed = unionAllowedValues(results);
    const failure = {
        path: [],
        message: 'Invalid input',
        continuable: false,
        branches: results.map((r) => r.issues),
    };
    return { value, issues: [{ ...failure, ...(allowed ? { allowed } : { incomplete: true }) }] };
}
function parseLeaf(value, node) {
    const ok = node === '*' ||
        (node === 's' && typeof value === 'string') ||
        (node === 'n' && typeof value === 'number' && Number.isFinite(value)) ||
        (node === 'b' && typeof value === 'boolean') ||
        (node === 'z' && value === null);
    if (ok)
        return { value, issues: [] };
    const expected = { s: 'string', n: 'number', b: 'boolean', z: 'null' }[node];
    return { value, issues: [invalidType(expected, value, [])] };
}
/**
 * Checks run on a value whose type parsed; length checks (zod's `when`) also run on a value that
 * failed, as long as it has a length (a string or an array).
 */
function parseChecked(value, node, walk) {
    const parsed = parseNode(value, node.of, walk);
    const aborted = parsed.issues.some((issue) => !issue.continuable);
    const hasLength = typeof parsed.value === 'string' || Array.isArray(parsed.value);
    let current = parsed.value;
    const issues = [...parsed.issues];
    for (const check of node.c) {
        if (aborted && !(hasLength && (check[0] === 'min' || check[0] === 'max')))
            continue;
        const result = runCheck(current, check);
        current = result.value;
        if (result.issue !== undefined)
            issues.push(result.issue);
    }
    return { value: current, issues };
}
function parseStructure(value, node, walk) {
    if (typeof node === 'string')
        return parseLeaf(value, node);
    if ('c' in node)
        return parseChecked(value, node, walk);
    if ('q' in node)
        return value === null ? { value, issues: [] } : parseNode(value, node.q, walk);
    if ('l' in node) {
        return node.l.includes(value) ? { value, issues: [] } : { value, issues: [invalidValue(node.l, [])] };
    }
    if ('e' in node) {
        return typeof value === 'string' && node.e.includes(value)
            ? { value, issues: [] }
            : { value, issues: [invalidValue(node.e, [])] };
    }
    if ('o' in node)
        return parseObject(value, node, walk);
    if ('r' in node)
        return parseRecord(value, node, walk);
    if ('a' in node)
        return parseArray(value, () => node.a, walk);
    if ('t' in node)
        return parseArray(value, (index) => node.t[index], walk);
    return parseUnion(value, node.u, walk);
}
/** Parses `value` against `node`: zod's issues and zod's output value. */
function parseNode(value, node, walk = { path: '', depth: 0, refine: undefined }) {
    const parsed = parseStructure(value, node, walk);
    const isContainer = typeof node === 'object' && ('o' in node || 'r' in node || 'a' in node);
    if (walk.refine === undefined || !isContainer || parsed.issues.some((issue) => !issue.continuable))
        return parsed;
    const refined = walk.refine(walk.path, parsed.value);
    return refined.length === 0 ? parsed : { value: parsed.value, issues: [...parsed.issues, ...refined] };
}
/** The root parse with the release's refinements. */
function parseWithRefinements(value, node, refine) {
    return parseNode(value, node, { path: '', depth: 0, refine });
}

;// CONCATENATED MODULE: ./lib/engine/current/loaded-config/sandbox-refinements.js
// The release schema's security rules for sandbox containers and exec policies: blocked network
// modes and security profiles, relative bind sources, and `exec.mode` next to the legacy
// `security`/`ask` pair.
const custom = (path, message) => ({
    path,
    message,
    continuable: true,
});
function lowered(value) {
    return typeof value === 'string' ? value.trim().toLowerCase() : '';
}
/** The host part of a bind spec `host:container[:options]` (a drive letter is not a separator). */
function bindSource(bind) {
    const separator = bind.indexOf(':', /^[A-Za-z]:[\\/]/.test(bind) ? 2 : 0);
    return separator === -1 ? bind : bind.slice(0, separator);
}
function isAbsoluteHostPath(raw) {
    let input = raw;
    if (input.startsWith('\\\\?\\'))
        input = input.slice(4).toUpperCase().startsWith('UNC\\') ? `\\\\${input.slice(8)}` : input.slice(4);
    else if (input.startsWith('//?/'))
        input = input.slice(4).toUpperCase().startsWith('UNC/') ? `//${input.slice(8)}` : input.slice(4);
    return input.startsWith('/') || /^[A-Za-z]:[\\/]/.test(input);
}
function bindIssues(binds) {
    if (!Array.isArray(binds))
        return [];
    return binds.flatMap((bind, index) => {
        const text = typeof bind === 'string' ? bind : '';
        if (text.trim() === '')
            return [custom(['binds', index], 'Sandbox security: bind mount entry must be a non-empty string.')];
        const source = bindSource(text);
        if (isAbsoluteHostPath(source))
            return [];
        return [
            custom(['binds', index], `Sandbox security: bind mount "${text}" uses a non-absolute source path "${source}". Only absolute POSIX or Windows drive-letter paths are supported for sandbox binds.`),
        ];
    });
}
function sandboxDockerIssues(docker) {
    const issues = bindIssues(docker.binds);
    const network = lowered(docker.network);
    if (network === 'host') {
        issues.push(custom(['network'], 'Sandbox security: network mode "host" is blocked. Use "bridge" or "none" instead.'));
    }
    else if (network.startsWith('container:') && docker.dangerouslyAllowContainerNamespaceJoin !== true) {
        issues.push(custom(['network'], 'Sandbox security: network mode "container:*" is blocked by default. Use a custom bridge network, or set dangerouslyAllowContainerNamespaceJoin=true only when you fully trust this runtime.'));
    }
    if (lowered(docker.seccompProfile) === 'unconfined') {
        issues.push(custom(['seccompProfile'], 'Sandbox security: seccomp profile "unconfined" is blocked. Use a custom seccomp profile file or omit this setting.'));
    }
    if (lowered(docker.apparmorProfile) === 'unconfined') {
        issues.push(custom(['apparmorProfile'], 'Sandbox security: AppArmor profile "unconfined" is blocked. Use a named AppArmor profile or omit this setting.'));
    }
    return issues;
}
function sandboxBrowserIssues(browser) {
    const issues = bindIssues(browser.binds);
    if (lowered(browser.network) === 'host') {
        issues.push(custom(['network'], 'Sandbox security: browser network mode "host" is blocked. Use "bridge" or a custom bridge network instead.'));
    }
    return issues;
}
/** `mode` from the `security`/`ask` pair, when one mode means exactly that pair. */
function exactModeFor(security, ask) {
    if (ask === 'always' || (security === 'full' && ask === 'on-miss'))
        return undefined;
    if (security === 'deny')
        return 'deny';
    if (security === 'allowlist' && ask === 'off')
        return 'allowlist';
    if (security === 'full' && ask !== 'always')
        return 'full';
    return 'ask';
}
function execModeConflictIssues(exec) {
    if (exec.mode === undefined || (exec.security === undefined && exec.ask === undefined))
        return [];
    const both = exec.security !== undefined && exec.ask !== undefined;
    const exact = both ? exactModeFor(exec.security, exec.ask) : undefined;
    const repair = exact
        ? `Replace security/ask with mode="${exact}" (the equivalent of security="${String(exec.security)}" + ask="${String(exec.ask)}").`
        : both
            ? 'This security/ask pair has no exact mode equivalent. To keep this policy, retain both legacy fields and remove mode.'
            : 'The legacy policy is incomplete. Choose the intended security and ask values before converting; no mode equivalent can be inferred.';
    return [
        custom(['mode'], `mode cannot be combined with security or ask in the same exec object. Update the deploy script, template, or patch at this scope. ${repair} Doctor migrates supported legacy policies to mode; run "openclaw doctor --fix" only when the saved file still needs migration.`),
    ];
}

;// CONCATENATED MODULE: ./lib/engine/current/loaded-config/schema-refinements.js
// The release schema's cross-field rules (its zod `superRefine`s) that touch what policy reads:
// the agent roster, route-binding owners, custom model providers, MCP servers, sandbox containers
// and tool policies. Each returns zod-style issues relative to the checked object.




const schema_refinements_custom = (path, message) => ({
    path,
    message,
    continuable: true,
});
const agentsRoster = (agents) => {
    const issues = [];
    const entries = Object.entries((0,engine_record/* isRecord */.u4)(agents.entries) ? agents.entries : {});
    if (entries.length === 0)
        issues.push(schema_refinements_custom(['entries'], 'agents.entries must contain at least one configured agent'));
    const firstKeyById = new Map();
    for (const [key] of entries) {
        const id = (0,agent_id/* normalizeAgentId */.qq)(key);
        const first = firstKeyById.get(id);
        if (first === undefined)
            firstKeyById.set(id, key);
        else {
            issues.push(schema_refinements_custom(['entries', key], `agents.entries keys "${first}" and "${key}" resolve to the same agent id "${id}"; rename one key so each agent has a unique id`));
        }
    }
    const marked = entries.filter(([, entry]) => (0,engine_record/* isRecord */.u4)(entry) && entry.default === true).length;
    if (marked > 1)
        issues.push(schema_refinements_custom(['entries'], `agents.entries must contain at most one default=true entry (found ${marked})`));
    if (agents.ownership === 'explicit' && marked > 0) {
        issues.push(schema_refinements_custom(['ownership'], 'agents.ownership=explicit cannot be combined with a legacy default=true marker'));
    }
    if (entries.length > 1 && marked === 0 && agents.ownership !== 'explicit') {
        issues.push(schema_refinements_custom(['ownership'], 'multi-agent rosters require agents.ownership="explicit" or one legacy default=true marker; add agents.ownership="explicit" or run openclaw doctor'));
    }
    return issues;
};
/** Owners named anywhere must be configured agents (`main` is always fine for bindings). */
const rootAgentReferences = (config) => {
    const agents = (0,engine_record/* isRecord */.u4)(config.agents) ? config.agents : {};
    const entryIds = Object.entries((0,engine_record/* isRecord */.u4)(agents.entries) ? agents.entries : {})
        .filter(([, entry]) => (0,engine_record/* isRecord */.u4)(entry))
        .map(([id]) => (0,agent_id/* normalizeAgentId */.qq)(id));
    const known = new Set(entryIds.length === 0 ? ['main'] : entryIds);
    const defaults = (0,engine_record/* isRecord */.u4)(agents.defaults) ? agents.defaults : {};
    const roleOwner = (value) => ((0,engine_record/* isRecord */.u4)(value) ? value.agentId : undefined);
    const targets = [
        [['agents', 'defaults', 'heartbeat', 'agentId'], roleOwner(defaults.heartbeat)],
        [['agents', 'defaults', 'systemAgent', 'agentId'], roleOwner(defaults.systemAgent)],
        [['talk', 'agentId'], roleOwner(config.talk)],
    ];
    const issues = [];
    for (const [path, agentId] of targets) {
        if (typeof agentId === 'string' && !known.has((0,agent_id/* normalizeAgentId */.qq)(agentId))) {
            issues.push(schema_refinements_custom(path, `Unknown agent id "${agentId}" (not in agents.entries).`));
        }
    }
    if (entryIds.length > 0 && Array.isArray(config.bindings)) {
        config.bindings.forEach((binding, index) => {
            const agentId = (0,engine_record/* isRecord */.u4)(binding) ? binding.agentId : undefined;
            if (typeof agentId === 'string' && agentId !== 'main' && !known.has((0,agent_id/* normalizeAgentId */.qq)(agentId))) {
                issues.push(schema_refinements_custom(['bindings', index, 'agentId'], `Unknown agent id "${agentId}" (not in agents.entries).`));
            }
        });
    }
    return issues;
};
const customModelProviders = (providers) => Object.entries(providers).flatMap(([id, provider]) => {
    if (isBuiltInModelProviderOverlay(id) || !(0,engine_record/* isRecord */.u4)(provider))
        return [];
    const issues = [];
    if (!provider.baseUrl) {
        issues.push(schema_refinements_custom([id, 'baseUrl'], 'custom model providers must declare baseUrl; provider overlays without baseUrl are only supported for bundled providers'));
    }
    if (!Array.isArray(provider.models)) {
        issues.push(schema_refinements_custom([id, 'models'], 'custom model providers must declare models; provider overlays without models are only supported for bundled providers'));
    }
    return issues;
});
/** ACP bindings must target one conversation. */
const acpBinding = (binding) => {
    if (binding.type !== 'acp')
        return [];
    const match = (0,engine_record/* isRecord */.u4)(binding.match) ? binding.match : {};
    const peer = (0,engine_record/* isRecord */.u4)(match.peer) ? match.peer : {};
    const id = typeof peer.id === 'string' ? peer.id.trim() : '';
    return id === ''
        ? [schema_refinements_custom(['match', 'peer'], 'ACP bindings require match.peer.id to target a concrete conversation.')]
        : [];
};
const LEGACY_MCP_KEYS = [
    'connectTimeout',
    'connect_timeout',
    'timeout',
    'workingDirectory',
    'supports_parallel_tool_calls',
    'ssl_verify',
    'client_cert',
    'client_key',
];
const mcpServer = (server) => {
    const issues = LEGACY_MCP_KEYS.filter((key) => Object.hasOwn(server, key)).map((key) => schema_refinements_custom([], `Unrecognized key: "${key}"`));
    if ((0,engine_record/* isRecord */.u4)(server.codex) && Object.hasOwn(server.codex, 'default_tools_approval_mode')) {
        issues.push(schema_refinements_custom(['codex', 'default_tools_approval_mode'], 'Unrecognized key: "default_tools_approval_mode"'));
    }
    if (Object.hasOwn(server, 'disabled')) {
        const replacement = typeof server.disabled === 'boolean'
            ? `"enabled: ${!server.disabled}" instead, then run "openclaw doctor --fix" to migrate existing config`
            : 'the canonical "enabled" boolean instead';
        issues.push(schema_refinements_custom(['disabled'], `unsupported key "disabled"; use ${replacement}`));
    }
    const oauth = (0,engine_record/* isRecord */.u4)(server.oauth) ? server.oauth : {};
    if (oauth.identity === 'per-requester') {
        if (server.auth !== 'oauth')
            issues.push(schema_refinements_custom(['oauth', 'identity'], 'oauth.identity "per-requester" requires auth: "oauth"'));
        if (oauth.authProfileId)
            issues.push(schema_refinements_custom(['oauth', 'authProfileId'], 'oauth.authProfileId cannot be used with oauth.identity "per-requester"'));
        if (!server.url)
            issues.push(schema_refinements_custom(['oauth', 'identity'], 'oauth.identity "per-requester" requires an HTTP server URL'));
        if (server.command !== undefined || server.transport === 'stdio') {
            issues.push(schema_refinements_custom(['oauth', 'identity'], 'oauth.identity "per-requester" cannot be combined with a command or "stdio" transport'));
        }
    }
    if (server.transport === 'stdio' && (typeof server.command !== 'string' || server.command.trim() === '')) {
        issues.push(schema_refinements_custom(['transport'], '"stdio" transport requires a non-empty command'));
    }
    return issues;
};
const mcpServers = (servers) => Object.hasOwn(servers, '__proto__')
    ? [schema_refinements_custom(['__proto__'], 'MCP server name "__proto__" is reserved; rename the server')]
    : [];
const allowAlsoAllow = (message) => (policy) => {
    const filled = (value) => Array.isArray(value) && value.length > 0;
    return filled(policy.allow) && filled(policy.alsoAllow) ? [schema_refinements_custom([], message)] : [];
};
const scopeHint = 'cannot set both allow and alsoAllow in the same scope (merge alsoAllow into allow, or remove allow and use profile + alsoAllow)';
const toolPolicyIn = (scope) => allowAlsoAllow(`${scope} ${scopeHint}`);
/** Schema path (see Refinements) -> the release's checks at that path. */
const CHECKS_BY_PATH = new Map([
    ['', [rootAgentReferences]],
    ['agents', [agentsRoster]],
    ['bindings.#', [acpBinding]],
    ['models.providers', [customModelProviders]],
    ['mcp.servers', [mcpServers]],
    ['mcp.servers.*', [mcpServer]],
    ['agents.defaults.sandbox.docker', [sandboxDockerIssues]],
    ['agents.entries.*.sandbox.docker', [sandboxDockerIssues]],
    ['agents.defaults.sandbox.browser', [sandboxBrowserIssues]],
    ['agents.entries.*.sandbox.browser', [sandboxBrowserIssues]],
    ['tools', [toolPolicyIn('tools')]],
    ['agents.entries.*.tools', [toolPolicyIn('agent tools')]],
    ['tools.byProvider.*', [toolPolicyIn('tools.byProvider policy')]],
    ['agents.entries.*.tools.byProvider.*', [toolPolicyIn('tools.byProvider policy')]],
    ['tools.toolsBySender.*', [toolPolicyIn('tools policy')]],
    ['agents.entries.*.tools.toolsBySender.*', [toolPolicyIn('tools policy')]],
    ['tools.subagents.tools', [toolPolicyIn('tools policy')]],
    ['tools.sandbox.tools', [toolPolicyIn('tools policy')]],
    ['agents.entries.*.tools.sandbox.tools', [toolPolicyIn('tools policy')]],
    ['tools.exec', [execModeConflictIssues]],
    ['agents.entries.*.tools.exec', [execModeConflictIssues]],
]);
/** The release's refinements, for parseWithRefinements. */
const releaseRefinements = (schemaPath, value) => {
    const checks = CHECKS_BY_PATH.get(schemaPath);
    if (checks === undefined || !(0,engine_record/* isRecord */.u4)(value))
        return [];
    return checks.flatMap((check) => check(value));
};

;// CONCATENATED MODULE: ./lib/engine/current/loaded-config/unsupported-secret-refs.js
// Credentials the runtime rewrites itself must stay plain strings: a SecretRef object at one of
// these paths makes the reader refuse the config with its own message (which replaces the schema's
// complaint about the same key).

const SURFACES = [
    'hooks.token',
    'hooks.gmail.pushToken',
    'hooks.mappings[].sessionKey',
    'channels.discord.accounts.*.threadBindings.webhookToken',
    'channels.discord.threadBindings.webhookToken',
    'channels.whatsapp.accounts.*.creds.json',
    'channels.whatsapp.creds.json',
];
const SOURCES = new Set(['env', 'file', 'exec', 'store']);
/** `coerceSecretRef` on an object: a full `{source, provider, id}` or a legacy `{source, id}`. */
function isSecretRefObject(value) {
    if (!(0,engine_record/* isRecord */.u4)(value) || !SOURCES.has(value.source))
        return false;
    const id = typeof value.id === 'string' && value.id.trim() !== '';
    if (Object.keys(value).length === 3)
        return id && typeof value.provider === 'string' && value.provider.trim() !== '';
    return id && value.provider === undefined;
}
function candidates(current, tokens, path) {
    const [token, ...rest] = tokens;
    if (token === undefined)
        return [{ path: path.join('.'), value: current }];
    if (token === '*') {
        if (Array.isArray(current))
            return current.flatMap((item, i) => candidates(item, rest, [...path, String(i)]));
        if (!(0,engine_record/* isRecord */.u4)(current))
            return [];
        return Object.entries(current).flatMap(([key, value]) => candidates(value, rest, [...path, key]));
    }
    if (!(0,engine_record/* isRecord */.u4)(current))
        return [];
    const key = token.endsWith('[]') ? token.slice(0, -2) : token;
    if (!Object.hasOwn(current, key))
        return [];
    if (!token.endsWith('[]'))
        return candidates(current[key], rest, [...path, key]);
    const list = current[key];
    if (!Array.isArray(list))
        return [];
    return list.flatMap((item, i) => candidates(item, rest, [...path, key, String(i)]));
}
function unsupportedSecretRefProblems(config) {
    return SURFACES.flatMap((surface) => candidates(config, surface.split('.'), []))
        .filter((candidate) => isSecretRefObject(candidate.value))
        .map(({ path }) => ({
        path,
        message: `SecretRef objects are not supported at ${path}. This credential is runtime-mutable or runtime-managed and must stay a plain string value. Use a plain string (env template strings like "\${MY_VAR}" are allowed). See https://docs.openclaw.ai/reference/secretref-credential-surface.`,
    }));
}
/** The schema's problems without its complaint about a key the SecretRef problems already name. */
function withoutSecretRefDuplicates(schemaProblems, secretRefs) {
    return schemaProblems.flatMap((problem) => {
        let current = problem;
        for (const ref of secretRefs) {
            if (current === undefined)
                return [];
            if (current.path === ref.path) {
                current = /expected string, received object/i.test(current.message) ? undefined : current;
                continue;
            }
            if (!current.path || !ref.path.startsWith(`${current.path}.`))
                continue;
            if (!/Unrecognized key|must not have additional properties/i.test(current.message))
                continue;
            const child = ref.path.slice(current.path.length + 1).split('.')[0] ?? '';
            const keys = [...current.message.matchAll(/"([^"]+)"/g)].map((m) => m[1] ?? '');
            if (!keys.includes(child))
                continue;
            const remaining = keys.filter((key) => key !== child);
            if (remaining.length === 0)
                current = undefined;
            else {
                const quoted = remaining.map((key) => `"${key}"`).join(', ');
                const message = /must not have additional properties/i.test(current.message)
                    ? `must not have additional properties: ${quoted}`
                    : `${remaining.length === 1 ? 'Unrecognized key' : 'Unrecognized keys'}: ${quoted}`;
                current = { ...current, message };
            }
        }
        return current === undefined ? [] : [current];
    });
}

;// CONCATENATED MODULE: ./lib/engine/current/loaded-config/index.js
// The config as OpenClaw 2026.9.6's config reader hands it to the policy plugin (SPEC-2026.9
// §3.2), and the release's agent selection (§2.2 step 4, §3.1). Pure. README.md lists what is
// reproduced and what is not.
//
// The reader's steps, in its order: `${VAR}` templates → context-budget migration → roster
// migration (implicit `main`, `agents.list` → `agents.entries`, legacy default owner) → schema
// parse (refusal, key order, refinements) → bundled provider overlays and gateway rules → runtime
// defaults → plugin checks (channels, the policy plugin's entry) → warnings.




















/** With a legacy default owner the reader parses a multi-agent roster as an explicit one. */
function parseRoster(config, legacyDefault) {
    const agents = (0,engine_record/* isRecord */.u4)(config.agents) ? config.agents : undefined;
    const entries = agents !== undefined && (0,engine_record/* isRecord */.u4)(agents.entries) ? agents.entries : {};
    const synthetic = legacyDefault !== undefined &&
        agents !== undefined &&
        Object.keys(entries).length > 1 &&
        agents.ownership === undefined;
    const input = synthetic ? { ...config, agents: { ...agents, ownership: 'explicit' } } : config;
    const parsed = parseWithRefinements(input, releaseConfigSchema(), releaseRefinements);
    if (!synthetic || parsed.issues.length > 0 || !(0,engine_record/* isRecord */.u4)(parsed.value) || !(0,engine_record/* isRecord */.u4)(parsed.value.agents))
        return parsed;
    const parsedAgents = Object.fromEntries(Object.entries(parsed.value.agents).filter(([key]) => key !== 'ownership'));
    return { ...parsed, value: { ...parsed.value, agents: parsedAgents } };
}
/** `$include` directives pull in other files, which a pure loader of one file cannot see. */
function includeDirectives(value, path = []) {
    if (Array.isArray(value))
        return value.flatMap((item, i) => includeDirectives(item, [...path, String(i)]));
    if (!(0,engine_record/* isRecord */.u4)(value))
        return [];
    return Object.entries(value).flatMap(([key, child]) => key === '$include'
        ? [
            {
                path: path.join('.'),
                message: 'policy-gate cannot follow $include directives (the release merges the included file)',
            },
        ]
        : includeDirectives(child, [...path, key]));
}
/** JSON5-parsed config file → what the policy plugin sees (implicit agent, migrations, defaults). */
function loadOpenClawConfig(raw, options = {}) {
    const includes = includeDirectives(raw);
    if (includes.length > 0)
        return { ok: false, problems: includes };
    const templates = resolveEnvTemplates(raw, options.env ?? {});
    const budget = migrateContextBudget(templates.config);
    const roster = migrateAgentRoster(budget.config, { homeDir: options.homeDir ?? '~' });
    const secretRefs = unsupportedSecretRefProblems(roster.config);
    const parsed = parseRoster(roster.config, roster.legacyDefaultAgentId);
    const schemaProblems = withoutSecretRefDuplicates(parsed.issues.map(problemFromSchemaIssue), secretRefs);
    if (parsed.issues.length > 0)
        return { ok: false, problems: [...secretRefs, ...schemaProblems] };
    if (secretRefs.length > 0) {
        return {
            ok: false,
            problems: [...secretRefs, ...withoutSecretRefDuplicates(rawChannelProblems(roster.config), secretRefs)],
        };
    }
    const validated = withBundledProviderOverlays(parsed.value);
    const gatewayProblems = gatewayExposureProblems(validated);
    if (gatewayProblems.length > 0)
        return { ok: false, problems: gatewayProblems };
    const materialized = applyRuntimeDefaults(validated, {
        homeDir: options.homeDir,
        agentMaxConcurrent: options.agentMaxConcurrent ?? 8,
    });
    const pending = options.pluginInstallsFailed === false ? new Set() : pendingInstallPluginIds(materialized);
    const channels = applyChannelSettings(materialized, pending);
    const policyEntry = applyPolicyPluginEntry(channels.config);
    const problems = [...channels.problems, ...policyEntry.problems];
    if (problems.length > 0)
        return { ok: false, problems };
    const warnings = [
        ...heartbeatOwnerWarnings(policyEntry.config, roster.legacyDefaultAgentId),
        ...dmPolicyDependencyWarnings(validated),
        ...channels.warnings,
        ...pluginReferenceWarnings(policyEntry.config, pending),
        ...policyEntry.warnings,
        ...templates.warnings,
        ...budget.changes,
        ...budget.warnings,
        ...roster.diagnostics.map((message) => ({ path: 'agents.entries', message })),
    ];
    return { ok: true, config: policyEntry.config, warnings: warnings.map(warningText) };
}

// EXTERNAL MODULE: ./lib/engine/current/configured-agents.js
var configured_agents = __webpack_require__(8577);
;// CONCATENATED MODULE: ./lib/workspace/agent-workspace.js
// The workspace directory of the agent a 2026.9.6 policy command evaluates (`resolveAgentWorkspaceDir`,
// SPEC-2026.9 §3.1), mapped onto policy-gate's model, where `--cwd` is the workspace OpenClaw would
// find at `~/.openclaw/workspace`: an agent's configured `workspace` first; the agent that owns the
// legacy data evaluates `--cwd`; any other `<agents.defaults.workspace>/<id>`, else
// `<state dir>/workspace-<id>`, as OpenClaw resolves them.
//
// The legacy data owner is the only agent (or the implicit `main`), or, for `policy compare` only,
// the agent a migrated roster marked `default: true`: OpenClaw's reader remembers that marker for
// the config object it returns, and `check`/`watch` evaluate a copy of it, which forgets it.




/** The absolute workspace directory of `agentId` (already normalised). */
function agentWorkspaceDir(agentId, context) {
    const userPath = (value) => external_node_path_.resolve(context.workspaceRoot, value.replace(/^~(?=$|[\\/])/, () => context.home));
    const entry = (0,configured_agents/* configuredAgents */.p)(context.config).find((agent) => (0,agent_id/* normalizeAgentId */.qq)(agent.agentId) === agentId);
    const configured = (0,engine_record/* isRecord */.u4)(entry?.value) ? nonBlank(entry.value.workspace) : undefined;
    if (configured !== undefined)
        return userPath(configured);
    if (agentId === legacyDataOwner(context))
        return external_node_path_.resolve(context.workspaceRoot);
    const agents = (0,engine_record/* isRecord */.u4)(context.config.agents) ? context.config.agents : {};
    const defaults = (0,engine_record/* isRecord */.u4)(agents.defaults) ? nonBlank(agents.defaults.workspace) : undefined;
    if (defaults !== undefined)
        return external_node_path_.join(userPath(defaults), agentId);
    return external_node_path_.join(context.stateDir, `workspace-${agentId}`);
}
/**
 * The agent owning `~/.openclaw/workspace`: the retained `default: true` marker of the written
 * roster (when it counts), else one still in the loaded config, else the sole agent (`main` if none).
 */
function legacyDataOwner(context) {
    const retained = context.retainedLegacyDefault ? markedDefaults(context.rawConfig) : [];
    if (retained.length === 1)
        return retained[0];
    const marked = markedDefaults(context.config);
    if (marked.length === 1)
        return marked[0];
    const ids = new Set((0,configured_agents/* configuredAgents */.p)(context.config).map((agent) => (0,agent_id/* normalizeAgentId */.qq)(agent.agentId)));
    if (ids.size === 0)
        return 'main';
    return ids.size === 1 ? [...ids][0] : undefined;
}
function markedDefaults(raw) {
    const agents = (0,engine_record/* isRecord */.u4)(raw.agents) ? raw.agents : {};
    if (agents.ownership === 'explicit')
        return [];
    const roster = Array.isArray(agents.list)
        ? agents.list.map((entry) => [(0,engine_record/* isRecord */.u4)(entry) ? stringOf(entry.id) : undefined, entry])
        : (0,engine_record/* isRecord */.u4)(agents.entries)
            ? Object.entries(agents.entries)
            : [];
    return roster
        .filter(([, entry]) => (0,engine_record/* isRecord */.u4)(entry) && entry.default === true)
        .map(([id]) => (0,agent_id/* normalizeAgentId */.qq)(id));
}
function stringOf(value) {
    return typeof value === 'string' ? value : undefined;
}
function nonBlank(value) {
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

// EXTERNAL MODULE: ./lib/workspace/input-error.js
var input_error = __webpack_require__(1242);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./lib/engine/current/evaluate-policy.js + 39 modules
var evaluate_policy = __webpack_require__(4136);
// EXTERNAL MODULE: ./lib/workspace/safe-read.js + 2 modules
var safe_read = __webpack_require__(5969);
;// CONCATENATED MODULE: ./lib/workspace/openclaw-state.js
// Where OpenClaw 2026.9.6 keeps host state, and reading its exec approvals (SPEC-2026.9 §3.1): the
// state directory, the legacy-file refusal, and the `exec_approvals_config` row of the state
// database, opened read-only (OpenClaw would create the database; a checker must never write it).





const DATABASE = external_node_path_.join('state', 'openclaw.sqlite');
const TABLE_LOCATOR = 'state/openclaw.sqlite#exec_approvals_config';
const LEGACY_FILE = 'exec-approvals.json';
const DOCTOR_CLAIM_SUFFIX = '.doctor-importing';
/** OpenClaw's effective home: `OPENCLAW_HOME`, else `HOME`, else `USERPROFILE`, else the OS's. */
function openClawHome(env, osHome) {
    const osLevel = openclaw_state_nonBlank(env.HOME) ?? openclaw_state_nonBlank(env.USERPROFILE) ?? osHome;
    const explicit = openclaw_state_nonBlank(env.OPENCLAW_HOME);
    if (explicit === undefined)
        return external_node_path_.resolve(osLevel);
    return external_node_path_.resolve(explicit.replace(/^~(?=$|[\\/])/, () => osLevel));
}
/** `--state-dir` (relative to `cwd`), else `OPENCLAW_STATE_DIR`, else `~/.openclaw`. */
function stateDirectory(options) {
    const override = openclaw_state_nonBlank(options.flag) ?? openclaw_state_nonBlank(options.env.OPENCLAW_STATE_DIR);
    if (override === undefined)
        return { path: external_node_path_.join(options.home, '.openclaw'), overridden: false };
    const expanded = override.trim().replace(/^~(?=$|[\\/])/, () => options.home);
    return { path: external_node_path_.resolve(options.cwd, expanded), overridden: true };
}
/** The display locator of the row: `~/.openclaw/…` for the default directory, else absolute. */
function execApprovalsLocator(state) {
    return state.overridden ? external_node_path_.join(state.path, TABLE_LOCATOR) : evaluate_policy/* DEFAULT_EXEC_APPROVALS_LOCATOR */.yW;
}
/**
 * Reads the row `config_key = 'current'` of `<state>/state/openclaw.sqlite`. A database (or table)
 * that does not exist means no row, as for OpenClaw, which would create both empty. Refuses, as
 * OpenClaw does, while a legacy `exec-approvals.json` awaits `openclaw doctor --fix`.
 */
async function readExecApprovalsRow(state) {
    await refuseLegacyExecApprovals(state);
    const locator = execApprovalsLocator(state);
    const database = external_node_path_.join(state.path, DATABASE);
    const kind = await fileKind(database);
    if (kind === 'missing')
        return { locator, raw: null };
    if (kind !== 'file')
        throw unreadableDatabase(database, 'it is not a regular file');
    return { locator, raw: await queryRow(database) };
}
/**
 * `--exec-approvals <file>`: the raw JSON document instead of the database (for CI, where no
 * OpenClaw state exists). Its locator is the default install's, so hashes match a default install.
 */
async function readExecApprovalsDocument(cwd, file) {
    const absolute = external_node_path_.resolve(cwd, file);
    // Named by the user, so trusted wherever it is (still size-capped, regular files only).
    const read = await (0,safe_read/* readWorkspaceFile */.sL)(external_node_path_.parse(absolute).root, absolute);
    if (read.kind === 'missing')
        throw new input_error/* InputError */.d(`${file} does not exist (--exec-approvals).`);
    if (read.kind === 'unreadable')
        throw new input_error/* InputError */.d(`${read.reason} (--exec-approvals).`);
    return { locator: evaluate_policy/* DEFAULT_EXEC_APPROVALS_LOCATOR */.yW, raw: read.text };
}
async function refuseLegacyExecApprovals(state) {
    const legacy = external_node_path_.join(state.path, LEGACY_FILE);
    if (!(await mayExist(legacy)) && !(await mayExist(`${legacy}${DOCTOR_CLAIM_SUFFIX}`)))
        return;
    const fix = state.overridden
        ? `Run \`openclaw doctor --fix\` with OPENCLAW_STATE_DIR set to ${state.path}`
        : 'Run `openclaw doctor --fix`';
    throw new input_error/* InputError */.d(`Legacy exec approvals exist at ${legacy}. ${fix} before using exec approvals.`);
}
/** Like OpenClaw's probe: only "no such file" proves absence; any other answer may be a file. */
async function mayExist(file) {
    try {
        await (0,promises_.lstat)(file);
        return true;
    }
    catch (error) {
        const code = error.code;
        return code !== 'ENOENT' && code !== 'ENOTDIR';
    }
}
async function fileKind(file) {
    try {
        return (await (0,promises_.stat)(file)).isFile() ? 'file' : 'other';
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return 'missing';
        throw unreadableDatabase(file, error instanceof Error ? error.message : String(error));
    }
}
const ROW_QUERY = "SELECT raw_json FROM exec_approvals_config WHERE config_key = 'current'";
async function queryRow(database) {
    const sqlite = await loadSqlite();
    let db;
    try {
        // readOnly: never create, migrate or lock the file for writing; wait briefly for a writer.
        db = new sqlite.DatabaseSync(database, { readOnly: true, timeout: 2000 });
        const row = db.prepare(ROW_QUERY).get();
        return rawText(row?.raw_json);
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        // A database without the table is one OpenClaw has not initialised: no row yet.
        if (/no such table: exec_approvals_config/.test(message))
            return null;
        throw unreadableDatabase(database, message);
    }
    finally {
        db?.close();
    }
}
async function loadSqlite() {
    try {
        return await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 99, 19));
    }
    catch {
        throw new input_error/* InputError */.d("reading OpenClaw's state database needs Node.js ≥ 22.5; pass --exec-approvals <file>");
    }
}
/** `raw_json` as OpenClaw hands it to the policy plugin: text, or no row when NULL. */
function rawText(value) {
    if (value === undefined || value === null)
        return null;
    if (typeof value === 'string')
        return value;
    if (value instanceof Uint8Array)
        return Buffer.from(value).toString('utf8');
    return String(value);
}
function unreadableDatabase(database, reason) {
    return new input_error/* InputError */.d(`${database}: OpenClaw's state database cannot be read (${reason}); stop or repair OpenClaw's state, or pass --exec-approvals <file>.`);
}
function openclaw_state_nonBlank(value) {
    return value !== undefined && value.trim() !== '' ? value.trim() : undefined;
}

// EXTERNAL MODULE: ./lib/workspace/workspace-reader.js
var workspace_reader = __webpack_require__(1114);
;// CONCATENATED MODULE: ./lib/workspace/openclaw-host.js
// What a 2026.9.6 policy command reads besides the workspace: OpenClaw's config loader, the agent
// (SPEC-2026.9 §2.2 step 4), other agents' workspaces and the exec approvals of the state database.
// The CLI builds one from its flags and environment; tests build their own.






/** The host of a CLI run: flags, the environment and the disk. */
function diskHost(options) {
    const home = openClawHome(options.env, options.osHome);
    const stateDir = stateDirectory({ flag: options.stateDirFlag, cwd: options.cwd, env: options.env, home });
    const file = options.execApprovalsFile;
    return {
        surface: options.surface,
        agent: options.agent,
        workspaceRoot: external_node_path_.resolve(options.workspaceRoot),
        home,
        env: options.env,
        stateDir,
        readerFor: workspace_reader/* diskReader */.lJ,
        readExecApprovals: () => file === undefined ? readExecApprovalsRow(stateDir) : readExecApprovalsDocument(options.cwd, file),
        warn: options.warn,
    };
}
/** The config as OpenClaw's loader hands it to the plugin, or the issues that make it unusable. */
function loadedConfigFor(written, host) {
    const env = Object.fromEntries(Object.entries(host.env).filter((entry) => typeof entry[1] === 'string'));
    const loaded = loadOpenClawConfig(written, { homeDir: host.home, env });
    if (!loaded.ok)
        return { ok: false, issues: loaded.problems };
    if (loaded.warnings.length > 0)
        host.warn(`[config] warnings: ${loaded.warnings.join('; ')}`);
    return { ok: true, config: loaded.config };
}
/** The agent the command evaluates and a reader of its workspace, or the release's refusal. */
function selectAgentWorkspace(host, written, config, workspaceReader) {
    const selected = selectPolicyAgent(config, host.agent, host.surface);
    if ('error' in selected)
        throw new input_error/* InputError */.d(selected.error);
    const dir = agentWorkspaceDir(selected.agentId, {
        rawConfig: written,
        config,
        retainedLegacyDefault: host.surface === 'policy compare',
        workspaceRoot: host.workspaceRoot,
        home: host.home,
        stateDir: host.stateDir.path,
    });
    return {
        agentId: selected.agentId,
        reader: dir === host.workspaceRoot ? workspaceReader : host.readerFor(dir),
        dir,
    };
}


/***/ }),

/***/ 1114:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   iQ: () => (/* binding */ normalizeRelative),
/* harmony export */   jF: () => (/* binding */ memoryReader),
/* harmony export */   lJ: () => (/* binding */ diskReader)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _safe_read_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5969);


function diskReader(root) {
    const absoluteRoot = node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(root);
    return {
        describe: absoluteRoot,
        read: (filePath, options) => (0,_safe_read_js__WEBPACK_IMPORTED_MODULE_1__/* .readWorkspaceFile */ .sL)(absoluteRoot, filePath, options),
        displayPath(filePath) {
            const relative = node_path__WEBPACK_IMPORTED_MODULE_0__.relative(absoluteRoot, node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(absoluteRoot, filePath));
            return relative.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute(relative)
                ? filePath
                : relative.split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/');
        },
    };
}
/**
 * Files already fetched (e.g. through the API at a commit), keyed by workspace-relative path.
 * `fetchMissing` is asked for any path not fetched up front (a policy path the config names).
 */
function memoryReader(describe, files, fetchMissing) {
    const cache = new Map(files);
    return {
        describe,
        async read(filePath) {
            const key = normalizeRelative(filePath);
            if (key === undefined)
                return { kind: 'unreadable', path: filePath, reason: `${filePath} is outside the workspace.` };
            const known = cache.get(key);
            if (known !== undefined)
                return known;
            const fetched = fetchMissing ? await fetchMissing(key) : { kind: 'missing', path: key };
            cache.set(key, fetched);
            return fetched;
        },
        displayPath: (filePath) => normalizeRelative(filePath) ?? filePath,
    };
}
/** A clean workspace-relative POSIX path, or undefined for absolute paths and `..` escapes. */
function normalizeRelative(filePath) {
    if (filePath.includes('\0') || node_path__WEBPACK_IMPORTED_MODULE_0__.posix.isAbsolute(filePath) || /^[A-Za-z]:[\\/]/.test(filePath))
        return undefined;
    const normalized = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(filePath.replaceAll('\\', '/'));
    if (normalized === '..' || normalized.startsWith('../'))
        return undefined;
    return normalized === '.' ? undefined : normalized.replace(/^\.\//, '');
}


/***/ })

};
