// `oc://` addresses (SPEC.md §3.2). Quoting follows OpenClaw exactly, including its quirk of
// leaving a segment raw when it contains `"` or `\` (it never escapes).

const RAW_SEGMENT = /^(?:[A-Za-z0-9_-]+|#\d+)$/;

export function ocSegment(value: string): string {
  if (RAW_SEGMENT.test(value)) return value;
  if (value.includes('"') || value.includes('\\')) return value;
  return `"${value}"`;
}

export const CONFIG_DOCUMENT = 'oc://openclaw.config';

export function configAddress(...segments: string[]): string {
  let address = CONFIG_DOCUMENT;
  for (const segment of segments) address += `/${segment}`;
  return address;
}

export function policyAddress(policyDocument: string, ...segments: string[]): string {
  return [`oc://${policyDocument}`, ...segments].join('/');
}

export function toolAddress(toolId: string): string {
  return `oc://TOOLS.md/tools/${toolId}`;
}
