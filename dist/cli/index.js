#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 99:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:sqlite");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7875:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _lib_cli_main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1273);
/* harmony import */ var _lib_cli_process_io_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6648);



process.exitCode = await (0,_lib_cli_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)(process.argv.slice(2), (0,_lib_cli_process_io_js__WEBPACK_IMPORTED_MODULE_1__/* .processIo */ .W)());

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 2061:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   SI: () => (/* binding */ EXIT_ERROR),
/* harmony export */   XW: () => (/* binding */ EXIT_CLEAN),
/* harmony export */   cB: () => (/* binding */ EXIT_FINDINGS),
/* harmony export */   eb: () => (/* binding */ UsageError)
/* harmony export */ });
/** A reason to exit 2: bad arguments or input the tool refuses. One line on stderr. */
class UsageError extends Error {
    constructor(message) {
        super(message);
        this.name = 'UsageError';
    }
}
const EXIT_CLEAN = 0;
const EXIT_FINDINGS = 1;
const EXIT_ERROR = 2;


/***/ }),

/***/ 1273:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ main)
/* harmony export */ });
/* unused harmony export usage */
/* harmony import */ var _workspace_input_error_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1242);
/* harmony import */ var _cli_io_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2061);


// Each verb's module is loaded only when that verb runs: `check` need not load the HTTP server
// of `serve` or the GitHub client (about half of the start-up time).
const VERBS = {
    check: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(841), __nccwpck_require__.e(547), __nccwpck_require__.e(307), __nccwpck_require__.e(386), __nccwpck_require__.e(447), __nccwpck_require__.e(433)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4433))).checkCommand,
    accept: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(841), __nccwpck_require__.e(547), __nccwpck_require__.e(307), __nccwpck_require__.e(386), __nccwpck_require__.e(447), __nccwpck_require__.e(433), __nccwpck_require__.e(16)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4016))).acceptCommand,
    compare: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(841), __nccwpck_require__.e(547), __nccwpck_require__.e(307), __nccwpck_require__.e(386), __nccwpck_require__.e(447), __nccwpck_require__.e(433), __nccwpck_require__.e(835)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7835))).compareCommand,
    diff: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(841), __nccwpck_require__.e(547), __nccwpck_require__.e(307), __nccwpck_require__.e(386), __nccwpck_require__.e(447), __nccwpck_require__.e(855)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9855))).diffCommand,
    watch: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(841), __nccwpck_require__.e(547), __nccwpck_require__.e(307), __nccwpck_require__.e(386), __nccwpck_require__.e(447), __nccwpck_require__.e(433), __nccwpck_require__.e(641)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4641))).watchCommand,
    gate: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(841), __nccwpck_require__.e(547), __nccwpck_require__.e(307), __nccwpck_require__.e(386), __nccwpck_require__.e(447), __nccwpck_require__.e(433), __nccwpck_require__.e(337), __nccwpck_require__.e(155)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6155))).gateCommand,
    serve: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(841), __nccwpck_require__.e(547), __nccwpck_require__.e(307), __nccwpck_require__.e(386), __nccwpck_require__.e(447), __nccwpck_require__.e(433), __nccwpck_require__.e(337), __nccwpck_require__.e(604)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9604))).serveCommand,
    migrate: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(841), __nccwpck_require__.e(307), __nccwpck_require__.e(386), __nccwpck_require__.e(820)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5820))).migrateCommand,
    status: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(841), __nccwpck_require__.e(547), __nccwpck_require__.e(815), __nccwpck_require__.e(307), __nccwpck_require__.e(386), __nccwpck_require__.e(447), __nccwpck_require__.e(433), __nccwpck_require__.e(326)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3326))).statusCommand,
};
/** The help text; the release names come from the profiles, loaded only when help is asked for. */
async function usage() {
    const { DEFAULT_RELEASE, SUPPORTED_RELEASES, releasesWhere } = await Promise.all(/* import() */[__nccwpck_require__.e(841), __nccwpck_require__.e(307)]).then(__nccwpck_require__.bind(__nccwpck_require__, 307));
    const withAgents = releasesWhere((p) => p.agentSelection).join(', ');
    return `Usage: policy-gate <command> [options]   (policy-gate <command> --help: its flags and an example)

Commands:
  check [--json | --format json|sarif|text] [--cwd <workspace>] [--config <file>] [--policy <file>] [--severity-min info|warning|error]
  diff <before.json> <after.json> [--json] [--before-policy <file>] [--after-policy <file>]
  watch [--once] [--interval-ms <n>] [--json] [--severity-min <s>] [--cwd <workspace>] [--config <file>] [--policy <file>]
  accept [--cwd <workspace>] [--config <file>] [--policy <file>] [--out <file>] [--json]
  compare --baseline <file> [--policy <file>] [--json]
  gate --tool <name> [--json] [--cwd <workspace>] [--config <file>] [--policy <file>] [--accepted <file>]
  serve --accepted <file> [--cwd <workspace>] [--config <file>] [--policy <file>] [--host 127.0.0.1]
        [--port <n>, default 8088, 0 = any free port] (--token-file <file> | --insecure-loopback)
        [--audit-log <file>, default $XDG_STATE_HOME/policy-gate/audit-<id>.jsonl, else ~/.local/state/policy-gate/…]
        [--max-body-bytes <n>, default 4194304, 1 MiB to 32 MiB]
  migrate [--cwd <workspace>] [--dry-run] [--json]
  status [--base <git ref>] [--json] [--cwd <workspace>] [--config <file>] [--policy <file>] [--attestation <file>]

Every command: --openclaw <release>, the OpenClaw release to reproduce: ${SUPPORTED_RELEASES.join(' or ')}
(default ${DEFAULT_RELEASE}).
With ${withAgents}, check, watch, accept, compare, gate and serve also take:
  --agent <id>              the agent to evaluate (required when several agents are configured)
  --exec-approvals <file>   the exec approvals JSON document, instead of OpenClaw's state database
  --state-dir <dir>         OpenClaw's state directory (default $OPENCLAW_STATE_DIR, else ~/.openclaw)

--config, --policy, --out, --accepted and --audit-log are relative to the workspace; --token-file,
--exec-approvals, --state-dir and compare's --baseline to the current directory.

Exit codes: 0 clean or no drift, 1 findings, drift or stale, 2 bad arguments or unreadable input.
gate: 0 allow (or no decision: the runtime gate is off), 3 approval required, 4 block or deny, 2 error.
serve: runs until SIGTERM or SIGINT, then exits 0; 2 when it cannot start.
`;
}
/** One verb's help (`policy-gate <verb> --help`); the texts are loaded only when asked for. */
async function verbUsage(verb) {
    return (await Promise.all(/* import() */[__nccwpck_require__.e(841), __nccwpck_require__.e(307), __nccwpck_require__.e(897)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3897))).verbHelp(verb);
}
/** Runs one CLI invocation; never throws: every failure becomes exit 2 with one stderr line. */
async function main(argv, io) {
    const [verb, ...rest] = argv;
    if (verb === 'help' && rest[0] !== undefined && Object.hasOwn(VERBS, rest[0])) {
        io.stdout(await verbUsage(rest[0]));
        return _cli_io_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT_CLEAN */ .XW;
    }
    if (verb === undefined || verb === '--help' || verb === '-h' || verb === 'help') {
        io.stdout(await usage());
        return verb === undefined ? _cli_io_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT_ERROR */ .SI : _cli_io_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT_CLEAN */ .XW;
    }
    if (verb === '--version' || verb === '-V') {
        const version = await packageVersion().catch((error) => {
            io.stderr(`policy-gate: cannot read its own package.json: ${oneLine(describeFailure(error))}\n`);
            return undefined;
        });
        if (version !== undefined)
            io.stdout(`${version}\n`);
        return version === undefined ? _cli_io_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT_ERROR */ .SI : _cli_io_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT_CLEAN */ .XW;
    }
    const load = Object.hasOwn(VERBS, verb) ? VERBS[verb] : undefined;
    if (load === undefined) {
        io.stderr(`policy-gate: unknown command '${verb}'. Run 'policy-gate --help' for the list.\n`);
        return _cli_io_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT_ERROR */ .SI;
    }
    // `<verb> --help` anywhere before a `--`: that verb's flags and an example, whatever else is there.
    const flags = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
    if (flags.includes('--help') || flags.includes('-h')) {
        io.stdout(await verbUsage(verb));
        return _cli_io_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT_CLEAN */ .XW;
    }
    try {
        const run = await load();
        return await run(rest, io);
    }
    catch (error) {
        io.stderr(`policy-gate ${verb}: ${oneLine(describeFailure(error))}\n`);
        return _cli_io_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT_ERROR */ .SI;
    }
}
/** The `version` of policy-gate's package.json (see package-manifest.ts for how it is found). */
async function packageVersion() {
    return (await (await __nccwpck_require__.e(/* import() */ 574).then(__nccwpck_require__.bind(__nccwpck_require__, 574))).packageManifest()).version;
}
function describeFailure(error) {
    if (error instanceof _cli_io_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb || error instanceof _workspace_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d)
        return error.message;
    if (error instanceof Error)
        return `internal error: ${error.message}`;
    return `internal error: ${String(error)}`;
}
function oneLine(text) {
    return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}


/***/ }),

/***/ 6648:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ processIo)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8161);
/* harmony import */ var _workspace_safe_read_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5969);
/* harmony import */ var _workspace_input_error_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1242);



/**
 * The real process behind `CliIo`: stdout, stderr, stdin, the clock, and SIGINT/SIGTERM for watch.
 *
 * A reader that goes away (`policy-gate check --json | head -c 10`) closes the pipe: Node then
 * emits EPIPE on stdout, which without a listener is an uncaught exception and a stack trace. Here
 * a closed stdout is the reader's choice: later output is dropped, `watch` stops, and the verb
 * ends with its own exit code, silently.
 */
function processIo() {
    let stop = false;
    let stdoutOpen = true;
    let stderrOpen = true;
    let wake;
    const requestStop = () => {
        stop = true;
        wake?.();
    };
    process.once('SIGINT', requestStop);
    process.once('SIGTERM', requestStop);
    process.stdout.on('error', (error) => {
        stdoutOpen = false;
        requestStop();
        if (!isClosedPipe(error)) {
            process.exitCode = 2;
            if (stderrOpen)
                process.stderr.write(`policy-gate: cannot write to standard output: ${error.message}\n`);
        }
    });
    // Nowhere left to say anything: a failed stderr is only not written to again.
    process.stderr.on('error', () => {
        stderrOpen = false;
    });
    return {
        stdout: (text) => {
            if (stdoutOpen)
                process.stdout.write(text);
        },
        stderr: (text) => {
            if (stderrOpen)
                process.stderr.write(text);
        },
        stdoutIsTerminal: process.stdout.isTTY === true,
        now: () => new Date(),
        cwd: process.cwd(),
        sleep: (ms) => new Promise((resolve) => {
            const timer = setTimeout(resolve, ms);
            wake = () => {
                clearTimeout(timer);
                resolve();
            };
        }),
        stopRequested: () => stop,
        env: process.env,
        osHome: (0,node_os__WEBPACK_IMPORTED_MODULE_0__.homedir)(),
        readStdin: () => readStandardInput(),
    };
}
function isClosedPipe(error) {
    return error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED';
}
let standardInput;
/**
 * All of standard input, decoded as `fs.readFile(…, 'utf8')` decodes a file (a byte-order mark
 * stays), at most as much as any file policy-gate reads. Read once: a second reader gets the same text.
 */
function readStandardInput() {
    standardInput ??= new Promise((resolve, reject) => {
        const chunks = [];
        let bytes = 0;
        process.stdin.on('data', (chunk) => {
            bytes += chunk.length;
            if (bytes > _workspace_safe_read_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_MAX_BYTES */ .fS) {
                process.stdin.destroy();
                reject(new _workspace_input_error_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`standard input is larger than ${_workspace_safe_read_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_MAX_BYTES */ .fS} bytes.`));
                return;
            }
            chunks.push(chunk);
        });
        process.stdin.once('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        process.stdin.once('error', (error) => reject(new _workspace_input_error_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`standard input could not be read: ${error.message}`)));
    });
    return standardInput;
}


/***/ }),

/***/ 1242:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ InputError)
/* harmony export */ });
/**
 * Input the tool refuses to evaluate (unreadable, oversized, escaping the workspace, ambiguous).
 * The CLI turns it into exit code 2 with `message` as its one line on stderr; the gate into the
 * `error` verdict. The message names the file and says what to do.
 */
class InputError extends Error {
    constructor(message) {
        super(message);
        this.name = 'InputError';
    }
}


/***/ }),

/***/ 5969:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  fS: () => (/* binding */ DEFAULT_MAX_BYTES),
  sL: () => (/* binding */ readWorkspaceFile)
});

// UNUSED EXPORTS: readWorkspaceFileSteps, readWorkspaceFileSync

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./lib/workspace/fs-ops.js
// The safe reader's logic is written once, as a generator that *describes* the file-system calls
// it needs; two small drivers perform them with `fs` (sync) or `fs/promises`-style callbacks
// (async). That keeps the sync and async readers bit-for-bit identical in behaviour instead of two
// hand-maintained copies drifting apart. Errors from a call are thrown back into the generator, so
// the logic uses ordinary try/catch.

// Typed helpers: the only place results are cast, each next to the op that produces them.
function* realpath(path) {
    return (yield { op: 'realpath', path });
}
function* lstat(path) {
    return (yield { op: 'lstat', path });
}
function* stat(path) {
    return (yield { op: 'stat', path });
}
function* readlink(path) {
    return (yield { op: 'readlink', path });
}
function* fs_ops_open(path, flags) {
    return (yield { op: 'open', path, flags });
}
function* fstat(fd) {
    return (yield { op: 'fstat', fd });
}
/** Reads into the whole buffer from the current file position; returns the byte count. */
function* read(fd, buffer) {
    return (yield { op: 'read', fd, buffer });
}
function* fs_ops_close(fd) {
    yield { op: 'close', fd };
}
function performSync(op) {
    switch (op.op) {
        case 'realpath':
            return fs.realpathSync.native(op.path);
        case 'lstat':
            return fs.lstatSync(op.path);
        case 'stat':
            return fs.statSync(op.path);
        case 'readlink':
            return fs.readlinkSync(op.path);
        case 'open':
            return fs.openSync(op.path, op.flags);
        case 'fstat':
            return fs.fstatSync(op.fd);
        case 'read':
            // position null: continue from the current offset, so a growing file is noticed.
            return fs.readSync(op.fd, op.buffer, 0, op.buffer.length, null);
        case 'close':
            return fs.closeSync(op.fd);
    }
}
function performAsync(op) {
    return new Promise((resolve, reject) => {
        const done = (error, value) => error ? reject(error) : resolve(value);
        switch (op.op) {
            case 'realpath':
                return external_node_fs_.realpath.native(op.path, done);
            case 'lstat':
                return external_node_fs_.lstat(op.path, done);
            case 'stat':
                return external_node_fs_.stat(op.path, done);
            case 'readlink':
                return external_node_fs_.readlink(op.path, done);
            case 'open':
                return external_node_fs_.open(op.path, op.flags, done);
            case 'fstat':
                return external_node_fs_.fstat(op.fd, done);
            case 'read':
                return external_node_fs_.read(op.fd, op.buffer, 0, op.buffer.length, null, done);
            case 'close':
                return external_node_fs_.close(op.fd, (error) => done(error));
        }
    });
}
/** Runs a program with blocking calls; `perform` is replaceable so tests can audit or fail calls. */
function fs_ops_runSync(program, perform = performSync) {
    let step = program.next();
    while (!step.done) {
        let value;
        try {
            value = perform(step.value);
        }
        catch (error) {
            step = program.throw(error);
            continue;
        }
        step = program.next(value);
    }
    return step.value;
}
async function runAsync(program, perform = performAsync) {
    let step = program.next();
    while (!step.done) {
        let value;
        try {
            value = await perform(step.value);
        }
        catch (error) {
            step = program.throw(error);
            continue;
        }
        step = program.next(value);
    }
    return step.value;
}

;// CONCATENATED MODULE: ./lib/workspace/confined-path.js


// Linux's own limit (MAXSYMLINKS); also what stops a link cycle.
const MAX_SYMLINK_HOPS = 40;
const separators = process.platform === 'win32' ? /[\\/]+/ : /\/+/;
function components(relative, origin) {
    return relative
        .split(separators)
        .filter((name) => name !== '' && name !== '.')
        .map((name) => ({ name, origin }));
}
/** `child` relative to `root` when it lies inside it (lexically), else undefined. */
function relativeInside(root, child) {
    const relative = external_node_path_.relative(root, child);
    if (relative === '')
        return '';
    if (relative === '..' || relative.startsWith(`..${external_node_path_.sep}`) || external_node_path_.isAbsolute(relative)) {
        return undefined;
    }
    return relative;
}
function isMissingError(error) {
    const code = error?.code;
    return code === 'ENOENT' || code === 'ENOTDIR';
}
/**
 * @param realRoot the workspace root after realpath (trusted: the caller chose it)
 * @param lexicalRoot the workspace root as given, absolute; absolute link targets under it are
 *   mapped onto `realRoot` (e.g. `/tmp/ws` vs `/private/tmp/ws` on macOS)
 * @param relative the path to resolve, relative to the root
 * @param display how the requested path is named in reasons
 */
function* resolveInsideWorkspace(realRoot, lexicalRoot, relative, display) {
    const requested = external_node_path_.normalize(relative);
    const pending = components(relative, undefined);
    let current = realRoot;
    let hops = 0;
    const leaving = (origin) => {
        if (!origin)
            return { kind: 'refused', reason: `${display} points outside the workspace` };
        const linkName = external_node_path_.relative(realRoot, origin.linkPath);
        const how = linkName === requested
            ? `${display} is a symbolic link that leads outside the workspace`
            : `${display} is reached through the symbolic link ${linkName}, which leads outside the workspace`;
        return { kind: 'refused', reason: `${how} (to ${origin.target})` };
    };
    for (let next = pending.shift(); next; next = pending.shift()) {
        if (next.name === '..') {
            if (current === realRoot)
                return leaving(next.origin);
            current = external_node_path_.dirname(current);
            continue;
        }
        const candidate = external_node_path_.join(current, next.name);
        let stats;
        try {
            stats = yield* lstat(candidate);
        }
        catch (error) {
            if (isMissingError(error))
                return { kind: 'missing' };
            throw error;
        }
        if (!stats.isSymbolicLink()) {
            // Walking on below a file is what the kernel reports as ENOTDIR: missing, like readFile.
            if (pending.length > 0 && !stats.isDirectory())
                return { kind: 'missing' };
            current = candidate;
            continue;
        }
        hops += 1;
        if (hops > MAX_SYMLINK_HOPS) {
            return { kind: 'refused', reason: `${display} has too many levels of symbolic links` };
        }
        const target = yield* readlink(candidate);
        const origin = { linkPath: candidate, target: external_node_path_.resolve(current, target) };
        if (external_node_path_.isAbsolute(target)) {
            // A literal prefix test, then a physical walk of the rest: `..` after a linked directory
            // means that directory's real parent, so normalising the target here would be wrong.
            const root = [realRoot, lexicalRoot].find((candidateRoot) => startsWithRoot(target, candidateRoot));
            if (root === undefined)
                return leaving(origin);
            current = realRoot;
            pending.unshift(...components(target.slice(root.length), origin));
        }
        else {
            pending.unshift(...components(target, origin));
        }
    }
    // The final component was lstat'ed above unless the path ended in `..`/was empty; one more
    // lstat keeps the stats and the resolved path in step in every case.
    try {
        return { kind: 'resolved', realPath: current, stats: yield* lstat(current) };
    }
    catch (error) {
        if (isMissingError(error))
            return { kind: 'missing' };
        throw error;
    }
}
/** True when `target` literally begins with the root directory `root` (no `..` tricks). */
function startsWithRoot(target, root) {
    if (target === root)
        return true;
    const withSeparator = root.endsWith(external_node_path_.sep) ? root : root + external_node_path_.sep;
    return target.startsWith(withSeparator);
}

;// CONCATENATED MODULE: ./lib/workspace/safe-read.js
// The engine's only way to read a workspace file. Workspace content comes from pull requests, so
// every read is confined to the workspace (symbolic links included), limited in size, and never
// opens anything that is not a regular file (a FIFO would block forever, a device could be
// endless). The text is decoded exactly like `fs.readFile(p, 'utf8')`, which is what OpenClaw
// hashes and parses: invalid UTF-8 becomes U+FFFD and a byte-order mark stays in the string.




const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;
/**
 * Reads `filePath` (relative to `workspaceRoot`, or absolute) as UTF-8 text.
 * `path` in the result is the absolute path as requested (before following links).
 * Never rejects for anything found on disk; only a bad `maxBytes` is a programming error.
 */
function readWorkspaceFile(workspaceRoot, filePath, options = {}) {
    return runAsync(readWorkspaceFileSteps(workspaceRoot, filePath, options));
}
/** The same as {@link readWorkspaceFile}, blocking. */
function readWorkspaceFileSync(workspaceRoot, filePath, options = {}) {
    return runSync(readWorkspaceFileSteps(workspaceRoot, filePath, options));
}
// Read sizes: big enough that a typical policy is one call, small enough that a file which grows
// while we read cannot make us allocate much past the limit.
const CHUNK_BYTES = 1024 * 1024;
const OPEN_FLAGS = external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NONBLOCK ?? 0);
// Inside the workspace every link was already followed by hand, so a link appearing now means the
// tree changed under us: refuse it instead of following it.
const OPEN_FLAGS_NO_FOLLOW = OPEN_FLAGS | (external_node_fs_.constants.O_NOFOLLOW ?? 0);
/**
 * The reader as a program of file-system steps (see fs-ops.ts). Exported so tests can run it with
 * an auditing driver and prove which paths are, and are not, touched.
 */
function* readWorkspaceFileSteps(workspaceRoot, filePath, options = {}) {
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    if (!Number.isSafeInteger(maxBytes) || maxBytes < 0) {
        throw new RangeError(`maxBytes must be a non-negative integer, got ${String(options.maxBytes)}`);
    }
    const lexicalRoot = external_node_path_.resolve(workspaceRoot);
    const requestedPath = external_node_path_.resolve(lexicalRoot, filePath);
    const display = filePath;
    const unreadable = (reason) => ({
        kind: 'unreadable',
        path: requestedPath,
        reason,
    });
    try {
        if (filePath.includes('\0') || workspaceRoot.includes('\0')) {
            return unreadable(`${JSON.stringify(display)} is not a valid path (it contains a NUL character)`);
        }
        const realRoot = yield* realRootOrUndefined(lexicalRoot);
        let insidePath = filePath;
        if (external_node_path_.isAbsolute(filePath)) {
            insidePath =
                relativeInside(lexicalRoot, filePath) ??
                    (realRoot === undefined ? undefined : relativeInside(realRoot, filePath));
        }
        if (insidePath === undefined) {
            if (options.confineAbsolute)
                return unreadable(`${display} is outside the workspace`);
            // A trusted absolute path: links are followed, but the rest of the rules still hold.
            const stats = yield* stat(filePath);
            const refusal = refusalFor(stats, display, maxBytes);
            if (refusal)
                return unreadable(refusal);
            return yield* readOpened(yield* fs_ops_open(filePath, OPEN_FLAGS), stats, display, maxBytes, requestedPath);
        }
        if (realRoot === undefined)
            return { kind: 'missing', path: requestedPath };
        const resolution = yield* resolveInsideWorkspace(realRoot, lexicalRoot, insidePath, display);
        if (resolution.kind === 'missing')
            return { kind: 'missing', path: requestedPath };
        if (resolution.kind === 'refused')
            return unreadable(resolution.reason);
        const refusal = refusalFor(resolution.stats, display, maxBytes);
        if (refusal)
            return unreadable(refusal);
        const fd = yield* fs_ops_open(resolution.realPath, OPEN_FLAGS_NO_FOLLOW);
        return yield* readOpened(fd, resolution.stats, display, maxBytes, requestedPath);
    }
    catch (error) {
        const code = error?.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return { kind: 'missing', path: requestedPath };
        return unreadable(describeReadError(error, display));
    }
}
/** A missing workspace root makes every file in it missing, as `fs.readFile` would. */
function* realRootOrUndefined(lexicalRoot) {
    try {
        return yield* realpath(lexicalRoot);
    }
    catch (error) {
        const code = error?.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return undefined;
        throw error;
    }
}
/** Why a file must not be opened at all, or undefined when it may be. */
function refusalFor(stats, display, maxBytes) {
    if (stats.isDirectory())
        return `${display} is a directory, not a file`;
    if (stats.isFIFO())
        return `${display} is a named pipe (FIFO), not a regular file`;
    if (stats.isCharacterDevice() || stats.isBlockDevice())
        return `${display} is a device, not a regular file`;
    if (stats.isSocket())
        return `${display} is a socket, not a regular file`;
    if (!stats.isFile())
        return `${display} is not a regular file`;
    if (stats.size > maxBytes)
        return overLimit(display, stats.size, maxBytes);
    return undefined;
}
function overLimit(display, size, maxBytes) {
    return `${display} is ${size} bytes, over the ${maxBytes}-byte limit`;
}
function* readOpened(fd, checked, display, maxBytes, requestedPath) {
    const unreadable = (reason) => ({
        kind: 'unreadable',
        path: requestedPath,
        reason,
    });
    try {
        const opened = yield* fstat(fd);
        if (!opened.isFile() || opened.dev !== checked.dev || opened.ino !== checked.ino) {
            return unreadable(`${display} changed while it was being read`);
        }
        if (opened.size > maxBytes)
            return unreadable(overLimit(display, opened.size, maxBytes));
        // Read until end of file, but never more than one byte past the limit: a file that keeps
        // growing (or lies about its size) is refused rather than read without bound.
        const chunks = [];
        let total = 0;
        for (;;) {
            const room = maxBytes + 1 - total;
            const want = Math.min(Math.max(opened.size - total, 1), CHUNK_BYTES, room);
            const buffer = Buffer.allocUnsafe(want);
            const count = yield* read(fd, buffer);
            if (count === 0)
                break;
            chunks.push(buffer.subarray(0, count));
            total += count;
            if (total > maxBytes) {
                return unreadable(`${display} grew past the ${maxBytes}-byte limit while it was being read`);
            }
        }
        const bytes = Buffer.concat(chunks, total);
        // Buffer#toString('utf8') is the decoder fs.readFile(p, 'utf8') uses: same U+FFFD, BOM kept.
        return { kind: 'text', path: requestedPath, text: bytes.toString('utf8'), bytes: total };
    }
    finally {
        yield* fs_ops_close(fd);
    }
}
function describeReadError(error, display) {
    const errno = error;
    switch (errno?.code) {
        case 'EACCES':
        case 'EPERM':
            return `${display} cannot be read: permission denied (${errno.code})`;
        case 'ELOOP':
            return `${display} has too many levels of symbolic links`;
        case 'EISDIR':
            return `${display} is a directory, not a file`;
        case 'ENAMETOOLONG':
            return `${display} cannot be read: the path is too long`;
        default:
            return `${display} cannot be read: ${error instanceof Error ? error.message : String(error)}`;
    }
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(7875);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
