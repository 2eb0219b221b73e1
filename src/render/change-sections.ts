// What moved between the accepted attestation and the candidate: evidence entries and policy rules.
import type { EvidenceEntryRef, EvidenceFieldChange } from '../engine/explain.js';
import type { PolicyRule } from '../engine/rule-family.js';
import type { SourceLocation, WorkspaceGateResult } from '../gate/report.js';
import { codeSpan, markdownText } from './escape.js';
import type { Section } from './fit-sections.js';
import { cappedList, details, formatCount, plural } from './markdown-blocks.js';
import { locationText } from './repo-paths.js';
import { valuePreview } from './value-preview.js';

/** Fields listed per changed entry; evidence entries have a handful, a forged one could have more. */
const MAX_FIELDS_PER_ENTRY = 10;

export function evidenceSection(result: WorkspaceGateResult): Section | undefined {
  const evidence = result.explanation?.evidence;
  if (
    evidence === undefined ||
    evidence.added.length + evidence.removed.length + evidence.changed.length === 0
  )
    return undefined;
  const counts = `${formatCount(evidence.added.length)} added · ${formatCount(evidence.removed.length)} removed · ${formatCount(evidence.changed.length)} changed`;
  const where = (entry: EvidenceEntryRef): string => {
    const location = changeLocation(result, entry.source);
    return location === undefined ? '' : ` — ${codeSpan(locationText(result.workspaceId, location))}`;
  };
  return {
    dropRank: 1,
    render: (listCap) =>
      details(
        `Evidence changes: ${counts}`,
        [
          group('Added', evidence.added, listCap, (entry) => `${entryLabel(entry)}${where(entry)}`),
          group('Removed', evidence.removed, listCap, (entry) => entryLabel(entry)),
          group(
            'Changed',
            evidence.changed,
            listCap,
            (entry) => `${entryLabel(entry)}: ${fieldChanges(entry.changes)}${where(entry)}`,
          ),
        ]
          .filter((part) => part !== '')
          .join('\n\n'),
        result.verdict === 'drift',
      ),
    omitted: () =>
      `_Evidence changes (${counts}) are not listed here, to stay within GitHub's size limit; the job summary and the JSON report list them._`,
  };
}

export function policySection(result: WorkspaceGateResult): Section | undefined {
  const policy = result.explanation?.policy;
  if (policy === undefined || policy.added.length + policy.removed.length === 0) return undefined;
  const counts = `${plural(policy.added.length, 'rule')} added · ${formatCount(policy.removed.length)} removed`;
  const rule = (item: PolicyRule): string => `${codeSpan(item.rule)}: ${codeSpan(item.value)}`;
  return {
    dropRank: 2,
    render: (listCap) =>
      details(
        `Policy changes: ${counts}`,
        [
          group('Rules added', policy.added, listCap, rule),
          group('Rules removed', policy.removed, listCap, rule),
        ]
          .filter((part) => part !== '')
          .join('\n\n'),
        result.verdict === 'drift',
      ),
    omitted: () =>
      `_Policy changes (${counts}) are not listed here, to stay within GitHub's size limit; the job summary and the JSON report list them._`,
  };
}

/** Own keys only: a source named `constructor` must not find `Object.prototype.constructor`. */
export function changeLocation(result: WorkspaceGateResult, source: string): SourceLocation | undefined {
  return Object.hasOwn(result.changeLocations, source) ? result.changeLocations[source] : undefined;
}

function group<T>(
  label: string,
  items: readonly T[],
  listCap: number,
  renderItem: (item: T) => string,
): string {
  return items.length === 0 ? '' : `**${label}**\n\n${cappedList(items, listCap, renderItem)}`;
}

/** `tools `deploy`` — the slice, then the entry's id (or model ref, or `oc://` source). */
function entryLabel(entry: EvidenceEntryRef): string {
  return `${markdownText(entry.slice, 40)} ${codeSpan(entryName(entry))}`;
}

function entryName(entry: EvidenceEntryRef): string {
  const { id, ref } = entry.entry;
  if (typeof id === 'string') return id;
  if (typeof ref === 'string') return ref;
  return entry.source;
}

/** `risk `critical` → `low`; owner `a` → _absent_` */
function fieldChanges(changes: readonly EvidenceFieldChange[]): string {
  const shown = changes
    .slice(0, MAX_FIELDS_PER_ENTRY)
    .map(
      (change) =>
        `${markdownText(change.field, 40)} ${valueText(change.before)} → ${valueText(change.after)}`,
    );
  if (changes.length > shown.length)
    shown.push(`and ${formatCount(changes.length - shown.length)} more fields`);
  return shown.join('; ');
}

function valueText(value: unknown): string {
  return value === undefined ? '_absent_' : codeSpan(valuePreview(value, 120), 120);
}
