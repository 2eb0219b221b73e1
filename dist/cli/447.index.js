export const id = 447;
export const ids = [447];
export const modules = {

/***/ 7193:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UP: () => (/* binding */ explainChange),
/* harmony export */   l0: () => (/* binding */ isEmptyExplanation)
/* harmony export */ });
/* unused harmony export describePolicy */
/* harmony import */ var _canonical_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9903);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4887);



/** What moved between two checks, beyond which hash changed. */
function explainChange(before, after) {
    const explanation = {
        findings: {
            added: multisetMinus(after.findings, before.findings),
            resolved: multisetMinus(before.findings, after.findings),
        },
        evidence: diffEvidence(before.evidence, after.evidence),
    };
    if (before.policy !== undefined && after.policy !== undefined) {
        const rulesBefore = describePolicy(before.policy);
        const rulesAfter = describePolicy(after.policy);
        explanation.policy = {
            added: multisetMinus(rulesAfter, rulesBefore),
            removed: multisetMinus(rulesBefore, rulesAfter),
        };
    }
    return explanation;
}
function describePolicy(policy) {
    if (!(0,_record_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(policy))
        return [];
    return _registry_js__WEBPACK_IMPORTED_MODULE_1__/* .RULE_FAMILIES */ .s.flatMap((family) => family.describeRules(policy));
}
function isEmptyExplanation(e) {
    return (e.findings.added.length +
        e.findings.resolved.length +
        e.evidence.added.length +
        e.evidence.removed.length +
        e.evidence.changed.length ===
        0 &&
        (e.policy === undefined || e.policy.added.length + e.policy.removed.length === 0));
}
/** Items of `a` not matched one-for-one in `b`, compared by canonical JSON, in `a`'s order. */
function multisetMinus(a, b) {
    const counts = new Map();
    for (const item of b) {
        const key = (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(item);
        counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const out = [];
    for (const item of a) {
        const key = (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(item);
        const left = counts.get(key) ?? 0;
        if (left > 0)
            counts.set(key, left - 1);
        else
            out.push(item);
    }
    return out;
}
function diffEvidence(before, after) {
    const beforeEntries = indexEntries(before);
    const afterEntries = indexEntries(after);
    const result = { added: [], removed: [], changed: [] };
    for (const [key, entry] of beforeEntries) {
        const next = afterEntries.get(key);
        if (next === undefined)
            result.removed.push(entry);
        else {
            const changes = fieldChanges(entry.entry, next.entry);
            if (changes.length > 0)
                result.changed.push({ ...next, changes });
        }
    }
    for (const [key, entry] of afterEntries)
        if (!beforeEntries.has(key))
            result.added.push(entry);
    return result;
}
/** Keyed by slice, source and occurrence (TOOLS.md may declare one tool twice). */
function indexEntries(evidence) {
    const index = new Map();
    if (!(0,_record_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(evidence))
        return index;
    for (const [slice, entries] of Object.entries(evidence)) {
        if (!Array.isArray(entries))
            continue;
        const seen = new Map();
        for (const entry of entries) {
            if (!(0,_record_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(entry))
                continue;
            const source = typeof entry.source === 'string' ? entry.source : (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(entry);
            const occurrence = seen.get(source) ?? 0;
            seen.set(source, occurrence + 1);
            index.set(`${slice}\u0000${source}\u0000${occurrence}`, { slice, source, entry });
        }
    }
    return index;
}
function fieldChanges(before, after) {
    const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return fields
        .filter((field) => (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(before[field]) !== (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(after[field]))
        .map((field) => ({ field, before: before[field], after: after[field] }));
}


/***/ }),

/***/ 7732:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F_: () => (/* binding */ componentValue),
/* harmony export */   eY: () => (/* binding */ snapshotOf),
/* harmony export */   tF: () => (/* binding */ changedComponents)
/* harmony export */ });
/* unused harmony export COMPONENTS */
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33);

const COMPONENTS = ['result', 'policy', 'evidence', 'findings', 'attestation'];
const COMPONENT_FIELD = {
    result: 'ok',
    policy: 'policyHash',
    evidence: 'evidenceHash',
    findings: 'findingsHash',
    attestation: 'attestationHash',
};
/** Reads the snapshot of a `check --json` value, or explains why it is not one. */
function snapshotOf(report) {
    if (!(0,_record_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(report) || typeof report.ok !== 'boolean')
        return { problem: 'is not a policy check --json output (no boolean "ok")' };
    const snapshot = { ok: report.ok };
    const attestation = report.attestation;
    if (attestation === undefined)
        return { snapshot };
    if (!(0,_record_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(attestation))
        return { problem: 'has an "attestation" that is not an object' };
    const strings = [
        ['policyHash', (0,_record_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(attestation.policy) ? attestation.policy.hash : undefined],
        ['evidenceHash', (0,_record_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(attestation.workspace) ? attestation.workspace.hash : undefined],
        ['findingsHash', attestation.findingsHash],
        ['attestationHash', attestation.attestationHash],
        ['checkedAt', attestation.checkedAt],
    ];
    for (const [field, value] of strings) {
        if (value === undefined)
            continue;
        if (typeof value !== 'string')
            return { problem: `has a non-string ${field}` };
        snapshot[field] = value;
    }
    return { snapshot };
}
/** The components that differ, in the fixed order; `checkedAt` is never compared. */
function changedComponents(before, after) {
    return COMPONENTS.filter((component) => before[COMPONENT_FIELD[component]] !== after[COMPONENT_FIELD[component]]);
}
function componentValue(snapshot, component) {
    const value = snapshot[COMPONENT_FIELD[component]];
    return value === undefined ? 'missing' : String(value);
}


/***/ }),

/***/ 3772:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ reportVerificationProblem),
/* harmony export */   W: () => (/* binding */ verifyAttestationFile)
/* harmony export */ });
/* harmony import */ var _engine_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9903);
/* harmony import */ var _engine_check_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6120);
/* harmony import */ var _engine_findings_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8726);
/* harmony import */ var _engine_record_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33);




/**
 * Trusts an attestation file only when its hashes re-derive from its own content: the evidence
 * hashes to `workspace.hash`, the findings to `findingsHash`, and the four parts to
 * `attestationHash`. A hand-edited file (say, a finding deleted) therefore never verifies.
 */
function verifyAttestationFile(value, path) {
    const corrupt = (why) => ({ state: 'corrupt', reason: `${path} ${why}` });
    if (!(0,_engine_record_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(value))
        return corrupt('is not a policy check --json report (not an object).');
    const { attestation, evidence, findings, ok } = value;
    if (typeof ok !== 'boolean' || !(0,_engine_record_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(attestation) || !(0,_engine_record_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(evidence) || !Array.isArray(findings)) {
        return corrupt('is not a policy check --json report (needs ok, attestation, evidence and findings).');
    }
    const recorded = recordedHashes(attestation);
    if (typeof recorded === 'string')
        return corrupt(recorded);
    const { workspaceHash, policyHash, findingsHash, attestationHash } = recorded;
    if (!findings.every(isFindingShaped))
        return corrupt('has findings that are not policy findings.');
    if (findings.some((f) => f.checkId === _engine_findings_js__WEBPACK_IMPORTED_MODULE_3__/* .ATTESTATION_HASH_MISMATCH */ .Zx)) {
        return corrupt('was written while an expectedAttestationHash lock did not match, so its findings are not the attested ones. Regenerate it with `policy-gate accept`.');
    }
    if ((0,_engine_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .hashOf */ .qQ)(evidence) !== workspaceHash)
        return corrupt(`does not verify: its evidence hashes to ${(0,_engine_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .hashOf */ .qQ)(evidence)}, not ${workspaceHash}.`);
    const derivedFindings = (0,_engine_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .hashOf */ .qQ)(findings.map(_engine_findings_js__WEBPACK_IMPORTED_MODULE_3__/* .attestedShape */ .Kz));
    if (derivedFindings !== findingsHash) {
        return corrupt(`does not verify: its findings hash to ${derivedFindings}, not ${findingsHash} (was it written with --severity-min, or edited?).`);
    }
    const derived = (0,_engine_check_js__WEBPACK_IMPORTED_MODULE_1__/* .attestationHashOf */ .mk)({ ok: findings.length === 0, policyHash, workspaceHash, findingsHash });
    if (derived !== attestationHash)
        return corrupt(`does not verify: its parts hash to ${derived}, not ${attestationHash}.`);
    return { state: 'verified', report: value, attestationHash };
}
function isFindingShaped(value) {
    return ((0,_engine_record_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(value) &&
        typeof value.checkId === 'string' &&
        typeof value.message === 'string' &&
        typeof value.severity === 'string');
}
/**
 * What `diff` can check of a saved `check --json` report: a report without an attestation
 * (config-invalid) has nothing to verify; one written while an expectedAttestationHash lock did
 * not match shows other findings than it attests, so only its evidence and the attestation's
 * own parts are checked; any other report must verify completely. Returns the problem, if any.
 */
function reportVerificationProblem(value, path) {
    if (!(0,_engine_record_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(value) || value.attestation === undefined)
        return undefined;
    const findings = Array.isArray(value.findings) ? value.findings : [];
    const locked = findings.some((f) => (0,_engine_record_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(f) && f.checkId === _engine_findings_js__WEBPACK_IMPORTED_MODULE_3__/* .ATTESTATION_HASH_MISMATCH */ .Zx);
    if (!locked) {
        const state = verifyAttestationFile(value, path);
        return state.state === 'corrupt' ? state.reason : undefined;
    }
    const recorded = recordedHashes((0,_engine_record_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(value.attestation) ? value.attestation : {});
    if (typeof recorded === 'string')
        return `${path} ${recorded}`;
    const { workspaceHash, policyHash, findingsHash, attestationHash } = recorded;
    if ((0,_engine_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .hashOf */ .qQ)(value.evidence) !== workspaceHash)
        return `${path} does not verify: its evidence hashes to ${(0,_engine_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .hashOf */ .qQ)(value.evidence)}, not ${workspaceHash}.`;
    // The attested findings are not in the file, but whether there were any is: H([]) or not.
    const ok = findingsHash === (0,_engine_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .hashOf */ .qQ)([]);
    const derived = (0,_engine_check_js__WEBPACK_IMPORTED_MODULE_1__/* .attestationHashOf */ .mk)({ ok, policyHash, workspaceHash, findingsHash });
    return derived === attestationHash
        ? undefined
        : `${path} does not verify: its parts hash to ${derived}, not ${attestationHash}.`;
}
/** The hashes an attestation records, or what is wrong with them. */
function recordedHashes(attestation) {
    const workspaceHash = (0,_engine_record_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(attestation.workspace) ? attestation.workspace.hash : undefined;
    const policyHash = (0,_engine_record_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(attestation.policy) ? attestation.policy.hash : undefined;
    const { findingsHash, attestationHash } = attestation;
    if (typeof workspaceHash !== 'string' ||
        typeof findingsHash !== 'string' ||
        typeof attestationHash !== 'string') {
        return 'has no workspace hash, findings hash or attestation hash.';
    }
    if (policyHash !== undefined && typeof policyHash !== 'string')
        return 'has a policy hash that is not a string.';
    return { workspaceHash, policyHash, findingsHash, attestationHash };
}


/***/ }),

/***/ 4845:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Uv: () => (/* binding */ duplicateKeyProblem),
  dH: () => (/* binding */ parseJsonDocument)
});

// UNUSED EXPORTS: MAX_JSON_DEPTH

// EXTERNAL MODULE: ./node_modules/json5/lib/index.js
var lib = __webpack_require__(4841);
// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(9547);
;// CONCATENATED MODULE: ./lib/workspace/json5-lexer.js
// The few pieces of JSON5's lexical grammar that our own scanners need (nesting-depth guard and
// key positions). They mirror json5 2.2.3's lexer (lib/parse.js): the same whitespace set, the
// same comment forms, strings in either quote that end at an unescaped line break, and the same
// escape sequences.
const SPACE_SEPARATOR = /\p{Zs}/u;
/** JSON5 WhiteSpace and LineTerminator, for one UTF-16 code unit. */
function isJson5Whitespace(char) {
    switch (char) {
        case '\t':
        case '\v':
        case '\f':
        case ' ':
        case '\u00A0':
        case '\uFEFF':
        case '\n':
        case '\r':
        case '\u2028':
        case '\u2029':
            return true;
        default:
            return char.charCodeAt(0) > 0x7f && SPACE_SEPARATOR.test(char);
    }
}
function isCommentEnd(char) {
    return char === '\n' || char === '\r' || char === '\u2028' || char === '\u2029';
}
/**
 * `text[start]` is `/`. Returns the index just after the comment (end of text when it is never
 * closed), or undefined when the slash does not start a comment.
 */
function skipComment(text, start) {
    const kind = text[start + 1];
    if (kind === '/') {
        let index = start + 2;
        while (index < text.length && !isCommentEnd(text[index]))
            index += 1;
        return index;
    }
    if (kind === '*') {
        const close = text.indexOf('*/', start + 2);
        return close === -1 ? text.length : close + 2;
    }
    return undefined;
}
/**
 * `text[start]` is a quote. Returns the index just after the closing quote; for an unterminated
 * string, the index of the line break (or end of text) where json5 would report the error.
 */
function skipString(text, start) {
    const quote = text[start];
    let index = start + 1;
    while (index < text.length) {
        const char = text[index];
        if (char === quote)
            return index + 1;
        if (char === '\\') {
            // An escaped CRLF is one line continuation; stepping over only the CR would leave the LF
            // looking like an unescaped line break.
            index += text[index + 1] === '\r' && text[index + 2] === '\n' ? 3 : 2;
            continue;
        }
        if (char === '\n' || char === '\r')
            return index;
        index += 1;
    }
    return text.length;
}
const SIMPLE_ESCAPES = {
    b: '\b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t',
    v: '\v',
    '0': '\0',
};
/** The value of a JSON5 string literal's body (between the quotes), as json5 decodes it. */
function decodeStringBody(body) {
    if (!body.includes('\\'))
        return body;
    let decoded = '';
    for (let index = 0; index < body.length; index += 1) {
        const char = body[index];
        if (char !== '\\') {
            decoded += char;
            continue;
        }
        index += 1;
        const escape = body[index] ?? '';
        const simple = SIMPLE_ESCAPES[escape];
        if (simple !== undefined) {
            decoded += simple;
        }
        else if (escape === 'x' || escape === 'u') {
            const length = escape === 'x' ? 2 : 4;
            decoded += String.fromCharCode(parseInt(body.slice(index + 1, index + 1 + length), 16));
            index += length;
        }
        else if (escape === '\r') {
            if (body[index + 1] === '\n')
                index += 1;
        }
        else if (escape !== '\n' && escape !== '\u2028' && escape !== '\u2029') {
            decoded += escape;
        }
    }
    return decoded;
}
/** The name an unquoted JSON5 key stands for (identifiers may contain `\uXXXX` escapes). */
function decodeIdentifier(identifier) {
    return identifier.replace(/\\u([0-9a-fA-F]{4})/g, (_escape, hex) => String.fromCharCode(parseInt(hex, 16)));
}

;// CONCATENATED MODULE: ./lib/workspace/position-tree.js
/** Thrown by the outline builders when the text is not what they expect. */
class OutlineError extends Error {
}
function outlineFromJsonc(node) {
    switch (node.type) {
        case 'object':
            return {
                kind: 'object',
                offset: node.offset,
                properties: (node.children ?? []).map((property) => {
                    const [key, value] = property.children ?? [];
                    if (key?.type !== 'string' || typeof key.value !== 'string' || !value) {
                        throw new OutlineError('incomplete property');
                    }
                    return { key: key.value, offset: key.offset, value: outlineFromJsonc(value) };
                }),
            };
        case 'array':
            return { kind: 'array', offset: node.offset, items: (node.children ?? []).map(outlineFromJsonc) };
        case 'property':
            throw new OutlineError('property outside an object');
        default:
            return { kind: 'scalar', offset: node.offset };
    }
}
/**
 * The property a key selects: the *last* one with that name, because JSON5 keeps the last value
 * of a duplicated key and a position must point at what actually took effect.
 */
function lastProperty(properties, key) {
    for (let index = properties.length - 1; index >= 0; index -= 1) {
        const property = properties[index];
        if (property.key === key)
            return property;
    }
    return undefined;
}
/**
 * Follows `path` as far as it exists and returns the offset of the deepest node reached (a
 * property's key, an array element's value, the root value for the empty path) and how many
 * segments matched.
 */
function deepestOffset(root, path) {
    let node = root;
    let offset = root.offset;
    let matched = 0;
    for (const segment of path) {
        // Strings name keys and numbers index arrays, nothing else: `#0` (an array index) must not
        // silently land on a key written "0".
        if (node.kind === 'object' && typeof segment === 'string') {
            const property = lastProperty(node.properties, segment);
            if (!property)
                break;
            offset = property.offset;
            node = property.value;
        }
        else if (node.kind === 'array' && typeof segment === 'number') {
            const item = node.items[segment];
            if (!item)
                break;
            offset = item.offset;
            node = item;
        }
        else {
            break;
        }
        matched += 1;
    }
    return { offset, matched };
}
function materialise(link) {
    const path = [];
    for (let at = link; at; at = at.parent)
        path.push(at.segment);
    return path.reverse();
}
/** Every repeated key, in document order, with the offset of the repeat and of the first one. */
function findDuplicateKeys(root) {
    const duplicates = [];
    const pending = [{ node: root, path: undefined }];
    for (let next = pending.pop(); next; next = pending.pop()) {
        const { node, path } = next;
        if (node.kind === 'array') {
            node.items.forEach((item, index) => pending.push({ node: item, path: { segment: index, parent: path } }));
        }
        else if (node.kind === 'object') {
            const firstOffsets = new Map();
            for (const property of node.properties) {
                const firstOffset = firstOffsets.get(property.key);
                if (firstOffset === undefined)
                    firstOffsets.set(property.key, property.offset);
                else
                    duplicates.push({
                        path: materialise(path),
                        key: property.key,
                        offset: property.offset,
                        firstOffset,
                    });
                pending.push({ node: property.value, path: { segment: property.key, parent: path } });
            }
        }
    }
    return duplicates.sort((left, right) => left.offset - right.offset);
}

;// CONCATENATED MODULE: ./lib/workspace/json5-outline.js
// Key and value positions for JSON5 that jsonc-parser cannot read (unquoted keys, single quotes,
// hex, `+1`, `Infinity`, escapes such as `\x41`). It only ever runs on text json5 has already
// accepted, so it can be small: it tracks structure and keys and steps over scalars without
// interpreting them. Anything unexpected throws OutlineError and the caller gives up on positions.


function outlineJson5(text, maxDepth) {
    let offset = 0;
    const skipTrivia = () => {
        while (offset < text.length) {
            const char = text[offset];
            if (isJson5Whitespace(char)) {
                offset += 1;
            }
            else if (char === '/') {
                const end = skipComment(text, offset);
                if (end === undefined)
                    throw new OutlineError(`unexpected / at ${offset}`);
                offset = end;
            }
            else {
                return;
            }
        }
    };
    const expect = (char) => {
        skipTrivia();
        if (text[offset] !== char)
            throw new OutlineError(`expected ${char} at ${offset}`);
        offset += 1;
    };
    // Where an unquoted token (a number, literal or identifier key) ends.
    const isTokenEnd = (char) => char === ',' || char === ':' || char === ']' || char === '}' || char === '/' || isJson5Whitespace(char);
    const readKey = () => {
        const char = text[offset];
        if (char === '"' || char === "'") {
            const start = offset;
            offset = skipString(text, offset);
            if (text[offset - 1] !== char || offset - start < 2)
                throw new OutlineError(`bad key at ${start}`);
            return decodeStringBody(text.slice(start + 1, offset - 1));
        }
        const start = offset;
        while (offset < text.length && !isTokenEnd(text[offset]))
            offset += 1;
        if (offset === start)
            throw new OutlineError(`missing key at ${start}`);
        return decodeIdentifier(text.slice(start, offset));
    };
    const readValue = (depth) => {
        if (depth > maxDepth)
            throw new OutlineError('too deep');
        skipTrivia();
        const start = offset;
        const char = text[offset];
        if (char === '{') {
            offset += 1;
            const properties = [];
            for (skipTrivia(); text[offset] !== '}'; skipTrivia()) {
                const keyOffset = offset;
                const key = readKey();
                expect(':');
                properties.push({ key, offset: keyOffset, value: readValue(depth + 1) });
                skipTrivia();
                if (text[offset] === ',')
                    offset += 1;
                else if (text[offset] !== '}')
                    throw new OutlineError(`expected , or } at ${offset}`);
            }
            offset += 1;
            return { kind: 'object', offset: start, properties };
        }
        if (char === '[') {
            offset += 1;
            const items = [];
            for (skipTrivia(); text[offset] !== ']'; skipTrivia()) {
                items.push(readValue(depth + 1));
                skipTrivia();
                if (text[offset] === ',')
                    offset += 1;
                else if (text[offset] !== ']')
                    throw new OutlineError(`expected , or ] at ${offset}`);
            }
            offset += 1;
            return { kind: 'array', offset: start, items };
        }
        if (char === '"' || char === "'") {
            offset = skipString(text, offset);
        }
        else {
            while (offset < text.length && !isTokenEnd(text[offset]))
                offset += 1;
        }
        if (offset === start)
            throw new OutlineError(`missing value at ${start}`);
        return { kind: 'scalar', offset: start };
    };
    const root = readValue(0);
    skipTrivia();
    if (offset !== text.length)
        throw new OutlineError(`text after the value at ${offset}`);
    return root;
}

;// CONCATENATED MODULE: ./lib/workspace/line-index.js
// Offsets → 1-based line and column, counted the way json5 counts in its error messages (a line
// ends at `\n`, so CRLF works and a lone `\r` does not start a line; columns are UTF-16 code
// units), so that a located key and a parse error in the same file agree.
class LineIndex {
    lineStarts = [0];
    constructor(text) {
        for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) {
            this.lineStarts.push(index + 1);
        }
    }
    positionOf(offset) {
        let low = 0;
        let high = this.lineStarts.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if (this.lineStarts[middle] <= offset)
                low = middle;
            else
                high = middle - 1;
        }
        return { line: low + 1, column: offset - this.lineStarts[low] + 1 };
    }
}

;// CONCATENATED MODULE: ./lib/workspace/duplicate-scan.js

/**
 * A quick answer to "can this text have duplicate keys?" without building any tree: jsonc-parser's
 * scanner visits the text once, keeping one key set per open object. `false` only when the text
 * was read without a single complaint and no object repeats a key; anything else (a duplicate,
 * or JSON5 syntax jsonc-parser does not know) sends the caller to the full positional outline.
 */
function mayHaveDuplicateKeys(text) {
    const open = [];
    let suspicious = false;
    (0,main.visit)(text, {
        onObjectBegin: () => {
            open.push(new Set());
        },
        onObjectEnd: () => {
            open.pop();
        },
        onArrayBegin: () => {
            open.push(undefined);
        },
        onArrayEnd: () => {
            open.pop();
        },
        onObjectProperty: (property) => {
            const keys = open[open.length - 1];
            if (keys === undefined || keys.has(property))
                suspicious = true;
            else
                keys.add(property);
        },
        onError: () => {
            suspicious = true;
        },
    }, { allowTrailingComma: true, disallowComments: false });
    return suspicious;
}
/**
 * Depth and key count of strict JSON text, in one pass that allocates nothing: one regular
 * expression steps from token to token (a whole string, with the `:` that makes it a key, or a
 * bracket), and the character the match ends on says which it was. Exact for text JSON.parse
 * accepts. On any other text the figures mean nothing, and the pass is still linear: the string
 * alternative always matches once it starts (at the closing quote, or at the end of the text).
 * JSON.parse keeps one property per distinct key of an object, so a text it accepts repeats a
 * key in some object exactly when it writes more keys than its value holds (`keyCount`);
 * `"a"` and `"\u0061"` are the same key.
 */
function strictJsonShape(text) {
    let keys = 0;
    let depth = 0;
    let deepest = 0;
    const token = new RegExp(JSON_TOKEN);
    while (token.test(text)) {
        const last = text.charCodeAt(token.lastIndex - 1);
        if (last === COLON) {
            keys++;
        }
        else if (last === OPEN_BRACE || last === OPEN_BRACKET) {
            depth++;
            if (depth > deepest)
                deepest = depth;
        }
        else if (last === CLOSE_BRACE || last === CLOSE_BRACKET) {
            depth--;
        }
    }
    return { depth: deepest, keys };
}
const JSON_TOKEN = /"(?:[^"\\]|\\[\s\S])*(?:"|\\?$)(?:[ \t\r\n]*:)?|[{[]|[}\]]/g;
/** Own keys of every object in a parsed JSON value (recursive: call it within the depth limit). */
function keyCount(value) {
    if (typeof value !== 'object' || value === null)
        return 0;
    let count = 0;
    if (Array.isArray(value)) {
        for (const item of value)
            if (typeof item === 'object' && item !== null)
                count += keyCount(item);
        return count;
    }
    const record = value;
    const keys = Object.keys(record);
    count = keys.length;
    for (const key of keys) {
        const item = record[key];
        if (typeof item === 'object' && item !== null)
            count += keyCount(item);
    }
    return count;
}
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

;// CONCATENATED MODULE: ./lib/workspace/nesting-depth.js
// A guard run before any parser sees the text: jsonc-parser recurses once per nesting level, so
// a pull request with a million `[` would overflow the stack. One linear pass that skips strings
// and comments (the only places a bracket is not structure) is enough to know the depth.

/** True when `text` opens more than `limit` nested objects/arrays at some point. */
function nestsDeeperThan(text, limit) {
    let depth = 0;
    let index = 0;
    while (index < text.length) {
        const char = text[index];
        if (char === '"' || char === "'") {
            index = skipString(text, index);
            continue;
        }
        if (char === '/') {
            index = skipComment(text, index) ?? index + 1;
            continue;
        }
        if (char === '{' || char === '[') {
            depth += 1;
            if (depth > limit)
                return true;
        }
        else if ((char === '}' || char === ']') && depth > 0) {
            depth -= 1;
        }
        index += 1;
    }
    return false;
}

;// CONCATENATED MODULE: ./lib/workspace/json-document.js
// Parses a policy or OpenClaw config the way OpenClaw does (json5: values and the exact error
// text, which ends up in attested findings), and adds what review needs on top: positions of
// keys for annotations, and duplicate keys, which JSON5 silently resolves to the last value and
// which can therefore hide a rule from a reviewer reading the first one.







/**
 * Deepest nesting accepted. A documented deviation from OpenClaw, which would parse (or crash on)
 * absurdly deep input: no real policy or config comes near this, and it bounds every recursion
 * in the positioners.
 */
const MAX_JSON_DEPTH = 512;
/** Parses JSON5 text; never throws. `displayName` only names the file in the depth refusal. */
function parseJsonDocument(text, displayName) {
    const tooDeep = {
        ok: false,
        kind: 'too-deep',
        error: `${displayName} nests deeper than ${MAX_JSON_DEPTH} levels`,
    };
    // Strict JSON is a subset of JSON5 that both parsers read to the same value, and JSON.parse is
    // some 25 times faster than json5 (which reads about 4 MB/s). So JSON.parse goes first, after
    // one scan that gives the depth (JSON.parse would build a million nested arrays) and the key
    // count that tells whether a key repeats. Anything it rejects (comments, trailing commas, a BOM,
    // a real syntax error) goes to json5 behind the exact depth guard, which then produces the value
    // or the exact error text OpenClaw attests. A property test holds the two paths equal.
    const shape = strictJsonShape(text);
    const strict = shape.depth <= MAX_JSON_DEPTH ? parseStrictJson(text) : undefined;
    if (strict !== undefined) {
        return parsedDocument(text, strict.value, () => shape.keys !== keyCount(strict.value));
    }
    if (nestsDeeperThan(text, MAX_JSON_DEPTH))
        return tooDeep;
    let value;
    try {
        value = parseJson5Quietly(text);
    }
    catch (error) {
        return parseFailure(error);
    }
    return parsedDocument(text, value, () => mayHaveDuplicateKeys(text));
}
function parseStrictJson(text) {
    try {
        return { value: JSON.parse(text) };
    }
    catch {
        return undefined;
    }
}
// json5 prints a console warning for every U+2028/U+2029 inside a string; a hostile file full of
// them would flood the job log. The parse is synchronous, so nothing else sees the swap.
function parseJson5Quietly(text) {
    const warn = console.warn;
    console.warn = () => undefined;
    try {
        return lib.parse(text);
    }
    finally {
        console.warn = warn;
    }
}
function parseFailure(error) {
    if (!(error instanceof Error))
        return { ok: false, kind: 'syntax', error: String(error) };
    const { lineNumber, columnNumber } = error;
    if (typeof lineNumber === 'number' && typeof columnNumber === 'number') {
        return {
            ok: false,
            kind: 'syntax',
            error: error.message,
            position: { line: lineNumber, column: columnNumber },
        };
    }
    return { ok: false, kind: 'syntax', error: error.message };
}
function parsedDocument(text, value, mayRepeatKeys) {
    let outline;
    let lines;
    let outlined = false;
    let duplicates;
    const ensureOutline = () => {
        if (!outlined) {
            outlined = true;
            outline = outlineDocument(text);
            lines = new LineIndex(text);
        }
        return outline;
    };
    const positionOf = (offset) => lines.positionOf(offset);
    return {
        ok: true,
        value,
        locate(path) {
            const root = ensureOutline();
            return root ? positionOf(deepestOffset(root, path).offset) : undefined;
        },
        get duplicateKeys() {
            // Cheap scans first; the positional outline is built only when a duplicate may exist.
            if (!duplicates && !mayRepeatKeys())
                duplicates = [];
            if (!duplicates) {
                const root = ensureOutline();
                duplicates = root
                    ? findDuplicateKeys(root).map((found) => ({
                        path: found.path,
                        key: found.key,
                        position: positionOf(found.offset),
                        firstPosition: positionOf(found.firstOffset),
                    }))
                    : [];
            }
            return duplicates;
        },
    };
}
/**
 * jsonc-parser first (the positions SPEC §1 names), but only when it read the text without a
 * single complaint: on JSON5 it does not know, its error recovery invents structure. Then our
 * JSON5 scanner. Undefined when neither understands the text (positions are best effort; values
 * never depend on them).
 */
function outlineDocument(text) {
    const errors = [];
    const tree = (0,main.parseTree)(text, errors, { allowTrailingComma: true, disallowComments: false });
    try {
        if (tree && errors.length === 0)
            return outlineFromJsonc(tree);
    }
    catch (error) {
        if (!(error instanceof OutlineError))
            throw error;
    }
    try {
        return outlineJson5(text, MAX_JSON_DEPTH + 1);
    }
    catch (error) {
        if (error instanceof OutlineError)
            return undefined;
        throw error;
    }
}
/**
 * Why a parsed document with a repeated key must be refused, or undefined. JSON5 keeps the last of
 * two equal keys, so a reviewer could read one rule while another applies.
 */
function duplicateKeyProblem(document, file) {
    const first = document.duplicateKeys[0];
    if (first === undefined)
        return undefined;
    const where = [...first.path, first.key].join('.');
    return `${file}:${first.position.line}:${first.position.column}: duplicate key "${first.key}" (${where}); JSON5 would silently keep only the last one, so remove the other.`;
}


/***/ })

};
