export const id = 326;
export const ids = [326];
export const modules = {

/***/ 3326:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  STATUS_FLAGS: () => (/* binding */ STATUS_FLAGS),
  statusCommand: () => (/* binding */ statusCommand)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./lib/github/response-size.js
// Hostile API answers (issue 12, item 6): an answer of 10 MB or more — from a GitHub that misbehaves,
// a proxy in between, or GITHUB_API_URL pointed somewhere else — is refused before it reaches
// Octokit's JSON parser, which would otherwise hold the whole text, then the whole object graph,
// and at a few hundred MB stop the job with an out-of-memory crash instead of a verdict. The
// declared Content-Length is checked first; bytes are counted as they arrive (after any
// decompression, so a small compressed answer that inflates is caught too).
/** 10 MB: far above any answer the gate needs (file reads are batched, lists paginated). */
const response_size_MAX_RESPONSE_BYTES = 10_000_000;
/**
 * GitHub's answer reached the size limit; the download was stopped. Named `AbortError` on purpose:
 * Octokit passes an AbortError through unchanged, so plugin-retry does not download the same
 * oversized answer again (an error of any other name would be retried as a network failure).
 */
class GitHubResponseTooLarge extends Error {
    bytes;
    limit;
    method;
    declared;
    name = 'AbortError';
    constructor(
    /** Bytes declared (Content-Length) or read when the download stopped. */
    bytes, limit, method, declared) {
        super(`GitHub's answer to a ${method} request ${declared ? `declares ${bytes} bytes` : `reached ${bytes} bytes before policy-gate stopped reading`}, at or over the limit of ${limit} bytes for one answer`);
        this.bytes = bytes;
        this.limit = limit;
        this.method = method;
        this.declared = declared;
    }
}
/**
 * The whole body, or GitHubResponseTooLarge as soon as it reaches `limit` bytes (the rest is
 * never read: the stream is cancelled, which closes the connection).
 */
async function response_size_readBodyWithin(response, limit, method) {
    const declared = Number(response.headers.get('content-length') ?? Number.NaN);
    if (Number.isFinite(declared) && declared >= limit) {
        await response.body?.cancel().catch(() => undefined); // the refusal is the error that matters
        throw new GitHubResponseTooLarge(declared, limit, method, true);
    }
    if (response.body === null)
        return null;
    const reader = response.body.getReader();
    const chunks = [];
    let total = 0;
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        total += value.byteLength;
        if (total >= limit) {
            await reader.cancel().catch(() => undefined); // the refusal is the error that matters
            throw new GitHubResponseTooLarge(total, limit, method, false);
        }
        chunks.push(value);
    }
    const body = new Uint8Array(total);
    let offset = 0;
    for (const chunk of chunks) {
        body.set(chunk, offset);
        offset += chunk.byteLength;
    }
    return body.buffer;
}

;// CONCATENATED MODULE: ./lib/github/request-timeout.js
// Octokit has no request timeout of its own: a GitHub that accepts the connection and never answers
// would hang the job until the runner kills it. Every fetch gets its own deadline, which covers the
// whole body too (a reply that stalls half-way is as stuck as one that never starts), so each
// retry of plugin-retry starts with a fresh one. The body is also read with a size limit
// (response-size.ts), so a hostile answer ends as an error, not in the JSON parser.

const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
/** A request to GitHub that got no complete answer within its deadline. */
class GitHubRequestTimeout extends Error {
    timeoutMs;
    method;
    name = 'GitHubRequestTimeout';
    constructor(timeoutMs, method, options) {
        super(`GitHub did not answer a ${method} request within ${formatSeconds(timeoutMs)}`, options);
        this.timeoutMs = timeoutMs;
        this.method = method;
    }
}
function formatSeconds(milliseconds) {
    const seconds = milliseconds / 1000;
    return `${Number.isInteger(seconds) ? seconds : seconds.toFixed(1)} s`;
}
// Statuses whose responses have no body; `new Response(body)` refuses a body for them.
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);
function fetchWithTimeout(timeoutMs, baseFetch = globalThis.fetch, maxResponseBytes = MAX_RESPONSE_BYTES) {
    if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) {
        throw new RangeError(`requestTimeoutMs must be a positive number of milliseconds, got ${timeoutMs}`);
    }
    return async (input, init) => {
        const deadline = AbortSignal.timeout(timeoutMs);
        const signal = init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline;
        const method = init?.method ?? 'GET';
        try {
            const response = await baseFetch(input, { ...init, signal });
            // Read the body under the same deadline, then hand Octokit a response that is already complete.
            const body = NULL_BODY_STATUSES.has(response.status)
                ? null
                : await readBodyWithin(response, maxResponseBytes, method);
            return new Response(body, {
                status: response.status,
                statusText: response.statusText,
                headers: response.headers,
            });
        }
        catch (error) {
            if (deadline.aborted)
                throw new GitHubRequestTimeout(timeoutMs, method, { cause: error });
            throw error;
        }
    };
}

;// CONCATENATED MODULE: ./lib/github/secret-redaction.js
// Tokens never reach a log line or an error message. The client knows its own token and removes
// it wherever it could surface; anything shaped like a GitHub token is removed as well, for
// messages that were built before the token was known (or from another client's error).
const REDACTED = '***';
// ghp_ (classic PAT), gho_ (OAuth), ghu_ (user-to-server), ghs_ (installation / GITHUB_TOKEN),
// ghr_ (refresh), github_pat_ (fine-grained PAT).
const GITHUB_TOKEN_SHAPE = /\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})\b/g;
function redactTokenShapes(text) {
    return text.replace(GITHUB_TOKEN_SHAPE, REDACTED);
}
function redactSecret(text, secret) {
    const withoutSecret = secret.length >= 4 ? text.split(secret).join(REDACTED) : text;
    return redactTokenShapes(withoutSecret);
}
/**
 * Removes `secret` from an error's message and stack, the response body it carries, and its
 * causes — in place, as far as they can be written — and returns the error.
 */
function redactError(error, secret) {
    let current = error;
    for (let depth = 0; current instanceof Error && depth < 5; depth += 1) {
        for (const key of ['message', 'stack']) {
            const value = current[key];
            if (typeof value === 'string' && isWritableOwn(current, key))
                current[key] = redactSecret(value, secret);
        }
        redactResponseBody(current, secret);
        current = current.cause;
    }
    return error;
}
function redactResponseBody(error, secret) {
    const response = error.response;
    if (!response || typeof response !== 'object' || !isWritableOwn(response, 'data'))
        return;
    const { data } = response;
    if (typeof data === 'string')
        response.data = redactSecret(data, secret);
    else if (data !== null && typeof data === 'object' && !(data instanceof ArrayBuffer)) {
        const json = JSON.stringify(data);
        const redacted = redactSecret(json, secret);
        if (redacted !== json)
            response.data = JSON.parse(redacted);
    }
}
// A DOMException's message is a getter on its prototype: nothing to redact there, and assigning throws.
function isWritableOwn(target, key) {
    return Object.getOwnPropertyDescriptor(target, key)?.writable === true;
}

;// CONCATENATED MODULE: ./lib/github/failure-classification.js
// What went wrong in a call to GitHub, read off the error Octokit throws: its status, headers and
// message (RequestError), its `errors` (GraphqlResponseError), or its cause (timeouts and network
// failures come back as a RequestError with status 500 and no response). Duck-typed, so errors
// from any copy of @octokit/request-error are understood.



function failure_classification_classifyFailure(error) {
    const timeout = findTimeout(error);
    if (timeout)
        return { kind: 'timeout', timeoutMs: timeout.timeoutMs };
    const tooLarge = findCause(error, GitHubResponseTooLarge);
    if (tooLarge)
        return { kind: 'too-large', bytes: tooLarge.bytes, limit: tooLarge.limit, declared: tooLarge.declared };
    if (isGraphqlError(error))
        return classifyGraphqlError(error);
    if (!isHttpError(error)) {
        return {
            kind: 'unexpected',
            detail: shortDetail(error instanceof Error ? error.message : String(error)),
        };
    }
    if (!error.response)
        return { kind: 'network', detail: networkDetail(error) };
    const { status } = error;
    const headers = error.response.headers ?? {};
    const detail = responseMessage(error);
    if (status === 403 || status === 429) {
        if (String(headers['x-ratelimit-remaining']) === '0') {
            const reset = Number(headers['x-ratelimit-reset']);
            return {
                kind: 'primary-rate-limit',
                resetsAt: Number.isFinite(reset) && reset > 0 ? new Date(reset * 1000) : undefined,
            };
        }
        if (/\bsecondary rate\b/i.test(error.message) || headers['retry-after'] !== undefined || status === 429) {
            const retryAfter = Number(headers['retry-after']);
            return {
                kind: 'secondary-rate-limit',
                retryAfterSeconds: Number.isFinite(retryAfter) ? retryAfter : undefined,
            };
        }
        return { kind: 'forbidden', detail };
    }
    if (status === 401)
        return { kind: 'bad-credentials', detail };
    if (status === 404)
        return { kind: 'not-found', detail, write: isWriteRequest(error) };
    if (status >= 500)
        return { kind: 'server-error', status, detail };
    return { kind: 'rejected', status, detail };
}
/** A REST call that changes something (GraphQL queries are POSTs that do not). */
function isWriteRequest(error) {
    const method = (error.request?.method ?? 'GET').toUpperCase();
    if (method === 'GET' || method === 'HEAD')
        return false;
    return !/\/graphql\/?$/.test(pathOf(error.request?.url ?? ''));
}
function pathOf(url) {
    try {
        return new URL(url, 'http://github.invalid').pathname;
    }
    catch {
        return url; // not a URL at all: look at it as a path
    }
}
function classifyGraphqlError(error) {
    const errors = error.errors ?? [];
    const types = errors.map((entry) => entry.type);
    const detail = shortDetail(errors
        .map((entry) => entry.message ?? '')
        .filter(Boolean)
        .join('; '));
    if (types.includes('RATE_LIMITED'))
        return { kind: 'primary-rate-limit', resetsAt: undefined };
    const type = types.find((candidate) => candidate === 'FORBIDDEN') ??
        types.find((candidate) => candidate === 'NOT_FOUND') ??
        types[0];
    return { kind: 'graphql', type, detail };
}
function isHttpError(error) {
    return error instanceof Error && typeof error.status === 'number';
}
function isGraphqlError(error) {
    return error instanceof Error && error.name === 'GraphqlResponseError';
}
function findCause(error, type) {
    let current = error;
    for (let depth = 0; current instanceof Error && depth < 5; depth += 1) {
        if (current instanceof type)
            return current;
        current = current.cause;
    }
    return undefined;
}
function findTimeout(error) {
    let current = error;
    for (let depth = 0; current instanceof Error && depth < 5; depth += 1) {
        if (current instanceof GitHubRequestTimeout)
            return current;
        current = current.cause;
    }
    return undefined;
}
function responseMessage(error) {
    const data = error.response?.data;
    const message = typeof data?.message === 'string' ? data.message : error.message;
    return shortDetail(message);
}
function networkDetail(error) {
    const cause = error.cause;
    const code = cause?.code ?? cause?.cause?.code;
    const detail = shortDetail(error.message);
    return typeof code === 'string' && !detail.includes(code) ? `${detail}, ${code}` : detail;
}
/** The first line, without Octokit's " - <documentation url>" tail, at most 200 characters. */
function shortDetail(message) {
    const firstLine = (message.split('\n')[0] ?? '').replace(/ - https?:\/\/\S+$/, '').trim();
    const short = firstLine.length > 200 ? `${firstLine.slice(0, 199)}…` : firstLine;
    return redactTokenShapes(short);
}

;// CONCATENATED MODULE: ./lib/github/errors.js
// One actionable sentence for every way a call to GitHub can fail, naming the `permissions:` key
// to add when a permission is missing, and a way to tell "this token may not write here" (fork
// pull requests, read-only default tokens) from real failures, so the action can fall back to the
// job summary for the first and fail for the second.


const TEAM_READER = "a token that can read the org's teams (a GitHub App or fine-grained token with Members: read — GITHUB_TOKEN cannot)";
const OPERATIONS = {
    'read-files': {
        doing: 'read files from the repository',
        grant: 'add `contents: read` to `permissions:`',
        writes: false,
    },
    'list-comments': {
        doing: "list the pull request's comments",
        grant: 'add `pull-requests: read` to `permissions:`',
        writes: false,
    },
    'write-comment': {
        doing: 'write the pull request comment',
        grant: 'add `pull-requests: write` to `permissions:` (issue comments on a pull request need `pull-requests: write` or `issues: write`)',
        writes: true,
    },
    'create-check-run': {
        doing: 'create the check run',
        grant: 'add `checks: write` to `permissions:`',
        writes: true,
    },
    'update-check-run': {
        doing: 'add annotations to the check run',
        grant: 'add `checks: write` to `permissions:`',
        writes: true,
    },
    'list-reviews': {
        doing: "list the pull request's reviews",
        grant: 'add `pull-requests: read` to `permissions:`',
        writes: false,
    },
    'read-team-membership': { doing: 'read team membership', grant: `use ${TEAM_READER}`, writes: false },
    'read-pull-request': {
        doing: 'read the pull request',
        grant: 'add `pull-requests: read` to `permissions:`',
        writes: false,
    },
    'list-pull-request-files': {
        doing: "list the pull request's files",
        grant: 'add `pull-requests: read` to `permissions:`',
        writes: false,
    },
    'list-check-runs': {
        doing: "list the commit's check runs",
        grant: 'add `checks: read` to `permissions:`',
        writes: false,
    },
};
const FORK_NOTE = '; on a pull request from a fork the token is read-only, so the result is in the job summary only';
/** A GitHub call that failed, with the operation it was part of; the message is already the sentence to show. */
class errors_GitHubOperationFailure extends Error {
    operation;
    name = 'GitHubOperationFailure';
    constructor(operation, cause) {
        super(errors_describeGitHubFailure(cause, operation), { cause });
        this.operation = operation;
    }
}
/** Runs `call`, turning any failure into a GitHubOperationFailure for `operation`. */
async function errors_during(operation, call) {
    try {
        return await call();
    }
    catch (error) {
        throw error instanceof errors_GitHubOperationFailure ? error : new errors_GitHubOperationFailure(operation, error);
    }
}
function errors_describeGitHubFailure(error, operation) {
    if (error instanceof errors_GitHubOperationFailure)
        return error.message;
    const facts = OPERATIONS[operation];
    return `Could not ${facts.doing}: ${explain(failure_classification_classifyFailure(error), facts)}.`;
}
function explain(failure, facts) {
    switch (failure.kind) {
        case 'timeout':
            return `GitHub did not answer within ${formatSeconds(failure.timeoutMs)}, even after retrying; re-run the job, and if it keeps happening check https://www.githubstatus.com or raise the request timeout`;
        case 'too-large':
            return `GitHub's answer ${failure.declared ? 'declared' : 'reached'} ${formatMegabytes(failure.bytes)}, and policy-gate refuses any answer of ${formatMegabytes(failure.limit)} or more rather than parse it; the files the gate reads must be smaller than that — if they are, check that GITHUB_API_URL reaches GitHub itself (not a proxy that alters answers), re-run the job, and report it if it persists`;
        case 'network':
            return `the GitHub API could not be reached (${failure.detail}), even after retrying; check the runner's network or proxy and GITHUB_API_URL`;
        case 'secondary-rate-limit':
            return `GitHub's secondary rate limit refused the request${failure.retryAfterSeconds === undefined ? '' : ` (retry-after ${failure.retryAfterSeconds} s)`} after waiting and retrying; re-run the job in a few minutes, and avoid many jobs writing with the same token at once`;
        case 'primary-rate-limit':
            return `the token's API rate limit is used up${failure.resetsAt ? ` until ${failure.resetsAt.toISOString()}` : ''}; re-run the job after that, or use a token with a higher limit`;
        case 'bad-credentials':
            return `GitHub rejected the token (401 ${failure.detail}); check the \`token\` input — it may be expired, revoked or for another GitHub host`;
        case 'forbidden':
            return `GitHub answered 403 (${failure.detail}); ${facts.grant}${facts.writes ? FORK_NOTE : ''}`;
        case 'not-found':
            return facts.writes || failure.write
                ? `GitHub answered 404 (${failure.detail}), which it also answers when the token may not write here; ${facts.grant}${facts.writes ? FORK_NOTE : ''}`
                : `GitHub answered 404 (${failure.detail}): it does not exist or the token cannot see it; check the repository and number, and ${facts.grant} if it is missing`;
        case 'server-error':
            return `GitHub answered ${failure.status} (${failure.detail}) even after retrying; this is on GitHub's side — re-run the job later (https://www.githubstatus.com)`;
        case 'rejected':
            return `GitHub rejected the request with ${failure.status} (${failure.detail}); this is a bug in policy-gate or an input it did not validate — please report it`;
        case 'graphql':
            if (failure.type === 'FORBIDDEN')
                return `GitHub's GraphQL API refused it (${failure.detail}); ${facts.grant}`;
            if (failure.type === 'NOT_FOUND')
                return `GitHub's GraphQL API could not find it (${failure.detail}); check the repository name, and ${facts.grant} if it is missing`;
            return `GitHub's GraphQL API answered with an error (${failure.detail}); re-run the job, and report it if it persists`;
        case 'unexpected':
            return `${failure.detail || 'an unexpected error'}; re-run the job, and report it if it persists`;
    }
}
function formatMegabytes(bytes) {
    const megabytes = bytes / 1_000_000;
    return `${Number.isInteger(megabytes) ? megabytes : megabytes.toFixed(1)} MB`;
}
/**
 * A refusal that comes from what the token may do, not from GitHub failing: a 403 that is not a
 * rate limit, a 404 from an endpoint that writes, or a GraphQL FORBIDDEN. Callers degrade to the
 * job summary for these (a fork's read-only token) instead of failing the run.
 */
function isPermissionFailure(error) {
    const cause = error instanceof errors_GitHubOperationFailure ? error.cause : error;
    const failure = classifyFailure(cause);
    if (failure.kind === 'forbidden')
        return true;
    if (failure.kind === 'graphql')
        return failure.type === 'FORBIDDEN';
    return failure.kind === 'not-found' && failure.write;
}

;// CONCATENATED MODULE: ./lib/github/file-query.js
// The GraphQL document that reads many files at many commits in one request: one aliased
// `object(expression:)` per blob and per parent folder, every expression passed as a variable (so
// no path is ever spliced into the query text), and `viewer { login }` when asked.
/** The name of the check run policy-gate publishes (looked up so a re-run need not write). */
const CHECK_RUN_NAME = 'policy-gate';
/**
 * The newest policy-gate check runs of a commit (the newest is what branch protection and the pull
 * request show), with when each run started.
 */
const CHECK_RUNS_SELECTION = `checkSuites(last: 100) { nodes { checkRuns(last: 50, filterBy: { checkName: "${CHECK_RUN_NAME}" }) { nodes { databaseId name status conclusion startedAt title summary text annotations { totalCount } } } } }`;
const SELECTIONS = {
    blob: '__typename ... on Blob { text isBinary isTruncated byteSize }',
    tree: '__typename ... on Tree { entries { name type mode } }',
    'check-runs': `__typename ... on Commit { ${CHECK_RUNS_SELECTION} }`,
};
function file_query_fileQuery(repository, lookups, includeViewer) {
    const variables = {};
    const declarations = [];
    const lines = includeViewer ? ['  viewer { login }'] : [];
    if (lookups.length > 0) {
        // GraphQL refuses declared variables that are not used, so the repository comes with its objects.
        Object.assign(variables, { owner: repository.owner, name: repository.repo });
        declarations.push('$owner: String!', '$name: String!');
        lines.push('  repository(owner: $owner, name: $name) {');
        lookups.forEach((lookup, index) => {
            variables[`e${index}`] = lookup.expression;
            declarations.push(`$e${index}: String!`);
            lines.push(`    ${file_query_objectAlias(index)}: object(expression: $e${index}) { ${SELECTIONS[lookup.kind]} }`);
        });
        lines.push('  }');
    }
    const signature = declarations.length > 0 ? `(${declarations.join(', ')})` : '';
    return { query: [`query PolicyGateFiles${signature} {`, ...lines, '}'].join('\n'), variables };
}
function file_query_objectAlias(index) {
    return `o${index}`;
}

;// CONCATENATED MODULE: ./lib/github/repository-files.js



const DEFAULT_MAX_FILE_BYTES = (/* unused pure expression or super */ null && (16 * 1024 * 1024));
/** Objects per GraphQL request; more are sent in further requests. */
const MAX_OBJECTS_PER_REQUEST = 100;
const SYMLINK_MODE = 0o120000;
const FULL_SHA = /^[0-9a-f]{40}$/i;
async function repository_files_readFilesAtCommits(client, repository, requests, options = {}) {
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_FILE_BYTES;
    const files = new Map();
    const planned = [];
    for (const { commit, paths } of requests) {
        if (!FULL_SHA.test(commit))
            throw new Error(`${JSON.stringify(commit)} is not a full 40-character commit SHA`);
        for (const path of paths) {
            const key = `${commit}:${path}`;
            const checked = normaliseRepositoryPath(path);
            if (!checked.ok) {
                files.set(key, { kind: 'unreadable', reason: `${checked.reason} (${JSON.stringify(path)})` });
                continue;
            }
            const sha = commit.toLowerCase();
            planned.push({
                key,
                path: checked.path,
                blob: `${sha}:${checked.path}`,
                folder: `${sha}:${parentFolder(checked.path)}`,
            });
        }
    }
    const lookups = uniqueLookups(planned);
    // The head's existing policy-gate check runs ride along in the same request, so a re-run that
    // would publish the same result can skip writing (see publishCheckRun).
    const checkRunsLookup = options.checkRunsAt !== undefined && FULL_SHA.test(options.checkRunsAt)
        ? { kind: 'check-runs', expression: options.checkRunsAt.toLowerCase() }
        : undefined;
    if (checkRunsLookup)
        lookups.push(checkRunsLookup);
    const { viewerLogin, objects } = await during('read-files', () => fetchObjects(client, repository, lookups));
    for (const file of planned) {
        const blob = objects.get(lookupKey({ kind: 'blob', expression: file.blob })) ?? null;
        const folder = objects.get(lookupKey({ kind: 'tree', expression: file.folder })) ?? null;
        files.set(file.key, remoteFile(file, blob, folder, maxBytes));
    }
    const existingCheckRuns = checkRunsLookup
        ? checkRunsOf(objects.get(lookupKey(checkRunsLookup)) ?? null)
        : undefined;
    return { viewerLogin, files, existingCheckRuns };
}
function checkRunsOf(node) {
    return (node?.checkSuites?.nodes ?? []).flatMap((suite) => (suite?.checkRuns?.nodes ?? []).filter((run) => run !== null));
}
// The same expression can be wanted as a file and as a folder (`a` and `a/b`), so the kind is part of the key.
function lookupKey(lookup) {
    return `${lookup.kind} ${lookup.expression}`;
}
function uniqueLookups(planned) {
    const lookups = new Map();
    for (const file of planned) {
        for (const lookup of [
            { kind: 'blob', expression: file.blob },
            { kind: 'tree', expression: file.folder },
        ]) {
            lookups.set(lookupKey(lookup), lookup);
        }
    }
    return [...lookups.values()];
}
async function fetchObjects(client, repository, lookups) {
    const objects = new Map();
    let viewerLogin;
    const batchCount = Math.max(1, Math.ceil(lookups.length / MAX_OBJECTS_PER_REQUEST));
    for (let batch = 0; batch < batchCount; batch += 1) {
        const slice = lookups.slice(batch * MAX_OBJECTS_PER_REQUEST, (batch + 1) * MAX_OBJECTS_PER_REQUEST);
        const { query, variables } = fileQuery(repository, slice, batch === 0);
        const result = await client.graphql(query, variables);
        if (batch === 0)
            viewerLogin = result.viewer?.login;
        slice.forEach((lookup, index) => {
            objects.set(lookupKey(lookup), result.repository?.[objectAlias(index)] ?? null);
        });
    }
    return { viewerLogin, objects };
}
function remoteFile(file, blob, folder, maxBytes) {
    const entry = folder?.entries?.find((candidate) => candidate.name === baseName(file.path));
    if (entry && entry.mode === SYMLINK_MODE) {
        return {
            kind: 'unreadable',
            reason: `${file.path} is a symbolic link; policy-gate reads only regular files`,
        };
    }
    if (entry?.type === 'commit')
        return { kind: 'unreadable', reason: `${file.path} is a submodule, not a file` };
    if (blob === null)
        return { kind: 'missing' };
    if (blob.__typename !== 'Blob')
        return { kind: 'unreadable', reason: `${file.path} is a folder, not a file` };
    const bytes = blob.byteSize ?? 0;
    if (bytes > maxBytes) {
        return { kind: 'unreadable', reason: `${file.path} is ${bytes} bytes, over the limit of ${maxBytes}` };
    }
    if (blob.isBinary)
        return { kind: 'unreadable', reason: `${file.path} is a binary file, not text` };
    if (blob.isTruncated || typeof blob.text !== 'string') {
        return {
            kind: 'unreadable',
            reason: `${file.path} (${bytes} bytes) is too large for GitHub's GraphQL API to return in full`,
        };
    }
    return { kind: 'text', text: blob.text, bytes };
}

// EXTERNAL MODULE: ./lib/workspace/check-input.js
var check_input = __webpack_require__(4620);
// EXTERNAL MODULE: ./lib/workspace/workspace-reader.js
var workspace_reader = __webpack_require__(1114);
;// CONCATENATED MODULE: ./lib/action/commit-files.js




/** The files the gate needs from one workspace, relative to it. */
function gateFilesOf(inputs) {
    const config = inputs.config ? [inputs.config] : CONFIG_CANDIDATES;
    // Both tool documents: the release is only known once the attestation files are read.
    const execApprovals = inputs.execApprovals ? [inputs.execApprovals] : [];
    return [
        ...new Set([
            ...config,
            inputs.policy ?? 'policy.jsonc',
            TOOLS_FILE,
            AGENTS_FILE,
            ...execApprovals,
            inputs.attestation,
        ]),
    ];
}
function repositoryPath(workspace, file) {
    const relative = (0,workspace_reader/* normalizeRelative */.iQ)(file);
    if (relative === undefined)
        return undefined;
    return workspace === '.' ? relative : external_node_path_.posix.join(workspace, relative);
}
/**
 * Repository files every workspace's review reads: the `.gitattributes` of the root and of each
 * folder down to each workspace (they change how the agent's checkout reads the files).
 */
function checkoutAttributeFiles(workspaces) {
    const files = new Set(['.gitattributes']);
    for (const workspace of workspaces) {
        if (workspace === '.')
            continue;
        const parts = workspace.split('/');
        for (let depth = 1; depth <= parts.length; depth += 1)
            files.add(external_node_path_.posix.join(...parts.slice(0, depth), '.gitattributes'));
    }
    return [...files];
}
/**
 * Reads every workspace's files at every commit in ONE GraphQL request; a path discovered later
 * (a policy path named by a config) costs one more. Also returns the token's own login.
 */
async function commit_files_readCommits(client, repository, commits, inputs, checkRunsAt) {
    const files = gateFilesOf(inputs);
    const requests = [...new Set(commits)].map((commit) => ({
        commit,
        paths: [
            ...new Set([
                ...inputs.workspaces.flatMap((workspace) => files.flatMap((file) => repositoryPath(workspace, file) ?? [])),
                ...checkoutAttributeFiles(inputs.workspaces),
            ]),
        ],
    }));
    const fetched = await readFilesAtCommits(client, repository, requests, { checkRunsAt });
    const snapshots = new Map();
    for (const { commit } of requests) {
        const readers = new Map();
        const attestationText = new Map();
        for (const workspace of inputs.workspaces) {
            const known = new Map();
            for (const file of files) {
                const repoPath = repositoryPath(workspace, file);
                const relative = normalizeRelative(file);
                const remote = repoPath && fetched.files.get(`${commit}:${repoPath}`);
                if (relative && remote)
                    known.set(relative, toFileRead(relative, remote));
            }
            const fetchMissing = async (relative) => {
                const repoPath = repositoryPath(workspace, relative);
                if (repoPath === undefined)
                    return { kind: 'unreadable', path: relative, reason: `${relative} is outside the workspace.` };
                const more = await readFilesAtCommits(client, repository, [{ commit, paths: [repoPath] }]);
                const remote = more.files.get(`${commit}:${repoPath}`);
                return remote ? toFileRead(relative, remote) : { kind: 'missing', path: relative };
            };
            readers.set(workspace, memoryReader(`${commit.slice(0, 12)}:${workspace}`, known, fetchMissing));
            const attestation = known.get(normalizeRelative(inputs.attestation) ?? inputs.attestation);
            attestationText.set(workspace, attestation ?? { kind: 'missing', path: inputs.attestation });
        }
        const repositoryFiles = new Map();
        for (const file of checkoutAttributeFiles(inputs.workspaces)) {
            const remote = fetched.files.get(`${commit}:${file}`);
            repositoryFiles.set(file, remote ? toFileRead(file, remote) : { kind: 'missing', path: file });
        }
        snapshots.set(commit, { commit, readers, attestationText, repositoryFiles });
    }
    return { viewerLogin: fetched.viewerLogin, snapshots, existingCheckRuns: fetched.existingCheckRuns };
}
function toFileRead(relative, remote) {
    if (remote.kind === 'text')
        return { kind: 'text', path: relative, text: remote.text, bytes: remote.bytes };
    if (remote.kind === 'missing')
        return { kind: 'missing', path: relative };
    return { kind: 'unreadable', path: relative, reason: `${relative}: ${remote.reason}` };
}

;// CONCATENATED MODULE: ./lib/github/reviews.js


async function reviews_listReviews(client, pull) {
    const reviews = await during('list-reviews', () => client.paginate(client.rest.pulls.listReviews, {
        owner: pull.owner,
        repo: pull.repo,
        pull_number: pull.pullNumber,
        per_page: 100,
    }));
    // A review whose author's account was deleted has no user; it cannot accept anything.
    return reviews.flatMap((review) => review.user
        ? [
            {
                id: review.id,
                login: review.user.login,
                state: review.state,
                commitId: review.commit_id ?? undefined,
                submittedAt: review.submitted_at ?? undefined,
            },
        ]
        : []);
}
/** True for an active member; false when GitHub says there is no such membership (404). */
async function reviews_isTeamMember(client, membership) {
    try {
        const response = await client.rest.teams.getMembershipForUserInOrg({
            org: membership.org,
            team_slug: membership.teamSlug,
            username: membership.username,
        });
        return response.data.state === 'active';
    }
    catch (error) {
        if (classifyFailure(error).kind === 'not-found')
            return false;
        throw new GitHubOperationFailure('read-team-membership', error);
    }
}

;// CONCATENATED MODULE: ./lib/github/symbolic-links.js

const symbolic_links_SYMLINK_MODE = '120000';
/** Path → blob SHA (the link's target text) of every symbolic link at `commit`. */
async function symbolic_links_symbolicLinksAt(client, repository, commit) {
    const answer = await during('read-files', () => client.rest.git.getTree({ ...repository, tree_sha: commit, recursive: 'true' }));
    const links = new Map();
    for (const entry of answer.data.tree) {
        if (entry.mode === symbolic_links_SYMLINK_MODE && typeof entry.path === 'string')
            links.set(entry.path, entry.sha ?? '');
    }
    return { complete: !answer.data.truncated, links };
}

// EXTERNAL MODULE: ./lib/engine/release-profile.js
var release_profile = __webpack_require__(307);
// EXTERNAL MODULE: ./lib/gate/workspace-gate.js + 1 modules
var workspace_gate = __webpack_require__(4217);
// EXTERNAL MODULE: ./lib/engine/agents-markdown.js
var agents_markdown = __webpack_require__(4930);
// EXTERNAL MODULE: ./lib/engine/families/tools.js
var tools = __webpack_require__(832);
// EXTERNAL MODULE: ./lib/engine/tools-markdown.js
var tools_markdown = __webpack_require__(7967);
;// CONCATENATED MODULE: ./lib/engine/tool-changes.js



/** The tools a document declares, read by the scanner of the release that reads that document. */
function toolDocumentOf(file, text) {
    return { file, tools: file === 'TOOLS.md' ? (0,tools_markdown/* parseToolsMarkdown */.uZ)(text) : (0,agents_markdown/* scanAgentsMarkdownTools */.K7)(text) };
}
/** Ordered from least to most guarded, so a lower index is a downgrade. */
const RISK_ORDER = tools/* KNOWN_RISKS */.dl; // low, medium, high, critical
const SENSITIVITY_ORDER = tools/* KNOWN_SENSITIVITIES */.aA; // public, internal, confidential, restricted
/** TOOLS.md base → head (both sides read by the 2026.5.20 reader). */
function compareToolDeclarations(baseText, headText) {
    return compareToolDocuments(toolDocumentOf('TOOLS.md', baseText), toolDocumentOf('TOOLS.md', headText));
}
/**
 * Governed tools base → head, per tool (first declaration of each id): what changed, and which
 * changes are downgrades. The two sides may be read from different documents (a pull request that
 * migrates TOOLS.md into AGENTS.md): a tool is the same tool by its id. A risk or sensitivity that
 * is lowered, dropped or made unknown is a downgrade (the runtime gate would then treat the tool
 * less carefully), so is a removed capability (say IRREVERSIBLE_EXTERNAL), a changed owner
 * (accountability moves) and a removed tool: a tool that leaves governance, be it deleted, its
 * section renamed or its heading moved where the scanner skips it, is no longer gated at all.
 * An added tool is listed, not a downgrade: the policy's metadata checks and the attestation cover it.
 */
function compareToolDocuments(base, head) {
    const before = firstById(base.tools);
    const after = firstById(head.tools);
    const file = head.file;
    const changes = [];
    for (const [id, tool] of after) {
        const old = before.get(id);
        if (!old) {
            changes.push({ toolId: id, kind: 'tool-added', file, line: tool.line, downgrade: false });
            continue;
        }
        const at = { file, line: tool.line };
        changes.push(...ranked(id, 'risk', RISK_ORDER, old.risk, tool.risk, at));
        changes.push(...ranked(id, 'sensitivity', SENSITIVITY_ORDER, old.sensitivity, tool.sensitivity, at));
        const kept = new Set(tool.capabilities ?? []);
        const had = new Set(old.capabilities ?? []);
        for (const capability of had)
            if (!kept.has(capability))
                changes.push({
                    toolId: id,
                    kind: 'capability-removed',
                    before: capability,
                    ...at,
                    downgrade: true,
                });
        for (const capability of kept)
            if (!had.has(capability))
                changes.push({
                    toolId: id,
                    kind: 'capability-added',
                    after: capability,
                    ...at,
                    downgrade: false,
                });
        if (old.owner !== tool.owner)
            changes.push({
                toolId: id,
                kind: 'owner-changed',
                before: old.owner,
                after: tool.owner,
                ...at,
                downgrade: true,
            });
    }
    for (const [id, tool] of before) {
        if (!after.has(id))
            changes.push({ toolId: id, kind: 'tool-removed', file: base.file, line: tool.line, downgrade: true });
    }
    return changes;
}
function ranked(id, field, order, before, after, at) {
    if (before === after)
        return [];
    const from = before === undefined ? -1 : order.indexOf(before);
    const to = after === undefined ? -1 : order.indexOf(after);
    let kind = `${field}-changed`;
    if (from >= 0 && to >= 0)
        kind = to < from ? `${field}-lowered` : `${field}-raised`;
    else if (from >= 0 && to < 0)
        kind = `${field}-lowered`; // a known level dropped or made unknown
    else if (from < 0 && to >= 0)
        kind = `${field}-raised`; // from nothing or unknown to a known level
    const change = { toolId: id, kind, ...at, downgrade: kind === `${field}-lowered` };
    if (before !== undefined)
        change.before = before;
    if (after !== undefined)
        change.after = after;
    return [change];
}
function firstById(tools) {
    const byId = new Map();
    for (const tool of tools)
        if (!byId.has(tool.id))
            byId.set(tool.id, tool);
    return byId;
}

// EXTERNAL MODULE: ./lib/engine/record.js
var record = __webpack_require__(33);
;// CONCATENATED MODULE: ./lib/gate/attestation-release.js
// Which OpenClaw release a gate run checks against (issue 11): the `openclaw-version` input; else
// the release of the attestation the pull request proposes or the base accepted, told by its
// `checksRun` (15 → 2026.5.20, 68 → 2026.9.6); else the current release. Moving the accepted
// attestation from one release to another is an upgrade: shown as such, and it needs acceptance.


/** The release a verified attestation file was written for, by its `checksRun`. */
function attestationRelease(file) {
    if (file?.state !== 'verified')
        return { none: true };
    const checksRun = (0,record/* isRecord */.u4)(file.report) ? file.report.checksRun : undefined;
    const release = release_profile.SUPPORTED_RELEASES.find((candidate) => (0,release_profile/* profileOf */.d)(candidate).checksRun === checksRun);
    return release === undefined ? { unknownChecksRun: checksRun } : { release };
}
function chooseReleases(options) {
    const accepted = attestationRelease(options.accepted);
    const proposed = attestationRelease(options.proposed);
    const problem = [proposed, accepted]
        .map((side) => 'unknownChecksRun' in side
        ? `${options.attestationPath} has checksRun ${JSON.stringify(side.unknownChecksRun)}, which no supported OpenClaw release writes (${release_profile.SUPPORTED_RELEASES.join(', ')}): regenerate it with \`policy-gate accept --openclaw <release>\`, or set the \`openclaw-version\` input.`
        : undefined)
        .find((text) => text !== undefined);
    const acceptedRelease = 'release' in accepted ? accepted.release : undefined;
    const [head, source] = options.input !== undefined
        ? [options.input, 'input']
        : 'release' in proposed
            ? [proposed.release, 'proposed attestation']
            : acceptedRelease !== undefined
                ? [acceptedRelease, 'accepted attestation']
                : [release_profile.DEFAULT_RELEASE, 'default'];
    return {
        head,
        base: acceptedRelease ?? head,
        source,
        ...(acceptedRelease !== undefined && acceptedRelease !== head
            ? { upgrade: { from: acceptedRelease, to: head } }
            : {}),
        ...(problem !== undefined && options.input === undefined ? { problem } : {}),
    };
}

// EXTERNAL MODULE: ./lib/engine/provider-ids.js
var provider_ids = __webpack_require__(3254);
;// CONCATENATED MODULE: ./lib/gate/channel-models.js
// `channels.modelByChannel` routes a channel to a model outside the attested model evidence: a
// channel answered by a provider the policy denies is a problem that blocks the pull request like
// a finding (issue 12), whatever acceptance says. Pure over the head's written config and policy.


/** One sentence per channel route to a denied (or not allowed) provider. */
function channelModelProblems(config, policy) {
    const routes = (0,record/* isRecord */.u4)(config) && (0,record/* isRecord */.u4)(config.channels) ? config.channels.modelByChannel : undefined;
    if (!(0,record/* isRecord */.u4)(routes))
        return [];
    const providers = (0,record/* isRecord */.u4)(policy) && (0,record/* isRecord */.u4)(policy.models) ? policy.models.providers : undefined;
    const deny = providerList((0,record/* isRecord */.u4)(providers) ? providers.deny : undefined);
    const allow = providerList((0,record/* isRecord */.u4)(providers) ? providers.allow : undefined);
    return modelRefs(routes, 'channels.modelByChannel').flatMap(({ setting, ref }) => {
        const slash = ref.indexOf('/');
        if (slash <= 0)
            return []; // an alias or the default provider's model: the model evidence covers it
        const provider = (0,provider_ids/* normalizeProviderIdPlain */.C)(ref.slice(0, slash));
        if (deny.includes(provider))
            return [
                `${setting} routes to '${ref}', of provider '${provider}', which the policy denies (models.providers.deny).`,
            ];
        if (allow.length > 0 && !allow.includes(provider))
            return [
                `${setting} routes to '${ref}', of provider '${provider}', which the policy does not allow (models.providers.allow).`,
            ];
        return [];
    });
}
function modelRefs(value, setting) {
    if (typeof value === 'string')
        return [{ setting, ref: value.trim() }];
    if (!(0,record/* isRecord */.u4)(value))
        return [];
    return Object.entries(value).flatMap(([key, inner]) => modelRefs(inner, `${setting}.${key}`));
}
function providerList(value) {
    return Array.isArray(value)
        ? value.filter((entry) => typeof entry === 'string').map(provider_ids/* normalizeProviderIdPlain */.C)
        : [];
}

;// CONCATENATED MODULE: ./lib/gate/checkout-attributes.js
/** Attributes that change the bytes of a checkout, or how git treats them. */
const CHECKOUT_ATTRIBUTE = /^-?!?(?:working-tree-encoding|encoding|filter|eol|text|crlf|ident|binary)(?:=|$)/;
function checkoutAttributeChanges(file, baseText, headText) {
    const before = checkoutLines(baseText);
    const after = checkoutLines(headText);
    return [
        ...before
            .filter((line) => !after.includes(line))
            .map((line) => ({ setting: file, change: 'removed', before: line })),
        ...after
            .filter((line) => !before.includes(line))
            .map((line) => ({ setting: file, change: 'added', after: line })),
    ];
}
/** The lines with a checkout attribute, whitespace-normalised, comments and blanks dropped. */
function checkoutLines(text) {
    return text
        .split(/\r\n|\r|\n/)
        .map((line) => line.trim().replace(/\s+/g, ' '))
        .filter((line) => line !== '' && !line.startsWith('#'))
        .filter((line) => line
        .split(' ')
        .slice(1)
        .some((attribute) => CHECKOUT_ATTRIBUTE.test(attribute)));
}

// EXTERNAL MODULE: ./lib/engine/families/mcp.js
var mcp = __webpack_require__(4899);
;// CONCATENATED MODULE: ./lib/gate/guarded-settings.js
// Settings the running agent obeys that OpenClaw's attestation leaves out (issue 12): a pull
// request that changes one must be shown and accepted like a weakening, even when every hash is
// unchanged. Pure over the two written configs (as parsed, before OpenClaw's loader).
//   - MCP servers: `command`, `args`, `env`, `headers`, the whole `url` (the evidence keeps only
//     the command's name and the URL's origin);
//   - the policy plugin's switches and locks: `enabled`, `config.enabled`, `config.path`,
//     `config.expectedHash`, `config.expectedAttestationHash`, `config.runtimeToolPolicy`;
//   - `channels.modelByChannel`: which model answers on which channel.
// Secret-bearing values (args, env, headers, URLs with credentials, paths or queries) are shown
// only as a short hash, so the comment never prints a token a pull request put in the config; the
// pull request's own diff shows the reviewer what changed.



const MCP_FIELDS = ['command', 'args', 'env', 'headers', 'url'];
const SECRET_MAPS = new Set(['env', 'headers']);
/** Arguments carry tokens as often as env does (`--token …`): shown only hashed, as a whole. */
const SECRET_WHOLE = new Set(['args']);
const POLICY_PLUGIN_SWITCHES = [
    ['enabled'],
    ['config', 'enabled'],
    ['config', 'path'],
    ['config', 'expectedHash'],
    ['config', 'expectedAttestationHash'],
    ['config', 'runtimeToolPolicy'],
];
/** Every guarded setting that differs between the base's written config and the head's. */
function guardedSettingChanges(baseConfig, headConfig) {
    return [
        ...mcpServerChanges(baseConfig, headConfig),
        ...policyPluginChanges(baseConfig, headConfig),
        ...leafChanges('channels.modelByChannel', at(baseConfig, ['channels', 'modelByChannel']), at(headConfig, ['channels', 'modelByChannel']), plainText),
    ];
}
function mcpServerChanges(baseConfig, headConfig) {
    const before = recordAt(baseConfig, ['mcp', 'servers']);
    const after = recordAt(headConfig, ['mcp', 'servers']);
    const ids = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return ids.flatMap((id) => MCP_FIELDS.flatMap((field) => {
        const setting = `mcp.servers.${id}.${field}`;
        const [old, now] = [at(before[id], [field]), at(after[id], [field])];
        if (SECRET_MAPS.has(field))
            return leafChanges(setting, old, now, secretText);
        if (SECRET_WHOLE.has(field))
            return leafChanges(setting, old, now, secretText, true);
        return leafChanges(setting, old, now, field === 'url' ? urlText : plainText, true);
    }));
}
function policyPluginChanges(baseConfig, headConfig) {
    const entry = ['plugins', 'entries', 'policy'];
    return POLICY_PLUGIN_SWITCHES.flatMap((path) => leafChanges(['plugins.entries.policy', ...path].join('.'), at(baseConfig, [...entry, ...path]), at(headConfig, [...entry, ...path]), plainText, true));
}
/**
 * One change per differing leaf of two values (objects by key); `whole` compares the value as one
 * (a list of arguments changes as a whole, never entry by entry).
 */
function leafChanges(setting, before, after, show, whole = false) {
    if (sameValue(before, after))
        return [];
    if (!whole && ((0,record/* isRecord */.u4)(before) || (0,record/* isRecord */.u4)(after)) && !Array.isArray(before) && !Array.isArray(after)) {
        const old = (0,record/* isRecord */.u4)(before) ? before : {};
        const now = (0,record/* isRecord */.u4)(after) ? after : {};
        const keys = [...new Set([...Object.keys(old), ...Object.keys(now)])];
        return keys.flatMap((key) => leafChanges(`${setting}.${key}`, old[key], now[key], show));
    }
    const change = {
        setting,
        change: before === undefined ? 'added' : after === undefined ? 'removed' : 'changed',
    };
    if (before !== undefined)
        change.before = show(before);
    if (after !== undefined)
        change.after = show(after);
    return [change];
}
function sameValue(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
}
const MAX_SHOWN = 120;
function plainText(value) {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text;
}
/** A secret never leaves the config: 12 hex digits of its SHA-256 tell a reviewer that it changed. */
function secretText(value) {
    const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
    return `secret sha256:${(0,external_node_crypto_.createHash)('sha256').update(text).digest('hex').slice(0, 12)}`;
}
/** The origin as evidence shows it; anything more (credentials, path, query) only hashed. */
function urlText(value) {
    if (typeof value !== 'string')
        return plainText(value);
    const origin = (0,mcp/* redactUrl */.BO)(value);
    return origin === value || `${origin}/` === value ? value : `${origin}/… (${secretText(value)})`;
}
function at(value, path) {
    let current = value;
    for (const key of path) {
        if (!(0,record/* isRecord */.u4)(current) || !Object.hasOwn(current, key))
            return undefined;
        current = current[key];
    }
    return current;
}
function recordAt(value, path) {
    const found = at(value, path);
    return (0,record/* isRecord */.u4)(found) ? found : {};
}

;// CONCATENATED MODULE: ./lib/gate/guarded-review.js
// Everything a pull request changes that the attestation does not cover but the agent obeys
// (issue 12), gathered for one workspace: guarded config settings, checkout attributes and
// symbolic links need acceptance; a channel routed to a denied provider blocks like a finding.



const NAMED_IN_REASON = 5;
function guardedReview(input) {
    const changes = [
        ...guardedSettingChanges(input.baseConfig, input.headConfig),
        ...input.attributes.flatMap(({ file, base, head }) => typeof base === 'string' && typeof head === 'string'
            ? checkoutAttributeChanges(file, base, head)
            : // The gate cannot tell what it says: a reviewer must look.
                [
                    {
                        setting: file,
                        change: 'changed',
                        after: `unreadable: ${[base, head].flatMap((side) => (typeof side === 'string' ? [] : [side.unreadable])).join('; ')}`,
                    },
                ]),
        ...input.links,
    ];
    const named = [...new Set(changes.map((change) => change.setting))];
    const more = named.length > NAMED_IN_REASON ? `, and ${named.length - NAMED_IN_REASON} more` : '';
    return {
        changes,
        problems: channelModelProblems(input.headConfig, input.headPolicy),
        reasons: changes.length === 0
            ? []
            : [
                `this pull request changes ${changes.length} guarded setting(s) the attestation does not cover (${named.slice(0, NAMED_IN_REASON).join(', ')}${more})`,
            ],
    };
}

// EXTERNAL MODULE: ./lib/engine/policy-compare.js
var policy_compare = __webpack_require__(3824);
// EXTERNAL MODULE: ./lib/engine/current/policy-conformance.js + 2 modules
var policy_conformance = __webpack_require__(1587);
// EXTERNAL MODULE: ./lib/engine/current/strictness.js
var strictness = __webpack_require__(7892);
;// CONCATENATED MODULE: ./lib/gate/claim-weakenings.js
// Policy weakening under OpenClaw 2026.9.6 (issue 11): the release's own `policy compare` of the
// base policy (baseline) against the head's (candidate), every claim of its rule metadata, told in
// words a reviewer can check: which entries an allowlist gained, which a denylist lost, which way
// an ordered enum moved, which flag flipped, which scope loosens a global rule.


/** Entries named in a detail before "and N more". */
const SHOWN_ENTRIES = 5;
/** Base → head under 2026.9.6 claims; both policies already parsed, named by their basenames. */
function claimWeakenings(base, head) {
    const comparison = (0,policy_conformance/* comparePolicyClaims */.Z5)((0,policy_conformance/* comparedPolicy */._F)(base.name, base.value), (0,policy_conformance/* comparedPolicy */._F)(head.name, head.value));
    if ('invalid' in comparison) {
        const first = comparison.invalid[0];
        return { incomparable: first?.message ?? 'one of the policies has an invalid shape.' };
    }
    return { weakenings: comparison.problems.map(weakeningOf) };
}
function weakeningOf(problem) {
    return {
        rule: problem.baseline.propertyPath,
        kind: problem.kind,
        detail: problem.candidate === undefined
            ? missingDetail(problem.baseline)
            : weakerDetail(problem.baseline, problem.candidate),
        finding: problem.finding,
    };
}
function missingDetail(baseline) {
    return `is no longer set (the base requires ${valueText(baseline, baseline.value)})`;
}
function weakerDetail(baseline, head) {
    const how = ruleChange(baseline, head);
    if (baseline.selector !== undefined || head.selector === undefined)
        return how;
    // A global rule of the base loosened by a scope of the head.
    const scope = head.propertyPath.split('.')[1] ?? '';
    return `scope '${scope}' loosens it for ${selectorLabel(head)}: ${how}`;
}
/** How the head's value of the same rule is weaker than the base's. */
function ruleChange(baseline, head) {
    const rule = baseline.rule;
    const before = (0,strictness/* policyStringList */.ql)(baseline.value, rule);
    const after = (0,strictness/* policyStringList */.ql)(head.value, rule);
    switch (rule.strictness) {
        case 'allowlist-subset': {
            if (before === undefined || after === undefined)
                return changedDetail(baseline, head);
            if (after.length === 0 && rule.emptyList === 'disabled')
                return 'is emptied, which switches the allowlist off';
            return `allows ${entries(after.filter((entry) => !before.includes(entry)))} (not allowed on the base)`;
        }
        case 'denylist-superset': {
            if (before === undefined || after === undefined)
                return changedDetail(baseline, head);
            const dropped = before.filter((entry) => !after.includes(entry));
            return dropped.length > 0
                ? `no longer denies ${entries(dropped)}`
                : `denies less than the base's ${entries(before)}`;
        }
        case 'ordered-string': {
            const order = rule.orderedValues?.join(' < ') ?? '';
            return `moves from ${valueText(baseline, baseline.value)} to ${valueText(head, head.value)} (from strictest last: ${order})`;
        }
        case 'requires-true':
            return `is no longer true (now ${valueText(head, head.value)})`;
        case 'requires-false':
            return `is no longer false (now ${valueText(head, head.value)})`;
        case 'exact-list':
        case 'routing-probes':
            return changedDetail(baseline, head);
    }
}
function changedDetail(baseline, head) {
    return `changes from ${valueText(baseline, baseline.value)} to ${valueText(head, head.value)}`;
}
function selectorLabel(claim) {
    const kind = claim.selector?.kind === 'agentIds' ? 'agent' : 'channel';
    return `${kind} '${claim.selector?.value ?? ''}'`;
}
/** A short rendering of a rule value (lists by their entries, probes by their ids). */
function valueText(claim, value) {
    const list = (0,strictness/* policyStringList */.ql)(value, claim.rule);
    if (list !== undefined)
        return list.length === 0 ? 'an empty list' : entries(list);
    if (claim.rule.strictness === 'routing-probes' && Array.isArray(value)) {
        const ids = value.map((probe) => typeof probe === 'object' && probe !== null && 'id' in probe ? String(probe.id) : '?');
        return ids.length === 0 ? 'no probes' : `probes ${entries(ids)}`;
    }
    const text = JSON.stringify(value);
    return text === undefined ? 'nothing' : text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
function entries(list) {
    const shown = list.slice(0, SHOWN_ENTRIES).map((entry) => `'${entry}'`);
    const more = list.length - shown.length;
    return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
}

;// CONCATENATED MODULE: ./lib/gate/review-changes.js





/**
 * What a pull request loosens, base → head (issues 4 and 11): policy rules weakened, as the
 * release the head is checked against compares policies, and governed tools downgraded or gone.
 * Either needs an acceptor's approval even when the attestation was re-proposed correctly. Two
 * policies that cannot be compared rule by rule need it too: a gate that cannot tell must not
 * pass. Without both policies there is nothing to compare (the verdict covers that case).
 */
function reviewChanges(base, head, release) {
    const compared = base.value !== undefined && head.value !== undefined
        ? policyWeakenings(base, head, release)
        : { weakenings: [] };
    const weakenings = 'weakenings' in compared ? compared.weakenings : [];
    const toolChanges = compareToolDocuments(base.tools, head.tools);
    const downgrades = toolChanges.filter((change) => change.downgrade);
    const reasons = [
        ...('incomparable' in compared
            ? [`the policy could not be compared rule by rule with the base's: ${compared.incomparable}`]
            : []),
        ...weakenings.map((w) => `the policy is weakened: ${w.rule} ${w.detail}`),
        ...(downgrades.length > 0
            ? [
                `${head.tools.file} downgrades or removes ${downgrades.length} governed tool declaration(s) (${[...new Set(downgrades.map((d) => d.toolId))].slice(0, 5).join(', ')})`,
            ]
            : []),
    ];
    return { weakenings, toolChanges, reasons };
}
function policyWeakenings(base, head, release) {
    // A release with its own `policy compare` is compared its way; otherwise policy-gate's comparison.
    if ((0,release_profile/* profileOf */.d)(release).policyCompare === undefined)
        return (0,policy_compare/* comparePolicies */.O)(base.value, head.value, { baseline: base.name, candidate: head.name });
    return claimWeakenings({ name: external_node_path_.posix.basename(base.name.display), value: base.value }, { name: external_node_path_.posix.basename(head.name.display), value: head.value });
}

// EXTERNAL MODULE: ./lib/engine/current/evaluate-policy.js + 39 modules
var evaluate_policy = __webpack_require__(4136);
// EXTERNAL MODULE: ./lib/workspace/input-error.js
var input_error = __webpack_require__(1242);
;// CONCATENATED MODULE: ./lib/workspace/repository-host.js
// The OpenClaw host of the pull-request gate: a commit's files read through the API, nothing else.
// No machine stands behind it, so everything OpenClaw would read from one is either a file of the
// workspace at that commit or refused with what to do: the agent's workspace must be the
// repository workspace or a directory inside it; exec approvals come from a committed JSON
// document (the `exec-approvals` input, as `--exec-approvals` for the CLI); no environment
// variable is expanded (a `${VAR}` template is missing, as OpenClaw treats an unset variable), so a
// runner's secrets never reach evidence, hashes or the comment.




/** Where the gate pretends the workspace and OpenClaw's home are: fixed, so results never depend on the runner. */
const WORKSPACE_ROOT = '/openclaw/workspace';
const HOME = '/openclaw/home';
function repositoryHost(options) {
    const { reader } = options;
    return {
        surface: 'policy check',
        agent: options.agent,
        workspaceRoot: WORKSPACE_ROOT,
        home: HOME,
        env: {},
        stateDir: { path: external_node_path_.posix.join(HOME, '.openclaw'), overridden: false },
        readerFor: (dir) => subdirectoryReader(reader, dir),
        readExecApprovals: () => readCommittedExecApprovals(reader, options.execApprovalsFile),
        warn: options.warn,
    };
}
/** An agent workspace inside the repository workspace; any other is refused on every read. */
function subdirectoryReader(reader, dir) {
    const relative = (0,workspace_reader/* normalizeRelative */.iQ)(external_node_path_.posix.relative(WORKSPACE_ROOT, dir));
    const outside = `the agent's workspace (${dir.replace(WORKSPACE_ROOT, '<workspace>').replace(HOME, '~')}) is not inside the repository workspace, and the gate reads only the repository's files: give the agent a workspace inside it, or gate that directory as its own workspace.`;
    return {
        describe: `${reader.describe}/${relative ?? dir}`,
        read: async (filePath) => {
            const inner = relative === undefined ? undefined : (0,workspace_reader/* normalizeRelative */.iQ)(filePath);
            if (relative === undefined || inner === undefined)
                return { kind: 'unreadable', path: filePath, reason: outside };
            return reader.read(external_node_path_.posix.join(relative, inner));
        },
        displayPath: (filePath) => relative === undefined ? filePath : reader.displayPath(external_node_path_.posix.join(relative, filePath)),
    };
}
async function readCommittedExecApprovals(reader, file) {
    if (file === undefined) {
        throw new input_error/* InputError */.d("the policy has execApprovals rules, which OpenClaw checks against its state database on the agent's machine: commit the exec approvals JSON document, name it with the `exec-approvals` input, and accept with `--exec-approvals <file>`.");
    }
    const read = await reader.read(file);
    if (read.kind === 'missing')
        throw new input_error/* InputError */.d(`${file} does not exist in the workspace (exec-approvals input).`);
    if (read.kind === 'unreadable')
        throw new input_error/* InputError */.d(`${read.reason} (exec-approvals input).`);
    return { locator: evaluate_policy/* DEFAULT_EXEC_APPROVALS_LOCATOR */.yW, raw: read.text };
}

// EXTERNAL MODULE: ./lib/action/evaluate-workspace.js
var evaluate_workspace = __webpack_require__(2003);
;// CONCATENATED MODULE: ./lib/action/compare-sides.js
// One workspace's base and head, as the gate compares them (issues 3, 4, 11, 12): the attestation
// files, the release each side is checked against, both evaluations, and what the head loosens
// (weakenings, tool downgrades, guarded settings). Over injected readers, so the action (commits
// read through the API) and `policy-gate status` (git and the working tree) decide alike.








async function compare_sides_compareSides(options) {
    const { workspace, settings, head, base } = options;
    const attestationPath = repositoryPath(workspace, settings.attestation) ?? settings.attestation;
    const missing = { kind: 'missing', path: attestationPath };
    const headAttestation = head.attestation ?? missing;
    const baseAttestation = base ? (base.attestation ?? missing) : headAttestation;
    const accepted = (0,evaluate_workspace/* attestationState */.e)(baseAttestation, attestationPath);
    const proposed = base && !sameFile(headAttestation, baseAttestation)
        ? (0,evaluate_workspace/* attestationState */.e)(headAttestation, attestationPath)
        : undefined;
    const releases = chooseReleases({ input: settings.openclawVersion, accepted, proposed, attestationPath });
    const evaluate = (reader, release) => (0,evaluate_workspace/* evaluateReader */.r)(reader, {
        config: settings.config,
        policy: settings.policy,
        checkedAt: options.now.toISOString(),
        profile: (0,release_profile/* profileOf */.d)(release),
        host: repositoryHost({
            reader,
            agent: settings.agent,
            execApprovalsFile: settings.execApprovals,
            // The loader's warnings (deprecated keys, unset variables) change nothing the gate decides.
            warn: () => undefined,
        }),
    });
    const candidate = await evaluate(head.reader, releases.head);
    const baseCurrent = base ? await evaluate(base.reader, releases.base) : candidate;
    const isProposal = proposed !== undefined &&
        !(proposed.state === 'verified' &&
            accepted.state === 'verified' &&
            proposed.attestationHash === accepted.attestationHash);
    const reasons = !isProposal
        ? []
        : proposed.state === 'absent'
            ? ['this pull request deletes the attestation file']
            : ['this pull request proposes a new attestation'];
    if (isProposal && releases.upgrade)
        reasons.push(`this pull request moves the accepted attestation from OpenClaw ${releases.upgrade.from} to ${releases.upgrade.to}`);
    const review = base
        ? await reviewOf(baseCurrent, candidate, base.reader, head.reader, releases)
        : undefined;
    const loosenings = [...(review?.reasons ?? [])];
    const guarded = base
        ? guardedReview({
            baseConfig: writtenConfig(baseCurrent),
            headConfig: writtenConfig(candidate),
            headPolicy: parsedPolicy(candidate),
            attributes: checkoutAttributeFiles([workspace]).map((file) => ({
                file,
                base: textOf(base.repositoryFile(file)),
                head: textOf(head.repositoryFile(file)),
            })),
            links: options.links,
        })
        : undefined;
    loosenings.push(...(guarded?.reasons ?? []));
    reasons.push(...loosenings);
    const headTools = await head.reader.read((0,release_profile/* profileOf */.d)(releases.head).toolsDocument);
    return {
        attestationPath,
        accepted,
        proposed,
        releases,
        candidate,
        baseCurrent,
        review,
        guarded,
        reasons,
        loosenings,
        headToolsMarkdown: headTools.kind === 'text' ? headTools.text : undefined,
    };
}
/** What `workspaceGateResult` takes from the comparison, the same for the action and `status`. */
function compare_sides_comparedGateInput(sides) {
    return {
        attestationFile: sides.attestationPath,
        candidate: sides.candidate,
        baseCurrent: sides.baseCurrent,
        accepted: sides.accepted,
        proposed: sides.proposed,
        guarded: sides.guarded,
        weakenings: sides.review?.weakenings,
        toolChanges: sides.review?.toolChanges,
        headToolsMarkdown: sides.headToolsMarkdown,
        release: sides.releases,
    };
}
/** Policy weakening and governed-tool downgrades between the base and the head of one workspace. */
async function reviewOf(base, head, baseReader, headReader, releases) {
    if (!base || 'error' in base || 'error' in head)
        return undefined;
    const side = async (evaluation, reader, release) => {
        if (evaluation.loaded.kind !== 'input')
            return undefined;
        const { policy, name } = evaluation.loaded.input;
        // Read whatever the policy requires: a tool leaving governance needs acceptance in any case.
        const file = (0,release_profile/* profileOf */.d)(release).toolsDocument;
        const tools = await reader.read(file);
        return {
            value: policy.state === 'parsed' ? policy.value : undefined,
            name,
            tools: toolDocumentOf(file, tools.kind === 'text' ? tools.text : ''),
        };
    };
    const [before, after] = [
        await side(base, baseReader, releases.base),
        await side(head, headReader, releases.head),
    ];
    return before && after ? reviewChanges(before, after, releases.head) : undefined;
}
/** The OpenClaw config as written on one side (before OpenClaw's loader), if it was read. */
function writtenConfig(evaluation) {
    if (evaluation === undefined || 'error' in evaluation)
        return undefined;
    return evaluation.loaded.kind === 'input' ? evaluation.loaded.config?.document.value : undefined;
}
function parsedPolicy(evaluation) {
    if ('error' in evaluation || evaluation.loaded.kind !== 'input')
        return undefined;
    const { policy } = evaluation.loaded.input;
    return policy.state === 'parsed' ? policy.value : undefined;
}
/** A file's text ('' when missing), or why it cannot be read. */
function textOf(read) {
    if (read?.kind === 'unreadable')
        return { unreadable: read.reason };
    return read?.kind === 'text' ? read.text : '';
}
function sameFile(a, b) {
    return a.kind === b.kind && (a.kind !== 'text' || (b.kind === 'text' && a.text === b.text));
}

;// CONCATENATED MODULE: ./lib/action/gate-workspaces.js









/** Reads both commits, evaluates every workspace, and decides. Any failure is an `error` verdict. */
async function gateWorkspaces(context) {
    const { client, event, inputs } = context;
    if (context.settingsProblem !== undefined)
        return everyWorkspaceFails(context, context.settingsProblem, undefined);
    const repository = { owner: event.owner, repo: event.repo };
    const commits = event.baseSha ? [event.headSha, event.baseSha] : [event.headSha];
    let read;
    try {
        read = await readCommits(client, repository, commits, inputs, inputs.checkRun ? event.headSha : undefined);
    }
    catch (error) {
        return everyWorkspaceFails(context, describeGitHubFailure(error, 'read-files'), undefined);
    }
    const head = read.snapshots.get(event.headSha);
    const base = event.baseSha ? read.snapshots.get(event.baseSha) : undefined;
    let links;
    try {
        if (event.baseSha !== undefined)
            links = {
                head: await symbolicLinksAt(client, repository, event.headSha),
                base: await symbolicLinksAt(client, repository, event.baseSha),
            };
    }
    catch (error) {
        return everyWorkspaceFails(context, describeGitHubFailure(error, 'read-files'), read.viewerLogin);
    }
    let reviews;
    const results = [];
    for (const workspace of inputs.workspaces) {
        const headReader = head?.readers.get(workspace);
        if (!headReader)
            throw new Error(`internal: no reader for workspace ${workspace}`);
        const baseReader = base?.readers.get(workspace);
        const sides = await compareSides({
            workspace,
            settings: inputs,
            now: context.now,
            head: {
                reader: headReader,
                attestation: head?.attestationText.get(workspace),
                repositoryFile: (file) => head?.repositoryFiles.get(file),
            },
            base: base && baseReader
                ? {
                    reader: baseReader,
                    attestation: base.attestationText.get(workspace),
                    repositoryFile: (file) => base.repositoryFiles.get(file),
                }
                : undefined,
            links: links ? workspaceLinkChanges(workspace, links.base, links.head) : [],
        });
        const { releases, reasons } = sides;
        const settingsReasons = context.acceptanceReasons ?? [];
        reasons.push(...settingsReasons);
        let acceptance;
        let extraError;
        try {
            if (reasons.length > 0 && inputs.acceptors.length > 0 && event.pullRequest) {
                reviews ??= await listReviews(client, {
                    owner: event.owner,
                    repo: event.repo,
                    pullNumber: event.pullRequest.number,
                });
                acceptance = await acceptanceFor({
                    reasons,
                    acceptors: parseAcceptors(inputs.acceptors),
                    approvers: approvalsOfHead(reviews, event.headSha, event.pullRequest.author),
                    memberOf: (username, org, teamSlug) => isTeamMember(client, { org, teamSlug, username }),
                });
            }
            else {
                acceptance = await acceptanceFor({
                    reasons,
                    acceptors: parseAcceptors(inputs.acceptors),
                    approvers: [],
                    memberOf: async () => false,
                });
            }
        }
        catch (error) {
            extraError = describeGitHubFailure(error, 'list-reviews');
            acceptance = { status: 'awaiting', acceptors: inputs.acceptors, reasons, satisfied: false };
        }
        results.push(workspaceGateResult({
            workspaceId: workspace,
            ...comparedGateInput(sides),
            acceptance,
            needsAcceptanceAnyway: sides.loosenings.length + settingsReasons.length > 0,
            acceptCommand: acceptCommand(workspace, inputs, releases.head, context.cli),
            extraError: releases.problem ?? extraError,
        }));
    }
    return {
        report: reportOf(context, results),
        known: { viewerLogin: read.viewerLogin, existingCheckRuns: read.existingCheckRuns },
    };
}
/** The one command that (re-)accepts this workspace locally. */
function acceptCommand(workspace, inputs, release, cli = 'npx policy-gate') {
    const parts = [cli, 'accept'];
    if (release !== release_profile.DEFAULT_RELEASE)
        parts.push('--openclaw', release);
    if (workspace !== '.')
        parts.push('--cwd', workspace);
    if (inputs.agent)
        parts.push('--agent', inputs.agent);
    // `--exec-approvals` is relative to the current directory, the input to the workspace.
    if (inputs.execApprovals)
        parts.push('--exec-approvals', repositoryPath(workspace, inputs.execApprovals) ?? inputs.execApprovals);
    if (inputs.config)
        parts.push('--config', inputs.config);
    if (inputs.policy)
        parts.push('--policy', inputs.policy);
    if (inputs.attestation !== 'policy.attestation.json')
        parts.push('--out', inputs.attestation);
    return parts.join(' ');
}
function errorResult(workspace, reason) {
    return workspaceGateResult({
        workspaceId: workspace,
        attestationFile: workspace,
        candidate: { error: reason },
        baseCurrent: undefined,
        accepted: { state: 'absent' },
        proposed: undefined,
        acceptance: { status: 'not-needed', acceptors: [], reasons: [], satisfied: false },
        needsAcceptanceAnyway: false,
        acceptCommand: '',
        extraError: reason,
    });
}
/** One `error` result per workspace: nothing could be decided. */
function everyWorkspaceFails(context, reason, viewerLogin) {
    return {
        report: reportOf(context, context.inputs.workspaces.map((workspace) => errorResult(workspace, reason))),
        known: { viewerLogin },
    };
}
function reportOf(context, workspaces) {
    return {
        repository: `${context.event.owner}/${context.event.repo}`,
        event: context.event.name,
        headSha: context.event.headSha,
        baseSha: context.event.baseSha,
        mode: context.inputs.mode,
        workspaces,
        passed: workspaces.every((w) => w.passed),
    };
}

;// CONCATENATED MODULE: ./lib/gate/acceptance.js
function acceptance_parseAcceptors(raw) {
    return raw.map((entry) => {
        const [org, team] = entry.split('/');
        return team === undefined
            ? { kind: 'user', login: entry.replace(/^@/, '') }
            : { kind: 'team', org: (org ?? '').replace(/^@/, ''), team };
    });
}
/**
 * The reviewers whose approval could accept: the latest review of each user is an approval of
 * the head SHA, and the user is not the author. (A later comment-only review does not withdraw
 * an approval, as on GitHub; a dismissal does.)
 */
function acceptance_approvalsOfHead(reviews, headSha, author) {
    const latest = new Map();
    for (const review of reviews) {
        if (review.state === 'COMMENTED' || review.state === 'PENDING')
            continue;
        latest.set(review.login.toLowerCase(), review);
    }
    return [...latest.values()]
        .filter((review) => review.state === 'APPROVED' && review.commitId === headSha)
        .filter((review) => author === undefined || review.login.toLowerCase() !== author.toLowerCase())
        .map((review) => review.login);
}
/**
 * GATE.md's acceptance rule. `memberOf` answers team membership for an approver (the shell reads
 * it through the API, and throws when the token cannot).
 */
async function acceptance_acceptanceFor(options) {
    const acceptors = options.acceptors.map((a) => (a.kind === 'user' ? a.login : `${a.org}/${a.team}`));
    if (options.reasons.length === 0)
        return { status: 'not-needed', acceptors, reasons: [], satisfied: true };
    if (options.acceptors.length === 0)
        return { status: 'nobody-required', acceptors, reasons: options.reasons, satisfied: true };
    for (const login of options.approvers) {
        for (const acceptor of options.acceptors) {
            const accepts = acceptor.kind === 'user'
                ? acceptor.login.toLowerCase() === login.toLowerCase()
                : await options.memberOf(login, acceptor.org, acceptor.team);
            if (accepts)
                return {
                    status: 'accepted',
                    acceptors,
                    approvedBy: login,
                    reasons: options.reasons,
                    satisfied: true,
                };
        }
    }
    return { status: 'awaiting', acceptors, reasons: options.reasons, satisfied: false };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./lib/gate/settings-file.js
// `.github/policy-gate.yml`: the gate's settings as the base branch has them (issue 12, item 2).
// Who may accept and how strict the gate is must not be decided by the pull request the gate
// judges, and on `pull_request` the workflow file — and so every input — comes from that pull
// request. The file is read at the base commit through the API; this module only parses it,
// strictly: an unknown key, a wrong type or a value the action would refuse as an input is an
// error naming the key and its line, never a setting silently ignored.



const SETTINGS_FILE = '.github/policy-gate.yml';
/** A settings file larger than this is refused (a real one is a few lines). */
const MAX_SETTINGS_BYTES = 64 * 1024;
/** The keys of the file, spelt as the action's inputs are (`workspaces` is the `workspace` input). */
const SETTING_KEYS = [
    'acceptors',
    'mode',
    'workspaces',
    'openclaw-version',
    'attestation',
    'policy',
    'config',
    'agent',
    'exec-approvals',
];
const FIELD_OF = {
    acceptors: 'acceptors',
    mode: 'mode',
    workspaces: 'workspaces',
    'openclaw-version': 'openclawVersion',
    attestation: 'attestation',
    policy: 'policy',
    config: 'config',
    agent: 'agent',
    'exec-approvals': 'execApprovals',
};
const ACCEPTOR = /^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9._-]+)?$/;
/** A GitHub login (`alice`, `@alice`) or an `org/team` slug, as `acceptors` takes them. */
function isAcceptorName(value) {
    return ACCEPTOR.test(value);
}
/** `alice`, `@Alice` → `alice`: how two acceptor entries are compared. */
function acceptorKey(value) {
    return value.replace(/^@/, '').toLowerCase();
}
/** `.` or a normalised directory inside the repository; undefined when it leads out. */
function workspaceDirectory(dir) {
    return dir === '.' || dir === './' ? '.' : (0,workspace_reader/* normalizeRelative */.iQ)(dir.replace(/\/+$/, ''));
}
/**
 * Parses the file's text. `where` names it in messages (`.github/policy-gate.yml on main`).
 * An empty file (or one with only comments) sets nothing.
 */
function parseSettingsFile(text, where) {
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > MAX_SETTINGS_BYTES)
        return { ok: false, problem: `${where} is ${bytes} bytes, over the limit of ${MAX_SETTINGS_BYTES}.` };
    const lineCounter = new dist/* LineCounter */.HN();
    const document = (0,dist/* parseDocument */.Tp)(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
    const [error] = [...document.errors, ...document.warnings];
    if (error) {
        const line = error.pos[0] === undefined ? undefined : lineCounter.linePos(error.pos[0]).line;
        return {
            ok: false,
            problem: `${where} is not valid YAML${line === undefined ? '' : ` (line ${line})`}: ${firstLine(error.message)}.`,
        };
    }
    const root = document.contents;
    if (root === null || ((0,dist/* isScalar */.jn)(root) && (root.value === null || root.value === '')))
        return { ok: true, settings: {} };
    if (!(0,dist/* isMap */.jh)(root))
        return { ok: false, problem: `${where} must be a mapping of settings (\`acceptors:\`, \`mode:\`, …).` };
    const at = (node) => {
        const offset = node?.range?.[0];
        return offset === undefined ? '' : ` (line ${lineCounter.linePos(offset).line})`;
    };
    const settings = {};
    for (const pair of root.items) {
        const keyNode = pair.key;
        const key = (0,dist/* isScalar */.jn)(keyNode) ? keyNode.value : undefined;
        if (typeof key !== 'string' || !SETTING_KEYS.includes(key)) {
            return {
                ok: false,
                problem: `${where} has the unknown key ${JSON.stringify((0,dist/* isScalar */.jn)(keyNode) ? keyNode.value : keyNode?.toString())}${at(keyNode)}; the keys are ${SETTING_KEYS.join(', ')}.`,
            };
        }
        const value = settingValue(key, pair.value);
        if (typeof value === 'object' && value !== null && 'problem' in value)
            return {
                ok: false,
                problem: `\`${key}\` in ${where}${at(pair.value)} ${value.problem}`,
            };
        Object.assign(settings, { [FIELD_OF[key]]: value });
    }
    return { ok: true, settings };
}
function settingValue(key, node) {
    switch (key) {
        case 'acceptors': {
            const names = stringList(node, 'a list of users or org/team slugs, e.g. `acceptors: [alice, my-org/security]`');
            if ('problem' in names)
                return names;
            const wrong = names.list.find((name) => !isAcceptorName(name));
            return wrong === undefined
                ? names.list
                : { problem: `must be a list of users or org/team slugs, got ${JSON.stringify(wrong)}.` };
        }
        case 'workspaces': {
            const dirs = stringList(node, 'a list of directories, e.g. `workspaces: [., packages/agent]`');
            if ('problem' in dirs)
                return dirs;
            if (dirs.list.length === 0)
                return { problem: 'must name at least one directory.' };
            const normalized = dirs.list.map((dir) => workspaceDirectory(dir));
            const wrong = dirs.list.find((_, index) => normalized[index] === undefined);
            if (wrong !== undefined)
                return { problem: `must be directories inside the repository, got ${JSON.stringify(wrong)}.` };
            return [...new Set(normalized)];
        }
        case 'mode':
            return oneOf(node, ['enforce', 'advisory']);
        case 'openclaw-version':
            return oneOf(node, release_profile.SUPPORTED_RELEASES);
        case 'agent': {
            const text = scalarString(node);
            if (typeof text !== 'string')
                return text;
            return /^[^\s/\\]{1,100}$/.test(text)
                ? text
                : { problem: `must be an agent id, got ${JSON.stringify(text)}.` };
        }
        case 'attestation':
        case 'policy':
        case 'config':
        case 'exec-approvals': {
            const text = scalarString(node);
            if (typeof text !== 'string')
                return text;
            const normalized = (0,workspace_reader/* normalizeRelative */.iQ)(text);
            return normalized === undefined
                ? { problem: `must be a path inside the workspace, got ${JSON.stringify(text)}.` }
                : normalized;
        }
    }
}
function scalarString(node) {
    if (!(0,dist/* isScalar */.jn)(node) || typeof node.value !== 'string' || node.value === '')
        return { problem: `must be a string, got ${describe(node)}.` };
    return node.value;
}
function oneOf(node, allowed) {
    const text = scalarString(node);
    if (typeof text === 'string' && allowed.includes(text))
        return text;
    const got = typeof text === 'string' ? JSON.stringify(text) : describe(node);
    // `2026.10` is a number to YAML: say how to write it.
    const quote = (0,dist/* isScalar */.jn)(node) && typeof node.value === 'number' ? ' (quote it)' : '';
    return { problem: `must be one of ${allowed.join(', ')}, got ${got}${quote}.` };
}
function stringList(node, shape) {
    if (!(0,dist/* isSeq */.oP)(node))
        return { problem: `must be ${shape}, got ${describe(node)}.` };
    const list = [];
    for (const item of node.items) {
        if (!(0,dist/* isScalar */.jn)(item) || typeof item.value !== 'string')
            return { problem: `must be ${shape}; one entry is ${describe(item)}.` };
        list.push(item.value);
    }
    return { list };
}
function describe(node) {
    if (node === null || node === undefined)
        return 'nothing';
    if ((0,dist/* isSeq */.oP)(node))
        return 'a list';
    if ((0,dist/* isMap */.jh)(node))
        return 'a mapping';
    if ((0,dist/* isScalar */.jn)(node)) {
        if (node.value === null)
            return 'nothing';
        return `${typeof node.value === 'string' ? 'the string' : `the ${typeof node.value}`} ${JSON.stringify(node.value)}`;
    }
    return 'an alias';
}
function firstLine(text) {
    return (text.split('\n')[0] ?? '').replace(/\.$/, '');
}

;// CONCATENATED MODULE: ./lib/gate/workspace-links.js
/** Links under `workspace` (`.` for the whole repository) that are new or point elsewhere on the head. */
function workspace_links_workspaceLinkChanges(workspace, base, head) {
    const inside = (path) => workspace === '.' || path.startsWith(`${workspace}/`);
    const changes = [];
    for (const [path, target] of head.links) {
        if (!inside(path))
            continue;
        const before = base.links.get(path);
        if (before === target)
            continue;
        changes.push({
            setting: path,
            change: before === undefined ? 'added' : 'changed',
            after: 'symbolic link',
            ...(before === undefined ? {} : { before: 'symbolic link' }),
        });
    }
    if (!head.complete || !base.complete)
        changes.push({
            setting: workspace,
            change: 'changed',
            after: 'unknown: GitHub truncated the repository listing, so added symbolic links cannot be ruled out',
        });
    return changes;
}

// EXTERNAL MODULE: ./lib/render/escape.js
var render_escape = __webpack_require__(9889);
// EXTERNAL MODULE: ./lib/render/markdown-blocks.js
var markdown_blocks = __webpack_require__(6454);
;// CONCATENATED MODULE: ./lib/render/verdict-text.js


function verdictEmoji(result) {
    if (result.passed)
        return '✅';
    if (result.verdict === 'error')
        return '⚠️';
    if (result.verdict === 'awaiting-acceptance')
        return '⏳';
    return '❌';
}
/** `❌ **drift** in `packages/a` — the attestation on this PR differs from …` */
function verdictLine(result, context) {
    const where = result.workspaceId === '.' ? '' : ` in ${codeSpan(result.workspaceId)}`;
    const base = context.baseRef === undefined ? 'the base branch' : codeSpan(context.baseRef);
    // The verdict is one of ours; escaped all the same, as a report may have been read back from JSON.
    return `${verdictEmoji(result)} **${markdownText(result.verdict, 40)}**${where} — ${verdictSentence(result, base)}`;
}
function verdictSentence(result, base) {
    switch (result.verdict) {
        case 'error':
            return 'the gate could not evaluate this workspace, so it fails until the problem below is fixed';
        case 'findings': {
            const present = result.findings.new.length + result.findings.stillPresent.length;
            return `the policy check reports ${plural(present, 'finding')} on this PR (${result.findings.new.length} new)`;
        }
        case 'stale':
            return result.stale?.which === 'accepted'
                ? `the attestation accepted on ${base} no longer attests ${base}'s own files`
                : "the attestation file on this PR does not attest the PR's current state";
        case 'drift':
            return `the attestation on this PR differs from the one accepted on ${base}`;
        case 'awaiting-acceptance': {
            const [first, ...more] = result.acceptance.reasons;
            const why = first === undefined
                ? ''
                : `: ${markdownText(first, 300)}${more.length > 0 ? ` (and ${plural(more.length, 'more reason')})` : ''}`;
            return `everything else holds, but this PR needs an approval by an acceptor on this commit${why}`;
        }
        case 'reaccepted':
            if (result.acceptance.status === 'accepted') {
                const by = result.acceptance.approvedBy;
                return `this PR proposes a new attestation, accepted${by === undefined ? '' : ` by ${codeSpan(by)}`}`;
            }
            return 'this PR proposes a new attestation that matches its state';
        case 'unchanged':
            if (result.acceptance.status === 'accepted') {
                const by = result.acceptance.approvedBy;
                return `this PR matches the attestation accepted on ${base}; its other changes were accepted${by === undefined ? '' : ` by ${codeSpan(by)}`}`;
            }
            return `this PR matches the attestation accepted on ${base}`;
        case 'bootstrap':
            return `${base} has no accepted attestation for this workspace yet`;
        default:
            return result.passed ? 'the gate passes' : 'the gate fails';
    }
}
/** When the previous run on this PR had the other outcome, one line saying so. */
function transitionLine(result, context) {
    const previous = context.previous;
    if (previous === undefined || previous.passed === result.passed)
        return '';
    const was = `**${markdownText(previous.verdict, 40)}**`;
    return result.passed
        ? `🟢 Turned green: this PR was ${was} on an earlier commit and passes now.`
        : `🔴 This PR passed (${was}) on an earlier commit and fails now.`;
}
/** Plain text (for titles): `drift in packages/a: the attestation differs from the accepted one`. */
function verdictHeadline(result) {
    const where = result.workspaceId === '.' ? '' : ` in ${result.workspaceId}`;
    const headline = Object.hasOwn(HEADLINES, result.verdict)
        ? HEADLINES[result.verdict](result)
        : result.passed
            ? 'passes'
            : 'fails';
    return `${result.verdict}${where}: ${headline}`;
}
const HEADLINES = {
    error: () => 'could not be evaluated',
    findings: (r) => (0,markdown_blocks/* plural */.LS)(r.findings.new.length + r.findings.stillPresent.length, 'finding'),
    stale: (r) => r.stale?.which === 'accepted' ? 'the accepted attestation is stale' : 'the proposed attestation is stale',
    drift: () => 'differs from the accepted attestation',
    'awaiting-acceptance': () => "needs an acceptor's approval of the head",
    reaccepted: (r) => (r.passed ? 'new attestation accepted' : 'new attestation proposed'),
    unchanged: () => 'matches the accepted attestation',
    bootstrap: () => 'no accepted attestation yet',
};

;// CONCATENATED MODULE: ./lib/render/job-log.js

const MAX_LINE = 300;
/** Lines for one failing workspace; `commentUrl` when its sticky comment exists. */
function blockedWorkspaceLines(result, commentUrl) {
    const lines = [`policy-gate: ${oneLine(verdictHeadline(result))}`];
    const why = reasonOf(result);
    if (why !== undefined)
        lines.push(`  why: ${oneLine(why)}`);
    const changed = changedParts(result);
    if (changed.length > 0)
        lines.push(`  changed: ${changed.join('; ')}`);
    lines.push(`  next: ${oneLine(nextStep(result))}`);
    if (commentUrl !== undefined)
        lines.push(`  comment: ${commentUrl}`);
    return lines;
}
function reasonOf(result) {
    if (result.reason !== undefined && result.reason.trim() !== '')
        return result.reason;
    if (result.verdict === 'awaiting-acceptance')
        return result.acceptance.reasons.join('; ');
    if (result.verdict === 'findings') {
        const first = result.findings.new[0] ?? result.findings.stillPresent[0];
        return first === undefined ? undefined : `${first.finding.checkId}: ${first.finding.message}`;
    }
    if (result.stale !== undefined)
        return `${result.stale.path} records ${result.stale.fileHash ?? 'no hash'}, the state is ${result.stale.actualHash}`;
    return undefined;
}
function changedParts(result) {
    const parts = [];
    const components = result.components.filter((row) => row.changed).map((row) => row.component);
    if (components.length > 0)
        parts.push(`components ${components.join(', ')}`);
    const count = (n, what) => {
        if (n !== undefined && n > 0)
            parts.push(`${n} ${what}`);
    };
    count(result.findings.new.length, 'new finding(s)');
    count(result.weakenings?.length, 'policy weakening(s)');
    count(result.toolChanges?.filter((change) => change.downgrade).length, 'tool downgrade(s) or removal(s)');
    count(result.guardedChanges?.length, 'guarded setting change(s)');
    if (result.release?.upgrade !== undefined)
        parts.push(`OpenClaw release ${result.release.upgrade.from} → ${result.release.upgrade.to}`);
    return parts;
}
function nextStep(result) {
    const accept = result.howToAccept;
    const acceptStep = accept === undefined
        ? 'run `policy-gate accept` in the workspace and commit the attestation file'
        : `run \`${accept.command}\` and commit ${accept.attestationPath} (attestation ${accept.resultingHash})`;
    switch (result.verdict) {
        case 'error':
            return 'fix the problem above (the comment and the job summary have the details), then re-run';
        case 'findings':
            return 'fix the findings (each one says how, in the comment and the annotations), then push';
        case 'stale':
        case 'drift':
        case 'bootstrap':
            return loosens(result) ? `${acceptStep}; the change then needs an acceptor's approval` : acceptStep;
        case 'awaiting-acceptance': {
            const who = result.acceptance.acceptors.join(', ');
            return `one of the acceptors (${who || 'none configured'}) approves this pull request's head commit; the gate re-runs on the review`;
        }
        default:
            return 'nothing: the gate passes';
    }
}
/** Control characters (C0, DEL, C1) and Unicode line breaks: a log line must stay one line. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const LINE_BREAKERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;
/** The head loosens something an acceptor must approve, whatever the attestation says. */
function loosens(result) {
    return ((result.weakenings?.length ?? 0) > 0 ||
        (result.toolChanges?.some((change) => change.downgrade) ?? false) ||
        (result.guardedChanges?.length ?? 0) > 0 ||
        result.release?.upgrade !== undefined);
}
function oneLine(text) {
    const line = text.replace(LINE_BREAKERS, ' ').trim();
    return line.length > MAX_LINE ? `${line.slice(0, MAX_LINE - 1)}…` : line;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./lib/workspace/safe-read.js + 2 modules
var safe_read = __webpack_require__(5969);
;// CONCATENATED MODULE: ./lib/workspace/git-reader.js
// A workspace as a git commit has it, read with `git` (never through a checkout): the base side of
// `policy-gate status`. Like the gate's API reader it refuses symbolic links, folders and binary
// files instead of following or guessing, and never leaves the workspace.





const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/** Runs git in `repoRoot`; stdout as bytes. */
async function git(repoRoot, args) {
    const { stdout } = await run('git', ['-c', 'core.quotepath=off', ...args], {
        cwd: repoRoot,
        encoding: 'buffer',
        maxBuffer: safe_read/* DEFAULT_MAX_BYTES */.fS + 1024 * 1024,
    });
    return stdout;
}
/** One file of `commit` by repository path: missing, text, or why it cannot be read. */
async function fileAtCommit(repoRoot, commit, repoPath) {
    const listing = (await git(repoRoot, ['ls-tree', '-z', '--long', commit, '--', repoPath])).toString('utf8');
    const entry = listing.split('\0').find((line) => line.endsWith(`\t${repoPath}`));
    if (entry === undefined)
        return { kind: 'missing', path: repoPath };
    const [mode = '', type = '', oid = '', size = '0'] = entry.slice(0, entry.indexOf('\t')).split(/\s+/);
    if (mode === '120000')
        return {
            kind: 'unreadable',
            path: repoPath,
            reason: `${repoPath} is a symbolic link; policy-gate does not follow links`,
        };
    if (type !== 'blob')
        return { kind: 'unreadable', path: repoPath, reason: `${repoPath} is not a file` };
    if (Number(size) > safe_read/* DEFAULT_MAX_BYTES */.fS)
        return {
            kind: 'unreadable',
            path: repoPath,
            reason: `${repoPath} is larger than ${safe_read/* DEFAULT_MAX_BYTES */.fS} bytes`,
        };
    const bytes = await git(repoRoot, ['cat-file', 'blob', oid]);
    if (bytes.includes(0))
        return { kind: 'unreadable', path: repoPath, reason: `${repoPath} is a binary file, not text` };
    return { kind: 'text', path: repoPath, text: bytes.toString('utf8'), bytes: bytes.length };
}
/** The workspace `workspace` (repository-relative, `.` for the root) at `commit`. */
function gitCommitReader(repoRoot, commit, workspace) {
    return (0,workspace_reader/* memoryReader */.jF)(`${commit.slice(0, 12)}:${workspace}`, new Map(), async (relative) => {
        const repoPath = workspace === '.' ? relative : external_node_path_.posix.join(workspace, relative);
        if ((0,workspace_reader/* normalizeRelative */.iQ)(repoPath) === undefined)
            return { kind: 'unreadable', path: relative, reason: `${relative} is outside the workspace.` };
        const read = await fileAtCommit(repoRoot, commit, repoPath);
        return read.kind === 'text' ? { ...read, path: relative } : read;
    });
}
/** Path → blob of every symbolic link at `commit` (the base's listing for `status`). */
async function symbolicLinksAtCommit(repoRoot, commit) {
    const out = (await git(repoRoot, ['ls-tree', '-r', '-z', commit])).toString('utf8');
    const links = new Map();
    for (const line of out.split('\0')) {
        const tab = line.indexOf('\t');
        if (tab < 0)
            continue;
        const [mode, , oid = ''] = line.slice(0, tab).split(/\s+/);
        if (mode === '120000')
            links.set(line.slice(tab + 1), oid);
    }
    return links;
}

// EXTERNAL MODULE: ./lib/cli/cli-io.js
var cli_io = __webpack_require__(2061);
// EXTERNAL MODULE: ./lib/cli/check-command.js + 9 modules
var check_command = __webpack_require__(4433);
// EXTERNAL MODULE: ./lib/cli/parse-flags.js
var parse_flags = __webpack_require__(7499);
// EXTERNAL MODULE: ./lib/cli/release-options.js
var release_options = __webpack_require__(7452);
;// CONCATENATED MODULE: ./lib/cli/status-command.js
// `policy-gate status [--base <git ref>]`: "will my pull request pass?" (issue 13), answered the way
// the action answers it: the attestation accepted at the base ref (read with git, never through a
// checkout) against the working tree as the head, the same comparison, verdict, weakenings, tool
// downgrades and guarded settings, and the command that fixes it. Only the reviews are out of
// reach: a change that needs acceptance is reported as awaiting an acceptor's approval.




















const STATUS_FLAGS = {
    ...parse_flags/* LOCATION_FLAGS */.A,
    ...release_options/* RELEASE_FLAG */.Zg,
    base: { type: 'string' },
    attestation: { type: 'string' },
    agent: { type: 'string' },
    'exec-approvals': { type: 'string' },
    json: { type: 'boolean' },
};
/** Tried in order when no `--base` is given: where a pull request usually goes. */
const DEFAULT_BASES = ['origin/HEAD', 'origin/main', 'main', 'origin/master', 'master'];
async function statusCommand(args, io) {
    const { values } = (0,parse_flags/* parseFlags */.b)('status', args, STATUS_FLAGS);
    const location = (0,check_command.existingLocationFrom)(values, io);
    const repoRoot = await repositoryRoot(location.cwd);
    const workspace = external_node_path_.relative(repoRoot, location.cwd).split(external_node_path_.sep).join('/') || '.';
    const base = await baseCommit(repoRoot, values.base);
    const fileSettings = await baseSettings(repoRoot, base);
    const settings = {
        config: location.config ?? fileSettings.config,
        policy: location.policy ?? fileSettings.policy,
        attestation: values.attestation ?? fileSettings.attestation ?? 'policy.attestation.json',
        agent: values.agent ?? fileSettings.agent,
        execApprovals: values['exec-approvals'] ?? fileSettings.execApprovals,
        openclawVersion: values.openclaw === undefined
            ? fileSettings.openclawVersion
            : (0,release_options/* releaseFrom */.Yc)(values.openclaw).release,
    };
    const headReader = (0,workspace_reader/* diskReader */.lJ)(location.cwd);
    const attributeFiles = checkoutAttributeFiles([workspace]);
    const baseFiles = new Map();
    const headFiles = new Map();
    for (const file of attributeFiles) {
        baseFiles.set(file, await fileAtCommit(repoRoot, base.sha, file));
        headFiles.set(file, await (0,safe_read/* readWorkspaceFile */.sL)(repoRoot, file));
    }
    const baseLinks = { complete: true, links: await symbolicLinksAtCommit(repoRoot, base.sha) };
    const headLinks = { complete: true, links: await workingTreeLinks(repoRoot, location.cwd) };
    const sides = await compare_sides_compareSides({
        workspace,
        settings,
        now: io.now(),
        head: {
            reader: headReader,
            attestation: await headReader.read(settings.attestation),
            repositoryFile: (file) => headFiles.get(file),
        },
        base: {
            reader: gitCommitReader(repoRoot, base.sha, workspace),
            attestation: await fileAtCommit(repoRoot, base.sha, repoPathOf(workspace, settings.attestation)),
            repositoryFile: (file) => baseFiles.get(file),
        },
        links: workspace_links_workspaceLinkChanges(workspace, baseLinks, headLinks),
    });
    const acceptors = fileSettings.acceptors ?? [];
    const reasons = sides.reasons;
    const acceptance = await acceptance_acceptanceFor({
        reasons,
        acceptors: acceptance_parseAcceptors(acceptors),
        approvers: [], // reviews live on GitHub: locally, nothing is approved yet
        memberOf: async () => false,
    });
    const result = (0,workspace_gate/* workspaceGateResult */.S)({
        workspaceId: workspace,
        ...compare_sides_comparedGateInput(sides),
        acceptance,
        needsAcceptanceAnyway: sides.loosenings.length > 0,
        acceptCommand: acceptCommand(workspace, settings, sides.releases.head, 'policy-gate'),
        extraError: sides.releases.problem,
    });
    if (values.json || !io.stdoutIsTerminal)
        io.stdout(`${JSON.stringify({ base: base.name, ...result })}\n`);
    else
        io.stdout(humanStatus(result, base.name, acceptors));
    return result.passed ? cli_io/* EXIT_CLEAN */.XW : cli_io/* EXIT_FINDINGS */.cB;
}
function humanStatus(result, base, acceptors) {
    const lines = result.passed
        ? [`policy-gate status: passes against ${base} (${verdictHeadline(result)})`]
        : [
            `policy-gate status against ${base}:`,
            ...blockedWorkspaceLines(result, undefined).map((line) => line.replace(/^policy-gate: /, '  ')),
        ];
    for (const weakening of result.weakenings ?? [])
        lines.push(`  weakened: ${weakening.rule} ${weakening.detail}`);
    for (const change of result.toolChanges ?? [])
        if (change.downgrade)
            lines.push(`  tool ${change.kind.replaceAll('-', ' ')}: ${change.toolId} (${change.file})`);
    for (const change of result.guardedChanges ?? [])
        lines.push(`  guarded ${change.change}: ${change.setting}`);
    if (result.verdict === 'awaiting-acceptance' && acceptors.length === 0)
        lines.push(`  note: ${SETTINGS_FILE} on ${base} names no acceptors; the workflow's \`acceptors\` input decides on GitHub`);
    return `${lines.join('\n')}\n`;
}
async function repositoryRoot(cwd) {
    try {
        return (await git(cwd, ['rev-parse', '--show-toplevel'])).toString('utf8').trim();
    }
    catch {
        throw new input_error/* InputError */.d(`${cwd} is not inside a git repository; status compares the working tree with a git ref.`);
    }
}
async function baseCommit(repoRoot, given) {
    for (const name of given === undefined ? DEFAULT_BASES : [given]) {
        if (name.startsWith('-'))
            break;
        try {
            const sha = (await git(repoRoot, ['rev-parse', '--verify', '--quiet', `${name}^{commit}`]))
                .toString('utf8')
                .trim();
            if (sha !== '')
                return { name, sha };
        }
        catch {
            // not a commit here: try the next candidate
        }
    }
    throw new input_error/* InputError */.d(given === undefined
        ? `none of ${DEFAULT_BASES.join(', ')} names a commit: pass --base <the branch your pull request goes into>.`
        : `--base ${given} does not name a commit in this repository.`);
}
/** `.github/policy-gate.yml` at the base, as the action reads it (a broken one is refused). */
async function baseSettings(repoRoot, base) {
    const read = await fileAtCommit(repoRoot, base.sha, SETTINGS_FILE);
    if (read.kind === 'missing')
        return {};
    if (read.kind === 'unreadable')
        throw new input_error/* InputError */.d(read.reason);
    const parsed = parseSettingsFile(read.text, `${SETTINGS_FILE} on ${base.name}`);
    if (!parsed.ok)
        throw new input_error/* InputError */.d(parsed.problem);
    return parsed.settings;
}
function repoPathOf(workspace, file) {
    return workspace === '.' ? file : external_node_path_.posix.join(workspace, file);
}
/** Symbolic links under the workspace in the working tree, by repository path → git blob id of the target. */
async function workingTreeLinks(repoRoot, workspaceDir) {
    const links = new Map();
    const walk = async (dir, depth) => {
        if (depth > 20)
            return;
        for (const name of await (0,promises_.readdir)(dir)) {
            if (name === '.git' || name === 'node_modules')
                continue;
            const full = external_node_path_.join(dir, name);
            const stats = await (0,promises_.lstat)(full);
            if (stats.isSymbolicLink()) {
                const target = await (0,promises_.readlink)(full);
                const id = (0,external_node_crypto_.createHash)('sha1')
                    .update(`blob ${Buffer.byteLength(target)}\0${target}`)
                    .digest('hex');
                links.set(external_node_path_.relative(repoRoot, full).split(external_node_path_.sep).join('/'), id);
            }
            else if (stats.isDirectory())
                await walk(full, depth + 1);
        }
    };
    await walk(workspaceDir, 0);
    return links;
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
