// The sandbox browser part of the sandboxPosture evidence (SPEC-2026.9 §7.6): a disabled browser
// is one `value: false` entry (only when `enabled` is set somewhere); an enabled one reports its
// CDP source range, its network and its bind mounts.
import { recordOrEmpty } from '../../record.js';
import { booleanValue, layeredValue, nonBlankStrings, trimmedString } from '../../current/config-values.js';
import { agentIdField } from '../../current/evidence-entries.js';
import {
  isObservableContainerBackend,
  type SandboxCdpRangeEvidence,
  type SandboxPostureEvidence,
  type SandboxSubject,
} from './entries.js';
import { bindMounts, dockerLayers, sandboxValue, sourceOf } from './entry-builders.js';

const DEFAULT_BROWSER_NETWORK = 'openclaw-sandbox-browser';

export function browserPosture(subject: SandboxSubject, effectiveBackend: string): SandboxPostureEvidence[] {
  const local = subject.sharedScope ? {} : recordOrEmpty(subject.sandbox.browser);
  const inherited = recordOrEmpty(subject.inheritedSandbox.browser);
  const localEnabled = booleanValue(local.enabled);
  const inheritedEnabled = booleanValue(inherited.enabled);
  if (!(localEnabled ?? inheritedEnabled ?? false)) {
    if (localEnabled === undefined && inheritedEnabled === undefined) return [];
    return [disabledBrowser(subject, localEnabled === undefined)];
  }
  const network = layeredValue(
    trimmedString(local.network),
    trimmedString(inherited.network),
    DEFAULT_BROWSER_NETWORK,
  );
  return [
    cdpSourceRange(subject, local, inherited),
    sandboxValue(subject, 'browser/network', 'containerNetwork', network, 'browser'),
    ...browserMounts(subject, local, inherited, effectiveBackend),
  ];
}

function rangeEntry(
  subject: SandboxSubject,
  source: string,
  value: string | false | undefined,
): SandboxCdpRangeEvidence {
  return {
    id: `${subject.id}-browser-cdp-source-range`,
    kind: 'browserCdpSourceRange',
    source,
    scope: subject.scope,
    ...agentIdField(subject.agentId),
    ...(value === undefined ? {} : { value }),
    explicit: value !== undefined,
  };
}

function disabledBrowser(subject: SandboxSubject, inherited: boolean): SandboxCdpRangeEvidence {
  return rangeEntry(subject, sourceOf(subject, inherited, 'browser/enabled'), false);
}

/** An agent's own `cdpSourceRange` key wins even when blank (the range is then absent). */
function cdpSourceRange(
  subject: SandboxSubject,
  local: Record<string, unknown>,
  inherited: Record<string, unknown>,
): SandboxCdpRangeEvidence {
  const hasLocalRange = Object.hasOwn(local, 'cdpSourceRange');
  const inheritedRange = trimmedString(inherited.cdpSourceRange);
  const usesInherited = !hasLocalRange && inheritedRange !== undefined;
  const value = hasLocalRange ? trimmedString(local.cdpSourceRange) : inheritedRange;
  return rangeEntry(subject, sourceOf(subject, usesInherited, 'browser/cdpSourceRange'), value);
}

/**
 * The browser's own binds when either layer sets `binds`; otherwise, for a backend whose docker
 * posture is not scanned, the docker binds (reported with the browser surface).
 */
function browserMounts(
  subject: SandboxSubject,
  local: Record<string, unknown>,
  inherited: Record<string, unknown>,
  effectiveBackend: string,
): SandboxPostureEvidence[] {
  if (inherited.binds !== undefined || local.binds !== undefined) {
    return bindMounts(subject, {
      inherited: nonBlankStrings(inherited.binds),
      local: nonBlankStrings(local.binds),
      sourceSuffix: 'browser/binds',
      surface: 'browser',
    });
  }
  if (isObservableContainerBackend(effectiveBackend)) return [];
  const [localDocker, inheritedDocker] = dockerLayers(subject);
  return bindMounts(subject, {
    inherited: nonBlankStrings(inheritedDocker.binds),
    local: nonBlankStrings(localDocker.binds),
    sourceSuffix: 'docker/binds',
    surface: 'browser',
  });
}
