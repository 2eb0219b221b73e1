// The SARIF rule (reportingDescriptor) of a check id: what code scanning shows at the top of an
// alert and in its help panel. OpenClaw has no rule titles, so the title is the check id in words
// (`policy/tools-missing-owner` → "Tools missing owner"); the help is the release's fix
// recommendation for the check (2026.9.6), else the first finding's fix hint (2026.5.20, whose
// hints are the same for every finding of a check but for the names in them).
import type { Severity } from '../engine/types.js';
import type { LocatedFinding } from '../gate/report.js';
import { plainText } from './escape.js';
import { fixClassLabel } from './fix-recommendation.js';

export type SarifLevel = 'error' | 'warning' | 'note';

export interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string };
  defaultConfiguration: { level: SarifLevel };
  properties: { tags: string[] };
}

const MAX_ID = 200;
const MAX_HELP = 1000;

export function ruleDescriptor({ finding, fix }: LocatedFinding): SarifRule {
  const id = plainText(finding.checkId, MAX_ID, { singleLine: true });
  const words = checkWords(id);
  const help =
    fix !== undefined
      ? `Fix (${fixClassLabel(fix.fixClass)}): ${fix.summary}`
      : finding.fixHint !== undefined
        ? `Fix: ${finding.fixHint}`
        : `See the finding's message; ${id} has no fix recommendation.`;
  return {
    id,
    name: words.split(' ').map(capitalised).join(''),
    shortDescription: { text: capitalised(words) },
    fullDescription: { text: `OpenClaw policy check ${id}: ${words}.` },
    help: { text: plainText(help, MAX_HELP, { singleLine: true }) },
    defaultConfiguration: { level: levelOf(finding.severity) },
    properties: { tags: ['openclaw-policy'] },
  };
}

/** `policy/tools-missing-owner` → `tools missing owner`. */
function checkWords(checkId: string): string {
  const tail = checkId.slice(checkId.lastIndexOf('/') + 1);
  const words = tail.split(/[-_]+/).filter((word) => word !== '');
  return words.length === 0 ? checkId : words.join(' ');
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function levelOf(severity: Severity): SarifLevel {
  if (severity === 'error') return 'error';
  if (severity === 'warning') return 'warning';
  return 'note';
}
