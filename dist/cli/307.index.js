export const id = 307;
export const ids = [307];
export const modules = {

/***/ 4930:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K7: () => (/* binding */ scanAgentsMarkdownTools),
/* harmony export */   Xr: () => (/* binding */ MIGRATED_NOTES_HEADING),
/* harmony export */   bi: () => (/* binding */ LOCAL_NOTES_HEADING),
/* harmony export */   oW: () => (/* binding */ LOCAL_NOTES_MARKERS)
/* harmony export */ });
/* harmony import */ var _tool_declaration_grammar_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4399);
// Governed tools declared in the `## Tools` section of AGENTS.md (SPEC-2026.9 §8.1), read exactly
// as OpenClaw 2026.9.6's `policy check` reads them. One declaration's grammar (headings, bullets,
// metadata fields) is 2026.5.20's (`tool-declaration-grammar.ts`); what is new is where tools are
// looked for:
//   - fenced blocks (``` or ~~~) are invisible, wherever they are;
//   - the section opens at a heading of depth 1 or 2 whose slug is `tools` and closes at the next
//     heading of the same or a shallower depth; a later `#`/`## Tools` opens it again, its own
//     heading line then being part of the section (a heading, not a tool);
//   - a tool is a child heading (exactly one level below its section) or a column-0 bullet;
//   - "local notes" are skipped: from a line naming `Skills provide your tools.`, `Keep local notes`
//     and `TOOLS.md`, or a child heading `Local notes` (both up to the next child heading), or a
//     child heading `Local notes (migrated from TOOLS.md)` (up to the next Tools heading). That
//     is where `openclaw doctor --fix` moves TOOLS.md, so migrated tools are never evaluated.
// A tool's metadata is its inline remainder and the following section lines up to a heading at
// most one level below the section (tested on the trimmed line) or a bullet that looks like a
// declaration; it ignores local-notes mode, and fenced lines are not part of it.
//
// The text is read in one pass: a line ends the open tool's metadata before it can declare the
// next tool (every declaration line also ends metadata), so the tools come out in file order.

/** The tools of AGENTS.md's Tools section, in file order, duplicates kept. Never throws. */
function scanAgentsMarkdownTools(text) {
    const tools = [];
    let open;
    let localNotes;
    for (const line of toolsSectionLines(text)) {
        if (open !== undefined && endsMetadata(line)) {
            tools.push(toolEvidence(open.id, open.line, open.metadata));
            open = undefined;
        }
        open?.metadata.push(line.text);
        const heading = line.text.startsWith('#') ? (0,_tool_declaration_grammar_js__WEBPACK_IMPORTED_MODULE_0__/* .headingOf */ .Wm)(line.text) : undefined;
        const isChild = heading?.depth === line.sectionDepth + 1;
        const notes = localNotesStep(line, heading, isChild, localNotes);
        localNotes = notes.mode;
        if (notes.skip || localNotes !== undefined)
            continue;
        const declared = isChild ? childHeadingDeclaration(heading) : bulletToolDeclaration(line.text);
        const id = declared === undefined ? '' : (0,_tool_declaration_grammar_js__WEBPACK_IMPORTED_MODULE_0__/* .slugifyHeading */ .Cn)(declared.name);
        if (id !== '')
            open = { id, line: line.number, metadata: [declared.inline] };
    }
    if (open !== undefined)
        tools.push(toolEvidence(open.id, open.line, open.metadata));
    return tools;
}
/** The lines of every Tools section, fenced lines left out, with the depth of their section. */
function toolsSectionLines(text) {
    const section = [];
    const lines = text.split(LINE_BREAK);
    let sectionDepth;
    let foundSection = false;
    let fence;
    for (let index = 0; index < lines.length; index++) {
        const line = lines[index];
        const fenceRun = FENCE_OPENING.exec(line)?.[1];
        if (fenceRun !== undefined && fence === undefined) {
            fence = { marker: fenceRun[0], length: fenceRun.length };
            continue;
        }
        if (fence !== undefined) {
            const closing = FENCE_CLOSING.exec(line)?.[1];
            if (closing !== undefined && closing[0] === fence.marker && closing.length >= fence.length) {
                fence = undefined;
            }
            continue;
        }
        const heading = line.startsWith('#') ? (0,_tool_declaration_grammar_js__WEBPACK_IMPORTED_MODULE_0__/* .headingOf */ .Wm)(line) : undefined;
        if (heading !== undefined) {
            if (sectionDepth !== undefined && heading.depth <= sectionDepth)
                sectionDepth = undefined;
            if (sectionDepth === undefined && heading.depth <= 2 && heading.slug === 'tools') {
                // A second Tools heading is kept as a line of its section; the first only opens it.
                if (foundSection)
                    section.push({ number: index + 1, text: line, sectionDepth: heading.depth });
                foundSection = true;
                sectionDepth = heading.depth;
                continue;
            }
        }
        if (sectionDepth !== undefined && (heading === undefined || heading.depth > sectionDepth)) {
            section.push({ number: index + 1, text: line, sectionDepth });
        }
    }
    return section;
}
const LINE_BREAK = /\r?\n/;
// Linear: the leading `\s*` and the run can only backtrack into characters that fail at once.
const FENCE_OPENING = /^\s*(`{3,}|~{3,})/;
const FENCE_CLOSING = /^\s*(`{3,}|~{3,})\s*$/;
/**
 * How a line moves local-notes mode (SPEC-2026.9 §8.1), in OpenClaw's order: `skip` when the
 * line only switched the mode (so it declares nothing), and the mode from this line on.
 */
function localNotesStep(line, heading, isChild, mode) {
    if (LOCAL_NOTES_MARKERS.every((marker) => line.text.includes(marker)))
        return { skip: true, mode: 'plain' };
    if (isChild && LOCAL_NOTES_HEADING.test(heading.text))
        return { skip: true, mode: 'plain' };
    if (isChild && MIGRATED_NOTES_HEADING.test(heading.text))
        return { skip: true, mode: 'migrated' };
    if (mode !== undefined &&
        heading !== undefined &&
        heading.depth <= line.sectionDepth &&
        heading.slug === 'tools') {
        return { skip: true, mode: undefined };
    }
    // A plain-notes block ends at the next child heading, which may itself declare a tool.
    if (mode === 'plain' && isChild)
        return { skip: false, mode: undefined };
    return { skip: false, mode };
}
/** A line naming all three starts a plain local-notes block (the migration must avoid them too). */
const LOCAL_NOTES_MARKERS = ['Skills provide your tools.', 'Keep local notes', 'TOOLS.md'];
// `iu` on purpose: with `u`, case folding maps `ſ` to `s`, as OpenClaw's patterns do.
const LOCAL_NOTES_HEADING = /^Local notes\s*$/iu;
const MIGRATED_NOTES_HEADING = /^Local notes \(migrated from TOOLS\.md\)\s*$/iu;
/** A child heading's tool: the first run of the text without whitespace or `#`, then the rest. */
function childHeadingDeclaration(heading) {
    const name = CHILD_HEADING_NAME.exec(heading.text)?.[0];
    return name === undefined ? undefined : { name, inline: heading.text.slice(name.length) };
}
function bulletToolDeclaration(line) {
    const named = (0,_tool_declaration_grammar_js__WEBPACK_IMPORTED_MODULE_0__/* .bulletDeclaration */ .HI)(line);
    return named === undefined ? undefined : { name: named.name, inline: line.slice(named.inlineAt) };
}
const CHILD_HEADING_NAME = /^[^\s#]+/;
/**
 * Whether a section line ends the metadata of the tool before it: a heading at most one level
 * below its section once the line is trimmed (so an indented `### x` counts), or a bullet that
 * looks like a declaration.
 */
function endsMetadata(line) {
    const trimmed = line.text.trim();
    if (trimmed.startsWith('#')) {
        const heading = (0,_tool_declaration_grammar_js__WEBPACK_IMPORTED_MODULE_0__/* .headingOf */ .Wm)(trimmed, false);
        if (heading !== undefined && heading.depth <= line.sectionDepth + 1)
            return true;
    }
    return (0,_tool_declaration_grammar_js__WEBPACK_IMPORTED_MODULE_0__/* .looksLikeBulletDeclaration */ .gV)(line.text);
}
function toolEvidence(id, line, metadata) {
    return (0,_tool_declaration_grammar_js__WEBPACK_IMPORTED_MODULE_0__/* .withToolMetadata */ .GZ)({ id, source: `oc://AGENTS.md/tools/${id}`, line }, metadata.join('\n'));
}


/***/ }),

/***/ 9903:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YD: () => (/* binding */ compareKeys),
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   qQ: () => (/* binding */ hashOf),
/* harmony export */   qV: () => (/* binding */ sha256Hash),
/* harmony export */   r6: () => (/* binding */ sortByKey)
/* harmony export */ });
/* unused harmony exports CanonicalDepthError, writeCanonical */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);

// OpenClaw sorts keys with `String#localeCompare`, i.e. the host's default ICU locale. Under
// C, C.UTF-8 and en_US (every CI runner, most servers) that is en-US collation; under sv_SE or
// tr_TR a few non-ASCII keys sort differently, which would make an accepted hash depend on the
// machine. We pin en-US so CI and runtime always agree (documented in the README).
const collator = new Intl.Collator('en-US');
/**
 * Compares two strings the way canonical JSON orders keys: en-US collation. Keys are nearly
 * always printable ASCII, where ICU's result reduces to two passes: primary weights (case folded)
 * decide, then the first case difference (lower before upper). The weights are read off this
 * runtime's own collator at start-up, and a property test holds the two equal; any other
 * character goes to ICU itself.
 */
function compareKeys(a, b) {
    if (!isPrintableAscii(a) || !isPrintableAscii(b))
        return collator.compare(a, b) || byCodeUnits(a, b);
    const length = Math.min(a.length, b.length);
    for (let i = 0; i < length; i++) {
        const difference = PRIMARY_WEIGHT[a.charCodeAt(i)] - PRIMARY_WEIGHT[b.charCodeAt(i)];
        if (difference !== 0)
            return difference;
    }
    if (a.length !== b.length)
        return a.length - b.length;
    for (let i = 0; i < length; i++) {
        const x = a.charCodeAt(i);
        const y = b.charCodeAt(i);
        if (x !== y)
            return isUpperAscii(x) ? 1 : -1;
    }
    return 0;
}
/**
 * Sorts `items` by `keyOf` in `compareKeys` order, stable. When every key is made only of
 * lowercase ASCII letters, digits and `-` (config ids such as `server-0042`: nearly always), keys
 * compare by code units: on those characters en-US collation has one primary weight each, rising
 * with the code unit (`-` < digits < letters), and no case or accent levels. Otherwise every pair
 * goes to `compareKeys`. Held equal to a stable sort by `compareKeys` by a property test.
 */
function sortByKey(items, keyOf) {
    const keys = items.map(keyOf);
    if (!keys.every((key) => PLAIN_KEY.test(key))) {
        const order = keys.map((_, index) => index).sort((a, b) => compareKeys(keys[a], keys[b]) || a - b);
        return order.map((index) => items[index]);
    }
    // All plain: code-unit order, and often the order they are already in (one pass, no sort).
    let ascending = true;
    for (let i = 1; i < keys.length && ascending; i++)
        ascending = keys[i - 1] <= keys[i];
    if (ascending)
        return items.slice();
    const order = keys
        .map((_, index) => index)
        .sort((a, b) => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : a - b));
    return order.map((index) => items[index]);
}
const PLAIN_KEY = /^[-a-z0-9]*$/;
/**
 * Ties between distinct keys that collate as equal (NFC `é` and NFD `e\u0301`, or `a` and
 * `a\u200b`) are broken by code units, so the canonical form never depends on the order keys were
 * written in. OpenClaw keeps file order there (its hash then depends on key order); this is the
 * only place the two can differ.
 */
function byCodeUnits(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
const FIRST_PRINTABLE = 0x20;
const LAST_PRINTABLE = 0x7e;
/** Primary collation weight of each printable ASCII character (index = char code). */
const PRIMARY_WEIGHT = (() => {
    const primary = new Intl.Collator('en-US', { sensitivity: 'base' });
    const characters = [];
    for (let code = FIRST_PRINTABLE; code <= LAST_PRINTABLE; code++)
        characters.push(String.fromCharCode(code));
    characters.sort(collator.compare);
    const weights = [];
    let weight = 0;
    characters.forEach((character, index) => {
        if (index > 0 && primary.compare(characters[index - 1], character) !== 0)
            weight++;
        weights[character.charCodeAt(0)] = weight;
    });
    return weights;
})();
function isPrintableAscii(text) {
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code < FIRST_PRINTABLE || code > LAST_PRINTABLE)
            return false;
    }
    return true;
}
function isUpperAscii(code) {
    return code >= 0x41 && code <= 0x5a;
}
/** Nesting beyond this is refused rather than risking the stack (inputs are capped far lower). */
const MAX_CANONICAL_DEPTH = 4096;
class CanonicalDepthError extends Error {
    constructor() {
        super(`value nests deeper than ${MAX_CANONICAL_DEPTH} levels`);
        this.name = 'CanonicalDepthError';
    }
}
/**
 * Canonical JSON (SPEC.md §4): arrays keep order, object keys sorted by `compareKeys`, no
 * whitespace. A property whose value is `undefined` is written as the bare text `undefined`,
 * an OpenClaw quirk that attestation hashes depend on.
 */
function canonicalJson(value) {
    return canonicalOf(value, 0);
}
// Records are written key by key; each array goes through the native fast path with the key list
// of its own subtree (a short list, so JSON.stringify probes few absent keys per element).
function canonicalOf(value, depth) {
    if (depth > MAX_CANONICAL_DEPTH)
        throw new CanonicalDepthError();
    if (Array.isArray(value)) {
        const keyOrder = canonicalKeyOrder(value);
        return keyOrder === undefined ? writeCanonical(value, depth) : JSON.stringify(value, keyOrder);
    }
    if (value === null || typeof value !== 'object')
        return writeCanonical(value, depth);
    const record = value;
    const parts = sortedKeys(record).map((key) => `${JSON.stringify(key)}:${canonicalOf(record[key], depth + 1)}`);
    return `{${parts.join(',')}}`;
}
// Fast path. Given an array replacer, JSON.stringify writes every object's properties in the
// order of that list (ECMA-262 SerializeJSONObject uses the PropertyList, even for integer-like
// keys), so the union of all keys, sorted once, yields the canonical form in one native call.
// Three cases keep the exact writer: `undefined` values (JSON.stringify drops them, the
// canonical form writes them); a "__proto__" key (JSON.stringify reads listed keys with [[Get]],
// which finds the inherited prototype on objects lacking their own); and two distinct keys that
// collate as equal (their relative order would depend on each object's insertion order).
function canonicalKeyOrder(value) {
    const keys = new Set();
    lastCollected = [];
    if (!collectKeys(value, keys, 0) || keys.has('__proto__'))
        return undefined;
    const order = [...keys].sort(compareKeys);
    for (let i = 1; i < order.length; i++) {
        if (compareKeys(order[i - 1], order[i]) === 0)
            return undefined;
    }
    return order;
}
function collectKeys(value, keys, depth) {
    if (value === undefined)
        return false;
    if (typeof value !== 'object' || value === null)
        return true;
    if (depth > MAX_CANONICAL_DEPTH)
        throw new CanonicalDepthError();
    if (Array.isArray(value)) {
        for (const item of value)
            if (!collectKeys(item, keys, depth + 1))
                return false;
        return true;
    }
    const record = value;
    const own = Object.keys(record);
    // Objects of one array nearly always share their key list: add it to the set once.
    if (!sameKeys(own, lastCollected)) {
        for (const key of own)
            keys.add(key);
        lastCollected = own;
    }
    for (const key of own)
        if (!collectKeys(record[key], keys, depth + 1))
            return false;
    return true;
}
/** The key list `collectKeys` last added; reset for every new set. */
let lastCollected = [];
function sameKeys(a, b) {
    if (a.length !== b.length)
        return false;
    for (let i = 0; i < a.length; i++)
        if (a[i] !== b[i])
            return false;
    return true;
}
function sortedKeys(record) {
    return Object.keys(record).sort(compareKeys);
}
/** The exact canonical writer; `canonicalJson` uses it whenever the fast path could differ. */
function writeCanonical(value, depth = 0) {
    switch (typeof value) {
        case 'string':
            return JSON.stringify(value);
        case 'number':
            return Number.isFinite(value) ? String(value) : 'null';
        case 'boolean':
            return value ? 'true' : 'false';
        case 'undefined':
            return 'undefined';
        case 'object':
            break;
        default:
            // bigint, symbol, function: what JSON.stringify does with them (never produced by JSON5).
            return String(JSON.stringify(value));
    }
    if (value === null)
        return 'null';
    if (depth > MAX_CANONICAL_DEPTH)
        throw new CanonicalDepthError();
    if (Array.isArray(value)) {
        let out = '[';
        for (let i = 0; i < value.length; i++) {
            if (i > 0)
                out += ',';
            out += writeCanonical(value[i], depth + 1);
        }
        return `${out}]`;
    }
    const record = value;
    let out = '{';
    let first = true;
    for (const key of sortedKeys(record)) {
        if (!first)
            out += ',';
        first = false;
        out += `${JSON.stringify(key)}:${writeCanonical(record[key], depth + 1)}`;
    }
    return `${out}}`;
}
/** `H(v)`: "sha256:" + lowercase hex SHA-256 of the UTF-8 canonical form. */
function hashOf(value) {
    return sha256Hash(canonicalJson(value));
}
/** "sha256:" + lowercase hex SHA-256 of the UTF-8 text (already in canonical form). */
function sha256Hash(canonicalText) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(canonicalText, 'utf8').digest('hex')}`;
}


/***/ }),

/***/ 6120:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bE: () => (/* binding */ CHECK_COUNT),
  st: () => (/* binding */ attest),
  mk: () => (/* binding */ attestationHashOf),
  Hz: () => (/* binding */ attestationMismatch),
  Mv: () => (/* binding */ needsToolsMarkdown),
  ov: () => (/* binding */ runPolicyCheck)
});

// EXTERNAL MODULE: ./lib/engine/canonical-json.js
var canonical_json = __webpack_require__(9903);
// EXTERNAL MODULE: ./lib/engine/registry.js
var registry = __webpack_require__(4887);
;// CONCATENATED MODULE: ./lib/engine/evidence-hash.js


const HASHED_ENTRIES = new Map(registry/* RULE_FAMILIES */.s.flatMap((family) => Object.entries(family.hashedEntries).map(([slice, reorder]) => [slice, reorder])));
/**
 * `hashOf(evidence)` for evidence the engine built, several times faster on large workspaces:
 * each entry is copied by its family's `hashedEntries` with its keys in canonical order, and the
 * native JSON.stringify (which writes keys in insertion order and leaves out `undefined` ones)
 * writes the copies. That is the canonical form because the scanners build entries of exactly
 * their declared types (strings, numbers, booleans, lists of strings, an optional field either
 * set or absent, never `undefined`) and the copies are typed to hold every declared field.
 * Property tests over random workspaces hold it equal to `hashOf`. Evidence read from a file is
 * not the engine's: hash it with `hashOf`.
 */
function hashEvidence(evidence) {
    const ordered = {};
    for (const slice of Object.keys(evidence).sort(canonical_json/* compareKeys */.YD)) {
        const entries = evidence[slice];
        const reorder = HASHED_ENTRIES.get(slice);
        if (reorder === undefined || !Array.isArray(entries))
            return (0,canonical_json/* hashOf */.qQ)(evidence);
        ordered[slice] = entries.map(reorder);
    }
    return (0,canonical_json/* sha256Hash */.qV)(JSON.stringify(ordered));
}

// EXTERNAL MODULE: ./lib/engine/findings.js
var findings = __webpack_require__(8726);
// EXTERNAL MODULE: ./lib/engine/oc-path.js
var oc_path = __webpack_require__(8712);
// EXTERNAL MODULE: ./lib/engine/policy-shape.js
var policy_shape = __webpack_require__(5242);
// EXTERNAL MODULE: ./lib/engine/record.js
var record = __webpack_require__(33);
// EXTERNAL MODULE: ./lib/engine/tools-markdown.js
var tools_markdown = __webpack_require__(7967);
;// CONCATENATED MODULE: ./lib/engine/check.js








/** The 15 baseline checks: 4 about the policy artifact itself, 11 from the rule families. */
const ARTIFACT_CHECKS = [findings/* POLICY_MISSING */.Q5, findings/* POLICY_INVALID */.j0, findings/* POLICY_HASH_MISMATCH */.jl, findings/* ATTESTATION_HASH_MISMATCH */.Zx];
const CHECK_COUNT = ARTIFACT_CHECKS.length + registry/* RULE_FAMILIES */.s.reduce((sum, family) => sum + family.checkIds.length, 0);
/** Whether evaluating this policy reads TOOLS.md (so the shell reads it only then). */
function needsToolsMarkdown(policy) {
    if (policy.state !== 'parsed' || !(0,record/* isRecord */.u4)(policy.value))
        return false;
    const value = policy.value;
    return registry/* RULE_FAMILIES */.s.some((family) => family.needsToolDeclarations?.(value) ?? false);
}
/** SPEC.md §2.2, steps 1–9. Pure: every input is already read. */
function runPolicyCheck(input) {
    const { name, settings } = input;
    const policyValue = input.policy.state === 'parsed' && (0,record/* isRecord */.u4)(input.policy.value) ? input.policy.value : {};
    const evidence = collectEvidence(input.config, policyValue, needsToolsMarkdown(input.policy)
        ? (input.toolDeclarations ?? (0,tools_markdown/* parseToolsMarkdown */.uZ)(input.toolsMarkdown ?? ''))
        : undefined);
    if (!settings.enabled)
        return { ...attest(undefined, evidence, [], []), enabled: false };
    const policy = input.policy;
    if (policy.state === 'missing') {
        const missing = (0,findings/* finding */.gk)({
            checkId: findings/* POLICY_MISSING */.Q5,
            severity: 'warning',
            message: `${name.display} is missing for the enabled Policy plugin.`,
            path: name.display,
            fixHint: `Restore ${name.display} or add the policy artifact for this workspace.`,
        });
        return attest(undefined, evidence, [missing], [missing]);
    }
    if (policy.state === 'unparseable') {
        const unparseable = (0,findings/* finding */.gk)({
            checkId: findings/* POLICY_INVALID */.j0,
            message: `${name.display} could not be parsed: ${policy.error}`,
            path: name.display,
            target: (0,oc_path/* policyAddress */.ls)(name.document),
            fixHint: `Fix ${name.display} so policy conformance checks can run.`,
        });
        return attest(undefined, evidence, [unparseable], [unparseable]);
    }
    const policyHash = (0,canonical_json/* hashOf */.qQ)(policy.value);
    if (settings.expectedHash !== undefined && settings.expectedHash !== policyHash) {
        const mismatch = (0,findings/* finding */.gk)({
            checkId: findings/* POLICY_HASH_MISMATCH */.jl,
            message: `${name.display} does not match the configured policy hash.`,
            path: name.display,
            target: (0,oc_path/* policyAddress */.ls)(name.document),
            requirement: 'oc://openclaw.config/plugins/entries/policy/config/expectedHash',
            fixHint: 'Restore the approved policy artifact or update plugins.entries.policy.config.expectedHash after review.',
        });
        return attest(policyHash, evidence, [mismatch], [mismatch]);
    }
    const policyFindings = ruleFindings(policy.value, name, evidence);
    const result = attest(policyHash, evidence, policyFindings, policyFindings);
    const expected = settings.expectedAttestationHash;
    if (policyFindings.some((f) => f.checkId === findings/* POLICY_INVALID */.j0) ||
        expected === undefined ||
        expected === result.attestationHash) {
        return result;
    }
    return { ...result, visibleFindings: [attestationMismatch(result.attestationHash)] };
}
function collectEvidence(config, policy, toolDeclarations) {
    const evidence = { channels: [], mcpServers: [], modelProviders: [], modelRefs: [], network: [] };
    for (const family of registry/* RULE_FAMILIES */.s)
        Object.assign(evidence, family.collectEvidence({ config, policy, toolDeclarations }));
    return evidence;
}
/** Step 6: container shape first, then each family in registry order. */
function ruleFindings(policy, name, evidence) {
    const shape = (0,policy_shape/* containerShapeFinding */.W)(policy, registry/* POLICY_CONTAINERS */.Y, name);
    const out = shape ? [shape] : [];
    if (!(0,record/* isRecord */.u4)(policy))
        return out;
    for (const family of registry/* RULE_FAMILIES */.s)
        out.push(...family.findings({ policy, name, evidence }));
    return out;
}
function attestationMismatch(current) {
    return (0,findings/* finding */.gk)({
        checkId: findings/* ATTESTATION_HASH_MISMATCH */.Zx,
        message: 'The current policy check no longer matches the accepted policy attestation.',
        path: 'policy attestation',
        target: 'oc://policy/attestation/current',
        requirement: 'oc://openclaw.config/plugins/entries/policy/config/expectedAttestationHash',
        fixHint: `Run policy check, review attestation ${current}, then update plugins.entries.policy.config.expectedAttestationHash and the supervisor/gateway accepted attestation.`,
    });
}
function attest(policyHash, evidence, attested, visible) {
    const attestedFindings = attested.map(findings/* attestedShape */.Kz);
    const evidenceHash = hashEvidence(evidence);
    const findingsHash = (0,canonical_json/* hashOf */.qQ)(attestedFindings);
    const ok = attestedFindings.length === 0;
    return {
        enabled: true,
        policyHash,
        evidence,
        evidenceHash,
        attestedFindings,
        visibleFindings: visible,
        findingsHash,
        attestationHash: attestationHashOf({ ok, policyHash, workspaceHash: evidenceHash, findingsHash }),
        ok,
    };
}
/** H({ ok, policyHash, workspaceHash, findingsHash }); `policyHash: undefined` is hashed as such. */
function attestationHashOf(parts) {
    return (0,canonical_json/* hashOf */.qQ)({
        ok: parts.ok,
        policyHash: parts.policyHash,
        workspaceHash: parts.workspaceHash,
        findingsHash: parts.findingsHash,
    });
}


/***/ }),

/***/ 8637:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ AgentEntryIndex)
/* harmony export */ });
/* harmony import */ var _agent_id_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2131);
// Evidence entries grouped by normalised agent id, built once per evidence slice and shared by
// every agent scope that judges it (SPEC-2026.9 §9.2), so that "the agent's own entries, else the
// inherited ones" no longer scans (and normalises) every entry for every scoped agent: a policy
// scoping 100 agents of a 5,000-agent config otherwise normalises ~10 million agent ids.
//
// `select(agentId, keep)` is exactly
//   entries.filter((e) => scopedAgentIdMatches(e.agentId, agentId) || (e.scope !== 'agent' && keep(e)))
// in entry order: an entry of scope `agent` is only ever the agent's own, never inherited (the
// callers' inherited entries are the global or defaults ones). A property test holds the two equal.

const built = new WeakMap();
class AgentEntryIndex {
    entries;
    byAgent = new Map();
    /** Entries not of scope `agent`: the only ones that can be inherited. */
    inheritable = [];
    constructor(entries) {
        this.entries = entries;
        for (let i = 0; i < entries.length; i++) {
            const entry = entries[i];
            if (entry.agentId !== undefined) {
                const key = (0,_agent_id_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeAgentId */ .qq)(entry.agentId);
                const own = this.byAgent.get(key);
                if (own === undefined)
                    this.byAgent.set(key, [i]);
                else
                    own.push(i);
            }
            if (entry.scope !== 'agent')
                this.inheritable.push(i);
        }
    }
    /** The index of an evidence slice, built on first use (evidence is never changed once collected). */
    static of(entries) {
        let index = built.get(entries);
        if (index === undefined) {
            index = new AgentEntryIndex(entries);
            built.set(entries, index);
        }
        return index;
    }
    /** The entries whose agent id normalises like `agentId` (`scopedAgentIdMatches`), in order. */
    own(agentId) {
        return (this.byAgent.get((0,_agent_id_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeAgentId */ .qq)(agentId)) ?? []).map((i) => this.entries[i]);
    }
    /** See the module comment; an entry both own and inheritable is taken once, as own. */
    select(agentId, keep) {
        const own = this.byAgent.get((0,_agent_id_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeAgentId */ .qq)(agentId)) ?? [];
        const inheritable = this.inheritable;
        const out = [];
        let a = 0;
        let b = 0;
        while (a < own.length || b < inheritable.length) {
            const i = own[a] ?? Infinity;
            const j = inheritable[b] ?? Infinity;
            if (i <= j) {
                out.push(this.entries[i]);
                a++;
                if (i === j)
                    b++;
            }
            else {
                const entry = this.entries[j];
                if (keep(entry))
                    out.push(entry);
                b++;
            }
        }
        return out;
    }
}


/***/ }),

/***/ 2131:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RE: () => (/* binding */ normalizeAgentIdStrict),
/* harmony export */   kv: () => (/* binding */ DEFAULT_AGENT_ID),
/* harmony export */   qq: () => (/* binding */ normalizeAgentId)
/* harmony export */ });
// OpenClaw's agent-id normalisation (`normalizeAgentId`, SPEC-2026.9 §3.1). Account ids are
// canonicalised the same way (`normalizeAccountId` in routing/resolve-route.ts).
const DEFAULT_AGENT_ID = 'main';
const VALID_ID = /^[a-z0-9][a-z0-9_-]{0,63}$/i;
/** Trimmed and lowercased; other ids are slugged to `[a-z0-9_-]`, cut to 64; empty → `main`. */
function normalizeAgentId(value) {
    return normalizeAgentIdStrict(value) ?? DEFAULT_AGENT_ID;
}
// Pure, and called with the same few thousand ids over and over (every evidence entry of every
// scoped agent): remembered, up to a bound.
const remembered = new Map();
const REMEMBERED_MAX = 1 << 16;
/** The same without the fallback: undefined when nothing representable is left. */
function normalizeAgentIdStrict(value) {
    const key = value ?? '';
    if (remembered.has(key))
        return remembered.get(key);
    const normalized = normalizeUncached(key);
    if (remembered.size >= REMEMBERED_MAX)
        remembered.clear();
    remembered.set(key, normalized);
    return normalized;
}
function normalizeUncached(value) {
    const trimmed = value.trim();
    const lowered = trimmed.toLowerCase();
    if (VALID_ID.test(trimmed))
        return lowered;
    const slug = lowered
        .replace(/[^a-z0-9_-]+/g, '-')
        .replace(/^-+/, '')
        .replace(/-+$/, '')
        .slice(0, 64);
    return slug === '' ? undefined : slug;
}


/***/ }),

/***/ 2401:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ agentScopeEntries)
/* harmony export */ });
/* harmony import */ var _agent_entry_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8637);
// Which evidence entries an agent scope judges (SPEC-2026.9 §9.2): the agent's own entries, and an
// inherited entry (global or defaults settings) of every kind the agent has no entry of itself.

/** In entry order; `isInherited` tells the entries an agent without its own one falls back to. */
function agentScopeEntries(entries, agentId, isInherited) {
    // Inherited entries are global or defaults ones, never of scope `agent` (AgentEntryIndex).
    const index = _agent_entry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .AgentEntryIndex */ .Y.of(entries);
    const ownKinds = new Set(index
        .own(agentId)
        .filter((entry) => entry.scope === 'agent')
        .map((entry) => entry.kind));
    return index.select(agentId, (entry) => isInherited(entry) && !ownKinds.has(entry.kind));
}


/***/ }),

/***/ 1671:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ CURRENT_CHECK_IDS),
/* harmony export */   y: () => (/* binding */ fixRecommendationFor)
/* harmony export */ });
// The check ids of OpenClaw 2026.9.6 in `POLICY_CHECK_IDS` order, with the fix metadata every
// visible finding carries as `policy.fixRecommendation` (SPEC-2026.9 §10.3). Data read from the
// release; `checksRun` is the length of this list. It is the one list of check ids: the families
// type the ids they raise as `CurrentCheckId`, so an id missing from here does not compile.
const ROWS = [
    [
        'policy/policy-jsonc-missing',
        'manual',
        undefined,
        undefined,
        'Restore or author the approved policy artifact.',
    ],
    [
        'policy/policy-jsonc-invalid',
        'manual',
        undefined,
        undefined,
        'Repair the policy JSONC syntax or schema.',
    ],
    [
        'policy/tools-md-migration-required',
        'manual',
        'tools.requireMetadata',
        undefined,
        'Run openclaw doctor --fix to migrate governed tool declarations into AGENTS.md.',
    ],
    [
        'policy/policy-hash-mismatch',
        'manual',
        undefined,
        ['plugins.entries.policy.config.expectedHash'],
        'Restore the approved artifact or update the expected hash after review.',
    ],
    [
        'policy/attestation-hash-mismatch',
        'manual',
        undefined,
        ['plugins.entries.policy.config.expectedAttestationHash'],
        'Review the current attestation and update accepted hashes after approval.',
    ],
    [
        'policy/channels-denied-provider',
        'automatic',
        'channels.denyRules',
        ['channels'],
        'Disable product-managed channels matching the denied provider.',
    ],
    [
        'policy/mcp-denied-server',
        'reviewRequired',
        'mcp.servers.deny',
        ['mcp.servers'],
        'Remove or disable the denied MCP server.',
    ],
    [
        'policy/mcp-unapproved-server',
        'reviewRequired',
        'mcp.servers.allow',
        ['mcp.servers'],
        'Remove the unapproved MCP server or select an approved replacement.',
    ],
    [
        'policy/models-denied-provider',
        'reviewRequired',
        'models.providers.deny',
        ['models'],
        'Remove the model provider or switch references to an approved provider.',
    ],
    [
        'policy/models-unapproved-provider',
        'reviewRequired',
        'models.providers.allow',
        ['models'],
        'Select an approved model provider.',
    ],
    [
        'policy/network-private-access-enabled',
        'reviewRequired',
        'network.privateNetwork.allow',
        ['network'],
        'Disable the concrete private-network access opt-in.',
    ],
    [
        'policy/routing-bindings-required',
        'reviewRequired',
        'routing.requireBindings',
        ['bindings'],
        'Add an intentional channel route binding or revise the policy after review.',
    ],
    [
        'policy/routing-binding-channel-unconfigured',
        'reviewRequired',
        'routing.requireConfiguredChannels',
        ['bindings', 'channels'],
        'Correct the binding channel or configure the intended channel after review.',
    ],
    [
        'policy/routing-agent-mismatch',
        'reviewRequired',
        'routing.probes',
        ['bindings'],
        'Review binding precedence and the expected agent before changing message delivery.',
    ],
    [
        'policy/routing-match-kind-mismatch',
        'reviewRequired',
        'routing.probes',
        ['bindings'],
        'Restore the intended binding specificity or approve the new match kind.',
    ],
    [
        'policy/ingress-dm-policy-unapproved',
        'reviewRequired',
        'ingress.channels.allowDmPolicies',
        ['channels'],
        'Set channel DM policy to an allowed value.',
    ],
    [
        'policy/ingress-dm-scope-unapproved',
        'reviewRequired',
        'ingress.session.requireDmScope',
        ['ingress'],
        'Move session DM scope to the required or stricter ordered value.',
    ],
    [
        'policy/ingress-open-groups-denied',
        'automatic',
        'ingress.channels.denyOpenGroups',
        ['channels'],
        'Disable product-managed open group ingress.',
    ],
    [
        'policy/ingress-group-mention-required',
        'automatic',
        'ingress.channels.requireMentionInGroups',
        ['channels'],
        'Require mention in product-managed group channels.',
    ],
    [
        'policy/gateway-non-loopback-bind',
        'reviewRequired',
        'gateway.exposure.allowNonLoopbackBind',
        ['gateway.bind'],
        'Set gateway bind address to loopback when remote exposure is not intended.',
    ],
    [
        'policy/gateway-auth-disabled',
        'manual',
        'gateway.auth.requireAuth',
        ['gateway.auth'],
        'Configure token, password, or trusted-proxy auth.',
    ],
    [
        'policy/gateway-rate-limit-missing',
        'reviewRequired',
        'gateway.auth.requireExplicitRateLimit',
        ['gateway.auth.rateLimit'],
        'Add explicit gateway auth rate limits from product defaults.',
    ],
    [
        'policy/gateway-control-ui-insecure',
        'automatic',
        'gateway.controlUi.allowInsecure',
        ['gateway.controlUi'],
        'Disable the insecure Control UI toggle.',
    ],
    [
        'policy/gateway-tailscale-funnel',
        'reviewRequired',
        'gateway.exposure.allowTailscaleFunnel',
        ['tailscale'],
        'Disable Tailscale funnel or serve exposure.',
    ],
    [
        'policy/gateway-remote-enabled',
        'automatic',
        'gateway.remote.allow',
        ['gateway.remote'],
        'Disable product-managed remote gateway mode.',
    ],
    [
        'policy/gateway-http-endpoint-enabled',
        'automatic',
        'gateway.http.denyEndpoints',
        ['gateway.http'],
        'Disable denied Gateway HTTP endpoints.',
    ],
    [
        'policy/gateway-http-url-fetch-unrestricted',
        'manual',
        'gateway.http.requireUrlAllowlists',
        ['gateway.http'],
        'Add URL allowlists for each URL-fetch input.',
    ],
    [
        'policy/gateway-node-command-denied',
        'reviewRequired',
        'gateway.nodes.denyCommands',
        ['gateway.nodes.commands.deny'],
        'Add the command to gateway node denyCommands or update policy after review.',
    ],
    [
        'policy/agents-workspace-access-denied',
        'reviewRequired',
        'agents.workspace.allowedAccess',
        ['agents'],
        'Set agent workspace access to an allowed mode.',
    ],
    [
        'policy/agents-tool-not-denied',
        'automatic',
        'agents.workspace.denyTools',
        ['agents'],
        'Merge required built-in workspace tool denies.',
    ],
    [
        'policy/tools-profile-unapproved',
        'reviewRequired',
        'tools.profiles.allow',
        ['tools.profile'],
        'Set the tool profile to an allowed profile.',
    ],
    [
        'policy/tools-fs-workspace-only-required',
        'reviewRequired',
        'tools.fs.requireWorkspaceOnly',
        ['tools.fs.workspaceOnly'],
        'Set workspace-only filesystem posture when required assets remain readable.',
    ],
    [
        'policy/tools-exec-security-unapproved',
        'reviewRequired',
        'tools.exec.allowSecurity',
        ['tools.exec.security'],
        'Set exec security to an allowed value.',
    ],
    [
        'policy/tools-exec-ask-unapproved',
        'reviewRequired',
        'tools.exec.requireAsk',
        ['tools.exec.ask'],
        'Set exec ask mode to an allowed value.',
    ],
    [
        'policy/tools-exec-host-unapproved',
        'reviewRequired',
        'tools.exec.allowHosts',
        ['tools.exec.host'],
        'Move exec host to an allowed host mode.',
    ],
    [
        'policy/tools-elevated-enabled',
        'automatic',
        'tools.elevated.allow',
        ['tools.elevated.enabled'],
        'Set tools elevated mode to disabled.',
    ],
    [
        'policy/tools-also-allow-missing',
        'reviewRequired',
        'tools.alsoAllow.expected',
        ['tools.alsoAllow'],
        'Add expected alsoAllow entries only when policy intentionally grants them.',
    ],
    [
        'policy/tools-also-allow-unexpected',
        'reviewRequired',
        'tools.alsoAllow.expected',
        ['tools.alsoAllow'],
        'Remove unexpected alsoAllow entries.',
    ],
    [
        'policy/tools-required-deny-missing',
        'automatic',
        'tools.denyTools',
        ['tools.deny', 'agents.entries.<id>.tools.deny'],
        'Merge required built-in deny tool classes.',
    ],
    [
        'policy/sandbox-mode-unapproved',
        'reviewRequired',
        'sandbox.requireMode',
        ['sandbox.mode'],
        'Set sandbox mode to an allowed value.',
    ],
    [
        'policy/sandbox-backend-unapproved',
        'reviewRequired',
        'sandbox.allowBackends',
        ['sandbox.backend'],
        'Choose an approved sandbox backend that is installed.',
    ],
    [
        'policy/sandbox-container-posture-unobservable',
        'unsupported',
        undefined,
        undefined,
        'Add observable container posture evidence before patching.',
    ],
    [
        'policy/sandbox-container-host-network-denied',
        'reviewRequired',
        'sandbox.containers.denyHostNetwork',
        ['sandbox.containers'],
        'Disable container host networking.',
    ],
    [
        'policy/sandbox-container-namespace-join-denied',
        'reviewRequired',
        'sandbox.containers.denyContainerNamespaceJoin',
        ['sandbox.containers'],
        'Disable joining container namespaces.',
    ],
    [
        'policy/sandbox-container-mount-mode-required',
        'reviewRequired',
        'sandbox.containers.requireReadOnlyMounts',
        ['sandbox.containers'],
        'Change required mounts to read-only.',
    ],
    [
        'policy/sandbox-container-runtime-socket-mount',
        'reviewRequired',
        'sandbox.containers.denyContainerRuntimeSocketMounts',
        ['sandbox.containers'],
        'Remove container runtime socket binds.',
    ],
    [
        'policy/sandbox-container-unconfined-profile',
        'reviewRequired',
        'sandbox.containers.denyUnconfinedProfiles',
        ['sandbox.containers'],
        'Remove unconfined container profiles.',
    ],
    [
        'policy/sandbox-browser-cdp-source-range-missing',
        'manual',
        'sandbox.browser.requireCdpSourceRange',
        ['agents.sandbox.browser'],
        'Add an explicit browser CDP source range.',
    ],
    [
        'policy/data-handling-telemetry-content-capture',
        'automatic',
        'dataHandling.telemetry.denyContentCapture',
        ['diagnostics.otel.captureContent'],
        'Disable telemetry content capture.',
    ],
    [
        'policy/data-handling-session-retention-not-enforced',
        'reviewRequired',
        'dataHandling.retention.requireSessionMaintenance',
        ['session.maintenance.mode'],
        'Set session maintenance to enforced mode.',
    ],
    [
        'policy/data-handling-session-transcript-memory-enabled',
        'reviewRequired',
        'dataHandling.memory.denySessionTranscriptIndexing',
        ['memory'],
        'Disable transcript indexing for the affected agent scope.',
    ],
    [
        'policy/secrets-unmanaged-provider',
        'manual',
        'secrets.requireManagedProviders',
        ['secrets'],
        'Migrate the secret to a managed provider.',
    ],
    [
        'policy/secrets-denied-provider-source',
        'reviewRequired',
        'secrets.denySources',
        ['secrets'],
        'Move the secret out of the denied source.',
    ],
    [
        'policy/secrets-insecure-provider',
        'reviewRequired',
        'secrets.allowInsecureProviders',
        ['secrets'],
        'Remove insecure provider overrides.',
    ],
    [
        'policy/auth-profile-invalid-metadata',
        'manual',
        'auth.profiles.requireMetadata',
        ['auth.profiles'],
        'Add required provider and mode metadata to auth profiles.',
    ],
    [
        'policy/auth-profile-unapproved-mode',
        'manual',
        'auth.profiles.allowModes',
        ['auth.profiles'],
        'Change auth mode and credentials through the auth owner flow.',
    ],
    [
        'policy/exec-approvals-missing',
        'manual',
        'execApprovals.requireFile',
        ['exec-approvals.json'],
        'Restore an attributable exec-approvals evidence file.',
    ],
    [
        'policy/exec-approvals-invalid',
        'manual',
        undefined,
        undefined,
        'Repair the exec approvals evidence artifact.',
    ],
    [
        'policy/exec-approvals-default-security-unapproved',
        'manual',
        'execApprovals.defaults.allowSecurity',
        ['exec-approvals.json'],
        'Update reviewed default approval evidence or policy.',
    ],
    [
        'policy/exec-approvals-agent-security-unapproved',
        'manual',
        'execApprovals.agents.allowSecurity',
        ['exec-approvals.json'],
        'Update reviewed agent approval evidence or policy.',
    ],
    [
        'policy/exec-approvals-auto-allow-skills-enabled',
        'reviewRequired',
        'execApprovals.agents.allowAutoAllowSkills',
        ['exec-approvals.json'],
        'Disable auto-allow skills in the approval owner surface.',
    ],
    [
        'policy/exec-approvals-allowlist-missing',
        'manual',
        'execApprovals.agents.allowlist.expected',
        ['exec-approvals.json'],
        'Add expected approval patterns through approval review.',
    ],
    [
        'policy/exec-approvals-allowlist-unexpected',
        'manual',
        'execApprovals.agents.allowlist.expected',
        ['exec-approvals.json'],
        'Remove unexpected approval patterns through approval review.',
    ],
    [
        'policy/tools-missing-risk-level',
        'manual',
        'tools.requireMetadata',
        ['tools'],
        'Add tool risk metadata in the owning tool declaration.',
    ],
    [
        'policy/tools-unknown-risk-level',
        'manual',
        'tools.requireMetadata',
        ['tools'],
        'Use a supported tool risk level.',
    ],
    [
        'policy/tools-missing-sensitivity-token',
        'manual',
        'tools.requireMetadata',
        ['tools'],
        'Add tool sensitivity metadata in the owning tool declaration.',
    ],
    [
        'policy/tools-missing-owner',
        'manual',
        'tools.requireMetadata',
        ['tools'],
        'Add owner metadata in the owning tool declaration.',
    ],
    [
        'policy/tools-unknown-sensitivity-token',
        'manual',
        'tools.requireMetadata',
        ['tools'],
        'Use a supported tool sensitivity token.',
    ],
];
const CURRENT_CHECK_IDS = ROWS.map(([checkId]) => checkId);
const FIX_BY_CHECK_ID = new Map(ROWS.map(([checkId, fixClass, policyPath, configTargets, summary]) => [
    checkId,
    // Key order as the release prints it: fixClass, policyPath?, configTargets?, summary.
    {
        fixClass,
        ...(policyPath === undefined ? {} : { policyPath: policyPath.split('.') }),
        ...(configTargets === undefined ? {} : { configTargets: [...configTargets] }),
        summary,
    },
]));
/** The fix recommendation of a check id, or undefined (e.g. `policy/config-invalid`). */
function fixRecommendationFor(checkId) {
    return FIX_BY_CHECK_ID.get(checkId);
}


/***/ }),

/***/ 3667:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CK: () => (/* binding */ layeredValue),
/* harmony export */   So: () => (/* binding */ trimmedString),
/* harmony export */   eC: () => (/* binding */ booleanValue),
/* harmony export */   fc: () => (/* binding */ AGENT_DEFAULTS_SOURCE),
/* harmony export */   kU: () => (/* binding */ GLOBAL_TOOLS_SOURCE),
/* harmony export */   q: () => (/* binding */ nonBlankStrings)
/* harmony export */ });
/* harmony import */ var _oc_path_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8712);
// How the 2026.9.6 evidence scanners read config values (SPEC-2026.9 §7): OpenClaw's lenient
// coercions, and the agent-over-defaults layering every per-agent posture value goes through
// (tool posture, sandbox, agent workspace; §7.3, §7.5, §7.6).

/** `normalizeOptionalString`: a string trimmed, or undefined when blank or not a string. */
function trimmedString(value) {
    if (typeof value !== 'string')
        return undefined;
    const trimmed = value.trim();
    return trimmed === '' ? undefined : trimmed;
}
/** `asBoolean`. */
function booleanValue(value) {
    return typeof value === 'boolean' ? value : undefined;
}
/** `readStringArray`: the non-blank strings of an array, untrimmed; [] for anything else. */
function nonBlankStrings(value) {
    if (!Array.isArray(value))
        return [];
    return value.filter((entry) => typeof entry === 'string' && entry.trim() !== '');
}
/** Where the layers an agent inherits from live: `agents.defaults` and the global `tools`. */
const AGENT_DEFAULTS_SOURCE = (0,_oc_path_js__WEBPACK_IMPORTED_MODULE_0__/* .configAddress */ .vF)('agents', 'defaults');
const GLOBAL_TOOLS_SOURCE = (0,_oc_path_js__WEBPACK_IMPORTED_MODULE_0__/* .configAddress */ .vF)('tools');
function layeredValue(local, inherited, fallback) {
    return {
        value: local ?? inherited ?? fallback,
        explicit: local !== undefined || inherited !== undefined,
        inherited: local === undefined && inherited !== undefined,
    };
}


/***/ }),

/***/ 8577:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ configuredAgentSettings),
/* harmony export */   p: () => (/* binding */ configuredAgents)
/* harmony export */ });
/* harmony import */ var _canonical_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9903);
/* harmony import */ var _oc_path_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8712);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33);



/**
 * `collectPolicyConfiguredAgents` (SPEC-2026.9 §7): `agents.entries` when that key is set (after
 * OpenClaw's loader it always is), sorted by id; else the legacy `agents.list`.
 */
function configuredAgents(config) {
    const agents = (0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(config.agents) ? config.agents : {};
    if (Object.hasOwn(agents, 'entries') && agents.entries !== undefined) {
        if (!(0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(agents.entries))
            return [];
        return (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .sortByKey */ .r6)(Object.entries(agents.entries), ([id]) => id).map(([agentId, value]) => ({
            agentId,
            sourceBase: (0,_oc_path_js__WEBPACK_IMPORTED_MODULE_2__/* .configAddress */ .vF)('agents', 'entries', (0,_oc_path_js__WEBPACK_IMPORTED_MODULE_2__/* .ocSegment */ .WC)(agentId)),
            value,
        }));
    }
    if (!Array.isArray(agents.list))
        return [];
    return agents.list.map((value, index) => ({
        agentId: (0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(value) && typeof value.id === 'string' && value.id.trim() !== ''
            ? value.id.trim()
            : `agent-${index}`,
        sourceBase: (0,_oc_path_js__WEBPACK_IMPORTED_MODULE_2__/* .configAddress */ .vF)('agents', 'list', `#${index}`),
        value,
    }));
}
/** The configured agents whose settings are an object: the only ones the scanners read. */
function configuredAgentSettings(config) {
    return configuredAgents(config).filter((agent) => (0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(agent.value));
}


/***/ }),

/***/ 4136:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yW: () => (/* binding */ DEFAULT_EXEC_APPROVALS_LOCATOR),
  $O: () => (/* binding */ currentInputNeeds),
  Th: () => (/* binding */ evaluateCurrentPolicy)
});

// EXTERNAL MODULE: ./lib/engine/canonical-json.js
var canonical_json = __webpack_require__(9903);
// EXTERNAL MODULE: ./lib/engine/check.js + 1 modules
var check = __webpack_require__(6120);
// EXTERNAL MODULE: ./lib/engine/findings.js
var engine_findings = __webpack_require__(8726);
// EXTERNAL MODULE: ./lib/engine/oc-path.js
var oc_path = __webpack_require__(8712);
// EXTERNAL MODULE: ./lib/engine/families/tool-metadata.js
var tool_metadata = __webpack_require__(6127);
// EXTERNAL MODULE: ./lib/engine/current/policy-scope.js
var policy_scope = __webpack_require__(3461);
// EXTERNAL MODULE: ./lib/engine/current/policy-family.js
var policy_family = __webpack_require__(1813);
// EXTERNAL MODULE: ./lib/engine/record.js
var engine_record = __webpack_require__(33);
// EXTERNAL MODULE: ./lib/engine/current/config-values.js
var config_values = __webpack_require__(3667);
// EXTERNAL MODULE: ./lib/engine/current/configured-agents.js
var configured_agents = __webpack_require__(8577);
// EXTERNAL MODULE: ./lib/engine/current/evidence-entries.js
var evidence_entries = __webpack_require__(3282);
// EXTERNAL MODULE: ./lib/engine/current/tool-matcher.js
var tool_matcher = __webpack_require__(2235);
// EXTERNAL MODULE: ./lib/engine/families/agent-workspace/entries.js
var entries = __webpack_require__(5773);
;// CONCATENATED MODULE: ./lib/engine/families/agent-workspace/evidence.js
// The agentWorkspace evidence of OpenClaw 2026.9.6 (`scanPolicyAgentWorkspace`, SPEC-2026.9
// §7.3): for `agents.defaults` and each configured agent, the sandbox workspace access and
// whether each workspace tool is denied.






function scanAgentWorkspace(config) {
    const defaultSandbox = (0,engine_record/* recordOrEmpty */.ir)((0,engine_record/* recordOrEmpty */.ir)((0,engine_record/* recordOrEmpty */.ir)(config.agents).defaults).sandbox);
    const globalTools = (0,engine_record/* recordOrEmpty */.ir)(config.tools);
    const subjects = [
        {
            id: 'agents-defaults',
            scope: 'defaults',
            sandbox: defaultSandbox,
            inheritedSandbox: {},
            tools: globalTools,
            inheritedTools: {},
            workspaceBase: config_values/* AGENT_DEFAULTS_SOURCE */.fc,
            toolsBase: config_values/* GLOBAL_TOOLS_SOURCE */.kU,
        },
    ];
    for (const agent of (0,configured_agents/* configuredAgentSettings */.V)(config)) {
        subjects.push({
            id: agent.agentId,
            scope: 'agent',
            agentId: agent.agentId,
            sandbox: (0,engine_record/* recordOrEmpty */.ir)(agent.value.sandbox),
            inheritedSandbox: defaultSandbox,
            tools: (0,engine_record/* recordOrEmpty */.ir)(agent.value.tools),
            inheritedTools: globalTools,
            workspaceBase: agent.sourceBase,
            toolsBase: `${agent.sourceBase}/tools`,
        });
    }
    return (0,evidence_entries/* sortedBySourceThenId */.g)(subjects.flatMap(subjectEntries));
}
/** The source of a sandbox setting: the layer that sets it, else the defaults' address. */
function sandboxSettingSource(subject, key) {
    if ((0,config_values/* trimmedString */.So)(subject.sandbox[key]) !== undefined)
        return `${subject.workspaceBase}/sandbox/${key}`;
    return `${config_values/* AGENT_DEFAULTS_SOURCE */.fc}/sandbox/${key}`;
}
function subjectEntries(subject) {
    const mode = (0,config_values/* trimmedString */.So)(subject.sandbox.mode) ?? (0,config_values/* trimmedString */.So)(subject.inheritedSandbox.mode) ?? 'off';
    const sandboxEnabled = mode === 'all';
    const access = (0,config_values/* trimmedString */.So)(subject.sandbox.workspaceAccess);
    const inheritedAccess = (0,config_values/* trimmedString */.So)(subject.inheritedSandbox.workspaceAccess);
    const agentId = (0,evidence_entries/* agentIdField */.d)(subject.agentId);
    return [
        {
            id: `${subject.id}-workspace-access`,
            kind: 'workspaceAccess',
            source: sandboxSettingSource(subject, 'workspaceAccess'),
            scope: subject.scope,
            ...agentId,
            value: access ?? inheritedAccess ?? 'none',
            sandboxMode: mode,
            sandboxModeSource: sandboxSettingSource(subject, 'mode'),
            sandboxEnabled,
            explicit: access !== undefined,
        },
        ...entries/* WORKSPACE_TOOLS */.U.map((tool) => {
            const denial = toolDenial(subject, tool, sandboxEnabled);
            return {
                id: `${subject.id}-tool-${tool}`,
                kind: 'toolDeny',
                source: denial?.source ?? `${subject.toolsBase}/deny`,
                scope: subject.scope,
                ...agentId,
                tool,
                denied: denial !== undefined,
                explicit: denial !== undefined,
            };
        }),
    ];
}
/**
 * The first list that denies the tool: the subject's own `tools.deny`, the inherited one, and,
 * when the sandbox covers the main session, the subject's `tools.sandbox.tools.deny` if it has
 * that array, else the inherited one.
 */
function toolDenial(subject, tool, sandboxEnabled) {
    const lists = [
        { entries: (0,config_values/* nonBlankStrings */.q)(subject.tools.deny), source: `${subject.toolsBase}/deny` },
        { entries: (0,config_values/* nonBlankStrings */.q)(subject.inheritedTools.deny), source: `${config_values/* GLOBAL_TOOLS_SOURCE */.kU}/deny` },
    ];
    if (sandboxEnabled) {
        const own = sandboxToolDeny(subject.tools);
        lists.push(own !== undefined
            ? { entries: own, source: `${subject.toolsBase}/sandbox/tools/deny` }
            : {
                entries: sandboxToolDeny(subject.inheritedTools) ?? [],
                source: `${config_values/* GLOBAL_TOOLS_SOURCE */.kU}/sandbox/tools/deny`,
            });
    }
    return lists.find((list) => (0,tool_matcher/* toolListDenies */.Vw)(list.entries, tool));
}
/** `tools.sandbox.tools.deny` when it is an array, else undefined. */
function sandboxToolDeny(tools) {
    const deny = (0,engine_record/* recordOrEmpty */.ir)((0,engine_record/* recordOrEmpty */.ir)(tools.sandbox).tools).deny;
    return Array.isArray(deny) ? (0,config_values/* nonBlankStrings */.q)(deny) : undefined;
}

// EXTERNAL MODULE: ./lib/engine/current/agent-scope-entries.js
var agent_scope_entries = __webpack_require__(2401);
;// CONCATENATED MODULE: ./lib/engine/current/evidence-finding.js
// `policyEvidenceFinding` of OpenClaw 2026.9.6 (SPEC-2026.9 §10.1): the finding every config
// check raises, an error pointing at the config source of one evidence entry.

function policyEvidenceFinding(source, fields) {
    return (0,engine_findings/* finding */.gk)({
        checkId: fields.checkId,
        message: fields.message,
        path: 'openclaw config',
        ocPath: source,
        target: source,
        requirement: fields.requirement,
        fixHint: fields.fixHint,
    });
}

// EXTERNAL MODULE: ./lib/engine/current/owner-label.js
var owner_label = __webpack_require__(8088);
// EXTERNAL MODULE: ./lib/engine/policy-lists.js
var policy_lists = __webpack_require__(3566);
;// CONCATENATED MODULE: ./lib/engine/current/policy-rule-values.js
// How the 2026.9.6 checks read their rule values (SPEC-2026.9 §10.1). A value of the wrong type
// imposes nothing: the shape validator reports it.



/** The release's list normalisation (`readStringList`): trimmed and lowercased. */
const trimmedLowercase = (entry) => entry.trim().toLowerCase();
/** `readStringList`: the trimmed, lowercased, non-empty entries; [] unless every entry is a string. */
function lowercasedPolicyList(rules, path) {
    return (0,policy_lists/* policyStringList */.q)(rules, path, trimmedLowercase);
}
/** `readBooleanPath`: the boolean at `path`, else undefined. */
function policyBoolean(rules, path) {
    return (0,config_values/* booleanValue */.eC)((0,engine_record/* valueAtPath */.WS)(rules, path));
}

// EXTERNAL MODULE: ./lib/engine/current/rule-location.js
var rule_location = __webpack_require__(1530);
// EXTERNAL MODULE: ./lib/engine/current/shape/index.js + 6 modules
var current_shape = __webpack_require__(799);
;// CONCATENATED MODULE: ./lib/engine/current/scoped-rule-findings.js
// The evaluation order of the families whose rules also sit in scope overlays (SPEC-2026.9 §9.2):
// the top-level section over every entry, then the same section of each scope target (an agent
// or a channel) over the entries that describe that target. A section whose own shape is invalid
// is skipped: its shape finding already reports it.



function topLevelThenScopedFindings(policy, name, section) {
    if (!(0,engine_record/* isRecord */.u4)(policy))
        return [];
    const key = section.path.join('/');
    const usable = (rules, scopeName) => (0,engine_record/* isRecord */.u4)(rules) && section.shapeFinding?.(rules, name, scopeName) === undefined;
    const findings = [];
    const topLevel = (0,engine_record/* valueAtPath */.WS)(policy, section.path);
    if (usable(topLevel)) {
        findings.push(...section.ruleFindings(topLevel, (0,rule_location/* topLevelRules */.n7)(name, key), section.entries));
    }
    if (section.requireValidScopes && !(0,current_shape/* hasValidScopedPolicy */.VC)(policy, name))
        return findings;
    for (const target of section.scopeTargets(policy)) {
        const rules = (0,engine_record/* valueAtPath */.WS)(target.overlay, section.path);
        if (!usable(rules, target.scopeName))
            continue;
        const location = (0,rule_location/* scopedRules */.Up)(name, target.scopeName, key);
        findings.push(...section.ruleFindings(rules, location, section.scopedEntries(target)));
    }
    return findings;
}

;// CONCATENATED MODULE: ./lib/engine/families/agent-workspace/findings.js
// The agentWorkspace findings of OpenClaw 2026.9.6 (`agentWorkspaceFindings`, SPEC-2026.9 §10.2):
// the top-level `agents.workspace` rules over every entry, then each agent scope's over that
// agent's entries (or the defaults when it has none, §9.2). An invalid top-level `agents` section
// silences the whole family, scopes included.









function agentWorkspaceFindings({ policy, name, evidence }) {
    const agentsRules = (0,engine_record/* isRecord */.u4)(policy) ? policy.agents : undefined;
    if (agentsRules !== undefined && (0,current_shape/* agentsPostureShapeFinding */.Ps)(agentsRules, name) !== undefined)
        return [];
    const entries = (evidence.agentWorkspace ?? []);
    // The `agents` shape above covers the top-level rules, the `scopes` shape the overlays'.
    return topLevelThenScopedFindings(policy, name, {
        path: ['agents', 'workspace'],
        requireValidScopes: true,
        scopeTargets: policy_scope/* agentScopeTargets */.C2,
        entries,
        // §9.2: the agent's own entry of a kind, else the defaults one.
        scopedEntries: (target) => (0,agent_scope_entries/* agentScopeEntries */.C)(entries, target.agentId, (entry) => entry.scope === 'defaults'),
        ruleFindings: workspaceRuleFindings,
    });
}
function workspaceRuleFindings(rules, location, entries) {
    return [...accessFindings(rules, location, entries), ...toolDenyFindings(rules, location, entries)];
}
const label = (entry) => (0,owner_label/* ownerLabel */.W)(entry, 'agents.defaults');
/**
 * Access is allowed only inside a sandbox covering the main session, with an allowed
 * workspaceAccess; without that sandbox the finding points at the sandbox mode.
 */
function accessFindings(rules, location, entries) {
    const allowed = new Set(lowercasedPolicyList(rules, ['allowedAccess']));
    if (allowed.size === 0)
        return [];
    return entries
        .filter((entry) => entry.kind === 'workspaceAccess')
        .filter((entry) => !entry.sandboxEnabled || !allowed.has(entry.value))
        .map((entry) => {
        const observed = entry.sandboxEnabled
            ? `sandbox workspaceAccess '${entry.value}'`
            : `sandbox mode '${entry.sandboxMode}'`;
        return policyEvidenceFinding(entry.sandboxEnabled ? entry.source : entry.sandboxModeSource, {
            checkId: 'policy/agents-workspace-access-denied',
            message: `${label(entry)} ${observed} is not allowed by policy.`,
            requirement: (0,rule_location/* requirementOf */.h2)(location, 'allowedAccess'),
            fixHint: 'Enable sandbox mode with workspaceAccess none/ro or update policy after review.',
        });
    });
}
function toolDenyFindings(rules, location, entries) {
    const required = new Set(lowercasedPolicyList(rules, ['denyTools']));
    if (required.size === 0)
        return [];
    return entries
        .filter((entry) => entry.kind === 'toolDeny')
        .filter((entry) => required.has(entry.tool) && !entry.denied)
        .map((entry) => policyEvidenceFinding(entry.source, {
        checkId: 'policy/agents-tool-not-denied',
        message: `${label(entry)} does not deny required tool '${entry.tool}'.`,
        requirement: (0,rule_location/* requirementOf */.h2)(location, 'denyTools'),
        fixHint: 'Add the tool to tools.deny or agents.entries.<id>.tools.deny, or update policy after review.',
    }));
}

;// CONCATENATED MODULE: ./lib/engine/families/agent-workspace.js
// The agentWorkspace family of OpenClaw 2026.9.6 (SPEC-2026.9 §5.9, §7.3, §10.2): evidence in
// `agent-workspace/evidence.ts`, findings in `agent-workspace/findings.ts`.




const agentWorkspaceFamily = {
    name: 'agentWorkspace',
    evidence: [(0,policy_family/* collectedWhen */.Wq)('agentWorkspace', policy_scope/* policyHasAgentWorkspaceRules */.en, scanAgentWorkspace)],
    findings: agentWorkspaceFindings,
};

// EXTERNAL MODULE: ./lib/engine/current/agent-id.js
var agent_id = __webpack_require__(2131);
;// CONCATENATED MODULE: ./lib/engine/families/data-handling/scan.js
// The dataHandling evidence of OpenClaw 2026.9.6 (`scanPolicyDataHandling`, SPEC-2026.9 §7.4):
// the redaction invariant, telemetry content capture, the session retention mode and, per
// configured agent, whether session transcripts are indexed into memory.






/** Redaction is not configurable: OpenClaw always redacts, so the rule is satisfied by this entry. */
const REDACTION_INVARIANT = {
    id: 'logging-redaction',
    kind: 'sensitiveLoggingRedaction',
    source: 'oc://openclaw.invariant/logging/redaction',
    scope: 'global',
    value: true,
    explicit: true,
};
const DEFAULTS_MEMORY_ID = 'agents-defaults-memory-session-transcripts';
const REMEMBER_SUFFIX = 'memory/search/rememberAcrossConversations';
const SESSION_MEMORY_SUFFIX = 'memory/search/experimental/sessionMemory';
/** `scanPolicyDataHandling`: the entries sorted by source. */
function scanDataHandling(config) {
    const maintenance = (0,engine_record/* recordOrEmpty */.ir)((0,engine_record/* recordOrEmpty */.ir)(config.session).maintenance);
    const entries = [
        { ...REDACTION_INVARIANT },
        telemetryContentCaptureEntry(config),
        {
            id: 'session-maintenance-mode',
            kind: 'sessionRetentionMode',
            source: (0,oc_path/* configAddress */.vF)('session', 'maintenance', 'mode'),
            scope: 'global',
            value: typeof maintenance.mode === 'string' ? maintenance.mode : 'enforce',
            explicit: maintenance.mode !== undefined,
        },
        ...memoryTranscriptIndexingEntries(config),
    ];
    return (0,canonical_json/* sortByKey */.r6)(entries, (entry) => entry.source);
}
function telemetryContentCaptureEntry(config) {
    const diagnostics = (0,engine_record/* recordOrEmpty */.ir)(config.diagnostics);
    const otel = (0,engine_record/* recordOrEmpty */.ir)(diagnostics.otel);
    const otelEnabled = diagnostics.enabled !== false && otel.enabled === true;
    const signals = { traces: otelEnabled && otel.traces !== false, logs: otelEnabled && otel.logs === true };
    return {
        id: 'diagnostics-otel-content-capture',
        kind: 'telemetryContentCapture',
        source: (0,oc_path/* configAddress */.vF)('diagnostics', 'otel', 'captureContent'),
        scope: 'global',
        value: otelEnabled && contentCaptureEnabled(otel.captureContent, signals),
        explicit: otel.captureContent !== undefined,
    };
}
const CONTENT_FLAGS = [
    'inputMessages',
    'outputMessages',
    'toolInputs',
    'toolOutputs',
    'systemPrompt',
    'toolDefinitions',
];
/** `true` captures on every enabled signal; the object form needs traces, `enabled` and a flag. */
function contentCaptureEnabled(value, signals) {
    if (value === true)
        return signals.traces || signals.logs;
    if (!(0,engine_record/* isRecord */.u4)(value) || !signals.traces || value.enabled !== true)
        return false;
    return CONTENT_FLAGS.some((flag) => value[flag] === true);
}
/** Whether `sources` lists `sessions`; undefined when `sources` is not set. */
function sourcesIncludeSessions(search) {
    if (!(0,engine_record/* isRecord */.u4)(search) || search.sources === undefined)
        return undefined;
    return Array.isArray(search.sources) && search.sources.includes('sessions');
}
/**
 * Whether a `memory.search` block indexes session transcripts, each setting falling back to
 * `inherited`; undefined when the block itself says nothing about it.
 */
function transcriptIndexing(search, inherited) {
    if (!(0,engine_record/* isRecord */.u4)(search))
        return undefined;
    const base = (0,engine_record/* recordOrEmpty */.ir)(inherited);
    const experimental = (0,engine_record/* recordOrEmpty */.ir)(search.experimental);
    const localSessionMemory = (0,config_values/* booleanValue */.eC)(experimental.sessionMemory);
    const remember = (0,config_values/* booleanValue */.eC)(search.rememberAcrossConversations) ??
        localSessionMemory ??
        (0,config_values/* booleanValue */.eC)(base.rememberAcrossConversations) ??
        (0,config_values/* booleanValue */.eC)((0,engine_record/* recordOrEmpty */.ir)(base.experimental).sessionMemory);
    const localSources = sourcesIncludeSessions(search);
    if (remember === undefined &&
        localSessionMemory === undefined &&
        localSources === undefined &&
        (0,config_values/* booleanValue */.eC)(search.enabled) === undefined)
        return undefined;
    const enabled = (0,config_values/* booleanValue */.eC)(search.enabled) ?? (0,config_values/* booleanValue */.eC)(base.enabled) ?? true;
    if (!enabled)
        return false;
    return remember === true && (localSources ?? sourcesIncludeSessions(base) ?? false);
}
function hasLocalTranscriptSettings(search) {
    if (search === undefined)
        return false;
    const experimental = (0,engine_record/* isRecord */.u4)(search.experimental) ? search.experimental.sessionMemory : undefined;
    return ((0,config_values/* booleanValue */.eC)(search.enabled) !== undefined ||
        (0,config_values/* booleanValue */.eC)(search.rememberAcrossConversations) !== undefined ||
        (0,config_values/* booleanValue */.eC)(experimental) !== undefined ||
        sourcesIncludeSessions(search) !== undefined);
}
/** The setting that decided it: `experimental.sessionMemory` only when it alone is set. */
function transcriptSettingSuffix(search) {
    const sessionMemory = (0,config_values/* booleanValue */.eC)((0,engine_record/* recordOrEmpty */.ir)(search.experimental).sessionMemory);
    return (0,config_values/* booleanValue */.eC)(search.rememberAcrossConversations) === undefined && sessionMemory !== undefined
        ? SESSION_MEMORY_SUFFIX
        : REMEMBER_SUFFIX;
}
function memoryTranscriptIndexingEntries(config) {
    const entries = [];
    const defaultsSearch = (0,engine_record/* recordOrEmpty */.ir)((0,engine_record/* recordOrEmpty */.ir)(config.memory).search);
    const defaultsValue = transcriptIndexing(defaultsSearch);
    const defaultsSource = `${(0,oc_path/* configAddress */.vF)()}/${REMEMBER_SUFFIX}`;
    if (defaultsValue !== undefined) {
        entries.push({
            id: DEFAULTS_MEMORY_ID,
            kind: 'memorySessionTranscriptIndexing',
            source: `${(0,oc_path/* configAddress */.vF)()}/${transcriptSettingSuffix(defaultsSearch)}`,
            scope: 'global',
            value: defaultsValue,
            explicit: true,
        });
    }
    for (const agent of (0,configured_agents/* configuredAgentSettings */.V)(config)) {
        const memory = agent.value.memory;
        const search = (0,engine_record/* isRecord */.u4)(memory) && (0,engine_record/* isRecord */.u4)(memory.search) ? memory.search : undefined;
        const value = search === undefined ? defaultsValue : transcriptIndexing(search, defaultsSearch);
        if (value === undefined)
            continue;
        const explicit = hasLocalTranscriptSettings(search);
        entries.push({
            id: `${agent.agentId}-memory-session-transcripts`,
            kind: 'memorySessionTranscriptIndexing',
            // An agent without local settings points at the global setting it inherits.
            source: explicit && search !== undefined
                ? `${agent.sourceBase}/${transcriptSettingSuffix(search)}`
                : defaultsSource,
            scope: 'agent',
            agentId: (0,agent_id/* normalizeAgentId */.qq)(agent.agentId),
            value,
            explicit,
        });
    }
    return entries;
}

;// CONCATENATED MODULE: ./lib/engine/families/data-handling.js
// The dataHandling family of OpenClaw 2026.9.6 (SPEC-2026.9 §5.12, §7.4, §10.2): sensitive
// logging, telemetry content capture, session retention and transcript memory indexing. The
// evidence is also collected in every early return (SPEC-2026.9 §1), so it reads only the config.










/** Shape findings replace the family's findings; scoped overlays add memory findings per agent. */
const dataHandlingFindings = ({ policy, name, evidence }) => {
    const shapeFindings = (0,current_shape/* dataHandlingShapeFindings */.TE)(policy, name);
    if (shapeFindings.length > 0)
        return shapeFindings;
    const entries = evidence.dataHandling ?? [];
    return topLevelThenScopedFindings(policy, name, {
        path: ['dataHandling'],
        // Unlike the other agent-scoped families, the release does not require a valid `scopes` here.
        requireValidScopes: false,
        scopeTargets: policy_scope/* agentScopeTargets */.C2,
        entries,
        // The agent's own memory entry, or the defaults one when it has none; the other kinds are
        // global settings only, which every agent inherits.
        scopedEntries: (target) => (0,agent_scope_entries/* agentScopeEntries */.C)(entries, target.agentId, (entry) => entry.kind !== 'memorySessionTranscriptIndexing' || entry.id === DEFAULTS_MEMORY_ID),
        ruleFindings,
    });
};
const isEnabledRule = (rules, section, rule) => (0,engine_record/* valueAtPath */.WS)(rules, [section, rule]) === true;
function ruleFindings(rules, location, entries) {
    const requirement = (path) => (0,rule_location/* requirementOf */.h2)(location, path);
    const matching = (kind, violates) => entries.filter((entry) => entry.kind === kind && violates(entry.value));
    const findings = [];
    if (isEnabledRule(rules, 'telemetry', 'denyContentCapture')) {
        for (const entry of matching('telemetryContentCapture', (value) => value === true)) {
            findings.push(policyEvidenceFinding(entry.source, {
                checkId: 'policy/data-handling-telemetry-content-capture',
                message: 'Telemetry content capture is enabled.',
                requirement: requirement('telemetry/denyContentCapture'),
                fixHint: 'Disable diagnostics.otel.captureContent or update policy after review.',
            }));
        }
    }
    if (isEnabledRule(rules, 'retention', 'requireSessionMaintenance')) {
        for (const entry of matching('sessionRetentionMode', (value) => value !== 'enforce')) {
            findings.push(policyEvidenceFinding(entry.source, {
                checkId: 'policy/data-handling-session-retention-not-enforced',
                message: `Session retention maintenance mode is '${String(entry.value)}'.`,
                requirement: requirement('retention/requireSessionMaintenance'),
                fixHint: 'Set session.maintenance.mode to enforce or update policy after review.',
            }));
        }
    }
    if (isEnabledRule(rules, 'memory', 'denySessionTranscriptIndexing')) {
        for (const entry of matching('memorySessionTranscriptIndexing', (value) => value === true)) {
            const label = (0,owner_label/* ownerLabel */.W)(entry, 'Global data handling config');
            findings.push(policyEvidenceFinding(entry.source, {
                checkId: 'policy/data-handling-session-transcript-memory-enabled',
                message: `${label} enables session transcript memory indexing.`,
                requirement: requirement('memory/denySessionTranscriptIndexing'),
                fixHint: 'Disable session transcript memory indexing for the matching config surface or update policy after review.',
            }));
        }
    }
    return findings;
}
const dataHandlingFamily = {
    name: 'dataHandling',
    evidence: [
        {
            key: 'dataHandling',
            // The release collects it in every early return too (SPEC-2026.9 §1).
            inEarlyReturns: true,
            collectedFor: (source) => (0,policy_scope/* policyHasDataHandlingRules */.d5)(source.policy),
            collect: ({ config }) => scanDataHandling(config),
        },
    ],
    findings: dataHandlingFindings,
};

;// CONCATENATED MODULE: ./lib/engine/families/exec-approvals/json-parse-message.js
// The `JSON.parse` error message of the V8 that runs OpenClaw 2026.9.6, which is hashed into
// `policy/exec-approvals-invalid` (SPEC-2026.9 §14.9). The release requires Node 24 (V8 13), whose
// messages that name a position end with ` (line L column C)`; Node 20 and 22 (V8 11–12) stop at
// the position and otherwise word every message the same. The message is taken from the running
// V8 and given the suffix when it lacks it, so every supported Node reports what Node 24 does.
const POSITION_AT_END = / in JSON at position (\d+)$/;
/** The message `JSON.parse(text)` throws on Node 24; undefined when the text parses. */
function jsonParseErrorMessage(text) {
    try {
        JSON.parse(text);
        return undefined;
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const position = POSITION_AT_END.exec(message)?.[1];
        if (position === undefined)
            return message;
        const { line, column } = lineAndColumn(text, Number(position));
        return `${message} (line ${line} column ${column})`;
    }
}
/**
 * V8's `JsonParser::CalculateFileLocation`: JSON knows only `\n`, `\r` and `\r\n` as line breaks
 * (one break each); columns count UTF-16 code units from 1.
 */
function lineAndColumn(text, position) {
    let line = 1;
    let lineStart = 0;
    for (let index = 0; index < position && index < text.length; index++) {
        const code = text.charCodeAt(index);
        if (code === 0x0d && index + 1 < position && text.charCodeAt(index + 1) === 0x0a)
            index++;
        if (code === 0x0d || code === 0x0a) {
            line++;
            lineStart = index + 1;
        }
    }
    return { line, column: position - lineStart + 1 };
}

// EXTERNAL MODULE: ./lib/engine/current/shape/exec-approval-allowlist.js
var exec_approval_allowlist = __webpack_require__(9609);
// EXTERNAL MODULE: ./lib/engine/current/shape/policy-segment.js
var policy_segment = __webpack_require__(3514);
// EXTERNAL MODULE: ./lib/engine/families/exec-approvals/scan.js
var scan = __webpack_require__(731);
;// CONCATENATED MODULE: ./lib/engine/families/exec-approvals/rule-checks.js








/** A posture entry for an agent the row does not mention: OpenClaw's runtime defaults apply. */
function runtimeDefaultsEntry(agentId) {
    return { id: `agent:${agentId}:runtime-defaults`, kind: 'agent', source: scan/* EXEC_APPROVALS_URI */.eb, agentId };
}
function execApprovalRuleFindings(rules, context) {
    const { entries, location, targetAgentId } = context;
    const defaults = entries.find((entry) => entry.kind === 'defaults');
    const defaultSecurity = defaults?.security ?? 'full';
    const agentLabel = (entry) => entry.agentId ?? targetAgentId ?? 'inherited defaults';
    const findings = [];
    const allowedDefaults = new Set(lowercasedPolicyList(rules, ['defaults', 'allowSecurity']));
    if (targetAgentId === undefined &&
        allowedDefaults.size > 0 &&
        !allowedDefaults.has(defaultSecurity.toLowerCase())) {
        findings.push(entryFinding(defaults, {
            checkId: 'policy/exec-approvals-default-security-unapproved',
            message: `exec approvals defaults use unapproved security mode '${defaultSecurity}'.`,
            requirement: (0,rule_location/* requirementOf */.h2)(location, 'defaults/allowSecurity'),
            fixHint: 'Set defaults.security to an approved mode or update policy after review.',
        }));
    }
    const allowedAgents = new Set(lowercasedPolicyList(rules, ['agents', 'allowSecurity']));
    if (allowedAgents.size > 0) {
        const candidates = targetAgentId === undefined
            ? securityEntries(entries, defaults)
            : [effectiveSecurityEntry(entries, targetAgentId) ?? defaults ?? runtimeDefaultsEntry(targetAgentId)];
        for (const entry of candidates) {
            const security = entry.security ?? defaultSecurity;
            if (allowedAgents.has(security.toLowerCase()))
                continue;
            findings.push(entryFinding(entry, {
                checkId: 'policy/exec-approvals-agent-security-unapproved',
                message: `exec approvals agent '${agentLabel(entry)}' uses unapproved security mode '${security}'.`,
                requirement: (0,rule_location/* requirementOf */.h2)(location, 'agents/allowSecurity'),
                fixHint: 'Set the agent approval security mode to an approved value or update policy after review.',
            }));
        }
    }
    if ((0,engine_record/* valueAtPath */.WS)(rules, ['agents', 'allowAutoAllowSkills']) === false) {
        const candidates = targetAgentId === undefined
            ? autoAllowSkillsEntries(entries, defaults)
            : [
                effectiveAutoAllowSkillsEntry(entries, targetAgentId) ??
                    defaults ??
                    runtimeDefaultsEntry(targetAgentId),
            ];
        for (const entry of candidates) {
            if (entry.autoAllowSkills !== true)
                continue;
            findings.push(entryFinding(entry, {
                checkId: 'policy/exec-approvals-auto-allow-skills-enabled',
                message: `exec approvals agent '${agentLabel(entry)}' enables autoAllowSkills outside policy.`,
                requirement: (0,rule_location/* requirementOf */.h2)(location, 'agents/allowAutoAllowSkills'),
                fixHint: 'Set autoAllowSkills to false or update policy after reviewing implicit skill CLI trust.',
            }));
        }
    }
    findings.push(...allowlistFindings(rules, context));
    return findings;
}
const agentEntriesOf = (entries) => entries.filter((entry) => entry.kind === 'agent');
/** Top level: agents with a security setting (and `*`), plus the defaults unless `*` exists. */
function securityEntries(entries, defaults) {
    const agents = agentEntriesOf(entries);
    const withSecurity = agents.filter((entry) => entry.agentId === '*' || entry.security !== undefined || entry.securityConfigured === true);
    if (agents.some((entry) => entry.agentId === '*'))
        return withSecurity;
    return [...withSecurity, defaults ?? runtimeDefaultsEntry('*')];
}
/** Top level: agents that set autoAllowSkills, plus the defaults unless `*` sets it. */
function autoAllowSkillsEntries(entries, defaults) {
    const agents = agentEntriesOf(entries);
    const explicit = agents.filter((entry) => entry.autoAllowSkills !== undefined);
    const wildcard = agents.find((entry) => entry.agentId === '*');
    if (wildcard?.autoAllowSkills !== undefined)
        return explicit;
    return [...explicit, defaults ?? runtimeDefaultsEntry('*')];
}
// The agent's own entry is found by normalised id, so `*` (which normalises to `main`) is also
// `main`'s own entry when it sorts first: the release behaves so, and the findings show it.
const ownEntry = (entries, agentId) => agentEntriesOf(entries).find((entry) => (0,policy_scope/* scopedAgentIdMatches */.iu)(entry.agentId, agentId));
const wildcardEntry = (entries) => agentEntriesOf(entries).find((entry) => entry.agentId === '*');
function effectiveSecurityEntry(entries, agentId) {
    const own = ownEntry(entries, agentId);
    const wildcard = wildcardEntry(entries);
    if (own?.security !== undefined || own?.securityConfigured === true)
        return own;
    return wildcard?.security === undefined ? (own ?? wildcard) : wildcard;
}
function effectiveAutoAllowSkillsEntry(entries, agentId) {
    const own = ownEntry(entries, agentId);
    if (own?.autoAllowSkills !== undefined)
        return own;
    const wildcard = wildcardEntry(entries);
    return wildcard?.autoAllowSkills === undefined ? undefined : wildcard;
}
const requirementKey = (pattern, argPattern) => `${pattern}\0${argPattern ?? ''}`;
const describePattern = (pattern, argPattern) => argPattern === undefined ? pattern : `${pattern} argPattern=${argPattern}`;
// `localeCompare` order, ties kept in list order: keys hold NUL, which ICU ignores, so distinct
// keys can tie (`ab` vs `a` with argPattern `b`) and a code-unit tie-break would reorder them.
const collator = new Intl.Collator('en-US');
/** `agents.allowlist.expected` is an exact list: each missing and each unexpected entry. */
function allowlistFindings(rules, context) {
    const expected = (0,exec_approval_allowlist/* readExecApprovalAllowlistRequirements */.SM)(rules, ['agents', 'allowlist', 'expected']);
    if (expected === undefined)
        return [];
    const { entries, location, locator, targetAgentId } = context;
    const requirement = (0,rule_location/* requirementOf */.h2)(location, 'agents/allowlist/expected');
    const actualEntries = entries.filter((entry) => entry.kind === 'allowlist' &&
        (targetAgentId === undefined ||
            (0,policy_scope/* scopedAgentIdMatches */.iu)(entry.agentId, targetAgentId) ||
            entry.agentId === '*'));
    const actual = new Set(actualEntries.map((entry) => requirementKey(entry.pattern, entry.argPattern)).sort());
    const expectedKeys = new Set(expected.map((entry) => entry.key));
    const findings = [];
    const missingTarget = targetAgentId === undefined
        ? scan/* EXEC_APPROVALS_URI */.eb
        : (0,scan/* execApprovalsUri */.i3)(`agents/${(0,policy_segment/* policySegment */.u)(targetAgentId)}/allowlist`);
    for (const entry of [...expected].sort((a, b) => collator.compare(a.key, b.key))) {
        if (actual.has(entry.key))
            continue;
        findings.push((0,engine_findings/* finding */.gk)({
            checkId: 'policy/exec-approvals-allowlist-missing',
            message: `exec approvals allowlist is missing expected pattern '${describePattern(entry.pattern, entry.argPattern)}'.`,
            path: locator,
            target: missingTarget,
            requirement,
            fixHint: 'Add the expected approval pattern or update policy after review.',
        }));
    }
    for (const key of actual) {
        if (expectedKeys.has(key))
            continue;
        const entry = actualEntries.find((candidate) => requirementKey(candidate.pattern, candidate.argPattern) === key);
        findings.push(entryFinding(entry, {
            checkId: 'policy/exec-approvals-allowlist-unexpected',
            message: `exec approvals allowlist has unexpected pattern '${describePattern(entry?.pattern ?? '', entry?.argPattern)}'.`,
            requirement,
            fixHint: 'Remove the unexpected approval pattern or update policy after review.',
        }));
    }
    return findings;
}
/** `execApprovalFinding`: path is the document name, not the row locator. */
function entryFinding(entry, fields) {
    const target = entry?.source ?? scan/* EXEC_APPROVALS_URI */.eb;
    return (0,engine_findings/* finding */.gk)({ ...fields, path: scan/* EXEC_APPROVALS_DOCUMENT */.bn, ocPath: target, target });
}

;// CONCATENATED MODULE: ./lib/engine/families/exec-approvals.js










const execApprovalsFamily = {
    name: 'execApprovals',
    evidence: [
        {
            key: 'execApprovals',
            inEarlyReturns: false,
            collectedFor: (source) => (0,policy_scope/* policyHasExecApprovalsRules */.Bj)(source.policy) && source.execApprovalsRaw !== undefined,
            collect: ({ execApprovalsRaw }) => typeof execApprovalsRaw === 'string' ? (0,scan/* scanExecApprovals */.f6)(execApprovalsRaw) : [],
        },
    ],
    findings: execApprovalsFindings,
};
function execApprovalsFindings(input) {
    const { policy, name } = input;
    if (!(0,engine_record/* isRecord */.u4)(policy))
        return [];
    const entries = input.evidence.execApprovals ?? [];
    const locator = input.execApprovalsFile?.displayName ?? input.execApprovalsLocator;
    const findings = [];
    if ((0,engine_record/* isRecord */.u4)(policy.execApprovals)) {
        // The container shape step reports this finding too; the release repeats it here.
        const shape = (0,current_shape/* execApprovalsShapeFinding */.cE)(policy.execApprovals, name);
        if (shape !== undefined)
            return [shape];
        const location = (0,rule_location/* topLevelRules */.n7)(name, 'execApprovals');
        const rowFindings = rowProblemFindings(policy.execApprovals, location, input);
        if (rowFindings.length > 0)
            return rowFindings;
        findings.push(...execApprovalRuleFindings(policy.execApprovals, { entries, location, locator }));
    }
    if (!(0,current_shape/* hasValidScopedPolicy */.VC)(policy, name))
        return findings;
    const scopesWithRowFindings = new Set();
    for (const target of (0,policy_scope/* agentScopeTargets */.C2)(policy)) {
        const rules = target.overlay.execApprovals;
        if (!(0,engine_record/* isRecord */.u4)(rules))
            continue;
        const shape = (0,current_shape/* execApprovalsShapeFinding */.cE)(rules, name, target.scopeName);
        if (shape !== undefined) {
            findings.push(shape);
            continue;
        }
        const location = (0,rule_location/* scopedRules */.Up)(name, target.scopeName, 'execApprovals');
        const rowFindings = rowProblemFindings(rules, location, input);
        if (rowFindings.length > 0) {
            if (!scopesWithRowFindings.has(target.scopeName))
                findings.push(...rowFindings);
            scopesWithRowFindings.add(target.scopeName);
            continue;
        }
        findings.push(...execApprovalRuleFindings(rules, { entries, location, locator, targetAgentId: target.agentId }));
    }
    return findings;
}
/**
 * `execApprovalsFileFindings`: rules that read the row (requireFile, defaults, agents) need it
 * present, parseable and of version 1. The shell reads the row whenever any overlay has such
 * rules, so an absent file here means there is no row.
 */
function rowProblemFindings(rules, location, input) {
    const requireFile = (0,engine_record/* valueAtPath */.WS)(rules, ['requireFile']) === true;
    if (!requireFile && !(0,engine_record/* isRecord */.u4)(rules.defaults) && !(0,engine_record/* isRecord */.u4)(rules.agents))
        return [];
    const file = input.execApprovalsFile;
    if (file === undefined) {
        return [
            (0,engine_findings/* finding */.gk)({
                checkId: 'policy/exec-approvals-missing',
                message: `${scan/* EXEC_APPROVALS_DOCUMENT */.bn} evidence is required by policy but was not found.`,
                path: input.execApprovalsLocator,
                target: scan/* EXEC_APPROVALS_URI */.eb,
                requirement: requireFile ? (0,rule_location/* requirementOf */.h2)(location, 'requireFile') : (0,rule_location/* sectionRequirement */.$W)(location),
                fixHint: 'Restore the approved exec approvals artifact or update policy after review.',
            }),
        ];
    }
    const problem = rowProblem(file.raw);
    if (problem === undefined)
        return [];
    return [
        (0,engine_findings/* finding */.gk)({
            checkId: 'policy/exec-approvals-invalid',
            message: `${file.displayName} could not be parsed: ${problem}`,
            path: file.displayName,
            target: scan/* EXEC_APPROVALS_URI */.eb,
            requirement: (0,rule_location/* sectionRequirement */.$W)(location),
            fixHint: `Fix ${scan/* EXEC_APPROVALS_DOCUMENT */.bn} so it is valid JSON.`,
        }),
    ];
}
/** `parseExecApprovalsFile`: the JSON.parse message (as Node 24 words it), or the version problem. */
function rowProblem(raw) {
    const parseError = jsonParseErrorMessage(raw);
    if (parseError !== undefined)
        return parseError;
    const value = JSON.parse(raw);
    return (0,engine_record/* isRecord */.u4)(value) && value.version === 1 ? undefined : 'unsupported exec approvals version';
}

;// CONCATENATED MODULE: ./lib/engine/families/gateway/checks.js






/** The Control UI toggles that weaken its protection (two of them are fixed at false). */
const INSECURE_CONTROL_UI_TOGGLES = new Set([
    'gateway-control-ui-insecure-auth',
    'gateway-control-ui-device-auth-disabled',
    'gateway-control-ui-host-origin-fallback',
]);
/** The boolean-switched checks, in the order the release runs them. */
const BOOLEAN_CHECKS_BEFORE_HTTP = [
    {
        checkId: 'policy/gateway-non-loopback-bind',
        rule: ['exposure', 'allowNonLoopbackBind'],
        enabledBy: false,
        violates: (e) => e.kind === 'bind' && e.nonLoopback === true,
        message: (e) => e.explicit === false
            ? 'Gateway bind is omitted while the runtime default can permit non-loopback exposure.'
            : `Gateway bind setting '${e.id}' permits non-loopback exposure.`,
        fixHint: 'Use gateway.bind=loopback or update policy after review.',
    },
    {
        checkId: 'policy/gateway-auth-disabled',
        rule: ['auth', 'requireAuth'],
        enabledBy: true,
        violates: (e) => e.kind === 'auth' && e.value === 'none',
        message: () => 'Gateway authentication is disabled.',
        fixHint: 'Set gateway.auth.mode to token, password, or trusted-proxy.',
    },
    {
        checkId: 'policy/gateway-rate-limit-missing',
        rule: ['auth', 'requireExplicitRateLimit'],
        enabledBy: true,
        violates: (e) => e.kind === 'authRateLimit' && e.explicit !== true,
        message: () => 'Gateway authentication rate-limit posture is not explicit.',
        fixHint: 'Configure gateway.auth.rateLimit or update policy after review.',
    },
    {
        checkId: 'policy/gateway-control-ui-insecure',
        rule: ['controlUi', 'allowInsecure'],
        enabledBy: false,
        violates: (e) => e.kind === 'controlUi' && e.value === true && INSECURE_CONTROL_UI_TOGGLES.has(e.id),
        message: (e) => `Gateway Control UI insecure toggle '${e.id}' is enabled.`,
        fixHint: 'Disable the insecure Control UI toggle or update policy after review.',
    },
    {
        checkId: 'policy/gateway-tailscale-funnel',
        rule: ['exposure', 'allowTailscaleFunnel'],
        enabledBy: false,
        violates: (e) => e.kind === 'tailscale' && e.value === 'funnel',
        message: () => 'Gateway Tailscale Funnel exposure is enabled.',
        fixHint: 'Use tailscale serve/off or update policy after review.',
    },
    {
        checkId: 'policy/gateway-remote-enabled',
        rule: ['remote', 'allow'],
        enabledBy: false,
        violates: (e) => e.kind === 'remote',
        message: (e) => `Gateway remote posture '${e.id}' is enabled.`,
        fixHint: 'Disable remote gateway mode/config or update policy after review.',
    },
];
const URL_FETCH_CHECK = {
    checkId: 'policy/gateway-http-url-fetch-unrestricted',
    rule: ['http', 'requireUrlAllowlists'],
    enabledBy: true,
    violates: (e) => e.kind === 'httpUrlFetch' && e.hasAllowlist !== true,
    message: (e) => `Gateway HTTP URL-fetch input '${e.id}' has no URL allowlist.`,
    fixHint: 'Add a urlAllowlist for this URL-fetch input or update policy after review.',
};
/** The checks read `policy.gateway` whatever its shape (a policy that is not an object has none). */
function gatewayFindings(policy, name, entries) {
    if (!(0,engine_record/* isRecord */.u4)(policy))
        return [];
    const location = (0,rule_location/* topLevelRules */.n7)(name, 'gateway');
    return [
        ...BOOLEAN_CHECKS_BEFORE_HTTP.flatMap((check) => booleanCheckFindings(check, policy, location, entries)),
        ...deniedEndpointFindings(policy, location, entries),
        ...booleanCheckFindings(URL_FETCH_CHECK, policy, location, entries),
        ...nodeCommandFindings(policy, location, entries),
    ];
}
function booleanCheckFindings(check, policy, location, entries) {
    if ((0,engine_record/* valueAtPath */.WS)(policy, ['gateway', ...check.rule]) !== check.enabledBy)
        return [];
    return entries.filter(check.violates).map((entry) => policyEvidenceFinding(entry.source, {
        checkId: check.checkId,
        message: check.message(entry),
        requirement: (0,rule_location/* requirementOf */.h2)(location, check.rule.join('/')),
        fixHint: check.fixHint,
    }));
}
/** Endpoint ids compare case-insensitively (the shape check wants them exact). */
function deniedEndpointFindings(policy, location, entries) {
    const denied = new Set(lowercasedPolicyList(policy, ['gateway', 'http', 'denyEndpoints']));
    if (denied.size === 0)
        return [];
    return entries
        .filter((e) => e.kind === 'httpEndpoint' && e.endpoint !== undefined && denied.has(e.endpoint.toLowerCase()))
        .map((entry) => policyEvidenceFinding(entry.source, {
        checkId: 'policy/gateway-http-endpoint-enabled',
        message: `Gateway HTTP endpoint '${entry.endpoint ?? entry.id}' is denied by policy.`,
        requirement: (0,rule_location/* requirementOf */.h2)(location, 'http/denyEndpoints'),
        fixHint: 'Disable the HTTP endpoint or update policy after review.',
    }));
}
const NODE_DENY_LIST = (0,oc_path/* configAddress */.vF)('gateway', 'nodes', 'commands', 'deny');
/**
 * Each command the policy denies (trimmed, case-sensitive, duplicates kept) must be denied by the
 * config too. A list with a non-string or blank entry turns the check off.
 */
function nodeCommandFindings(policy, location, entries) {
    const path = ['gateway', 'nodes', 'denyCommands'];
    if (!isValidCommandList(policy, (0,engine_record/* valueAtPath */.WS)(policy, path)))
        return [];
    const configDenied = new Set(entries.filter((e) => e.kind === 'nodeDenyCommand' && e.command !== undefined).map((e) => e.command));
    return (0,policy_lists/* policyStringList */.q)(policy, path)
        .filter((command) => !configDenied.has(command))
        .map((command) => policyEvidenceFinding(NODE_DENY_LIST, {
        checkId: 'policy/gateway-node-command-denied',
        message: `Gateway node command '${command}' is denied by policy but not denied by OpenClaw config.`,
        requirement: (0,rule_location/* requirementOf */.h2)(location, 'nodes/denyCommands'),
        fixHint: `Add '${command}' to gateway.nodes.commands.deny or update policy after review.`,
    }));
}
/** The release's `hasValidOptionalStringList`: also true when the path does not lead to a list. */
function isValidCommandList(policy, list) {
    if (!(0,engine_record/* isRecord */.u4)(policy.gateway) || !(0,engine_record/* isRecord */.u4)(policy.gateway.nodes))
        return true;
    return (list === undefined ||
        (Array.isArray(list) && list.every((entry) => typeof entry === 'string' && entry.trim() !== '')));
}

;// CONCATENATED MODULE: ./lib/engine/families/gateway/scan.js
// The `gatewayExposure` evidence scanner of OpenClaw 2026.9.6 (`scanPolicyGatewayExposure`,
// SPEC-2026.9 §7.2): how the gateway is reachable (bind, Tailscale, remote mode), how it
// authenticates, the Control UI toggles, the HTTP endpoints with their URL-fetch inputs, and the
// node command lists. Entries are sorted by source (stably: equal sources keep push order).



const GATEWAY = (...segments) => (0,oc_path/* configAddress */.vF)('gateway', ...segments);
/** The Control UI always checks device identity: two toggles the release reports as fixed. */
const DEVICE_IDENTITY_INVARIANT = 'oc://openclaw.invariant/gateway/controlUi/deviceIdentity';
function scanGatewayExposure(config) {
    const gateway = (0,engine_record/* recordOrEmpty */.ir)(config.gateway);
    const tailscale = (0,engine_record/* recordOrEmpty */.ir)(gateway.tailscale);
    const controlUi = (0,engine_record/* recordOrEmpty */.ir)(gateway.controlUi);
    const endpoints = (0,engine_record/* recordOrEmpty */.ir)((0,engine_record/* recordOrEmpty */.ir)(gateway.http).endpoints);
    const entries = [
        ...bindEntries(gateway, tailscale),
        ...authEntries((0,engine_record/* recordOrEmpty */.ir)(gateway.auth)),
        ...booleanEntry('gateway-control-ui-enabled', controlUi.enabled, GATEWAY('controlUi', 'enabled')),
        ...booleanEntry('gateway-control-ui-insecure-auth', false, DEVICE_IDENTITY_INVARIANT),
        ...booleanEntry('gateway-control-ui-device-auth-disabled', false, DEVICE_IDENTITY_INVARIANT),
        ...booleanEntry('gateway-control-ui-host-origin-fallback', controlUi.dangerouslyAllowHostHeaderOriginFallback, GATEWAY('controlUi', 'dangerouslyAllowHostHeaderOriginFallback')),
        ...tailscaleEntries(tailscale),
        ...remoteEntries(gateway),
        ...httpEndpointEntries(endpoints, 'chatCompletions'),
        ...httpEndpointEntries(endpoints, 'responses'),
        ...nodeCommandEntries((0,engine_record/* recordOrEmpty */.ir)(gateway.nodes)),
    ];
    return entries.sort((a, b) => (0,canonical_json/* compareKeys */.YD)(a.source, b.source));
}
function bindEntries(gateway, tailscale) {
    const bind = typeof gateway.bind === 'string' ? gateway.bind : undefined;
    // Tailscale serve/funnel make the runtime bind to loopback when no bind is configured.
    const tailscaleForcesLoopback = tailscale.mode === 'serve' || tailscale.mode === 'funnel';
    const entries = [
        {
            id: bind === undefined ? 'gateway-bind-default' : 'gateway-bind',
            kind: 'bind',
            source: GATEWAY('bind'),
            value: bind ?? (tailscaleForcesLoopback ? 'loopback' : 'runtime-default'),
            // `custom` is judged by its host entry below.
            nonLoopback: bind === undefined ? !tailscaleForcesLoopback : bind !== 'custom' && NON_LOOPBACK_BINDS.has(bind),
            explicit: bind !== undefined,
        },
    ];
    const host = gateway.customBindHost;
    if (bind === 'custom' && typeof host === 'string' && host.trim() !== '') {
        entries.push({
            id: 'gateway-custom-bind-host',
            kind: 'bind',
            source: GATEWAY('customBindHost'),
            value: host,
            nonLoopback: isNonLoopbackCustomHost(host),
        });
    }
    return entries;
}
const NON_LOOPBACK_BINDS = new Set(['auto', 'lan', 'custom', 'tailnet']);
const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const CANONICAL_IPV4 = new RegExp(`^${OCTET}(?:\\.${OCTET}){3}$`);
/**
 * Only a canonical dotted-decimal IPv4 address outside 127.0.0.0/8 counts as non-loopback: the
 * release does not resolve names (`localhost`, `example.org`) nor read IPv6, so those pass.
 */
function isNonLoopbackCustomHost(host) {
    const normalized = host.trim().toLowerCase();
    return CANONICAL_IPV4.test(normalized) && !normalized.startsWith('127.');
}
function authEntries(auth) {
    const mode = typeof auth.mode === 'string' ? auth.mode : undefined;
    const rateLimited = (0,engine_record/* isRecord */.u4)(auth.rateLimit);
    return [
        {
            id: 'gateway-auth-mode',
            kind: 'auth',
            source: GATEWAY('auth', 'mode'),
            value: mode ?? 'token',
            explicit: mode !== undefined,
        },
        {
            id: 'gateway-auth-rate-limit',
            kind: 'authRateLimit',
            source: GATEWAY('auth', 'rateLimit'),
            value: rateLimited,
            explicit: rateLimited,
        },
    ];
}
function booleanEntry(id, value, source) {
    return typeof value === 'boolean' ? [{ id, kind: 'controlUi', source, value }] : [];
}
function tailscaleEntries(tailscale) {
    const entries = [];
    if (typeof tailscale.mode === 'string') {
        entries.push({
            id: 'gateway-tailscale-mode',
            kind: 'tailscale',
            source: GATEWAY('tailscale', 'mode'),
            value: tailscale.mode,
        });
    }
    // Serve that keeps an existing Funnel running is Funnel exposure.
    if (tailscale.mode === 'serve' && tailscale.preserveFunnel === true) {
        entries.push({
            id: 'gateway-tailscale-preserve-funnel',
            kind: 'tailscale',
            source: GATEWAY('tailscale', 'preserveFunnel'),
            value: 'funnel',
        });
    }
    return entries;
}
function remoteEntries(gateway) {
    if (gateway.mode !== 'remote')
        return [];
    const entries = [
        { id: 'gateway-mode-remote', kind: 'remote', source: GATEWAY('mode'), value: 'remote' },
    ];
    const url = (0,engine_record/* recordOrEmpty */.ir)(gateway.remote).url;
    if (typeof url === 'string' && url.trim() !== '') {
        entries.push({ id: 'gateway-remote-url', kind: 'remote', source: GATEWAY('remote', 'url'), value: true });
    }
    return entries;
}
/**
 * An enabled endpoint, then its URL-fetch inputs: chat completions fetch image URLs only when
 * `allowUrl` is true; responses fetch file and image URLs unless `allowUrl` is false.
 */
function httpEndpointEntries(endpoints, endpoint) {
    const config = endpoints[endpoint];
    if (!(0,engine_record/* isRecord */.u4)(config) || config.enabled !== true)
        return [];
    const source = GATEWAY('http', 'endpoints', endpoint);
    const parts = endpoint === 'chatCompletions' ? ['images'] : ['files', 'images'];
    return [
        {
            id: `gateway-http-${endpoint}`,
            kind: 'httpEndpoint',
            source: `${source}/enabled`,
            value: true,
            endpoint,
        },
        ...parts.flatMap((part) => urlFetchEntries(source, endpoint, part, config[part])),
    ];
}
function urlFetchEntries(endpointSource, endpoint, part, input) {
    const allowUrl = (0,engine_record/* isRecord */.u4)(input) ? input.allowUrl : undefined;
    if (allowUrl === false || (allowUrl !== true && endpoint !== 'responses'))
        return [];
    const allowlist = (0,engine_record/* isRecord */.u4)(input) ? input.urlAllowlist : undefined;
    return [
        {
            id: `gateway-http-${endpoint}-${part}-url-fetch`,
            kind: 'httpUrlFetch',
            source: `${endpointSource}/${(0,oc_path/* ocSegment */.WC)(part)}/allowUrl`,
            value: true,
            endpoint,
            explicit: allowUrl === true,
            hasAllowlist: Array.isArray(allowlist) && allowlist.some(isEffectiveAllowlistEntry),
        },
    ];
}
/** Blank, `*` and `*.` allow every host, so they do not restrict anything. */
function isEffectiveAllowlistEntry(value) {
    if (typeof value !== 'string')
        return false;
    const normalized = value.trim().toLowerCase();
    return normalized !== '' && normalized !== '*' && normalized !== '*.';
}
/** Deny entries, then allow entries that are not also denied (both trimmed, blanks skipped). */
function nodeCommandEntries(nodes) {
    const commands = (0,engine_record/* recordOrEmpty */.ir)(nodes.commands);
    const deny = Array.isArray(commands.deny) ? commands.deny : [];
    const allow = Array.isArray(commands.allow) ? commands.allow : [];
    const denied = new Set(deny.filter((c) => typeof c === 'string').map((c) => c.trim()));
    const entries = [];
    deny.forEach((raw, index) => {
        const command = typeof raw === 'string' ? raw.trim() : '';
        if (command === '')
            return;
        entries.push({
            id: `gateway-node-deny-command-${command}`,
            kind: 'nodeDenyCommand',
            source: GATEWAY('nodes', 'commands', 'deny', `#${index}`),
            value: command,
            command,
        });
    });
    allow.forEach((raw, index) => {
        const command = typeof raw === 'string' ? raw.trim() : '';
        if (command === '' || denied.has(command))
            return;
        entries.push({
            id: `gateway-node-command-${command}`,
            kind: 'nodeCommand',
            source: GATEWAY('nodes', 'commands', 'allow', `#${index}`),
            value: command,
            command,
        });
    });
    return entries;
}

;// CONCATENATED MODULE: ./lib/engine/families/gateway.js
// The gatewayExposure family of OpenClaw 2026.9.6 (SPEC-2026.9 §5.8, §7.2, §10.2): how the gateway
// is exposed and protected. Top level only (no scopes), and, unlike the other posture families,
// without a shape gate: the release runs these checks even when `gateway` has a shape finding.





const gatewayFamily = {
    name: 'gatewayExposure',
    evidence: [(0,policy_family/* collectedWhen */.Wq)('gatewayExposure', policy_scope/* policyHasGatewayRules */.Ez, scanGatewayExposure)],
    findings: ({ policy, name, evidence }) => gatewayFindings(policy, name, evidence.gatewayExposure ?? []),
};

;// CONCATENATED MODULE: ./lib/engine/families/ingress/channel-scope.js
// The evidence entry of the ingress family and the "channel scope" one set of entries is built
// for: a channel's own settings, or one of its accounts (SPEC-2026.9 §7.1). Every value is read
// from up to three layers: the scope's own config, the layer it inherits from, and a fallback.


/** `channels.defaults`: the layer every channel scope falls back to (its groupPolicy only). */
const CHANNEL_DEFAULTS_SOURCE = (0,oc_path/* configAddress */.vF)('channels', 'defaults');
/** The containers whose entries carry per-group settings, in the order the release reads them. */
const NESTED_CONTAINER_KEYS = ['groups', 'guilds', 'channels', 'rooms', 'teams'];
/**
 * The nested container a scope uses: its own when non-empty; otherwise (accounts) the inherited
 * one, which is then taken as is, even when empty.
 */
function effectiveNestedContainer(scope, key) {
    const own = recordAt(scope.own.config, key);
    if (own !== undefined && Object.keys(own).length > 0)
        return { container: own, sourceBase: scope.own.sourceBase };
    const inherited = recordAt(scope.inherited.config, key);
    const inherits = own === undefined
        ? scope.nestedInheritance !== 'never'
        : scope.nestedInheritance === 'when-missing-or-empty';
    return inherits && inherited !== undefined
        ? { container: inherited, sourceBase: scope.inherited.sourceBase }
        : undefined;
}
/** `<channel>[-<account>]-<suffix>`: ids use the raw channel and account keys. */
function scopeEntryId(scope, suffix) {
    return scope.accountId === undefined
        ? `${scope.channel}-${suffix}`
        : `${scope.channel}-${scope.accountId}-${suffix}`;
}
/** The scope's identifying keys of an entry (accountId only for accounts). */
function scopeKeys(scope) {
    return scope.accountId === undefined
        ? { channel: scope.channel }
        : { channel: scope.channel, accountId: scope.accountId };
}
function recordAt(config, key) {
    const value = config[key];
    return (0,engine_record/* isRecord */.u4)(value) ? value : undefined;
}

;// CONCATENATED MODULE: ./lib/engine/families/ingress/checks.js
// The four ingress checks of OpenClaw 2026.9.6 (`ingressFindingsForRule`, SPEC-2026.9 §10.2), for
// one ingress rule set: the top-level section or a channel-scoped overlay.





/**
 * `rules`: the ingress section at `location` (top level or a scope's overlay), its shape valid;
 * `entries`: the entries it judges (all, or those of the scope's channel).
 */
function ingressRuleFindings(rules, location, entries) {
    const ofKind = (kind) => entries.filter((entry) => entry.kind === kind);
    const out = [];
    const requiredScope = (0,engine_record/* valueAtPath */.WS)(rules, ['session', 'requireDmScope']);
    if (typeof requiredScope === 'string') {
        const required = requiredScope.trim().toLowerCase();
        for (const entry of ofKind('sessionDmScope')) {
            if (entry.value === required)
                continue;
            out.push(policyEvidenceFinding(entry.source, {
                checkId: 'policy/ingress-dm-scope-unapproved',
                message: `session.dmScope '${String(entry.value)}' does not match policy.`,
                requirement: (0,rule_location/* requirementOf */.h2)(location, 'session/requireDmScope'),
                fixHint: 'Set session.dmScope to the required isolation scope or update policy after review.',
            }));
        }
    }
    const allowed = new Set(lowercasedPolicyList(rules, ['channels', 'allowDmPolicies']));
    if (allowed.size > 0) {
        for (const entry of ofKind('channelDmPolicy')) {
            if (typeof entry.value !== 'string' || allowed.has(entry.value.toLowerCase()))
                continue;
            out.push(policyEvidenceFinding(entry.source, {
                checkId: 'policy/ingress-dm-policy-unapproved',
                message: `${ingressLabel(entry)} uses unapproved DM policy '${entry.value}'.`,
                requirement: (0,rule_location/* requirementOf */.h2)(location, 'channels/allowDmPolicies'),
                fixHint: 'Set the channel DM policy to an allowed value or update policy after review.',
            }));
        }
    }
    if ((0,engine_record/* valueAtPath */.WS)(rules, ['channels', 'denyOpenGroups']) === true) {
        for (const entry of ofKind('channelGroupPolicy')) {
            // Case-sensitive: an `Allowlist` the loader let through counts as open.
            if (entry.value === 'allowlist' || entry.value === 'disabled')
                continue;
            out.push(policyEvidenceFinding(entry.source, {
                checkId: 'policy/ingress-open-groups-denied',
                message: `${ingressLabel(entry)} allows open group ingress.`,
                requirement: (0,rule_location/* requirementOf */.h2)(location, 'channels/denyOpenGroups'),
                fixHint: 'Set groupPolicy to allowlist or disabled, or update policy after review.',
            }));
        }
    }
    if ((0,engine_record/* valueAtPath */.WS)(rules, ['channels', 'requireMentionInGroups']) === true) {
        const groupPolicies = ofKind('channelGroupPolicy');
        for (const entry of ofKind('channelRequireMention')) {
            if (entry.value === true || closestGroupPolicy(entry, groupPolicies) === 'disabled')
                continue;
            out.push(policyEvidenceFinding(entry.source, {
                checkId: 'policy/ingress-group-mention-required',
                message: `${ingressLabel(entry)} does not require group mentions.`,
                requirement: (0,rule_location/* requirementOf */.h2)(location, 'channels/requireMentionInGroups'),
                fixHint: 'Set requireMention=true for the channel/group entry or update policy after review.',
            }));
        }
    }
    return out;
}
/** `channel '<ch>'[ account '<a>'][ group '<g>']`. */
function ingressLabel(entry) {
    const account = entry.accountId === undefined ? '' : ` account '${entry.accountId}'`;
    const group = entry.groupId === undefined ? '' : ` group '${entry.groupId}'`;
    return `channel '${entry.channel ?? 'unknown'}'${account}${group}`;
}
/**
 * The group policy governing a mention entry: of the same channel and account, the one set
 * closest above the entry's address (`channels.defaults` counts as above everything). Addresses
 * are compared as text, as the release does.
 */
function closestGroupPolicy(entry, groupPolicies) {
    const entryParent = parentAddress(entry.source);
    let closest;
    for (const candidate of groupPolicies) {
        if (candidate.channel !== entry.channel || (candidate.accountId ?? '') !== (entry.accountId ?? ''))
            continue;
        const parent = parentAddress(candidate.source);
        const above = parent === CHANNEL_DEFAULTS_SOURCE || entryParent === parent || entryParent.startsWith(`${parent}/`);
        // Strictly longer wins: among equals the first in evidence order stays (a stable sort's head).
        if (above && (closest === undefined || parent.length > closest.depth))
            closest = { entry: candidate, depth: parent.length };
    }
    return closest?.entry.value;
}
function parentAddress(source) {
    return source.slice(0, Math.max(0, source.lastIndexOf('/')));
}

;// CONCATENATED MODULE: ./lib/engine/families/ingress/channel-credentials.js
// Whether a channel that lists accounts also configures an implicit default account at channel
// level (OpenClaw 2026.9.6 `hasImplicitDefaultAccountConfig`). Only then does the ingress scan
// report the channel-level settings besides the accounts' (SPEC-2026.9 §7.1): a channel with
// accounts and no credentials of its own receives no traffic as itself.
/** Channels whose default account exists as soon as any one of these fields is set. */
const ANY_OF_FIELDS = {
    discord: ['token'],
    googlechat: ['serviceAccount', 'serviceAccountFile'],
    imessage: ['cliPath', 'dbPath'],
    'qa-channel': ['baseUrl'],
    qqbot: ['appId', 'clientSecret', 'clientSecretFile'],
    signal: ['account'],
    slack: ['appToken', 'botToken', 'signingSecret'],
    'synology-chat': ['token'],
    telegram: ['botToken', 'tokenFile'],
    tlon: ['ship'],
    twitch: ['username'],
    whatsapp: ['authDir'],
    zalo: ['botToken', 'tokenFile'],
    zalouser: ['profile'],
};
/** Channels that need a combination of fields (a server address and a credential, say). */
const COMBINED_RULES = {
    clickclack: (c) => channel_credentials_all(c, 'baseUrl', 'workspace', 'token'),
    feishu: (c) => channel_credentials_all(c, 'appId', 'appSecret'),
    irc: (c) => channel_credentials_all(c, 'host', 'nick'),
    line: (c) => any(c, 'channelAccessToken', 'tokenFile'),
    matrix: (c) => channel_credentials_all(c, 'homeserver') && (any(c, 'accessToken') || channel_credentials_all(c, 'userId', 'password')),
    mattermost: (c) => channel_credentials_all(c, 'baseUrl', 'botToken'),
    'nextcloud-talk': (c) => channel_credentials_all(c, 'baseUrl') && any(c, 'botSecret', 'botSecretFile'),
};
function hasImplicitDefaultAccount(channel, config) {
    // Own properties only: the release indexes a plain object literal, so a channel named after an
    // Object.prototype member (`toString`) throws there; here it simply has no credential fields.
    if (Object.hasOwn(COMBINED_RULES, channel))
        return COMBINED_RULES[channel](config);
    const fields = Object.hasOwn(ANY_OF_FIELDS, channel) ? ANY_OF_FIELDS[channel] : [];
    return any(config, ...fields);
}
/** A credential counts when it is a non-blank string or any other value than null. */
function isConfigured(value) {
    return typeof value === 'string' ? value.trim().length > 0 : value !== undefined && value !== null;
}
function channel_credentials_all(config, ...fields) {
    return fields.every((field) => isConfigured(config[field]));
}
function any(config, ...fields) {
    return fields.some((field) => isConfigured(config[field]));
}

;// CONCATENATED MODULE: ./lib/engine/families/ingress/mentions.js
// Mention requirements of a channel scope (SPEC-2026.9 §7.1): one entry for the scope as a whole,
// plus one per nested group/guild/channel/room/team entry (and their channels/topics children)
// that sets `requireMention` itself.




/** Channels where open groups answer without a mention unless told otherwise. */
const OPEN_GROUPS_WITHOUT_MENTION = new Set(['feishu', 'qa-channel']);
/** Children of a nested entry that carry their own settings (a guild's channels, a group's topics). */
const NESTED_CHILD_KEYS = ['channels', 'topics'];
/** `groupPolicy`: the scope's effective group policy (the value of its group-policy entry). */
function requireMentionEntries(scope, groupPolicy) {
    const own = (0,config_values/* booleanValue */.eC)(scope.own.config.requireMention);
    const inherited = (0,config_values/* booleanValue */.eC)(scope.inherited.config.requireMention);
    const wildcard = wildcardRequireMention(scope);
    const byDefault = !(groupPolicy === 'open' && OPEN_GROUPS_WITHOUT_MENTION.has(scope.channel));
    const source = wildcard !== undefined
        ? wildcard.source
        : own === undefined && inherited !== undefined
            ? `${scope.inherited.sourceBase}/requireMention`
            : `${scope.own.sourceBase}/requireMention`;
    const entries = [
        {
            id: scopeEntryId(scope, 'require-mention'),
            kind: 'channelRequireMention',
            source,
            ...scopeKeys(scope),
            value: wildcard?.value ?? own ?? inherited ?? byDefault,
            explicit: wildcard !== undefined || own !== undefined || inherited !== undefined,
        },
    ];
    for (const key of NESTED_CONTAINER_KEYS) {
        const effective = effectiveNestedContainer(scope, key);
        if (effective === undefined)
            continue;
        for (const [groupId, groupConfig] of Object.entries(effective.container)) {
            if ((0,engine_record/* isRecord */.u4)(groupConfig))
                pushNested(entries, scope, key, groupId, groupConfig, effective.sourceBase);
        }
    }
    return entries;
}
/** A `"*"` entry with a boolean requireMention in the first container that has one decides. */
function wildcardRequireMention(scope) {
    for (const key of NESTED_CONTAINER_KEYS) {
        const effective = effectiveNestedContainer(scope, key);
        const wildcard = effective?.container['*'];
        if (effective === undefined || !(0,engine_record/* isRecord */.u4)(wildcard) || wildcard.enabled === false)
            continue;
        const value = (0,config_values/* booleanValue */.eC)(wildcard.requireMention);
        if (value !== undefined)
            return { source: `${effective.sourceBase}/${key}/${(0,oc_path/* ocSegment */.WC)('*')}/requireMention`, value };
    }
    return undefined;
}
/**
 * `containerPath` grows with the depth (`guilds/<g>/channels`); the release builds both the id
 * and the source from it, so a child's id carries its whole path.
 */
function pushNested(entries, scope, containerPath, groupId, config, parentSourceBase) {
    if (config.enabled === false)
        return;
    const segment = (0,oc_path/* ocSegment */.WC)(groupId);
    const requireMention = (0,config_values/* booleanValue */.eC)(config.requireMention);
    if (requireMention !== undefined) {
        entries.push({
            id: `${scopeEntryId(scope, `${containerPath}-${segment}`)}-require-mention`,
            kind: 'channelRequireMention',
            source: `${parentSourceBase}/${containerPath}/${segment}/requireMention`,
            ...scopeKeys(scope),
            groupId,
            value: requireMention,
            explicit: true,
        });
    }
    for (const childKey of NESTED_CHILD_KEYS) {
        const children = config[childKey];
        if (!(0,engine_record/* isRecord */.u4)(children))
            continue;
        for (const [childId, childConfig] of Object.entries(children)) {
            if ((0,engine_record/* isRecord */.u4)(childConfig)) {
                pushNested(entries, scope, `${containerPath}/${segment}/${childKey}`, childId, childConfig, parentSourceBase);
            }
        }
    }
}

;// CONCATENATED MODULE: ./lib/engine/families/ingress/scan.js
// The `ingress` evidence scanner of OpenClaw 2026.9.6 (`scanPolicyIngress`, SPEC-2026.9 §7.1):
// the session DM scope, then per channel scope (a channel's own settings and each enabled
// account) its DM policy, group policy and mention requirements, sorted by source, then id.







/** Keys of `channels` that hold shared settings, not a channel. */
const RESERVED_CHANNEL_KEYS = new Set(['defaults', 'modelByChannel']);
/** Channels whose groups are closed unless configured otherwise (the others default to open). */
const GROUPS_ALLOWLISTED_BY_DEFAULT = new Set([
    'googlechat',
    'irc',
    'line',
    'mattermost',
    'matrix',
    'msteams',
    'nextcloud-talk',
    'signal',
]);
function scanIngress(config) {
    const channels = (0,engine_record/* recordOrEmpty */.ir)(config.channels);
    // Of `channels.defaults`, the ingress scan honours groupPolicy alone.
    const defaultGroupPolicy = (0,engine_record/* recordOrEmpty */.ir)(channels.defaults).groupPolicy;
    const defaultsLayer = {
        config: defaultGroupPolicy === undefined ? {} : { groupPolicy: defaultGroupPolicy },
        sourceBase: CHANNEL_DEFAULTS_SOURCE,
    };
    const entries = [sessionDmScopeEntry(config)];
    for (const [channel, value] of Object.entries(channels)) {
        if (RESERVED_CHANNEL_KEYS.has(channel) || !(0,engine_record/* isRecord */.u4)(value) || value.enabled === false)
            continue;
        const channelLayer = {
            config: value,
            sourceBase: (0,oc_path/* configAddress */.vF)('channels', (0,oc_path/* ocSegment */.WC)(channel)),
        };
        const accounts = Object.entries((0,engine_record/* recordOrEmpty */.ir)(value.accounts)).filter((entry) => (0,engine_record/* isRecord */.u4)(entry[1]));
        if (accounts.length === 0 || hasImplicitDefaultAccount(channel, value)) {
            entries.push(...channelScopeEntries({
                channel,
                own: channelLayer,
                inherited: defaultsLayer,
                fallbackGroupPolicy: undefined,
                fallbackSourceBase: channelLayer.sourceBase,
                nestedInheritance: 'never',
            }));
        }
        for (const [accountId, account] of accounts) {
            if (account.enabled === false)
                continue;
            entries.push(...channelScopeEntries({
                channel,
                accountId,
                own: { config: account, sourceBase: `${channelLayer.sourceBase}/accounts/${(0,oc_path/* ocSegment */.WC)(accountId)}` },
                inherited: channelLayer,
                fallbackGroupPolicy: defaultGroupPolicy,
                fallbackSourceBase: CHANNEL_DEFAULTS_SOURCE,
                // A lone telegram account also takes the channel's groups over its own empty container.
                nestedInheritance: channel === 'telegram' && accounts.length <= 1 ? 'when-missing-or-empty' : 'when-missing',
            }));
        }
    }
    return (0,evidence_entries/* sortedBySourceThenId */.g)(entries);
}
function sessionDmScopeEntry(config) {
    const dmScope = (0,config_values/* trimmedString */.So)((0,engine_record/* recordOrEmpty */.ir)(config.session).dmScope)?.toLowerCase();
    return {
        id: 'session-dm-scope',
        kind: 'sessionDmScope',
        source: (0,oc_path/* configAddress */.vF)('session', 'dmScope'),
        value: dmScope ?? 'main',
        explicit: dmScope !== undefined,
    };
}
function channelScopeEntries(scope) {
    const groupPolicy = effectiveGroupPolicy(scope);
    return [
        dmPolicyEntry(scope),
        {
            id: scopeEntryId(scope, 'group-policy'),
            kind: 'channelGroupPolicy',
            source: groupPolicy.source,
            ...scopeKeys(scope),
            value: groupPolicy.value,
            explicit: groupPolicy.explicit,
        },
        // The mention default depends on the group policy in effect.
        ...requireMentionEntries(scope, groupPolicy.value),
    ];
}
/** `dm.enabled: false` wins over `dmPolicy`, which wins over the legacy `dm.policy`. */
function dmPolicyOf(config) {
    const dm = (0,engine_record/* recordOrEmpty */.ir)(config.dm);
    if (dm.enabled === false)
        return { value: 'disabled', sourceSuffix: 'dm/enabled' };
    const direct = (0,config_values/* trimmedString */.So)(config.dmPolicy);
    if (direct !== undefined)
        return { value: direct, sourceSuffix: 'dmPolicy' };
    const legacy = (0,config_values/* trimmedString */.So)(dm.policy);
    return legacy === undefined ? undefined : { value: legacy, sourceSuffix: 'dm/policy' };
}
function dmPolicyEntry(scope) {
    // The fallback layer never carries a DM policy, so own and inherited decide.
    const own = dmPolicyOf(scope.own.config);
    const inherited = dmPolicyOf(scope.inherited.config);
    const effective = own ?? inherited;
    const source = own !== undefined
        ? `${scope.own.sourceBase}/${own.sourceSuffix}`
        : inherited !== undefined
            ? `${scope.inherited.sourceBase}/${inherited.sourceSuffix}`
            : `${scope.fallbackSourceBase}/dmPolicy`;
    return {
        id: scopeEntryId(scope, 'dm-policy'),
        kind: 'channelDmPolicy',
        source,
        ...scopeKeys(scope),
        value: effective?.value ?? 'pairing',
        explicit: effective !== undefined,
    };
}
/** The first groupPolicy set in own, inherited, fallback order; else the implicit one. */
function effectiveGroupPolicy(scope) {
    const own = (0,config_values/* trimmedString */.So)(scope.own.config.groupPolicy);
    const inherited = (0,config_values/* trimmedString */.So)(scope.inherited.config.groupPolicy);
    const fallback = (0,config_values/* trimmedString */.So)(scope.fallbackGroupPolicy);
    const implicit = implicitGroupPolicy(scope);
    const source = own !== undefined
        ? `${scope.own.sourceBase}/groupPolicy`
        : inherited !== undefined
            ? `${scope.inherited.sourceBase}/groupPolicy`
            : fallback !== undefined
                ? `${scope.fallbackSourceBase}/groupPolicy`
                : implicit.source;
    return {
        source,
        value: own ?? inherited ?? fallback ?? implicit.value,
        explicit: own !== undefined || inherited !== undefined || fallback !== undefined,
    };
}
/** Without a groupPolicy anywhere: a groups container in effect means only listed groups get in. */
function implicitGroupPolicy(scope) {
    const groups = effectiveNestedContainer(scope, 'groups');
    if (groups !== undefined)
        return { source: `${groups.sourceBase}/groups`, value: 'allowlist' };
    return {
        source: `${scope.own.sourceBase}/groupPolicy`,
        value: GROUPS_ALLOWLISTED_BY_DEFAULT.has(scope.channel) ? 'allowlist' : 'open',
    };
}

;// CONCATENATED MODULE: ./lib/engine/families/ingress.js
// The ingress family of OpenClaw 2026.9.6 (SPEC-2026.9 §5.7, §7.1, §9.2, §10.2): who may reach an
// agent through the configured channels. Evidence from `./ingress/scan.ts`; the checks run for
// the top-level `ingress` section and for every channel-scoped overlay, each only when its own
// shape is valid (an invalid section already yields its shape finding).







const ingressFamily = {
    name: 'ingress',
    evidence: [(0,policy_family/* collectedWhen */.Wq)('ingress', policy_scope/* policyHasIngressRules */.tR, scanIngress)],
    findings: ({ policy, name, evidence }) => ingressFindings(policy, name, evidence),
};
function ingressFindings(policy, name, evidence) {
    const entries = evidence.ingress ?? [];
    return topLevelThenScopedFindings(policy, name, {
        path: ['ingress'],
        shapeFinding: current_shape/* ingressShapeFinding */.mn,
        requireValidScopes: true,
        scopeTargets: policy_scope/* channelScopeTargets */.UY,
        entries,
        scopedEntries: (target) => entries.filter((entry) => (entry.channel ?? '').trim().toLowerCase() === target.channelId),
        ruleFindings: ingressRuleFindings,
    });
}

;// CONCATENATED MODULE: ./lib/engine/families/routing/agent-roster.js
// How OpenClaw 2026.9.6 names the agent a route goes to (src/agents/agent-roster.ts and
// agent-scope-config.ts of the release): the configured agent ids, the implicit owner of
// unmatched routes, and the errors it raises when it cannot pick one. Only what route
// resolution needs; the config is the loaded one the policy plugin receives.


/** Raised where OpenClaw throws: the policy command then fails (exit 2) with this message. */
class RouteResolutionError extends Error {
    constructor(message) {
        super(message);
        this.name = 'RouteResolutionError';
    }
}
/** `AgentSelectionRequiredError`: several agents and no way to choose one. */
function agentSelectionRequired(surface, hint) {
    return new RouteResolutionError(`Multiple agents are configured, but ${surface} has no explicit owner. ${hint}`);
}
/** `readAgentRosterProperty`: `agents.entries` when set, else `agents.list` when set. */
function rosterOf(config) {
    const agents = config.agents;
    if (!(0,engine_record/* isRecord */.u4)(agents))
        return undefined;
    if (Object.hasOwn(agents, 'entries') && agents.entries !== undefined)
        return { kind: 'entries', value: agents.entries };
    if (Object.hasOwn(agents, 'list') && agents.list !== undefined)
        return { kind: 'list', value: agents.list };
    return undefined;
}
/** `listAgentEntries`: object entries of the roster, keyed entries carrying their key as id. */
function rosterAgents(config) {
    const roster = rosterOf(config);
    if (roster?.kind === 'entries' && (0,engine_record/* isRecord */.u4)(roster.value)) {
        return Object.entries(roster.value)
            .filter(([, entry]) => (0,engine_record/* isRecord */.u4)(entry))
            .map(([id, entry]) => ({ id, isLegacyDefault: entry.default === true }));
    }
    if (roster?.kind !== 'list' || !Array.isArray(roster.value))
        return [];
    return roster.value
        .filter((entry) => entry !== null && typeof entry === 'object')
        .map((entry) => {
        const record = entry;
        return { id: record.id, isLegacyDefault: record.default === true };
    });
}
const normalizedId = (id) => (0,agent_id/* normalizeAgentId */.qq)(typeof id === 'string' ? id : undefined);
/** `listAgentIds`: unique normalised ids; the implicit `main` when there is no roster at all. */
function configuredAgentIds(config) {
    const agents = rosterAgents(config);
    if (agents.length === 0 && rosterOf(config) === undefined)
        return [agent_id/* DEFAULT_AGENT_ID */.kv];
    return [...new Set(agents.map((agent) => normalizedId(agent.id)))];
}
/** The normalised ids of roster agents with a non-blank id (no implicit `main`). */
function rosterAgentIds(config) {
    return rosterAgents(config).flatMap((agent) => typeof agent.id === 'string' && agent.id.trim() !== '' ? [(0,agent_id/* normalizeAgentId */.qq)(agent.id)] : []);
}
/** `tryResolveSoleAgentId`. */
function soleAgentId(config) {
    const agents = rosterAgents(config);
    if (agents.length === 0)
        return rosterOf(config) === undefined ? agent_id/* DEFAULT_AGENT_ID */.kv : undefined;
    return agents.length === 1 ? normalizedId(agents[0]?.id) : undefined;
}
const isExplicitOwnership = (config) => (0,engine_record/* isRecord */.u4)(config.agents) && config.agents.ownership === 'explicit';
/** `tryResolveRawLegacyDefaultAgentId`: exactly one `default: true` marker. */
function legacyDefaultAgentId(config) {
    if (isExplicitOwnership(config))
        return undefined;
    const marked = rosterAgents(config).filter((agent) => agent.isLegacyDefault);
    return marked.length === 1 ? normalizedId(marked[0]?.id) : undefined;
}
/**
 * `tryResolveLegacyCompatibilityAgentId`: with explicit ownership the recorded system agent (when
 * configured), else a legacy default marker or the sole agent. The loader's retained legacy owner
 * is keyed by the config object, and the policy command evaluates a copy, so it never applies.
 */
function compatibilityAgentId(config) {
    if (isExplicitOwnership(config)) {
        const defaults = (0,engine_record/* isRecord */.u4)(config.agents) ? config.agents.defaults : undefined;
        const systemAgent = (0,engine_record/* isRecord */.u4)(defaults) ? defaults.systemAgent : undefined;
        const recorded = (0,engine_record/* isRecord */.u4)(systemAgent) ? systemAgent.agentId : undefined;
        if (typeof recorded !== 'string' || recorded.trim() === '')
            return undefined;
        const agentId = (0,agent_id/* normalizeAgentId */.qq)(recorded);
        return configuredAgentIds(config).includes(agentId) ? agentId : undefined;
    }
    return legacyDefaultAgentId(config) ?? soleAgentId(config);
}
/** `resolveDefaultAgentId`: a legacy marker or the sole agent, else an error. */
function requiredDefaultAgentId(config, surface, hint) {
    const agentId = legacyDefaultAgentId(config) ?? soleAgentId(config);
    if (agentId !== undefined)
        return agentId;
    if (configuredAgentIds(config).length === 0)
        throw new RouteResolutionError('No agents configured. Run `openclaw onboard` or `openclaw agents add` first.');
    throw agentSelectionRequired(surface, hint);
}

;// CONCATENATED MODULE: ./lib/engine/families/routing/resolve-route.js
// OpenClaw 2026.9.6's route resolution (`resolveAgentRoute`, src/routing/resolve-route.ts and
// binding-scope.ts of the release), reduced to what a routing probe reports: the agent and how it
// was matched. Bindings of the probe's channel and account are tried tier by tier, most specific
// first; the first binding of a tier (in config order) whose scope fits wins.



const lowercaseTrimmed = (value) => (typeof value === 'string' ? value.trim().toLowerCase() : '');
/** `normalizeChatType`: `dm` is `direct`; unknown kinds are none. */
function chatType(value) {
    const kind = lowercaseTrimmed(value);
    if (kind === 'direct' || kind === 'dm')
        return 'direct';
    return kind === 'group' || kind === 'channel' ? kind : undefined;
}
/** `normalizeRouteBindingId`: strings trimmed, numbers written out, anything else empty. */
function bindingId(value) {
    if (typeof value === 'string')
        return value.trim();
    if (typeof value === 'number' || typeof value === 'bigint')
        return String(value).trim();
    return '';
}
const BLOCKED_KEYS = new Set(['__proto__', 'prototype', 'constructor']);
/** `normalizeAccountId`: like agent ids, with `default` for blank and unrepresentable ids. */
function normalizeAccountId(value) {
    const canonical = (0,agent_id/* normalizeAgentIdStrict */.RE)(value);
    return canonical === undefined || BLOCKED_KEYS.has(canonical) ? 'default' : canonical;
}
function peerConstraint(peer) {
    if (peer === undefined || peer === null || peer === false || peer === '' || peer === 0)
        return { state: 'none' };
    const record = (0,engine_record/* isRecord */.u4)(peer) ? peer : {};
    const kind = chatType(record.kind);
    const id = bindingId(record.id);
    if (kind === undefined || id === '')
        return { state: 'invalid' };
    return id === '*' ? { state: 'wildcard-kind', kind } : { state: 'valid', kind, id };
}
function bindingMatch(match) {
    return {
        accountPattern: typeof match.accountId === 'string' ? match.accountId.trim() : '',
        peer: peerConstraint(match.peer),
        guildId: bindingId(match.guildId) || undefined,
        teamId: bindingId(match.teamId) || undefined,
        roles: Array.isArray(match.roles) && match.roles.length > 0 ? match.roles : undefined,
    };
}
/**
 * The config's route bindings (not `type: "acp"`, valid peer), read once per config object: every
 * probe resolves against the same loaded config, which nothing mutates.
 */
const parsedBindings = new WeakMap();
function routeBindings(config) {
    let parsed = parsedBindings.get(config);
    if (parsed !== undefined)
        return parsed;
    parsed = [];
    for (const binding of Array.isArray(config.bindings) ? config.bindings : []) {
        if (!(0,engine_record/* isRecord */.u4)(binding) || binding.type === 'acp')
            continue;
        const rawMatch = (0,engine_record/* isRecord */.u4)(binding.match) ? binding.match : {};
        const match = bindingMatch(rawMatch);
        if (match.peer.state === 'invalid')
            continue;
        const account = match.accountPattern === '*' ? '*' : normalizeAccountId(match.accountPattern);
        parsed.push({ agentId: binding.agentId, match, channel: lowercaseTrimmed(rawMatch.channel), account });
    }
    parsedBindings.set(config, parsed);
    return parsed;
}
/** Route bindings (not `type: "acp"`) of a channel for an account: its own and `*`, config order. */
function bindingsFor(config, channel, accountId) {
    if (channel === '')
        return [];
    return routeBindings(config).filter((binding) => binding.channel === channel && (binding.account === '*' || binding.account === accountId));
}
/** `group` and `channel` peers are interchangeable. */
const sameChatKind = (a, b) => a === b || (a === 'group' && b === 'channel') || (a === 'channel' && b === 'group');
const peerKey = (kind, id) => `${kind === 'channel' ? 'group' : kind}:${id}`;
/** `matchesBindingScope`: peer constraints, then guild, team and roles (any role suffices). */
function scopeMatches(match, scope) {
    const { peer } = match;
    if (peer.state === 'valid' || peer.state === 'wildcard-kind') {
        if (scope.peer === undefined || !sameChatKind(peer.kind, scope.peer.kind))
            return false;
        if (peer.state === 'valid' && scope.peer.id !== peer.id)
            return false;
    }
    if (match.guildId !== undefined && match.guildId !== scope.guildId)
        return false;
    if (match.teamId !== undefined && match.teamId !== scope.teamId)
        return false;
    return match.roles === undefined || match.roles.some((role) => scope.memberRoleIds.has(role));
}
/** The tier a binding belongs to (`buildEvaluatedBindingsIndex`). */
function tierOf(match) {
    if (match.peer.state === 'valid')
        return 'peer';
    if (match.peer.state === 'wildcard-kind')
        return 'binding.peer.wildcard';
    if (match.guildId !== undefined)
        return match.roles === undefined ? 'binding.guild' : 'binding.guild+roles';
    if (match.teamId !== undefined)
        return 'binding.team';
    return match.accountPattern === '*' ? 'binding.channel' : 'binding.account';
}
function queryPeer(peer) {
    return peer === undefined ? undefined : { kind: chatType(peer.kind) ?? peer.kind, id: bindingId(peer.id) };
}
function resolveRoute(config, query) {
    const channel = lowercaseTrimmed(query.channel);
    const accountId = normalizeAccountId(query.accountId);
    const peer = queryPeer(query.peer);
    const parentPeer = queryPeer(query.parentPeer);
    const guildId = bindingId(query.guildId);
    const teamId = bindingId(query.teamId);
    const memberRoleIds = query.memberRoleIds ?? [];
    const scope = { peer, guildId, teamId, memberRoleIds: new Set(memberRoleIds) };
    const bindings = bindingsFor(config, channel, accountId);
    const inTier = (tier) => bindings.filter((binding) => tierOf(binding.match) === tier);
    const withPeerKey = (key) => inTier('peer').filter(({ match }) => match.peer.state === 'valid' && peerKey(match.peer.kind, match.peer.id) === key);
    const pick = (candidates, matchedBy, bindingScope = scope) => {
        const matched = candidates.find((binding) => scopeMatches(binding.match, bindingScope));
        return matched === undefined
            ? undefined
            : { agentId: existingAgentId(config, matched.agentId), matchedBy };
    };
    const route = (peer !== undefined ? pick(withPeerKey(peerKey(peer.kind, peer.id)), 'binding.peer') : undefined) ??
        (parentPeer !== undefined && parentPeer.id !== ''
            ? pick(withPeerKey(peerKey(parentPeer.kind, parentPeer.id)), 'binding.peer.parent', {
                ...scope,
                peer: parentPeer,
            })
            : undefined) ??
        (peer !== undefined ? pick(inTier('binding.peer.wildcard'), 'binding.peer.wildcard') : undefined) ??
        (guildId !== '' && memberRoleIds.length > 0
            ? pick(inTier('binding.guild+roles').filter((b) => b.match.guildId === guildId), 'binding.guild+roles')
            : undefined) ??
        (guildId !== ''
            ? pick(inTier('binding.guild').filter((b) => b.match.guildId === guildId), 'binding.guild')
            : undefined) ??
        (teamId !== ''
            ? pick(inTier('binding.team').filter((b) => b.match.teamId === teamId), 'binding.team')
            : undefined) ??
        pick(inTier('binding.account'), 'binding.account') ??
        pick(inTier('binding.channel'), 'binding.channel');
    if (route !== undefined)
        return route;
    const owner = compatibilityAgentId(config) ??
        requiredDefaultAgentId(config, `${channel} account ${accountId} routing`, `Add a channel-wide binding for ${channel}:${accountId}: ${JSON.stringify({
            agentId: '<agentId>',
            match: { channel, accountId },
        })}. Replace <agentId> with a configured agent, then restart the Gateway.`);
    return { agentId: existingAgentId(config, owner), matchedBy: 'default' };
}
const rosterSets = new WeakMap();
function rosterAgentIdSet(config) {
    let ids = rosterSets.get(config);
    if (ids === undefined) {
        ids = new Set(rosterAgentIds(config));
        rosterSets.set(config, ids);
    }
    return ids;
}
/** `pickFirstExistingAgentId`: the configured agent a binding names, `main`, or an error. */
function existingAgentId(config, agentId) {
    const trimmed = typeof agentId === 'string' ? agentId.trim() : '';
    if (trimmed === '') {
        return (0,agent_id/* normalizeAgentId */.qq)(compatibilityAgentId(config) ??
            requiredDefaultAgentId(config, 'agent lookup', 'Pass an explicit agent id instead of relying on an implicit route.'));
    }
    const configured = rosterAgentIdSet(config);
    const normalized = (0,agent_id/* normalizeAgentId */.qq)(trimmed);
    if (configured.has(normalized) || normalized === agent_id/* DEFAULT_AGENT_ID */.kv || configured.size === 0)
        return normalized;
    throw agentSelectionRequired('route binding', `Update the binding agentId "${trimmed}" to a configured agent.`);
}

;// CONCATENATED MODULE: ./lib/engine/families/routing.js
// The routing family of OpenClaw 2026.9.6 (SPEC-2026.9 §5.6, §7, §10.2): which configured route
// bindings exist, and where each policy probe lands under OpenClaw's own route resolution
// (`./routing/resolve-route.ts`). Scanned only for a routing section with a valid shape. A probe
// OpenClaw cannot resolve (several agents, no owner) throws `RouteResolutionError`, as the
// release does: the policy command then fails.












/** The routing section, when it is an object whose shape is valid. */
function validRoutingRules(policy, name) {
    if (!(0,policy_scope/* policyHasRoutingRules */.cl)(policy) || !(0,engine_record/* isRecord */.u4)(policy))
        return undefined;
    return (0,current_shape/* routingShapeFinding */.x7)(policy.routing, name) === undefined
        ? policy.routing
        : undefined;
}
function scanRouting(config, rules) {
    return {
        bindings: routing_routeBindings(config).map(({ index, channel }) => ({
            index,
            source: (0,oc_path/* configAddress */.vF)('bindings', `#${index}`),
            channel,
        })),
        probes: (rules.probes ?? []).map((probe, index) => {
            const result = resolveRoute(config, probe.route);
            return {
                id: probe.id,
                source: `oc://policy/routing/probes/#${index}`,
                agentId: result.agentId,
                matchedBy: result.matchedBy,
            };
        }),
    };
}
/** `listPolicyRouteBindings`: route bindings (not ACP) with a string agent id and channel. */
function routing_routeBindings(config) {
    if (!Array.isArray(config.bindings))
        return [];
    return config.bindings.flatMap((binding, index) => {
        if (!(0,engine_record/* isRecord */.u4)(binding) || binding.type === 'acp' || !(0,engine_record/* isRecord */.u4)(binding.match))
            return [];
        const channel = binding.match.channel;
        return typeof binding.agentId === 'string' && typeof channel === 'string' ? [{ index, channel }] : [];
    });
}
function routingFindings(policy, name, evidence) {
    const rules = validRoutingRules(policy, name);
    const routing = evidence.routing;
    if (rules === undefined || routing === undefined)
        return [];
    const common = { path: name.display };
    const location = (0,rule_location/* topLevelRules */.n7)(name, 'routing');
    const findings = [];
    if (rules.requireBindings === true && routing.bindings.length === 0) {
        findings.push((0,engine_findings/* finding */.gk)({
            checkId: 'policy/routing-bindings-required',
            message: 'Routing policy requires at least one channel route binding, but none are configured.',
            ...common,
            target: (0,oc_path/* configAddress */.vF)('bindings'),
            requirement: (0,rule_location/* requirementOf */.h2)(location, 'requireBindings'),
            fixHint: 'Add an intentional route binding or update the policy after review.',
        }));
    }
    if (rules.requireConfiguredChannels === true) {
        const configured = new Set((evidence.channels ?? []).map((channel) => channel.id.toLowerCase()));
        for (const binding of routing.bindings) {
            if (configured.has(binding.channel.toLowerCase()))
                continue;
            findings.push((0,engine_findings/* finding */.gk)({
                checkId: 'policy/routing-binding-channel-unconfigured',
                message: `Route binding ${binding.index} names unconfigured channel ${binding.channel}.`,
                ...common,
                target: binding.source,
                requirement: (0,rule_location/* requirementOf */.h2)(location, 'requireConfiguredChannels'),
                fixHint: `Configure channels.${binding.channel}, correct the binding channel, or update the policy after review.`,
            }));
        }
    }
    for (const probe of rules.probes ?? []) {
        const result = routing.probes.find((entry) => entry.id === probe.id);
        if (result === undefined)
            continue;
        const probeSegment = (0,policy_segment/* policySegment */.u)(probe.id);
        const target = `oc://policy/routing/probes/${probeSegment}/result`;
        const requirement = (0,rule_location/* requirementOf */.h2)(location, `probes/${probeSegment}/expect`);
        if ((0,agent_id/* normalizeAgentId */.qq)(result.agentId) !== (0,agent_id/* normalizeAgentId */.qq)(probe.expect.agentId)) {
            findings.push((0,engine_findings/* finding */.gk)({
                checkId: 'policy/routing-agent-mismatch',
                message: `Routing probe ${probe.id} resolved to agent ${result.agentId}, not ${probe.expect.agentId}.`,
                ...common,
                target,
                requirement,
                fixHint: 'Review the route bindings and expected destination before changing either one.',
            }));
        }
        if (probe.expect.matchedBy !== undefined && !probe.expect.matchedBy.includes(result.matchedBy)) {
            findings.push((0,engine_findings/* finding */.gk)({
                checkId: 'policy/routing-match-kind-mismatch',
                message: `Routing probe ${probe.id} matched by ${result.matchedBy}, which is not an expected match kind.`,
                ...common,
                target,
                requirement,
                fixHint: 'Restore the intended binding specificity or update the accepted match kinds after review.',
            }));
        }
    }
    return findings;
}
const routingFamily = {
    name: 'routing',
    evidence: [
        {
            key: 'routing',
            inEarlyReturns: false,
            collectedFor: ({ policy }) => validRoutingRules(policy, policy_family/* ANY_POLICY_NAME */.yV) !== undefined,
            collect: ({ config, policy }) => scanRouting(config, validRoutingRules(policy, policy_family/* ANY_POLICY_NAME */.yV) ?? {}),
        },
    ],
    findings: ({ policy, name, evidence }) => routingFindings(policy, name, evidence),
};

// EXTERNAL MODULE: ./lib/engine/families/sandbox/entries.js
var sandbox_entries = __webpack_require__(2383);
;// CONCATENATED MODULE: ./lib/engine/families/sandbox/bind-spec.js
// OpenClaw's sandbox bind spec split (`splitSandboxBindSpec` of host-paths, with Windows container
// paths allowed): `host:container[:options]`, a leading drive letter (`C:\`, `d:/`) not counted as
// a separator on either side.
function separatorIndex(spec) {
    return spec.indexOf(':', /^[A-Za-z]:[\\/]/.test(spec) ? 2 : 0);
}
/** undefined when the spec has no separator at all. */
function splitBindSpec(spec) {
    const separator = separatorIndex(spec);
    if (separator === -1)
        return undefined;
    const host = spec.slice(0, separator);
    const rest = spec.slice(separator + 1);
    const optionsStart = separatorIndex(rest);
    if (optionsStart === -1)
        return { host, container: rest, options: '' };
    return { host, container: rest.slice(0, optionsStart), options: rest.slice(optionsStart + 1) };
}
/** `ro` when one of the comma-separated options is `ro` (any case, spaces ignored). */
function bindModeOf(spec) {
    const options = spec?.options.split(',') ?? [];
    return options.some((option) => option.trim().toLowerCase() === 'ro') ? 'ro' : 'rw';
}

;// CONCATENATED MODULE: ./lib/engine/families/sandbox/entry-builders.js
// Builders of sandboxPosture entries shared by the container and browser scanners
// (`pushSandboxPostureValue`, `pushSandboxBindPosture`; SPEC-2026.9 §7.6).




const DEFAULT_SANDBOX = `${config_values/* AGENT_DEFAULTS_SOURCE */.fc}/sandbox`;
/** The agent's own docker settings (none under a shared scope) and the inherited ones. */
function dockerLayers(subject) {
    const local = subject.sharedScope ? {} : (0,engine_record/* recordOrEmpty */.ir)(subject.sandbox.docker);
    return [local, (0,engine_record/* recordOrEmpty */.ir)(subject.inheritedSandbox.docker)];
}
function sourceOf(subject, inherited, suffix) {
    return `${inherited ? DEFAULT_SANDBOX : subject.sourceBase}/${suffix}`;
}
/** `pushSandboxPostureValue`: the id is the suffix with `/` → `-`. */
function sandboxValue(subject, suffix, kind, layer, networkSurface) {
    return {
        id: `${subject.id}-${suffix.replaceAll('/', '-')}`,
        kind,
        source: sourceOf(subject, layer.inherited, suffix),
        scope: subject.scope,
        ...(0,evidence_entries/* agentIdField */.d)(subject.agentId),
        value: layer.value,
        ...(networkSurface === undefined ? {} : { networkSurface }),
        explicit: layer.explicit,
    };
}
/** The inherited binds, then the agent's own; ids count across both, sources within each list. */
function bindMounts(subject, binds) {
    return [...binds.inherited, ...binds.local].map((bind, index) => {
        const inherited = index < binds.inherited.length;
        const position = inherited ? index : index - binds.inherited.length;
        const spec = splitBindSpec(bind);
        return {
            id: `${subject.id}-${binds.surface}-bind-${index}`,
            kind: 'containerMount',
            source: sourceOf(subject, inherited, `${binds.sourceSuffix}/#${position}`),
            scope: subject.scope,
            ...(0,evidence_entries/* agentIdField */.d)(subject.agentId),
            bind,
            bindHost: spec?.host,
            bindMode: bindModeOf(spec),
            bindSurface: binds.surface,
            explicit: true,
        };
    });
}

;// CONCATENATED MODULE: ./lib/engine/families/sandbox/browser-evidence.js
// The sandbox browser part of the sandboxPosture evidence (SPEC-2026.9 §7.6): a disabled browser
// is one `value: false` entry (only when `enabled` is set somewhere); an enabled one reports its
// CDP source range, its network and its bind mounts.





const DEFAULT_BROWSER_NETWORK = 'openclaw-sandbox-browser';
function browserPosture(subject, effectiveBackend) {
    const local = subject.sharedScope ? {} : (0,engine_record/* recordOrEmpty */.ir)(subject.sandbox.browser);
    const inherited = (0,engine_record/* recordOrEmpty */.ir)(subject.inheritedSandbox.browser);
    const localEnabled = (0,config_values/* booleanValue */.eC)(local.enabled);
    const inheritedEnabled = (0,config_values/* booleanValue */.eC)(inherited.enabled);
    if (!(localEnabled ?? inheritedEnabled ?? false)) {
        if (localEnabled === undefined && inheritedEnabled === undefined)
            return [];
        return [disabledBrowser(subject, localEnabled === undefined)];
    }
    const network = (0,config_values/* layeredValue */.CK)((0,config_values/* trimmedString */.So)(local.network), (0,config_values/* trimmedString */.So)(inherited.network), DEFAULT_BROWSER_NETWORK);
    return [
        cdpSourceRange(subject, local, inherited),
        sandboxValue(subject, 'browser/network', 'containerNetwork', network, 'browser'),
        ...browserMounts(subject, local, inherited, effectiveBackend),
    ];
}
function rangeEntry(subject, source, value) {
    return {
        id: `${subject.id}-browser-cdp-source-range`,
        kind: 'browserCdpSourceRange',
        source,
        scope: subject.scope,
        ...(0,evidence_entries/* agentIdField */.d)(subject.agentId),
        ...(value === undefined ? {} : { value }),
        explicit: value !== undefined,
    };
}
function disabledBrowser(subject, inherited) {
    return rangeEntry(subject, sourceOf(subject, inherited, 'browser/enabled'), false);
}
/** An agent's own `cdpSourceRange` key wins even when blank (the range is then absent). */
function cdpSourceRange(subject, local, inherited) {
    const hasLocalRange = Object.hasOwn(local, 'cdpSourceRange');
    const inheritedRange = (0,config_values/* trimmedString */.So)(inherited.cdpSourceRange);
    const usesInherited = !hasLocalRange && inheritedRange !== undefined;
    const value = hasLocalRange ? (0,config_values/* trimmedString */.So)(local.cdpSourceRange) : inheritedRange;
    return rangeEntry(subject, sourceOf(subject, usesInherited, 'browser/cdpSourceRange'), value);
}
/**
 * The browser's own binds when either layer sets `binds`; otherwise, for a backend whose docker
 * posture is not scanned, the docker binds (reported with the browser surface).
 */
function browserMounts(subject, local, inherited, effectiveBackend) {
    if (inherited.binds !== undefined || local.binds !== undefined) {
        return bindMounts(subject, {
            inherited: (0,config_values/* nonBlankStrings */.q)(inherited.binds),
            local: (0,config_values/* nonBlankStrings */.q)(local.binds),
            sourceSuffix: 'browser/binds',
            surface: 'browser',
        });
    }
    if ((0,sandbox_entries/* isObservableContainerBackend */.t)(effectiveBackend))
        return [];
    const [localDocker, inheritedDocker] = dockerLayers(subject);
    return bindMounts(subject, {
        inherited: (0,config_values/* nonBlankStrings */.q)(inheritedDocker.binds),
        local: (0,config_values/* nonBlankStrings */.q)(localDocker.binds),
        sourceSuffix: 'docker/binds',
        surface: 'browser',
    });
}

;// CONCATENATED MODULE: ./lib/engine/families/sandbox/evidence.js
// The sandboxPosture evidence of OpenClaw 2026.9.6 (`scanPolicySandboxPosture`, SPEC-2026.9 §7.6):
// `agents.defaults.sandbox`, then each configured agent's sandbox layered over it.







function scanSandboxPosture(config) {
    const defaultSandbox = (0,engine_record/* recordOrEmpty */.ir)((0,engine_record/* recordOrEmpty */.ir)((0,engine_record/* recordOrEmpty */.ir)(config.agents).defaults).sandbox);
    const subjects = [
        {
            id: 'agents-defaults',
            scope: 'defaults',
            sandbox: defaultSandbox,
            inheritedSandbox: {},
            sharedScope: false,
            sourceBase: DEFAULT_SANDBOX,
        },
    ];
    for (const agent of (0,configured_agents/* configuredAgentSettings */.V)(config)) {
        const sandbox = (0,engine_record/* recordOrEmpty */.ir)(agent.value.sandbox);
        subjects.push({
            id: agent.agentId,
            scope: 'agent',
            agentId: agent.agentId,
            sandbox,
            inheritedSandbox: defaultSandbox,
            sharedScope: sandboxScopeIsShared(sandbox, defaultSandbox),
            sourceBase: `${agent.sourceBase}/sandbox`,
        });
    }
    return (0,evidence_entries/* sortedBySourceThenId */.g)(subjects.flatMap(evidence_subjectEntries));
}
/** `scope: "shared"`, or (no scope set) `perSession: false`, the agent's own setting first. */
function sandboxScopeIsShared(sandbox, inherited) {
    const scope = (0,config_values/* trimmedString */.So)(sandbox.scope) ?? (0,config_values/* trimmedString */.So)(inherited.scope);
    if (scope !== undefined)
        return scope === 'shared';
    return ((0,config_values/* booleanValue */.eC)(sandbox.perSession) ?? (0,config_values/* booleanValue */.eC)(inherited.perSession)) === false;
}
function evidence_subjectEntries(subject) {
    const { sandbox, inheritedSandbox } = subject;
    const mode = (0,config_values/* layeredValue */.CK)((0,config_values/* trimmedString */.So)(sandbox.mode), (0,config_values/* trimmedString */.So)(inheritedSandbox.mode), 'off');
    const backend = (0,config_values/* layeredValue */.CK)((0,config_values/* trimmedString */.So)(sandbox.backend), (0,config_values/* trimmedString */.So)(inheritedSandbox.backend), 'docker');
    const effectiveBackend = backend.value.toLowerCase();
    return [
        sandboxValue(subject, 'mode', 'mode', mode),
        sandboxValue(subject, 'backend', 'backend', { ...backend, value: effectiveBackend }),
        ...((0,sandbox_entries/* isObservableContainerBackend */.t)(effectiveBackend) ? dockerPosture(subject) : []),
        ...browserPosture(subject, effectiveBackend),
    ];
}
function dockerPosture(subject) {
    const [local, inherited] = dockerLayers(subject);
    const network = (0,config_values/* layeredValue */.CK)((0,config_values/* trimmedString */.So)(local.network), (0,config_values/* trimmedString */.So)(inherited.network), 'none');
    return [
        sandboxValue(subject, 'docker/network', 'containerNetwork', network, 'docker'),
        securityProfile(subject, local, inherited, 'seccomp'),
        securityProfile(subject, local, inherited, 'apparmor'),
        ...bindMounts(subject, {
            inherited: (0,config_values/* nonBlankStrings */.q)(inherited.binds),
            local: (0,config_values/* nonBlankStrings */.q)(local.binds),
            sourceSuffix: 'docker/binds',
            surface: 'docker',
        }),
    ];
}
function securityProfile(subject, local, inherited, profile) {
    const key = profile === 'apparmor' ? 'apparmorProfile' : 'seccompProfile';
    const localValue = (0,config_values/* trimmedString */.So)(local[key]);
    const inheritedValue = (0,config_values/* trimmedString */.So)(inherited[key]);
    const value = localValue ?? inheritedValue;
    return {
        id: `${subject.id}-docker-${profile}-profile`,
        kind: 'containerSecurityProfile',
        source: sourceOf(subject, localValue === undefined && inheritedValue !== undefined, `docker/${key}`),
        scope: subject.scope,
        ...(0,evidence_entries/* agentIdField */.d)(subject.agentId),
        profile,
        ...(value === undefined ? {} : { value }),
        explicit: value !== undefined,
    };
}

;// CONCATENATED MODULE: ./lib/engine/families/sandbox/container-findings.js




/** The container rules and what a backend that cannot observe them reports. */
const CONTAINER_RULES = [
    { key: 'denyHostNetwork', posture: 'host network posture' },
    { key: 'denyContainerNamespaceJoin', posture: 'container namespace posture' },
    { key: 'requireReadOnlyMounts', posture: 'container mount mode posture' },
    { key: 'denyContainerRuntimeSocketMounts', posture: 'container runtime socket mount posture' },
    { key: 'denyUnconfinedProfiles', posture: 'container security profile posture' },
];
const containerRuleOn = (key) => (rules) => policyBoolean(rules, ['containers', key]) === true;
const isNetwork = (entry) => entry.kind === 'containerNetwork';
const isMount = (entry) => entry.kind === 'containerMount';
const CONTAINER_NETWORK_FIX = 'Change the container network mode or update policy after review.';
const HOST_NETWORK = {
    enabled: containerRuleOn('denyHostNetwork'),
    rule: 'containers/denyHostNetwork',
    checkId: 'policy/sandbox-container-host-network-denied',
    flags: (entry) => isNetwork(entry) && entry.value.toLowerCase() === 'host',
    message: (entry) => `${(0,sandbox_entries/* sandboxLabel */.m)(entry)} uses host container network mode.`,
    fixHint: CONTAINER_NETWORK_FIX,
};
const NAMESPACE_JOIN = {
    enabled: containerRuleOn('denyContainerNamespaceJoin'),
    rule: 'containers/denyContainerNamespaceJoin',
    checkId: 'policy/sandbox-container-namespace-join-denied',
    flags: (entry) => isNetwork(entry) && entry.value.toLowerCase().startsWith('container:'),
    message: (entry) => `${(0,sandbox_entries/* sandboxLabel */.m)(entry)} joins another container network namespace '${entry.value}'.`,
    fixHint: CONTAINER_NETWORK_FIX,
};
const MOUNT_MODE = {
    enabled: containerRuleOn('requireReadOnlyMounts'),
    rule: 'containers/requireReadOnlyMounts',
    checkId: 'policy/sandbox-container-mount-mode-required',
    flags: (entry) => isMount(entry) && entry.bindMode !== 'ro',
    message: (entry) => `${(0,sandbox_entries/* sandboxLabel */.m)(entry)} has container mount '${entry.bind}' with mode '${entry.bindMode}'.`,
    fixHint: 'Set the mount mode to read-only or update policy after review.',
};
const RUNTIME_SOCKET = {
    enabled: containerRuleOn('denyContainerRuntimeSocketMounts'),
    rule: 'containers/denyContainerRuntimeSocketMounts',
    checkId: 'policy/sandbox-container-runtime-socket-mount',
    flags: (entry) => isMount(entry) && isContainerRuntimeSocket(entry.bindHost),
    message: (entry) => `${(0,sandbox_entries/* sandboxLabel */.m)(entry)} binds host container runtime socket '${entry.bindHost ?? ''}'.`,
    fixHint: 'Remove the container runtime socket bind or update policy after review.',
};
const UNCONFINED_PROFILE = {
    enabled: containerRuleOn('denyUnconfinedProfiles'),
    rule: 'containers/denyUnconfinedProfiles',
    checkId: 'policy/sandbox-container-unconfined-profile',
    flags: (entry) => entry.kind === 'containerSecurityProfile' && entry.value?.toLowerCase() === 'unconfined',
    message: (entry) => `${(0,sandbox_entries/* sandboxLabel */.m)(entry)} sets container ${entry.profile} profile to unconfined.`,
    fixHint: 'Remove the unconfined container profile or update policy after review.',
};
const CDP_SOURCE_RANGE = {
    enabled: (rules) => policyBoolean(rules, ['browser', 'requireCdpSourceRange']) === true,
    rule: 'browser/requireCdpSourceRange',
    checkId: 'policy/sandbox-browser-cdp-source-range-missing',
    flags: (entry) => entry.kind === 'browserCdpSourceRange' && entry.value === undefined,
    message: (entry) => `${(0,sandbox_entries/* sandboxLabel */.m)(entry)} enables sandbox browser without cdpSourceRange.`,
    fixHint: 'Set agents.*.sandbox.browser.cdpSourceRange or update policy after review.',
};
function containerFindings(rules, location, entries) {
    return [
        ...unobservableFindings(rules, location, entries),
        ...entryRuleFindings(HOST_NETWORK, rules, location, entries),
        ...entryRuleFindings(NAMESPACE_JOIN, rules, location, entries),
        ...entryRuleFindings(MOUNT_MODE, rules, location, entries),
        ...entryRuleFindings(RUNTIME_SOCKET, rules, location, entries),
        ...entryRuleFindings(UNCONFINED_PROFILE, rules, location, entries),
        ...entryRuleFindings(CDP_SOURCE_RANGE, rules, location, entries),
    ];
}
function entryRuleFindings(rule, rules, location, entries) {
    if (!rule.enabled(rules))
        return [];
    return entries.filter(rule.flags).map((entry) => policyEvidenceFinding(entry.source, {
        checkId: rule.checkId,
        message: rule.message(entry),
        requirement: (0,rule_location/* requirementOf */.h2)(location, rule.rule),
        fixHint: rule.fixHint,
    }));
}
/** Each enabled container rule, for each backend entry that is not docker or podman. */
function unobservableFindings(rules, location, entries) {
    const enabled = CONTAINER_RULES.filter((rule) => containerRuleOn(rule.key)(rules));
    if (enabled.length === 0)
        return [];
    return entries
        .filter((entry) => entry.kind === 'backend')
        .filter((entry) => !(0,sandbox_entries/* isObservableContainerBackend */.t)(entry.value))
        .flatMap((entry) => enabled.map((rule) => policyEvidenceFinding(entry.source, {
        checkId: 'policy/sandbox-container-posture-unobservable',
        message: `${(0,sandbox_entries/* sandboxLabel */.m)(entry)} uses sandbox backend '${entry.value}', which cannot observe ${rule.posture}.`,
        requirement: (0,rule_location/* requirementOf */.h2)(location, `containers/${rule.key}`),
        fixHint: 'Use an observable container backend for this sandbox or remove the container posture rule.',
    })));
}
const RUNTIME_SOCKET_NAMES = new Set(['containerd.sock', 'docker.sock', 'podman.sock']);
const RUNTIME_SOCKET_PATHS = new Set([
    '/run/containerd/containerd.sock',
    '/run/docker.sock',
    '/run/podman/podman.sock',
    '/var/run/docker.sock',
    '/var/run/podman/podman.sock',
]);
/** A well-known runtime socket path, or any path ending in a runtime socket's file name. */
function isContainerRuntimeSocket(host) {
    if (host === undefined)
        return false;
    const normalized = host.replaceAll('\\', '/').toLowerCase();
    return RUNTIME_SOCKET_PATHS.has(normalized) || RUNTIME_SOCKET_NAMES.has(normalized.split('/').at(-1) ?? '');
}

// EXTERNAL MODULE: ./lib/engine/families/sandbox/scoped-entries.js
var scoped_entries = __webpack_require__(518);
;// CONCATENATED MODULE: ./lib/engine/families/sandbox/findings.js









function sandboxPostureFindings({ policy, name, evidence }) {
    const entries = (evidence.sandboxPosture ?? []);
    return topLevelThenScopedFindings(policy, name, {
        path: ['sandbox'],
        shapeFinding: current_shape/* sandboxPostureShapeFinding */.K$,
        requireValidScopes: true,
        scopeTargets: policy_scope/* agentScopeTargets */.C2,
        entries,
        scopedEntries: (target) => (0,scoped_entries/* scopedSandboxEntries */.S)(entries, target.agentId),
        ruleFindings: sandboxRuleFindings,
    });
}
function sandboxRuleFindings(rules, location, entries) {
    return [
        ...allowedValueFindings(rules, location, entries, 'mode'),
        ...allowedValueFindings(rules, location, entries, 'backend'),
        ...containerFindings(rules, location, entries),
    ];
}
const ALLOWED_VALUE_RULES = {
    mode: {
        rule: 'requireMode',
        checkId: 'policy/sandbox-mode-unapproved',
        setting: 'sandbox mode',
        fixHint: 'Set agents.defaults.sandbox.mode or agents.entries.<id>.sandbox.mode to an approved value.',
    },
    backend: {
        rule: 'allowBackends',
        checkId: 'policy/sandbox-backend-unapproved',
        setting: 'sandbox backend',
        fixHint: 'Use an approved sandbox backend or update policy after review.',
    },
};
/** The mode or backend must be in the policy list (compared lowercased). */
function allowedValueFindings(rules, location, entries, kind) {
    const rule = ALLOWED_VALUE_RULES[kind];
    const allowed = new Set(lowercasedPolicyList(rules, [rule.rule]));
    if (allowed.size === 0)
        return [];
    return entries
        .filter((entry) => entry.kind === kind)
        .filter((entry) => !allowed.has(entry.value.toLowerCase()))
        .map((entry) => policyEvidenceFinding(entry.source, {
        checkId: rule.checkId,
        message: `${(0,sandbox_entries/* sandboxLabel */.m)(entry)} uses unapproved ${rule.setting} '${entry.value}'.`,
        requirement: (0,rule_location/* requirementOf */.h2)(location, rule.rule),
        fixHint: rule.fixHint,
    }));
}

;// CONCATENATED MODULE: ./lib/engine/families/sandbox.js
// The sandboxPosture family of OpenClaw 2026.9.6 (SPEC-2026.9 §5.11, §7.6, §10.2): evidence in
// `sandbox/evidence.ts`, findings in `sandbox/findings.ts`.




const sandboxFamily = {
    name: 'sandboxPosture',
    evidence: [(0,policy_family/* collectedWhen */.Wq)('sandboxPosture', policy_scope/* policyHasSandboxPostureRules */.lD, scanSandboxPosture)],
    findings: sandboxPostureFindings,
};

;// CONCATENATED MODULE: ./lib/engine/families/secrets/auth-profiles.js
// Auth profiles of OpenClaw 2026.9.6 (SPEC-2026.9 §5.13, §7 `authProfiles`, §10.2): the
// provider/mode metadata of `auth.profiles.<id>`, and the two checks on it.






const AUTH_PROFILE_MODES = ['api_key', 'aws-sdk', 'oauth', 'token'];
const AUTH_PROFILE_METADATA = ['provider', 'mode'];
const hasProvider = (provider) => typeof provider === 'string' && provider.trim() !== '';
const isAuthProfileMode = (mode) => AUTH_PROFILE_MODES.includes(mode);
function scanAuthProfiles(config) {
    const profiles = (0,engine_record/* recordOrEmpty */.ir)((0,engine_record/* recordOrEmpty */.ir)(config.auth).profiles);
    return (0,canonical_json/* sortByKey */.r6)(Object.entries(profiles), ([id]) => id).map(([id, value]) => {
        const entry = {
            id,
            source: (0,oc_path/* configAddress */.vF)('auth', 'profiles', (0,oc_path/* ocSegment */.WC)(id)),
            validMetadata: (0,engine_record/* isRecord */.u4)(value) && hasProvider(value.provider) && isAuthProfileMode(value.mode),
        };
        if ((0,engine_record/* isRecord */.u4)(value)) {
            if (typeof value.provider === 'string')
                entry.provider = value.provider;
            if (typeof value.mode === 'string')
                entry.mode = value.mode;
        }
        return entry;
    });
}
/** `auth.profiles.requireMetadata` and `auth.profiles.allowModes` over the profiles. */
function authProfileFindings(policy, name, profiles) {
    if (!(0,engine_record/* isRecord */.u4)(policy))
        return [];
    const location = (0,rule_location/* topLevelRules */.n7)(name, 'auth/profiles');
    return [
        ...missingMetadataFindings(policy, location, profiles),
        ...unapprovedModeFindings(policy, location, profiles),
    ];
}
function missingMetadataFindings(policy, location, profiles) {
    const required = new Set(lowercasedPolicyList(policy, ['auth', 'profiles', 'requireMetadata']).filter((entry) => AUTH_PROFILE_METADATA.includes(entry)));
    if (required.size === 0)
        return [];
    return profiles.flatMap((profile) => {
        const missing = [...required].filter((metadata) => metadata === 'provider' ? !hasProvider(profile.provider) : !isAuthProfileMode(profile.mode));
        if (missing.length === 0)
            return [];
        return [
            policyEvidenceFinding(profile.source, {
                checkId: 'policy/auth-profile-invalid-metadata',
                message: `Auth profile '${profile.id}' is missing required metadata: ${missing.join(', ')}.`,
                requirement: (0,rule_location/* requirementOf */.h2)(location, 'requireMetadata'),
                fixHint: 'Set auth.profiles.<id>.provider and a supported auth profile mode.',
            }),
        ];
    });
}
function unapprovedModeFindings(policy, location, profiles) {
    const allowed = new Set(lowercasedPolicyList(policy, ['auth', 'profiles', 'allowModes']));
    if (allowed.size === 0)
        return [];
    return profiles
        .filter((profile) => profile.mode !== undefined && !allowed.has(profile.mode))
        .map((profile) => policyEvidenceFinding(profile.source, {
        checkId: 'policy/auth-profile-unapproved-mode',
        message: `Auth profile '${profile.id}' uses mode '${String(profile.mode)}' outside the policy allowlist.`,
        requirement: (0,rule_location/* requirementOf */.h2)(location, 'allowModes'),
        fixHint: 'Change the auth profile mode or update policy after review.',
    }));
}

;// CONCATENATED MODULE: ./lib/engine/families/secrets/secret-input-paths.js
// Which config paths hold secret inputs (`isSecretInputPath` of the release, SPEC-2026.9 §7.7):
// credential-like keys anywhere, plus the header, auth and TLS values of configured provider
// requests. A path is the list of keys from the config root, array items written `#<index>`.
/** Pattern segments: `*` any non-empty key, `#` any array item (`#<index>`), else the key itself. */
function matchesPrefix(path, pattern) {
    if (path.length < pattern.length)
        return false;
    return pattern.every((segment, index) => {
        const key = path[index];
        if (segment === '*')
            return key !== '';
        if (segment === '#')
            return key.startsWith('#');
        return key === segment;
    });
}
const matches = (path, pattern) => path.length === pattern.length && matchesPrefix(path, pattern);
const ACPX_MCP_SERVER_ENV = ['plugins', 'entries', 'acpx', 'config', 'mcpServers', '*', 'env', '*'];
const HEADER_MAPS = [
    ['models', 'providers', '*', 'headers', '*'],
    ['memory', 'search', 'remote', 'headers', '*'],
    ['agents', 'entries', '*', 'memory', 'search', 'remote', 'headers', '*'],
    ['agents', 'list', '#', 'memory', 'search', 'remote', 'headers', '*'],
    ['diagnostics', 'otel', 'headers', '*'],
];
/** Owners of a `request` block (headers, auth, TLS) whose values are secret inputs. */
const PROVIDER_REQUEST_OWNERS = [
    ['models', 'providers', '*'],
    ['tools', 'media', 'models', '#'],
    ['tools', 'media', 'audio'],
    ['tools', 'media', 'image'],
    ['tools', 'media', 'video'],
];
const EXACT_SECRET_KEYS = new Set([
    'apikey',
    'keyref',
    'token',
    'tokenref',
    'password',
    'secret',
    'encryptkey',
    'webhooksecret',
    'serviceaccount',
    'serviceaccountref',
    'privatekey',
    'certificate',
    'certificatedata',
    'identitydata',
    'knownhosts',
    'knownhostsdata',
]);
const SECRET_KEY_SUFFIXES = ['apikey', 'token', 'secret', 'password'];
/** Credential-like key names, case-insensitive. */
function isSecretInputKey(key) {
    const normalized = key.toLowerCase();
    return (EXACT_SECRET_KEYS.has(normalized) || SECRET_KEY_SUFFIXES.some((suffix) => normalized.endsWith(suffix)));
}
const TLS_SECRET_KEYS = new Set(['ca', 'cert', 'key', 'passphrase']);
const AUTH_SECRET_KEYS = new Set(['token', 'value']);
/** `<owner>/request/{headers/<h> | auth/<token|value> | tls/<k> | proxy/tls/<k>}`. */
function isProviderRequestSecretPath(path, owner) {
    if (path.length < owner.length + 3 || !matchesPrefix(path, owner))
        return false;
    if (path[owner.length] !== 'request')
        return false;
    const [first, second, third] = path.slice(owner.length + 1);
    const rest = path.length - owner.length - 1;
    if (rest === 2) {
        if (first === 'headers')
            return true;
        if (first === 'auth')
            return AUTH_SECRET_KEYS.has(second);
        if (first === 'tls')
            return TLS_SECRET_KEYS.has(second);
        return false;
    }
    return rest === 3 && first === 'proxy' && second === 'tls' && TLS_SECRET_KEYS.has(third);
}
function isSecretInputPath(path) {
    const key = path.at(-1);
    if (key === undefined)
        return false;
    if (matches(path, ACPX_MCP_SERVER_ENV))
        return true;
    // Other `env` maps hold raw environment values, whatever their names.
    if (path.length >= 2 && path.at(-2) === 'env')
        return false;
    if (isSecretInputKey(key))
        return true;
    return (HEADER_MAPS.some((pattern) => matches(path, pattern)) ||
        PROVIDER_REQUEST_OWNERS.some((owner) => isProviderRequestSecretPath(path, owner)));
}

;// CONCATENATED MODULE: ./lib/engine/families/secrets/secret-refs.js
// OpenClaw's SecretRef coercion (`coerceSecretRef`, src/config/types.secrets.ts and
// src/secrets/ref-contract.ts of the release): which config values point at a secret provider
// instead of holding the secret, and which provider they name.

const SOURCES = ['env', 'file', 'exec', 'store'];
const DEFAULT_PROVIDER = 'default';
const ENV_TEMPLATE = /^\$\{([A-Z][A-Z0-9_]{0,127})\}$/;
const ENV_SHORTHAND = /^\$([A-Z][A-Z0-9_]{0,127})$/;
const isSource = (value) => SOURCES.includes(value);
const isNonBlank = (value) => typeof value === 'string' && value.trim() !== '';
/** `secretRefDefaults`: undefined unless `secrets.defaults` is an object. */
function secretRefDefaults(value) {
    if (!(0,engine_record/* isRecord */.u4)(value))
        return undefined;
    const defaults = {};
    for (const source of SOURCES) {
        const provider = value[source];
        if (typeof provider === 'string')
            defaults[source] = provider;
    }
    return defaults;
}
/**
 * The ref a value stands for, or undefined: a canonical ref (exactly `source`, `provider`, `id`),
 * a legacy ref without a provider (other keys allowed; the provider comes from the defaults), or
 * an env template `${NAME}` / `$NAME` (provider: the env default, else `default`).
 */
function coerceSecretRef(value, defaults) {
    if ((0,engine_record/* isRecord */.u4)(value)) {
        if (Object.keys(value).length === 3 &&
            isSource(value.source) &&
            isNonBlank(value.provider) &&
            isNonBlank(value.id))
            return { source: value.source, provider: value.provider, id: value.id };
        if (isSource(value.source) && isNonBlank(value.id) && value.provider === undefined)
            return { source: value.source, provider: defaults?.[value.source] ?? DEFAULT_PROVIDER, id: value.id };
        return undefined;
    }
    if (typeof value !== 'string')
        return undefined;
    const trimmed = value.trim();
    const name = (ENV_TEMPLATE.exec(trimmed) ?? ENV_SHORTHAND.exec(trimmed))?.[1];
    if (name === undefined)
        return undefined;
    const provider = (defaults?.env ?? DEFAULT_PROVIDER).trim() || DEFAULT_PROVIDER;
    return { source: 'env', provider, id: name };
}

;// CONCATENATED MODULE: ./lib/engine/families/secrets/scan.js
// The secrets evidence of OpenClaw 2026.9.6 (`scanPolicySecrets`, SPEC-2026.9 §7.7): the declared
// secret providers, then every SecretRef found by walking the whole config, sorted by source.





function scanSecrets(config) {
    const secrets = (0,engine_record/* recordOrEmpty */.ir)(config.secrets);
    const entries = [...secretProviders(secrets)];
    collectSecretInputs(entries, config, [], secretRefDefaults(secrets.defaults));
    return (0,canonical_json/* sortByKey */.r6)(entries, (entry) => entry.source);
}
function secretProviders(secrets) {
    return Object.entries((0,engine_record/* recordOrEmpty */.ir)(secrets.providers)).map(([id, value]) => {
        const entry = {
            id,
            kind: 'provider',
            source: (0,oc_path/* configAddress */.vF)('secrets', 'providers', (0,oc_path/* ocSegment */.WC)(id)),
        };
        if ((0,engine_record/* isRecord */.u4)(value) && typeof value.source === 'string')
            entry.providerSource = value.source;
        return entry;
    });
}
/** Depth first, in key order; a value that is a SecretRef at a secret-input path is not entered. */
function collectSecretInputs(entries, value, path, defaults) {
    if (Array.isArray(value)) {
        value.forEach((item, index) => collectSecretInputs(entries, item, [...path, `#${index}`], defaults));
        return;
    }
    if (!(0,engine_record/* isRecord */.u4)(value))
        return;
    for (const [key, child] of Object.entries(value)) {
        const childPath = [...path, key];
        const ref = isSecretInputPath(childPath) ? coerceSecretRef(child, defaults) : undefined;
        if (ref === undefined) {
            collectSecretInputs(entries, child, childPath, defaults);
            continue;
        }
        const source = (0,oc_path/* configAddress */.vF)(...childPath.map(oc_path/* ocSegment */.WC));
        entries.push({
            id: source,
            kind: 'input',
            source,
            provenance: 'secretRef',
            refSource: ref.source,
            refProvider: ref.provider,
        });
    }
}

;// CONCATENATED MODULE: ./lib/engine/families/secrets.js
// The secrets and auth-profile families of OpenClaw 2026.9.6 (SPEC-2026.9 §5.13, §7.7, §10.2):
// where config credentials come from (SecretRefs and their providers) and the metadata of auth
// profiles. One findings block holds both, as in the release (§4 step 12.13); the
// `auth.profiles.requireMetadata` shape finding comes later, as its own block (step 12.15).











const secretsFamily = {
    name: 'secrets',
    evidence: [
        (0,policy_family/* collectedWhen */.Wq)('secrets', policy_scope/* policyHasSecretRules */.Yx, scanSecrets),
        (0,policy_family/* collectedWhen */.Wq)('authProfiles', policy_scope/* policyHasAuthProfileRules */.n4, scanAuthProfiles),
    ],
    /** Secrets shape-or-findings, then auth-profile allowModes shape-or-findings (§4 step 12.13). */
    findings: ({ policy, name, evidence }) => {
        const secretsShape = (0,current_shape/* secretsShapeFindings */.xY)(policy, name);
        const authShape = (0,current_shape/* authAllowModesShapeFindings */.lh)(policy, name);
        const profiles = evidence.authProfiles ?? [];
        return [
            ...(secretsShape.length > 0 ? secretsShape : secretFindings(policy, name, evidence)),
            ...(authShape.length > 0 ? authShape : authProfileFindings(policy, name, profiles)),
        ];
    },
};
/** §4 step 12.15: the `auth.profiles.requireMetadata` shape finding. */
const authMetadataRequirementBlock = ({ policy, name }) => (0,current_shape/* authRequireMetadataShapeFindings */.Wr)(policy, name);
function secretFindings(policy, name, evidence) {
    if (!(0,engine_record/* isRecord */.u4)(policy))
        return [];
    const entries = evidence.secrets ?? [];
    const requirement = (rule) => (0,rule_location/* requirementOf */.h2)((0,rule_location/* topLevelRules */.n7)(name, 'secrets'), rule);
    return [
        ...unmanagedProviderFindings(policy, entries, requirement('requireManagedProviders')),
        ...deniedSourceFindings(policy, entries, requirement('denySources')),
        ...insecureProviderFindings(policy, entries, requirement('allowInsecureProviders')),
    ];
}
/** Every SecretRef must name a declared provider of the same source. */
function unmanagedProviderFindings(policy, entries, requirement) {
    if ((0,engine_record/* valueAtPath */.WS)(policy, ['secrets', 'requireManagedProviders']) !== true)
        return [];
    const declared = new Set(entries.flatMap((entry) => entry.kind === 'provider' && entry.providerSource !== undefined
        ? [`${entry.providerSource}:${entry.id}`]
        : []));
    return entries.flatMap((entry) => entry.kind === 'input' && !declared.has(`${entry.refSource}:${entry.refProvider}`)
        ? [
            policyEvidenceFinding(entry.source, {
                checkId: 'policy/secrets-unmanaged-provider',
                message: `SecretRef uses unmanaged provider '${entry.refProvider}'.`,
                requirement,
                fixHint: 'Declare the referenced provider under secrets.providers or update policy after review.',
            }),
        ]
        : []);
}
function deniedSourceFindings(policy, entries, requirement) {
    const denied = new Set(lowercasedPolicyList(policy, ['secrets', 'denySources']));
    if (denied.size === 0)
        return [];
    return entries.flatMap((entry) => {
        const source = entry.kind === 'provider' ? entry.providerSource : entry.refSource;
        if (source === undefined || !denied.has(source))
            return [];
        return [
            policyEvidenceFinding(entry.source, {
                checkId: 'policy/secrets-denied-provider-source',
                message: `Secret ${entry.kind} '${entry.id}' uses denied source '${source}'.`,
                requirement,
                fixHint: 'Move this secret to an approved source or update policy after review.',
            }),
        ];
    });
}
/** Never fires on the release's evidence: providers carry no insecure flags (SPEC-2026.9 §14.5). */
function insecureProviderFindings(policy, entries, requirement) {
    if ((0,engine_record/* valueAtPath */.WS)(policy, ['secrets', 'allowInsecureProviders']) !== false)
        return [];
    return entries.flatMap((entry) => entry.kind === 'provider' && entry.insecure !== undefined && entry.insecure.length > 0
        ? [
            policyEvidenceFinding(entry.source, {
                checkId: 'policy/secrets-insecure-provider',
                message: `Secret provider '${entry.id}' enables insecure posture: ${entry.insecure.join(', ')}.`,
                requirement,
                fixHint: 'Remove insecure provider overrides or update policy after review.',
            }),
        ]
        : []);
}

// EXTERNAL MODULE: ./lib/engine/families/tool-posture/evidence.js + 1 modules
var evidence = __webpack_require__(5431);
;// CONCATENATED MODULE: ./lib/engine/families/tool-posture/findings.js
// The toolPosture findings of OpenClaw 2026.9.6 (`toolPostureFindings`, SPEC-2026.9 §10.2): the
// top-level `tools` rules over every entry, then each agent scope's rules over that agent's
// entries (or the global ones it inherits).










function toolPostureFindings({ policy, name, evidence }) {
    const entries = (evidence.toolPosture ?? []);
    return topLevelThenScopedFindings(policy, name, {
        path: ['tools'],
        shapeFinding: current_shape/* toolsPostureShapeFinding */._R,
        requireValidScopes: true,
        scopeTargets: policy_scope/* agentScopeTargets */.C2,
        entries,
        // §9.2: the agent's own entry of a kind, else the global one.
        scopedEntries: (target) => (0,agent_scope_entries/* agentScopeEntries */.C)(entries, target.agentId, (entry) => entry.scope === 'global'),
        ruleFindings: toolRuleFindings,
    });
}
function toolRuleFindings(rules, location, entries) {
    return [
        ...findings_allowedValueFindings(rules, location, entries, PROFILE_RULE),
        ...requiredSettingFindings(rules, location, entries, WORKSPACE_ONLY_RULE),
        ...EXEC_RULES.flatMap((rule) => findings_allowedValueFindings(rules, location, entries, rule)),
        ...requiredSettingFindings(rules, location, entries, ELEVATED_RULE),
        ...alsoAllowFindings(rules, location, entries),
        ...requiredDenyFindings(rules, location, entries),
    ];
}
const findings_label = (entry) => (0,owner_label/* ownerLabel */.W)(entry, 'global tools config');
function valueEntries(entries, kind) {
    return entries.filter((entry) => entry.kind === kind);
}
function listEntries(entries, kind) {
    return entries.filter((entry) => entry.kind === kind);
}
const PROFILE_RULE = {
    checkId: 'policy/tools-profile-unapproved',
    kind: 'profile',
    rule: ['profiles', 'allow'],
    message: (entryLabel, value) => `${entryLabel} uses unapproved tool profile '${value}'.`,
    fixHint: 'Use an approved tools.profile value or update policy after review.',
};
const execRule = (checkId, kind, key, setting) => ({
    checkId,
    kind,
    rule: ['exec', key],
    message: (entryLabel, value) => `${entryLabel} uses unapproved ${setting} '${value}'.`,
    fixHint: 'Adjust the configured tool posture or update policy after review.',
});
const EXEC_RULES = [
    execRule('policy/tools-exec-security-unapproved', 'execSecurity', 'allowSecurity', 'exec security'),
    execRule('policy/tools-exec-ask-unapproved', 'execAsk', 'requireAsk', 'exec ask'),
    execRule('policy/tools-exec-host-unapproved', 'execHost', 'allowHosts', 'exec host'),
];
function findings_allowedValueFindings(rules, location, entries, rule) {
    const allowed = new Set(lowercasedPolicyList(rules, rule.rule));
    if (allowed.size === 0)
        return [];
    return valueEntries(entries, rule.kind).flatMap((entry) => typeof entry.value === 'string' && !allowed.has(entry.value.toLowerCase())
        ? [
            policyEvidenceFinding(entry.source, {
                checkId: rule.checkId,
                message: rule.message(findings_label(entry), entry.value),
                requirement: (0,rule_location/* requirementOf */.h2)(location, rule.rule.join('/')),
                fixHint: rule.fixHint,
            }),
        ]
        : []);
}
const WORKSPACE_ONLY_RULE = {
    checkId: 'policy/tools-fs-workspace-only-required',
    kind: 'fsWorkspaceOnly',
    rule: ['fs', 'requireWorkspaceOnly'],
    required: true,
    message: (entryLabel) => `${entryLabel} does not require workspace-only filesystem tools.`,
    fixHint: 'Set tools.fs.workspaceOnly=true or update policy after review.',
};
const ELEVATED_RULE = {
    checkId: 'policy/tools-elevated-enabled',
    kind: 'elevatedEnabled',
    rule: ['elevated', 'allow'],
    required: false,
    message: (entryLabel) => `${entryLabel} permits elevated tool mode.`,
    fixHint: 'Set tools.elevated.enabled=false or update policy after review.',
};
function requiredSettingFindings(rules, location, entries, rule) {
    if (policyBoolean(rules, rule.rule) !== rule.required)
        return [];
    return valueEntries(entries, rule.kind)
        .filter((entry) => entry.value !== rule.required)
        .map((entry) => policyEvidenceFinding(entry.source, {
        checkId: rule.checkId,
        message: rule.message(findings_label(entry)),
        requirement: (0,rule_location/* requirementOf */.h2)(location, rule.rule.join('/')),
        fixHint: rule.fixHint,
    }));
}
/** Trimmed, lowercased, non-empty, in code-unit order (plain `toSorted()`), without repeats. */
function toolIdSet(ids) {
    return new Set(ids
        .map(trimmedLowercase)
        .filter((id) => id !== '')
        .toSorted());
}
function alsoAllowFindings(rules, location, entries) {
    if (!(0,engine_record/* isRecord */.u4)(rules.alsoAllow) || rules.alsoAllow.expected === undefined)
        return [];
    const expected = toolIdSet(lowercasedPolicyList(rules, ['alsoAllow', 'expected']));
    const requirement = (0,rule_location/* requirementOf */.h2)(location, 'alsoAllow/expected');
    return listEntries(entries, 'alsoAllow').flatMap((entry) => {
        const actual = toolIdSet(entry.entries);
        const missing = [...expected].filter((tool) => !actual.has(tool));
        const unexpected = [...actual].filter((tool) => !expected.has(tool));
        return [
            ...missing.map((tool) => policyEvidenceFinding(entry.source, {
                checkId: 'policy/tools-also-allow-missing',
                message: `${findings_label(entry)} is missing expected tools.alsoAllow entry '${tool}'.`,
                requirement,
                fixHint: 'Add the expected tools.alsoAllow entry or update policy after review.',
            })),
            ...unexpected.map((tool) => policyEvidenceFinding(entry.source, {
                checkId: 'policy/tools-also-allow-unexpected',
                message: `${findings_label(entry)} has unexpected tools.alsoAllow entry '${tool}'.`,
                requirement,
                fixHint: 'Remove the unexpected tools.alsoAllow entry or update policy after review.',
            })),
        ];
    });
}
function requiredDenyFindings(rules, location, entries) {
    const required = lowercasedPolicyList(rules, ['denyTools']);
    if (required.length === 0)
        return [];
    const requiredTools = [...new Set(required.flatMap((tool) => (0,tool_matcher/* expandToolGroups */.hN)([tool])))];
    return listEntries(entries, 'deny').flatMap((entry) => requiredTools
        .filter((tool) => !(0,tool_matcher/* toolListDenies */.Vw)(entry.entries, tool))
        .map((tool) => policyEvidenceFinding(entry.source, {
        checkId: 'policy/tools-required-deny-missing',
        message: `${findings_label(entry)} does not deny required tool '${tool}'.`,
        requirement: (0,rule_location/* requirementOf */.h2)(location, 'denyTools'),
        fixHint: 'Add the tool or group to tools.deny/agents.entries.<id>.tools.deny, or update policy after review.',
    })));
}

;// CONCATENATED MODULE: ./lib/engine/families/tool-posture.js
// The toolPosture family of OpenClaw 2026.9.6 (SPEC-2026.9 §5.10, §7.5, §10.2): evidence in
// `tool-posture/evidence.ts`, findings in `tool-posture/findings.ts`.




const toolPostureFamily = {
    name: 'toolPosture',
    evidence: [(0,policy_family/* collectedWhen */.Wq)('toolPosture', policy_scope/* policyHasToolPostureRules */.UV, evidence/* scanToolPosture */.I)],
    findings: toolPostureFindings,
};

// EXTERNAL MODULE: ./lib/engine/families/channels.js
var channels = __webpack_require__(7103);
// EXTERNAL MODULE: ./lib/engine/families/mcp.js
var mcp = __webpack_require__(4899);
// EXTERNAL MODULE: ./lib/engine/families/model-refs.js
var model_refs = __webpack_require__(3413);
// EXTERNAL MODULE: ./lib/engine/families/models.js
var models = __webpack_require__(5789);
// EXTERNAL MODULE: ./lib/engine/families/network.js
var network = __webpack_require__(2297);
// EXTERNAL MODULE: ./lib/engine/provider-ids.js
var provider_ids = __webpack_require__(3254);
;// CONCATENATED MODULE: ./lib/engine/current/core-families.js
// Channels, MCP, models and network in OpenClaw 2026.9.6 (SPEC-2026.9 §5.2–§5.5): the same
// scanners and checks as 2026.5.20 with three release differences — strict channel deny-rule
// shapes (§6.3), provider ids without alias folding (§1), and model refs read from the loaded
// config instead of emulating the loader.









const MODEL_REFS = { normalizeProviderId: provider_ids/* normalizeProviderIdPlain */.C, emulateLoader: false };
/** The 2026.5.20 checks apply unchanged to an object policy; any other policy has no rules. */
function onObjectPolicy(check) {
    return (input) => ((0,engine_record/* isRecord */.u4)(input.policy) ? check({ ...input, policy: input.policy }) : []);
}
const currentChannelsFamily = {
    name: 'channels',
    evidence: [(0,policy_family/* alwaysCollected */.fy)('channels', ({ config }) => (0,channels/* scanChannels */.K)(config))],
    // Invalid deny rules replace the channel findings; with none left invalid, every rule is usable
    // and the 2026.5.20 check reads them exactly as the release does.
    findings: (input) => {
        const invalid = (0,current_shape/* channelDenyRuleShapeFindings */.PQ)(input.policy, input.name);
        if (invalid.length > 0)
            return invalid;
        return onObjectPolicy((objectInput) => channels/* channelsFamily */.R.findings(objectInput))(input);
    },
};
const currentMcpFamily = {
    name: 'mcp',
    evidence: [(0,policy_family/* alwaysCollected */.fy)('mcpServers', ({ config }) => (0,mcp/* scanMcpServers */.KC)(config))],
    findings: onObjectPolicy((input) => mcp/* mcpFamily */.Lw.findings(input)),
};
const currentModelsFamily = {
    name: 'models',
    evidence: [
        (0,policy_family/* alwaysCollected */.fy)('modelProviders', ({ config }) => (0,model_refs/* scanModelProviders */.J)(config, provider_ids/* normalizeProviderIdPlain */.C)),
        (0,policy_family/* alwaysCollected */.fy)('modelRefs', ({ config }) => (0,model_refs/* scanModelRefs */.N)(config, MODEL_REFS)),
    ],
    findings: onObjectPolicy(({ policy, name, evidence }) => (0,models/* modelProviderFindings */.T)(policy, name, evidence, provider_ids/* normalizeProviderIdPlain */.C)),
};
const currentNetworkFamily = {
    name: 'network',
    evidence: [(0,policy_family/* alwaysCollected */.fy)('network', ({ config }) => (0,network/* scanNetwork */.k)(config))],
    findings: onObjectPolicy((input) => network/* networkFamily */.z.findings(input)),
};

;// CONCATENATED MODULE: ./lib/engine/current/registry.js
// The rule families of OpenClaw 2026.9.6 and the two orders the release uses: evidence keys
// (SPEC-2026.9 §7) and findings blocks (§4 step 12) differ (routing, for one, is scanned late but
// judged early), so both are written out here. Adding a family means adding it to both lists.












const CURRENT_FAMILIES = [
    currentChannelsFamily,
    currentMcpFamily,
    currentModelsFamily,
    currentNetworkFamily,
    routingFamily,
    ingressFamily,
    gatewayFamily,
    agentWorkspaceFamily,
    toolPostureFamily,
    sandboxFamily,
    dataHandlingFamily,
    secretsFamily,
    execApprovalsFamily,
    tool_metadata/* toolMetadataFamily */.wM,
];
/** Evidence keys in the order the release prints them. */
const EVIDENCE_ORDER = [
    'channels',
    'mcpServers',
    'modelProviders',
    'modelRefs',
    'network',
    'ingress',
    'gatewayExposure',
    'agentWorkspace',
    'dataHandling',
    'toolPosture',
    'sandboxPosture',
    'secrets',
    'authProfiles',
    'execApprovals',
    'routing',
    'tools',
];
const SLICES_BY_KEY = new Map(CURRENT_FAMILIES.flatMap((family) => family.evidence.map((s) => [s.key, s])));
const EVIDENCE_SLICES = EVIDENCE_ORDER.map((key) => {
    const slice = SLICES_BY_KEY.get(key);
    if (slice === undefined)
        throw new Error(`no family collects evidence '${key}'`);
    return slice;
});
/** Findings blocks in the release's order (SPEC-2026.9 §4 step 12). */
const FINDINGS_BLOCKS = [
    ({ policy, name }) => (0,current_shape/* policyContainerShapeFindings */.rj)(policy, name),
    currentChannelsFamily.findings,
    currentMcpFamily.findings,
    currentModelsFamily.findings,
    currentNetworkFamily.findings,
    routingFamily.findings,
    ingressFamily.findings,
    gatewayFamily.findings,
    agentWorkspaceFamily.findings,
    toolPostureFamily.findings,
    sandboxFamily.findings,
    dataHandlingFamily.findings,
    secretsFamily.findings,
    execApprovalsFamily.findings,
    authMetadataRequirementBlock,
    tool_metadata/* toolMetadataFamily */.wM.findings,
];

;// CONCATENATED MODULE: ./lib/engine/current/evaluate-policy.js
// `evaluatePolicyUncached` of OpenClaw 2026.9.6 (SPEC-2026.9 §4), pure: the shells read the
// policy, AGENTS.md/TOOLS.md and the exec-approvals row beforehand (`currentInputNeeds`).







/** The display locator of the default state database's exec-approvals row (SPEC-2026.9 §3.1). */
const DEFAULT_EXEC_APPROVALS_LOCATOR = '~/.openclaw/state/openclaw.sqlite#exec_approvals_config';
/** What a shell must read for this policy before evaluating it. */
function currentInputNeeds(policy, settings) {
    if (!settings.enabled || policy.state !== 'parsed')
        return { toolDocuments: false, execApprovals: false };
    return {
        toolDocuments: (0,tool_metadata/* requiredToolMetadata */.Nr)(policy.value).size > 0,
        execApprovals: (0,policy_scope/* policyHasExecApprovalsRules */.Bj)(policy.value),
    };
}
function evaluateCurrentPolicy(input) {
    const { name, settings, config } = input;
    const early = () => collectEvidence({ config, policy: undefined, execApprovalsRaw: undefined, agentsMarkdown: undefined }, 'early');
    if (!settings.enabled)
        return { ...(0,check/* attest */.st)(undefined, early(), [], []), enabled: false };
    const policy = input.policy;
    if (policy.state === 'missing') {
        const missing = (0,engine_findings/* finding */.gk)({
            checkId: engine_findings/* POLICY_MISSING */.Q5,
            severity: 'warning',
            message: `${name.display} is missing for the enabled Policy plugin.`,
            path: name.display,
            fixHint: `Restore ${name.display} or add the policy artifact for this workspace.`,
        });
        return (0,check/* attest */.st)(undefined, early(), [missing], [missing]);
    }
    if (policy.state === 'unparseable') {
        const unparseable = (0,engine_findings/* finding */.gk)({
            checkId: engine_findings/* POLICY_INVALID */.j0,
            message: `${name.display} could not be parsed: ${policy.error}`,
            path: name.display,
            target: (0,oc_path/* policyAddress */.ls)(name.document),
            fixHint: `Fix ${name.display} so policy conformance checks can run.`,
        });
        return (0,check/* attest */.st)(undefined, early(), [unparseable], [unparseable]);
    }
    const policyHash = (0,canonical_json/* hashOf */.qQ)(policy.value);
    if (settings.expectedHash !== undefined && settings.expectedHash !== policyHash) {
        const mismatch = (0,engine_findings/* finding */.gk)({
            checkId: engine_findings/* POLICY_HASH_MISMATCH */.jl,
            message: `${name.display} does not match the configured policy hash.`,
            path: name.display,
            target: (0,oc_path/* policyAddress */.ls)(name.document),
            requirement: 'oc://openclaw.config/plugins/entries/policy/config/expectedHash',
            fixHint: 'Restore the approved policy artifact or update plugins.entries.policy.config.expectedHash after review.',
        });
        return (0,check/* attest */.st)(policyHash, early(), [mismatch], [mismatch]);
    }
    const needs = currentInputNeeds(policy, settings);
    const execApprovals = input.execApprovals;
    const source = {
        config,
        policy: policy.value,
        execApprovalsRaw: needs.execApprovals ? (execApprovals?.raw ?? null) : undefined,
        agentsMarkdown: needs.toolDocuments ? (input.agentsMarkdown ?? '') : undefined,
    };
    const evidence = collectEvidence(source, 'full');
    const findingsInput = {
        policy: policy.value,
        name,
        evidence,
        execApprovalsFile: needs.execApprovals && execApprovals !== undefined && execApprovals.raw !== null
            ? { raw: execApprovals.raw, displayName: execApprovals.locator }
            : undefined,
        execApprovalsLocator: execApprovals?.locator ?? DEFAULT_EXEC_APPROVALS_LOCATOR,
        legacyToolsFile: needs.toolDocuments && input.legacyToolsFile === true,
    };
    const policyFindings = FINDINGS_BLOCKS.flatMap((block) => block(findingsInput));
    const result = (0,check/* attest */.st)(policyHash, evidence, policyFindings, policyFindings);
    const expected = settings.expectedAttestationHash;
    if (hasValidationFinding(policyFindings) || expected === undefined || expected === result.attestationHash) {
        return result;
    }
    return { ...result, visibleFindings: [(0,check/* attestationMismatch */.Hz)(result.attestationHash)] };
}
/** Evidence in the release's key order; an early return collects only the early slices. */
function collectEvidence(source, when) {
    const evidence = {};
    for (const slice of EVIDENCE_SLICES) {
        if (when === 'early' ? slice.inEarlyReturns : slice.collectedFor(source))
            evidence[slice.key] = slice.collect(source);
    }
    return evidence;
}
function hasValidationFinding(findings) {
    return findings.some((f) => f.checkId === engine_findings/* POLICY_INVALID */.j0 || f.checkId === tool_metadata/* TOOLS_MD_MIGRATION_REQUIRED */.lM);
}


/***/ }),

/***/ 3282:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ agentIdField),
/* harmony export */   g: () => (/* binding */ sortedBySourceThenId)
/* harmony export */ });
/* harmony import */ var _canonical_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9903);
// What the 2026.9.6 evidence scanners share when they build entries (SPEC-2026.9 §7): the
// optional `agentId` key and the release's entry order.

/** `{ agentId }` for an agent's entry, nothing for the global or defaults entry. */
function agentIdField(agentId) {
    return agentId === undefined ? {} : { agentId };
}
/** The release's evidence order: `localeCompare` by source, then by id (stable). */
function sortedBySourceThenId(entries) {
    return entries.toSorted((a, b) => (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .compareKeys */ .YD)(a.source, b.source) || (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .compareKeys */ .YD)(a.id, b.id));
}


/***/ }),

/***/ 8088:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ ownerLabel)
/* harmony export */ });
// How findings name whose settings an evidence entry describes (SPEC-2026.9 §10.2): the agent's
// id, or the family's words for the shared settings every agent inherits.
/** `agent '<id>'`, or `sharedSettings` (e.g. `global tools config`) for an entry of no agent. */
function ownerLabel(entry, sharedSettings) {
    return entry.agentId === undefined ? sharedSettings : `agent '${entry.agentId}'`;
}


/***/ }),

/***/ 1587:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z5: () => (/* binding */ comparePolicyClaims),
  iC: () => (/* binding */ comparePolicyDocuments),
  _F: () => (/* binding */ comparedPolicy),
  vE: () => (/* binding */ policyConformanceLines)
});

// EXTERNAL MODULE: ./node_modules/json5/lib/index.js
var lib = __webpack_require__(4841);
// EXTERNAL MODULE: ./lib/engine/findings.js
var findings = __webpack_require__(8726);
// EXTERNAL MODULE: ./lib/engine/strictness.js
var strictness = __webpack_require__(2994);
// EXTERNAL MODULE: ./lib/engine/record.js
var record = __webpack_require__(33);
// EXTERNAL MODULE: ./lib/engine/current/agent-id.js
var agent_id = __webpack_require__(2131);
// EXTERNAL MODULE: ./lib/engine/current/rule-metadata.js
var rule_metadata = __webpack_require__(372);
// EXTERNAL MODULE: ./lib/engine/current/shape/index.js + 6 modules
var shape = __webpack_require__(799);
// EXTERNAL MODULE: ./lib/engine/current/strictness.js
var current_strictness = __webpack_require__(7892);
;// CONCATENATED MODULE: ./lib/engine/current/policy-conformance-claims.js
// What a policy document claims, rule by rule (SPEC-2026.9 §12.3): `policy compare` holds every
// claim of the baseline against the candidate's claims of the same key. A claim is a rule's value
// at the top level (`global:<rule>`), or in a named scope for one selector value
// (`agentIds:<agent>:<rule>`, `channelIds:<channel>:<rule>`).





/** Selector kinds in the order scoped claims are collected. */
const SELECTORS = ['agentIds', 'channelIds'];
/** Top-level claims in metadata order, then scoped claims (each key once, §12.3). */
function policyRuleClaims(policy, document) {
    return [...topLevelClaims(policy, document), ...scopedClaims(policy, document)];
}
function topLevelClaims(policy, document) {
    const claims = [];
    for (const rule of rule_metadata/* POLICY_RULE_METADATA */.iB) {
        const value = (0,record/* valueAtPath */.WS)(policy, rule.policyPath);
        if (value === undefined)
            continue;
        claims.push({
            key: `global:${(0,rule_metadata/* ruleName */.oF)(rule)}`,
            rule,
            value,
            target: `oc://${document}/${rule.policyPath.map(shape/* policySegment */.uA).join('/')}`,
            propertyPath: (0,rule_metadata/* ruleName */.oF)(rule),
        });
    }
    return claims;
}
/**
 * Per scope, per selector kind, per rule that kind may scope, one claim for each selector value.
 * A scope listing a value twice, or two scopes naming the same value, give one claim per key: the
 * first, replaced by each later one that is at least as strict as it.
 */
function scopedClaims(policy, document) {
    if (!(0,record/* isRecord */.u4)(policy) || !(0,record/* isRecord */.u4)(policy.scopes))
        return [];
    const byKey = new Map();
    for (const [scopeName, overlay] of Object.entries(policy.scopes)) {
        if (!(0,record/* isRecord */.u4)(overlay))
            continue;
        for (const kind of SELECTORS) {
            const selectorValues = scopeSelectorValues(overlay[kind], kind);
            if (selectorValues.length === 0)
                continue;
            for (const rule of (0,rule_metadata/* rulesScopableBy */.Md)(kind)) {
                const value = scopedRuleValue(overlay, rule);
                if (value === undefined)
                    continue;
                const target = `oc://${document}/scopes/${[scopeName, ...rule.policyPath].map(shape/* policySegment */.uA).join('/')}`;
                for (const selectorValue of selectorValues) {
                    const claim = {
                        key: `${kind}:${selectorValue}:${(0,rule_metadata/* ruleName */.oF)(rule)}`,
                        rule,
                        value,
                        target,
                        propertyPath: `scopes.${scopeName}.${(0,rule_metadata/* ruleName */.oF)(rule)}`,
                        selector: { kind, value: selectorValue },
                    };
                    const previous = byKey.get(claim.key);
                    // Map.set keeps the key's first position: claims stay in first-seen order.
                    if (previous === undefined || (0,current_strictness/* isPolicyValueAtLeastAsStrict */.P_)(rule, value, previous.value)) {
                        byKey.set(claim.key, claim);
                    }
                }
            }
        }
    }
    return [...byKey.values()];
}
/** A rule's value in a scope overlay: the overlay holds sections, as the top level does. */
function scopedRuleValue(overlay, rule) {
    return (0,record/* valueAtPath */.WS)(overlay, rule.policyPath);
}
/**
 * The selector values a scope names, as compare reads them: non-blank strings only, agent ids
 * normalised, channel ids trimmed and lowercased; not de-duplicated.
 */
function scopeSelectorValues(value, kind) {
    if (!Array.isArray(value))
        return [];
    return value
        .filter((entry) => typeof entry === 'string' && entry.trim() !== '')
        .map((entry) => (kind === 'agentIds' ? (0,agent_id/* normalizeAgentId */.qq)(entry) : entry.trim().toLowerCase()));
}

;// CONCATENATED MODULE: ./lib/engine/current/policy-conformance-invalid.js
// Why `policy compare` refuses to compare two policies (SPEC-2026.9 §12.2): a document that does not
// have the policy shape, a scoped rule no valid selector reaches, or a claimed value that is not
// valid syntax for its rule. A half-read policy must never look "at least as strict".







/**
 * Baseline then candidate: container shape findings, scoped-selector problems, invalid claims,
 * each finding once per check id and target (the first wins, so two documents of the same name
 * share their findings).
 */
function invalidPolicyFindings(baseline, candidate) {
    return uniqueByTarget([
        ...shapeFindings(baseline),
        ...shapeFindings(candidate),
        ...scopeSelectorFindings(baseline),
        ...scopeSelectorFindings(candidate),
        ...invalidClaimFindings(baseline),
        ...invalidClaimFindings(candidate),
    ]);
}
/** `policy.jsonc could not be read: …` or `… could not be parsed: …`. */
function unreadablePolicyFinding(name, message) {
    const target = `oc://${name}`;
    return (0,findings/* finding */.gk)({
        checkId: strictness/* CONFORMANCE_INVALID */.ap,
        message,
        path: name,
        target,
        requirement: target,
        fixHint: `Fix ${name} so it contains valid policy JSONC.`,
    });
}
function shapeFindings({ name, value }) {
    return (0,shape/* policyContainerShapeFindings */.rj)(value, { display: name, document: name }).map((shape) => {
        const target = shape.target ?? `oc://${name}`;
        return (0,findings/* finding */.gk)({
            checkId: strictness/* CONFORMANCE_INVALID */.ap,
            message: shape.message,
            path: name,
            target,
            requirement: target,
            fixHint: shape.fixHint ?? `Fix ${name} so it uses the documented policy syntax.`,
        });
    });
}
/**
 * `scopes` and each scope must be objects, and a rule set in a scope needs a non-blank selector
 * of a kind that may scope it (rules no selector may scope never have one).
 */
function scopeSelectorFindings({ name, value }) {
    if (!(0,record/* isRecord */.u4)(value) || value.scopes === undefined)
        return [];
    if (!(0,record/* isRecord */.u4)(value.scopes)) {
        return [syntaxFinding(name, 'scopes', `oc://${name}/scopes`, `${name} scopes must be an object.`)];
    }
    const findings = [];
    for (const [scopeName, overlay] of Object.entries(value.scopes)) {
        const scopePath = `scopes.${scopeName}`;
        const scopeTarget = `oc://${name}/scopes/${(0,shape/* policySegment */.uA)(scopeName)}`;
        if (!(0,record/* isRecord */.u4)(overlay)) {
            findings.push(syntaxFinding(name, scopePath, scopeTarget, `${name} ${scopePath} must be an object.`));
            continue;
        }
        for (const rule of rule_metadata/* POLICY_RULE_METADATA */.iB) {
            if (scopedRuleValue(overlay, rule) === undefined)
                continue;
            const selectors = rule.scopeSelectors ?? [];
            if (selectors.some((kind) => scopeSelectorValues(overlay[kind], kind).length > 0))
                continue;
            const propertyPath = `${scopePath}.${(0,rule_metadata/* ruleName */.oF)(rule)}`;
            findings.push(syntaxFinding(name, propertyPath, `${scopeTarget}/${rule.policyPath.map(shape/* policySegment */.uA).join('/')}`, `${name} ${propertyPath} needs a valid selector for policy conformance.`));
        }
    }
    return findings;
}
function invalidClaimFindings({ name, claims }) {
    return claims
        .filter((claim) => !(0,current_strictness/* policyRuleValueIsValid */.eK)(claim.rule, claim.value))
        .map((claim) => syntaxFinding(name, claim.propertyPath, claim.target, `${name} ${claim.propertyPath} is not valid policy conformance syntax.`));
}
function syntaxFinding(name, propertyPath, target, message) {
    return (0,findings/* finding */.gk)({
        checkId: strictness/* CONFORMANCE_INVALID */.ap,
        message,
        path: name,
        target,
        requirement: target,
        fixHint: `Fix ${propertyPath} so it uses the documented policy syntax.`,
    });
}
function uniqueByTarget(findings) {
    const seen = new Set();
    return findings.filter((found) => {
        const key = `${found.checkId}\n${found.target}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}

;// CONCATENATED MODULE: ./lib/engine/current/policy-conformance.js
// `policy compare` of OpenClaw 2026.9.6 (SPEC-2026.9 §12), pure: is a candidate policy at least as
// strict as an authored baseline, claim by claim? The shell reads both files and hands in their
// text (or why it could not be read) under their basenames.






function comparePolicyDocuments(baseline, candidate) {
    const names = { baselinePath: baseline.name, policyPath: candidate.name };
    const read = [readPolicy(baseline), readPolicy(candidate)];
    const unreadable = read.flatMap((side) => ('problem' in side ? [side.problem] : []));
    if (unreadable.length > 0)
        return { ok: false, ...names, rulesChecked: 0, findings: unreadable };
    const [baselinePolicy, candidatePolicy] = read;
    const comparison = comparePolicyClaims(baselinePolicy, candidatePolicy);
    if ('invalid' in comparison)
        return { ok: false, ...names, rulesChecked: 0, findings: comparison.invalid };
    const findings = comparison.problems.map((problem) => problem.finding);
    return { ok: findings.length === 0, ...names, rulesChecked: comparison.rulesChecked, findings };
}
/** Two parsed policies, each under its basename, as `policy compare` reads them. */
function comparedPolicy(name, value) {
    return { name, value, claims: policyRuleClaims(value, name) };
}
/**
 * Every baseline claim against the candidate's (§12.3), in baseline claim order; or the findings
 * that make the two incomparable (§12.2). The pull-request gate reads the structured problems.
 */
function comparePolicyClaims(baselinePolicy, candidatePolicy) {
    const invalid = invalidPolicyFindings(baselinePolicy, candidatePolicy);
    if (invalid.length > 0)
        return { invalid };
    const problems = baselinePolicy.claims.flatMap((claim) => {
        const problem = claimProblem(claim, candidatePolicy.claims, candidatePolicy.name);
        return problem === undefined ? [] : [problem];
    });
    return { rulesChecked: baselinePolicy.claims.length, problems };
}
function readPolicy(input) {
    const { name } = input;
    if ('readError' in input) {
        return { problem: unreadablePolicyFinding(name, `${name} could not be read: ${input.readError}`) };
    }
    let value;
    try {
        value = lib.parse(input.text);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return { problem: unreadablePolicyFinding(name, `${name} could not be parsed: ${reason}`) };
    }
    return comparedPolicy(name, value);
}
/**
 * A baseline claim against the candidate's claims (§12.3). A top-level claim needs the same
 * top-level rule, at least as strict, and no weaker scoped override of it; a scoped claim is
 * satisfied by the same scoped key or, when there is none, by the top-level rule.
 */
function claimProblem(baseline, candidates, candidateName) {
    if (isNoOp(baseline))
        return undefined;
    const holds = (candidate) => (0,current_strictness/* isPolicyValueAtLeastAsStrict */.P_)(baseline.rule, candidate.value, baseline.value);
    const sameRule = (candidate) => candidate.rule === baseline.rule;
    const exact = candidates.filter((candidate) => candidate.key === baseline.key);
    if (baseline.selector === undefined) {
        if (exact.length === 0)
            return missingFinding(baseline, candidateName);
        const weaker = exact.find((candidate) => !holds(candidate)) ??
            candidates.find((candidate) => candidate.selector !== undefined && sameRule(candidate) && !holds(candidate));
        return weaker === undefined ? undefined : weakerFinding(baseline, candidateName, weaker);
    }
    const relevant = exact.length > 0
        ? exact
        : candidates.filter((candidate) => candidate.selector === undefined && sameRule(candidate));
    const weaker = relevant.find((candidate) => !holds(candidate));
    if (relevant.some(holds) && (exact.length === 0 || weaker === undefined))
        return undefined;
    if (relevant.length === 0)
        return missingFinding(baseline, candidateName);
    return weakerFinding(baseline, candidateName, weaker ?? relevant[0]);
}
/** Baseline values that demand nothing: an empty list (allowlists only where `[]` disables), a flag not set. */
function isNoOp({ rule, value }) {
    const emptyList = Array.isArray(value) && value.length === 0;
    switch (rule.strictness) {
        case 'allowlist-subset':
            return rule.emptyList === 'disabled' && emptyList;
        case 'denylist-superset':
        case 'routing-probes':
            return emptyList;
        case 'requires-true':
            return value !== true;
        case 'requires-false':
            return value !== false;
        case 'exact-list':
        case 'ordered-string':
            return false;
    }
}
function missingFinding(baseline, candidateName) {
    const problem = (0,findings/* finding */.gk)({
        checkId: strictness/* CONFORMANCE_MISSING */.XL,
        message: `${candidateName} is missing ${baseline.propertyPath}.`,
        path: candidateName,
        // The dotted path split at every dot, scope names included, and never quoted.
        target: `oc://${candidateName}/${baseline.propertyPath.replaceAll('.', '/')}`,
        requirement: baseline.target,
        fixHint: `Add an equally or more restrictive ${baseline.propertyPath} rule, or update the baseline policy after review.`,
    });
    return { kind: 'missing', baseline, finding: problem };
}
function weakerFinding(baseline, candidateName, candidate) {
    const problem = (0,findings/* finding */.gk)({
        checkId: strictness/* CONFORMANCE_WEAKER */.G4,
        message: `${candidateName} ${baseline.propertyPath} is weaker than the baseline policy.`,
        path: candidateName,
        target: candidate.target,
        requirement: baseline.target,
        fixHint: `Use an equally or more restrictive ${baseline.propertyPath} value, or update the baseline policy after review.`,
    });
    return { kind: 'weaker', baseline, candidate, finding: problem };
}
/** The human output (stdout is a terminal, no `--json`), one string per line. */
function policyConformanceLines(report) {
    if (report.findings.length === 0) {
        return [
            `policy compare: no findings (${report.policyPath} is at least as strict as ${report.baselinePath}; ${report.rulesChecked} rule(s) checked)`,
        ];
    }
    return [
        `policy compare: ${report.findings.length} finding(s) (${report.rulesChecked} rule(s) checked)`,
        ...report.findings.map((f) => `  [${f.severity}] ${f.checkId} - ${f.message}`),
    ];
}


/***/ }),

/***/ 1813:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wq: () => (/* binding */ collectedWhen),
/* harmony export */   fy: () => (/* binding */ alwaysCollected),
/* harmony export */   yV: () => (/* binding */ ANY_POLICY_NAME)
/* harmony export */ });
/**
 * For a shape check whose outcome, not its wording, matters (which evidence to collect, which
 * rules to read): the policy's name only words the messages.
 */
const ANY_POLICY_NAME = { display: 'policy.jsonc', document: 'policy.jsonc' };
/** A slice every report carries (channels, MCP, models, network). */
function alwaysCollected(key, collect) {
    return { key, collectedFor: () => true, inEarlyReturns: true, collect };
}
/** A slice scanned from the config, collected only when the policy has rules of its kind. */
function collectedWhen(key, hasRules, scan) {
    return {
        key,
        collectedFor: (source) => hasRules(source.policy),
        inEarlyReturns: false,
        collect: (source) => scan(source.config),
    };
}


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bj: () => (/* binding */ policyHasExecApprovalsRules),
/* harmony export */   C2: () => (/* binding */ agentScopeTargets),
/* harmony export */   Ez: () => (/* binding */ policyHasGatewayRules),
/* harmony export */   UV: () => (/* binding */ policyHasToolPostureRules),
/* harmony export */   UY: () => (/* binding */ channelScopeTargets),
/* harmony export */   Yx: () => (/* binding */ policyHasSecretRules),
/* harmony export */   cl: () => (/* binding */ policyHasRoutingRules),
/* harmony export */   d5: () => (/* binding */ policyHasDataHandlingRules),
/* harmony export */   en: () => (/* binding */ policyHasAgentWorkspaceRules),
/* harmony export */   iu: () => (/* binding */ scopedAgentIdMatches),
/* harmony export */   lD: () => (/* binding */ policyHasSandboxPostureRules),
/* harmony export */   n4: () => (/* binding */ policyHasAuthProfileRules),
/* harmony export */   tR: () => (/* binding */ policyHasIngressRules)
/* harmony export */ });
/* unused harmony exports scopeOverlays, execApprovalsPolicyHasRules, ingressPolicyHasRules, workspacePolicyHasRules, sandboxPosturePolicyHasRules, dataHandlingPolicyHasRules, toolPosturePolicyHasRules */
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33);
/* harmony import */ var _agent_id_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2131);
// Which rules a policy sets, top level or in a scope overlay (SPEC-2026.9 §5 "has rules"), and
// the targets of scoped overlays (§9.2). Decides which evidence families are collected.


/** `scopes` entries whose value is an object, in key order. */
function scopeOverlays(policy) {
    if (!(0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(policy) || !(0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(policy.scopes))
        return [];
    return Object.entries(policy.scopes).filter((entry) => (0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(entry[1]));
}
/** One target per (scope, non-blank agent id), the id normalised. */
function agentScopeTargets(policy) {
    return scopeOverlays(policy).flatMap(([scopeName, overlay]) => selectorValues(overlay.agentIds).map((raw) => ({ scopeName, agentId: (0,_agent_id_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeAgentId */ .qq)(raw), overlay })));
}
/** One target per (scope, non-blank channel id), trimmed and lowercased. */
function channelScopeTargets(policy) {
    return scopeOverlays(policy).flatMap(([scopeName, overlay]) => selectorValues(overlay.channelIds).map((raw) => ({
        scopeName,
        channelId: raw.trim().toLowerCase(),
        overlay,
    })));
}
function selectorValues(value) {
    if (!Array.isArray(value))
        return [];
    return value.filter((entry) => typeof entry === 'string' && entry.trim() !== '');
}
/** Whether an evidence entry's agent is the scoped agent (both normalised). */
function scopedAgentIdMatches(evidenceAgentId, policyAgentId) {
    return (evidenceAgentId !== undefined && (0,_agent_id_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeAgentId */ .qq)(evidenceAgentId) === (0,_agent_id_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeAgentId */ .qq)(policyAgentId));
}
function policyOrScopeHasRules(policy, section, hasRules) {
    if (!(0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(policy))
        return false;
    return hasRules(policy[section]) || scopeOverlays(policy).some(([, overlay]) => hasRules(overlay[section]));
}
const defined = (record, ...keys) => keys.some((key) => record[key] !== undefined);
const sub = (value, key) => (0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(value) && (0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(value[key]) ? value[key] : undefined;
function execApprovalsPolicyHasRules(value) {
    return ((0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(value) && (value.requireFile !== undefined || (0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(value.defaults) || (0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(value.agents)));
}
const policyHasExecApprovalsRules = (policy) => policyOrScopeHasRules(policy, 'execApprovals', execApprovalsPolicyHasRules);
function policyHasSecretRules(policy) {
    const secrets = sub(policy, 'secrets');
    return (secrets !== undefined &&
        defined(secrets, 'requireManagedProviders', 'denySources', 'allowInsecureProviders'));
}
function policyHasAuthProfileRules(policy) {
    const profiles = sub(sub(policy, 'auth'), 'profiles');
    return profiles !== undefined && defined(profiles, 'requireMetadata', 'allowModes');
}
function ingressPolicyHasRules(value) {
    const session = sub(value, 'session');
    const channels = sub(value, 'channels');
    return ((session !== undefined && session.requireDmScope !== undefined) ||
        (channels !== undefined &&
            defined(channels, 'allowDmPolicies', 'denyOpenGroups', 'requireMentionInGroups')));
}
const policyHasIngressRules = (policy) => policyOrScopeHasRules(policy, 'ingress', ingressPolicyHasRules);
const policyHasRoutingRules = (policy) => (0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(policy) && (0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(policy.routing);
function policyHasGatewayRules(policy) {
    const gateway = sub(policy, 'gateway');
    if (gateway === undefined)
        return false;
    const has = (section, ...keys) => {
        const value = sub(gateway, section);
        return value !== undefined && defined(value, ...keys);
    };
    return (has('exposure', 'allowNonLoopbackBind', 'allowTailscaleFunnel') ||
        has('auth', 'requireAuth', 'requireExplicitRateLimit') ||
        has('controlUi', 'allowInsecure') ||
        has('remote', 'allow') ||
        has('http', 'denyEndpoints', 'requireUrlAllowlists') ||
        has('nodes', 'denyCommands'));
}
function workspacePolicyHasRules(value) {
    return (0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(value) && defined(value, 'allowedAccess', 'denyTools');
}
function policyHasAgentWorkspaceRules(policy) {
    if (!(0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(policy))
        return false;
    if (workspacePolicyHasRules(sub(policy, 'agents')?.workspace))
        return true;
    return scopeOverlays(policy).some(([, overlay]) => workspacePolicyHasRules(sub(overlay, 'agents')?.workspace));
}
const SANDBOX_CONTAINER_RULES = [
    'denyHostNetwork',
    'denyContainerNamespaceJoin',
    'requireReadOnlyMounts',
    'denyContainerRuntimeSocketMounts',
    'denyUnconfinedProfiles',
];
function sandboxPosturePolicyHasRules(value) {
    if (!(0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(value))
        return false;
    const containers = sub(value, 'containers');
    return (defined(value, 'requireMode', 'allowBackends') ||
        (containers !== undefined && defined(containers, ...SANDBOX_CONTAINER_RULES)) ||
        sub(value, 'browser')?.requireCdpSourceRange !== undefined);
}
const policyHasSandboxPostureRules = (policy) => policyOrScopeHasRules(policy, 'sandbox', sandboxPosturePolicyHasRules);
function dataHandlingPolicyHasRules(value) {
    const rule = (section, key) => sub(value, section)?.[key] !== undefined;
    return (rule('sensitiveLogging', 'requireRedaction') ||
        rule('telemetry', 'denyContentCapture') ||
        rule('retention', 'requireSessionMaintenance') ||
        rule('memory', 'denySessionTranscriptIndexing'));
}
const policyHasDataHandlingRules = (policy) => policyOrScopeHasRules(policy, 'dataHandling', dataHandlingPolicyHasRules);
function toolPosturePolicyHasRules(value) {
    if (!(0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(value))
        return false;
    const rule = (section, ...keys) => {
        const record = sub(value, section);
        return record !== undefined && defined(record, ...keys);
    };
    return (rule('profiles', 'allow') ||
        rule('fs', 'requireWorkspaceOnly') ||
        rule('exec', 'allowSecurity', 'requireAsk', 'allowHosts') ||
        rule('elevated', 'allow') ||
        rule('alsoAllow', 'expected') ||
        value.denyTools !== undefined);
}
const policyHasToolPostureRules = (policy) => policyOrScopeHasRules(policy, 'tools', toolPosturePolicyHasRules);


/***/ }),

/***/ 1530:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $W: () => (/* binding */ sectionRequirement),
/* harmony export */   Up: () => (/* binding */ scopedRules),
/* harmony export */   h2: () => (/* binding */ requirementOf),
/* harmony export */   n7: () => (/* binding */ topLevelRules)
/* harmony export */ });
/* harmony import */ var _oc_path_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8712);
/* harmony import */ var _shape_policy_segment_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3514);
// Where a family's rules live in the policy, and the `requirement` address of each rule
// (SPEC-2026.9 §10.1): a top-level section (`tools`, `agents/workspace`), or the same section
// inside one named scope (`scopes/<name>/tools`, §9.2).


function topLevelRules(name, section) {
    return { document: name.document, base: section };
}
function scopedRules(name, scopeName, section) {
    return { document: name.document, base: `${(0,_shape_policy_segment_js__WEBPACK_IMPORTED_MODULE_0__/* .scopeTargetPrefix */ .o)(scopeName)}/${section}` };
}
/** The address of the section itself, e.g. `oc://policy.jsonc/scopes/ops/execApprovals`. */
function sectionRequirement(location) {
    return (0,_oc_path_js__WEBPACK_IMPORTED_MODULE_1__/* .policyAddress */ .ls)(location.document, location.base);
}
/** The address of one rule, e.g. `oc://policy.jsonc/scopes/ops/tools/exec/allowHosts`. */
function requirementOf(location, rule) {
    return (0,_oc_path_js__WEBPACK_IMPORTED_MODULE_1__/* .policyAddress */ .ls)(location.document, location.base, rule);
}


/***/ }),

/***/ 372:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Aq: () => (/* binding */ ruleMetadata),
/* harmony export */   Md: () => (/* binding */ rulesScopableBy),
/* harmony export */   iB: () => (/* binding */ POLICY_RULE_METADATA),
/* harmony export */   oF: () => (/* binding */ ruleName)
/* harmony export */ });
// The release's rule metadata (`POLICY_RULE_METADATA`, SPEC-2026.9 §5.1): one row per policy rule,
// saying what its value is, how two values compare in strictness and which selectors may scope it.
// The shape checks derive their allowed keys and enums from it, scope overrides and `policy
// compare` judge strictness by it, and a JSON Schema could be generated from it. Row order is the
// release's and matters: it is the claim order of `compare` and the key order of shape checks.
const AGENT = ['agentIds'];
const CHANNEL = ['channelIds'];
const EXEC_SECURITY = ['deny', 'allowlist', 'full'];
const check = (...ids) => ids.map((id) => `policy/${id}`);
const path = (dotted) => dotted.split('.');
/** A boolean rule that is only strict when set to `true` (or `false` for `requires-false`). */
function flag(dotted, strictness, checkIds, scopeSelectors) {
    return {
        policyPath: path(dotted),
        strictness,
        valueType: 'boolean',
        checkIds,
        ...(scopeSelectors === undefined ? {} : { scopeSelectors }),
    };
}
/** A string list; `extra` carries emptyList, enums, case and scoping, in the release's key order. */
function list(dotted, strictness, checkIds, extra = {}) {
    return { policyPath: path(dotted), strictness, valueType: 'string-list', checkIds, ...extra };
}
const SANDBOX_CONTAINER_FLAGS = [
    ['denyHostNetwork', 'sandbox-container-host-network-denied'],
    ['denyContainerNamespaceJoin', 'sandbox-container-namespace-join-denied'],
    ['requireReadOnlyMounts', 'sandbox-container-mount-mode-required'],
    ['denyContainerRuntimeSocketMounts', 'sandbox-container-runtime-socket-mount'],
    ['denyUnconfinedProfiles', 'sandbox-container-unconfined-profile'],
];
const POLICY_RULE_METADATA = [
    {
        policyPath: path('channels.denyRules'),
        strictness: 'denylist-superset',
        valueType: 'channel-provider-deny-rules',
        checkIds: check('channels-denied-provider'),
        emptyList: 'meaningful',
        caseSensitive: true,
    },
    list('mcp.servers.allow', 'allowlist-subset', check('mcp-unapproved-server'), {
        emptyList: 'disabled',
        caseSensitive: true,
    }),
    list('mcp.servers.deny', 'denylist-superset', check('mcp-denied-server'), { caseSensitive: true }),
    list('models.providers.allow', 'allowlist-subset', check('models-unapproved-provider'), {
        emptyList: 'disabled',
        normalizeValues: 'model-provider',
    }),
    list('models.providers.deny', 'denylist-superset', check('models-denied-provider'), {
        normalizeValues: 'model-provider',
    }),
    flag('network.privateNetwork.allow', 'requires-false', check('network-private-access-enabled')),
    flag('routing.requireBindings', 'requires-true', check('routing-bindings-required')),
    flag('routing.requireConfiguredChannels', 'requires-true', check('routing-binding-channel-unconfigured')),
    {
        policyPath: path('routing.probes'),
        strictness: 'routing-probes',
        valueType: 'routing-probes',
        checkIds: check('routing-agent-mismatch', 'routing-match-kind-mismatch'),
    },
    {
        policyPath: path('ingress.session.requireDmScope'),
        strictness: 'ordered-string',
        valueType: 'string',
        orderedValues: ['main', 'per-peer', 'per-channel-peer', 'per-account-channel-peer'],
        checkIds: check('ingress-dm-scope-unapproved'),
    },
    flag('gateway.exposure.allowNonLoopbackBind', 'requires-false', check('gateway-non-loopback-bind')),
    flag('gateway.exposure.allowTailscaleFunnel', 'requires-false', check('gateway-tailscale-funnel')),
    flag('gateway.auth.requireAuth', 'requires-true', check('gateway-auth-disabled')),
    flag('gateway.auth.requireExplicitRateLimit', 'requires-true', check('gateway-rate-limit-missing')),
    flag('gateway.controlUi.allowInsecure', 'requires-false', check('gateway-control-ui-insecure')),
    flag('gateway.remote.allow', 'requires-false', check('gateway-remote-enabled')),
    list('gateway.http.denyEndpoints', 'denylist-superset', check('gateway-http-endpoint-enabled'), {
        allowedValues: ['chatCompletions', 'responses'],
        caseSensitive: true,
    }),
    flag('gateway.http.requireUrlAllowlists', 'requires-true', check('gateway-http-url-fetch-unrestricted')),
    list('gateway.nodes.denyCommands', 'denylist-superset', check('gateway-node-command-denied'), {
        caseSensitive: true,
    }),
    list('agents.workspace.allowedAccess', 'allowlist-subset', check('agents-workspace-access-denied'), {
        emptyList: 'disabled',
        allowedValues: ['none', 'ro', 'rw'],
        scopeSelectors: AGENT,
    }),
    list('agents.workspace.denyTools', 'denylist-superset', check('agents-tool-not-denied'), {
        allowedValues: ['exec', 'process', 'write', 'edit', 'apply_patch'],
        scopeSelectors: AGENT,
    }),
    list('tools.profiles.allow', 'allowlist-subset', check('tools-profile-unapproved'), {
        emptyList: 'disabled',
        allowedValues: ['minimal', 'coding', 'messaging', 'full'],
        scopeSelectors: AGENT,
    }),
    flag('tools.fs.requireWorkspaceOnly', 'requires-true', check('tools-fs-workspace-only-required'), AGENT),
    list('tools.exec.allowSecurity', 'allowlist-subset', check('tools-exec-security-unapproved'), {
        emptyList: 'disabled',
        allowedValues: EXEC_SECURITY,
        scopeSelectors: AGENT,
    }),
    list('tools.exec.requireAsk', 'allowlist-subset', check('tools-exec-ask-unapproved'), {
        emptyList: 'disabled',
        allowedValues: ['off', 'on-miss', 'always'],
        scopeSelectors: AGENT,
    }),
    list('tools.exec.allowHosts', 'allowlist-subset', check('tools-exec-host-unapproved'), {
        emptyList: 'disabled',
        allowedValues: ['auto', 'sandbox', 'gateway', 'node'],
        scopeSelectors: AGENT,
    }),
    flag('tools.elevated.allow', 'requires-false', check('tools-elevated-enabled'), AGENT),
    list('tools.alsoAllow.expected', 'exact-list', check('tools-also-allow-missing', 'tools-also-allow-unexpected'), { emptyList: 'meaningful', scopeSelectors: AGENT }),
    list('tools.denyTools', 'denylist-superset', check('tools-required-deny-missing'), {
        scopeSelectors: AGENT,
    }),
    list('tools.requireMetadata', 'denylist-superset', check('tools-md-migration-required', 'tools-missing-risk-level', 'tools-missing-sensitivity-token', 'tools-missing-owner'), { allowedValues: ['risk', 'sensitivity', 'owner'] }),
    list('sandbox.requireMode', 'allowlist-subset', check('sandbox-mode-unapproved'), {
        emptyList: 'disabled',
        allowedValues: ['off', 'non-main', 'all'],
        scopeSelectors: AGENT,
    }),
    list('sandbox.allowBackends', 'allowlist-subset', check('sandbox-backend-unapproved'), {
        emptyList: 'disabled',
        scopeSelectors: AGENT,
    }),
    ...SANDBOX_CONTAINER_FLAGS.map(([rule, checkId]) => flag(`sandbox.containers.${rule}`, 'requires-true', check(checkId), AGENT)),
    flag('sandbox.browser.requireCdpSourceRange', 'requires-true', check('sandbox-browser-cdp-source-range-missing'), AGENT),
    list('ingress.channels.allowDmPolicies', 'allowlist-subset', check('ingress-dm-policy-unapproved'), {
        emptyList: 'disabled',
        allowedValues: ['pairing', 'allowlist', 'open', 'disabled'],
        scopeSelectors: CHANNEL,
    }),
    flag('ingress.channels.denyOpenGroups', 'requires-true', check('ingress-open-groups-denied'), CHANNEL),
    flag('ingress.channels.requireMentionInGroups', 'requires-true', check('ingress-group-mention-required'), CHANNEL),
    {
        ...flag('dataHandling.sensitiveLogging.requireRedaction', 'requires-true', []),
        satisfiedByInvariant: 'oc://openclaw.invariant/logging/redaction',
    },
    flag('dataHandling.telemetry.denyContentCapture', 'requires-true', check('data-handling-telemetry-content-capture')),
    flag('dataHandling.retention.requireSessionMaintenance', 'requires-true', check('data-handling-session-retention-not-enforced')),
    flag('dataHandling.memory.denySessionTranscriptIndexing', 'requires-true', check('data-handling-session-transcript-memory-enabled'), AGENT),
    flag('secrets.requireManagedProviders', 'requires-true', check('secrets-unmanaged-provider')),
    list('secrets.denySources', 'denylist-superset', check('secrets-denied-provider-source')),
    flag('secrets.allowInsecureProviders', 'requires-false', check('secrets-insecure-provider')),
    flag('execApprovals.requireFile', 'requires-true', check('exec-approvals-missing')),
    list('execApprovals.defaults.allowSecurity', 'allowlist-subset', check('exec-approvals-default-security-unapproved'), { emptyList: 'disabled', allowedValues: EXEC_SECURITY }),
    list('execApprovals.agents.allowSecurity', 'allowlist-subset', check('exec-approvals-agent-security-unapproved'), { emptyList: 'disabled', allowedValues: EXEC_SECURITY, scopeSelectors: AGENT }),
    flag('execApprovals.agents.allowAutoAllowSkills', 'requires-false', check('exec-approvals-auto-allow-skills-enabled'), AGENT),
    list('execApprovals.agents.allowlist.expected', 'exact-list', check('exec-approvals-allowlist-missing', 'exec-approvals-allowlist-unexpected'), { emptyList: 'meaningful', caseSensitive: true, scopeSelectors: AGENT }),
    list('auth.profiles.requireMetadata', 'denylist-superset', check('auth-profile-invalid-metadata'), {
        allowedValues: ['provider', 'mode'],
    }),
    list('auth.profiles.allowModes', 'allowlist-subset', check('auth-profile-unapproved-mode'), {
        emptyList: 'disabled',
        allowedValues: ['api_key', 'aws-sdk', 'oauth', 'token'],
    }),
];
/** The dotted name of a rule, e.g. `tools.exec.allowHosts`. */
function ruleName(rule) {
    return rule.policyPath.join('.');
}
/** The row of a dotted rule name; throws for a name the release does not have (a coding error). */
function ruleMetadata(dotted) {
    const rule = POLICY_RULE_METADATA.find((entry) => ruleName(entry) === dotted);
    if (rule === undefined)
        throw new Error(`no policy rule '${dotted}'`);
    return rule;
}
/** Rules a scope may override through `selector`, in metadata order. */
function rulesScopableBy(selector) {
    return POLICY_RULE_METADATA.filter((rule) => rule.scopeSelectors?.includes(selector) === true);
}


/***/ }),

/***/ 9609:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SM: () => (/* binding */ readExecApprovalAllowlistRequirements),
/* harmony export */   V6: () => (/* binding */ invalidAllowlistEntryIndex)
/* harmony export */ });
/* unused harmony export execApprovalAllowlistRequirement */
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33);
// Entries of `execApprovals.agents.allowlist.expected` (SPEC-2026.9 §5.14): a non-empty string,
// or `{ pattern, argPattern? }` with strings and no other keys. Shared by the shape check, the
// strictness comparison (entries compare by `key`) and the exec-approvals family.

/** One entry read, trimmed; undefined when it is not a valid entry. A blank argPattern is none. */
function execApprovalAllowlistRequirement(value) {
    if (typeof value === 'string') {
        const pattern = value.trim();
        return pattern === '' ? undefined : requirement(pattern, undefined);
    }
    if (!(0,_record_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(value) || Object.keys(value).some((key) => key !== 'argPattern' && key !== 'pattern'))
        return undefined;
    const pattern = typeof value.pattern === 'string' ? value.pattern.trim() : '';
    if (pattern === '')
        return undefined;
    if (value.argPattern !== undefined && typeof value.argPattern !== 'string')
        return undefined;
    const argPattern = typeof value.argPattern === 'string' ? value.argPattern.trim() : undefined;
    return requirement(pattern, argPattern === '' ? undefined : argPattern);
}
/** Every entry of the list at `path`, or undefined when it is not a list of valid entries. */
function readExecApprovalAllowlistRequirements(value, path) {
    const current = (0,_record_js__WEBPACK_IMPORTED_MODULE_0__/* .valueAtPath */ .WS)(value, path);
    if (!Array.isArray(current))
        return undefined;
    const entries = current.map(execApprovalAllowlistRequirement);
    return entries.every((entry) => entry !== undefined) ? entries : undefined;
}
/** The first index whose entry is invalid (holes included), or -1. */
function invalidAllowlistEntryIndex(list) {
    return list.findIndex((entry) => execApprovalAllowlistRequirement(entry) === undefined);
}
function requirement(pattern, argPattern) {
    return {
        key: `${pattern}\0${argPattern ?? ''}`,
        pattern,
        ...(argPattern === undefined ? {} : { argPattern }),
    };
}


/***/ }),

/***/ 799:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ps: () => (/* binding */ agentsPostureShapeFinding),
  lh: () => (/* reexport */ authAllowModesShapeFindings),
  Wr: () => (/* reexport */ authRequireMetadataShapeFindings),
  PQ: () => (/* reexport */ channelDenyRuleShapeFindings),
  TE: () => (/* reexport */ dataHandlingShapeFindings),
  cE: () => (/* binding */ execApprovalsShapeFinding),
  VC: () => (/* binding */ hasValidScopedPolicy),
  mn: () => (/* binding */ ingressShapeFinding),
  rj: () => (/* binding */ policyContainerShapeFindings),
  uA: () => (/* reexport */ policy_segment/* policySegment */.u),
  x7: () => (/* binding */ routingShapeFinding),
  K$: () => (/* binding */ sandboxPostureShapeFinding),
  xY: () => (/* reexport */ secretsShapeFindings),
  _R: () => (/* binding */ toolsPostureShapeFinding),
  Je: () => (/* reexport */ toolsRequireMetadataShapeFindings)
});

// UNUSED EXPORTS: POLICY_SECTIONS, ROUTING_MATCH_KINDS, execApprovalAllowlistRequirement, gatewayPostureShapeFinding, readExecApprovalAllowlistRequirements, scopeTargetPrefix

// EXTERNAL MODULE: ./lib/engine/record.js
var record = __webpack_require__(33);
// EXTERNAL MODULE: ./lib/engine/current/rule-metadata.js
var rule_metadata = __webpack_require__(372);
// EXTERNAL MODULE: ./lib/engine/current/shape/exec-approval-allowlist.js
var exec_approval_allowlist = __webpack_require__(9609);
// EXTERNAL MODULE: ./lib/engine/current/shape/ordered-shape.js
var ordered_shape = __webpack_require__(4483);
// EXTERNAL MODULE: ./lib/engine/current/shape/shape-finding.js
var shape_finding = __webpack_require__(4471);
;// CONCATENATED MODULE: ./lib/engine/current/shape/access-shapes.js




// The enums come from the rule metadata, like the posture shapes' (SPEC-2026.9 §5.1).
const DM_SCOPES = (0,rule_metadata/* ruleMetadata */.Aq)('ingress.session.requireDmScope').orderedValues ?? [];
const DM_POLICIES = (0,rule_metadata/* ruleMetadata */.Aq)('ingress.channels.allowDmPolicies').allowedValues ?? [];
const EXEC_APPROVAL_SECURITY = (0,rule_metadata/* ruleMetadata */.Aq)('execApprovals.agents.allowSecurity').allowedValues ?? [];
/** `allowSession: false` inside a channelIds scope, where session rules are not supported. */
function ingressShape(value, context) {
    if (value === undefined)
        return undefined;
    const shape = (0,ordered_shape/* orderedShape */.v)(value, {
        ...context,
        propertyPrefix: context.propertyPrefix ?? 'ingress',
        targetPrefix: context.targetPrefix ?? 'ingress',
    });
    function* findings() {
        yield shape.object('');
        if (context.allowSession === false && shape.value('session') !== undefined)
            yield shape.finding('session', {
                message: '{policy} {property} is not supported by the channelIds selector.',
                hint: 'Move session ingress rules to top-level ingress; scoped ingress currently supports ingress.channels.*.',
            });
        yield shape.keys('', ['channels', 'session'], 'ingress', 'Remove {unsupported} or use ingress.session or ingress.channels.');
        yield shape.object('session');
        yield shape.object('channels');
        yield shape.keys('session', ['requireDmScope'], 'ingress', 'Remove {unsupported} or use {property}.requireDmScope.');
        yield shape.enum('session.requireDmScope', DM_SCOPES, {
            message: '{policy} {property} must be a supported DM scope.',
            hint: 'Use supported DM scopes: {allowed}.',
        });
        yield shape.keys('channels', ['allowDmPolicies', 'denyOpenGroups', 'requireMentionInGroups'], 'ingress', 'Remove {unsupported} or use a supported ingress channel policy rule.');
        yield shape.list('channels.allowDmPolicies', { allowed: DM_POLICIES, valueName: 'DM policy' });
        yield shape.boolean('channels.denyOpenGroups');
        yield shape.boolean('channels.requireMentionInGroups');
    }
    return (0,shape_finding/* firstFinding */.I_)(findings());
}
/** `allowDefaults: false` inside a scope, where only per-agent rules may be set. */
function execApprovalsShape(value, context) {
    if (value === undefined)
        return undefined;
    const propertyPrefix = context.propertyPrefix ?? 'execApprovals';
    const targetPrefix = context.targetPrefix ?? 'execApprovals';
    const shape = (0,ordered_shape/* orderedShape */.v)(value, { ...context, propertyPrefix, targetPrefix });
    const allowDefaults = context.allowDefaults ?? true;
    // The hints below name `execApprovals.` literally, also for scoped overlays (as the release does).
    function* findings() {
        yield shape.object('');
        yield shape.keys('', allowDefaults ? ['agents', 'defaults', 'requireFile'] : ['agents'], 'exec approvals', 'Remove {unsupported} or use a supported execApprovals rule.');
        yield shape.boolean('requireFile', 'Set execApprovals.requireFile to true or false.');
        for (const section of allowDefaults ? ['defaults', 'agents'] : ['agents'])
            yield shape.object(section);
        if (allowDefaults) {
            yield shape.keys('defaults', ['allowSecurity'], 'exec approvals', 'Use execApprovals.defaults.allowSecurity or remove the unsupported rule.');
            yield shape.list('defaults.allowSecurity', {
                allowed: EXEC_APPROVAL_SECURITY,
                valueName: 'exec approval security mode',
            });
        }
        yield shape.keys('agents', ['allowAutoAllowSkills', 'allowSecurity', 'allowlist'], 'exec approvals', 'Use execApprovals.agents.allowSecurity, execApprovals.agents.allowAutoAllowSkills, or execApprovals.agents.allowlist.expected.');
        yield shape.list('agents.allowSecurity', {
            allowed: EXEC_APPROVAL_SECURITY,
            valueName: 'exec approval security mode',
        });
        yield shape.boolean('agents.allowAutoAllowSkills', 'Set execApprovals.agents.allowAutoAllowSkills to true or false.');
        yield shape.object('agents.allowlist');
        yield shape.keys('agents.allowlist', ['expected'], 'exec approvals', 'Use execApprovals.agents.allowlist.expected or remove the unsupported rule.');
        yield allowlistExpectedFinding(shape.value('agents.allowlist.expected'), context, {
            property: `${propertyPrefix}.agents.allowlist.expected`,
            target: `${targetPrefix}/agents/allowlist/expected`,
        });
    }
    return (0,shape_finding/* firstFinding */.I_)(findings());
}
function allowlistExpectedFinding(value, { name }, at) {
    if (value === undefined)
        return undefined;
    const policy = name.display;
    if (!Array.isArray(value))
        return (0,shape_finding/* shapeFinding */.Jh)(name, `oc://${name.document}/${at.target}`, `${policy} ${at.property} must be an array.`, `Fix ${policy} so ${at.property} is an array of exec approval allowlist entries.`);
    const index = (0,exec_approval_allowlist/* invalidAllowlistEntryIndex */.V6)(value);
    if (index < 0)
        return undefined;
    return (0,shape_finding/* shapeFinding */.Jh)(name, `oc://${name.document}/${at.target}/#${index}`, `${policy} ${at.property}[${index}] must be a non-empty string or an object with pattern and optional argPattern strings.`, 'Use entries such as "deploy" or { "pattern": "deploy", "argPattern": "^--prod$" }.');
}
/** A scope's `dataHandling` object: only `memory.denySessionTranscriptIndexing` may be scoped. */
function scopedDataHandlingShape(dataHandling, context) {
    const shape = (0,ordered_shape/* orderedShape */.v)(dataHandling, {
        name: context.name,
        propertyPrefix: `scopes.${context.scopeName}.dataHandling`,
        targetPrefix: `${context.scopeTarget}/dataHandling`,
    });
    function* findings() {
        yield shape.keys('', ['memory'], '', 'Move global data-handling rules to top-level dataHandling, or use dataHandling.memory with agentIds.', '{policy} {unsupported} is not a supported scoped policy section.');
        yield shape.object('memory', 'Fix {policy} so the scoped dataHandling.memory policy section is an object.');
        yield shape.keys('memory', ['denySessionTranscriptIndexing'], '', 'Use dataHandling.memory.denySessionTranscriptIndexing or remove the unsupported rule.', '{policy} {unsupported} is not a supported scoped policy rule.');
        yield shape.boolean('memory.denySessionTranscriptIndexing', 'Set dataHandling.memory.denySessionTranscriptIndexing to true or false.');
    }
    return (0,shape_finding/* firstFinding */.I_)(findings());
}

;// CONCATENATED MODULE: ./lib/engine/current/shape/posture-shapes.js
// Posture shapes of tools, sandbox, gateway and agents (SPEC-2026.9 §6.4): a list of steps per
// section, run in order, first failure wins. Allowed keys, enums and value types come from the
// rule metadata, so a rule added there is accepted here without another list to update.



const object = (dotted) => ({ kind: 'object', path: dotted.split('.') });
/** The keys a section may hold: the next path segment of every rule below it. */
function keys(dotted, section, hint, scoped = false) {
    const prefix = dotted.split('.');
    const allowed = new Set();
    for (const rule of rule_metadata/* POLICY_RULE_METADATA */.iB) {
        const below = prefix.every((part, index) => rule.policyPath[index] === part);
        if (!below || (scoped && rule.scopeSelectors?.includes('agentIds') !== true))
            continue;
        const key = rule.policyPath[prefix.length];
        if (key !== undefined)
            allowed.add(key);
    }
    return { kind: 'keys', path: prefix, allowed: [...allowed], section, hint, scoped };
}
function rule(dotted, valueName = '', style) {
    const metadata = (0,rule_metadata/* ruleMetadata */.Aq)(dotted);
    if (metadata.valueType !== 'boolean' && metadata.valueType !== 'string-list')
        throw new Error(`posture shapes cannot check '${dotted}' (${metadata.valueType})`);
    return { kind: 'rule', path: metadata.policyPath, metadata, valueName, ...(style ? { style } : {}) };
}
const TOOL_SECTIONS = ['profiles', 'fs', 'exec', 'elevated', 'alsoAllow'];
const GATEWAY_SECTIONS = ['exposure', 'auth', 'controlUi', 'remote', 'http', 'nodes'];
const WORKSPACE_STEPS = [
    object('agents.workspace'),
    keys('agents.workspace', 'agent workspace', 'a supported agent workspace policy rule'),
    rule('agents.workspace.allowedAccess', '', 'workspace-access'),
    rule('agents.workspace.denyTools', '', 'workspace-tools'),
];
const TOOLS_STEPS = [
    keys('tools', 'tools', 'a supported tools policy rule'),
    ...TOOL_SECTIONS.map((section) => object(`tools.${section}`)),
    keys('tools.profiles', 'tools', { key: 'allow' }),
    rule('tools.profiles.allow', 'tool profile id'),
    keys('tools.fs', 'tools', { key: 'requireWorkspaceOnly' }),
    rule('tools.fs.requireWorkspaceOnly'),
    keys('tools.exec', 'tools', 'a supported tools exec policy rule'),
    rule('tools.exec.allowSecurity', 'exec security mode'),
    rule('tools.exec.requireAsk', 'exec ask mode'),
    rule('tools.exec.allowHosts', 'exec host'),
    keys('tools.elevated', 'tools', { key: 'allow' }),
    rule('tools.elevated.allow'),
    keys('tools.alsoAllow', 'tools', { key: 'expected' }),
    rule('tools.alsoAllow.expected', 'tool id'),
    rule('tools.denyTools', 'tool id or group'),
];
const SHAPES = {
    agents: [object('agents'), keys('agents', 'agents', { key: 'workspace' }), ...WORKSPACE_STEPS],
    workspace: WORKSPACE_STEPS,
    tools: TOOLS_STEPS,
    // A scope first rejects rules that cannot be scoped (tools.requireMetadata), then runs the rest.
    'scoped-tools': [
        keys('tools', 'agent-scoped tools', '', true),
        ...TOOL_SECTIONS.map((section) => keys(`tools.${section}`, 'agent-scoped tools', '', true)),
        ...TOOLS_STEPS,
    ],
    sandbox: [
        object('sandbox'),
        keys('sandbox', 'sandbox', 'a supported sandbox posture rule'),
        rule('sandbox.requireMode', 'sandbox mode'),
        rule('sandbox.allowBackends', 'sandbox backend id'),
        object('sandbox.containers'),
        object('sandbox.browser'),
        keys('sandbox.containers', 'sandbox', 'a supported sandbox container posture rule'),
        ...rule_metadata/* POLICY_RULE_METADATA */.iB.filter((entry) => entry.policyPath[0] === 'sandbox' && entry.policyPath[1] === 'containers').map((entry) => rule(entry.policyPath.join('.'))),
        keys('sandbox.browser', 'sandbox', 'a supported sandbox browser posture rule'),
        rule('sandbox.browser.requireCdpSourceRange'),
    ],
    gateway: [
        object('gateway'),
        ...GATEWAY_SECTIONS.map((section) => object(`gateway.${section}`)),
        keys('gateway', 'Gateway', 'a supported Gateway policy section'),
        ...GATEWAY_SECTIONS.map((section) => keys(`gateway.${section}`, 'Gateway', 'a supported Gateway policy rule')),
        rule('gateway.exposure.allowNonLoopbackBind'),
        rule('gateway.exposure.allowTailscaleFunnel'),
        rule('gateway.auth.requireAuth'),
        rule('gateway.auth.requireExplicitRateLimit'),
        rule('gateway.controlUi.allowInsecure'),
        rule('gateway.remote.allow'),
        rule('gateway.http.requireUrlAllowlists'),
        rule('gateway.http.denyEndpoints', '', 'http-endpoints'),
        rule('gateway.nodes.denyCommands', '', 'node-commands'),
    ],
};
const ROOTS = {
    agents: 'agents',
    workspace: 'agents.workspace',
    tools: 'tools',
    'scoped-tools': 'tools',
    sandbox: 'sandbox',
    gateway: 'gateway',
};
/**
 * The first shape problem of a posture section. `value` is the section itself (e.g. `policy.tools`);
 * an absent section has none. The prefixes default to the section's top-level path.
 */
function posture_shapes_postureShapeFinding(shape, value, context) {
    if (value === undefined)
        return undefined;
    const root = ROOTS[shape];
    const rootDepth = root.split('.').length;
    const validator = (0,ordered_shape/* orderedShape */.v)(value, {
        ...context,
        propertyPrefix: context.propertyPrefix ?? root,
        targetPrefix: context.targetPrefix ?? root.replaceAll('.', '/'),
    });
    function* findings() {
        for (const step of SHAPES[shape])
            yield runStep(validator, step, step.path.slice(rootDepth).join('.'), shape);
    }
    return (0,shape_finding/* firstFinding */.I_)(findings());
}
function runStep(validator, step, path, shape) {
    if (step.kind === 'object')
        return validator.object(path);
    if (step.kind === 'keys') {
        const hint = step.scoped
            ? 'Move {unsupported} to top-level tools or use a supported scoped tools posture rule.'
            : `Remove {unsupported} or use ${typeof step.hint === 'string' ? step.hint : `{property}.${step.hint.key}`}.`;
        return validator.keys(path, step.allowed, step.section, hint);
    }
    if (step.metadata.valueType === 'boolean')
        return validator.boolean(path, shape === 'gateway' ? 'Fix {policy} so {property} is true or false.' : undefined);
    if (step.style === undefined)
        return validator.list(path, {
            ...(step.metadata.allowedValues === undefined ? {} : { allowed: step.metadata.allowedValues }),
            valueName: step.valueName,
        });
    return styledListFinding(validator, path, step.style, step.metadata.allowedValues);
}
const STYLED_LISTS = {
    'workspace-access': {
        arrayHint: 'Use workspace access values such as ["none", "ro"].',
        entryHint: 'Use workspace access values such as ["none", "ro"].',
        entryMessage: 'must be none, ro, or rw.',
    },
    'workspace-tools': {
        arrayHint: 'Use tool ids such as ["exec", "process", "write", "edit", "apply_patch"].',
        entryHint: 'Use supported tool ids: {allowed}.',
        entryMessage: 'must be a supported agent workspace tool id.',
    },
    'http-endpoints': {
        arrayHint: 'Use an array of endpoint ids such as ["responses"] or remove gateway.http.denyEndpoints.',
        entryHint: 'Use supported endpoint ids: {allowed}.',
        entryMessage: 'must be a supported endpoint id.',
    },
    'node-commands': {
        arrayHint: 'Use an array of node command ids such as ["system.run"] or remove gateway.nodes.denyCommands.',
        entryHint: 'Use non-empty node command ids.',
        entryMessage: 'must be a non-empty node command id.',
    },
};
function styledListFinding(validator, path, style, allowed) {
    const words = STYLED_LISTS[style];
    // Workspace access values are compared untrimmed: " ro" is not "ro".
    return validator.list(path, {
        ...(style === 'node-commands' || allowed === undefined ? {} : { allowed }),
        normalize: style === 'workspace-access' ? 'raw' : 'trim',
        array: { message: '{policy} {property} must be an array.', hint: words.arrayHint },
        entry: { message: `{policy} {property}[{index}] ${words.entryMessage}`, hint: words.entryHint },
    });
}

// EXTERNAL MODULE: ./lib/engine/current/shape/routing-shape.js
var routing_shape = __webpack_require__(4044);
// EXTERNAL MODULE: ./lib/engine/current/agent-id.js
var agent_id = __webpack_require__(2131);
// EXTERNAL MODULE: ./lib/engine/current/shape/policy-segment.js
var policy_segment = __webpack_require__(3514);
// EXTERNAL MODULE: ./lib/engine/current/strictness.js
var strictness = __webpack_require__(7892);
;// CONCATENATED MODULE: ./lib/engine/current/shape/scoped-overrides.js
// The last scopes check (SPEC-2026.9 §9.1, the release's `duplicateScopedPolicyFieldFinding`):
// a scope may only tighten a rule. Its value must be at least as strict as the top-level rule, and
// when several scopes select the same agent (or channel) and set the same rule, each later value
// must be at least as strict as the one before. Agent selectors are judged first, then channels.






const SELECTOR_KINDS = [
    { selector: 'agentIds', label: 'agent', normalize: agent_id/* normalizeAgentId */.qq },
    { selector: 'channelIds', label: 'channel', normalize: (raw) => raw.trim().toLowerCase() },
];
/** `scopes` must already be an object; `policy` supplies the top-level values. */
function scopedOverrideFinding(scopes, policy, name) {
    for (const kind of SELECTOR_KINDS) {
        const found = overrideFindingFor(kind, scopes, policy, name);
        if (found !== undefined)
            return found;
    }
    return undefined;
}
function overrideFindingFor(kind, scopes, policy, name) {
    const report = (field, message, fixHint) => (0,shape_finding/* shapeFinding */.Jh)(name, `oc://${name.document}/${field.target}`, `${name.display} ${message}`, fixHint);
    /** The effective scoped value per (selector value, rule): the scope that set it last. */
    const effective = new Map();
    for (const [scopeName, overlay] of Object.entries(scopes)) {
        if (!(0,record/* isRecord */.u4)(overlay))
            continue;
        const selectorValues = overlay[kind.selector];
        if (!Array.isArray(selectorValues))
            continue;
        const fields = scopedFields(scopeName, overlay, kind.selector);
        const property = (field) => `scopes.${scopeName}.${field.rule}`;
        for (const raw of selectorValues) {
            if (typeof raw !== 'string' || raw.trim() === '')
                continue;
            const selectorValue = kind.normalize(raw);
            for (const field of fields) {
                const topLevel = (0,record/* valueAtPath */.WS)(policy, field.metadata.policyPath);
                if (topLevel !== undefined && !(0,strictness/* isPolicyValueAtLeastAsStrict */.P_)(field.metadata, field.value, topLevel))
                    return report(field, `${property(field)} is weaker than the top-level ${field.rule} policy.`, 'Use an equally or more restrictive scoped value, or remove the scoped override.');
                const key = `${selectorValue}\0${field.rule}`;
                const previous = effective.get(key);
                if (previous !== undefined &&
                    !(0,strictness/* isPolicyValueAtLeastAsStrict */.P_)(field.metadata, field.value, previous.field.value))
                    return report(field, `${property(field)} is not an equally or more restrictive override of ${previous.property} for ${kind.label} '${selectorValue}'.`, `Use one effective scoped value per ${kind.label}, or make later scoped values stricter according to policy metadata.`);
                effective.set(key, { property: property(field), field });
            }
        }
    }
    return undefined;
}
/** The rules a scope sets that `selector` may scope, in metadata order. */
function scopedFields(scopeName, overlay, selector) {
    const prefix = (0,policy_segment/* scopeTargetPrefix */.o)(scopeName);
    return (0,rule_metadata/* rulesScopableBy */.Md)(selector).flatMap((metadata) => {
        const value = (0,record/* valueAtPath */.WS)(overlay, metadata.policyPath);
        if (value === undefined)
            return [];
        return [
            {
                metadata,
                rule: (0,rule_metadata/* ruleName */.oF)(metadata),
                target: `${prefix}/${metadata.policyPath.map(policy_segment/* policySegment */.u).join('/')}`,
                value,
            },
        ];
    });
}

;// CONCATENATED MODULE: ./lib/engine/current/shape/scopes-shape.js
// The shape of `scopes` (SPEC-2026.9 §9.1): each named scope in key order — selectors, which
// sections a selector allows, then each overlay section's own shape — and finally the override
// strictness check across scopes. First failure only.








const SCOPE_KEYS = [
    'agentIds',
    'channelIds',
    'agents',
    'dataHandling',
    'execApprovals',
    'tools',
    'sandbox',
    'ingress',
];
const AGENT_SCOPED_SECTIONS = ['agents', 'dataHandling', 'execApprovals', 'tools', 'sandbox'];
/** `value` is `policy.scopes`; `policy` the whole document (for the top-level values). */
function scopesShape(value, policy, name) {
    if (value === undefined)
        return undefined;
    if (!(0,record/* isRecord */.u4)(value))
        return (0,ordered_shape/* orderedShape */.v)(value, { name, propertyPrefix: 'scopes', targetPrefix: 'scopes' }).object('', 'Fix {policy} so scopes maps scope names to policy overlays with selectors such as agentIds.');
    const scopes = value;
    function* findings() {
        for (const [scopeName, overlay] of Object.entries(scopes))
            yield* scopeFindings(scopeName, overlay, name);
        yield scopedOverrideFinding(scopes, policy, name);
    }
    return (0,shape_finding/* firstFinding */.I_)(findings());
}
/** The checks of one named scope, lazily, in the release's order. */
function* scopeFindings(scopeName, overlay, name) {
    const targetPrefix = (0,policy_segment/* scopeTargetPrefix */.o)(scopeName);
    const propertyPrefix = `scopes.${scopeName}`;
    const shape = (0,ordered_shape/* orderedShape */.v)(overlay, { name, propertyPrefix, targetPrefix });
    yield shape.object('', 'Fix {policy} so the named policy scope is an object.', true);
    const hasAgentIds = shape.value('agentIds') !== undefined;
    const hasChannelIds = shape.value('channelIds') !== undefined;
    if (!hasAgentIds && !hasChannelIds)
        yield shape.finding('', {
            message: '{policy} {property} must define at least one selector.',
            hint: 'List agentIds for agent-scoped policy or channelIds for channel-scoped ingress policy.',
        });
    yield selectorFinding(shape, 'agentIds', 'agent');
    yield selectorFinding(shape, 'channelIds', 'channel');
    if (shape.value('ingress') !== undefined && !hasChannelIds)
        yield shape.finding('ingress', {
            message: '{policy} {property} requires the channelIds selector.',
            hint: 'Move global ingress rules to top-level ingress, or list channelIds for channel-scoped ingress policy.',
        });
    if (AGENT_SCOPED_SECTIONS.some((section) => shape.value(section) !== undefined) && !hasAgentIds)
        yield shape.finding('', {
            message: '{policy} {property} uses agent-scoped sections without agentIds.',
            hint: 'List agentIds for agents.workspace, dataHandling.memory, tools, or sandbox policy sections.',
        });
    yield shape.keys('', SCOPE_KEYS, '', 'Use agentIds with agents.workspace, dataHandling.memory, execApprovals, tools, or sandbox, and channelIds with ingress.channels.', '{policy} {unsupported} is not a supported scoped policy section.');
    yield shape.object('dataHandling', 'Fix {policy} so the scoped dataHandling policy section is an object.');
    const dataHandling = shape.value('dataHandling');
    if ((0,record/* isRecord */.u4)(dataHandling))
        yield scopedDataHandlingShape(dataHandling, { name, scopeName, scopeTarget: targetPrefix });
    yield scopedAgentsShape(shape.value('agents'), name, scopeName);
    yield scopedExecApprovalsShape(shape.value('execApprovals'), name, scopeName);
    yield scopedToolsShape(shape.value('tools'), name, scopeName);
    yield posture_shapes_postureShapeFinding('sandbox', shape.value('sandbox'), {
        name,
        ...sectionPrefixes(scopeName, 'sandbox'),
    });
    yield ingressShape(shape.value('ingress'), {
        name,
        ...sectionPrefixes(scopeName, 'ingress'),
        allowSession: false,
    });
}
/** Where a scope's section is addressed: `scopes.<name>.<section>` and `scopes/<seg>/<section>`. */
function sectionPrefixes(scopeName, section) {
    return {
        propertyPrefix: `scopes.${scopeName}.${section}`,
        targetPrefix: `${(0,policy_segment/* scopeTargetPrefix */.o)(scopeName)}/${section.replaceAll('.', '/')}`,
    };
}
/** A scope's `agents`: an object holding only `workspace`, whose rules are then checked. */
function scopedAgentsShape(value, name, scopeName) {
    const shape = (0,ordered_shape/* orderedShape */.v)({ agents: value }, { name, propertyPrefix: `scopes.${scopeName}`, targetPrefix: (0,policy_segment/* scopeTargetPrefix */.o)(scopeName) });
    return (0,shape_finding/* firstFinding */.I_)((function* () {
        yield shape.object('agents', 'Fix {policy} so the scoped agents policy section is an object.');
        yield shape.keys('agents', ['workspace'], '', 'Move the rule under agents.workspace or a supported scoped top-level section.', '{policy} {unsupported} is not supported by the agentIds selector.');
        yield posture_shapes_postureShapeFinding('workspace', shape.value('agents.workspace'), {
            name,
            ...sectionPrefixes(scopeName, 'agents.workspace'),
        });
    })());
}
function scopedExecApprovalsShape(value, name, scopeName) {
    return execApprovalsShape(value, {
        name,
        ...sectionPrefixes(scopeName, 'execApprovals'),
        allowDefaults: false,
    });
}
/** A scope's `tools`: an object; rules that cannot be scoped are rejected before the rest. */
function scopedToolsShape(value, name, scopeName) {
    if (value !== undefined && !(0,record/* isRecord */.u4)(value))
        return (0,ordered_shape/* orderedShape */.v)(value, { name, ...sectionPrefixes(scopeName, 'tools') }).object('', 'Fix {policy} so the scoped tools policy overlay is an object.');
    return posture_shapes_postureShapeFinding('scoped-tools', value, { name, ...sectionPrefixes(scopeName, 'tools') });
}
/** `agentIds` / `channelIds`: a non-empty list of strings, unique after normalisation. */
function selectorFinding(shape, path, kind) {
    const valueName = `${kind} id`;
    const listProblem = shape.list(path, { valueName });
    if (listProblem !== undefined)
        return listProblem;
    const value = shape.value(path);
    if (!Array.isArray(value))
        return undefined;
    if (value.length === 0)
        return shape.finding(path, {
            message: '{policy} {property} must include at least one {valueName}.',
            hint: 'Add one or more {valueName}s to {policy} {property}.',
        }, { valueName });
    const firstIndexOf = new Map();
    for (const [index, raw] of value.entries()) {
        if (typeof raw !== 'string')
            continue;
        const normalized = kind === 'agent' ? (0,agent_id/* normalizeAgentId */.qq)(raw) : raw.trim().toLowerCase();
        const previous = firstIndexOf.get(normalized);
        if (previous !== undefined)
            return shape.finding(path, {
                message: `{policy} {property}[{index}] duplicates {property}[${previous}] after normalization.`,
                hint: 'List each {valueName} only once per named policy scope.',
            }, { index, valueName });
        firstIndexOf.set(normalized, index);
    }
    return undefined;
}

;// CONCATENATED MODULE: ./lib/engine/current/shape/container-shape.js
// The container shape of a policy document (SPEC-2026.9 §6.2, the release's
// `policyContainerShapeFindings`): top-level sections, then each section in the release's order,
// stopping at the first problem. Family validators (family-shapes.ts) run separately.







/** The top-level sections of a 2026.9.6 policy (SPEC-2026.9 §5); anything else is an error. */
const POLICY_SECTIONS = [
    'auth',
    'agents',
    'channels',
    'dataHandling',
    'execApprovals',
    'gateway',
    'ingress',
    'mcp',
    'models',
    'network',
    'routing',
    'sandbox',
    'scopes',
    'secrets',
    'tools',
];
function containerShapeFinding(policy, name) {
    if (!(0,record/* isRecord */.u4)(policy))
        return (0,shape_finding/* shapeFinding */.Jh)(name, `oc://${name.document}`, `${name.display} must contain a policy object.`, `Fix ${name.display} so the top-level policy is an object.`);
    const document = policy;
    const shape = (0,ordered_shape/* orderedShape */.v)(document, { name });
    const context = { name };
    function* findings() {
        yield shape.keys('', POLICY_SECTIONS, '', 'Remove {key} or use a supported policy section.', '{policy} {key} is not a supported policy section.');
        yield shape.object('tools');
        yield posture_shapes_postureShapeFinding('tools', document.tools, context);
        yield shape.object('channels');
        yield shape.keys('channels', ['denyRules'], 'channel', 'Remove {unsupported} or use channels.denyRules.');
        yield shape.object('mcp');
        yield shape.keys('mcp', ['servers'], 'MCP', 'Remove {unsupported} or use mcp.servers.');
        yield shape.object('dataHandling');
        yield* allowDenyLists(shape, 'mcp.servers', 'MCP server id');
        yield shape.object('models');
        yield shape.keys('models', ['providers'], 'model', 'Remove {unsupported} or use models.providers.');
        yield* allowDenyLists(shape, 'models.providers', 'model provider id');
        yield shape.object('network');
        yield shape.keys('network', ['privateNetwork'], 'network', 'Remove {unsupported} or use network.privateNetwork.');
        yield shape.object('network.privateNetwork');
        yield shape.keys('network.privateNetwork', ['allow'], 'network', 'Remove {unsupported} or use network.privateNetwork.allow.');
        yield shape.boolean('network.privateNetwork.allow', 'Fix {policy} so {property} is true or false.');
        yield shape.object('secrets');
        yield shape.keys('secrets', ['allowInsecureProviders', 'denySources', 'requireManagedProviders'], 'secrets', 'Remove {unsupported} or use a supported secrets policy rule.');
        yield shape.object('auth');
        yield shape.keys('auth', ['profiles'], 'auth', 'Remove {unsupported} or use auth.profiles.');
        yield shape.object('auth.profiles');
        yield shape.keys('auth.profiles', ['allowModes', 'requireMetadata'], 'auth profile', 'Remove {unsupported} or use a supported auth profile policy rule.');
        yield execApprovalsShape(document.execApprovals, context);
        yield posture_shapes_postureShapeFinding('sandbox', document.sandbox, context);
        yield ingressShape(document.ingress, context);
        yield posture_shapes_postureShapeFinding('gateway', document.gateway, context);
        yield (0,routing_shape/* routingShape */.G9)(document.routing, name);
        yield posture_shapes_postureShapeFinding('agents', document.agents, context);
        yield scopesShape(document.scopes, document, name);
    }
    return (0,shape_finding/* firstFinding */.I_)(findings());
}
/** `mcp.servers` / `models.providers`: an object of `allow` and `deny` string lists. */
function* allowDenyLists(shape, path, valueName) {
    yield shape.object(path);
    yield shape.keys(path, ['allow', 'deny'], '', 'Remove {unsupported} or use {property}.allow or {property}.deny.', '{policy} {unsupported} is not supported in policy.');
    for (const key of ['allow', 'deny'])
        yield shape.list(`${path}.${key}`, {
            valueName,
            entry: {
                message: '{policy} {property}[{index}] must be a non-empty string.',
                hint: 'Fix {policy} so each {property} entry is a {valueName}.',
            },
        });
}

;// CONCATENATED MODULE: ./lib/engine/current/shape/family-shapes.js
// Shape validators that run inside their families, in addition to the container check (SPEC-2026.9
// §6.3). Some report the first problem, some every problem; a family whose validator reports
// anything reports that instead of its findings (except auth requireMetadata, which is appended).





const allowedValuesOf = (rule) => (0,rule_metadata/* ruleMetadata */.Aq)(rule).allowedValues ?? [];
/** `channels.denyRules`: a list; unknown keys in a rule, then the first rule without a provider. */
function channelDenyRuleShapeFindings(policy, name) {
    const shape = (0,ordered_shape/* orderedShape */.v)(policy, { name });
    const rules = shape.value('channels.denyRules');
    if (rules === undefined)
        return [];
    if (!Array.isArray(rules))
        return [
            shape.finding('channels.denyRules', {
                message: '{policy} {property} must be an array.',
                hint: 'Fix {policy} so channel deny rules are an array.',
            }),
        ];
    const list = rules;
    for (const [index, rule] of list.entries()) {
        if (!(0,record/* isRecord */.u4)(rule))
            continue;
        const entry = (0,ordered_shape/* orderedShape */.v)(rule, {
            name,
            propertyPrefix: `channels.denyRules[${index}]`,
            targetPrefix: `channels/denyRules/#${index}`,
        });
        const message = '{policy} {unsupported} is not supported in channel deny rules.';
        const problem = entry.keys('', ['id', 'reason', 'when'], '', 'Remove {unsupported} or use id, when.provider, and reason.', message) ?? entry.keys('when', ['provider'], '', 'Remove {unsupported} or use when.provider.', message);
        if (problem !== undefined)
            return [problem];
    }
    const index = list.findIndex((rule) => !(0,strictness/* isChannelDenyRule */.QT)(rule));
    if (index < 0)
        return [];
    return [
        shape.finding('channels.denyRules', {
            message: '{policy} {property}[{index}] must define when.provider as a string.',
            hint: 'Fix {policy} so each channel deny rule has a provider match.',
        }, { index }),
    ];
}
const DATA_HANDLING_SECTIONS = [
    ['sensitiveLogging', 'requireRedaction'],
    ['telemetry', 'denyContentCapture'],
    ['retention', 'requireSessionMaintenance'],
    ['memory', 'denySessionTranscriptIndexing'],
];
/** Every problem: unknown sections, non-object sections, then the first problem per section. */
function dataHandlingShapeFindings(policy, name) {
    if (!(0,record/* isRecord */.u4)(policy) || !(0,record/* isRecord */.u4)(policy.dataHandling))
        return [];
    const shape = (0,ordered_shape/* orderedShape */.v)(policy, { name });
    function* sectionRule(section, rule) {
        yield shape.keys(`dataHandling.${section}`, [rule], 'data-handling', `Remove {unsupported} or use {property}.${rule}.`);
        yield shape.boolean(`dataHandling.${section}.${rule}`);
    }
    function* findings() {
        yield shape.keys('dataHandling', ['memory', 'retention', 'sensitiveLogging', 'telemetry'], 'data-handling', 'Remove {unsupported} or use a supported data-handling policy rule.');
        for (const [section] of DATA_HANDLING_SECTIONS)
            yield shape.object(`dataHandling.${section}`, 'Fix {property} so it contains boolean policy rules.');
        for (const [section, rule] of DATA_HANDLING_SECTIONS)
            yield (0,shape_finding/* firstFinding */.I_)(sectionRule(section, rule));
    }
    return (0,shape_finding/* allFindings */.c4)(findings());
}
/** Every problem among the three secrets rules. */
function secretsShapeFindings(policy, name) {
    if (!(0,record/* isRecord */.u4)(policy) || !(0,record/* isRecord */.u4)(policy.secrets))
        return [];
    const shape = (0,ordered_shape/* orderedShape */.v)(policy, { name });
    return (0,shape_finding/* allFindings */.c4)([
        shape.boolean('secrets.requireManagedProviders'),
        shape.boolean('secrets.allowInsecureProviders'),
        shape.list('secrets.denySources', {
            array: {
                message: '{policy} {property} must be an array of source names.',
                hint: 'Use an array such as ["exec"] or remove secrets.denySources.',
            },
            entry: {
                message: '{policy} {property}[{index}] must be a non-empty source name.',
                hint: 'Use non-empty source names such as env, file, exec, or openclaw.',
            },
        }),
    ]);
}
/** `auth.profiles.allowModes`: supported modes, compared lowercased. */
function authAllowModesShapeFindings(policy, name) {
    return authListFindings(policy, name, 'auth.profiles.allowModes', 'auth mode', 'auth modes');
}
/** `auth.profiles.requireMetadata`: supported metadata keys, compared lowercased. */
function authRequireMetadataShapeFindings(policy, name) {
    return authListFindings(policy, name, 'auth.profiles.requireMetadata', 'metadata key', 'metadata keys');
}
function authListFindings(policy, name, rule, one, many) {
    const hint = `Use supported ${many}: {allowed}.`;
    const problem = (0,ordered_shape/* orderedShape */.v)(policy, { name }).list(rule, {
        allowed: allowedValuesOf(rule),
        normalize: 'lower',
        array: { message: `{policy} {property} must be an array of ${many}.`, hint },
        entry: { message: `{policy} {property}[{index}] must be a supported ${one}.`, hint },
    });
    return problem === undefined ? [] : [problem];
}
/**
 * `tools.requireMetadata` (the release's `toolMetadataRequirementFindings`): written out rather
 * than templated, and checked even when `tools` holds other problems.
 */
function toolsRequireMetadataShapeFindings(policy, name) {
    if (!(0,record/* isRecord */.u4)(policy) || !(0,record/* isRecord */.u4)(policy.tools) || policy.tools.requireMetadata === undefined)
        return [];
    const supported = allowedValuesOf('tools.requireMetadata');
    const fixHint = `Use supported metadata keys: ${supported.join(', ')}.`;
    const base = `oc://${name.document}/tools/requireMetadata`;
    const requireMetadata = policy.tools.requireMetadata;
    if (!Array.isArray(requireMetadata))
        return [
            (0,shape_finding/* shapeFinding */.Jh)(name, base, `${name.display} tools.requireMetadata must be an array of metadata keys.`, fixHint),
        ];
    const index = requireMetadata.findIndex((entry) => typeof entry !== 'string' || !supported.includes(entry.trim().toLowerCase()));
    if (index < 0)
        return [];
    return [
        (0,shape_finding/* shapeFinding */.Jh)(name, `${base}/#${index}`, `${name.display} tools.requireMetadata[${index}] must be a supported metadata key.`, fixHint),
    ];
}

;// CONCATENATED MODULE: ./lib/engine/current/shape/index.js
// The policy shape layer of OpenClaw 2026.9.6 (SPEC-2026.9 §6, §9.1): every
// `policy/policy-jsonc-invalid` finding the release derives from the rule metadata. Families
// call the section validators to skip themselves when their section is invalid (§6.3).
//
// Modules: ordered-shape (the template engine), posture-shapes (tools, sandbox, gateway, agents),
// access-shapes (ingress, exec approvals), routing-shape, scopes-shape + scoped-overrides,
// container-shape (the first-failure walk), family-shapes (validators run inside families).











/** §6.2: the container steps in the release's order; the first failure only (≤ 1 finding). */
function policyContainerShapeFindings(policy, name) {
    const found = containerShapeFinding(policy, name);
    return found === undefined ? [] : [found];
}
/** §9.1: whether `scopes` is valid as a whole (scoped evaluation runs only then). */
function hasValidScopedPolicy(policy, name) {
    return (0,record/* isRecord */.u4)(policy) && scopesShape(policy.scopes, policy, name) === undefined;
}
/*
 * Section validators (first failure within the section). `value` is the section itself (e.g.
 * `policy.ingress`, or a scope overlay's `ingress`); an absent section is valid. `scopeName` set:
 * the overlay `scopes.<scopeName>.<section>` (property prefix and target follow it), checked as
 * the scopes shape checks it (no ingress.session, no execApprovals.defaults, no unscopable tools
 * rules, `agents` holding only `workspace`).
 */
function ingressShapeFinding(value, name, scopeName) {
    if (scopeName === undefined)
        return ingressShape(value, { name });
    return ingressShape(value, { name, ...sectionPrefixes(scopeName, 'ingress'), allowSession: false });
}
/**
 * Like the release, this does not report a `tools` value that is not an object (the container
 * check does, and the families test `isRecord` themselves); a scope's `tools` is reported.
 */
function toolsPostureShapeFinding(value, name, scopeName) {
    if (scopeName === undefined)
        return posture_shapes_postureShapeFinding('tools', value, { name });
    return scopedToolsShape(value, name, scopeName);
}
function sandboxPostureShapeFinding(value, name, scopeName) {
    const prefixes = scopeName === undefined ? {} : sectionPrefixes(scopeName, 'sandbox');
    return posture_shapes_postureShapeFinding('sandbox', value, { name, ...prefixes });
}
function agentsPostureShapeFinding(value, name, scopeName) {
    if (scopeName === undefined)
        return posture_shapes_postureShapeFinding('agents', value, { name });
    return scopedAgentsShape(value, name, scopeName);
}
function gatewayPostureShapeFinding(value, name) {
    return postureShapeFinding('gateway', value, { name });
}
function routingShapeFinding(value, name) {
    return (0,routing_shape/* routingShape */.G9)(value, name);
}
/**
 * The exec-approvals family reports this finding too (step 12.14), so an invalid section yields
 * two identical findings: this one from the container check and the family's.
 */
function execApprovalsShapeFinding(value, name, scopeName) {
    if (scopeName === undefined)
        return execApprovalsShape(value, { name });
    return scopedExecApprovalsShape(value, name, scopeName);
}


/***/ }),

/***/ 4483:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ orderedShape),
/* harmony export */   x: () => (/* binding */ stringListIssue)
/* harmony export */ });
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33);
/* harmony import */ var _policy_segment_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3514);
/* harmony import */ var _shape_finding_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4471);
// The release's "ordered shape" template engine (SPEC-2026.9 §6.1): five primitive checks on a
// value at a dotted path, each rendering a message and a fix hint from a template. Validators call
// them in a fixed order and keep the first (or every) finding themselves.



/**
 * What is wrong with a string list, if anything: not an array, or the first entry that is not a
 * string, is blank after normalisation, or is not allowed. Holes count as bad entries unless
 * `visitHoles` is off (the rule-value validity test of `compare` skips them).
 */
function stringListIssue(value, allowed, normalize = 'trim', visitHoles = true) {
    if (!Array.isArray(value))
        return { kind: 'array' };
    const list = value;
    const index = list.findIndex((entry, entryIndex) => {
        if (!visitHoles && !(entryIndex in list))
            return false;
        if (typeof entry !== 'string')
            return true;
        const normalized = normalize === 'raw' ? entry : normalize === 'lower' ? entry.trim().toLowerCase() : entry.trim();
        return normalized === '' || (allowed !== undefined && !allowed.includes(normalized));
    });
    return index < 0 ? undefined : { kind: 'entry', index };
}
const DEFAULT_OBJECT_HINT = 'Fix {policy} so {property} is an object.';
const DEFAULT_BOOLEAN_HINT = 'Set {property} to true or false.';
const PLACEHOLDER = /\{(policy|property|key|index|unsupported|valueName|allowed)\}/g;
function orderedShape(root, context) {
    const locate = (path) => {
        const parts = path === '' ? [] : path.split('.');
        const property = [context.propertyPrefix, ...parts].filter((part) => part !== undefined).join('.');
        const targetParts = [context.targetPrefix, ...parts.map(_policy_segment_js__WEBPACK_IMPORTED_MODULE_0__/* .policySegment */ .u)].filter((part) => part !== undefined);
        return { value: (0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .valueAtPath */ .WS)(root, parts), property, targetParts };
    };
    const diagnostic = (path, text, detail = {}) => {
        const { property, targetParts } = locate(path);
        const fields = {
            policy: context.name.display,
            property,
            key: detail.key ?? '',
            index: detail.index === undefined ? '' : String(detail.index),
            unsupported: `${property}.${detail.key ?? ''}`,
            valueName: detail.valueName ?? '',
            allowed: detail.allowed?.join(', ') ?? '',
        };
        // One pass: text substituted into a template is never expanded again.
        const render = (template) => template.replace(PLACEHOLDER, (_, field) => fields[field] ?? '');
        const suffix = detail.key !== undefined
            ? `/${(0,_policy_segment_js__WEBPACK_IMPORTED_MODULE_0__/* .policySegment */ .u)(detail.key)}`
            : detail.index !== undefined
                ? `/#${detail.index}`
                : '';
        const where = targetParts.length > 0 ? `/${targetParts.join('/')}` : '';
        return (0,_shape_finding_js__WEBPACK_IMPORTED_MODULE_2__/* .shapeFinding */ .Jh)(context.name, `oc://${context.name.document}${where}${suffix}`, render(text.message), render(text.hint));
    };
    const valueOf = (path) => locate(path).value;
    return {
        value: valueOf,
        finding: diagnostic,
        object(path, hint = DEFAULT_OBJECT_HINT, required = false) {
            const current = valueOf(path);
            if ((current === undefined && !required) || (0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(current))
                return undefined;
            return diagnostic(path, { message: '{policy} {property} must be an object.', hint });
        },
        keys(path, allowed, section, hint, message = `{policy} {unsupported} is not supported in ${section} policy.`) {
            const current = valueOf(path);
            if (!(0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(current))
                return undefined;
            const key = Object.keys(current).find((entry) => !allowed.includes(entry));
            return key === undefined ? undefined : diagnostic(path, { message, hint }, { key });
        },
        boolean(path, hint = DEFAULT_BOOLEAN_HINT) {
            const current = valueOf(path);
            if (current === undefined || typeof current === 'boolean')
                return undefined;
            return diagnostic(path, { message: '{policy} {property} must be a boolean.', hint });
        },
        enum(path, allowed, text) {
            const current = valueOf(path);
            if (current === undefined || (typeof current === 'string' && allowed.includes(current)))
                return undefined;
            return diagnostic(path, text, { allowed });
        },
        list(path, options = {}) {
            const current = valueOf(path);
            if (current === undefined)
                return undefined;
            const issue = stringListIssue(current, options.allowed, options.normalize);
            if (issue === undefined)
                return undefined;
            const text = issue.kind === 'array'
                ? (options.array ?? {
                    message: '{policy} {property} must be an array.',
                    hint: 'Fix {policy} so {property} is an array of {valueName}s.',
                })
                : (options.entry ?? {
                    message: '{policy} {property}[{index}] must be a supported {valueName}.',
                    hint: 'Use non-empty {valueName} entries.' +
                        (options.allowed === undefined ? '' : ' Supported values: {allowed}.'),
                });
            return diagnostic(path, text, {
                ...(issue.kind === 'entry' ? { index: issue.index } : {}),
                ...(options.valueName === undefined ? {} : { valueName: options.valueName }),
                ...(options.allowed === undefined ? {} : { allowed: options.allowed }),
            });
        },
    };
}


/***/ }),

/***/ 3514:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ scopeTargetPrefix),
/* harmony export */   u: () => (/* binding */ policySegment)
/* harmony export */ });
// Policy-side `oc://` segments (SPEC-2026.9 §6): a segment that is not a plain word or `#<index>`
// is written as a JSON string. The config side (`ocSegment` in oc-path.ts) quotes differently
// (it never escapes), so the two must not be mixed up: targets into the policy use this one.
const RAW_SEGMENT = /^(?:[A-Za-z0-9_-]+|#\d+)$/;
function policySegment(segment) {
    return RAW_SEGMENT.test(segment) ? segment : JSON.stringify(segment);
}
/** `scopes/<segment>`: where a named scope's overlay lives in the policy document. */
function scopeTargetPrefix(scopeName) {
    return `scopes/${policySegment(scopeName)}`;
}


/***/ }),

/***/ 4044:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G9: () => (/* binding */ routingShape),
/* harmony export */   d5: () => (/* binding */ isNonBlankString),
/* harmony export */   sF: () => (/* binding */ isValidMatchKindList)
/* harmony export */ });
/* unused harmony export ROUTING_MATCH_KINDS */
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33);
/* harmony import */ var _policy_segment_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3514);
/* harmony import */ var _shape_finding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4471);
// The routing section's shape (SPEC-2026.9 §6.6). Unlike the template-driven sections, routing
// words its own messages, and every problem has the same fix hint. First failure only.



/** The match kinds a routing probe may expect, in the release's order. */
const ROUTING_MATCH_KINDS = [
    'binding.peer',
    'binding.peer.parent',
    'binding.peer.wildcard',
    'binding.guild+roles',
    'binding.guild',
    'binding.team',
    'binding.account',
    'binding.channel',
    'default',
];
const ROUTING_KEYS = ['probes', 'requireBindings', 'requireConfiguredChannels'];
const PROBE_KEYS = ['expect', 'id', 'route'];
const ROUTE_KEYS = ['accountId', 'channel', 'guildId', 'memberRoleIds', 'parentPeer', 'peer', 'teamId'];
const PEER_KINDS = ['channel', 'direct', 'group'];
/** A string with something other than whitespace (the release's `hasNonEmptyString`). */
function isNonBlankString(value) {
    return typeof value === 'string' && value.trim() !== '';
}
function unsupportedKey(value, allowed) {
    return Object.keys(value).find((key) => !allowed.includes(key));
}
function routingShape(value, name) {
    if (value === undefined)
        return undefined;
    const report = (target, message) => (0,_shape_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .shapeFinding */ .Jh)(name, `oc://${name.document}/${target}`, `${name.display} ${message}`, `Fix ${name.display} so routing uses the documented policy syntax.`);
    if (!(0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(value))
        return report('routing', 'routing must be an object.');
    const unknown = unsupportedKey(value, ROUTING_KEYS);
    if (unknown !== undefined)
        return report(`routing/${(0,_policy_segment_js__WEBPACK_IMPORTED_MODULE_2__/* .policySegment */ .u)(unknown)}`, `routing.${unknown} is not supported.`);
    for (const key of ['requireBindings', 'requireConfiguredChannels'])
        if (value[key] !== undefined && typeof value[key] !== 'boolean')
            return report(`routing/${key}`, `routing.${key} must be a boolean.`);
    if (value.probes === undefined)
        return undefined;
    if (!Array.isArray(value.probes))
        return report('routing/probes', 'routing.probes must be an array.');
    const probes = value.probes;
    const ids = new Set();
    for (const [index, probe] of probes.entries()) {
        const target = `routing/probes/#${index}`;
        const property = `routing.probes[${index}]`;
        if (!(0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(probe))
            return report(target, `${property} must be an object.`);
        const unknownProbeKey = unsupportedKey(probe, PROBE_KEYS);
        if (unknownProbeKey !== undefined)
            return report(`${target}/${(0,_policy_segment_js__WEBPACK_IMPORTED_MODULE_2__/* .policySegment */ .u)(unknownProbeKey)}`, `${property}.${unknownProbeKey} is not supported.`);
        if (!isNonBlankString(probe.id))
            return report(`${target}/id`, `${property}.id must be a non-empty string.`);
        const id = probe.id.trim();
        if (ids.has(id))
            return report(`${target}/id`, `routing probe id ${id} must be unique.`);
        ids.add(id);
        const problem = routeFinding(probe.route, `${target}/route`, `${property}.route`, report) ??
            expectFinding(probe.expect, `${target}/expect`, `${property}.expect`, report);
        if (problem !== undefined)
            return problem;
    }
    return undefined;
}
function routeFinding(value, target, property, report) {
    if (!(0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(value))
        return report(target, `${property} must be an object.`);
    const unknown = unsupportedKey(value, ROUTE_KEYS);
    if (unknown !== undefined)
        return report(`${target}/${(0,_policy_segment_js__WEBPACK_IMPORTED_MODULE_2__/* .policySegment */ .u)(unknown)}`, `${property}.${unknown} is not supported.`);
    if (!isNonBlankString(value.channel))
        return report(`${target}/channel`, `${property}.channel must be a non-empty string.`);
    for (const key of ['accountId', 'guildId', 'teamId'])
        if (value[key] !== undefined && !isNonBlankString(value[key]))
            return report(`${target}/${key}`, `${property}.${key} must be a non-empty string.`);
    for (const key of ['peer', 'parentPeer']) {
        const problem = peerFinding(value[key], `${target}/${key}`, `${property}.${key}`, report);
        if (problem !== undefined)
            return problem;
    }
    const roles = value.memberRoleIds;
    if (roles !== undefined && !uniqueNonBlankStrings(roles))
        return report(`${target}/memberRoleIds`, `${property}.memberRoleIds must contain unique non-empty strings.`);
    return undefined;
}
/** Role ids are unique after trimming. */
function uniqueNonBlankStrings(value) {
    if (!Array.isArray(value) || value.length === 0)
        return false;
    const list = value;
    if (list.some((entry) => !isNonBlankString(entry)))
        return false;
    return new Set(list.map((entry) => String(entry).trim())).size === list.length;
}
function peerFinding(value, target, property, report) {
    if (value === undefined)
        return undefined;
    if (!(0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(value))
        return report(target, `${property} must be an object.`);
    const unknown = unsupportedKey(value, ['id', 'kind']);
    if (unknown !== undefined)
        return report(`${target}/${(0,_policy_segment_js__WEBPACK_IMPORTED_MODULE_2__/* .policySegment */ .u)(unknown)}`, `${property}.${unknown} is not supported.`);
    if (typeof value.kind !== 'string' || !PEER_KINDS.includes(value.kind))
        return report(`${target}/kind`, `${property}.kind must be direct, group, or channel.`);
    if (!isNonBlankString(value.id))
        return report(`${target}/id`, `${property}.id must be a non-empty string.`);
    return undefined;
}
function expectFinding(value, target, property, report) {
    if (!(0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(value))
        return report(target, `${property} must be an object.`);
    const unknown = unsupportedKey(value, ['agentId', 'matchedBy']);
    if (unknown !== undefined)
        return report(`${target}/${(0,_policy_segment_js__WEBPACK_IMPORTED_MODULE_2__/* .policySegment */ .u)(unknown)}`, `${property}.${unknown} is not supported.`);
    if (!isNonBlankString(value.agentId))
        return report(`${target}/agentId`, `${property}.agentId must be a non-empty string.`);
    if (value.matchedBy !== undefined && !isValidMatchKindList(value.matchedBy))
        return report(`${target}/matchedBy`, `${property}.matchedBy must contain unique supported match kinds.`);
    return undefined;
}
/** A non-empty list of distinct supported match kinds (exact spelling). */
function isValidMatchKindList(value) {
    if (!Array.isArray(value) || value.length === 0)
        return false;
    const list = value;
    return (list.every((entry) => typeof entry === 'string' && ROUTING_MATCH_KINDS.includes(entry)) &&
        new Set(list).size === list.length);
}


/***/ }),

/***/ 4471:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I_: () => (/* binding */ firstFinding),
/* harmony export */   Jh: () => (/* binding */ shapeFinding),
/* harmony export */   c4: () => (/* binding */ allFindings)
/* harmony export */ });
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8726);
// Every shape problem is reported the same way: a `policy/policy-jsonc-invalid` error on the
// policy file, with a target inside it and no requirement (SPEC-2026.9 §6).

/** `target` is the full `oc://` address. */
function shapeFinding(name, target, message, fixHint) {
    return (0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)({ checkId: _findings_js__WEBPACK_IMPORTED_MODULE_0__/* .POLICY_INVALID */ .j0, message, path: name.display, target, fixHint });
}
/** The first finding of a lazily evaluated sequence of checks (later checks never run). */
function firstFinding(checks) {
    for (const found of checks)
        if (found !== undefined)
            return found;
    return undefined;
}
/** Every finding of a sequence of checks. */
function allFindings(checks) {
    return Array.from(checks).filter((found) => found !== undefined);
}


/***/ }),

/***/ 7892:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P_: () => (/* binding */ isPolicyValueAtLeastAsStrict),
/* harmony export */   QT: () => (/* binding */ isChannelDenyRule),
/* harmony export */   eK: () => (/* binding */ policyRuleValueIsValid),
/* harmony export */   ql: () => (/* binding */ policyStringList)
/* harmony export */ });
/* harmony import */ var _provider_ids_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3254);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(33);
/* harmony import */ var _agent_id_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2131);
/* harmony import */ var _shape_exec_approval_allowlist_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9609);
/* harmony import */ var _shape_ordered_shape_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4483);
/* harmony import */ var _shape_routing_shape_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4044);
/* harmony import */ var _tool_matcher_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2235);
// Whether one value of a policy rule is at least as strict as another (SPEC-2026.9 §12.3), driven
// by the rule's metadata. Scope validation uses it for overrides (§9.1) and `policy compare` for
// candidate-versus-baseline claims; `policyRuleValueIsValid` is compare's validity test (§12.2).







const ALLOWLIST_EXPECTED = 'execApprovals.agents.allowlist.expected';
function isPolicyValueAtLeastAsStrict(metadata, candidate, baseline) {
    switch (metadata.strictness) {
        case 'allowlist-subset':
            return isAllowlistSubset(metadata, candidate, baseline);
        case 'denylist-superset':
            return isDenylistSuperset(metadata, candidate, baseline);
        case 'ordered-string':
            return isOrderedStringAtLeastAsStrict(metadata, candidate, baseline);
        case 'requires-true':
            return baseline !== true || candidate === true;
        case 'requires-false':
            return baseline !== false || candidate === false;
        case 'exact-list':
            return isSameStringList(metadata, candidate, baseline);
        case 'routing-probes':
            return routingProbesAtLeastAsStrict(candidate, baseline);
    }
}
/**
 * `compare`'s test that a claimed value is well-formed for its rule. Lists skip holes here (the
 * shape checks count them) and compare enums lowercased unless the rule is case-sensitive.
 */
function policyRuleValueIsValid(metadata, value) {
    switch (metadata.valueType) {
        case 'boolean':
            return typeof value === 'boolean';
        case 'channel-provider-deny-rules':
            return (Array.isArray(value) &&
                value.every((entry) => (0,_record_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(entry) && (0,_record_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(entry.when) && (0,_shape_routing_shape_js__WEBPACK_IMPORTED_MODULE_4__/* .isNonBlankString */ .d5)(entry.when.provider)));
        case 'routing-probes':
            return Array.isArray(value);
        case 'string-list':
        case 'string': {
            if (metadata.valueType === 'string-list' && metadata.policyPath.join('.') === ALLOWLIST_EXPECTED)
                return (0,_shape_exec_approval_allowlist_js__WEBPACK_IMPORTED_MODULE_5__/* .readExecApprovalAllowlistRequirements */ .SM)(value, []) !== undefined;
            const allowed = metadata.allowedValues ?? metadata.orderedValues;
            const caseSensitive = metadata.caseSensitive === true;
            return ((0,_shape_ordered_shape_js__WEBPACK_IMPORTED_MODULE_6__/* .stringListIssue */ .x)(metadata.valueType === 'string' ? [value] : value, caseSensitive ? allowed : allowed?.map((entry) => entry.toLowerCase()), caseSensitive ? 'trim' : 'lower', false) === undefined);
        }
    }
}
/**
 * A list rule's value as compared: trimmed non-blank entries, lowercased unless case-sensitive,
 * provider ids normalised; allowlist entries by key; channel deny rules by provider. Undefined
 * when the value is not such a list.
 */
function policyStringList(value, metadata) {
    if (metadata.valueType === 'channel-provider-deny-rules')
        return channelDenyProviders(value, metadata);
    if (!Array.isArray(value))
        return undefined;
    if (metadata.policyPath.join('.') === ALLOWLIST_EXPECTED)
        return (0,_shape_exec_approval_allowlist_js__WEBPACK_IMPORTED_MODULE_5__/* .readExecApprovalAllowlistRequirements */ .SM)(value, [])?.map((entry) => entry.key);
    const list = value;
    if (!list.every((entry) => typeof entry === 'string'))
        return undefined;
    return list
        .map((entry) => entry.trim())
        .filter(Boolean)
        .map((entry) => normalizeListEntry(entry, metadata));
}
function normalizeListEntry(entry, metadata) {
    if (metadata.normalizeValues === 'model-provider')
        return (0,_provider_ids_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeProviderIdPlain */ .C)(entry);
    return metadata.caseSensitive === true ? entry : entry.toLowerCase();
}
/** The providers of a list of well-formed deny rules (blank providers dropped). */
function channelDenyProviders(value, metadata) {
    if (!Array.isArray(value))
        return undefined;
    const providers = [];
    for (const rule of value) {
        if (!isChannelDenyRule(rule))
            return undefined;
        const provider = rule.when.provider.trim();
        if (provider !== '')
            providers.push(metadata.caseSensitive === true ? provider : provider.toLowerCase());
    }
    return providers;
}
/** `{ id?: string, reason?: string, when: { provider: string } }` (other keys tolerated here). */
function isChannelDenyRule(value) {
    return ((0,_record_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(value) &&
        (value.id === undefined || typeof value.id === 'string') &&
        (value.reason === undefined || typeof value.reason === 'string') &&
        (0,_record_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(value.when) &&
        typeof value.when.provider === 'string');
}
/** A single string rule's value as compared (trimmed; lowercased unless case-sensitive). */
function policyString(value, metadata) {
    if (typeof value !== 'string' || value.trim() === '')
        return undefined;
    const trimmed = value.trim();
    return metadata.caseSensitive === true ? trimmed : trimmed.toLowerCase();
}
/** A candidate allowlist may only allow what the baseline allows; `[]` may mean "no rule". */
function isAllowlistSubset(metadata, candidate, baseline) {
    const candidateList = policyStringList(candidate, metadata);
    const baselineList = policyStringList(baseline, metadata);
    if (candidateList === undefined || baselineList === undefined)
        return false;
    if (metadata.emptyList === 'disabled') {
        if (baselineList.length === 0)
            return true;
        if (candidateList.length === 0)
            return false;
    }
    const allowed = new Set(baselineList);
    return candidateList.every((entry) => allowed.has(entry));
}
/** A candidate denylist must deny everything the baseline denies (tools: through groups and globs). */
function isDenylistSuperset(metadata, candidate, baseline) {
    const candidateList = policyStringList(candidate, metadata);
    const baselineList = policyStringList(baseline, metadata);
    if (candidateList === undefined || baselineList === undefined)
        return false;
    if (metadata.policyPath.join('.') === 'tools.denyTools')
        return baselineList
            .flatMap((entry) => (0,_tool_matcher_js__WEBPACK_IMPORTED_MODULE_2__/* .expandToolGroups */ .hN)([entry]))
            .every((tool) => (0,_tool_matcher_js__WEBPACK_IMPORTED_MODULE_2__/* .toolListDenies */ .Vw)(candidateList, tool));
    const denied = new Set(candidateList);
    return baselineList.every((entry) => denied.has(entry));
}
function isOrderedStringAtLeastAsStrict(metadata, candidate, baseline) {
    const candidateValue = policyString(candidate, metadata);
    const baselineValue = policyString(baseline, metadata);
    if (candidateValue === undefined || baselineValue === undefined || metadata.orderedValues === undefined)
        return false;
    const ordered = metadata.orderedValues.map((entry) => metadata.caseSensitive === true ? entry : entry.toLowerCase());
    const candidateIndex = ordered.indexOf(candidateValue);
    const baselineIndex = ordered.indexOf(baselineValue);
    return candidateIndex >= 0 && baselineIndex >= 0 && candidateIndex >= baselineIndex;
}
/** The same entries, ignoring order (duplicates count). */
function isSameStringList(metadata, candidate, baseline) {
    const candidateList = policyStringList(candidate, metadata);
    const baselineList = policyStringList(baseline, metadata);
    if (candidateList === undefined || baselineList === undefined)
        return false;
    const candidateSorted = candidateList.toSorted();
    const baselineSorted = baselineList.toSorted();
    return (candidateSorted.length === baselineSorted.length &&
        candidateSorted.every((entry, index) => entry === baselineSorted[index]));
}
/**
 * Every baseline probe is kept (same id, same route, same agent) and expects no match kind the
 * baseline does not; candidate ids must be unique.
 */
function routingProbesAtLeastAsStrict(candidate, baseline) {
    if (!Array.isArray(candidate) || !Array.isArray(baseline))
        return false;
    const candidateById = new Map();
    for (const entry of candidate) {
        if (!(0,_record_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(entry) || !(0,_shape_routing_shape_js__WEBPACK_IMPORTED_MODULE_4__/* .isNonBlankString */ .d5)(entry.id) || candidateById.has(entry.id))
            return false;
        candidateById.set(entry.id, entry);
    }
    return baseline.every((baselineEntry) => {
        if (!(0,_record_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(baselineEntry) || !(0,_shape_routing_shape_js__WEBPACK_IMPORTED_MODULE_4__/* .isNonBlankString */ .d5)(baselineEntry.id))
            return false;
        const candidateEntry = candidateById.get(baselineEntry.id);
        if (candidateEntry === undefined)
            return false;
        const candidateRoute = canonicalRoute(candidateEntry.route);
        const baselineRoute = canonicalRoute(baselineEntry.route);
        if (candidateRoute === undefined || baselineRoute === undefined || candidateRoute !== baselineRoute)
            return false;
        const candidateExpect = candidateEntry.expect;
        const baselineExpect = baselineEntry.expect;
        if (!(0,_record_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(candidateExpect) ||
            !(0,_record_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(baselineExpect) ||
            !(0,_shape_routing_shape_js__WEBPACK_IMPORTED_MODULE_4__/* .isNonBlankString */ .d5)(candidateExpect.agentId) ||
            !(0,_shape_routing_shape_js__WEBPACK_IMPORTED_MODULE_4__/* .isNonBlankString */ .d5)(baselineExpect.agentId) ||
            (0,_agent_id_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeAgentId */ .qq)(candidateExpect.agentId) !== (0,_agent_id_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeAgentId */ .qq)(baselineExpect.agentId))
            return false;
        return matchKindsAtLeastAsStrict(candidateExpect.matchedBy, baselineExpect.matchedBy);
    });
}
function matchKindsAtLeastAsStrict(candidate, baseline) {
    if (baseline === undefined)
        return candidate === undefined || (0,_shape_routing_shape_js__WEBPACK_IMPORTED_MODULE_4__/* .isValidMatchKindList */ .sF)(candidate);
    if (!(0,_shape_routing_shape_js__WEBPACK_IMPORTED_MODULE_4__/* .isValidMatchKindList */ .sF)(candidate) || !(0,_shape_routing_shape_js__WEBPACK_IMPORTED_MODULE_4__/* .isValidMatchKindList */ .sF)(baseline))
        return false;
    const baselineKinds = new Set(baseline);
    return candidate.every((kind) => baselineKinds.has(kind));
}
const ROUTE_KEYS = ['accountId', 'channel', 'guildId', 'memberRoleIds', 'parentPeer', 'peer', 'teamId'];
/** A route written so that equal routes give equal strings; undefined for a malformed route. */
function canonicalRoute(value) {
    if (!(0,_record_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(value) || Object.keys(value).some((key) => !ROUTE_KEYS.includes(key)))
        return undefined;
    if (!(0,_shape_routing_shape_js__WEBPACK_IMPORTED_MODULE_4__/* .isNonBlankString */ .d5)(value.channel))
        return undefined;
    if ([value.accountId, value.guildId, value.teamId].some((id) => id !== undefined && !(0,_shape_routing_shape_js__WEBPACK_IMPORTED_MODULE_4__/* .isNonBlankString */ .d5)(id)))
        return undefined;
    const peer = canonicalPeer(value.peer);
    const parentPeer = canonicalPeer(value.parentPeer);
    if (peer === null || parentPeer === null)
        return undefined;
    const roles = value.memberRoleIds;
    if (roles !== undefined) {
        if (!Array.isArray(roles) || roles.length === 0)
            return undefined;
        const list = roles;
        if (list.some((role) => !(0,_shape_routing_shape_js__WEBPACK_IMPORTED_MODULE_4__/* .isNonBlankString */ .d5)(role)) || new Set(list).size !== list.length)
            return undefined;
    }
    // Key order and `undefined` members follow the release's JSON.stringify of the same object.
    return JSON.stringify({
        channel: value.channel.trim().toLowerCase(),
        accountId: normalizeAccountId(typeof value.accountId === 'string' ? value.accountId : undefined),
        peer,
        parentPeer,
        guildId: typeof value.guildId === 'string' ? value.guildId.trim() : undefined,
        teamId: typeof value.teamId === 'string' ? value.teamId.trim() : undefined,
        memberRoleIds: Array.isArray(roles) ? roles.toSorted() : undefined,
    });
}
/** undefined: no peer; null: a malformed peer. */
function canonicalPeer(value) {
    if (value === undefined)
        return undefined;
    if (!(0,_record_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(value) || Object.keys(value).some((key) => key !== 'id' && key !== 'kind'))
        return null;
    if (typeof value.kind !== 'string' || !['channel', 'direct', 'group'].includes(value.kind))
        return null;
    if (!(0,_shape_routing_shape_js__WEBPACK_IMPORTED_MODULE_4__/* .isNonBlankString */ .d5)(value.id))
        return null;
    return { kind: value.kind, id: value.id.trim() };
}
const DEFAULT_ACCOUNT_ID = 'default';
const VALID_ACCOUNT_ID = /^[a-z0-9][a-z0-9_-]{0,63}$/i;
const PROTOTYPE_KEYS = new Set(['__proto__', 'prototype', 'constructor']);
/** OpenClaw's `normalizeAccountId`: like agent ids, but blank or unrepresentable ids are `default`. */
function normalizeAccountId(value) {
    const trimmed = (value ?? '').trim();
    if (trimmed === '')
        return DEFAULT_ACCOUNT_ID;
    const lowered = trimmed.toLowerCase();
    const canonical = VALID_ACCOUNT_ID.test(trimmed)
        ? lowered
        : lowered
            .replace(/[^a-z0-9_-]+/g, '-')
            .replace(/^-+/, '')
            .replace(/-+$/, '')
            .slice(0, 64);
    return canonical === '' || PROTOTYPE_KEYS.has(canonical) ? DEFAULT_ACCOUNT_ID : canonical;
}


/***/ }),

/***/ 2235:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BX: () => (/* binding */ normalizeToolPolicyName),
/* harmony export */   RC: () => (/* binding */ toolDenyMatcher),
/* harmony export */   Vw: () => (/* binding */ toolListDenies),
/* harmony export */   hN: () => (/* binding */ expandToolGroups)
/* harmony export */ });
/* unused harmony export TOOL_GROUPS */
// OpenClaw's tool deny matching as the 2026.9.6 policy plugin uses it (`toolListCoversTool`,
// `expandPolicyToolRequirement`; SPEC-2026.9 §7.3, §10.2): tool names are trimmed, lowercased and
// folded through the aliases, `group:<section>` entries expand to the core tool catalog, and `*`
// in an entry is a glob. Data read from the release's `tool-policy-shared` and `tool-catalog`.
/** Names OpenClaw folds before matching (`TOOL_NAME_ALIASES`). */
const TOOL_NAME_ALIASES = new Map([
    ['bash', 'exec'],
    ['apply-patch', 'apply_patch'],
    ['cron', 'automations'],
]);
const SESSION_TOOLS = [
    'sessions',
    'sessions_list',
    'sessions_history',
    'sessions_search',
    'conversations_list',
    'conversations_send',
    'conversations_turn',
    'sessions_send',
    'sessions_spawn',
    'github_identity_status',
    'github_publish',
    'agents_wait',
    'sessions_yield',
    'subagents',
    'session_status',
    'suggest_task',
    'dismiss_task',
];
const AGENT_TOOLS = [
    'agents_list',
    'get_goal',
    'create_goal',
    'update_goal',
    'progress_card',
    'ask_user',
    'skill_workshop',
];
const MEDIA_TOOLS = ['view_image', 'image_generate', 'music_generate', 'video_generate', 'tts', 'pdf'];
const AUTOMATION_TOOLS = ['heartbeat_respond', 'automations', 'gateway', 'plugins', 'openclaw'];
const NODE_TOOLS = ['nodes', 'computer', 'mobile_ui'];
/** The core tool groups of 2026.9.6 (`CORE_TOOL_GROUPS`), each in catalog order. */
const TOOL_GROUPS = Object.freeze({
    // Every catalog tool included in the OpenClaw group; `canvas` is the one tool left out.
    'group:openclaw': [
        'code_execution',
        'secrets',
        'web_search',
        'web_fetch',
        'x_search',
        'memory_search',
        'memory_get',
        ...SESSION_TOOLS,
        'browser',
        'screen',
        'theme',
        'dashboard',
        'terminal',
        'portal',
        'show_widget',
        'message',
        ...AUTOMATION_TOOLS,
        ...NODE_TOOLS,
        ...AGENT_TOOLS,
        ...MEDIA_TOOLS,
    ],
    'group:fs': ['ls', 'read', 'write', 'edit', 'apply_patch'],
    'group:runtime': ['exec', 'process', 'code_execution', 'secrets'],
    'group:web': ['web_search', 'web_fetch', 'x_search'],
    'group:memory': ['memory_search', 'memory_get'],
    'group:sessions': SESSION_TOOLS,
    'group:ui': ['browser', 'screen', 'theme', 'dashboard', 'terminal', 'portal', 'canvas', 'show_widget'],
    'group:messaging': ['message'],
    'group:automation': AUTOMATION_TOOLS,
    'group:nodes': NODE_TOOLS,
    'group:agents': AGENT_TOOLS,
    'group:media': MEDIA_TOOLS,
});
/** `normalizeToolPolicyName`: trimmed, lowercased, aliases folded; '' for blank input. */
function normalizeToolPolicyName(name) {
    const normalized = name.trim().toLowerCase();
    return TOOL_NAME_ALIASES.get(normalized) ?? normalized;
}
/** `expandToolGroups`: normalised names, groups replaced by their tools, first occurrence kept. */
function expandToolGroups(list) {
    const expanded = [];
    for (const name of list) {
        const normalized = normalizeToolPolicyName(name);
        if (normalized === '')
            continue;
        const group = Object.hasOwn(TOOL_GROUPS, normalized) ? TOOL_GROUPS[normalized] : undefined;
        if (group !== undefined)
            expanded.push(...group);
        else
            expanded.push(normalized);
    }
    return [...new Set(expanded)];
}
function toolPattern(entry) {
    if (entry === '*')
        return { kind: 'all' };
    if (!entry.includes('*'))
        return { kind: 'exact', value: entry };
    const escaped = entry.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replaceAll('\\*', '.*');
    return { kind: 'glob', value: new RegExp(`^${escaped}$`) };
}
function patternMatches(pattern, tool) {
    if (pattern.kind === 'all')
        return true;
    if (pattern.kind === 'exact')
        return pattern.value === tool;
    return pattern.value.test(tool);
}
// Matchers by deny-list content: every agent of a large roster tends to carry the same list, and
// a matcher is a pure function of it. Bounded, like any cache of input-derived keys.
const matchers = new Map();
const MATCHERS_MAX = 1 << 12;
/** A predicate: whether a deny list (groups, globs, aliases) denies a tool. */
function toolDenyMatcher(denyList) {
    const key = JSON.stringify(denyList);
    let matcher = matchers.get(key);
    if (matcher === undefined) {
        const patterns = expandToolGroups(denyList).map(toolPattern);
        matcher = (tool) => {
            const normalized = normalizeToolPolicyName(tool);
            return patterns.some((pattern) => patternMatches(pattern, normalized));
        };
        if (matchers.size >= MATCHERS_MAX)
            matchers.clear();
        matchers.set(key, matcher);
    }
    return matcher;
}
/** `toolListCoversTool`: whether `denyList` denies `tool`. */
function toolListDenies(denyList, tool) {
    return toolDenyMatcher(denyList)(tool);
}


/***/ }),

/***/ 5773:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ WORKSPACE_TOOLS)
/* harmony export */ });
// The entry types of the agentWorkspace evidence (SPEC-2026.9 §7.3). Field order is the release's
// key order: the scanner builds entries in it and the report prints them so.
/** The tools that can reach the workspace (`AGENT_WORKSPACE_POLICY_TOOLS`). */
const WORKSPACE_TOOLS = ['exec', 'process', 'write', 'edit', 'apply_patch'];


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ scanChannels),
/* harmony export */   R: () => (/* binding */ channelsFamily)
/* harmony export */ });
/* harmony import */ var _strictness_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2994);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8726);
/* harmony import */ var _oc_path_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8712);
/* harmony import */ var _policy_shape_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5242);
/* harmony import */ var _canonical_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9903);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33);






const DENIED_PROVIDER = 'policy/channels-denied-provider';
/** Keys of `config.channels` that configure all channels rather than being one. */
const RESERVED_CHANNEL_KEYS = new Set(['defaults', 'modelByChannel']);
const channelsFamily = {
    name: 'channels',
    checkIds: [DENIED_PROVIDER],
    containers: [{ path: ['channels'], kind: 'object' }],
    collectEvidence: ({ config }) => ({ channels: scanChannels(config) }),
    hashedEntries: {
        channels: (c) => ({
            enabled: c.enabled,
            id: c.id,
            provider: c.provider,
            source: c.source,
        }),
    },
    describeRules(policy) {
        const rules = (0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(policy.channels) && Array.isArray(policy.channels.denyRules) ? policy.channels.denyRules : [];
        return rules.flatMap((rule, index) => {
            const parsed = parseDenyRule(rule, index);
            return parsed ? [{ rule: 'channels.denyRules', value: parsed.provider }] : [];
        });
    },
    compareStrictness(baseline, candidate, names) {
        const denied = (policy) => channelsFamily.describeRules(policy).map((rule) => rule.value);
        const before = [...new Set(denied(baseline))];
        if (before.length === 0)
            return [];
        const after = new Set(denied(candidate));
        const dropped = before.filter((provider) => !after.has(provider));
        if (dropped.length === 0)
            return [];
        const detail = `no longer denies channels of provider ${dropped.map((p) => `'${p}'`).join(', ')}`;
        return after.size === 0
            ? [(0,_strictness_js__WEBPACK_IMPORTED_MODULE_2__/* .missingRule */ .J8)(names, 'channels.denyRules', detail)]
            : [(0,_strictness_js__WEBPACK_IMPORTED_MODULE_2__/* .weakerRule */ .c3)(names, 'channels.denyRules', detail)];
    },
    findings({ policy, name, evidence }) {
        const rules = readDenyRules(policy.channels, name);
        if (rules === undefined)
            return [];
        if ('invalid' in rules)
            return [rules.invalid];
        const out = [];
        for (const channel of evidence.channels) {
            if (channel.enabled === false)
                continue;
            const rule = rules.list.find((candidate) => candidate.provider === channel.provider);
            if (rule === undefined)
                continue;
            out.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_3__/* .finding */ .gk)({
                checkId: DENIED_PROVIDER,
                message: `Channel '${channel.id}' uses denied provider '${channel.provider}'.`,
                path: 'openclaw config',
                ocPath: channel.source,
                target: channel.source,
                requirement: (0,_oc_path_js__WEBPACK_IMPORTED_MODULE_4__/* .policyAddress */ .ls)(name.document, 'channels', 'denyRules', `#${rule.index}`),
                fixHint: rule.reason ?? 'Disable this channel, remove it from config, or update the policy deny rule.',
            }));
        }
        return out;
    },
};
function scanChannels(config) {
    const entries = Object.entries((0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .recordOrEmpty */ .ir)(config.channels)).filter(([id]) => !RESERVED_CHANNEL_KEYS.has(id));
    return (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .sortByKey */ .r6)(entries, ([id]) => id).map(([id, value]) => {
        const entry = { id, provider: id, source: (0,_oc_path_js__WEBPACK_IMPORTED_MODULE_4__/* .configAddress */ .vF)('channels', id) };
        if ((0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(value) && typeof value.enabled === 'boolean')
            entry.enabled = value.enabled;
        return entry;
    });
}
/**
 * SPEC.md §2.1 validator 2. While any rule is malformed the family reports only that, so a
 * half-valid list can never produce a partial verdict.
 */
function readDenyRules(channels, name) {
    if (!(0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(channels) || channels.denyRules === undefined)
        return undefined;
    const d = name.display;
    if (!Array.isArray(channels.denyRules)) {
        return {
            invalid: (0,_policy_shape_js__WEBPACK_IMPORTED_MODULE_5__/* .invalid */ .G)(name, ['channels', 'denyRules'], `${d} channels.denyRules must be an array.`, `Fix ${d} so channel deny rules are an array.`),
        };
    }
    const list = [];
    for (const [index, rule] of channels.denyRules.entries()) {
        const parsed = parseDenyRule(rule, index);
        if (parsed === undefined) {
            return {
                invalid: (0,_policy_shape_js__WEBPACK_IMPORTED_MODULE_5__/* .invalid */ .G)(name, ['channels', 'denyRules', `#${index}`], `${d} channels.denyRules[${index}] must define when.provider as a string.`, `Fix ${d} so each channel deny rule has a provider match.`),
            };
        }
        list.push(parsed);
    }
    return { list };
}
function parseDenyRule(rule, index) {
    if (!(0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(rule) || !(0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(rule.when) || typeof rule.when.provider !== 'string')
        return undefined;
    if (rule.id !== undefined && typeof rule.id !== 'string')
        return undefined;
    if (rule.reason !== undefined && typeof rule.reason !== 'string')
        return undefined;
    return { index, provider: rule.when.provider, reason: rule.reason };
}


/***/ }),

/***/ 731:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bn: () => (/* binding */ EXEC_APPROVALS_DOCUMENT),
/* harmony export */   eb: () => (/* binding */ EXEC_APPROVALS_URI),
/* harmony export */   f6: () => (/* binding */ scanExecApprovals),
/* harmony export */   i3: () => (/* binding */ execApprovalsUri)
/* harmony export */ });
/* harmony import */ var _canonical_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9903);
/* harmony import */ var _current_agent_id_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2131);
/* harmony import */ var _current_config_values_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3667);
/* harmony import */ var _oc_path_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8712);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(33);
// The execApprovals evidence of OpenClaw 2026.9.6 (`scanPolicyExecApprovals`, SPEC-2026.9 §7.8):
// the posture of the defaults and of each agent, each agent followed by its allowlist, read from
// the raw text of the exec-approvals row. The legacy agent key `default` is folded into `main`.





const EXEC_APPROVALS_DOCUMENT = 'exec-approvals.json';
const EXEC_APPROVALS_URI = `oc://${EXEC_APPROVALS_DOCUMENT}`;
/** The agent the legacy `default` key folds into. */
const MAIN_AGENT = _current_agent_id_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_AGENT_ID */ .kv;
const LEGACY_DEFAULT_AGENT = 'default';
/** Not JSON, not an object or not `version: 1`: no evidence (the findings report why). */
function scanExecApprovals(raw) {
    let parsed;
    try {
        parsed = JSON.parse(raw);
    }
    catch {
        return [];
    }
    if (!(0,_record_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(parsed) || parsed.version !== 1)
        return [];
    const entries = [
        postureEntry('defaults', 'defaults', (0,_record_js__WEBPACK_IMPORTED_MODULE_3__/* .recordOrEmpty */ .ir)(parsed.defaults), execApprovalsUri('defaults')),
    ];
    for (const agent of approvalAgents(parsed.agents)) {
        const source = execApprovalsUri(`agents/${(0,_oc_path_js__WEBPACK_IMPORTED_MODULE_4__/* .ocSegment */ .WC)(agent.sourceAgentId)}`);
        entries.push(postureEntry(`agent:${agent.agentId}`, 'agent', agent.posture, source, agent.agentId));
        agent.allowlist.forEach((item, position) => {
            entries.push({
                id: `agent:${agent.agentId}:allowlist:${position}`,
                kind: 'allowlist',
                source: execApprovalsUri(`agents/${(0,_oc_path_js__WEBPACK_IMPORTED_MODULE_4__/* .ocSegment */ .WC)(item.sourceAgentId)}/allowlist/#${item.index}`),
                agentId: agent.agentId,
                pattern: item.pattern,
                ...(item.argPattern === undefined ? {} : { argPattern: item.argPattern }),
                ...(item.entrySource === undefined ? {} : { entrySource: item.entrySource }),
            });
        });
    }
    return entries;
}
function execApprovalsUri(relativePath) {
    return relativePath === undefined ? EXEC_APPROVALS_URI : `${EXEC_APPROVALS_URI}/${relativePath}`;
}
function postureEntry(id, kind, value, source, agentId) {
    const security = securityMode(value.security);
    const ask = askMode(value.ask);
    const askFallback = securityMode(value.askFallback);
    const autoAllowSkills = typeof value.autoAllowSkills === 'boolean' ? value.autoAllowSkills : undefined;
    return {
        id,
        kind,
        source,
        ...(agentId === undefined ? {} : { agentId }),
        ...(value.security === undefined || value.security === null ? {} : { securityConfigured: true }),
        ...(security === undefined ? {} : { security }),
        ...(ask === undefined ? {} : { ask }),
        ...(askFallback === undefined ? {} : { askFallback }),
        ...(autoAllowSkills === undefined ? {} : { autoAllowSkills }),
    };
}
function securityMode(value) {
    const mode = (0,_current_config_values_js__WEBPACK_IMPORTED_MODULE_2__/* .trimmedString */ .So)(value);
    return mode === 'deny' || mode === 'allowlist' || mode === 'full' ? mode : undefined;
}
function askMode(value) {
    const mode = (0,_current_config_values_js__WEBPACK_IMPORTED_MODULE_2__/* .trimmedString */ .So)(value);
    return mode === 'off' || mode === 'on-miss' || mode === 'always' ? mode : undefined;
}
/** Agents with object values, `default` folded into `main`, sorted by agent id. */
function approvalAgents(rawAgents) {
    if (!(0,_record_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(rawAgents))
        return [];
    const agents = Object.entries(rawAgents).filter((entry) => (0,_record_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(entry[1]));
    const legacy = agents.find(([agentId]) => agentId === LEGACY_DEFAULT_AGENT)?.[1];
    const result = agents
        .filter(([agentId]) => agentId !== LEGACY_DEFAULT_AGENT)
        .map(([agentId, value]) => {
        if (agentId !== MAIN_AGENT || legacy === undefined)
            return approvalAgent(agentId, agentId, value);
        return {
            agentId,
            sourceAgentId: agentId,
            posture: legacyFoldedPosture(value, legacy),
            allowlist: mergedAllowlist(value.allowlist, legacy.allowlist),
        };
    });
    if (legacy !== undefined && !agents.some(([agentId]) => agentId === MAIN_AGENT)) {
        result.push(approvalAgent(MAIN_AGENT, LEGACY_DEFAULT_AGENT, legacy));
    }
    return (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .sortByKey */ .r6)(result, (agent) => agent.agentId);
}
function approvalAgent(agentId, sourceAgentId, value) {
    return {
        agentId,
        sourceAgentId,
        posture: value,
        allowlist: allowlistItems(value.allowlist, sourceAgentId),
    };
}
/** `main`'s own settings win; a missing (or null) one falls back to the legacy `default` agent. */
function legacyFoldedPosture(current, legacy) {
    const posture = {};
    for (const key of ['security', 'ask', 'askFallback', 'autoAllowSkills'])
        posture[key] = current[key] ?? legacy[key];
    return posture;
}
/** `main`'s entries, then legacy entries not already there (pattern compared case-insensitively). */
function mergedAllowlist(current, legacy) {
    const seen = new Set();
    return [...allowlistItems(current, MAIN_AGENT), ...allowlistItems(legacy, LEGACY_DEFAULT_AGENT)].filter((item) => {
        const key = `${item.pattern.toLowerCase()}\0${item.argPattern ?? ''}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
/** Strings (trimmed) and objects with a non-blank `pattern`; anything else is skipped. */
function allowlistItems(value, sourceAgentId) {
    if (!Array.isArray(value))
        return [];
    const items = [];
    value.forEach((entry, index) => {
        if (typeof entry === 'string') {
            const pattern = entry.trim();
            if (pattern !== '')
                items.push({ index, pattern, sourceAgentId });
            return;
        }
        if (!(0,_record_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(entry))
            return;
        const pattern = (0,_current_config_values_js__WEBPACK_IMPORTED_MODULE_2__/* .trimmedString */ .So)(entry.pattern);
        if (pattern === undefined)
            return;
        const argPattern = (0,_current_config_values_js__WEBPACK_IMPORTED_MODULE_2__/* .trimmedString */ .So)(entry.argPattern);
        const item = { index, pattern, sourceAgentId };
        if (argPattern !== undefined)
            item.argPattern = argPattern;
        if ((0,_current_config_values_js__WEBPACK_IMPORTED_MODULE_2__/* .trimmedString */ .So)(entry.source) === 'allow-always')
            item.entrySource = 'allow-always';
        items.push(item);
    });
    return items;
}


/***/ }),

/***/ 4899:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ redactUrl),
/* harmony export */   KC: () => (/* binding */ scanMcpServers),
/* harmony export */   Lw: () => (/* binding */ mcpFamily)
/* harmony export */ });
/* harmony import */ var _strictness_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2994);
/* harmony import */ var _canonical_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9903);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8726);
/* harmony import */ var _oc_path_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8712);
/* harmony import */ var _policy_lists_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3566);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(33);






const DENIED = 'policy/mcp-denied-server';
const UNAPPROVED = 'policy/mcp-unapproved-server';
const SERVER_IDS = { one: 'a MCP server id', many: 'MCP server ids' };
const ALLOW = ['mcp', 'servers', 'allow'];
const DENY = ['mcp', 'servers', 'deny'];
const mcpFamily = {
    name: 'mcp',
    checkIds: [DENIED, UNAPPROVED],
    containers: [
        { path: ['mcp'], kind: 'object' },
        { path: ['mcp', 'servers'], kind: 'object' },
        { path: ['mcp', 'servers', 'allow'], kind: 'string-list', noun: SERVER_IDS },
        { path: ['mcp', 'servers', 'deny'], kind: 'string-list', noun: SERVER_IDS },
    ],
    collectEvidence: ({ config }) => ({ mcpServers: scanMcpServers(config) }),
    hashedEntries: {
        mcpServers: (s) => ({
            command: s.command,
            id: s.id,
            source: s.source,
            transport: s.transport,
            url: s.url,
        }),
    },
    describeRules: (policy) => [
        ...(0,_policy_lists_js__WEBPACK_IMPORTED_MODULE_1__/* .policyStringList */ .q)(policy, ['mcp', 'servers', 'allow']).map((value) => ({
            rule: 'mcp.servers.allow',
            value,
        })),
        ...(0,_policy_lists_js__WEBPACK_IMPORTED_MODULE_1__/* .policyStringList */ .q)(policy, ['mcp', 'servers', 'deny']).map((value) => ({
            rule: 'mcp.servers.deny',
            value,
        })),
    ],
    compareStrictness: (baseline, candidate, names) => [
        ...(0,_strictness_js__WEBPACK_IMPORTED_MODULE_2__/* .compareAllowlist */ .tG)(names, 'mcp.servers.allow', (0,_policy_lists_js__WEBPACK_IMPORTED_MODULE_1__/* .policyStringList */ .q)(baseline, ALLOW), (0,_policy_lists_js__WEBPACK_IMPORTED_MODULE_1__/* .presentList */ .u)(candidate, ALLOW)),
        ...(0,_strictness_js__WEBPACK_IMPORTED_MODULE_2__/* .compareDenylist */ .cI)(names, 'mcp.servers.deny', (0,_policy_lists_js__WEBPACK_IMPORTED_MODULE_1__/* .policyStringList */ .q)(baseline, DENY), (0,_policy_lists_js__WEBPACK_IMPORTED_MODULE_1__/* .presentList */ .u)(candidate, DENY)),
    ],
    findings({ policy, name, evidence }) {
        const allow = new Set((0,_policy_lists_js__WEBPACK_IMPORTED_MODULE_1__/* .policyStringList */ .q)(policy, ['mcp', 'servers', 'allow']));
        const deny = new Set((0,_policy_lists_js__WEBPACK_IMPORTED_MODULE_1__/* .policyStringList */ .q)(policy, ['mcp', 'servers', 'deny']));
        const out = [];
        for (const server of evidence.mcpServers) {
            const common = { path: 'openclaw config', ocPath: server.source, target: server.source };
            if (deny.has(server.id)) {
                out.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_3__/* .finding */ .gk)({
                    checkId: DENIED,
                    message: `MCP server '${server.id}' is denied by policy.`,
                    ...common,
                    requirement: (0,_oc_path_js__WEBPACK_IMPORTED_MODULE_4__/* .policyAddress */ .ls)(name.document, 'mcp', 'servers', 'deny'),
                    fixHint: 'Remove this configured MCP server or update the policy after review.',
                }));
            }
            else if (allow.size > 0 && !allow.has(server.id)) {
                out.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_3__/* .finding */ .gk)({
                    checkId: UNAPPROVED,
                    message: `MCP server '${server.id}' is not in the policy allowlist.`,
                    ...common,
                    requirement: (0,_oc_path_js__WEBPACK_IMPORTED_MODULE_4__/* .policyAddress */ .ls)(name.document, 'mcp', 'servers', 'allow'),
                    fixHint: 'Use an approved MCP server or update the policy after review.',
                }));
            }
        }
        return out;
    },
};
function scanMcpServers(config) {
    return (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .sortByKey */ .r6)(Object.entries((0,_record_js__WEBPACK_IMPORTED_MODULE_5__/* .recordOrEmpty */ .ir)((0,_record_js__WEBPACK_IMPORTED_MODULE_5__/* .recordOrEmpty */ .ir)(config.mcp).servers)), ([id]) => id).map(([id, value]) => {
        const entry = {
            id,
            transport: transportOf(value),
            source: (0,_oc_path_js__WEBPACK_IMPORTED_MODULE_4__/* .configAddress */ .vF)('mcp', 'servers', (0,_oc_path_js__WEBPACK_IMPORTED_MODULE_4__/* .ocSegment */ .WC)(id)),
        };
        if ((0,_record_js__WEBPACK_IMPORTED_MODULE_5__/* .isRecord */ .u4)(value)) {
            if (typeof value.command === 'string')
                entry.command = value.command;
            if (typeof value.url === 'string')
                entry.url = redactUrl(value.url);
        }
        return entry;
    });
}
function transportOf(value) {
    if (!(0,_record_js__WEBPACK_IMPORTED_MODULE_5__/* .isRecord */ .u4)(value))
        return 'unknown';
    if (typeof value.command === 'string')
        return 'stdio';
    if (value.transport === 'sse' || value.transport === 'streamable-http')
        return value.transport;
    if (typeof value.url === 'string')
        return 'streamable-http';
    return 'unknown';
}
/** Only scheme and host reach evidence: never credentials, paths or query strings. */
function redactUrl(raw) {
    return plainUrlOrigin(raw) ?? parsedUrlOrigin(raw);
}
function parsedUrlOrigin(raw) {
    let url;
    try {
        url = new URL(raw); // one parse (URL.canParse then new URL would parse twice)
    }
    catch {
        return '[redacted-url]';
    }
    return `${url.protocol}//${url.host}`;
}
/**
 * `protocol//host` of the plainest URLs, read without the URL parser (whose cold start costs
 * more than the rest of the MCP scan): a lowercase http(s) or ws(s) scheme, userinfo without `@`,
 * a host of lowercase ASCII labels whose last one starts with a letter (so no IPv4 or IDNA
 * rewriting applies), and a port without leading zeros. Anything else, or anything the URL
 * parser would clean up first (spaces, tabs, backslashes, non-ASCII), goes to the parser. A
 * property test holds the two equal.
 */
function plainUrlOrigin(raw) {
    const match = PLAIN_URL.exec(raw);
    if (match === null || UNCLEAN.test(raw))
        return undefined;
    const [, scheme, host, port] = match;
    if (host.includes('xn--'))
        return undefined;
    if (port === undefined || port === DEFAULT_PORTS[scheme])
        return `${scheme}://${host}`;
    return Number(port) <= 65535 ? `${scheme}://${host}:${port}` : undefined;
}
const PLAIN_URL = /^(https?|wss?):\/\/(?:[^@/?#\\]*@)?((?:[a-z0-9-]+\.)*[a-z][a-z0-9-]*)(?::([1-9][0-9]{0,4}))?(?=[/?#]|$)/;
const UNCLEAN = /[^\x21-\x7e]|\\/;
const DEFAULT_PORTS = { http: '80', https: '443', ws: '80', wss: '443' };


/***/ }),

/***/ 3413:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ scanModelProviders),
/* harmony export */   N: () => (/* binding */ scanModelRefs)
/* harmony export */ });
/* harmony import */ var _canonical_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9903);
/* harmony import */ var _oc_path_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8712);
/* harmony import */ var _current_configured_agents_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8577);
/* harmony import */ var _provider_ids_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3254);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(33);





const AGENTS_SOURCE = (0,_oc_path_js__WEBPACK_IMPORTED_MODULE_3__/* .configAddress */ .vF)('agents');
const AGENT_DEFAULTS_SOURCE = (0,_oc_path_js__WEBPACK_IMPORTED_MODULE_3__/* .configAddress */ .vF)('agents', 'defaults');
const AGENT_ENTRY_SOURCE = /^oc:\/\/openclaw\.config\/agents\/list\/#\d+$/;
const RELEASE_2026_5_20 = { normalizeProviderId: _provider_ids_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeProviderId */ .o, emulateLoader: true };
function scanModelProviders(config, normalize = _provider_ids_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeProviderId */ .o) {
    return (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .sortByKey */ .r6)(Object.keys((0,_record_js__WEBPACK_IMPORTED_MODULE_4__/* .recordOrEmpty */ .ir)((0,_record_js__WEBPACK_IMPORTED_MODULE_4__/* .recordOrEmpty */ .ir)(config.models).providers)), (key) => key).map((key) => ({ id: normalize(key), source: (0,_oc_path_js__WEBPACK_IMPORTED_MODULE_3__/* .configAddress */ .vF)('models', 'providers', key) }));
}
/**
 * Every model ref under `config.agents`: model settings found by walking (keys `model` or
 * `…Model`), plus the keys of the model allowlists (`agents.defaults.models`,
 * `agents.list[i].models`). Sorted by provider, then model.
 *
 * OpenClaw's config loader rewrites the agent-level `model` settings and the allowlist keys before
 * the policy sees them: trimmed, provider normalised (` Bedrock/titan ` → `amazon-bedrock/titan`).
 * Other model settings (`imageModel`, a nested `subagents.model`) keep their text. We reproduce
 * that so hashes match a real OpenClaw run (recorded in test/fixtures/conformance).
 */
function scanModelRefs(config, reading = RELEASE_2026_5_20) {
    const refs = [];
    if ((0,_record_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(config.agents)) {
        walkForModelSettings(refs, config.agents, AGENTS_SOURCE, reading);
        if (reading.emulateLoader)
            collectAllowlistKeys(refs, config.agents, reading);
        else
            collectConfiguredAllowlists(refs, config, reading);
    }
    // Provider, then model: two stable passes (model first) give exactly that order, ties kept.
    return (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .sortByKey */ .r6)((0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .sortByKey */ .r6)(refs, (ref) => ref.model), (ref) => ref.provider);
}
function isModelSettingKey(key) {
    return key === 'model' || key.endsWith('Model');
}
// Recursive on purpose: ties in the final stable sort keep this visiting order, which must be
// OpenClaw's. Depth is bounded by the JSON reader (MAX_JSON_DEPTH), so the stack is safe.
function walkForModelSettings(refs, record, source, reading) {
    for (const key of Object.keys(record)) {
        const child = record[key];
        if (isModelSettingKey(key)) {
            const rewritten = reading.emulateLoader && key === 'model' && isAgentLevel(source);
            collectModelSetting(refs, child, `${source}/${key}`, rewritten, reading);
        }
        else if (Array.isArray(child)) {
            for (let index = 0; index < child.length; index++) {
                const item = child[index];
                if ((0,_record_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(item))
                    walkForModelSettings(refs, item, `${source}/${key}/#${index}`, reading);
            }
        }
        else if ((0,_record_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(child)) {
            walkForModelSettings(refs, child, `${source}/${key}`, reading);
        }
    }
}
/** `agents.defaults` or an `agents.list` entry: where the loader rewrites `model`. */
function isAgentLevel(source) {
    return source === AGENT_DEFAULTS_SOURCE || AGENT_ENTRY_SOURCE.test(source);
}
function collectModelSetting(refs, value, source, rewritten, reading) {
    if (typeof value === 'string') {
        pushRef(refs, value, source, reading, rewritten);
        return;
    }
    if (!(0,_record_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(value))
        return;
    if (typeof value.primary === 'string')
        pushRef(refs, value.primary, `${source}/primary`, reading, rewritten);
    if (Array.isArray(value.fallbacks)) {
        value.fallbacks.forEach((fallback, index) => {
            if (typeof fallback === 'string')
                pushRef(refs, fallback, `${source}/fallbacks/#${index}`, reading, rewritten);
        });
    }
}
/** A ref as OpenClaw's config loader writes it back: `provider/model`, trimmed, provider normalised. */
function loaderRef(ref, reading) {
    const parsed = splitRef(ref, reading);
    return parsed ? `${parsed.provider}/${parsed.model}` : ref;
}
function collectAllowlistKeys(refs, agents, reading) {
    const defaults = agents.defaults;
    if ((0,_record_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(defaults) && (0,_record_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(defaults.models)) {
        pushAllowlist(refs, defaults.models, (0,_oc_path_js__WEBPACK_IMPORTED_MODULE_3__/* .configAddress */ .vF)('agents', 'defaults', 'models'), reading);
    }
    if (!Array.isArray(agents.list))
        return;
    agents.list.forEach((agent, index) => {
        if ((0,_record_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(agent) && (0,_record_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(agent.models)) {
            pushAllowlist(refs, agent.models, (0,_oc_path_js__WEBPACK_IMPORTED_MODULE_3__/* .configAddress */ .vF)('agents', 'list', `#${index}`, 'models'), reading);
        }
    });
}
/** Allowlist keys are rewritten by the loader too; keys that become equal merge, as object keys do. */
function pushAllowlist(refs, models, source, reading) {
    const keys = new Set(Object.keys(models).map((key) => loaderRef(key, reading)));
    for (const key of keys)
        pushRef(refs, key, `${source}/${(0,_oc_path_js__WEBPACK_IMPORTED_MODULE_3__/* .ocSegment */ .WC)(key)}`, reading);
}
/** 2026.9.6: the allowlists of `agents.defaults` and of every configured agent, keys as loaded. */
function collectConfiguredAllowlists(refs, config, reading) {
    const defaults = (0,_record_js__WEBPACK_IMPORTED_MODULE_4__/* .recordOrEmpty */ .ir)(config.agents).defaults;
    const allowlists = [
        [(0,_record_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(defaults) ? defaults.models : undefined, (0,_oc_path_js__WEBPACK_IMPORTED_MODULE_3__/* .configAddress */ .vF)('agents', 'defaults', 'models')],
        ...(0,_current_configured_agents_js__WEBPACK_IMPORTED_MODULE_1__/* .configuredAgents */ .p)(config).map((agent) => [
            (0,_record_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(agent.value) ? agent.value.models : undefined,
            `${agent.sourceBase}/models`,
        ]),
    ];
    for (const [models, source] of allowlists) {
        if (!(0,_record_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(models))
            continue;
        for (const key of Object.keys(models))
            pushRef(refs, key, `${source}/${(0,_oc_path_js__WEBPACK_IMPORTED_MODULE_3__/* .ocSegment */ .WC)(key)}`, reading);
    }
}
/**
 * Adds `text` as a ref when it splits into provider and model. A ref the loader rewrote reads
 * `provider/model` from that split (splitting it again gives the same halves).
 */
function pushRef(refs, text, source, reading, rewritten = false) {
    const parsed = splitRef(text, reading);
    if (parsed === undefined)
        return;
    const ref = rewritten ? `${parsed.provider}/${parsed.model}` : text;
    refs.push({ ref, provider: parsed.provider, model: parsed.model, source });
}
/** `provider/model` split at the first `/` of the trimmed ref; both halves must be non-empty. */
function splitRef(ref, reading) {
    const trimmed = ref.trim();
    const slash = trimmed.indexOf('/');
    if (slash <= 0 || slash >= trimmed.length - 1)
        return undefined;
    return {
        provider: reading.normalizeProviderId(trimmed.slice(0, slash)),
        model: trimmed.slice(slash + 1),
    };
}


/***/ }),

/***/ 5789:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ modelProviderFindings),
/* harmony export */   x: () => (/* binding */ modelsFamily)
/* harmony export */ });
/* harmony import */ var _strictness_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2994);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8726);
/* harmony import */ var _oc_path_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8712);
/* harmony import */ var _policy_lists_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3566);
/* harmony import */ var _provider_ids_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3254);
/* harmony import */ var _model_refs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3413);






const DENIED = 'policy/models-denied-provider';
const UNAPPROVED = 'policy/models-unapproved-provider';
const PROVIDER_IDS = { one: 'a model provider id', many: 'model provider ids' };
const ALLOW = ['models', 'providers', 'allow'];
const DENY = ['models', 'providers', 'deny'];
const modelsFamily = {
    name: 'models',
    checkIds: [DENIED, UNAPPROVED],
    containers: [
        { path: ['models'], kind: 'object' },
        { path: ['models', 'providers'], kind: 'object' },
        { path: ['models', 'providers', 'allow'], kind: 'string-list', noun: PROVIDER_IDS },
        { path: ['models', 'providers', 'deny'], kind: 'string-list', noun: PROVIDER_IDS },
    ],
    collectEvidence: ({ config }) => ({
        modelProviders: (0,_model_refs_js__WEBPACK_IMPORTED_MODULE_1__/* .scanModelProviders */ .J)(config),
        modelRefs: (0,_model_refs_js__WEBPACK_IMPORTED_MODULE_1__/* .scanModelRefs */ .N)(config),
    }),
    hashedEntries: {
        modelProviders: (p) => ({
            id: p.id,
            source: p.source,
        }),
        modelRefs: (r) => ({
            model: r.model,
            provider: r.provider,
            ref: r.ref,
            source: r.source,
        }),
    },
    describeRules: (policy) => [
        ...(0,_policy_lists_js__WEBPACK_IMPORTED_MODULE_2__/* .policyStringList */ .q)(policy, ['models', 'providers', 'allow'], _provider_ids_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeProviderId */ .o).map((value) => ({
            rule: 'models.providers.allow',
            value,
        })),
        ...(0,_policy_lists_js__WEBPACK_IMPORTED_MODULE_2__/* .policyStringList */ .q)(policy, ['models', 'providers', 'deny'], _provider_ids_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeProviderId */ .o).map((value) => ({
            rule: 'models.providers.deny',
            value,
        })),
    ],
    compareStrictness: (baseline, candidate, names) => [
        ...(0,_strictness_js__WEBPACK_IMPORTED_MODULE_3__/* .compareAllowlist */ .tG)(names, 'models.providers.allow', (0,_policy_lists_js__WEBPACK_IMPORTED_MODULE_2__/* .policyStringList */ .q)(baseline, ALLOW, _provider_ids_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeProviderId */ .o), (0,_policy_lists_js__WEBPACK_IMPORTED_MODULE_2__/* .presentList */ .u)(candidate, ALLOW, _provider_ids_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeProviderId */ .o)),
        ...(0,_strictness_js__WEBPACK_IMPORTED_MODULE_3__/* .compareDenylist */ .cI)(names, 'models.providers.deny', (0,_policy_lists_js__WEBPACK_IMPORTED_MODULE_2__/* .policyStringList */ .q)(baseline, DENY, _provider_ids_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeProviderId */ .o), (0,_policy_lists_js__WEBPACK_IMPORTED_MODULE_2__/* .presentList */ .u)(candidate, DENY, _provider_ids_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeProviderId */ .o)),
    ],
    findings: ({ policy, name, evidence }) => modelProviderFindings(policy, name, evidence, _provider_ids_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeProviderId */ .o),
};
/** Providers and refs judged against the allow and deny lists, providers compared after `normalize`. */
function modelProviderFindings(policy, name, evidence, normalize) {
    const allow = new Set((0,_policy_lists_js__WEBPACK_IMPORTED_MODULE_2__/* .policyStringList */ .q)(policy, ['models', 'providers', 'allow'], normalize));
    const deny = new Set((0,_policy_lists_js__WEBPACK_IMPORTED_MODULE_2__/* .policyStringList */ .q)(policy, ['models', 'providers', 'deny'], normalize));
    const denyRequirement = (0,_oc_path_js__WEBPACK_IMPORTED_MODULE_4__/* .policyAddress */ .ls)(name.document, 'models', 'providers', 'deny');
    const allowRequirement = (0,_oc_path_js__WEBPACK_IMPORTED_MODULE_4__/* .policyAddress */ .ls)(name.document, 'models', 'providers', 'allow');
    const out = [];
    // Texts are built only for a provider that is judged: most are allowed.
    const judge = (provider, source, texts) => {
        const denied = deny.has(provider);
        if (!denied && (allow.size === 0 || allow.has(provider)))
            return;
        const text = texts();
        out.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_5__/* .finding */ .gk)({
            checkId: denied ? DENIED : UNAPPROVED,
            message: denied ? text.denied : text.unapproved,
            path: 'openclaw config',
            ocPath: source,
            target: source,
            requirement: denied ? denyRequirement : allowRequirement,
            fixHint: denied ? text.deniedHint : text.unapprovedHint,
        }));
    };
    for (const provider of evidence.modelProviders) {
        judge(provider.id, provider.source, () => ({
            denied: `Model provider '${provider.id}' is denied by policy.`,
            deniedHint: 'Remove this configured provider or update the policy after review.',
            unapproved: `Model provider '${provider.id}' is not in the policy allowlist.`,
            unapprovedHint: 'Use an approved model provider or update the policy after review.',
        }));
    }
    for (const ref of evidence.modelRefs) {
        judge(ref.provider, ref.source, () => ({
            denied: `Model ref '${ref.ref}' uses denied provider '${ref.provider}'.`,
            deniedHint: 'Select an approved model provider or update the policy after review.',
            unapproved: `Model ref '${ref.ref}' uses unapproved provider '${ref.provider}'.`,
            unapprovedHint: 'Select an approved model provider or update the policy after review.',
        }));
    }
    return out;
}


/***/ }),

/***/ 2297:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ scanNetwork),
/* harmony export */   z: () => (/* binding */ networkFamily)
/* harmony export */ });
/* harmony import */ var _strictness_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2994);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8726);
/* harmony import */ var _oc_path_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8712);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33);




const PRIVATE_ACCESS = 'policy/network-private-access-enabled';
/** The private-network escape hatches, in the fixed order evidence lists them. */
const PRIVATE_NETWORK_SETTINGS = [
    ['browser-private-network', ['browser', 'ssrfPolicy', 'dangerouslyAllowPrivateNetwork']],
    ['browser-private-network-legacy', ['browser', 'ssrfPolicy', 'allowPrivateNetwork']],
    ['web-fetch-private-network', ['tools', 'web', 'fetch', 'ssrfPolicy', 'dangerouslyAllowPrivateNetwork']],
    ['web-fetch-private-network-legacy', ['tools', 'web', 'fetch', 'ssrfPolicy', 'allowPrivateNetwork']],
    [
        'web-fetch-rfc2544-benchmark-range',
        ['tools', 'web', 'fetch', 'ssrfPolicy', 'allowRfc2544BenchmarkRange'],
    ],
    ['web-fetch-ipv6-unique-local-range', ['tools', 'web', 'fetch', 'ssrfPolicy', 'allowIpv6UniqueLocalRange']],
];
const networkFamily = {
    name: 'network',
    checkIds: [PRIVATE_ACCESS],
    containers: [
        { path: ['network'], kind: 'object' },
        { path: ['network', 'privateNetwork'], kind: 'object' },
        { path: ['network', 'privateNetwork', 'allow'], kind: 'boolean' },
    ],
    collectEvidence: ({ config }) => ({ network: scanNetwork(config) }),
    hashedEntries: {
        network: (n) => ({
            id: n.id,
            source: n.source,
            value: n.value,
        }),
    },
    describeRules(policy) {
        const allow = (0,_record_js__WEBPACK_IMPORTED_MODULE_0__/* .valueAtPath */ .WS)(policy, ['network', 'privateNetwork', 'allow']);
        return typeof allow === 'boolean' ? [{ rule: 'network.privateNetwork.allow', value: String(allow) }] : [];
    },
    compareStrictness(baseline, candidate, names) {
        const rule = 'network.privateNetwork.allow';
        if ((0,_record_js__WEBPACK_IMPORTED_MODULE_0__/* .valueAtPath */ .WS)(baseline, ['network', 'privateNetwork', 'allow']) !== false)
            return [];
        const now = (0,_record_js__WEBPACK_IMPORTED_MODULE_0__/* .valueAtPath */ .WS)(candidate, ['network', 'privateNetwork', 'allow']);
        if (now === false)
            return [];
        return now === undefined
            ? [(0,_strictness_js__WEBPACK_IMPORTED_MODULE_1__/* .missingRule */ .J8)(names, rule, 'the rule forbidding private-network access (allow: false) was dropped')]
            : [
                (0,_strictness_js__WEBPACK_IMPORTED_MODULE_1__/* .weakerRule */ .c3)(names, rule, `private-network access went from allow: false to allow: ${JSON.stringify(now)}`),
            ];
    },
    findings({ policy, name, evidence }) {
        if ((0,_record_js__WEBPACK_IMPORTED_MODULE_0__/* .valueAtPath */ .WS)(policy, ['network', 'privateNetwork', 'allow']) !== false)
            return [];
        return evidence.network
            .filter((setting) => setting.value)
            .map((setting) => (0,_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)({
            checkId: PRIVATE_ACCESS,
            message: `Network setting '${setting.id}' allows private-network access.`,
            path: 'openclaw config',
            ocPath: setting.source,
            target: setting.source,
            requirement: (0,_oc_path_js__WEBPACK_IMPORTED_MODULE_3__/* .policyAddress */ .ls)(name.document, 'network', 'privateNetwork', 'allow'),
            fixHint: 'Disable this private-network access setting or update policy after review.',
        }));
    },
};
function scanNetwork(config) {
    const out = [];
    for (const [id, path] of PRIVATE_NETWORK_SETTINGS) {
        const value = (0,_record_js__WEBPACK_IMPORTED_MODULE_0__/* .valueAtPath */ .WS)(config, path);
        if (typeof value === 'boolean')
            out.push({ id, source: (0,_oc_path_js__WEBPACK_IMPORTED_MODULE_3__/* .configAddress */ .vF)(...path), value });
    }
    return out;
}


/***/ }),

/***/ 2383:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ sandboxLabel),
/* harmony export */   t: () => (/* binding */ isObservableContainerBackend)
/* harmony export */ });
/* harmony import */ var _current_owner_label_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8088);
// The entry types of the sandboxPosture evidence (SPEC-2026.9 §7.6). Field order is the release's
// key order: the scanner builds entries in it and the report prints them so.

/** Backends whose container posture the scanner can observe. */
function isObservableContainerBackend(backend) {
    const lowered = backend.toLowerCase();
    return lowered === 'docker' || lowered === 'podman';
}
/** How sandbox findings name an entry's owner (SPEC-2026.9 §10.1). */
function sandboxLabel(entry) {
    return (0,_current_owner_label_js__WEBPACK_IMPORTED_MODULE_0__/* .ownerLabel */ .W)(entry, 'default sandbox config');
}


/***/ }),

/***/ 518:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ scopedSandboxEntries)
/* harmony export */ });
/* harmony import */ var _current_agent_entry_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8637);
/* harmony import */ var _entries_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2383);
// Which sandboxPosture entries one agent scope judges (`scopedSandboxAgentMatches`, SPEC-2026.9
// §9.2): the agent's own entries, and a defaults entry only where the agent has no entry for the
// same field and the defaults would reach it (its backend is observable for container fields, its
// browser is not disabled for browser fields).


function scopedSandboxEntries(entries, agentId) {
    const index = _current_agent_entry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .AgentEntryIndex */ .Y.of(entries);
    const ownEntries = index.own(agentId).filter((entry) => entry.scope === 'agent');
    return index.select(agentId, (entry) => entry.scope === 'defaults' &&
        !defaultsUnreachable(entry, ownEntries) &&
        !ownEntries.some((own) => describeSameField(own, entry)));
}
function defaultsUnreachable(entry, ownEntries) {
    if (needsContainerBackend(entry)) {
        const backend = ownEntries.find((own) => own.kind === 'backend');
        if (backend !== undefined && !(0,_entries_js__WEBPACK_IMPORTED_MODULE_1__/* .isObservableContainerBackend */ .t)(backend.value))
            return true;
    }
    if (needsBrowser(entry)) {
        const range = ownEntries.find((own) => own.kind === 'browserCdpSourceRange');
        if (range?.value === false)
            return true;
    }
    return false;
}
function needsContainerBackend(entry) {
    return ((entry.kind === 'containerNetwork' && entry.networkSurface === 'docker') ||
        entry.kind === 'containerSecurityProfile' ||
        (entry.kind === 'containerMount' && entry.bindSurface === 'docker'));
}
function needsBrowser(entry) {
    return (entry.kind === 'browserCdpSourceRange' ||
        (entry.kind === 'containerNetwork' && entry.networkSurface === 'browser') ||
        (entry.kind === 'containerMount' && entry.bindSurface === 'browser'));
}
function describeSameField(a, b) {
    return (a.kind === b.kind &&
        fieldOf(a, 'bindSurface') === fieldOf(b, 'bindSurface') &&
        fieldOf(a, 'networkSurface') === fieldOf(b, 'networkSurface') &&
        fieldOf(a, 'profile') === fieldOf(b, 'profile'));
}
function fieldOf(entry, key) {
    return entry[key];
}


/***/ }),

/***/ 6127:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nr: () => (/* binding */ requiredToolMetadata),
/* harmony export */   lM: () => (/* binding */ TOOLS_MD_MIGRATION_REQUIRED),
/* harmony export */   wM: () => (/* binding */ toolMetadataFamily)
/* harmony export */ });
/* harmony import */ var _agents_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4930);
/* harmony import */ var _current_policy_family_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1813);
/* harmony import */ var _current_rule_location_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1530);
/* harmony import */ var _current_shape_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(799);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8726);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(33);
/* harmony import */ var _tools_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(832);
// Tool metadata of OpenClaw 2026.9.6 (SPEC-2026.9 §8), a family of this release only: governed
// tools are declared in AGENTS.md's `## Tools` section, and `tools.requireMetadata` names the
// fields each must declare. A TOOLS.md left in the workspace blocks evaluation until
// `openclaw doctor --fix` migrates it (§8.3).







/** Blocks evaluation while a TOOLS.md is left to migrate (§8.3). */
const TOOLS_MD_MIGRATION_REQUIRED = 'policy/tools-md-migration-required';
/**
 * The required metadata keys (§4 step 7): the trimmed, lowercased entries of `tools.requireMetadata`
 * when its shape is valid (a list of supported keys), else none.
 */
function requiredToolMetadata(policy) {
    if ((0,_current_shape_index_js__WEBPACK_IMPORTED_MODULE_2__/* .toolsRequireMetadataShapeFindings */ .Je)(policy, _current_policy_family_js__WEBPACK_IMPORTED_MODULE_1__/* .ANY_POLICY_NAME */ .yV).length > 0)
        return new Set();
    const list = (0,_record_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(policy) && (0,_record_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(policy.tools) ? policy.tools.requireMetadata : undefined;
    if (!Array.isArray(list))
        return new Set();
    return new Set(list.map((entry) => String(entry).trim().toLowerCase()).filter((key) => key !== ''));
}
const toolMetadataFamily = {
    name: 'tools',
    evidence: [
        {
            key: 'tools',
            inEarlyReturns: false,
            // The evaluator reads AGENTS.md exactly when some metadata is required.
            collectedFor: (source) => source.agentsMarkdown !== undefined,
            collect: (source) => (0,_agents_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .scanAgentsMarkdownTools */ .K7)(source.agentsMarkdown ?? ''),
        },
    ],
    findings: toolMetadataFindings,
};
/** Steps 12.16–12.20: requirement shape, TOOLS.md migration, then risk, sensitivity, owner. */
function toolMetadataFindings({ policy, name, evidence, legacyToolsFile }) {
    const findings = [...(0,_current_shape_index_js__WEBPACK_IMPORTED_MODULE_2__/* .toolsRequireMetadataShapeFindings */ .Je)(policy, name)];
    if (legacyToolsFile)
        findings.push(migrationFinding(name));
    const required = requiredToolMetadata(policy);
    const tools = evidence.tools ?? [];
    const about = toolFinding(name);
    for (const check of METADATA_CHECKS) {
        if (!required.has(check.key))
            continue;
        for (const tool of tools) {
            const problem = check.problem(tool);
            if (problem !== undefined)
                findings.push(about(tool, problem));
        }
    }
    return findings;
}
/** One pass over the tools per check, in the release's order (all missing risks come first). */
const METADATA_CHECKS = [
    {
        key: 'risk',
        problem: (tool) => tool.risk === undefined
            ? {
                checkId: 'policy/tools-missing-risk-level',
                message: `AGENTS.md tool '${tool.id}' has no explicit risk classification.`,
                fixHint: 'Declare risk:low, risk:medium, risk:high, risk:critical, or an R0-R5 review alias.',
            }
            : undefined,
    },
    {
        key: 'risk',
        problem: (tool) => tool.risk !== undefined && !_tools_js__WEBPACK_IMPORTED_MODULE_3__/* .KNOWN_RISKS */ .dl.includes(tool.risk)
            ? {
                checkId: 'policy/tools-unknown-risk-level',
                message: `AGENTS.md tool '${tool.id}' declares unknown risk '${tool.risk}'.`,
                fixHint: `Use one of: ${_tools_js__WEBPACK_IMPORTED_MODULE_3__/* .KNOWN_RISKS */ .dl.join(', ')}.`,
            }
            : undefined,
    },
    { key: 'sensitivity', problem: sensitivityProblem },
    {
        key: 'owner',
        problem: (tool) => tool.owner === undefined
            ? {
                checkId: 'policy/tools-missing-owner',
                message: `AGENTS.md tool '${tool.id}' has no declared owner.`,
                fixHint: 'Declare owner:<team-or-person> for this tool.',
            }
            : undefined,
    },
];
function sensitivityProblem(tool) {
    if (tool.sensitivity === undefined) {
        return {
            checkId: 'policy/tools-missing-sensitivity-token',
            message: `AGENTS.md tool '${tool.id}' has no declared artifact sensitivity.`,
            fixHint: `Declare sensitivity as one of: ${_tools_js__WEBPACK_IMPORTED_MODULE_3__/* .KNOWN_SENSITIVITIES */ .aA.join(', ')}.`,
        };
    }
    if (_tools_js__WEBPACK_IMPORTED_MODULE_3__/* .KNOWN_SENSITIVITIES */ .aA.includes(tool.sensitivity))
        return undefined;
    return {
        checkId: 'policy/tools-unknown-sensitivity-token',
        message: `AGENTS.md tool '${tool.id}' declares unknown sensitivity '${tool.sensitivity}'.`,
        fixHint: `Use one of: ${_tools_js__WEBPACK_IMPORTED_MODULE_3__/* .KNOWN_SENSITIVITIES */ .aA.join(', ')}.`,
    };
}
/** The `tools.requireMetadata` rule every tool metadata finding points back to. */
const requireMetadataRule = (name) => (0,_current_rule_location_js__WEBPACK_IMPORTED_MODULE_5__/* .requirementOf */ .h2)((0,_current_rule_location_js__WEBPACK_IMPORTED_MODULE_5__/* .topLevelRules */ .n7)(name, 'tools'), 'requireMetadata');
/** A finding about one declared tool: at its AGENTS.md line, against `tools.requireMetadata`. */
function toolFinding(name) {
    const requirement = requireMetadataRule(name);
    return (tool, { checkId, message, fixHint }) => (0,_findings_js__WEBPACK_IMPORTED_MODULE_6__/* .finding */ .gk)({
        checkId,
        message,
        path: 'AGENTS.md',
        line: tool.line,
        ocPath: tool.source,
        target: tool.source,
        requirement,
        fixHint,
    });
}
/** §8.3: any TOOLS.md, whatever it holds, while metadata is required. */
function migrationFinding(name) {
    return (0,_findings_js__WEBPACK_IMPORTED_MODULE_6__/* .finding */ .gk)({
        checkId: TOOLS_MD_MIGRATION_REQUIRED,
        message: 'TOOLS.md contains unmigrated governed tool declarations; run `openclaw doctor --fix` to migrate them into the AGENTS.md `## Tools` section before policy evaluation can pass.',
        path: 'TOOLS.md',
        target: 'oc://TOOLS.md/tools',
        requirement: requireMetadataRule(name),
        fixHint: 'Run `openclaw doctor --fix` to migrate TOOLS.md into the AGENTS.md `## Tools` section.',
    });
}


/***/ }),

/***/ 5431:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  I: () => (/* binding */ scanToolPosture)
});

// UNUSED EXPORTS: postureValue

// EXTERNAL MODULE: ./lib/engine/canonical-json.js
var canonical_json = __webpack_require__(9903);
// EXTERNAL MODULE: ./lib/engine/oc-path.js
var oc_path = __webpack_require__(8712);
// EXTERNAL MODULE: ./lib/engine/record.js
var record = __webpack_require__(33);
// EXTERNAL MODULE: ./lib/engine/current/config-values.js
var config_values = __webpack_require__(3667);
// EXTERNAL MODULE: ./lib/engine/current/configured-agents.js
var configured_agents = __webpack_require__(8577);
// EXTERNAL MODULE: ./lib/engine/current/evidence-entries.js
var evidence_entries = __webpack_require__(3282);
;// CONCATENATED MODULE: ./lib/engine/families/tool-posture/exec-posture.js
// The exec settings of one toolPosture subject (SPEC-2026.9 §7.5): host, then security and ask,
// which an `exec.mode` overrides through OpenClaw's mode table.


/** `resolveExecPolicyForMode` (exec-approvals-core), without the auto-review flag. */
const MODE_POLICY = {
    deny: { security: 'deny', ask: 'off' },
    allowlist: { security: 'allowlist', ask: 'off' },
    ask: { security: 'allowlist', ask: 'on-miss' },
    auto: { security: 'allowlist', ask: 'on-miss' },
    full: { security: 'full', ask: 'off' },
};
function execMode(value) {
    const mode = (0,config_values/* trimmedString */.So)(value)?.toLowerCase();
    return mode !== undefined && Object.hasOwn(MODE_POLICY, mode) ? mode : undefined;
}
function execPosture(subject) {
    const local = (0,record/* recordOrEmpty */.ir)(subject.tools.exec);
    const inherited = (0,record/* recordOrEmpty */.ir)(subject.inheritedTools.exec);
    const host = (0,config_values/* layeredValue */.CK)((0,config_values/* trimmedString */.So)(local.host), (0,config_values/* trimmedString */.So)(inherited.host), 'auto');
    const sandboxMode = (0,config_values/* trimmedString */.So)(subject.sandbox.mode) ?? (0,config_values/* trimmedString */.So)(subject.inheritedSandbox.mode);
    // Without a configured security, exec is denied where it would run in the sandbox.
    const defaultSecurity = host.value === 'sandbox' || (host.value === 'auto' && sandboxMode === 'all') ? 'deny' : 'full';
    const localMode = execMode(local.mode);
    const inheritedMode = execMode(inherited.mode);
    const mode = localMode !== undefined
        ? { ...MODE_POLICY[localMode], inherited: false }
        : inheritedMode !== undefined
            ? { ...MODE_POLICY[inheritedMode], inherited: true }
            : undefined;
    return [
        { suffix: 'exec/host', kind: 'execHost', layer: host },
        modeAwareSetting('exec/security', 'execSecurity', mode, local.security, inherited.security, defaultSecurity),
        modeAwareSetting('exec/ask', 'execAsk', mode, local.ask, inherited.ask, 'off'),
    ];
}
/**
 * Precedence: an agent's own mode; then its own value; then an inherited mode; then the inherited
 * value. The source keeps the release's quirk: an agent's own mode with an inherited value cites
 * the global `tools/exec/mode`, because "inherited" is decided from the value alone.
 */
function modeAwareSetting(suffix, kind, mode, localRaw, inheritedRaw, fallback) {
    const key = kind === 'execSecurity' ? 'security' : 'ask';
    const local = (0,config_values/* trimmedString */.So)(localRaw);
    const inherited = (0,config_values/* trimmedString */.So)(inheritedRaw);
    const usesMode = mode?.inherited === false || (local === undefined && mode?.inherited === true);
    const value = mode?.inherited === false ? mode[key] : (local ?? mode?.[key] ?? inherited ?? fallback);
    const layer = {
        value,
        explicit: mode !== undefined || local !== undefined || inherited !== undefined,
        inherited: mode?.inherited === true ? local === undefined : local === undefined && inherited !== undefined,
    };
    return { suffix, kind, layer, ...(usesMode ? { sourceSuffix: 'exec/mode' } : {}) };
}

;// CONCATENATED MODULE: ./lib/engine/families/tool-posture/evidence.js
// The toolPosture evidence of OpenClaw 2026.9.6 (`scanPolicyToolPosture`, SPEC-2026.9 §7.5): the
// global `tools` settings, then each configured agent's, every value layered over the global one.







function scanToolPosture(config) {
    const globalTools = (0,record/* recordOrEmpty */.ir)(config.tools);
    const agents = (0,record/* recordOrEmpty */.ir)(config.agents);
    const defaultSandbox = (0,record/* recordOrEmpty */.ir)((0,record/* recordOrEmpty */.ir)(agents.defaults).sandbox);
    const subjects = [
        {
            id: 'tools',
            scope: 'global',
            tools: globalTools,
            inheritedTools: {},
            sandbox: defaultSandbox,
            inheritedSandbox: {},
            sourceBase: config_values/* GLOBAL_TOOLS_SOURCE */.kU,
        },
    ];
    for (const agent of (0,configured_agents/* configuredAgentSettings */.V)(config)) {
        subjects.push({
            id: agent.agentId,
            scope: 'agent',
            agentId: agent.agentId,
            tools: (0,record/* recordOrEmpty */.ir)(agent.value.tools),
            inheritedTools: globalTools,
            sandbox: (0,record/* recordOrEmpty */.ir)(agent.value.sandbox),
            inheritedSandbox: defaultSandbox,
            sourceBase: `${agent.sourceBase}/tools`,
        });
    }
    return (0,evidence_entries/* sortedBySourceThenId */.g)(subjects.flatMap(subjectEntries));
}
function subjectEntries(subject) {
    const { tools, inheritedTools } = subject;
    const fs = (0,record/* recordOrEmpty */.ir)(tools.fs);
    const inheritedFs = (0,record/* recordOrEmpty */.ir)(inheritedTools.fs);
    return [
        postureValue(subject, 'profile', 'profile', trimmedLayer(tools.profile, inheritedTools.profile, 'full')),
        toolList(subject, 'allow'),
        alsoAllowList(subject),
        toolList(subject, 'deny'),
        postureValue(subject, 'fs/workspaceOnly', 'fsWorkspaceOnly', (0,config_values/* layeredValue */.CK)((0,config_values/* booleanValue */.eC)(fs.workspaceOnly), (0,config_values/* booleanValue */.eC)(inheritedFs.workspaceOnly), false)),
        ...execPosture(subject).map((setting) => postureValue(subject, setting.suffix, setting.kind, setting.layer, setting.sourceSuffix)),
        ...elevatedPosture(subject),
    ];
}
function trimmedLayer(local, inherited, fallback) {
    return (0,config_values/* layeredValue */.CK)((0,config_values/* trimmedString */.So)(local), (0,config_values/* trimmedString */.So)(inherited), fallback);
}
/** `pushToolPostureValue`: the id is the suffix with `/` → `-`; inherited values cite the global base. */
function postureValue(subject, suffix, kind, layer, sourceSuffix = suffix) {
    return {
        id: `${subject.id}-${suffix.replaceAll('/', '-')}`,
        kind,
        source: `${layer.inherited ? config_values/* GLOBAL_TOOLS_SOURCE */.kU : subject.sourceBase}/${sourceSuffix}`,
        scope: subject.scope,
        ...(0,evidence_entries/* agentIdField */.d)(subject.agentId),
        value: layer.value,
        explicit: layer.explicit,
    };
}
function listEntry(subject, id, kind, source, entries, explicit) {
    return { id, kind, source, scope: subject.scope, ...(0,evidence_entries/* agentIdField */.d)(subject.agentId), entries, explicit };
}
/** allow/deny: the inherited entries, then the agent's own (both apply). */
function toolList(subject, key) {
    const local = (0,config_values/* nonBlankStrings */.q)(subject.tools[key]);
    const inherited = (0,config_values/* nonBlankStrings */.q)(subject.inheritedTools[key]);
    const base = local.length === 0 && inherited.length > 0 ? config_values/* GLOBAL_TOOLS_SOURCE */.kU : subject.sourceBase;
    return listEntry(subject, `${subject.id}-${key}`, key, `${base}/${key}`, [...inherited, ...local], local.length > 0 || inherited.length > 0);
}
/** alsoAllow: the agent's own array when it has one (even empty), else the inherited one. */
function alsoAllowList(subject) {
    const local = subject.tools.alsoAllow;
    const inherited = subject.inheritedTools.alsoAllow;
    const usesInherited = !Array.isArray(local) && Array.isArray(inherited);
    return listEntry(subject, `${subject.id}-alsoAllow`, 'alsoAllow', `${usesInherited ? config_values/* GLOBAL_TOOLS_SOURCE */.kU : subject.sourceBase}/alsoAllow`, (0,config_values/* nonBlankStrings */.q)(usesInherited ? inherited : local), Array.isArray(local) || Array.isArray(inherited));
}
function elevatedPosture(subject) {
    const local = (0,record/* recordOrEmpty */.ir)(subject.tools.elevated);
    const inherited = (0,record/* recordOrEmpty */.ir)(subject.inheritedTools.elevated);
    const localEnabled = (0,config_values/* booleanValue */.eC)(local.enabled);
    const inheritedEnabled = (0,config_values/* booleanValue */.eC)(inherited.enabled);
    // A global `enabled: false` cannot be re-enabled by an agent.
    const globallyDisabled = inheritedEnabled === false;
    const enabled = postureValue(subject, 'elevated/enabled', 'elevatedEnabled', {
        value: globallyDisabled ? false : (localEnabled ?? inheritedEnabled ?? true),
        explicit: localEnabled !== undefined || inheritedEnabled !== undefined,
        inherited: (globallyDisabled && localEnabled !== false) ||
            (localEnabled === undefined && inheritedEnabled !== undefined),
    });
    return [
        enabled,
        ...elevatedAllowFrom(subject, (0,record/* recordOrEmpty */.ir)(local.allowFrom), (0,record/* recordOrEmpty */.ir)(inherited.allowFrom)),
    ];
}
/** One entry per `allowFrom` provider of either layer, the agent's list replacing the inherited one. */
function elevatedAllowFrom(subject, local, inherited) {
    const providers = [...new Set([...Object.keys(inherited), ...Object.keys(local)])].toSorted(canonical_json/* compareKeys */.YD);
    return providers.map((provider) => {
        const localEntries = senderIds(local[provider]);
        const inheritedEntries = senderIds(inherited[provider]);
        const usesInherited = localEntries.length === 0 && inheritedEntries.length > 0;
        const segment = (0,oc_path/* ocSegment */.WC)(provider);
        return listEntry(subject, `${subject.id}-elevated-allow-from-${segment}`, 'elevatedAllowFrom', `${usesInherited ? config_values/* GLOBAL_TOOLS_SOURCE */.kU : subject.sourceBase}/elevated/allowFrom/${segment}`, usesInherited ? inheritedEntries : localEntries, localEntries.length > 0 || inheritedEntries.length > 0);
    });
}
/** `readStringOrNumberArray`: trimmed non-blank strings and finite numbers as text. */
function senderIds(value) {
    if (!Array.isArray(value))
        return [];
    const ids = [];
    for (const entry of value) {
        if (typeof entry === 'string' && entry.trim() !== '')
            ids.push(entry.trim());
        else if (typeof entry === 'number' && Number.isFinite(entry))
            ids.push(String(entry));
    }
    return ids;
}


/***/ }),

/***/ 832:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hv: () => (/* binding */ requiredMetadata),
/* harmony export */   aA: () => (/* binding */ KNOWN_SENSITIVITIES),
/* harmony export */   dl: () => (/* binding */ KNOWN_RISKS),
/* harmony export */   kY: () => (/* binding */ toolEvidence),
/* harmony export */   u8: () => (/* binding */ toolsFamily)
/* harmony export */ });
/* harmony import */ var _strictness_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2994);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8726);
/* harmony import */ var _oc_path_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8712);
/* harmony import */ var _policy_shape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5242);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33);





const MISSING_RISK = 'policy/tools-missing-risk-level';
const UNKNOWN_RISK = 'policy/tools-unknown-risk-level';
const MISSING_SENSITIVITY = 'policy/tools-missing-sensitivity-token';
const UNKNOWN_SENSITIVITY = 'policy/tools-unknown-sensitivity-token';
const MISSING_OWNER = 'policy/tools-missing-owner';
const METADATA_KEYS = ['risk', 'sensitivity', 'owner'];
const KNOWN_RISKS = ['low', 'medium', 'high', 'critical'];
const KNOWN_SENSITIVITIES = ['public', 'internal', 'confidential', 'restricted'];
const SUPPORTED_KEYS_HINT = 'Use supported metadata keys: risk, sensitivity, owner.';
const toolsFamily = {
    name: 'tools',
    checkIds: [MISSING_RISK, UNKNOWN_RISK, MISSING_SENSITIVITY, UNKNOWN_SENSITIVITY, MISSING_OWNER],
    containers: [
        { path: ['tools'], kind: 'object' },
        { path: ['tools', 'settings'], kind: 'object' },
        { path: ['tools', 'entries'], kind: 'array' },
    ],
    needsToolDeclarations: (policy) => (requiredMetadata(policy)?.size ?? 0) > 0,
    collectEvidence: ({ policy, toolDeclarations }) => (requiredMetadata(policy)?.size ?? 0) > 0 ? { tools: (toolDeclarations ?? []).map(toolEvidence) } : {},
    hashedEntries: {
        tools: (t) => ({
            capabilities: t.capabilities,
            id: t.id,
            line: t.line,
            owner: t.owner,
            risk: t.risk,
            sensitivity: t.sensitivity,
            source: t.source,
        }),
    },
    findings: toolFindings,
    compareStrictness(baseline, candidate, names) {
        const before = [...(requiredMetadata(baseline) ?? [])];
        if (before.length === 0)
            return [];
        const after = requiredMetadata(candidate) ?? new Set();
        const dropped = before.filter((key) => !after.has(key));
        if (dropped.length === 0)
            return [];
        const detail = `no longer requires ${dropped.join(', ')} metadata for tools`;
        return after.size === 0
            ? [(0,_strictness_js__WEBPACK_IMPORTED_MODULE_0__/* .missingRule */ .J8)(names, 'tools.requireMetadata', detail)]
            : [(0,_strictness_js__WEBPACK_IMPORTED_MODULE_0__/* .weakerRule */ .c3)(names, 'tools.requireMetadata', detail)];
    },
    describeRules: (policy) => [...(requiredMetadata(policy) ?? [])].map((value) => ({ rule: 'tools.requireMetadata', value })),
};
/**
 * The metadata keys `tools.requireMetadata` demands, or undefined when the list is absent or
 * malformed (malformed lists are reported, never half-applied).
 */
function requiredMetadata(policy) {
    const list = (0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(policy.tools) ? policy.tools.requireMetadata : undefined;
    if (!Array.isArray(list))
        return undefined;
    const keys = new Set();
    for (const entry of list) {
        const key = typeof entry === 'string' ? entry.trim().toLowerCase() : '';
        if (!METADATA_KEYS.includes(key))
            return undefined;
        keys.add(key);
    }
    return keys;
}
function requireMetadataProblem(policy, name) {
    if (!(0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(policy.tools) || policy.tools.requireMetadata === undefined)
        return undefined;
    const list = policy.tools.requireMetadata;
    const d = name.display;
    if (!Array.isArray(list)) {
        return (0,_policy_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .invalid */ .G)(name, ['tools', 'requireMetadata'], `${d} tools.requireMetadata must be an array of metadata keys.`, SUPPORTED_KEYS_HINT);
    }
    const bad = list.findIndex((entry) => typeof entry !== 'string' || !METADATA_KEYS.includes(entry.trim().toLowerCase()));
    if (bad < 0)
        return undefined;
    return (0,_policy_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .invalid */ .G)(name, ['tools', 'requireMetadata', `#${bad}`], `${d} tools.requireMetadata[${bad}] must be a supported metadata key.`, SUPPORTED_KEYS_HINT);
}
/** A declaration as evidence: `{ id, source, line, risk?, sensitivity?, owner?, capabilities? }`. */
function toolEvidence(tool) {
    const entry = { id: tool.id, source: (0,_oc_path_js__WEBPACK_IMPORTED_MODULE_3__/* .toolAddress */ .bD)(tool.id), line: tool.line };
    if (tool.risk !== undefined)
        entry.risk = tool.risk;
    if (tool.sensitivity !== undefined)
        entry.sensitivity = tool.sensitivity;
    if (tool.owner !== undefined)
        entry.owner = tool.owner;
    if (tool.capabilities !== undefined)
        entry.capabilities = tool.capabilities;
    return entry;
}
/** SPEC.md §2.2 step 6: validation, then missing risk, unknown risk, sensitivity per tool, owner. */
function toolFindings({ policy, name, evidence }) {
    const problem = requireMetadataProblem(policy, name);
    if (problem)
        return [problem];
    const required = requiredMetadata(policy);
    const tools = evidence.tools ?? [];
    if (!required || required.size === 0)
        return [];
    const requirement = (0,_oc_path_js__WEBPACK_IMPORTED_MODULE_3__/* .policyAddress */ .ls)(name.document, 'tools', 'requireMetadata');
    const about = (tool, checkId, message, fixHint) => (0,_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .finding */ .gk)({
        checkId,
        message,
        path: 'TOOLS.md',
        line: tool.line,
        ocPath: tool.source,
        target: tool.source,
        requirement,
        fixHint,
    });
    const out = [];
    if (required.has('risk')) {
        for (const tool of tools) {
            if (tool.risk === undefined) {
                out.push(about(tool, MISSING_RISK, `TOOLS.md tool '${tool.id}' has no explicit risk classification.`, 'Declare risk:low, risk:medium, risk:high, risk:critical, or an R0-R5 review alias.'));
            }
        }
        for (const tool of tools) {
            if (tool.risk !== undefined && !KNOWN_RISKS.includes(tool.risk)) {
                out.push(about(tool, UNKNOWN_RISK, `TOOLS.md tool '${tool.id}' declares unknown risk '${tool.risk}'.`, 'Use one of: low, medium, high, critical.'));
            }
        }
    }
    if (required.has('sensitivity')) {
        for (const tool of tools) {
            if (tool.sensitivity === undefined) {
                out.push(about(tool, MISSING_SENSITIVITY, `TOOLS.md tool '${tool.id}' has no declared artifact sensitivity.`, 'Declare sensitivity as one of: public, internal, confidential, restricted.'));
            }
            else if (!KNOWN_SENSITIVITIES.includes(tool.sensitivity)) {
                out.push(about(tool, UNKNOWN_SENSITIVITY, `TOOLS.md tool '${tool.id}' declares unknown sensitivity '${tool.sensitivity}'.`, 'Use one of: public, internal, confidential, restricted.'));
            }
        }
    }
    if (required.has('owner')) {
        for (const tool of tools) {
            if (tool.owner === undefined) {
                out.push(about(tool, MISSING_OWNER, `TOOLS.md tool '${tool.id}' has no declared owner.`, 'Declare owner:<team-or-person> for this tool.'));
            }
        }
    }
    return out;
}


/***/ }),

/***/ 8726:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kz: () => (/* binding */ attestedShape),
/* harmony export */   Pq: () => (/* binding */ CONFIG_INVALID),
/* harmony export */   Q5: () => (/* binding */ POLICY_MISSING),
/* harmony export */   Zx: () => (/* binding */ ATTESTATION_HASH_MISMATCH),
/* harmony export */   gk: () => (/* binding */ finding),
/* harmony export */   j0: () => (/* binding */ POLICY_INVALID),
/* harmony export */   jl: () => (/* binding */ POLICY_HASH_MISMATCH)
/* harmony export */ });
/** Builds a finding with SPEC.md §2.3's key order, leaving out absent keys. */
function finding(fields) {
    const out = {
        checkId: fields.checkId,
        severity: fields.severity ?? 'error',
        message: fields.message,
        source: 'policy',
    };
    if (fields.path !== undefined)
        out.path = fields.path;
    if (fields.line !== undefined)
        out.line = fields.line;
    if (fields.ocPath !== undefined)
        out.ocPath = fields.ocPath;
    if (fields.target !== undefined)
        out.target = fields.target;
    if (fields.requirement !== undefined)
        out.requirement = fields.requirement;
    if (fields.fixHint !== undefined)
        out.fixHint = fields.fixHint;
    return out;
}
/** Reduces any finding-like object to exactly the attested shape (drops display extras). */
function attestedShape(f) {
    return finding(f);
}
const POLICY_INVALID = 'policy/policy-jsonc-invalid';
const POLICY_MISSING = 'policy/policy-jsonc-missing';
const POLICY_HASH_MISMATCH = 'policy/policy-hash-mismatch';
const ATTESTATION_HASH_MISMATCH = 'policy/attestation-hash-mismatch';
const CONFIG_INVALID = 'policy/config-invalid';


/***/ }),

/***/ 8712:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WC: () => (/* binding */ ocSegment),
/* harmony export */   bD: () => (/* binding */ toolAddress),
/* harmony export */   ls: () => (/* binding */ policyAddress),
/* harmony export */   vF: () => (/* binding */ configAddress)
/* harmony export */ });
/* unused harmony export CONFIG_DOCUMENT */
// `oc://` addresses (SPEC.md §3.2). Quoting follows OpenClaw exactly, including its quirk of
// leaving a segment raw when it contains `"` or `\` (it never escapes).
const RAW_SEGMENT = /^(?:[A-Za-z0-9_-]+|#\d+)$/;
function ocSegment(value) {
    if (RAW_SEGMENT.test(value))
        return value;
    if (value.includes('"') || value.includes('\\'))
        return value;
    return `"${value}"`;
}
const CONFIG_DOCUMENT = 'oc://openclaw.config';
function configAddress(...segments) {
    let address = CONFIG_DOCUMENT;
    for (const segment of segments)
        address += `/${segment}`;
    return address;
}
function policyAddress(policyDocument, ...segments) {
    return [`oc://${policyDocument}`, ...segments].join('/');
}
function toolAddress(toolId) {
    return `oc://TOOLS.md/tools/${toolId}`;
}


/***/ }),

/***/ 3566:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ policyStringList),
/* harmony export */   u: () => (/* binding */ presentList)
/* harmony export */ });
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33);

/**
 * A policy string list as rules read it: trimmed, blank entries dropped; a list holding any
 * non-string, or a value that is not a list, imposes nothing (the shape validator reports it).
 * That is OpenClaw's reading (recorded in test/fixtures/conformance).
 */
function policyStringList(policy, path, normalize = (entry) => entry.trim()) {
    const value = (0,_record_js__WEBPACK_IMPORTED_MODULE_0__/* .valueAtPath */ .WS)(policy, path);
    if (!Array.isArray(value) || !value.every((entry) => typeof entry === 'string'))
        return [];
    const out = [];
    for (const entry of value) {
        const normalized = normalize(entry);
        if (normalized !== '')
            out.push(normalized);
    }
    return out;
}
/** Like `policyStringList`, but undefined when the list is absent (to tell "removed" from "emptied"). */
function presentList(policy, path, normalize) {
    return (0,_record_js__WEBPACK_IMPORTED_MODULE_0__/* .valueAtPath */ .WS)(policy, path) === undefined ? undefined : policyStringList(policy, path, normalize);
}


/***/ }),

/***/ 5242:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ invalid),
/* harmony export */   W: () => (/* binding */ containerShapeFinding)
/* harmony export */ });
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8726);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33);
/* harmony import */ var _oc_path_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8712);



/**
 * SPEC.md §2.1 validator 1: the top level, then every family's containers in order; only the
 * first failure is reported. Absent containers are fine (a rule runs only when present).
 */
function containerShapeFinding(policy, containers, name) {
    const d = name.display;
    if (!(0,_record_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(policy)) {
        return invalid(name, [], `${d} must contain a policy object.`, `Fix ${d} so the top-level policy is an object.`);
    }
    for (const rule of containers) {
        const value = presentValueAt(policy, rule.path);
        if (value === undefined)
            continue;
        const problem = containerProblem(rule, value.value, name);
        if (problem)
            return problem;
    }
    return undefined;
}
/** The value at `path` when every parent is a record and the value is present. */
function presentValueAt(policy, path) {
    let current = policy;
    for (const key of path) {
        if (!(0,_record_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(current) || !Object.hasOwn(current, key))
            return undefined;
        current = current[key];
    }
    return current === undefined ? undefined : { value: current };
}
function containerProblem(rule, value, name) {
    const d = name.display;
    const dotted = rule.path.join('.');
    switch (rule.kind) {
        case 'object':
            return (0,_record_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(value)
                ? undefined
                : invalid(name, rule.path, `${d} ${dotted} must be an object.`, `Fix ${d} so ${dotted} is an object.`);
        case 'array':
            return Array.isArray(value)
                ? undefined
                : invalid(name, rule.path, `${d} ${dotted} must be an array.`, `Fix ${d} so ${dotted} is an array.`);
        case 'boolean':
            return typeof value === 'boolean'
                ? undefined
                : invalid(name, rule.path, `${d} ${dotted} must be a boolean.`, `Fix ${d} so ${dotted} is true or false.`);
        case 'string-list': {
            if (!Array.isArray(value)) {
                return invalid(name, rule.path, `${d} ${dotted} must be an array.`, `Fix ${d} so ${dotted} is an array of ${rule.noun.many}.`);
            }
            const bad = value.findIndex((entry) => typeof entry !== 'string' || entry.trim() === '');
            if (bad < 0)
                return undefined;
            return invalid(name, [...rule.path, `#${bad}`], `${d} ${dotted}[${bad}] must be a non-empty string.`, `Fix ${d} so each ${dotted} entry is ${rule.noun.one}.`);
        }
    }
}
/** A `policy-jsonc-invalid` finding addressed at a policy path (no ocPath, no requirement). */
function invalid(name, segments, message, fixHint) {
    return (0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)({
        checkId: _findings_js__WEBPACK_IMPORTED_MODULE_1__/* .POLICY_INVALID */ .j0,
        message,
        path: name.display,
        target: (0,_oc_path_js__WEBPACK_IMPORTED_MODULE_2__/* .policyAddress */ .ls)(name.document, ...segments),
        fixHint,
    });
}


/***/ }),

/***/ 3254:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ normalizeProviderIdPlain),
/* harmony export */   o: () => (/* binding */ normalizeProviderId)
/* harmony export */ });
// OpenClaw compares model providers by a normalised id: trimmed, lowercased, aliases folded.
const PROVIDER_ALIASES = new Map([
    ['modelstudio', 'qwen'],
    ['qwencloud', 'qwen'],
    ['z.ai', 'zai'],
    ['z-ai', 'zai'],
    ['opencode-zen', 'opencode'],
    ['opencode-go-auth', 'opencode-go'],
    ['anthropic-cli', 'claude-cli'],
    ['kimi-code', 'kimi'],
    ['kimi-coding', 'kimi'],
    ['moonshotai', 'moonshot'],
    ['moonshot-ai', 'moonshot'],
    ['bedrock', 'amazon-bedrock'],
    ['aws-bedrock', 'amazon-bedrock'],
    ['bytedance', 'volcengine'],
    ['doubao', 'volcengine'],
]);
function normalizeProviderId(raw) {
    const lowered = raw.trim().toLowerCase();
    return PROVIDER_ALIASES.get(lowered) ?? lowered;
}
/** 2026.9.6 compares provider ids trimmed and lowercased only: no alias table (SPEC-2026.9 §1). */
function normalizeProviderIdPlain(raw) {
    return raw.trim().toLowerCase();
}


/***/ }),

/***/ 33:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WS: () => (/* binding */ valueAtPath),
/* harmony export */   ir: () => (/* binding */ recordOrEmpty),
/* harmony export */   u4: () => (/* binding */ isRecord)
/* harmony export */ });
/** A plain JSON object (not an array, not null) — what OpenClaw calls a record. */
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** The record itself, or an empty one for anything else. */
function recordOrEmpty(value) {
    return isRecord(value) ? value : {};
}
/** Walks `path` through nested records; undefined as soon as a step is not a record. */
function valueAtPath(value, path) {
    let current = value;
    for (const key of path) {
        if (!isRecord(current))
            return undefined;
        current = current[key];
    }
    return current;
}


/***/ }),

/***/ 4887:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ POLICY_CONTAINERS),
/* harmony export */   s: () => (/* binding */ RULE_FAMILIES)
/* harmony export */ });
/* harmony import */ var _families_channels_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7103);
/* harmony import */ var _families_mcp_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4899);
/* harmony import */ var _families_models_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5789);
/* harmony import */ var _families_network_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2297);
/* harmony import */ var _families_tools_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(832);





/**
 * Every rule family, in evaluation order: evidence keys, and findings (which feed the findings
 * hash), come out in this order. Adding an OpenClaw family means adding it here.
 */
const RULE_FAMILIES = [
    _families_channels_js__WEBPACK_IMPORTED_MODULE_0__/* .channelsFamily */ .R,
    _families_mcp_js__WEBPACK_IMPORTED_MODULE_1__/* .mcpFamily */ .Lw,
    _families_models_js__WEBPACK_IMPORTED_MODULE_2__/* .modelsFamily */ .x,
    _families_network_js__WEBPACK_IMPORTED_MODULE_3__/* .networkFamily */ .z,
    _families_tools_js__WEBPACK_IMPORTED_MODULE_4__/* .toolsFamily */ .u8,
];
/**
 * OpenClaw validates policy containers in its own order, tools first (SPEC.md §2.1), which
 * differs from the evaluation order above.
 */
const CONTAINER_ORDER = [
    _families_tools_js__WEBPACK_IMPORTED_MODULE_4__/* .toolsFamily */ .u8,
    ...RULE_FAMILIES.filter((family) => family !== _families_tools_js__WEBPACK_IMPORTED_MODULE_4__/* .toolsFamily */ .u8),
];
const POLICY_CONTAINERS = CONTAINER_ORDER.flatMap((family) => family.containers);


/***/ }),

/***/ 307:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_RELEASE: () => (/* binding */ DEFAULT_RELEASE),
/* harmony export */   L: () => (/* binding */ releaseProfile),
/* harmony export */   SUPPORTED_RELEASES: () => (/* binding */ SUPPORTED_RELEASES),
/* harmony export */   d: () => (/* binding */ profileOf),
/* harmony export */   releasesWhere: () => (/* binding */ releasesWhere)
/* harmony export */ });
/* harmony import */ var _check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6120);
/* harmony import */ var _current_check_ids_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1671);
/* harmony import */ var _current_evaluate_policy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4136);
/* harmony import */ var _current_policy_conformance_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1587);
// The OpenClaw releases policy-gate reproduces, and every way they differ (SPEC-2026.9 §1), in one
// place: shells pick a profile, the engine reads it. A family that exists in only one release is
// registered only in that release's evaluator.





const SUPPORTED_RELEASES = ['2026.9.6', '2026.5.20'];
/** What a new user runs: the current release. */
const DEFAULT_RELEASE = '2026.9.6';
const RELEASE_2026_5_20 = {
    release: '2026.5.20',
    checksRun: _check_js__WEBPACK_IMPORTED_MODULE_0__/* .CHECK_COUNT */ .bE,
    toolsDocument: 'TOOLS.md',
    strictPolicyShape: false,
    fixRecommendations: false,
    loadedConfig: false,
    execApprovals: false,
    agentSelection: false,
    runtimeGate: { switchedOnBy: 'runtimeToolPolicy', postureDecisions: false },
    inputNeeds: (policy, settings) => ({
        toolDocuments: settings.enabled && (0,_check_js__WEBPACK_IMPORTED_MODULE_0__/* .needsToolsMarkdown */ .Mv)(policy),
        execApprovals: false,
    }),
    evaluate: _check_js__WEBPACK_IMPORTED_MODULE_0__/* .runPolicyCheck */ .ov,
};
const RELEASE_2026_9_6 = {
    release: '2026.9.6',
    checksRun: _current_check_ids_js__WEBPACK_IMPORTED_MODULE_1__/* .CURRENT_CHECK_IDS */ .A.length,
    toolsDocument: 'AGENTS.md',
    strictPolicyShape: true,
    fixRecommendations: true,
    loadedConfig: true,
    execApprovals: true,
    agentSelection: true,
    runtimeGate: { switchedOnBy: 'policyPlugin', postureDecisions: true },
    policyCompare: { compare: _current_policy_conformance_js__WEBPACK_IMPORTED_MODULE_3__/* .comparePolicyDocuments */ .iC, humanLines: _current_policy_conformance_js__WEBPACK_IMPORTED_MODULE_3__/* .policyConformanceLines */ .vE },
    inputNeeds: _current_evaluate_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .currentInputNeeds */ .$O,
    evaluate: _current_evaluate_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluateCurrentPolicy */ .Th,
};
const PROFILES = {
    '2026.5.20': RELEASE_2026_5_20,
    '2026.9.6': RELEASE_2026_9_6,
};
/** The profile of a release named by a user (`--openclaw`, an action input), or why not. */
function releaseProfile(release) {
    const name = release ?? DEFAULT_RELEASE;
    if (SUPPORTED_RELEASES.includes(name))
        return PROFILES[name];
    return {
        unsupported: `unsupported OpenClaw release '${name}'; supported: ${SUPPORTED_RELEASES.join(', ')}.`,
    };
}
function profileOf(release) {
    return PROFILES[release];
}
/** The supported releases having a feature, for messages that point to them. */
function releasesWhere(has) {
    return SUPPORTED_RELEASES.filter((release) => has(PROFILES[release]));
}


/***/ }),

/***/ 2994:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G4: () => (/* binding */ CONFORMANCE_WEAKER),
/* harmony export */   J8: () => (/* binding */ missingRule),
/* harmony export */   XL: () => (/* binding */ CONFORMANCE_MISSING),
/* harmony export */   ap: () => (/* binding */ CONFORMANCE_INVALID),
/* harmony export */   c3: () => (/* binding */ weakerRule),
/* harmony export */   cI: () => (/* binding */ compareDenylist),
/* harmony export */   tG: () => (/* binding */ compareAllowlist)
/* harmony export */ });
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8726);
/* harmony import */ var _oc_path_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8712);


const CONFORMANCE_MISSING = 'policy/policy-conformance-missing';
const CONFORMANCE_WEAKER = 'policy/policy-conformance-weaker';
const CONFORMANCE_INVALID = 'policy/policy-conformance-invalid';
/** The candidate lacks a rule the baseline has. */
function missingRule(names, rule, detail) {
    return weakening('missing', names, rule, detail);
}
/** The candidate has the rule, but it imposes less. */
function weakerRule(names, rule, detail) {
    return weakening('weaker', names, rule, detail);
}
function weakening(kind, names, rule, detail) {
    const segments = rule.split('.');
    const candidate = names.candidate.display;
    return {
        rule,
        kind,
        detail,
        finding: (0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)({
            checkId: kind === 'missing' ? CONFORMANCE_MISSING : CONFORMANCE_WEAKER,
            message: kind === 'missing'
                ? `${candidate} is missing ${rule}.`
                : `${candidate} ${rule} is weaker than the baseline policy.`,
            path: candidate,
            target: (0,_oc_path_js__WEBPACK_IMPORTED_MODULE_1__/* .policyAddress */ .ls)(names.candidate.document, ...segments),
            requirement: (0,_oc_path_js__WEBPACK_IMPORTED_MODULE_1__/* .policyAddress */ .ls)(names.baseline.document, ...segments),
            fixHint: kind === 'missing'
                ? `Add an equally or more restrictive ${rule} rule, or update the baseline policy after review.`
                : `Use an equally or more restrictive ${rule} value, or update the baseline policy after review.`,
        }),
    };
}
/** An allowlist may only shrink, and a non-empty one may not become empty or disappear. */
function compareAllowlist(names, rule, baseline, candidate) {
    if (baseline.length === 0)
        return [];
    if (candidate === undefined || candidate.length === 0) {
        return [
            missingRule(names, rule, `the allowlist (${baseline.map(quote).join(', ')}) was removed or emptied, which allows everything`),
        ];
    }
    const allowed = new Set(baseline);
    const added = candidate.filter((entry) => !allowed.has(entry));
    return added.length === 0
        ? []
        : [weakerRule(names, rule, `allows ${added.map(quote).join(', ')}, not in the baseline allowlist`)];
}
/** A denylist may only grow. */
function compareDenylist(names, rule, baseline, candidate) {
    if (baseline.length === 0)
        return [];
    const denied = new Set(candidate ?? []);
    const dropped = baseline.filter((entry) => !denied.has(entry));
    if (dropped.length === 0)
        return [];
    if (candidate === undefined || candidate.length === 0)
        return [missingRule(names, rule, `no longer denies ${dropped.map(quote).join(', ')}`)];
    return [weakerRule(names, rule, `no longer denies ${dropped.map(quote).join(', ')}`)];
}
function quote(value) {
    return `'${value}'`;
}


/***/ }),

/***/ 4399:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cn: () => (/* binding */ slugifyHeading),
/* harmony export */   GZ: () => (/* binding */ withToolMetadata),
/* harmony export */   HI: () => (/* binding */ bulletDeclaration),
/* harmony export */   SS: () => (/* binding */ NAMED_RISK),
/* harmony export */   SX: () => (/* binding */ NAMED_SENSITIVITY),
/* harmony export */   Wm: () => (/* binding */ headingOf),
/* harmony export */   gV: () => (/* binding */ looksLikeBulletDeclaration),
/* harmony export */   rs: () => (/* binding */ DOT_EXCLUDED),
/* harmony export */   yo: () => (/* binding */ OWNER)
/* harmony export */ });
// The grammar both OpenClaw releases use for governed tool declarations: headings, bullets and
// the metadata fields of one tool. 2026.5.20 reads them from TOOLS.md (`tools-markdown.ts`),
// 2026.9.6 from the `## Tools` section of AGENTS.md (`agents-markdown.ts`); only where a section
// starts and ends, and which lines declare a tool, differ between the two.
//
// OpenClaw matches lines with backtracking regular expressions, some of which go polynomial on
// hostile input (long runs of spaces). Every pattern here is either free of overlapping
// quantifiers or replaced by a small scan, and each comment says which OpenClaw behaviour the
// helper keeps. The quirks are part of the attested evidence, so they are kept on purpose:
//   - only `\n` and `\r\n` end a line; a lone `\r` (or U+2028/U+2029) stays in the line, where
//     OpenClaw's `.` refuses it, so such a line is neither a heading nor a declaration;
//   - `\s` is Unicode whitespace (NBSP, U+3000, U+FEFF…), while `\b` and `\w` are ASCII;
//   - the field patterns search the metadata joined with `\n`, so `risk:` and its value may sit
//     on different lines.
/** Slug of a heading or tool name: OpenClaw's anchor rule (SPEC.md §3.3 rule 1). */
function slugifyHeading(text) {
    // Equivalent to: lowercase, `_` → `-`, runs outside [a-z0-9-] → `-`, collapse repeated
    // hyphens, trim hyphens: every character outside [a-z0-9] separates, a run of them becomes one
    // hyphen, and hyphens at either end go.
    const lower = text.toLowerCase();
    if (PLAIN_SLUG.test(lower))
        return lower;
    const hyphenated = lower.replace(SEPARATOR_RUNS, '-');
    const start = hyphenated.startsWith('-') ? 1 : 0;
    const end = hyphenated.length > start && hyphenated.endsWith('-') ? hyphenated.length - 1 : hyphenated.length;
    return hyphenated.slice(start, end);
}
const PLAIN_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SEPARATOR_RUNS = /[^a-z0-9]+/g;
/** Characters JavaScript's `.` does not match (`\n` never survives the line split). */
const DOT_EXCLUDED = /[\r\u2028\u2029]/;
const DOT_ACCEPTED = /[^\r\u2028\u2029]/;
const WHITESPACE = /\s/;
/**
 * An ATX heading as OpenClaw sees one (`^(#{1,6})\s+(.+?)\s*#*\s*$`): 1–6 `#` at column 0,
 * whitespace, then a text from which trailing whitespace and `#`s are stripped (no space needed
 * before them). The kept text must be non-empty and free of `.`-excluded characters. A BOM before
 * the `#` means no heading.
 */
function headingOf(line, withSlug = true) {
    if (!line.startsWith('#'))
        return undefined;
    const opening = /^(#{1,6})(\s+)/.exec(line);
    if (opening === null)
        return undefined;
    const depth = opening[1].length;
    const body = line.slice(opening[0].length);
    if (body === '') {
        // Only whitespace follows the hashes: one of its characters (never the first; the last that
        // `.` accepts) becomes the text. The slug is empty.
        const text = lastDotAccepted(opening[2].slice(1));
        return text === undefined ? undefined : { depth, text, slug: '' };
    }
    const text = body.slice(0, Math.max(1, closingSequenceStart(body)));
    if (DOT_EXCLUDED.test(text))
        return undefined;
    return { depth, text, slug: withSlug ? slugifyHeading(text) : '' };
}
function lastDotAccepted(whitespace) {
    for (let i = whitespace.length - 1; i >= 0; i--) {
        if (DOT_ACCEPTED.test(whitespace[i]))
            return whitespace[i];
    }
    return undefined;
}
/** Index where the trailing run of whitespace, then `#`s, then whitespace begins. */
function closingSequenceStart(body) {
    let end = body.length;
    while (end > 0 && WHITESPACE.test(body[end - 1]))
        end--;
    while (end > 0 && body[end - 1] === '#')
        end--;
    while (end > 0 && WHITESPACE.test(body[end - 1]))
        end--;
    return end;
}
/**
 * A column-0 `-`/`*`/`+` bullet whose name runs to the first `:` (`^[-*+]\s+([^:\s][^:]*?)\s*:(.*)$`):
 * the name starts at the first non-space after the bullet, which must not be the colon, and the
 * rest of the line is inline metadata, which must be free of `.`-excluded characters.
 */
function bulletDeclaration(line) {
    const lead = BULLET_LEAD.exec(line);
    const colon = line.indexOf(':');
    if (lead === null || colon < 0 || DOT_EXCLUDED.test(line.slice(colon + 1)))
        return undefined;
    return { name: line.slice(lead[0].length, colon).trimEnd(), inlineAt: colon + 1 };
}
const BULLET_LEAD = /^[-*+]\s+(?=[^:\s])/;
/**
 * The looser bullet test OpenClaw ends metadata with (`^[-*+]\s+[^:\s][^:]*?\s*:`): it ignores
 * what follows the colon, so a bullet with a line separator after its colon still ends metadata.
 */
function looksLikeBulletDeclaration(line) {
    return LOOSE_BULLET.test(line) && line.includes(':');
}
const LOOSE_BULLET = /^[-*+]\s+[^:\s]/;
/**
 * Adds the fields `metadata` (the inline remainder, then the following lines, joined with `\n`)
 * declares to `entry`, after its own keys: risk, sensitivity, owner, capabilities.
 */
function withToolMetadata(entry, metadata) {
    const tool = entry;
    const risk = namedValue(NAMED_RISK, metadata) ?? riskFromAlias(metadata);
    if (risk !== undefined)
        tool.risk = risk;
    const sensitivity = namedValue(NAMED_SENSITIVITY, metadata);
    if (sensitivity !== undefined)
        tool.sensitivity = sensitivity;
    const owner = OWNER.exec(metadata)?.[1];
    if (owner !== undefined)
        tool.owner = owner;
    const capabilities = capabilityTokens(metadata);
    if (capabilities.length > 0)
        tool.capabilities = capabilities;
    return tool;
}
// `key\s*:\s*([a-z0-9_-]+)\b` ends its value on the last word character of the run (the run's
// class holds every word character, so `\b` can only fall before a trailing `-`). Spelling that
// out as `[a-z0-9_-]*[a-z0-9_]` gives the same match; a run of hyphens alone is no value.
const NAMED_RISK = /\brisk\s*:\s*([a-z0-9_-]*[a-z0-9_])/i;
const NAMED_SENSITIVITY = /\bsensitivity\s*:\s*([a-z0-9_-]*[a-z0-9_])/i;
// Case kept; the value backs off to its last ASCII word boundary (`owner:Zoë` gives `Zo`). A value
// without any word character fails, and such a run cannot hide a later `owner`, so this is linear.
const OWNER = /\bowner\s*:\s*([^\s#]+)\b/i;
// Uppercase and standalone only: `r5`, `R12` and `xR5` are not aliases. Sensitivity has none.
const RISK_ALIAS = /\bR([0-5])\b/;
const RISK_OF_ALIAS = ['low', 'low', 'medium', 'medium', 'high', 'critical'];
function namedValue(pattern, metadata) {
    return pattern.exec(metadata)?.[1]?.toLowerCase();
}
function riskFromAlias(metadata) {
    const digit = RISK_ALIAS.exec(metadata)?.[1];
    return digit === undefined ? undefined : RISK_OF_ALIAS[Number(digit)];
}
// A token is a whole ASCII word (`\b` is ASCII) of this shape: `RISK`, `R12`, `WRITE_FS`, but not
// `ABCdef`, `_ABC` or `AB`. The pattern is linear: inside a word `\b` fails at once. A token never
// spans a line break, so searching the joined metadata finds each line's tokens.
const CAPABILITY_TOKENS = /\b[A-Z][A-Z0-9_]{2,}\b/g;
const CAPABILITY_TOKENS_OF_LINE = new RegExp(CAPABILITY_TOKENS.source, 'g');
const CAPABILITIES_LABEL = /\bcapabilities\s*:/i;
const TOKEN_PUNCTUATION = /^[\s,;:[\](){}#*_-]*$/;
/**
 * Capability tokens of the metadata, line by line: all of them on the declaration line and on a
 * `capabilities:` line; elsewhere only when the line holds nothing but tokens and punctuation,
 * so prose such as "Calls the GITHUB API" declares nothing. Lines without a token cost nothing.
 */
function capabilityTokens(metadata) {
    const tokens = [];
    let lineEnd = -1;
    let lineCounts = false;
    CAPABILITY_TOKENS.lastIndex = 0;
    for (let match = CAPABILITY_TOKENS.exec(metadata); match !== null; match = CAPABILITY_TOKENS.exec(metadata)) {
        if (match.index > lineEnd) {
            const lineStart = metadata.lastIndexOf('\n', match.index) + 1;
            const newline = metadata.indexOf('\n', match.index);
            lineEnd = newline < 0 ? metadata.length : newline;
            lineCounts = lineStart === 0 || tokensCount(metadata.slice(lineStart, lineEnd));
        }
        if (lineCounts)
            tokens.push(match[0]);
    }
    return tokens;
}
/** Whether a metadata line (not the declaration line) that holds tokens declares them. */
function tokensCount(line) {
    // OpenClaw deletes each token's first occurrence instead; what is left holds the same
    // characters, so the punctuation test agrees (and this stays linear on long lines).
    return CAPABILITIES_LABEL.test(line) || TOKEN_PUNCTUATION.test(line.replace(CAPABILITY_TOKENS_OF_LINE, ''));
}


/***/ }),

/***/ 7967:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cn: () => (/* reexport safe */ _tool_declaration_grammar_js__WEBPACK_IMPORTED_MODULE_0__.Cn),
/* harmony export */   fF: () => (/* binding */ readToolsMarkdown),
/* harmony export */   uZ: () => (/* binding */ parseToolsMarkdown)
/* harmony export */ });
/* harmony import */ var _tool_declaration_grammar_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4399);
// TOOLS.md tool declarations (SPEC.md §3.3), read exactly as OpenClaw 2026.5.20's `policy check`
// reads them. The grammar of one declaration (headings, bullets, metadata fields, and the quirks
// of OpenClaw's patterns) is shared with 2026.9.6's AGENTS.md reader in
// `tool-declaration-grammar.ts`; what is particular to TOOLS.md lives here:
//   - the section is the first heading whose slug is `tools`, up to the next heading of the same
//     or a shallower depth;
//   - a tool is a `### name` heading (at any section depth) or a column-0 bullet;
//   - metadata ends at any line that merely *looks* like a declaration (an indented `### x`,
//     `### #x`, a bullet whose name slugs to nothing).
//
// Speed: the text is read in one pass, line by line, without splitting it. A line whose first
// character is none of `#`, `-`, `*`, `+` or whitespace can neither open, close nor end anything,
// so it costs one character test; a tool's metadata is one slice of the text. The plain
// line-by-line reading this replaces is kept as the oracle of a property test.


/** Tools declared in the first Tools section, in file order, duplicates kept. Never throws. */
function parseToolsMarkdown(text) {
    const tools = [];
    scanDeclarations(text, (id, line, metadata) => tools.push(toolDeclaration(id, line, metadata)));
    return tools;
}
function readToolsMarkdown(text) {
    const result = { tools: [], conflicts: [] };
    scanDeclarations(text, (id, line, metadata) => {
        result.tools.push(toolDeclaration(id, line, metadata));
        addFieldConflicts(result.conflicts, id, line, metadata);
    });
    return result;
}
/**
 * Calls `visit` for each declaration of the Tools section with its slug, 1-based line and
 * metadata: the inline remainder, then every following line up to the next line that ends
 * metadata, joined with `\n`.
 *
 * The section opens after the first heading whose slug is `tools` and closes at the next heading
 * of the same or a shallower depth. Deeper headings stay in the section as ordinary lines, so
 * under `## Tools` a `### deploy` line is a declaration, while under `### Tools` it closes it.
 * Every declaration also ends metadata, so one pass sees each line once.
 */
function scanDeclarations(text, visit) {
    const lines = new LineCursor(text);
    let sectionDepth = 0;
    while (sectionDepth === 0 && lines.next()) {
        if (lines.firstCode() === HASH && (0,_tool_declaration_grammar_js__WEBPACK_IMPORTED_MODULE_0__/* .headingOf */ .Wm)(lines.text())?.slug === 'tools') {
            sectionDepth = (0,_tool_declaration_grammar_js__WEBPACK_IMPORTED_MODULE_0__/* .headingOf */ .Wm)(lines.text()).depth;
        }
    }
    if (sectionDepth === 0)
        return;
    // The declaration whose metadata is being read: id ('' when none), line, metadata start.
    let openId = '';
    let openLine = 0;
    let metadataStart = 0;
    let metadataEnd = 0;
    while (lines.next()) {
        const first = lines.firstCode();
        if (mayEndMetadata(first)) {
            const line = lines.text();
            if (first === HASH && closesSection(line, sectionDepth))
                break;
            if (endsMetadata(line)) {
                if (openId !== '')
                    visit(openId, openLine, metadataText(text, metadataStart, metadataEnd));
                const declaration = parseDeclaration(line);
                openId = declaration?.id ?? '';
                openLine = lines.number;
                metadataStart = lines.start + (declaration?.inlineAt ?? 0);
            }
        }
        metadataEnd = lines.end;
    }
    if (openId !== '')
        visit(openId, openLine, metadataText(text, metadataStart, metadataEnd));
}
/** Lines of a text split at `\n` and `\r\n`, as `text.split(/\r?\n/)` gives them, without copies. */
class LineCursor {
    source;
    /** Start, end (excluding the line break) and 1-based number of the current line. */
    start = 0;
    end = 0;
    number = 0;
    following = 0;
    constructor(source) {
        this.source = source;
    }
    next() {
        if (this.following > this.source.length)
            return false;
        this.start = this.following;
        const newline = this.source.indexOf('\n', this.start);
        if (newline < 0) {
            this.end = this.source.length;
            this.following = this.source.length + 1;
        }
        else {
            this.end = newline > this.start && this.source.charCodeAt(newline - 1) === CR ? newline - 1 : newline;
            this.following = newline + 1;
        }
        this.number++;
        return true;
    }
    /** The line's first UTF-16 code unit, or NaN for an empty line. */
    firstCode() {
        return this.start < this.end ? this.source.charCodeAt(this.start) : NaN;
    }
    text() {
        return this.source.slice(this.start, this.end);
    }
}
const CR = 0x0d;
const HASH = 0x23;
const PLUS = 0x2b;
const HYPHEN = 0x2d;
const ASTERISK = 0x2a;
/**
 * Whether a line starting with this code unit can end metadata, close the section or declare a
 * tool. Those need a `#` or a bullet at column 0, or (after trimming) an indented `###`; every
 * character `String#trim` removes is at or below U+0020 or at or above U+00A0.
 */
function mayEndMetadata(first) {
    return (first === HASH ||
        first === HYPHEN ||
        first === ASTERISK ||
        first === PLUS ||
        first <= 0x20 ||
        first >= 0xa0);
}
/** The metadata from `start` to `end`, with each `\r\n` line break written as `\n`. */
function metadataText(text, start, end) {
    const metadata = text.slice(start, end);
    return metadata.includes('\r') ? metadata.replace(CRLF, '\n') : metadata;
}
const CRLF = /\r\n/g;
function closesSection(line, sectionDepth) {
    // A run of more `#` than the section's depth is a deeper heading or none: no need to read on.
    let hashes = 0;
    while (line.charCodeAt(hashes) === HASH)
        hashes++;
    if (hashes > sectionDepth)
        return false;
    const heading = (0,_tool_declaration_grammar_js__WEBPACK_IMPORTED_MODULE_0__/* .headingOf */ .Wm)(line, false);
    return heading !== undefined && heading.depth <= sectionDepth;
}
/**
 * `### name rest` (name: no whitespace, no `#`, so `### deploy:` names `deploy:`), or a column-0
 * bullet (`bulletDeclaration`). The rest of the line is inline metadata, and must be free of
 * `.`-excluded characters. Names that slug to nothing declare nothing.
 */
function parseDeclaration(line) {
    const named = headingDeclaration(line) ?? (0,_tool_declaration_grammar_js__WEBPACK_IMPORTED_MODULE_0__/* .bulletDeclaration */ .HI)(line);
    if (named === undefined)
        return undefined;
    const id = (0,_tool_declaration_grammar_js__WEBPACK_IMPORTED_MODULE_0__/* .slugifyHeading */ .Cn)(named.name);
    return id === '' ? undefined : { id, inlineAt: named.inlineAt };
}
function headingDeclaration(line) {
    const match = HEADING_DECLARATION.exec(line);
    if (match === null || _tool_declaration_grammar_js__WEBPACK_IMPORTED_MODULE_0__/* .DOT_EXCLUDED */ .rs.test(line.slice(match[0].length)))
        return undefined;
    return { name: match[1], inlineAt: match[0].length };
}
const HEADING_DECLARATION = /^###\s+([^\s#]+)/;
/**
 * OpenClaw stops collecting metadata with looser tests than the declaration patterns: the `###`
 * test runs on the trimmed line and accepts any non-space name, and the bullet test ignores
 * what follows the colon.
 */
function endsMetadata(line) {
    return LOOSE_HEADING.test(line.trim()) || (0,_tool_declaration_grammar_js__WEBPACK_IMPORTED_MODULE_0__/* .looksLikeBulletDeclaration */ .gV)(line);
}
const LOOSE_HEADING = /^###\s+\S/;
function toolDeclaration(id, line, metadata) {
    return (0,_tool_declaration_grammar_js__WEBPACK_IMPORTED_MODULE_0__/* .withToolMetadata */ .GZ)({ id, line }, metadata);
}
const FIELD_NAMES = ['risk', 'sensitivity', 'owner'];
const FIELD_PATTERNS = {
    risk: new RegExp(_tool_declaration_grammar_js__WEBPACK_IMPORTED_MODULE_0__/* .NAMED_RISK */ .SS.source, 'gi'),
    sensitivity: new RegExp(_tool_declaration_grammar_js__WEBPACK_IMPORTED_MODULE_0__/* .NAMED_SENSITIVITY */ .SX.source, 'gi'),
    owner: new RegExp(_tool_declaration_grammar_js__WEBPACK_IMPORTED_MODULE_0__/* .OWNER */ .yo.source, 'gi'),
};
/**
 * Fields a tool declares twice with different values (`risk:low … risk:critical`). OpenClaw uses
 * the first silently, so a reviewer could read one level while another applies; loaders refuse
 * such a file, as they refuse duplicate JSON keys.
 */
function addFieldConflicts(conflicts, toolId, line, metadata) {
    // Nearly every tool names each field once: a cheap scan for a second occurrence of the field's
    // name (a superset of a second value) spares the full search in that common case.
    const lowered = metadata.toLowerCase();
    for (const field of FIELD_NAMES) {
        const first = lowered.indexOf(field);
        if (first < 0 || lowered.indexOf(field, first + field.length) < 0)
            continue;
        const normalise = field === 'owner' ? (value) => value : (value) => value.toLowerCase();
        const values = [
            ...new Set(Array.from(metadata.matchAll(FIELD_PATTERNS[field]), (match) => normalise(match[1] ?? ''))),
        ];
        if (values.length > 1)
            conflicts.push({ toolId, line, field, values });
    }
}


/***/ })

};
