#!/usr/bin/env node
// loaded-config-schema.generate.mjs: derives the structural config schema data of
// src/engine/current/loaded-config/release-config-schema.ts from the installed release.
//
// DEV ONLY (node >= 24.16, OpenClaw's engines): the release's own modules are imported.
//   node24 test/engine/current/loaded-config-schema.generate.mjs [<openclaw dir>] [--write]
// prints the generated TypeScript (or writes it with --write). The vitest
// loaded-config-schema.test.ts runs it when the release is installed and fails when the checked-in
// file differs.
//
// What is derived (data only, no code): for the zod root schema `OpenClawSchema`, each node's
// kind (object with its keys in declaration order and which are required, record with its key
// pattern, array, union, literal, enum, string/number/boolean/null/any) — enough to refuse
// unknown keys and wrong types the way the reader does and to put keys in the reader's order.
// Refinements, string formats and numeric bounds are not captured. For the bundled channel
// config metadata: every channel's JSON schema without annotations (repeated subschemas shared),
// which channels belong to plugins installed on demand, and the channel aliases. For plugins: the
// bundled plugin ids and the official external plugins' install specs.

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const OUT = join(REPO, 'src/engine/current/loaded-config/release-config-schema.ts');
const args = process.argv.slice(2);
const openclaw = resolve(args.find((a) => !a.startsWith('--')) ?? '/work/oracle/node_modules/openclaw');
const dist = join(openclaw, 'dist');

/** The dist module (by file-name prefix) that defines `fnOrConst`, and its export alias. */
function findExport(prefix, name) {
  for (const f of readdirSync(dist).filter((n) => n.startsWith(prefix) && n.endsWith('.mjs'))) {
    const src = readFileSync(join(dist, f), 'utf8');
    if (!new RegExp(`\\b(?:const|function) ${name}\\b`).test(src)) continue;
    const m = new RegExp(`export \\{[^}]*\\b${name} as (\\w+)\\b`).exec(src);
    if (m) return { file: join(dist, f), alias: m[1] };
  }
  throw new Error(`cannot find ${name} in ${dist}/${prefix}*.mjs`);
}

async function load(prefix, name) {
  const { file, alias } = findExport(prefix, name);
  return (await import(pathToFileURL(file).href))[alias];
}

const root = await load('zod-schema-', 'OpenClawSchema');
const channelMetadata = await load(
  'bundled-channel-config-metadata.generated-',
  'GENERATED_BUNDLED_CHANNEL_CONFIG_METADATA',
);
const version = JSON.parse(readFileSync(join(openclaw, 'package.json'), 'utf8')).version;

// ---------------------------------------------------------------------------------------------
// zod -> compact node (see SchemaNode in schema-node.ts).

const lazyMemo = new Map();

function keyPattern(keyType) {
  const d = keyType._zod.def;
  if (d.type === 'enum') return { e: Object.values(d.entries) };
  const regex = (d.checks ?? []).map((c) => c._zod.def).find((c) => c.format === 'regex');
  return regex ? { p: regex.pattern.source, f: regex.pattern.flags } : undefined;
}

function isOptional(s) {
  const t = s._zod.def.type;
  return t === 'optional' || t === 'default' || t === 'prefault';
}

/** The value a `.default(…)` property takes when the key is absent. */
function defaultOf(s) {
  const d = s._zod.def;
  if (d.type !== 'default' && d.type !== 'prefault') return undefined;
  return typeof d.defaultValue === 'function' ? d.defaultValue() : d.defaultValue;
}

function property(key, s) {
  const fallback = defaultOf(s);
  if (fallback !== undefined) return [key, node(s), 0, fallback];
  return isOptional(s) ? [key, node(s)] : [key, node(s), 1];
}

// Refinements on single values that policy-relevant keys use, by their message.
const KNOWN_REFINEMENTS = new Map([
  ['Expected http:// or https:// URL', 'httpUrl'],
  [
    'File secret reference id must be an absolute JSON pointer (example: "/providers/openai/apiKey"), or "value" for singleValue mode.',
    'fileSecretId',
  ],
  [
    'Exec secret reference id must match /^[A-Za-z0-9][A-Za-z0-9._:/#-]{0,255}$/ and must not include "." or ".." path segments (example: "vault/openai/api-key" or "aws/secret#json_key").',
    'execSecretId',
  ],
  ['Expected provider/model, or an empty string to disable decision models.', 'modelRefOrEmpty'],
]);

function messageOf(cd) {
  try {
    return typeof cd.error === 'function' ? cd.error({}) : undefined;
  } catch {
    return undefined;
  }
}

/** The zod checks the reader's parse runs on a value (trim, lengths, regex, url, int, bounds). */
function checksOf(d) {
  const out = [];
  for (const c of d.checks ?? []) {
    const cd = c._zod.def;
    if (cd.check === 'custom' && KNOWN_REFINEMENTS.has(messageOf(cd)))
      out.push([KNOWN_REFINEMENTS.get(messageOf(cd))]);
    else if (cd.check === 'string_format' && cd.format === 'url') out.push(['url']);
    else if (cd.check === 'overwrite' && String(cd.tx).includes('.trim()')) out.push(['trim']);
    else if (cd.check === 'min_length') out.push(['min', cd.minimum]);
    else if (cd.check === 'max_length') out.push(['max', cd.maximum]);
    else if (cd.check === 'string_format' && cd.format === 'regex') {
      const custom = typeof cd.error === 'function' ? cd.error({}) : undefined;
      out.push(
        typeof custom === 'string'
          ? ['regex', cd.pattern.source, cd.pattern.flags, custom]
          : ['regex', cd.pattern.source, cd.pattern.flags],
      );
    } else if (cd.check === 'number_format' && cd.format === 'safeint') out.push(['int']);
    else if (cd.check === 'greater_than') out.push(['gt', cd.value, cd.inclusive ? 1 : 0]);
    else if (cd.check === 'less_than') out.push(['lt', cd.value, cd.inclusive ? 1 : 0]);
  }
  return out;
}

function node(s) {
  const base = bareNode(s);
  const checks = ['string', 'number', 'array'].includes(s._zod.def.type) ? checksOf(s._zod.def) : [];
  return checks.length > 0 ? { c: checks, of: base } : base;
}

function bareNode(s) {
  const d = s._zod.def;
  switch (d.type) {
    case 'optional':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return node(d.innerType);
    case 'nullable':
      return { q: node(d.innerType) };
    case 'pipe':
      return node(d.in._zod.def.type === 'transform' ? d.out : d.in);
    case 'lazy': {
      if (lazyMemo.has(s)) return lazyMemo.get(s) ?? '*';
      lazyMemo.set(s, undefined);
      const n = node(d.getter());
      lazyMemo.set(s, n);
      return n;
    }
    case 'string':
      return 's';
    case 'number':
      return 'n';
    case 'boolean':
      return 'b';
    case 'null':
      return 'z';
    case 'unknown':
    case 'any':
      return '*';
    case 'literal':
      return { l: d.values };
    case 'enum':
      return { e: Object.values(d.entries) };
    case 'object': {
      const o = Object.entries(d.shape).map(([k, v]) => property(k, v));
      if (d.catchall === undefined) return { o, x: 0 };
      if (d.catchall._zod.def.type === 'never') return { o };
      return { o, x: node(d.catchall) };
    }
    case 'record': {
      const k = keyPattern(d.keyType);
      return k ? { r: node(d.valueType), k } : { r: node(d.valueType) };
    }
    case 'array':
      return { a: node(d.element) };
    case 'tuple':
      return { t: d.items.map(node) };
    case 'union':
      return { u: d.options.map(node) };
    default:
      throw new Error(`unsupported zod node ${d.type}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Channel JSON schemas.

const ANNOTATIONS = new Set(['description', '$schema', 'title', 'examples', 'format']);
function stripAnnotations(s) {
  if (Array.isArray(s)) return s.map(stripAnnotations);
  if (s === null || typeof s !== 'object') return s;
  const out = {};
  for (const [k, v] of Object.entries(s)) {
    if (ANNOTATIONS.has(k)) continue;
    if (k === 'enum' || k === 'const' || k === 'default' || k === 'required') out[k] = v;
    else if (k === 'properties' || k === 'patternProperties')
      out[k] = Object.fromEntries(Object.entries(v).map(([p, ps]) => [p, stripAnnotations(ps)]));
    else out[k] = stripAnnotations(v);
  }
  return out;
}

// Subtrees that occur more than once (and are not tiny) are shared through a table:
// `{ "$i": n }` stands for `shared[n]`. Values of enum/const/default/required stay as they are.
const ANNOTATION_VALUES = new Set(['enum', 'const', 'default', 'required']);
function createInterner() {
  const counts = new Map();
  const shared = [];
  const index = new Map();
  const count = (value) => {
    if (value === null || typeof value !== 'object') return;
    const json = JSON.stringify(value);
    if (json.length > 120) counts.set(json, (counts.get(json) ?? 0) + 1);
    for (const [k, v] of Object.entries(value)) if (!ANNOTATION_VALUES.has(k)) count(v);
  };
  const intern = (value) => {
    if (value === null || typeof value !== 'object') return value;
    const rebuild = () =>
      Array.isArray(value)
        ? value.map(intern)
        : Object.fromEntries(
            Object.entries(value).map(([k, v]) => [k, ANNOTATION_VALUES.has(k) ? v : intern(v)]),
          );
    const json = JSON.stringify(value);
    if (json.length <= 120 || (counts.get(json) ?? 0) < 2) return rebuild();
    if (!index.has(json)) {
      const at = shared.length;
      index.set(json, at);
      shared.push(null);
      shared[at] = rebuild();
    }
    return { $i: index.get(json) };
  };
  return { count, intern, shared };
}

// Channels whose plugin ships inside the release are validated whatever the install state; the
// others ("installable") only when the CLI is not (re)installing their plugin.
const bundledExtensions = new Set(readdirSync(join(dist, 'extensions')));
const configurable = channelMetadata.filter((e) => e.configurable !== false);
const stripped = Object.fromEntries(configurable.map((e) => [e.channelId, stripAnnotations(e.schema)]));
const channelInterner = createInterner();
for (const schema of Object.values(stripped)) channelInterner.count(schema);
const schemas = Object.fromEntries(
  Object.entries(stripped).map(([id, schema]) => [id, channelInterner.intern(schema)]),
);
const shared = channelInterner.shared;
const installable = {};
const aliases = {};
for (const entry of configurable) {
  for (const alias of entry.aliases ?? []) aliases[alias.toLowerCase()] = entry.channelId;
  if (!bundledExtensions.has(entry.pluginId)) installable[entry.channelId] = entry.pluginId;
}

// Plugins: the ids the release ships, and the official external ones with their install spec.
const bundledPlugins = [];
for (const dir of [...bundledExtensions].sort()) {
  try {
    bundledPlugins.push(
      JSON.parse(readFileSync(join(dist, 'extensions', dir, 'openclaw.plugin.json'), 'utf8')).id,
    );
  } catch {
    // not a plugin directory
  }
}
const catalog = await import(
  pathToFileURL(
    findExport('official-external-plugin-catalog-', 'listOfficialExternalPluginCatalogEntries').file,
  ).href
);
const alias = (name) => findExport('official-external-plugin-catalog-', name).alias;
const catalogSource = await import(
  pathToFileURL(
    findExport('official-external-plugin-catalog-source-', 'resolveOfficialExternalPluginId').file,
  ).href
);
const sourceAlias = findExport(
  'official-external-plugin-catalog-source-',
  'resolveOfficialExternalPluginId',
).alias;
const official = {};
for (const entry of catalog[alias('listOfficialExternalPluginCatalogEntries')]()) {
  const id = catalogSource[sourceAlias](entry);
  const spec = catalog[alias('resolveOfficialExternalPluginInstallSources')](entry)[0]?.spec;
  if (id && spec) official[id] = spec;
}

const coreTree = node(root);
const coreInterner = createInterner();
coreInterner.count(coreTree);
const coreJson = JSON.stringify({ root: coreInterner.intern(coreTree), shared: coreInterner.shared });
const channelsJson = JSON.stringify({ schemas, shared, installable, aliases });
const pluginsJson = JSON.stringify({ bundled: bundledPlugins, official });

const esc = (json) => json.replace(/\\/g, '\\\\').replace(/'/g, "\\'");
const ts = `// GENERATED from openclaw@${version} by test/engine/current/loaded-config-schema.generate.mjs — do not edit.
// Structural data of the release's config schema (keys in declaration order, required keys, record
// key patterns, unions, literal/enum values, leaf types) and of its bundled channel schemas. See
// schema-node.ts for the node format and the generator for what is and is not captured.

export const RELEASE_VERSION = '${version}';

/** { root: the zod root schema as a SchemaNode, shared: [subtree] } (see schema-node.ts), JSON. */
export const CORE_SCHEMA_JSON =
  '${esc(coreJson)}';

/** { schemas: id -> JSON schema, shared: [subschema], installable: id -> plugin id, aliases }, JSON. */
export const CHANNEL_SCHEMAS_JSON =
  '${esc(channelsJson)}';

/** { bundled: [plugin id], official: external plugin id -> install spec }, JSON. */
export const PLUGINS_JSON =
  '${esc(pluginsJson)}';
`;

if (args.includes('--write')) writeFileSync(OUT, ts);
else process.stdout.write(ts);
