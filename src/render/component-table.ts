// The five components, accepted (base) vs candidate (head), as one table.
import type { ComponentRow } from '../gate/report.js';
import { htmlText, markdownText } from './escape.js';
import { table } from './markdown-blocks.js';

const WELL_FORMED_HASH = /^sha256:[0-9a-f]{64}$/;

export function componentTable(rows: readonly ComponentRow[]): string {
  if (rows.length === 0) return '';
  return table(
    ['Component', 'Accepted (base)', 'Candidate (this PR)', 'Changed'],
    rows.map((row) => [
      markdownText(row.component, 40),
      componentCell(row.accepted),
      componentCell(row.candidate),
      row.changed ? '**changed**' : 'same',
    ]),
  );
}

/**
 * A well-formed hash is shown short, with the full hash in the `title` (hover); anything else —
 * `true`, `missing`, or a value that is not a hash at all — as escaped text. Code spans are avoided
 * on purpose: a `|` inside one still splits a GFM table row.
 */
export function componentCell(value: string | undefined): string {
  if (value === undefined) return '—';
  if (WELL_FORMED_HASH.test(value)) return `<code title="${htmlText(value, 80)}">${shortHash(value)}</code>`;
  return markdownText(value, 80);
}

/** `sha256:abcdef12…` for a well-formed hash; the value itself otherwise. */
export function shortHash(hash: string): string {
  return WELL_FORMED_HASH.test(hash) ? `${hash.slice(0, 'sha256:'.length + 8)}…` : hash;
}
