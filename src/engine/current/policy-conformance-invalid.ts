// Why `policy compare` refuses to compare two policies (SPEC-2026.9 §12.2): a document that does not
// have the policy shape, a scoped rule no valid selector reaches, or a claimed value that is not
// valid syntax for its rule. A half-read policy must never look "at least as strict".
import { isRecord } from '../record.js';
import { finding } from '../findings.js';
import { CONFORMANCE_INVALID } from '../strictness.js';
import type { Finding } from '../types.js';
import { scopedRuleValue, scopeSelectorValues, type PolicyRuleClaim } from './policy-conformance-claims.js';
import { POLICY_RULE_METADATA, ruleName } from './rule-metadata.js';
import { policyContainerShapeFindings, policySegment } from './shape/index.js';
import { policyRuleValueIsValid } from './strictness.js';

/** One parsed side of the comparison. */
export interface ComparedPolicy {
  /** The basename: display name and `oc://` document at once. */
  name: string;
  value: unknown;
  claims: readonly PolicyRuleClaim[];
}

/**
 * Baseline then candidate: container shape findings, scoped-selector problems, invalid claims,
 * each finding once per check id and target (the first wins, so two documents of the same name
 * share their findings).
 */
export function invalidPolicyFindings(baseline: ComparedPolicy, candidate: ComparedPolicy): Finding[] {
  return uniqueByTarget([
    ...shapeFindings(baseline),
    ...shapeFindings(candidate),
    ...scopeSelectorFindings(baseline),
    ...scopeSelectorFindings(candidate),
    ...invalidClaimFindings(baseline),
    ...invalidClaimFindings(candidate),
  ]);
}

/** `policy.jsonc could not be read: …` or `… could not be parsed: …`. */
export function unreadablePolicyFinding(name: string, message: string): Finding {
  const target = `oc://${name}`;
  return finding({
    checkId: CONFORMANCE_INVALID,
    message,
    path: name,
    target,
    requirement: target,
    fixHint: `Fix ${name} so it contains valid policy JSONC.`,
  });
}

function shapeFindings({ name, value }: ComparedPolicy): Finding[] {
  return policyContainerShapeFindings(value, { display: name, document: name }).map((shape) => {
    const target = shape.target ?? `oc://${name}`;
    return finding({
      checkId: CONFORMANCE_INVALID,
      message: shape.message,
      path: name,
      target,
      requirement: target,
      fixHint: shape.fixHint ?? `Fix ${name} so it uses the documented policy syntax.`,
    });
  });
}

/**
 * `scopes` and each scope must be objects, and a rule set in a scope needs a non-blank selector
 * of a kind that may scope it (rules no selector may scope never have one).
 */
function scopeSelectorFindings({ name, value }: ComparedPolicy): Finding[] {
  if (!isRecord(value) || value.scopes === undefined) return [];
  if (!isRecord(value.scopes)) {
    return [syntaxFinding(name, 'scopes', `oc://${name}/scopes`, `${name} scopes must be an object.`)];
  }
  const findings: Finding[] = [];
  for (const [scopeName, overlay] of Object.entries(value.scopes)) {
    const scopePath = `scopes.${scopeName}`;
    const scopeTarget = `oc://${name}/scopes/${policySegment(scopeName)}`;
    if (!isRecord(overlay)) {
      findings.push(syntaxFinding(name, scopePath, scopeTarget, `${name} ${scopePath} must be an object.`));
      continue;
    }
    for (const rule of POLICY_RULE_METADATA) {
      if (scopedRuleValue(overlay, rule) === undefined) continue;
      const selectors = rule.scopeSelectors ?? [];
      if (selectors.some((kind) => scopeSelectorValues(overlay[kind], kind).length > 0)) continue;
      const propertyPath = `${scopePath}.${ruleName(rule)}`;
      findings.push(
        syntaxFinding(
          name,
          propertyPath,
          `${scopeTarget}/${rule.policyPath.map(policySegment).join('/')}`,
          `${name} ${propertyPath} needs a valid selector for policy conformance.`,
        ),
      );
    }
  }
  return findings;
}

function invalidClaimFindings({ name, claims }: ComparedPolicy): Finding[] {
  return claims
    .filter((claim) => !policyRuleValueIsValid(claim.rule, claim.value))
    .map((claim) =>
      syntaxFinding(
        name,
        claim.propertyPath,
        claim.target,
        `${name} ${claim.propertyPath} is not valid policy conformance syntax.`,
      ),
    );
}

function syntaxFinding(name: string, propertyPath: string, target: string, message: string): Finding {
  return finding({
    checkId: CONFORMANCE_INVALID,
    message,
    path: name,
    target,
    requirement: target,
    fixHint: `Fix ${propertyPath} so it uses the documented policy syntax.`,
  });
}

function uniqueByTarget(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((found) => {
    const key = `${found.checkId}\n${found.target}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
