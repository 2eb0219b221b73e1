// The decision request of the governance sidecar protocol (notes §2.2), validated. Only
// `toolName` is required; every other field, when present and not null, must have its type.
// The sidecar decides from the workspace's TOOLS.md, never from the caller's descriptor: the
// caller's fields can only escalate (an approval hint, or a Critical risk level), never lower.
import { isRecord } from '../engine/record.js';
import type { CallRequest } from './sidecar-snapshot.js';

export const MAX_TOOL_NAME_LENGTH = 512;

/** Who and where a call comes from (notes §2.2); the result audit keeps exactly these too. */
export const IDENTITY_FIELDS = [
  'agentId',
  'conversationId',
  'sessionId',
  'channelId',
  'userId',
  'traceId',
  'callId',
] as const;

const STRING_FIELDS = [...IDENTITY_FIELDS, 'toolCategory', 'riskLevel', 'argumentsJson'] as const;

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

/** Which call a request or a result audit is about: its identity fields and the tool name. */
export type CallIdentity = Partial<Record<(typeof IDENTITY_FIELDS)[number], string>> & { toolName: string };

/** A decision request: what decides, and which call it is (for the result audit). */
export interface ExecuteRequest extends CallRequest {
  identity: CallIdentity;
}

/**
 * The call a body names, when it names one unambiguously (a non-empty `toolName`, identity fields
 * that are strings or absent), even if the rest of it is malformed; else undefined.
 */
export function callIdentityOf(body: unknown): CallIdentity | undefined {
  if (!isRecord(body)) return undefined;
  const { toolName } = body;
  if (typeof toolName !== 'string' || toolName.trim() === '') return undefined;
  const identity: CallIdentity = { toolName };
  for (const field of IDENTITY_FIELDS) {
    const value = body[field];
    if (!present(value)) continue;
    if (typeof value !== 'string') return undefined;
    identity[field] = value;
  }
  return identity;
}

export function parseExecuteRequest(body: unknown): Parsed<ExecuteRequest> {
  if (!isRecord(body)) return { ok: false, reason: 'the request body must be a JSON object.' };
  const { toolName } = body;
  if (typeof toolName !== 'string' || toolName.trim() === '')
    return { ok: false, reason: 'toolName is required and must be a non-empty string.' };
  if (toolName.length > MAX_TOOL_NAME_LENGTH)
    return { ok: false, reason: `toolName is longer than ${MAX_TOOL_NAME_LENGTH} characters.` };
  for (const field of STRING_FIELDS) {
    if (present(body[field]) && typeof body[field] !== 'string')
      return { ok: false, reason: `${field} must be a string.` };
  }
  const { descriptor, actionDescriptor } = body;
  for (const [field, value] of [
    ['descriptor', descriptor],
    ['actionDescriptor', actionDescriptor],
  ] as const) {
    if (present(value) && !isRecord(value)) return { ok: false, reason: `${field} must be an object.` };
  }
  if (isRecord(descriptor) && present(descriptor.name) && descriptor.name !== toolName) {
    return {
      ok: false,
      reason: `descriptor.name ${JSON.stringify(descriptor.name)} does not match toolName ${JSON.stringify(toolName)}.`,
    };
  }
  for (const [field, value] of [
    ['descriptor.requiresApproval', isRecord(descriptor) ? descriptor.requiresApproval : undefined],
    [
      'actionDescriptor.requiresApproval',
      isRecord(actionDescriptor) ? actionDescriptor.requiresApproval : undefined,
    ],
  ] as const) {
    if (present(value) && typeof value !== 'boolean')
      return { ok: false, reason: `${field} must be a boolean.` };
  }
  const riskLevels = [
    body.riskLevel,
    isRecord(descriptor) ? descriptor.riskLevel : undefined,
    isRecord(actionDescriptor) ? actionDescriptor.riskLevel : undefined,
  ];
  const callerRequiresApproval =
    (isRecord(descriptor) && descriptor.requiresApproval === true) ||
    (isRecord(actionDescriptor) && actionDescriptor.requiresApproval === true) ||
    riskLevels.some((level) => typeof level === 'string' && level.trim().toLowerCase() === 'critical');
  // Every identity field was type-checked above.
  const identity = callIdentityOf(body)!;
  return { ok: true, value: { toolName, callerRequiresApproval, identity } };
}

/** OpenClaw.NET omits null properties; a null is treated as absent. */
function present(value: unknown): boolean {
  return value !== undefined && value !== null;
}
