// Markdown building blocks. Callers pass cell and item text that is already escaped (escape.ts);
// these only arrange it, so a block is always emitted whole: never a table without its header, a
// `<details>` without its end, or a list cut in the middle of an item.

/**
 * A collapsible section. The blank lines after `<summary>` and before `</details>` make GitHub
 * (and marked) parse the body as markdown rather than as part of the HTML block. `summary` is our
 * own text (counts and labels); untrusted text must go through `htmlText` first.
 */
export function details(summary: string, body: string, open = false): string {
  return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

/**
 * A bullet list of at most `cap` items, then one line saying how many were left out. Only the
 * items shown are rendered, so a list of 100,000 costs what a list of `cap` does.
 */
export function cappedList<T>(
  items: readonly T[],
  cap: number,
  renderItem: (item: T) => string,
  indent = '',
): string {
  const shown = items.slice(0, Math.max(0, cap)).map((item) => `${indent}- ${renderItem(item)}`);
  const hidden = items.length - shown.length;
  if (hidden > 0) shown.push(`${indent}- … and ${formatCount(hidden)} more`);
  return shown.join('\n');
}

/** A table with a header row; cells are already escaped for a table cell (`markdownText`). */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** `1,234` — fixed locale, so rendered text does not depend on the runner's. */
export function formatCount(count: number): string {
  return count.toLocaleString('en-US');
}

/** `1 finding`, `2 findings`. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}
