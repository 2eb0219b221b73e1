// The routing section's shape (SPEC-2026.9 §6.6). Unlike the template-driven sections, routing
// words its own messages, and every problem has the same fix hint. First failure only.
import { isRecord } from '../../record.js';
import type { PolicyName } from '../../rule-family.js';
import type { Finding } from '../../types.js';
import { policySegment } from './policy-segment.js';
import { shapeFinding } from './shape-finding.js';

/** The match kinds a routing probe may expect, in the release's order. */
export const ROUTING_MATCH_KINDS: readonly string[] = [
  'binding.peer',
  'binding.peer.parent',
  'binding.peer.wildcard',
  'binding.guild+roles',
  'binding.guild',
  'binding.team',
  'binding.account',
  'binding.channel',
  'default',
];

const ROUTING_KEYS = ['probes', 'requireBindings', 'requireConfiguredChannels'];
const PROBE_KEYS = ['expect', 'id', 'route'];
const ROUTE_KEYS = ['accountId', 'channel', 'guildId', 'memberRoleIds', 'parentPeer', 'peer', 'teamId'];
const PEER_KINDS = ['channel', 'direct', 'group'];

/** A string with something other than whitespace (the release's `hasNonEmptyString`). */
export function isNonBlankString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function unsupportedKey(value: Record<string, unknown>, allowed: readonly string[]): string | undefined {
  return Object.keys(value).find((key) => !allowed.includes(key));
}

type Report = (target: string, message: string) => Finding;

export function routingShape(value: unknown, name: PolicyName): Finding | undefined {
  if (value === undefined) return undefined;
  const report: Report = (target, message) =>
    shapeFinding(
      name,
      `oc://${name.document}/${target}`,
      `${name.display} ${message}`,
      `Fix ${name.display} so routing uses the documented policy syntax.`,
    );
  if (!isRecord(value)) return report('routing', 'routing must be an object.');
  const unknown = unsupportedKey(value, ROUTING_KEYS);
  if (unknown !== undefined)
    return report(`routing/${policySegment(unknown)}`, `routing.${unknown} is not supported.`);
  for (const key of ['requireBindings', 'requireConfiguredChannels'])
    if (value[key] !== undefined && typeof value[key] !== 'boolean')
      return report(`routing/${key}`, `routing.${key} must be a boolean.`);
  if (value.probes === undefined) return undefined;
  if (!Array.isArray(value.probes)) return report('routing/probes', 'routing.probes must be an array.');
  const probes: unknown[] = value.probes;
  const ids = new Set<string>();
  for (const [index, probe] of probes.entries()) {
    const target = `routing/probes/#${index}`;
    const property = `routing.probes[${index}]`;
    if (!isRecord(probe)) return report(target, `${property} must be an object.`);
    const unknownProbeKey = unsupportedKey(probe, PROBE_KEYS);
    if (unknownProbeKey !== undefined)
      return report(
        `${target}/${policySegment(unknownProbeKey)}`,
        `${property}.${unknownProbeKey} is not supported.`,
      );
    if (!isNonBlankString(probe.id))
      return report(`${target}/id`, `${property}.id must be a non-empty string.`);
    const id = probe.id.trim();
    if (ids.has(id)) return report(`${target}/id`, `routing probe id ${id} must be unique.`);
    ids.add(id);
    const problem =
      routeFinding(probe.route, `${target}/route`, `${property}.route`, report) ??
      expectFinding(probe.expect, `${target}/expect`, `${property}.expect`, report);
    if (problem !== undefined) return problem;
  }
  return undefined;
}

function routeFinding(value: unknown, target: string, property: string, report: Report): Finding | undefined {
  if (!isRecord(value)) return report(target, `${property} must be an object.`);
  const unknown = unsupportedKey(value, ROUTE_KEYS);
  if (unknown !== undefined)
    return report(`${target}/${policySegment(unknown)}`, `${property}.${unknown} is not supported.`);
  if (!isNonBlankString(value.channel))
    return report(`${target}/channel`, `${property}.channel must be a non-empty string.`);
  for (const key of ['accountId', 'guildId', 'teamId'])
    if (value[key] !== undefined && !isNonBlankString(value[key]))
      return report(`${target}/${key}`, `${property}.${key} must be a non-empty string.`);
  for (const key of ['peer', 'parentPeer']) {
    const problem = peerFinding(value[key], `${target}/${key}`, `${property}.${key}`, report);
    if (problem !== undefined) return problem;
  }
  const roles = value.memberRoleIds;
  if (roles !== undefined && !uniqueNonBlankStrings(roles))
    return report(
      `${target}/memberRoleIds`,
      `${property}.memberRoleIds must contain unique non-empty strings.`,
    );
  return undefined;
}

/** Role ids are unique after trimming. */
function uniqueNonBlankStrings(value: unknown): boolean {
  if (!Array.isArray(value) || value.length === 0) return false;
  const list: unknown[] = value;
  if (list.some((entry) => !isNonBlankString(entry))) return false;
  return new Set(list.map((entry) => String(entry).trim())).size === list.length;
}

function peerFinding(value: unknown, target: string, property: string, report: Report): Finding | undefined {
  if (value === undefined) return undefined;
  if (!isRecord(value)) return report(target, `${property} must be an object.`);
  const unknown = unsupportedKey(value, ['id', 'kind']);
  if (unknown !== undefined)
    return report(`${target}/${policySegment(unknown)}`, `${property}.${unknown} is not supported.`);
  if (typeof value.kind !== 'string' || !PEER_KINDS.includes(value.kind))
    return report(`${target}/kind`, `${property}.kind must be direct, group, or channel.`);
  if (!isNonBlankString(value.id))
    return report(`${target}/id`, `${property}.id must be a non-empty string.`);
  return undefined;
}

function expectFinding(
  value: unknown,
  target: string,
  property: string,
  report: Report,
): Finding | undefined {
  if (!isRecord(value)) return report(target, `${property} must be an object.`);
  const unknown = unsupportedKey(value, ['agentId', 'matchedBy']);
  if (unknown !== undefined)
    return report(`${target}/${policySegment(unknown)}`, `${property}.${unknown} is not supported.`);
  if (!isNonBlankString(value.agentId))
    return report(`${target}/agentId`, `${property}.agentId must be a non-empty string.`);
  if (value.matchedBy !== undefined && !isValidMatchKindList(value.matchedBy))
    return report(`${target}/matchedBy`, `${property}.matchedBy must contain unique supported match kinds.`);
  return undefined;
}

/** A non-empty list of distinct supported match kinds (exact spelling). */
export function isValidMatchKindList(value: unknown): value is string[] {
  if (!Array.isArray(value) || value.length === 0) return false;
  const list: unknown[] = value;
  return (
    list.every((entry) => typeof entry === 'string' && ROUTING_MATCH_KINDS.includes(entry)) &&
    new Set(list).size === list.length
  );
}
