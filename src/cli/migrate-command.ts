// `policy-gate migrate`: TOOLS.md's tool declarations into AGENTS.md's `## Tools` section, then
// TOOLS.md removed (the pure migration, and its proof that OpenClaw 2026.9.6 reads the same tools,
// is `engine/tools-migration.ts`). This shell only reads and writes the two files, carefully: no
// symbolic or hard link is followed or split, AGENTS.md is replaced by renaming a new file made
// exclusively beside it, and nothing is written when either file changed since it was read.
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readFileSync,
  statSync,
  unlinkSync,
  type Stats,
} from 'node:fs';
import path from 'node:path';
import { releasesWhere } from '../engine/release-profile.js';
import {
  migrateToolsMarkdown,
  NOTES_HEADING,
  type MovedTool,
  type ToolsMigration,
} from '../engine/tools-migration.js';
import { InputError } from '../workspace/input-error.js';
import { errorText, replaceFile } from '../workspace/replace-file.js';
import { DEFAULT_MAX_BYTES } from '../workspace/safe-read.js';
import { EXIT_CLEAN, UsageError, type CliIo } from './cli-io.js';
import { parseFlags } from './parse-flags.js';
import { RELEASE_FLAG, releaseFrom } from './release-options.js';

const TOOLS_FILE = 'TOOLS.md';
const AGENTS_FILE = 'AGENTS.md';

export async function migrateCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags('migrate', args, {
    cwd: { type: 'string' },
    ...RELEASE_FLAG,
    'dry-run': { type: 'boolean' },
    json: { type: 'boolean' },
  });
  const profile = releaseFrom(values.openclaw);
  if (profile.toolsDocument !== AGENTS_FILE) {
    const targets = releasesWhere((p) => p.toolsDocument === AGENTS_FILE).join(', ');
    throw new UsageError(
      `migrate moves TOOLS.md into AGENTS.md, where OpenClaw ${targets} reads tools; OpenClaw ${profile.release} reads TOOLS.md itself.`,
    );
  }
  const dir = path.resolve(io.cwd, values.cwd ?? '.');
  if (!isDirectory(dir))
    throw new InputError(`${shown(io, dir)} is not a directory; pass the workspace with --cwd.`);
  const asJson = values.json === true || !io.stdoutIsTerminal;
  const dryRun = values['dry-run'] === true;

  const tools = readDocument(dir, TOOLS_FILE);
  if (tools === undefined) {
    const message = `nothing to migrate (no ${TOOLS_FILE} in ${shown(io, dir)})`;
    io.stdout(
      asJson ? `${JSON.stringify({ migrated: false, message })}\n` : `policy-gate migrate: ${message}\n`,
    );
    return EXIT_CLEAN;
  }
  const agents = readDocument(dir, AGENTS_FILE);
  const migration = migrateToolsMarkdown(tools.text, agents?.text);
  if (migration.kind === 'refused') throw new InputError(`${migration.reason} Nothing was changed.`);

  if (!dryRun) {
    // Both files must still be what the migration was computed from, up to the last moment.
    const unchanged = () => {
      sameDocument(tools, readDocument(dir, TOOLS_FILE), TOOLS_FILE);
      sameDocument(agents, readDocument(dir, AGENTS_FILE), AGENTS_FILE);
    };
    if (migration.agentsChanged)
      replaceFile(path.join(dir, AGENTS_FILE), migration.agentsText ?? '', {
        previous: agents?.stats,
        beforeRename: unchanged,
        purpose: 'migrate',
      });
    else unchanged();
    removeFile(dir, TOOLS_FILE, migration.agentsChanged, () =>
      sameDocument(tools, readDocument(dir, TOOLS_FILE), TOOLS_FILE),
    );
  }
  const summary = { dryRun, created: agents === undefined && migration.agentsText !== undefined };
  io.stdout(asJson ? jsonOutput(migration, summary) : humanOutput(migration, summary));
  return EXIT_CLEAN;
}

interface Document {
  text: string;
  stats: Stats;
}

/** A workspace file as text, or undefined when absent; links and non-files are refused. */
function readDocument(dir: string, name: string): Document | undefined {
  const file = path.join(dir, name);
  let stats: Stats;
  try {
    stats = lstatSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new InputError(`${name} cannot be read: ${errorText(error)}`);
  }
  refuseUnsafe(name, stats);
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw new InputError(`${name} cannot be read: ${errorText(error)}`);
  }
  try {
    const opened = fstatSync(fd);
    if (opened.dev !== stats.dev || opened.ino !== stats.ino)
      throw new InputError(`${name} changed while being read.`);
    const bytes = readFileSync(fd);
    if (bytes.length > DEFAULT_MAX_BYTES)
      throw new InputError(`${name} grew past the ${DEFAULT_MAX_BYTES}-byte limit.`);
    // Decoded as `check` decodes it (invalid UTF-8 as U+FFFD, a byte-order mark kept).
    return { text: bytes.toString('utf8'), stats: opened };
  } finally {
    closeSync(fd);
  }
}

function refuseUnsafe(name: string, stats: Stats): void {
  if (stats.isSymbolicLink())
    throw new InputError(
      `${name} is a symbolic link; migrate edits only regular files, so replace the link with the file it points to.`,
    );
  if (!stats.isFile()) throw new InputError(`${name} is not a regular file.`);
  if (stats.nlink > 1)
    throw new InputError(
      `${name} has ${stats.nlink} hard links, which migrate would split; make it a single file first.`,
    );
  if (stats.size > DEFAULT_MAX_BYTES)
    throw new InputError(`${name} is ${stats.size} bytes, over the ${DEFAULT_MAX_BYTES}-byte limit.`);
}

function sameDocument(before: Document | undefined, now: Document | undefined, name: string): void {
  const same =
    before === undefined
      ? now === undefined
      : now !== undefined &&
        now.text === before.text &&
        now.stats.dev === before.stats.dev &&
        now.stats.ino === before.stats.ino;
  if (!same) throw new InputError(`${name} changed while migrating; nothing was changed, run migrate again.`);
}

/** Removes the migrated file, unless it changed since it was read (then it stays, said so). */
function removeFile(dir: string, name: string, agentsWritten: boolean, unchanged: () => void): void {
  const written = agentsWritten ? `${AGENTS_FILE} was written, but ` : '';
  try {
    unchanged();
    unlinkSync(path.join(dir, name));
  } catch (error) {
    const why = error instanceof InputError ? `it changed while migrating` : errorText(error);
    throw new InputError(`${written}${name} was not removed (${why}); check it and delete it yourself.`);
  }
}

function isDirectory(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw new InputError(`${dir} cannot be read: ${errorText(error)}`);
  }
}

/** A path as the user would type it: relative to the current directory when inside it. */
function shown(io: CliIo, file: string): string {
  const relative = path.relative(io.cwd, file);
  if (relative === '') return '.';
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

interface Summary {
  dryRun: boolean;
  /** AGENTS.md did not exist before. */
  created: boolean;
}

function jsonOutput(migration: Extract<ToolsMigration, { kind: 'migrated' }>, summary: Summary): string {
  return `${JSON.stringify({
    migrated: true,
    dryRun: summary.dryRun,
    agentsFile: migration.agentsChanged ? (summary.created ? 'created' : 'updated') : 'unchanged',
    sectionCreated: migration.sectionCreated,
    moved: migration.moved,
    alreadyDeclared: migration.alreadyDeclared,
    notesLines: migration.notesLines,
    toolsFileRemoved: !summary.dryRun,
    ...(summary.dryRun ? { additions: migration.additions } : {}),
  })}\n`;
}

function humanOutput(migration: Extract<ToolsMigration, { kind: 'migrated' }>, summary: Summary): string {
  const would = (done: string, planned: string) => (summary.dryRun ? planned : done);
  const where = migration.sectionCreated ? 'a new `## Tools` section of' : 'the Tools section of';
  const agents = summary.created ? `${AGENTS_FILE} (new file)` : AGENTS_FILE;
  const parts = [
    migration.moved.length > 0
      ? `${would('moved', 'would move')} ${migration.moved.length} tool(s) from ${TOOLS_FILE} into ${where} ${agents}`
      : `${TOOLS_FILE} declares no tool OpenClaw 2026.5.20 reads`,
    ...(migration.notesLines > 0
      ? [
          `${would('kept', 'would keep')} ${migration.notesLines} line(s) of notes under \`## ${NOTES_HEADING}\``,
        ]
      : []),
    `${would('removed', 'would remove')} ${TOOLS_FILE}`,
  ];
  const lines = [`policy-gate migrate${summary.dryRun ? ' (dry run)' : ''}: ${parts.join('; ')}.`];
  const width = Math.max(
    0,
    ...[...migration.moved, ...migration.alreadyDeclared].map((tool) => tool.id.length),
  );
  for (const tool of migration.moved) lines.push(`  ${tool.id.padEnd(width)}  ${movedLine(tool)}`);
  for (const tool of migration.alreadyDeclared)
    lines.push(
      `  ${tool.id.padEnd(width)}  ${TOOLS_FILE}:${tool.toolsLine} already declared alike at ${AGENTS_FILE}:${tool.agentsLine}`,
    );
  if (summary.dryRun) {
    for (const addition of migration.additions) {
      lines.push(`@@ ${AGENTS_FILE} +${addition.line},${addition.lines.length} @@`);
      for (const line of addition.lines) lines.push(`+${line}`);
    }
    lines.push('Nothing was written; run without --dry-run to apply.');
  } else {
    lines.push(
      `Next: run \`policy-gate check\` to see the tools read from ${AGENTS_FILE}, then \`policy-gate accept\`: the attestation changes, as the tools' sources and lines moved.`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function movedLine(tool: MovedTool): string {
  return `${TOOLS_FILE}:${tool.toolsLine} → ${AGENTS_FILE}:${tool.agentsLine}`;
}
