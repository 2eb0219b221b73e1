// The container and browser rules of the sandbox policy (SPEC-2026.9 §10.2), in the release's
// order: unobservable backends, host network, namespace join, mount mode, runtime sockets,
// unconfined profiles, then the browser CDP source range.
import type { Finding } from '../../types.js';
import type { CurrentCheckId } from '../../current/check-ids.js';
import { policyEvidenceFinding } from '../../current/evidence-finding.js';
import { policyBoolean } from '../../current/policy-rule-values.js';
import { requirementOf, type RuleLocation } from '../../current/rule-location.js';
import {
  isObservableContainerBackend,
  sandboxLabel,
  type SandboxCdpRangeEvidence,
  type SandboxMountEvidence,
  type SandboxPostureEvidence,
  type SandboxProfileEvidence,
  type SandboxValueEvidence,
} from './entries.js';

/** The container rules and what a backend that cannot observe them reports. */
const CONTAINER_RULES = [
  { key: 'denyHostNetwork', posture: 'host network posture' },
  { key: 'denyContainerNamespaceJoin', posture: 'container namespace posture' },
  { key: 'requireReadOnlyMounts', posture: 'container mount mode posture' },
  { key: 'denyContainerRuntimeSocketMounts', posture: 'container runtime socket mount posture' },
  { key: 'denyUnconfinedProfiles', posture: 'container security profile posture' },
] as const;

type ContainerRuleKey = (typeof CONTAINER_RULES)[number]['key'];

/** One enabled rule: the entries it flags and how it words them. */
interface EntryRule<T extends SandboxPostureEvidence> {
  enabled: (rules: Record<string, unknown>) => boolean;
  rule: string;
  checkId: CurrentCheckId;
  flags: (entry: SandboxPostureEvidence) => entry is T;
  message: (entry: T) => string;
  fixHint: string;
}

const containerRuleOn = (key: ContainerRuleKey) => (rules: Record<string, unknown>) =>
  policyBoolean(rules, ['containers', key]) === true;

const isNetwork = (entry: SandboxPostureEvidence): entry is SandboxValueEvidence =>
  entry.kind === 'containerNetwork';
const isMount = (entry: SandboxPostureEvidence): entry is SandboxMountEvidence =>
  entry.kind === 'containerMount';

const CONTAINER_NETWORK_FIX = 'Change the container network mode or update policy after review.';

const HOST_NETWORK: EntryRule<SandboxValueEvidence> = {
  enabled: containerRuleOn('denyHostNetwork'),
  rule: 'containers/denyHostNetwork',
  checkId: 'policy/sandbox-container-host-network-denied',
  flags: (entry): entry is SandboxValueEvidence => isNetwork(entry) && entry.value.toLowerCase() === 'host',
  message: (entry) => `${sandboxLabel(entry)} uses host container network mode.`,
  fixHint: CONTAINER_NETWORK_FIX,
};

const NAMESPACE_JOIN: EntryRule<SandboxValueEvidence> = {
  enabled: containerRuleOn('denyContainerNamespaceJoin'),
  rule: 'containers/denyContainerNamespaceJoin',
  checkId: 'policy/sandbox-container-namespace-join-denied',
  flags: (entry): entry is SandboxValueEvidence =>
    isNetwork(entry) && entry.value.toLowerCase().startsWith('container:'),
  message: (entry) => `${sandboxLabel(entry)} joins another container network namespace '${entry.value}'.`,
  fixHint: CONTAINER_NETWORK_FIX,
};

const MOUNT_MODE: EntryRule<SandboxMountEvidence> = {
  enabled: containerRuleOn('requireReadOnlyMounts'),
  rule: 'containers/requireReadOnlyMounts',
  checkId: 'policy/sandbox-container-mount-mode-required',
  flags: (entry): entry is SandboxMountEvidence => isMount(entry) && entry.bindMode !== 'ro',
  message: (entry) =>
    `${sandboxLabel(entry)} has container mount '${entry.bind}' with mode '${entry.bindMode}'.`,
  fixHint: 'Set the mount mode to read-only or update policy after review.',
};

const RUNTIME_SOCKET: EntryRule<SandboxMountEvidence> = {
  enabled: containerRuleOn('denyContainerRuntimeSocketMounts'),
  rule: 'containers/denyContainerRuntimeSocketMounts',
  checkId: 'policy/sandbox-container-runtime-socket-mount',
  flags: (entry): entry is SandboxMountEvidence => isMount(entry) && isContainerRuntimeSocket(entry.bindHost),
  message: (entry) => `${sandboxLabel(entry)} binds host container runtime socket '${entry.bindHost ?? ''}'.`,
  fixHint: 'Remove the container runtime socket bind or update policy after review.',
};

const UNCONFINED_PROFILE: EntryRule<SandboxProfileEvidence> = {
  enabled: containerRuleOn('denyUnconfinedProfiles'),
  rule: 'containers/denyUnconfinedProfiles',
  checkId: 'policy/sandbox-container-unconfined-profile',
  flags: (entry): entry is SandboxProfileEvidence =>
    entry.kind === 'containerSecurityProfile' && entry.value?.toLowerCase() === 'unconfined',
  message: (entry) => `${sandboxLabel(entry)} sets container ${entry.profile} profile to unconfined.`,
  fixHint: 'Remove the unconfined container profile or update policy after review.',
};

const CDP_SOURCE_RANGE: EntryRule<SandboxCdpRangeEvidence> = {
  enabled: (rules) => policyBoolean(rules, ['browser', 'requireCdpSourceRange']) === true,
  rule: 'browser/requireCdpSourceRange',
  checkId: 'policy/sandbox-browser-cdp-source-range-missing',
  flags: (entry): entry is SandboxCdpRangeEvidence =>
    entry.kind === 'browserCdpSourceRange' && entry.value === undefined,
  message: (entry) => `${sandboxLabel(entry)} enables sandbox browser without cdpSourceRange.`,
  fixHint: 'Set agents.*.sandbox.browser.cdpSourceRange or update policy after review.',
};

export function containerFindings(
  rules: Record<string, unknown>,
  location: RuleLocation,
  entries: readonly SandboxPostureEvidence[],
): Finding[] {
  return [
    ...unobservableFindings(rules, location, entries),
    ...entryRuleFindings(HOST_NETWORK, rules, location, entries),
    ...entryRuleFindings(NAMESPACE_JOIN, rules, location, entries),
    ...entryRuleFindings(MOUNT_MODE, rules, location, entries),
    ...entryRuleFindings(RUNTIME_SOCKET, rules, location, entries),
    ...entryRuleFindings(UNCONFINED_PROFILE, rules, location, entries),
    ...entryRuleFindings(CDP_SOURCE_RANGE, rules, location, entries),
  ];
}

function entryRuleFindings<T extends SandboxPostureEvidence>(
  rule: EntryRule<T>,
  rules: Record<string, unknown>,
  location: RuleLocation,
  entries: readonly SandboxPostureEvidence[],
): Finding[] {
  if (!rule.enabled(rules)) return [];
  return entries.filter(rule.flags).map((entry) =>
    policyEvidenceFinding(entry.source, {
      checkId: rule.checkId,
      message: rule.message(entry),
      requirement: requirementOf(location, rule.rule),
      fixHint: rule.fixHint,
    }),
  );
}

/** Each enabled container rule, for each backend entry that is not docker or podman. */
function unobservableFindings(
  rules: Record<string, unknown>,
  location: RuleLocation,
  entries: readonly SandboxPostureEvidence[],
): Finding[] {
  const enabled = CONTAINER_RULES.filter((rule) => containerRuleOn(rule.key)(rules));
  if (enabled.length === 0) return [];
  return entries
    .filter((entry): entry is SandboxValueEvidence => entry.kind === 'backend')
    .filter((entry) => !isObservableContainerBackend(entry.value))
    .flatMap((entry) =>
      enabled.map((rule) =>
        policyEvidenceFinding(entry.source, {
          checkId: 'policy/sandbox-container-posture-unobservable',
          message: `${sandboxLabel(entry)} uses sandbox backend '${entry.value}', which cannot observe ${rule.posture}.`,
          requirement: requirementOf(location, `containers/${rule.key}`),
          fixHint:
            'Use an observable container backend for this sandbox or remove the container posture rule.',
        }),
      ),
    );
}

const RUNTIME_SOCKET_NAMES = new Set(['containerd.sock', 'docker.sock', 'podman.sock']);
const RUNTIME_SOCKET_PATHS = new Set([
  '/run/containerd/containerd.sock',
  '/run/docker.sock',
  '/run/podman/podman.sock',
  '/var/run/docker.sock',
  '/var/run/podman/podman.sock',
]);

/** A well-known runtime socket path, or any path ending in a runtime socket's file name. */
function isContainerRuntimeSocket(host: string | undefined): boolean {
  if (host === undefined) return false;
  const normalized = host.replaceAll('\\', '/').toLowerCase();
  return RUNTIME_SOCKET_PATHS.has(normalized) || RUNTIME_SOCKET_NAMES.has(normalized.split('/').at(-1) ?? '');
}
