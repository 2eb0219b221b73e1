// A finding's fix recommendation (SPEC-2026.9 §10.3) in words, the same in every output: what to
// do (class and summary), then what to change (config keys) and which policy rule asks for it,
// each with where it is written in the head.
//
//   Fix (automatic): Set tools elevated mode to disabled.
//   Change: tools.elevated.enabled (openclaw.json:12); policy rule: tools.elevated.allow (policy.jsonc:4)
//
// Markdown for the comment, check run and job summary (locations linked to the head's lines when
// links are known), plain text for annotations, terminal text for the CLI. Keys and paths come
// from the pull request and are escaped for each; every part is capped, so a fix has a known
// worst size.
import type { FixPlace, LocatedFix } from '../gate/report.js';
import { codeSpan, markdownText, plainText } from './escape.js';
import { markdownLocation, type HeadLinks } from './head-links.js';
import { formatCount } from './markdown-blocks.js';
import { locationText } from './repo-paths.js';

const MAX_SUMMARY = 300;
const MAX_KEY = 200;
/** Config targets listed per fix; the release names at most two, a forged report more. */
const MAX_TARGETS = 5;

const CLASS_LABELS: Readonly<Record<string, string>> = {
  automatic: 'automatic',
  manual: 'manual',
  reviewRequired: 'review required',
  unsupported: 'unsupported',
};

/** `review required` for `reviewRequired`; an unknown class (a report read back) as it is. */
export function fixClassLabel(fixClass: string): string {
  return Object.hasOwn(CLASS_LABELS, fixClass) ? (CLASS_LABELS[fixClass] as string) : fixClass;
}

interface FixText {
  /** The key as shown. */
  key(place: FixPlace): string;
  /** Where it is written, as shown (without parentheses). */
  location(place: Required<FixPlace>): string;
  more(count: number): string;
}

/** `Fix (class): summary`, then `Change: …; policy rule: …` when the fix names either. */
function fixLines(fix: LocatedFix, text: FixText & { sentence(value: string): string }): string[] {
  const lines = [`Fix (${text.sentence(fixClassLabel(fix.fixClass))}): ${text.sentence(fix.summary)}`];
  const place = (item: FixPlace): string =>
    item.location === undefined
      ? text.key(item)
      : `${text.key(item)} (${text.location(item as Required<FixPlace>)})`;
  const parts: string[] = [];
  if (fix.configTargets.length > 0) {
    const shown = fix.configTargets.slice(0, MAX_TARGETS).map(place);
    const hidden = fix.configTargets.length - shown.length;
    if (hidden > 0) shown.push(text.more(hidden));
    parts.push(`Change: ${shown.join(', ')}`);
  }
  if (fix.policyRule !== undefined) parts.push(`policy rule: ${place(fix.policyRule)}`);
  if (parts.length > 0) lines.push(parts.join('; '));
  return lines;
}

/**
 * The fix as markdown lines, each one list item's text (the caller nests them under the finding).
 * `workspaceDir` makes paths repository-relative, as everywhere in the comment.
 */
export function fixMarkdownLines(fix: LocatedFix, workspaceDir: string, links?: HeadLinks): string[] {
  return fixLines(fix, {
    sentence: (value) => markdownText(value, MAX_SUMMARY),
    key: (item) => codeSpan(item.key, MAX_KEY),
    location: (item) => markdownLocation(workspaceDir, item.location, links),
    more: (count) => `… and ${formatCount(count)} more`,
  });
}

/** The fix as plain text lines for an annotation; paths relative to the repository. */
export function fixPlainLines(fix: LocatedFix, workspaceDir: string): string[] {
  return fixLines(fix, {
    sentence: (value) => plainText(value, MAX_SUMMARY, { singleLine: true }),
    key: (item) => plainText(item.key, MAX_KEY, { singleLine: true }),
    location: (item) => plainText(locationText(workspaceDir, item.location), MAX_KEY, { singleLine: true }),
    more: (count) => `and ${formatCount(count)} more`,
  });
}

/**
 * The fix as lines for a terminal, lower-case like the release's own output and without control
 * characters (a key from the config could carry escape sequences); paths as the CLI read them.
 */
export function fixTerminalLines(fix: LocatedFix): string[] {
  const line = (value: string) => plainText(value, MAX_KEY, { singleLine: true });
  return fixLines(fix, {
    sentence: (value) => plainText(value, MAX_SUMMARY, { singleLine: true }),
    key: (item) => line(item.key),
    location: (item) => line(`${item.location.file}:${item.location.line}`),
    more: (count) => `and ${formatCount(count)} more`,
  }).map((text) => text.charAt(0).toLowerCase() + text.slice(1));
}
