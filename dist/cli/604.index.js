export const id = 604;
export const ids = [604];
export const modules = {

/***/ 9604:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_SIDECAR_PORT: () => (/* binding */ DEFAULT_SIDECAR_PORT),
  serveCommand: () => (/* binding */ serveCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./lib/runtime/bearer-auth.js

/** Checks `Authorization: Bearer <token>` in constant time (digests make the lengths equal). */
class BearerAuth {
    expected;
    constructor(token) {
        if (token === '')
            throw new Error('the bearer token is empty');
        this.expected = digest(token);
    }
    accepts(authorization) {
        const match = authorization === undefined ? null : /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(authorization);
        const given = digest(match?.[1] ?? '');
        // Compare even when the header is missing or malformed, so timing says nothing either way.
        return (0,external_node_crypto_.timingSafeEqual)(given, this.expected) && match !== null;
    }
}
function digest(text) {
    return (0,external_node_crypto_.hash)('sha256', text, 'buffer');
}
/** The token in a token file: its content without surrounding whitespace (a trailing newline). */
function tokenFromFileText(text) {
    return text.trim();
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
;// CONCATENATED MODULE: ./lib/runtime/loopback-host.js

/** 127.0.0.0/8, ::1, or an IPv4-mapped loopback address. Names (even `localhost`) are not. */
function isLoopbackHost(host) {
    const bare = host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
    if ((0,external_node_net_.isIP)(bare) === 4)
        return bare.startsWith('127.');
    if ((0,external_node_net_.isIP)(bare) === 6) {
        const lower = bare.toLowerCase();
        if (lower === '::1' || lower === '0:0:0:0:0:0:0:1')
            return true;
        const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
        return mapped !== null && mapped[1].startsWith('127.');
    }
    return false;
}
/** The host as written in a URL (IPv6 in brackets). */
function urlHost(host) {
    return (0,external_node_net_.isIP)(host) === 6 ? `[${host}]` : host;
}
/**
 * Whether a `Host` header names this machine's loopback interface: `localhost`, an address in
 * 127.0.0.0/8, or `[::1]` (IPv4-mapped loopback too), each with an optional port. A DNS-rebinding
 * page reaches a loopback server under its own name (`Host: attacker.example:8088`), which this
 * refuses; names that merely resolve to loopback are refused too, as they could be anyone's.
 */
function isLoopbackAuthority(hostHeader) {
    if (hostHeader === undefined)
        return false;
    const match = /^(\[[0-9a-fA-F:.]+\]|[^:[\]]+)(?::(\d{1,5}))?$/.exec(hostHeader.trim());
    if (match === null)
        return false;
    const [, host, port] = match;
    if (port !== undefined && Number(port) > 65535)
        return false;
    if (host.toLowerCase() === 'localhost')
        return true;
    // IPv6 only in brackets, and only IPv6 there.
    const bracketed = host.startsWith('[');
    if ((0,external_node_net_.isIP)(bracketed ? host.slice(1, -1) : host) !== (bracketed ? 6 : 4))
        return false;
    return isLoopbackHost(host);
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
// EXTERNAL MODULE: ./lib/workspace/safe-read.js + 2 modules
var safe_read = __webpack_require__(5969);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./lib/workspace/input-error.js
var input_error = __webpack_require__(1242);
;// CONCATENATED MODULE: ./lib/runtime/audit-log.js





/**
 * An append-only JSON-lines file, opened once at start-up without following links. Each record is
 * written as one whole line in one write call on an O_APPEND descriptor, so lines never
 * interleave, even with another process appending; appends are queued so they land in the order
 * they were made. `close` waits for every queued line, syncs the file to disk and closes it.
 */
class AuditLog {
    file;
    handle;
    queue = Promise.resolve();
    closed;
    constructor(file, handle) {
        this.file = file;
        this.handle = handle;
    }
    /**
     * Opens (creating, mode 0600) the log at an absolute path. Refused with an InputError: a
     * symbolic link (O_NOFOLLOW) or a symbolically linked directory inside `workspaceRoot` on the way
     * to it, a file with other hard links, anything but a regular file. Whoever can plant such a
     * link (an agent writing its workspace) would otherwise choose which file the sidecar appends to.
     */
    static async open(file, workspaceRoot) {
        refuseLinkedDirectories(file, workspaceRoot);
        let handle;
        try {
            // O_NONBLOCK: a FIFO planted there fails the open (ENXIO) instead of blocking start-up.
            handle = await (0,promises_.open)(file, external_node_fs_.constants.O_WRONLY |
                external_node_fs_.constants.O_APPEND |
                external_node_fs_.constants.O_CREAT |
                external_node_fs_.constants.O_NOFOLLOW |
                external_node_fs_.constants.O_NONBLOCK, 0o600);
        }
        catch (error) {
            const code = error.code;
            if (code === 'ELOOP' || code === 'EMLINK')
                throw new input_error/* InputError */.d(`${file}: the audit log is a symbolic link; refusing to write through it (remove the link, or choose another file with --audit-log).`);
            throw new input_error/* InputError */.d(`${file}: the audit log cannot be opened (${code ?? String(error)}).`);
        }
        try {
            const stats = await handle.stat();
            if (!stats.isFile())
                throw new input_error/* InputError */.d(`${file}: the audit log is not a regular file; refusing to write to it.`);
            if (stats.nlink > 1)
                throw new input_error/* InputError */.d(`${file}: the audit log has ${stats.nlink} hard links; refusing to write through a link (remove the other names, or choose another file with --audit-log).`);
        }
        catch (error) {
            await handle.close();
            throw error;
        }
        return new AuditLog(file, handle);
    }
    /** Resolves once the line is written; rejects (for that record only) when it cannot be. */
    append(record) {
        if (this.closed !== undefined)
            return Promise.reject(new Error('the audit log is closed'));
        const line = Buffer.from(auditLine(record), 'utf8');
        const written = this.queue.then(() => writeWhole(this.handle, line));
        this.queue = written.catch(() => undefined);
        return written;
    }
    close() {
        this.closed ??= (async () => {
            await this.queue;
            await this.handle.sync().finally(() => this.handle.close());
        })();
        return this.closed;
    }
}
/**
 * One JSON line. JSON.stringify leaves U+2028, U+2029 and the C1 controls (U+0085 NEL among them)
 * unescaped inside strings; many log readers, editors and terminals take them for line breaks or
 * control sequences, so a caller's text could start what looks like a line of its own. They can
 * only occur inside strings, where `\uXXXX` is the same value.
 */
function auditLine(record) {
    return `${JSON.stringify(record).replace(/[\u0080-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}
/**
 * Where the audit log goes by default: outside the workspace (an agent that writes its workspace
 * must not be able to rewrite the record of what it did), in the user's state directory,
 * `$XDG_STATE_HOME/policy-gate/` (else `~/.local/state/policy-gate/`), one file per workspace:
 * `audit-<first 16 hex digits of the SHA-256 of its real path>.jsonl`.
 */
function defaultAuditLogFile(workspaceRoot, env, osHome) {
    const xdg = env.XDG_STATE_HOME?.trim();
    // The XDG spec: a relative value is invalid and ignored.
    const stateHome = xdg !== undefined && xdg !== '' && external_node_path_.isAbsolute(xdg)
        ? xdg
        : external_node_path_.join(nonBlank(env.HOME) ?? osHome, '.local', 'state');
    const id = (0,external_node_crypto_.createHash)('sha256').update(realPath(workspaceRoot)).digest('hex').slice(0, 16);
    return external_node_path_.join(stateHome, 'policy-gate', `audit-${id}.jsonl`);
}
/** Creates the default log's directory (0700) when missing; refuses a default inside the workspace. */
function prepareDefaultAuditDirectory(file, workspaceRoot) {
    if (isInside(file, workspaceRoot) || isInside(file, realPath(workspaceRoot))) {
        throw new input_error/* InputError */.d(`the default audit log ${file} would be inside the workspace ${workspaceRoot}; pass --audit-log <file> outside it.`);
    }
    try {
        (0,external_node_fs_.mkdirSync)(external_node_path_.dirname(file), { recursive: true, mode: 0o700 });
    }
    catch (error) {
        throw new input_error/* InputError */.d(`the audit log's directory ${external_node_path_.dirname(file)} cannot be created (${error.code ?? String(error)}); pass --audit-log <file>.`);
    }
}
/** Directories the workspace's writer could have replaced by links: those inside the workspace. */
function refuseLinkedDirectories(file, workspaceRoot) {
    const root = external_node_path_.resolve(workspaceRoot);
    if (!isInside(file, root))
        return;
    const parts = external_node_path_.relative(root, external_node_path_.dirname(file))
        .split(external_node_path_.sep)
        .filter((part) => part !== '');
    let directory = root;
    for (const part of parts) {
        directory = external_node_path_.join(directory, part);
        const stats = (0,external_node_fs_.lstatSync)(directory, { throwIfNoEntry: false });
        if (stats?.isSymbolicLink() === true)
            throw new input_error/* InputError */.d(`${file}: ${directory} is a symbolic link inside the workspace; refusing to write the audit log through it.`);
    }
}
function isInside(file, directory) {
    const relative = external_node_path_.relative(external_node_path_.resolve(directory), external_node_path_.resolve(file));
    return (relative !== '' &&
        relative !== '..' &&
        !relative.startsWith(`..${external_node_path_.sep}`) &&
        !external_node_path_.isAbsolute(relative));
}
function realPath(directory) {
    try {
        return external_node_fs_.realpathSync.native(directory);
    }
    catch {
        return external_node_path_.resolve(directory);
    }
}
function nonBlank(value) {
    return value === undefined || value.trim() === '' ? undefined : value;
}
async function writeWhole(handle, line) {
    let offset = 0;
    while (offset < line.length) {
        const { bytesWritten } = await handle.write(line, offset, line.length - offset);
        offset += bytesWritten;
    }
}

// EXTERNAL MODULE: ./lib/engine/record.js
var engine_record = __webpack_require__(33);
;// CONCATENATED MODULE: ./lib/runtime/execute-request.js
// The decision request of the governance sidecar protocol (notes §2.2), validated. Only
// `toolName` is required; every other field, when present and not null, must have its type.
// The sidecar decides from the workspace's TOOLS.md, never from the caller's descriptor: the
// caller's fields can only escalate (an approval hint, or a Critical risk level), never lower.

const MAX_TOOL_NAME_LENGTH = 512;
/** Who and where a call comes from (notes §2.2); the result audit keeps exactly these too. */
const IDENTITY_FIELDS = [
    'agentId',
    'conversationId',
    'sessionId',
    'channelId',
    'userId',
    'traceId',
    'callId',
];
const STRING_FIELDS = [...IDENTITY_FIELDS, 'toolCategory', 'riskLevel', 'argumentsJson'];
/**
 * The call a body names, when it names one unambiguously (a non-empty `toolName`, identity fields
 * that are strings or absent), even if the rest of it is malformed; else undefined.
 */
function callIdentityOf(body) {
    if (!(0,engine_record/* isRecord */.u4)(body))
        return undefined;
    const { toolName } = body;
    if (typeof toolName !== 'string' || toolName.trim() === '')
        return undefined;
    const identity = { toolName };
    for (const field of IDENTITY_FIELDS) {
        const value = body[field];
        if (!present(value))
            continue;
        if (typeof value !== 'string')
            return undefined;
        identity[field] = value;
    }
    return identity;
}
function parseExecuteRequest(body) {
    if (!(0,engine_record/* isRecord */.u4)(body))
        return { ok: false, reason: 'the request body must be a JSON object.' };
    const { toolName } = body;
    if (typeof toolName !== 'string' || toolName.trim() === '')
        return { ok: false, reason: 'toolName is required and must be a non-empty string.' };
    if (toolName.length > MAX_TOOL_NAME_LENGTH)
        return { ok: false, reason: `toolName is longer than ${MAX_TOOL_NAME_LENGTH} characters.` };
    for (const field of STRING_FIELDS) {
        if (present(body[field]) && typeof body[field] !== 'string')
            return { ok: false, reason: `${field} must be a string.` };
    }
    const { descriptor, actionDescriptor } = body;
    for (const [field, value] of [
        ['descriptor', descriptor],
        ['actionDescriptor', actionDescriptor],
    ]) {
        if (present(value) && !(0,engine_record/* isRecord */.u4)(value))
            return { ok: false, reason: `${field} must be an object.` };
    }
    if ((0,engine_record/* isRecord */.u4)(descriptor) && present(descriptor.name) && descriptor.name !== toolName) {
        return {
            ok: false,
            reason: `descriptor.name ${JSON.stringify(descriptor.name)} does not match toolName ${JSON.stringify(toolName)}.`,
        };
    }
    for (const [field, value] of [
        ['descriptor.requiresApproval', (0,engine_record/* isRecord */.u4)(descriptor) ? descriptor.requiresApproval : undefined],
        [
            'actionDescriptor.requiresApproval',
            (0,engine_record/* isRecord */.u4)(actionDescriptor) ? actionDescriptor.requiresApproval : undefined,
        ],
    ]) {
        if (present(value) && typeof value !== 'boolean')
            return { ok: false, reason: `${field} must be a boolean.` };
    }
    const riskLevels = [
        body.riskLevel,
        (0,engine_record/* isRecord */.u4)(descriptor) ? descriptor.riskLevel : undefined,
        (0,engine_record/* isRecord */.u4)(actionDescriptor) ? actionDescriptor.riskLevel : undefined,
    ];
    const callerRequiresApproval = ((0,engine_record/* isRecord */.u4)(descriptor) && descriptor.requiresApproval === true) ||
        ((0,engine_record/* isRecord */.u4)(actionDescriptor) && actionDescriptor.requiresApproval === true) ||
        riskLevels.some((level) => typeof level === 'string' && level.trim().toLowerCase() === 'critical');
    // Every identity field was type-checked above.
    const identity = callIdentityOf(body);
    return { ok: true, value: { toolName, callerRequiresApproval, identity } };
}
/** OpenClaw.NET omits null properties; a null is treated as absent. */
function present(value) {
    return value !== undefined && value !== null;
}

;// CONCATENATED MODULE: ./lib/runtime/call-decisions.js
// The decisions the sidecar gave, remembered per call until the call's result audit arrives, so
// that the audit line records what the sidecar itself decided, not what the caller claims it was
// told (notes §2.7: the result echoes a `decision` the caller fills in). Bounded: at most
// `maxEntries` calls, each for at most `ttlMs`; the oldest are forgotten first. A call is
// identified by every identity field of the request plus the tool name (the result carries the
// same block), hashed, so a caller's long strings cost the memory of a digest.


const DEFAULT_DECISION_MEMORY = { maxEntries: 10_000, ttlMs: 60 * 60 * 1000 };
class RecentDecisions {
    limits;
    now;
    /** By insertion number; Map order is insertion order, so the first entry is the oldest. */
    entries = new Map();
    /** Call key → its entries' numbers, oldest first (a call without `callId` may repeat). */
    byKey = new Map();
    next = 0;
    constructor(limits, now) {
        this.limits = limits;
        this.now = now;
    }
    get size() {
        return this.entries.size;
    }
    remember(identity, decision) {
        const at = this.now();
        this.forgetExpired(at);
        const key = keyOf(identity);
        const id = this.next++;
        this.entries.set(id, { key, at, decision });
        const ids = this.byKey.get(key);
        if (ids === undefined)
            this.byKey.set(key, [id]);
        else
            ids.push(id);
        while (this.entries.size > this.limits.maxEntries)
            this.forgetOldest();
    }
    /** The oldest decision remembered for the call, forgotten as it is taken (a result counts once). */
    take(identity) {
        this.forgetExpired(this.now());
        const key = keyOf(identity);
        const ids = this.byKey.get(key);
        const id = ids?.shift();
        if (id === undefined)
            return undefined;
        if (ids.length === 0)
            this.byKey.delete(key);
        const entry = this.entries.get(id);
        this.entries.delete(id);
        return entry?.decision;
    }
    forgetExpired(now) {
        for (const [, entry] of this.entries) {
            if (now - entry.at <= this.limits.ttlMs)
                return;
            this.forgetOldest();
        }
    }
    forgetOldest() {
        const first = this.entries.entries().next();
        if (first.done === true)
            return;
        const [id, entry] = first.value;
        this.entries.delete(id);
        const ids = this.byKey.get(entry.key);
        // The oldest entry overall is the oldest of its call.
        ids?.shift();
        if (ids?.length === 0)
            this.byKey.delete(entry.key);
    }
}
function rememberedFrom(decision, decidedAt) {
    const { action, allowed, code, reason, policyId, ruleId, attestation } = decision;
    return { action, allowed, code, reason, policyId, ruleId, attestation, decidedAt };
}
function keyOf(identity) {
    const parts = [identity.toolName, ...IDENTITY_FIELDS.map((field) => identity[field] ?? null)];
    return (0,external_node_crypto_.hash)('sha256', JSON.stringify(parts), 'base64');
}

;// CONCATENATED MODULE: ./lib/runtime/audit-record.js
// The post-execution result audit (notes §2.7) as one JSON line. Only the protocol's own fields
// are kept (identity, descriptor, result metadata), so a caller cannot grow the log with arbitrary
// data; the request body itself is capped by the server. `decision` is the sidecar's own decision
// for that call (remembered when it answered), never the caller's word: the caller's echo is kept
// beside it as `reportedDecision`, labelled as what it is.


const NO_DECISION_REASON = 'The sidecar has no decision for this call: it did not decide it (OpenClaw.NET ran it without an answer, e.g. failing open), the result was already recorded, or the decision was forgotten (too old or too many calls since).';
/** The line to append, or why the body is not a result audit. */
function auditRecordFrom(body, context) {
    if (!(0,engine_record/* isRecord */.u4)(body))
        return { ok: false, reason: 'the request body must be a JSON object.' };
    if (typeof body.toolName !== 'string' || body.toolName.trim() === '') {
        return { ok: false, reason: 'toolName is required and must be a non-empty string.' };
    }
    for (const field of IDENTITY_FIELDS) {
        const value = body[field];
        if (value !== undefined && value !== null && typeof value !== 'string')
            return { ok: false, reason: `${field} must be a string.` };
    }
    for (const field of ['descriptor', 'decision', 'result']) {
        const value = body[field];
        if (value !== undefined && value !== null && !(0,engine_record/* isRecord */.u4)(value))
            return { ok: false, reason: `${field} must be an object.` };
    }
    const identity = callIdentityOf(body);
    const remembered = context.decisionFor(identity);
    const decision = remembered === undefined
        ? { source: 'none', reason: NO_DECISION_REASON }
        : { source: 'sidecar', ...remembered };
    const record = {
        recordedAt: context.recordedAt,
        attestation: context.attestation,
    };
    for (const field of IDENTITY_FIELDS)
        if (identity[field] !== undefined)
            record[field] = identity[field];
    record.toolName = identity.toolName;
    if ((0,engine_record/* isRecord */.u4)(body.descriptor))
        record.descriptor = body.descriptor;
    record.decision = decision;
    if ((0,engine_record/* isRecord */.u4)(body.decision))
        record.reportedDecision = body.decision;
    if ((0,engine_record/* isRecord */.u4)(body.result))
        record.result = body.result;
    return { ok: true, value: record };
}

;// CONCATENATED MODULE: ./lib/runtime/loopback-client.js

/** `application/json`, optionally with `charset=utf-8` (what OpenClaw.NET's JSON content sends). */
const JSON_CONTENT_TYPE = /^application\/json[ \t]*(?:;[ \t]*charset[ \t]*=[ \t]*(?:utf-8|"utf-8")[ \t]*)?$/i;
/** Every route: the request must be addressed to the loopback interface by a loopback name. */
function loopbackHostRefusal(request) {
    const host = request.headers.host;
    if (isLoopbackAuthority(host))
        return undefined;
    return {
        status: 421,
        error: 'host_not_loopback',
        reason: `Without a token the sidecar answers only requests addressed to localhost, 127.0.0.0/8 or [::1], not ${host === undefined ? 'a request without a Host header' : JSON.stringify(host)} (DNS rebinding).`,
    };
}
/** The protocol's POST routes: no browser origin, and a JSON body. */
function browserPostRefusal(request) {
    const origin = request.headers.origin;
    if (origin !== undefined) {
        return {
            status: 403,
            error: 'browser_origin',
            reason: `Without a token the sidecar refuses requests from web pages (Origin ${JSON.stringify(origin)}).`,
        };
    }
    const contentType = request.headers['content-type'];
    if (contentType === undefined || !JSON_CONTENT_TYPE.test(contentType.trim())) {
        return {
            status: 415,
            error: 'unsupported_media_type',
            reason: `The request body must be sent as "Content-Type: application/json", not ${contentType === undefined ? 'without a content type' : JSON.stringify(contentType)}.`,
        };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./lib/runtime/read-request-body.js
/** Decoding without `stream` keeps no state between calls, so one decoder serves every request. */
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });
/**
 * Reads a request body, keeping at most `maxBytes` of it; a longer body is drained up to
 * `drainBytes` (declared or streamed) and reported as too large. Gives up after `timeoutMs`.
 * Never rejects.
 */
function readRequestBody(request, limits) {
    const drainBytes = Math.max(limits.drainBytes, limits.maxBytes);
    const declared = Number(request.headers['content-length']);
    if (Number.isFinite(declared) && declared > drainBytes)
        return Promise.resolve({ kind: 'too-large', drained: false });
    return new Promise((resolve) => {
        const chunks = [];
        let total = 0;
        let settled = false;
        const finish = (result) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            request.off('data', onData);
            resolve(result);
        };
        const onData = (chunk) => {
            total += chunk.length;
            if (total > drainBytes)
                finish({ kind: 'too-large', drained: false });
            // Over the limit: keep reading, keep nothing.
            else if (total > limits.maxBytes)
                chunks.length = 0;
            else
                chunks.push(chunk);
        };
        const timer = setTimeout(() => finish({ kind: 'timeout' }), limits.timeoutMs);
        request.on('data', onData);
        request.once('end', () => {
            if (total > limits.maxBytes)
                return finish({ kind: 'too-large', drained: true });
            try {
                const bytes = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
                finish({ kind: 'body', text: STRICT_UTF8.decode(bytes) });
            }
            catch {
                finish({ kind: 'invalid-utf8' });
            }
        });
        request.once('error', () => finish({ kind: 'aborted' }));
        request.once('close', () => finish({ kind: 'aborted' }));
    });
}

// EXTERNAL MODULE: ./lib/runtime/reason-codes.js
var reason_codes = __webpack_require__(9173);
;// CONCATENATED MODULE: ./lib/runtime/sidecar-handler.js






const EXPLICIT_ACTIONS = ['allow', 'deny', 'require_approval', 'audit_only'];
const ROUTES = {
    '/healthz': {
        method: 'GET',
        authenticated: false,
        handle: (_context, _request, response) => sendJson(response, 200, { status: 'ok' }),
    },
    '/readyz': { method: 'GET', authenticated: false, handle: readiness },
    '/api/v1/execute': { method: 'POST', authenticated: true, handle: execute },
    '/api/v1/result': { method: 'POST', authenticated: true, handle: result },
};
async function handleSidecarRequest(context, request, response) {
    if (context.closing())
        response.setHeader('Connection', 'close');
    const pathname = (request.url ?? '/').split('?', 1)[0];
    const route = Object.hasOwn(ROUTES, pathname) ? ROUTES[pathname] : undefined;
    const isExecute = pathname === '/api/v1/execute';
    try {
        if (context.auth === undefined) {
            const refusal = loopbackHostRefusal(request);
            if (refusal !== undefined)
                return refuseClient(response, refusal, isExecute);
        }
        if (route === undefined)
            return refuse(response, 404, 'not_found', `No route ${pathname}: use POST /api/v1/execute, POST /api/v1/result, GET /healthz or GET /readyz.`, false);
        if (request.method !== route.method) {
            response.setHeader('Allow', route.method);
            return refuse(response, 405, 'method_not_allowed', `${pathname} accepts ${route.method} only, not ${request.method ?? 'no method'}.`, isExecute);
        }
        if (route.authenticated && context.auth === undefined) {
            const refusal = browserPostRefusal(request);
            if (refusal !== undefined)
                return refuseClient(response, refusal, isExecute);
        }
        if (route.authenticated &&
            context.auth !== undefined &&
            !context.auth.accepts(request.headers.authorization)) {
            response.setHeader('WWW-Authenticate', 'Bearer realm="policy-gate"');
            return refuse(response, 401, 'unauthorized', 'A valid "Authorization: Bearer <token>" header is required.', isExecute);
        }
        await route.handle(context, request, response);
    }
    catch (error) {
        if (response.headersSent) {
            response.destroy();
            return;
        }
        const message = `The sidecar failed closed: ${error instanceof Error ? error.message : String(error)}`;
        if (isExecute)
            unevaluated(context, response, 'decision_error', message);
        else
            refuse(response, 500, 'internal_error', message, false);
    }
}
function readiness(context, _request, response) {
    const { readiness } = context.monitor.current();
    sendJson(response, readiness.ready ? 200 : 503, readiness);
}
async function execute(context, request, response) {
    const body = await readRequestBody(request, {
        maxBytes: context.maxBodyBytes,
        drainBytes: context.drainBytes,
        timeoutMs: context.bodyTimeoutMs,
    });
    const json = jsonOf(body);
    switch (json.kind) {
        case 'aborted':
            response.destroy();
            return;
        case 'refused': {
            if (json.closeConnection)
                response.setHeader('Connection', 'close');
            const code = json.problem === 'too-large'
                ? 'request_too_large'
                : json.problem === 'timeout'
                    ? 'request_timeout'
                    : 'request_malformed';
            const reasons = {
                'too-large': `The request body is over the ${context.maxBodyBytes}-byte limit, so the call was not evaluated.`,
                timeout: `The request body did not arrive within ${context.bodyTimeoutMs} ms, so the call was not evaluated.`,
                malformed: json.reason,
            };
            return unevaluated(context, response, code, reasons[json.problem]);
        }
        case 'json':
            break;
    }
    const parsed = parseExecuteRequest(json.value);
    if (!parsed.ok)
        return unevaluated(context, response, 'request_malformed', `The request is not a decision request: ${parsed.reason}`, callIdentityOf(json.value));
    const answer = await context.monitor.answer(parsed.value, context.holdMs);
    // Belt and braces: a 2xx without one of the four actions must never leave this process.
    if (!EXPLICIT_ACTIONS.includes(answer.decision.action))
        throw new Error(`decision without an explicit action (${String(answer.decision.action)})`);
    context.decisions.remember(parsed.value.identity, rememberedFrom(answer.decision, context.date().toISOString()));
    sendText(response, 200, answer.json);
}
async function result(context, request, response) {
    const body = await readRequestBody(request, {
        maxBytes: context.maxResultBodyBytes,
        drainBytes: context.drainBytes,
        timeoutMs: context.bodyTimeoutMs,
    });
    const json = jsonOf(body);
    switch (json.kind) {
        case 'aborted':
            response.destroy();
            return;
        case 'refused': {
            // The answer to a result audit changes nothing for the call (it already ran): plain HTTP.
            if (json.closeConnection)
                response.setHeader('Connection', 'close');
            if (json.problem === 'too-large')
                return refuse(response, 413, 'payload_too_large', `The result audit is over the ${context.maxResultBodyBytes}-byte limit.`, false);
            if (json.problem === 'timeout')
                return refuse(response, 408, 'request_timeout', `The request body did not arrive within ${context.bodyTimeoutMs} ms.`, false);
            return refuse(response, 400, 'bad_request', json.reason, false);
        }
        case 'json':
            break;
    }
    const { attestation } = context.monitor.current().readiness;
    const record = auditRecordFrom(json.value, {
        recordedAt: context.date().toISOString(),
        attestation,
        decisionFor: (identity) => context.decisions.take(identity),
    });
    if (!record.ok)
        return refuse(response, 400, 'bad_request', record.reason, false);
    try {
        await context.auditLog.append(record.value);
    }
    catch (error) {
        return refuse(response, 500, 'audit_write_failed', `The audit record could not be written to ${context.auditLog.file}: ${error instanceof Error ? error.message : String(error)}`, false);
    }
    sendJson(response, 202, { recorded: true });
}
function jsonOf(body) {
    switch (body.kind) {
        case 'aborted':
            return body;
        case 'too-large':
            return { kind: 'refused', problem: 'too-large', reason: '', closeConnection: !body.drained };
        case 'timeout':
            return { kind: 'refused', problem: 'timeout', reason: '', closeConnection: true };
        case 'invalid-utf8':
            return {
                kind: 'refused',
                problem: 'malformed',
                reason: 'The request body is not valid UTF-8.',
                closeConnection: false,
            };
        case 'body':
            try {
                return { kind: 'json', value: JSON.parse(body.text) };
            }
            catch (error) {
                return {
                    kind: 'refused',
                    problem: 'malformed',
                    reason: `The request body is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
                    closeConnection: false,
                };
            }
    }
}
/**
 * `200` and an explicit deny for a decision request that could not be evaluated; remembered for
 * the call's result audit when the request names its call.
 */
function unevaluated(context, response, code, reason, identity) {
    const decision = {
        action: 'deny',
        allowed: false,
        code,
        reason,
        ...(identity === undefined ? {} : { tool: identity.toolName }),
        policyId: 'oc://policy',
        ruleId: reason_codes/* RULE_ADDRESS */._.request,
        attestation: currentAttestation(context),
    };
    if (identity !== undefined)
        context.decisions.remember(identity, rememberedFrom(decision, context.date().toISOString()));
    sendJson(response, 200, decision);
}
/** The attestation hashes of the current snapshot, if there is one (this path must not throw). */
function currentAttestation(context) {
    try {
        return context.monitor.current().readiness.attestation;
    }
    catch {
        return {};
    }
}
function refuseClient(response, refusal, isExecute) {
    // The request was not read: do not offer the connection for another one.
    response.setHeader('Connection', 'close');
    refuse(response, refusal.status, refusal.error, refusal.reason, isExecute);
}
/** An error answer; on the decision route it is also an explicit deny. */
function refuse(response, status, error, reason, isExecute) {
    sendJson(response, status, isExecute ? { action: 'deny', allowed: false, error, reason } : { error, reason });
}
function sendJson(response, status, body) {
    sendText(response, status, JSON.stringify(body));
}
function sendText(response, status, json) {
    response.writeHead(status, {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Length': Buffer.byteLength(json),
        'Cache-Control': 'no-store',
    });
    response.end(json);
}

// EXTERNAL MODULE: ./lib/workspace/workspace-reader.js
var workspace_reader = __webpack_require__(1114);
// EXTERNAL MODULE: ./lib/runtime/accepted-attestation.js
var accepted_attestation = __webpack_require__(292);
// EXTERNAL MODULE: ./lib/runtime/load-runtime-input.js
var load_runtime_input = __webpack_require__(4306);
;// CONCATENATED MODULE: ./lib/runtime/workspace-files.js





/**
 * Reads the workspace once, recording every file the loader looked at (the config candidates it
 * tried, the policy the config names, TOOLS.md or AGENTS.md, another agent's workspace, the
 * exec-approvals document) and the accepted attestation file. Those paths are what the sidecar
 * then watches and fingerprints.
 */
async function readWorkspacePass(source) {
    const contents = new Map();
    const polled = new Map();
    const disk = (0,workspace_reader/* diskReader */.lJ)(source.root);
    const recording = (inner, root) => ({
        describe: inner.describe,
        displayPath: (filePath) => inner.displayPath(filePath),
        async read(filePath, options) {
            const result = await inner.read(filePath, options);
            contents.set(external_node_path_.resolve(root, filePath), contentOf(result));
            return result;
        },
    });
    const reader = recording({ ...disk, read: (filePath, options) => source.readFile(source.root, filePath, options) }, source.root);
    const { host } = source;
    const input = await (0,load_runtime_input/* loadRuntimeInput */.B)(reader, {
        config: source.config,
        policy: source.policy,
        ...(source.profile === undefined ? {} : { profile: source.profile }),
        ...(host === undefined
            ? {}
            : {
                host: {
                    ...host,
                    readerFor: (dir) => recording(host.readerFor(dir), dir),
                    readExecApprovals: () => recordedExecApprovals(source, host, contents, polled),
                },
            }),
    });
    const acceptedRead = await source.readFile(source.root, source.acceptedFile);
    contents.set(source.acceptedFile, contentOf(acceptedRead));
    return {
        input,
        accepted: (0,accepted_attestation/* acceptedAttestationFrom */.U)(acceptedRead, disk.displayPath(source.acceptedFile)),
        contents,
        polled,
    };
}
/**
 * The host's exec approvals, recorded: the `--exec-approvals` document as a watched file; the
 * state database's row as a polled input, with the legacy files whose appearance refuses it
 * (SPEC-2026.9 §3.1) watched.
 */
async function recordedExecApprovals(source, host, contents, polled) {
    const key = source.execApprovalsFile ?? stateDatabaseKey(host);
    if (source.execApprovalsFile === undefined) {
        const legacy = external_node_path_.join(host.stateDir.path, 'exec-approvals.json');
        for (const file of [legacy, `${legacy}.doctor-importing`])
            contents.set(file, 'watched');
    }
    try {
        const row = await host.readExecApprovals();
        contents.set(key, rowContent(row));
        if (source.execApprovalsFile === undefined)
            polled.set(key, rowContent(row));
        return row;
    }
    catch (error) {
        const failed = `unreadable\0${error instanceof Error ? error.message : String(error)}`;
        contents.set(key, failed);
        if (source.execApprovalsFile === undefined)
            polled.set(key, failed);
        throw error;
    }
}
/** What `readPolledInputs` compares: the database's path stands for its exec-approvals row. */
function stateDatabaseKey(host) {
    return external_node_path_.join(host.stateDir.path, 'state', 'openclaw.sqlite#exec_approvals_config');
}
function rowContent(row) {
    return `row\0${row.locator}\0${row.raw === null ? 'null' : `text\0${row.raw}`}`;
}
/** The polled inputs as they are now (the keys a pass recorded in `polled`). */
async function readPolledInputs(source, keys) {
    const now = new Map();
    const { host } = source;
    for (const key of keys) {
        if (host === undefined || key !== stateDatabaseKey(host))
            continue;
        try {
            now.set(key, rowContent(await host.readExecApprovals()));
        }
        catch (error) {
            now.set(key, `unreadable\0${error instanceof Error ? error.message : String(error)}`);
        }
    }
    return now;
}
function contentOf(result) {
    switch (result.kind) {
        case 'missing':
            return 'missing';
        case 'unreadable':
            return `unreadable\0${result.reason}`;
        case 'text':
            return `text\0${result.text}`;
    }
}
/**
 * Device, inode, size, and modification and change times (sub-millisecond on current Linux file
 * systems). An atomic rename changes the inode; an in-place rewrite changes the times and usually
 * the size. A same-size rewrite within one timestamp tick is the one change this cannot see,
 * which is why the sidecar also listens to fs.watch.
 */
function statFingerprint(absolutePath) {
    try {
        const stats = (0,external_node_fs_.statSync)(absolutePath, { throwIfNoEntry: false });
        if (stats === undefined)
            return 'missing';
        return `${stats.dev}:${stats.ino}:${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}`;
    }
    catch (error) {
        return `error:${error?.code ?? String(error)}`;
    }
}
/** Whether a pass looks like it caught a file mid-write (worth re-reading before deciding from it). */
function looksHalfWritten(pass) {
    const { input } = pass;
    if (input.kind !== 'input')
        return true;
    return input.input.policy.state === 'unparseable' || pass.accepted.state === 'invalid';
}

// EXTERNAL MODULE: ./lib/engine/tools-markdown.js
var tools_markdown = __webpack_require__(7967);
;// CONCATENATED MODULE: ./lib/runtime/accepted-declarations.js
// The tool declarations the sidecar holds as accepted. The accepted attestation hashes the tool
// declarations only when the policy requires tool metadata; without that requirement a lowered
// risk (`deploy risk:critical` → `risk:low`) changes decisions but not the attestation. The
// attestation file is OpenClaw's format and carries no more than it hashes, so the sidecar takes
// the declarations it reads together with each content of the accepted file as the accepted ones:
// at start-up, and again when a different accepted attestation is written (`policy-gate accept`
// after a change it records). Any other change to them is stale until then, or until a restart.
// Pure.



/**
 * What decisions take from the tool documents: every declaration without its line (an edit above
 * it is no change), in order, and for 2026.9.6 the declarations of a TOOLS.md left in the agent's
 * workspace. Undefined when the workspace could not be read.
 */
function toolDeclarationsFingerprint(input) {
    if (input.kind !== 'input')
        return undefined;
    const withoutLines = (tools) => tools.map(({ line: _line, ...tool }) => tool);
    const legacy = input.legacyToolsMarkdown === undefined ? [] : (0,tools_markdown/* parseToolsMarkdown */.uZ)(input.legacyToolsMarkdown);
    const text = JSON.stringify({ tools: withoutLines(input.toolDeclarations), legacy: withoutLines(legacy) });
    return sha256(text);
}
function sha256(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
}
/** The accepted declarations, re-taken when the accepted file's content changes. */
class DeclarationsPin {
    pinned;
    /**
     * The accepted declarations' fingerprint, for a settled read that saw `acceptedContent` in the
     * accepted file and the given declarations (undefined: unreadable, taken at the next read).
     */
    accepted(acceptedContent, declarations) {
        const accepted = sha256(acceptedContent);
        if (this.pinned?.accepted !== accepted || this.pinned.declarations === undefined)
            this.pinned = { accepted, declarations };
        return this.pinned.declarations;
    }
}
function declarationsChangedReason(input, acceptedPath) {
    const document = input.kind === 'input' ? (input.profile?.toolsDocument ?? 'TOOLS.md') : 'TOOLS.md';
    return `The tool declarations in ${document} changed after the sidecar read them with the accepted attestation (${acceptedPath}), which does not cover them (the policy requires no tool metadata): every tool call is denied until they are restored, or reviewed and taken up by restarting the sidecar.`;
}
/** The same tier as a stale attestation: only an invalid accepted file or a stale attestation go first. */
function declarationsChangedDecision(decision, reason) {
    if (decision.code === 'accepted_attestation_invalid' || decision.code === 'attestation_stale')
        return decision;
    const denied = {
        ...decision,
        action: 'deny',
        allowed: false,
        code: 'attestation_stale',
        reason,
        ruleId: reason_codes/* RULE_ADDRESS */._.acceptedAttestation,
    };
    // An approval request only accompanies the action that asks for one.
    delete denied.approval;
    return denied;
}
function declarationsChangedReadiness(readiness, reason) {
    if (!readiness.ready)
        return readiness;
    return { ...readiness, ready: false, code: 'attestation_stale', reason };
}

;// CONCATENATED MODULE: ./lib/runtime/settle-workspace.js
// The half-written-file rule. A pass is trusted only when two consecutive passes read the same
// bytes from the same files and every file's fingerprint is unchanged between the end of one
// pass and the end of the next. A settled pass that still looks half-written (a parse error, an
// unreadable or unverifiable file) is re-read until the grace deadline; after it, it is used as
// read (so a policy that is really broken blocks, instead of being waited on forever). If the
// passes never agree before the deadline, the result is `unsettled` and the sidecar denies.

async function readSettledWorkspace(deps, options) {
    let previous;
    for (;;) {
        const pass = await deps.readPass();
        const fingerprints = fingerprintsOf(pass, deps.fingerprint);
        const agrees = previous !== undefined &&
            sameEntries(previous.pass.contents, pass.contents) &&
            sameEntries(previous.fingerprints, fingerprints);
        const late = deps.now() >= options.deadline;
        if (agrees && (late || !looksHalfWritten(pass)))
            return { kind: 'settled', pass, fingerprints };
        if (late && previous !== undefined) {
            return { kind: 'unsettled', reason: 'the workspace files kept changing between reads' };
        }
        previous = { pass, fingerprints };
        await deps.delay(options.retryDelayMs);
    }
}
/** Every file read, but the polled inputs (no file of theirs tells when they change). */
function fingerprintsOf(pass, fingerprint) {
    const out = new Map();
    for (const file of pass.contents.keys())
        if (!pass.polled?.has(file))
            out.set(file, fingerprint(file));
    return out;
}
function sameEntries(a, b) {
    if (a.size !== b.size)
        return false;
    for (const [key, value] of a)
        if (b.get(key) !== value)
            return false;
    return true;
}

// EXTERNAL MODULE: ./lib/runtime/govern-tool-call.js + 1 modules
var govern_tool_call = __webpack_require__(2569);
// EXTERNAL MODULE: ./lib/runtime/prepare-workspace.js + 3 modules
var prepare_workspace = __webpack_require__(4626);
;// CONCATENATED MODULE: ./lib/runtime/sidecar-snapshot.js




// Answers are cached per tool name; names are caller input, so the cache is bounded.
const MAX_CACHED_ANSWERS = 8192;
/**
 * `acceptedDeclarations`: the fingerprint of the tool declarations held as accepted
 * (accepted-declarations.ts); when given and the pass's differ, every call is denied as stale.
 */
function settledSnapshot(seq, pass, fingerprints, acceptedDeclarations) {
    const prepared = (0,prepare_workspace/* prepareRuntimeWorkspace */.j)(pass.input);
    const { accepted } = pass;
    const current = toolDeclarationsFingerprint(pass.input);
    const changed = acceptedDeclarations !== undefined && current !== undefined && current !== acceptedDeclarations
        ? declarationsChangedReason(pass.input, accepted.path)
        : undefined;
    const readiness = readinessOf(prepared, accepted);
    return {
        settled: true,
        seq,
        fingerprints,
        polled: pass.polled ?? new Map(),
        readiness: changed === undefined ? readiness : declarationsChangedReadiness(readiness, changed),
        answer: cachedAnswers((request) => {
            const decision = (0,govern_tool_call/* governToolCall */.M)(prepared, request.toolName, {
                accepted,
                callerRequiresApproval: request.callerRequiresApproval,
            });
            return changed === undefined ? decision : declarationsChangedDecision(decision, changed);
        }),
    };
}
/** Every call is denied: the files did not hold still long enough to be read. */
function unsettledSnapshot(seq, reason, graceMs) {
    const text = `The workspace changed and could not be read in a settled state within ${graceMs} ms (${reason}); every tool call is denied until it settles.`;
    return {
        settled: false,
        seq,
        fingerprints: new Map(),
        polled: new Map(),
        readiness: { ready: false, code: 'workspace_unsettled', reason: text, attestation: {} },
        answer: cachedAnswers((request) => ({
            action: 'deny',
            allowed: false,
            code: 'workspace_unsettled',
            reason: text,
            tool: request.toolName,
            policyId: 'oc://policy',
            ruleId: reason_codes/* RULE_ADDRESS */._.workspace,
            attestation: {},
        })),
    };
}
function cachedAnswers(decide) {
    const cache = new Map();
    return (request) => {
        const key = `${request.callerRequiresApproval ? 1 : 0}${request.toolName}`;
        const cached = cache.get(key);
        if (cached !== undefined)
            return cached;
        const decision = decide(request);
        const answer = { decision, json: JSON.stringify(decision) };
        if (cache.size < MAX_CACHED_ANSWERS)
            cache.set(key, answer);
        return answer;
    };
}
/** Ready means: deciding from a workspace that matches the accepted attestation. */
function readinessOf(prepared, accepted) {
    const attestation = {};
    if (prepared.kind === 'ready')
        attestation.current = prepared.check.attestationHash;
    if (accepted.state === 'verified')
        attestation.accepted = accepted.hash;
    if (accepted.state === 'invalid')
        return { ready: false, code: 'accepted_attestation_invalid', reason: accepted.reason, attestation };
    if (prepared.kind === 'unusable') {
        const code = prepared.block.code === 'config_invalid' || prepared.block.code === 'workspace_unreadable'
            ? prepared.block.code
            : 'decision_error';
        return { ready: false, code, reason: prepared.block.reason, attestation };
    }
    if (attestation.current !== accepted.hash) {
        return {
            ready: false,
            code: 'attestation_stale',
            reason: `The workspace's current policy attestation ${attestation.current} differs from the accepted attestation ${accepted.hash} (${accepted.path}).`,
            attestation,
        };
    }
    return {
        ready: true,
        code: 'ready',
        reason: `The workspace matches the accepted attestation ${accepted.hash}.`,
        attestation,
    };
}

;// CONCATENATED MODULE: ./lib/runtime/workspace-monitor.js
// Keeps a settled snapshot of the workspace and notices changes without a restart: fs.watch on
// the directories of every file read (renames included), a periodic fingerprint check as the
// fallback, and a fingerprint check after every call arrived and before it is answered. A change
// starts a reload; until it is published, answers wait (never the old state). Inputs that are no
// file of their own (the exec-approvals row of OpenClaw's state database) are re-read on every
// poll instead, so a change there is noticed within one poll interval.






class WorkspaceMonitor {
    options;
    snapshot;
    noticeSeq = 0;
    changed = false;
    loading;
    waiters = new Set();
    watchers = new Map();
    watchedFiles = new Set();
    /** The fingerprint check shared by every call that arrived in this turn of the event loop. */
    pendingCheck;
    poller;
    /** Resolves `start` at the first published snapshot, settled or not. */
    firstPublished;
    /** A re-read of the polled inputs is in flight. */
    polling = false;
    closed = false;
    declarationsPin = new DeclarationsPin();
    constructor(options) {
        this.options = options;
    }
    /**
     * Reads the first snapshot (settled, or unsettled after the grace) and starts watching. Files
     * that never hold still do not keep it waiting: the deny-everything snapshot is published after
     * the grace, and reading goes on in the background.
     */
    async start() {
        const published = new Promise((resolve) => (this.firstPublished = resolve));
        this.noticeChange();
        await Promise.race([published, this.loading]);
        this.poller = setInterval(() => {
            if (this.loading !== undefined || this.snapshot === undefined)
                return;
            if (!this.fingerprintsMatch(this.snapshot))
                this.noticeChange();
            else
                void this.pollInputs(this.snapshot);
        }, this.options.pollIntervalMs);
        this.poller.unref();
    }
    now() {
        return this.options.now();
    }
    current() {
        if (this.snapshot === undefined)
            throw new Error('the workspace monitor has not been started');
        return this.snapshot;
    }
    /** True when no change was noticed since the snapshot's read and its files still match it. */
    isCurrent(snapshot) {
        if (snapshot.seq !== this.noticeSeq || snapshot !== this.snapshot)
            return false;
        if (this.fingerprintsMatch(snapshot))
            return true;
        this.noticeChange();
        return false;
    }
    /**
     * `isCurrent`, checked once for all the calls that arrived in this turn of the event loop: the
     * check runs in the turn's check phase (setImmediate), after every one of them was read and
     * before any is answered, so each answer still reflects the files as they were at some moment
     * between its call's arrival and its answer. Under load one set of stat calls serves many calls.
     */
    async confirmCurrent(snapshot) {
        if (snapshot.seq !== this.noticeSeq || snapshot !== this.snapshot)
            return false;
        this.pendingCheck ??= new Promise((resolve) => setImmediate(() => {
            this.pendingCheck = undefined;
            if (this.snapshot !== undefined && this.snapshot.seq === this.noticeSeq)
                this.isCurrent(this.snapshot);
            resolve();
        }));
        await this.pendingCheck;
        // A change noticed by the check (or by a watch event meanwhile) has moved the notice counter.
        return snapshot.seq === this.noticeSeq && snapshot === this.snapshot;
    }
    /** Resolves true at the next published snapshot, false at the deadline (or on close). */
    nextPublish(deadline) {
        return new Promise((resolve) => {
            const remaining = deadline - this.now();
            if (remaining <= 0 || this.closed) {
                resolve(false);
                return;
            }
            const finish = (published) => {
                clearTimeout(timer);
                this.waiters.delete(finish);
                resolve(published);
            };
            const timer = setTimeout(() => finish(false), remaining);
            this.waiters.add(finish);
        });
    }
    /**
     * The answer for one call, from a settled snapshot that is current when it is given: after a
     * noticed change (or while the files will not hold still), the call waits for the reload, up
     * to `holdMs`, instead of being answered from the old state. If no current snapshot comes in
     * time, a denial stands and anything else becomes a `workspace_unsettled` denial.
     */
    async answer(request, holdMs) {
        const deadline = this.now() + holdMs;
        for (;;) {
            const snapshot = this.current();
            const answer = snapshot.answer(request);
            if (snapshot.settled && (await this.confirmCurrent(snapshot)))
                return answer;
            if (!(await this.nextPublish(deadline))) {
                if (answer.decision.action === 'deny')
                    return answer;
                return unsettledSnapshot(-1, 'a change was still being read when the decision was due', holdMs).answer(request);
            }
        }
    }
    /** Called on a watch event or a fingerprint change: schedules a reload. */
    noticeChange() {
        if (this.closed)
            return;
        this.noticeSeq += 1;
        this.changed = true;
        this.ensureReloading();
    }
    ensureReloading() {
        if (this.loading !== undefined || this.closed)
            return;
        this.loading = this.reloadLoop().finally(() => {
            this.loading = undefined;
            // A notice that arrived while the loop was finishing must not be lost.
            if (this.changed)
                this.ensureReloading();
        });
    }
    async close() {
        this.closed = true;
        if (this.poller !== undefined)
            clearInterval(this.poller);
        for (const watcher of this.watchers.values())
            watcher.close();
        this.watchers.clear();
        for (const waiter of [...this.waiters])
            waiter(false);
        await this.loading;
    }
    async reloadLoop() {
        const { options } = this;
        while (this.changed && !this.closed) {
            this.changed = false;
            let passSeq = this.noticeSeq;
            try {
                const result = await readSettledWorkspace({
                    readPass: () => {
                        passSeq = this.noticeSeq;
                        return readWorkspacePass(options.source);
                    },
                    fingerprint: options.fingerprint,
                    now: options.now,
                    delay,
                }, { deadline: options.now() + options.graceMs, retryDelayMs: options.retryDelayMs });
                if (result.kind === 'settled') {
                    this.publish(settledSnapshot(passSeq, result.pass, result.fingerprints, this.acceptedDeclarations(result)));
                    this.watchFiles([...result.fingerprints.keys()]);
                    continue;
                }
                this.publish(unsettledSnapshot(-1, result.reason, options.graceMs));
            }
            catch (error) {
                this.publish(unsettledSnapshot(-1, `reading failed: ${error instanceof Error ? error.message : String(error)}`, options.graceMs));
            }
            // Unsettled: keep trying until the files hold still.
            this.changed = true;
            await delay(options.retryDelayMs);
        }
    }
    /** With `pinToolDeclarations`: the declarations accepted with the accepted file this read saw. */
    acceptedDeclarations(result) {
        if (this.options.pinToolDeclarations !== true)
            return undefined;
        const acceptedText = result.pass.contents.get(this.options.source.acceptedFile) ?? '';
        return this.declarationsPin.accepted(acceptedText, toolDeclarationsFingerprint(result.pass.input));
    }
    publish(snapshot) {
        this.snapshot = snapshot;
        this.firstPublished?.();
        this.firstPublished = undefined;
        for (const waiter of [...this.waiters])
            waiter(true);
    }
    /** Re-reads the snapshot's polled inputs; a difference is a noticed change. Never rejects. */
    async pollInputs(snapshot) {
        if (snapshot.polled.size === 0 || this.polling)
            return;
        this.polling = true;
        try {
            const now = await readPolledInputs(this.options.source, snapshot.polled.keys());
            const same = now.size === snapshot.polled.size &&
                [...now].every(([key, content]) => snapshot.polled.get(key) === content);
            if (!same && snapshot === this.snapshot)
                this.noticeChange();
        }
        catch {
            // Not expected (the re-read reports failures as content); read the whole workspace again.
            this.noticeChange();
        }
        finally {
            this.polling = false;
        }
    }
    fingerprintsMatch(snapshot) {
        for (const [file, fingerprint] of snapshot.fingerprints)
            if (this.options.fingerprint(file) !== fingerprint)
                return false;
        return true;
    }
    /** Watches the directory of every file read, so creations and renames are seen too. */
    watchFiles(files) {
        if (this.closed)
            return;
        this.watchedFiles = new Set(files);
        const directories = new Set(files.map((file) => external_node_path_.dirname(file)));
        for (const [directory, watcher] of this.watchers) {
            if (!directories.has(directory)) {
                watcher.close();
                this.watchers.delete(directory);
            }
        }
        for (const directory of directories) {
            if (this.watchers.has(directory))
                continue;
            try {
                this.watchers.set(directory, this.options.watch(directory, (fileName) => {
                    if (fileName === undefined || this.watchedFiles.has(external_node_path_.join(directory, fileName)))
                        this.noticeChange();
                }));
            }
            catch {
                // No watch on this directory (missing, or no inotify): the periodic fingerprint check covers it.
                continue;
            }
        }
    }
}
function delay(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}
/** fs.watch on a directory, not keeping the process alive; errors end the watch (polling remains). */
const watchDirectory = (directory, onChange) => {
    const watcher = (0,external_node_fs_.watch)(directory, { persistent: false }, (_event, fileName) => onChange(fileName === null ? undefined : String(fileName)));
    watcher.on('error', () => watcher.close());
    return watcher;
};

;// CONCATENATED MODULE: ./lib/runtime/sidecar-server.js
// The governance sidecar: an HTTP server over the workspace monitor. Exported as a factory so
// tests (and embedders) start it in-process; `policy-gate serve` is a thin shell over it.












const MIB = 1024 * 1024;
const DEFAULT_LIMITS = {
    maxBodyBytes: 4 * MIB,
    maxResultBodyBytes: 64 * 1024,
    maxDrainBytes: 64 * MIB,
    headersTimeoutMs: 5_000,
    requestTimeoutMs: 10_000,
    bodyTimeoutMs: 5_000,
    keepAliveTimeoutMs: 5_000,
    shutdownTimeoutMs: 10_000,
};
const DEFAULT_TIMING = {
    graceMs: 200,
    pollIntervalMs: 250,
    retryDelayMs: 5,
};
async function startSidecar(options) {
    const host = options.host ?? '127.0.0.1';
    if (options.auth === 'insecure-loopback' && !isLoopbackHost(host)) {
        throw new Error(`refusing to serve without authentication on ${host}: only 127.0.0.1 or ::1 may go without a token.`);
    }
    const limits = { ...DEFAULT_LIMITS, ...options.limits };
    const timing = { ...DEFAULT_TIMING, ...options.timing };
    const holdMs = options.timing?.holdMs ?? timing.graceMs + 50;
    const root = external_node_path_.resolve(options.cwd);
    const now = options.now ?? (() => external_node_perf_hooks_.performance.now());
    const monitor = new WorkspaceMonitor({
        source: {
            root,
            config: options.config,
            policy: options.policy,
            ...(options.profile === undefined ? {} : { profile: options.profile }),
            ...(options.openclawHost === undefined ? {} : { host: options.openclawHost }),
            ...(options.execApprovalsFile === undefined ? {} : { execApprovalsFile: options.execApprovalsFile }),
            acceptedFile: external_node_path_.resolve(root, options.acceptedFile),
            readFile: options.readFile ?? safe_read/* readWorkspaceFile */.sL,
        },
        graceMs: timing.graceMs,
        pollIntervalMs: timing.pollIntervalMs,
        retryDelayMs: timing.retryDelayMs,
        now,
        fingerprint: options.fingerprint ?? statFingerprint,
        watch: options.watch ?? watchDirectory,
        pinToolDeclarations: true,
    });
    const auditLog = await openAuditLog(root, options);
    try {
        await monitor.start();
    }
    catch (error) {
        await auditLog.close();
        throw error;
    }
    let closing = false;
    const server = (0,external_node_http_.createServer)({
        headersTimeout: limits.headersTimeoutMs,
        requestTimeout: limits.requestTimeoutMs,
        // Node checks the two timeouts above on this interval; keep it well under them.
        connectionsCheckingInterval: Math.max(10, Math.min(1_000, Math.floor(limits.headersTimeoutMs / 4))),
    });
    server.keepAliveTimeout = limits.keepAliveTimeoutMs;
    const context = {
        monitor,
        auth: options.auth === 'insecure-loopback' ? undefined : new BearerAuth(options.auth.token),
        auditLog,
        decisions: new RecentDecisions({ ...DEFAULT_DECISION_MEMORY, ...options.decisionMemory }, now),
        maxBodyBytes: limits.maxBodyBytes,
        maxResultBodyBytes: limits.maxResultBodyBytes,
        drainBytes: limits.maxDrainBytes,
        bodyTimeoutMs: limits.bodyTimeoutMs,
        holdMs,
        date: options.date ?? (() => new Date()),
        closing: () => closing,
    };
    server.on('request', (request, response) => void handleSidecarRequest(context, request, response));
    try {
        await listen(server, options.port ?? 0, host);
    }
    catch (error) {
        await monitor.close();
        await auditLog.close();
        throw error;
    }
    const port = server.address().port;
    let closed;
    const close = () => {
        closed ??= (async () => {
            closing = true;
            const stopped = new Promise((resolve) => server.close(() => resolve()));
            // Connections that finish their last request during shutdown become idle later: close them too.
            server.closeIdleConnections();
            const sweep = setInterval(() => server.closeIdleConnections(), 25);
            const force = setTimeout(() => server.closeAllConnections(), limits.shutdownTimeoutMs);
            await stopped;
            clearInterval(sweep);
            clearTimeout(force);
            await monitor.close();
            await auditLog.close();
        })();
        return closed;
    };
    return { url: `http://${urlHost(host)}:${port}`, host, port, monitor, auditLogFile: auditLog.file, close };
}
/** The audit log, opened now: a link or an unusable file stops the start, not the first result. */
function openAuditLog(root, options) {
    if (options.auditLog !== undefined)
        return AuditLog.open(external_node_path_.resolve(root, options.auditLog), root);
    const file = defaultAuditLogFile(root, options.env ?? process.env, options.osHome ?? (0,external_node_os_.homedir)());
    prepareDefaultAuditDirectory(file, root);
    return AuditLog.open(file, root);
}
function listen(server, port, host) {
    return new Promise((resolve, reject) => {
        const onError = (error) => reject(error);
        server.once('error', onError);
        server.listen(port, host, () => {
            server.off('error', onError);
            resolve();
        });
    });
}

// EXTERNAL MODULE: ./lib/cli/cli-io.js
var cli_io = __webpack_require__(2061);
// EXTERNAL MODULE: ./lib/cli/check-command.js + 9 modules
var check_command = __webpack_require__(4433);
// EXTERNAL MODULE: ./lib/cli/parse-flags.js
var parse_flags = __webpack_require__(7499);
// EXTERNAL MODULE: ./lib/cli/release-options.js
var release_options = __webpack_require__(7452);
;// CONCATENATED MODULE: ./lib/cli/serve-command.js











const DEFAULT_SIDECAR_PORT = 8088;
/** `--max-body-bytes` bounds: real tool calls carry whole files (at least 1 MiB must pass). */
const MIN_BODY_BYTES = MIB;
const MAX_BODY_BYTES = 32 * MIB;
/**
 * Runs the governance sidecar until SIGTERM/SIGINT. The first stdout line is exactly
 * `listening on http://<host>:<port>`, the second `audit log <file>`; on a signal it stops
 * accepting, finishes in-flight requests, flushes the audit log and exits 0.
 */
async function serveCommand(args, io) {
    const { values } = (0,parse_flags/* parseFlags */.b)('serve', args, {
        ...parse_flags/* LOCATION_FLAGS */.A,
        ...release_options/* RELEASE_FLAG */.Zg,
        ...release_options/* HOST_FLAGS */.Zr,
        accepted: { type: 'string' },
        host: { type: 'string' },
        port: { type: 'string' },
        'token-file': { type: 'string' },
        'insecure-loopback': { type: 'boolean' },
        'audit-log': { type: 'string' },
        'max-body-bytes': { type: 'string' },
    });
    const profile = (0,release_options/* releaseFrom */.Yc)(values.openclaw);
    if (values.accepted === undefined)
        throw new cli_io/* UsageError */.eb('serve: --accepted <attestation file> is required (write one with `policy-gate accept`).');
    const host = values.host ?? '127.0.0.1';
    const port = parsePort(values.port);
    const maxBodyBytes = parseMaxBodyBytes(values['max-body-bytes']);
    const tokenFile = values['token-file'];
    const insecure = values['insecure-loopback'] === true;
    if (tokenFile !== undefined && insecure)
        throw new cli_io/* UsageError */.eb('serve: pass either --token-file or --insecure-loopback, not both.');
    if (tokenFile === undefined && !insecure) {
        throw new cli_io/* UsageError */.eb('serve: refusing to start without authentication: pass --token-file <file>, or --insecure-loopback to serve on 127.0.0.1 or ::1 without a token.');
    }
    if (insecure && !isLoopbackHost(host)) {
        throw new cli_io/* UsageError */.eb(`serve: --insecure-loopback is only allowed on a loopback address (127.0.0.1 or ::1), not ${host}.`);
    }
    const location = (0,check_command.locationFrom)(values, io);
    const execApprovals = values['exec-approvals'];
    let sidecar;
    try {
        sidecar = await startSidecar({
            cwd: location.cwd,
            config: location.config,
            policy: location.policy,
            profile,
            // The attestation the sidecar compares is `policy check`'s (what `accept` writes).
            openclawHost: (0,release_options/* hostFrom */.NJ)(profile, values, io, location.cwd, 'policy check'),
            ...(execApprovals === undefined ? {} : { execApprovalsFile: external_node_path_.resolve(io.cwd, execApprovals) }),
            acceptedFile: values.accepted,
            host,
            port,
            auth: tokenFile === undefined ? 'insecure-loopback' : { token: readToken(external_node_path_.resolve(io.cwd, tokenFile)) },
            auditLog: values['audit-log'],
            env: io.env ?? {},
            osHome: io.osHome ?? (0,external_node_os_.homedir)(),
            ...(maxBodyBytes === undefined ? {} : { limits: { maxBodyBytes } }),
        });
    }
    catch (error) {
        if (error instanceof input_error/* InputError */.d)
            throw error;
        throw new input_error/* InputError */.d(`cannot serve on ${host}:${port}: ${error instanceof Error ? error.message : String(error)}`);
    }
    io.stdout(`listening on ${sidecar.url}\naudit log ${sidecar.auditLogFile}\n`);
    while (!io.stopRequested())
        await io.sleep(60_000);
    await sidecar.close();
    return cli_io/* EXIT_CLEAN */.XW;
}
function parsePort(value) {
    if (value === undefined)
        return DEFAULT_SIDECAR_PORT;
    const port = /^\d{1,5}$/.test(value) ? Number(value) : NaN;
    if (!(port >= 0 && port <= 65535))
        throw new cli_io/* UsageError */.eb(`serve: --port must be an integer from 0 to 65535 (0 = any free port), got '${value}'.`);
    return port;
}
function parseMaxBodyBytes(value) {
    if (value === undefined)
        return undefined;
    const bytes = /^\d{1,12}$/.test(value) ? Number(value) : NaN;
    if (!(bytes >= MIN_BODY_BYTES && bytes <= MAX_BODY_BYTES))
        throw new cli_io/* UsageError */.eb(`serve: --max-body-bytes must be an integer from ${MIN_BODY_BYTES} (1 MiB) to ${MAX_BODY_BYTES} (32 MiB), got '${value}'.`);
    return bytes;
}
function readToken(file) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (error) {
        throw new input_error/* InputError */.d(`${file}: the token file cannot be read (${error.code ?? String(error)}).`);
    }
    const token = tokenFromFileText(text);
    if (token === '')
        throw new input_error/* InputError */.d(`${file}: the token file is empty.`);
    if (/\s/.test(token))
        throw new input_error/* InputError */.d(`${file}: the token file must hold one token without spaces.`);
    return token;
}


/***/ })

};
