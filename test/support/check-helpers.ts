import JSON5 from 'json5';
import { runPolicyCheck, type PolicyCheck, type PolicySource } from '../../src/engine/check.js';
import { pluginSettings } from '../../src/engine/plugin-settings.js';

/** Runs the pure engine on in-memory documents, the way the CLI would after reading files. */
export function checkOf(options: {
  policy?: unknown;
  policyText?: string;
  config?: Record<string, unknown>;
  tools?: string;
  display?: string;
}): PolicyCheck {
  const display = options.display ?? 'policy.jsonc';
  let policy: PolicySource = { state: 'missing' };
  if (options.policyText !== undefined) {
    try {
      policy = { state: 'parsed', value: JSON5.parse(options.policyText) };
    } catch (error) {
      policy = { state: 'unparseable', error: (error as Error).message };
    }
  } else if (options.policy !== undefined) {
    policy = { state: 'parsed', value: options.policy };
  }
  const config = options.config ?? {};
  return runPolicyCheck({
    name: { display, document: display.split('/').pop() ?? display },
    policy,
    config,
    settings: pluginSettings(config),
    toolsMarkdown: options.tools,
  });
}

export function messages(check: PolicyCheck): string[] {
  return check.visibleFindings.map((f) => `${f.checkId} | ${f.message}`);
}
