// Where OpenClaw 2026.9.6 keeps host state, and reading its exec approvals (SPEC-2026.9 §3.1): the
// state directory, the legacy-file refusal, and the `exec_approvals_config` row of the state
// database, opened read-only (OpenClaw would create the database; a checker must never write it).
import { lstat, stat } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_EXEC_APPROVALS_LOCATOR } from '../engine/current/evaluate-policy.js';
import { InputError } from './input-error.js';
import { readWorkspaceFile } from './safe-read.js';

/** The exec-approvals row as the evaluator receives it: where it lives, and its raw JSON text. */
export interface ExecApprovalsRow {
  locator: string;
  raw: string | null;
}

export interface StateDirectory {
  /** Absolute path of OpenClaw's state directory. */
  path: string;
  /** Set by `--state-dir` or `OPENCLAW_STATE_DIR` (then locators and messages name the path). */
  overridden: boolean;
}

export type Environment = Readonly<Record<string, string | undefined>>;

const DATABASE = path.join('state', 'openclaw.sqlite');
const TABLE_LOCATOR = 'state/openclaw.sqlite#exec_approvals_config';
const LEGACY_FILE = 'exec-approvals.json';
const DOCTOR_CLAIM_SUFFIX = '.doctor-importing';

/** OpenClaw's effective home: `OPENCLAW_HOME`, else `HOME`, else `USERPROFILE`, else the OS's. */
export function openClawHome(env: Environment, osHome: string): string {
  const osLevel = nonBlank(env.HOME) ?? nonBlank(env.USERPROFILE) ?? osHome;
  const explicit = nonBlank(env.OPENCLAW_HOME);
  if (explicit === undefined) return path.resolve(osLevel);
  return path.resolve(explicit.replace(/^~(?=$|[\\/])/, () => osLevel));
}

/** `--state-dir` (relative to `cwd`), else `OPENCLAW_STATE_DIR`, else `~/.openclaw`. */
export function stateDirectory(options: {
  flag: string | undefined;
  cwd: string;
  env: Environment;
  home: string;
}): StateDirectory {
  const override = nonBlank(options.flag) ?? nonBlank(options.env.OPENCLAW_STATE_DIR);
  if (override === undefined) return { path: path.join(options.home, '.openclaw'), overridden: false };
  const expanded = override.trim().replace(/^~(?=$|[\\/])/, () => options.home);
  return { path: path.resolve(options.cwd, expanded), overridden: true };
}

/** The display locator of the row: `~/.openclaw/…` for the default directory, else absolute. */
export function execApprovalsLocator(state: StateDirectory): string {
  return state.overridden ? path.join(state.path, TABLE_LOCATOR) : DEFAULT_EXEC_APPROVALS_LOCATOR;
}

/**
 * Reads the row `config_key = 'current'` of `<state>/state/openclaw.sqlite`. A database (or table)
 * that does not exist means no row, as for OpenClaw, which would create both empty. Refuses, as
 * OpenClaw does, while a legacy `exec-approvals.json` awaits `openclaw doctor --fix`.
 */
export async function readExecApprovalsRow(state: StateDirectory): Promise<ExecApprovalsRow> {
  await refuseLegacyExecApprovals(state);
  const locator = execApprovalsLocator(state);
  const database = path.join(state.path, DATABASE);
  const kind = await fileKind(database);
  if (kind === 'missing') return { locator, raw: null };
  if (kind !== 'file') throw unreadableDatabase(database, 'it is not a regular file');
  return { locator, raw: await queryRow(database) };
}

/**
 * `--exec-approvals <file>`: the raw JSON document instead of the database (for CI, where no
 * OpenClaw state exists). Its locator is the default install's, so hashes match a default install.
 */
export async function readExecApprovalsDocument(cwd: string, file: string): Promise<ExecApprovalsRow> {
  const absolute = path.resolve(cwd, file);
  // Named by the user, so trusted wherever it is (still size-capped, regular files only).
  const read = await readWorkspaceFile(path.parse(absolute).root, absolute);
  if (read.kind === 'missing') throw new InputError(`${file} does not exist (--exec-approvals).`);
  if (read.kind === 'unreadable') throw new InputError(`${read.reason} (--exec-approvals).`);
  return { locator: DEFAULT_EXEC_APPROVALS_LOCATOR, raw: read.text };
}

async function refuseLegacyExecApprovals(state: StateDirectory): Promise<void> {
  const legacy = path.join(state.path, LEGACY_FILE);
  if (!(await mayExist(legacy)) && !(await mayExist(`${legacy}${DOCTOR_CLAIM_SUFFIX}`))) return;
  const fix = state.overridden
    ? `Run \`openclaw doctor --fix\` with OPENCLAW_STATE_DIR set to ${state.path}`
    : 'Run `openclaw doctor --fix`';
  throw new InputError(`Legacy exec approvals exist at ${legacy}. ${fix} before using exec approvals.`);
}

/** Like OpenClaw's probe: only "no such file" proves absence; any other answer may be a file. */
async function mayExist(file: string): Promise<boolean> {
  try {
    await lstat(file);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code !== 'ENOENT' && code !== 'ENOTDIR';
  }
}

async function fileKind(file: string): Promise<'missing' | 'file' | 'other'> {
  try {
    return (await stat(file)).isFile() ? 'file' : 'other';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return 'missing';
    throw unreadableDatabase(file, error instanceof Error ? error.message : String(error));
  }
}

const ROW_QUERY = "SELECT raw_json FROM exec_approvals_config WHERE config_key = 'current'";

async function queryRow(database: string): Promise<string | null> {
  const sqlite = await loadSqlite();
  let db: import('node:sqlite').DatabaseSync | undefined;
  try {
    // readOnly: never create, migrate or lock the file for writing; wait briefly for a writer.
    db = new sqlite.DatabaseSync(database, { readOnly: true, timeout: 2000 });
    const row = db.prepare(ROW_QUERY).get() as { raw_json?: unknown } | undefined;
    return rawText(row?.raw_json);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // A database without the table is one OpenClaw has not initialised: no row yet.
    if (/no such table: exec_approvals_config/.test(message)) return null;
    throw unreadableDatabase(database, message);
  } finally {
    db?.close();
  }
}

async function loadSqlite(): Promise<typeof import('node:sqlite')> {
  try {
    return await import('node:sqlite');
  } catch {
    throw new InputError(
      "reading OpenClaw's state database needs Node.js ≥ 22.5; pass --exec-approvals <file>",
    );
  }
}

/** `raw_json` as OpenClaw hands it to the policy plugin: text, or no row when NULL. */
function rawText(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value;
  if (value instanceof Uint8Array) return Buffer.from(value).toString('utf8');
  return String(value);
}

function unreadableDatabase(database: string, reason: string): InputError {
  return new InputError(
    `${database}: OpenClaw's state database cannot be read (${reason}); stop or repair OpenClaw's state, or pass --exec-approvals <file>.`,
  );
}

function nonBlank(value: string | undefined): string | undefined {
  return value !== undefined && value.trim() !== '' ? value.trim() : undefined;
}
