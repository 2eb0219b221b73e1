// Writes an OpenClaw-like state database for tests (node >= 22.5): <file> gets the table
// exec_approvals_config with the row config_key='current' whose raw_json is the text of <rawFile>
// (or, with --no-row, the table without that row).
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';

const [file, rawFile] = process.argv.slice(2);
mkdirSync(dirname(file), { recursive: true });
const db = new DatabaseSync(file);
db.exec('PRAGMA journal_mode = WAL');
db.exec(
  'CREATE TABLE IF NOT EXISTS exec_approvals_config (config_key TEXT PRIMARY KEY, raw_json TEXT NOT NULL, updated_at INTEGER NOT NULL DEFAULT 0)',
);
if (rawFile !== '--no-row')
  db.prepare('INSERT OR REPLACE INTO exec_approvals_config (config_key, raw_json) VALUES (?, ?)').run(
    'current',
    readFileSync(rawFile, 'utf8'),
  );
db.close();
