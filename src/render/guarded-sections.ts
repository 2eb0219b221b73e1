// Guarded settings a pull request changes (issue 12): what the agent obeys but the attestation
// does not cover. Every value is PR data, already redacted where secret; escaped here.
import type { WorkspaceGateResult } from '../gate/report.js';
import type { GuardedChange } from '../gate/guarded-settings.js';
import { codeSpan } from './escape.js';
import type { Section } from './fit-sections.js';
import { cappedList, details, formatCount } from './markdown-blocks.js';

const MAX_VALUE = 160;

export function guardedChangeSection(result: WorkspaceGateResult): Section | undefined {
  const changes = result.guardedChanges ?? [];
  if (changes.length === 0) return undefined;
  const item = (change: GuardedChange): string => {
    const value = (text: string | undefined) => (text === undefined ? '_none_' : codeSpan(text, MAX_VALUE));
    return `${codeSpan(change.setting, MAX_VALUE)} ${change.change}: ${value(change.before)} → ${value(change.after)}`;
  };
  return {
    dropRank: 4,
    render: (listCap) =>
      details(
        `🔒 Guarded settings changed: ${formatCount(changes.length)} — needs acceptance`,
        `The running agent obeys these, but OpenClaw's attestation does not cover them (secret values are shown as a short hash).\n\n${cappedList(changes, listCap, item)}`,
        true,
      ),
    omitted: () =>
      `_${formatCount(changes.length)} guarded setting change(s) are not listed here to stay within GitHub's size limit; see the job summary._`,
  };
}
