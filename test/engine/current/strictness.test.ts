// Strictness of policy rule values (SPEC-2026.9 §12.3) and compare's validity test (§12.2). The
// expected answers were recorded from the release's own functions; the metadata table is checked
// against the release's POLICY_RULE_METADATA, dumped to release-rule-metadata.json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  POLICY_RULE_METADATA,
  ruleMetadata,
  rulesScopableBy,
  type PolicyRuleMetadata,
  type PolicyRuleValueType,
} from '../../../src/engine/current/rule-metadata.js';
import {
  isPolicyValueAtLeastAsStrict,
  policyRuleValueIsValid,
} from '../../../src/engine/current/strictness.js';

type StrictnessRow = [rule: string, candidate: unknown, baseline: unknown, atLeastAsStrict: boolean];
type ValidityRow = [rule: string, value: unknown, valid: boolean];

// prettier-ignore
const STRICTNESS: StrictnessRow[] = [
  ["tools.exec.allowHosts",["sandbox"],["sandbox","gateway"],true],
  ["tools.exec.allowHosts",["sandbox","gateway"],["sandbox"],false],
  ["tools.exec.allowHosts",[],["sandbox"],false],
  ["tools.exec.allowHosts",["node"],[],true],
  ["tools.exec.allowHosts",[" SANDBOX "],["sandbox"],true],
  ["tools.exec.allowHosts","sandbox",["sandbox"],false],
  ["tools.exec.allowHosts",["sandbox",5],["sandbox"],false],
  ["mcp.servers.allow",["Docs"],["docs"],false],
  ["mcp.servers.allow",[" docs "],["docs"],true],
  ["models.providers.allow",["Z.AI"],["z.ai"],true],
  ["models.providers.allow",["zai"],["z.ai"],false],
  ["mcp.servers.deny",["a","b"],["a"],true],
  ["mcp.servers.deny",["a"],["a","b"],false],
  ["mcp.servers.deny",["A"],["a"],false],
  ["secrets.denySources",["EXEC","env"],["exec"],true],
  ["tools.denyTools",["group:runtime"],["exec","process"],true],
  ["tools.denyTools",["exec"],["group:runtime"],false],
  ["tools.denyTools",["*"],["group:fs"],true],
  ["tools.denyTools",["web_*"],["group:web"],false],
  ["tools.denyTools",["bash"],["exec"],true],
  ["channels.denyRules",[{"when":{"provider":"slack"}},{"when":{"provider":"discord"}}],[{"when":{"provider":"slack"}}],true],
  ["channels.denyRules",[{"when":{"provider":"Slack"}}],[{"when":{"provider":"slack"}}],false],
  ["channels.denyRules",[{"when":{}}],[],false],
  ["ingress.session.requireDmScope","per-channel-peer","per-peer",true],
  ["ingress.session.requireDmScope","main","per-peer",false],
  ["ingress.session.requireDmScope"," Per-Peer ","per-peer",true],
  ["ingress.session.requireDmScope","bogus","main",false],
  ["gateway.auth.requireAuth",false,true,false],
  ["gateway.auth.requireAuth",true,true,true],
  ["gateway.auth.requireAuth",undefined,false,true],
  ["gateway.remote.allow",true,false,false],
  ["gateway.remote.allow",false,false,true],
  ["gateway.remote.allow",true,"no",true],
  ["tools.alsoAllow.expected",["b","a"],["a","b"],true],
  ["tools.alsoAllow.expected",["a"],["a","b"],false],
  ["tools.alsoAllow.expected",["A"],["a"],true],
  ["execApprovals.agents.allowlist.expected",[{"pattern":" deploy "}],["deploy"],true],
  ["execApprovals.agents.allowlist.expected",[{"pattern":"deploy","argPattern":""}],["deploy"],true],
  ["execApprovals.agents.allowlist.expected",[{"pattern":"deploy","argPattern":"x"}],["deploy"],false],
  ["execApprovals.agents.allowlist.expected",["Deploy"],["deploy"],false],
  ["routing.probes",[{"id":"p","route":{"channel":"Telegram","accountId":"Acc"},"expect":{"agentId":"Main"}}],[{"id":"p","route":{"channel":"telegram","accountId":"acc"},"expect":{"agentId":"main"}}],true],
  ["routing.probes",[{"id":"p","route":{"channel":"telegram"},"expect":{"agentId":"main","matchedBy":["default"]}}],[{"id":"p","route":{"channel":"telegram"},"expect":{"agentId":"main","matchedBy":["default","binding.channel"]}}],true],
  ["routing.probes",[{"id":"p","route":{"channel":"telegram"},"expect":{"agentId":"main","matchedBy":["binding.peer"]}}],[{"id":"p","route":{"channel":"telegram"},"expect":{"agentId":"main","matchedBy":["default"]}}],false],
  ["routing.probes",[{"id":"p","route":{"channel":"telegram"},"expect":{"agentId":"main"}}],[{"id":"p","route":{"channel":"telegram"},"expect":{"agentId":"main","matchedBy":["default"]}}],false],
  ["routing.probes",[{"id":"p","route":{"channel":"telegram","memberRoleIds":["b","a"],"peer":{"kind":"group","id":" g "}},"expect":{"agentId":"main"}}],[{"id":"p","route":{"channel":"telegram","memberRoleIds":["a","b"],"peer":{"kind":"group","id":"g"}},"expect":{"agentId":"main"}}],true],
  ["routing.probes",[{"id":"p","route":{"channel":"telegram"},"expect":{"agentId":"main"}},{"id":"p","route":{"channel":"telegram"},"expect":{"agentId":"main"}}],[],false],
  ["routing.probes",[],[{"id":"p","route":{"channel":"telegram"},"expect":{"agentId":"main"}}],false],
  ["routing.probes",[{"id":"p","route":{"channel":"telegram"},"expect":{"agentId":"ops"}}],[{"id":"p","route":{"channel":"telegram"},"expect":{"agentId":"main"}}],false],
  ["routing.probes",[{"id":"p","route":{"channel":"telegram","accountId":" "},"expect":{"agentId":"main"}}],[{"id":"p","route":{"channel":"telegram"},"expect":{"agentId":"main"}}],false],
  ["routing.probes",[{"id":"p","route":{"channel":"telegram","accountId":"default"},"expect":{"agentId":"main"}}],[{"id":"p","route":{"channel":"telegram"},"expect":{"agentId":"main"}}],true],
];

// prettier-ignore
const VALIDITY: ValidityRow[] = [
  ["gateway.auth.requireAuth","true",false],
  ["gateway.auth.requireAuth",true,true],
  ["tools.profiles.allow",["Coding"],true],
  ["tools.profiles.allow",["coding",""],false],
  ["tools.profiles.allow",["nope"],false],
  ["gateway.http.denyEndpoints",["ChatCompletions"],false],
  ["gateway.http.denyEndpoints",[" responses "],true],
  ["ingress.session.requireDmScope","Per-Peer",true],
  ["ingress.session.requireDmScope",["main"],false],
  ["ingress.session.requireDmScope","other",false],
  ["channels.denyRules",[{"when":{"provider":" "}}],false],
  ["channels.denyRules",[{"when":{"provider":"x"},"extra":1}],true],
  ["routing.probes",[5],true],
  ["routing.probes",{},false],
  ["execApprovals.agents.allowlist.expected",["a",{"pattern":"b"}],true],
  ["execApprovals.agents.allowlist.expected",[{"pattern":"b","x":1}],false],
  ["mcp.servers.allow",[" "],false],
  ["models.providers.deny",["Z.AI"],true],
];

describe('isPolicyValueAtLeastAsStrict', () => {
  it.each(STRICTNESS)('%s: %j vs %j → %s', (rule, candidate, baseline, expected) => {
    expect(isPolicyValueAtLeastAsStrict(ruleMetadata(rule), candidate, baseline)).toBe(expected);
  });

  it('treats every value as at least as strict as itself when the value is well-formed', () => {
    for (const rule of POLICY_RULE_METADATA) {
      const sample = SAMPLE_VALUES[rule.valueType];
      expect(isPolicyValueAtLeastAsStrict(rule, sample(rule), sample(rule)), rule.policyPath.join('.')).toBe(
        true,
      );
    }
  });
});

const SAMPLE_VALUES: Record<PolicyRuleValueType, (rule: PolicyRuleMetadata) => unknown> = {
  boolean: () => true,
  string: (rule) => rule.orderedValues?.[1],
  'string-list': (rule) => [rule.allowedValues?.[0] ?? 'value'],
  'channel-provider-deny-rules': () => [{ when: { provider: 'slack' } }],
  'routing-probes': () => [{ id: 'p', route: { channel: 'telegram' }, expect: { agentId: 'main' } }],
};

describe('policyRuleValueIsValid', () => {
  it.each(VALIDITY)('%s: %j → %s', (rule, value, expected) => {
    expect(policyRuleValueIsValid(ruleMetadata(rule), value)).toBe(expected);
  });
});

describe('POLICY_RULE_METADATA', () => {
  it('equals the release table, row for row and in order', () => {
    const release: unknown = JSON.parse(
      readFileSync(join(import.meta.dirname, 'release-rule-metadata.json'), 'utf8'),
    );
    expect(JSON.parse(JSON.stringify(POLICY_RULE_METADATA))).toEqual(release);
  });

  it('lists the scopable rules per selector in metadata order', () => {
    expect(rulesScopableBy('channelIds').map((rule) => rule.policyPath.join('.'))).toEqual([
      'ingress.channels.allowDmPolicies',
      'ingress.channels.denyOpenGroups',
      'ingress.channels.requireMentionInGroups',
    ]);
    expect(rulesScopableBy('agentIds')).toHaveLength(22);
  });

  it('refuses a rule name the release does not have', () => {
    expect(() => ruleMetadata('tools.settings')).toThrow("no policy rule 'tools.settings'");
  });
});
