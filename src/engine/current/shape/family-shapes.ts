// Shape validators that run inside their families, in addition to the container check (SPEC-2026.9
// §6.3). Some report the first problem, some every problem; a family whose validator reports
// anything reports that instead of its findings (except auth requireMetadata, which is appended).
import { isRecord } from '../../record.js';
import type { PolicyName } from '../../rule-family.js';
import type { Finding } from '../../types.js';
import { ruleMetadata } from '../rule-metadata.js';
import { isChannelDenyRule } from '../strictness.js';
import { orderedShape } from './ordered-shape.js';
import { allFindings, firstFinding, shapeFinding } from './shape-finding.js';

const allowedValuesOf = (rule: string): readonly string[] => ruleMetadata(rule).allowedValues ?? [];

/** `channels.denyRules`: a list; unknown keys in a rule, then the first rule without a provider. */
export function channelDenyRuleShapeFindings(policy: unknown, name: PolicyName): Finding[] {
  const shape = orderedShape(policy, { name });
  const rules = shape.value('channels.denyRules');
  if (rules === undefined) return [];
  if (!Array.isArray(rules))
    return [
      shape.finding('channels.denyRules', {
        message: '{policy} {property} must be an array.',
        hint: 'Fix {policy} so channel deny rules are an array.',
      }),
    ];
  const list: unknown[] = rules;
  for (const [index, rule] of list.entries()) {
    if (!isRecord(rule)) continue;
    const entry = orderedShape(rule, {
      name,
      propertyPrefix: `channels.denyRules[${index}]`,
      targetPrefix: `channels/denyRules/#${index}`,
    });
    const message = '{policy} {unsupported} is not supported in channel deny rules.';
    const problem =
      entry.keys(
        '',
        ['id', 'reason', 'when'],
        '',
        'Remove {unsupported} or use id, when.provider, and reason.',
        message,
      ) ?? entry.keys('when', ['provider'], '', 'Remove {unsupported} or use when.provider.', message);
    if (problem !== undefined) return [problem];
  }
  const index = list.findIndex((rule) => !isChannelDenyRule(rule));
  if (index < 0) return [];
  return [
    shape.finding(
      'channels.denyRules',
      {
        message: '{policy} {property}[{index}] must define when.provider as a string.',
        hint: 'Fix {policy} so each channel deny rule has a provider match.',
      },
      { index },
    ),
  ];
}

const DATA_HANDLING_SECTIONS: readonly [section: string, rule: string][] = [
  ['sensitiveLogging', 'requireRedaction'],
  ['telemetry', 'denyContentCapture'],
  ['retention', 'requireSessionMaintenance'],
  ['memory', 'denySessionTranscriptIndexing'],
];

/** Every problem: unknown sections, non-object sections, then the first problem per section. */
export function dataHandlingShapeFindings(policy: unknown, name: PolicyName): Finding[] {
  if (!isRecord(policy) || !isRecord(policy.dataHandling)) return [];
  const shape = orderedShape(policy, { name });
  function* sectionRule(section: string, rule: string) {
    yield shape.keys(
      `dataHandling.${section}`,
      [rule],
      'data-handling',
      `Remove {unsupported} or use {property}.${rule}.`,
    );
    yield shape.boolean(`dataHandling.${section}.${rule}`);
  }
  function* findings() {
    yield shape.keys(
      'dataHandling',
      ['memory', 'retention', 'sensitiveLogging', 'telemetry'],
      'data-handling',
      'Remove {unsupported} or use a supported data-handling policy rule.',
    );
    for (const [section] of DATA_HANDLING_SECTIONS)
      yield shape.object(`dataHandling.${section}`, 'Fix {property} so it contains boolean policy rules.');
    for (const [section, rule] of DATA_HANDLING_SECTIONS) yield firstFinding(sectionRule(section, rule));
  }
  return allFindings(findings());
}

/** Every problem among the three secrets rules. */
export function secretsShapeFindings(policy: unknown, name: PolicyName): Finding[] {
  if (!isRecord(policy) || !isRecord(policy.secrets)) return [];
  const shape = orderedShape(policy, { name });
  return allFindings([
    shape.boolean('secrets.requireManagedProviders'),
    shape.boolean('secrets.allowInsecureProviders'),
    shape.list('secrets.denySources', {
      array: {
        message: '{policy} {property} must be an array of source names.',
        hint: 'Use an array such as ["exec"] or remove secrets.denySources.',
      },
      entry: {
        message: '{policy} {property}[{index}] must be a non-empty source name.',
        hint: 'Use non-empty source names such as env, file, exec, or openclaw.',
      },
    }),
  ]);
}

/** `auth.profiles.allowModes`: supported modes, compared lowercased. */
export function authAllowModesShapeFindings(policy: unknown, name: PolicyName): Finding[] {
  return authListFindings(policy, name, 'auth.profiles.allowModes', 'auth mode', 'auth modes');
}

/** `auth.profiles.requireMetadata`: supported metadata keys, compared lowercased. */
export function authRequireMetadataShapeFindings(policy: unknown, name: PolicyName): Finding[] {
  return authListFindings(policy, name, 'auth.profiles.requireMetadata', 'metadata key', 'metadata keys');
}

function authListFindings(
  policy: unknown,
  name: PolicyName,
  rule: string,
  one: string,
  many: string,
): Finding[] {
  const hint = `Use supported ${many}: {allowed}.`;
  const problem = orderedShape(policy, { name }).list(rule, {
    allowed: allowedValuesOf(rule),
    normalize: 'lower',
    array: { message: `{policy} {property} must be an array of ${many}.`, hint },
    entry: { message: `{policy} {property}[{index}] must be a supported ${one}.`, hint },
  });
  return problem === undefined ? [] : [problem];
}

/**
 * `tools.requireMetadata` (the release's `toolMetadataRequirementFindings`): written out rather
 * than templated, and checked even when `tools` holds other problems.
 */
export function toolsRequireMetadataShapeFindings(policy: unknown, name: PolicyName): Finding[] {
  if (!isRecord(policy) || !isRecord(policy.tools) || policy.tools.requireMetadata === undefined) return [];
  const supported = allowedValuesOf('tools.requireMetadata');
  const fixHint = `Use supported metadata keys: ${supported.join(', ')}.`;
  const base = `oc://${name.document}/tools/requireMetadata`;
  const requireMetadata = policy.tools.requireMetadata;
  if (!Array.isArray(requireMetadata))
    return [
      shapeFinding(
        name,
        base,
        `${name.display} tools.requireMetadata must be an array of metadata keys.`,
        fixHint,
      ),
    ];
  const index = (requireMetadata as unknown[]).findIndex(
    (entry) => typeof entry !== 'string' || !supported.includes(entry.trim().toLowerCase()),
  );
  if (index < 0) return [];
  return [
    shapeFinding(
      name,
      `${base}/#${index}`,
      `${name.display} tools.requireMetadata[${index}] must be a supported metadata key.`,
      fixHint,
    ),
  ];
}
