// Fitting a document into a size budget, section by section. A section is rendered whole or
// replaced by its one-line note; nothing is ever cut in the middle, so the markdown stays valid.

export interface Section {
  /**
   * Sections with a drop rank are dropped when capping lists is not enough, lowest rank first
   * (all sections of one rank together, across workspaces). Without one, a section always stays.
   */
  dropRank?: number;
  /** The section with every list capped at `listCap` items. */
  render(listCap: number): string;
  /** The one line shown in place of the dropped section. */
  omitted?(): string;
}

/** Item caps tried in turn, before any section is dropped. */
export const COMMENT_LIST_CAPS: readonly number[] = [100, 30, 10, 3];
export const SUMMARY_LIST_CAPS: readonly number[] = [1000, 100, 30, 10, 3];

export interface FittedDocument {
  text: string;
  fits: boolean;
  /** The item cap the text was rendered with. */
  listCap: number;
  droppedSections: number;
}

/**
 * The fullest rendering of `sections` (joined by blank lines) that `fits`: first with lists capped
 * at each of `listCaps`, then dropping sections rank by rank at the smallest cap. When even the
 * sections that always stay do not fit, returns that smallest text with `fits: false`, and the
 * caller falls back to something shorter.
 */
export function fitSections(
  sections: readonly Section[],
  fits: (text: string) => boolean,
  listCaps: readonly number[],
): FittedDocument {
  const join = (parts: string[]): string => parts.filter((part) => part !== '').join('\n\n');
  for (const listCap of listCaps) {
    const text = join(sections.map((section) => section.render(listCap)));
    if (fits(text)) return { text, fits: true, listCap, droppedSections: 0 };
  }
  const listCap = listCaps[listCaps.length - 1] ?? 0;
  const ranks = [
    ...new Set(sections.flatMap((section) => (section.dropRank === undefined ? [] : [section.dropRank]))),
  ].sort((a, b) => a - b);
  const rendered = sections.map((section) => section.render(listCap));
  let text = join(rendered);
  let droppedSections = 0;
  for (const rank of ranks) {
    sections.forEach((section, index) => {
      if (section.dropRank !== rank) return;
      rendered[index] = section.omitted?.() ?? '';
      droppedSections += 1;
    });
    text = join(rendered);
    if (fits(text)) return { text, fits: true, listCap, droppedSections };
  }
  return { text, fits: fits(text), listCap, droppedSections };
}

/** A section that never changes with the cap and always stays (headings, verdict lines). */
export function fixedSection(text: string): Section {
  return { render: () => text };
}
