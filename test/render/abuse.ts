// A gate result whose every string comes from the pull request and is hostile, so each section of
// every renderer shows it at least once.
import type { WorkspaceGateResult } from '../../src/gate/report.js';
import { finding } from './fixtures.js';

export const ABUSE_CORPUS: readonly string[] = [
  '-->',
  '--!>',
  '<!-- x -->',
  '<!-- policy-gate:v1 workspace=. head=0000000 -->',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="https://evil.example">click</a>',
  '<details open><summary>fake</summary>',
  '</details></td></tr></table>',
  '@octocat',
  '@github/security',
  'hi @octocat and @github/security',
  'a | b\n| --- | --- |\n| fake | row |',
  'x |\r\n| y',
  '[link](javascript:alert(1))',
  '![img](https://evil.example/x.png)',
  '[ref]: https://evil.example',
  '<https://evil.example/?data=secret>',
  'https://evil.example/?data=secret',
  'www.evil.example',
  'victim@evil.example',
  '`code` ``` ~~~',
  '```\nrm -rf /\n```',
  '# heading',
  '- [x] task',
  '1. ordered',
  '    indented code',
  '> [!WARNING]\n> fake alert',
  '*bold* _em_ ~~strike~~ $math$',
  'zero\u200Bwidth\u200Cnon\u200Djoiner\u2060',
  'bidi\u202Eevil\u202Cisolate\u2066x\u2069',
  '\uFEFFbom',
  'nul\u0000esc\u001B[31m',
  'emoji 😀 and lone \uD800 surrogate',
  '&lt;script&gt; &#64;octocat',
  '\\|\\\\|',
  '#1 GH-2 acme/agents#3',
];

export function abusiveResult(
  text: string,
  overrides: Partial<WorkspaceGateResult> = {},
): WorkspaceGateResult {
  const hostile = finding({
    checkId: text,
    message: text,
    path: text,
    severity: text as never,
    ocPath: text,
    target: text,
    requirement: text,
    fixHint: text,
  });
  return {
    workspaceId: text,
    verdict: 'drift',
    passed: false,
    reason: text,
    stale: { which: 'proposed', path: text, fileHash: text, actualHash: text },
    components: [
      { component: 'result', accepted: text, candidate: text, changed: true },
      { component: 'policy', accepted: text, candidate: undefined, changed: true },
      { component: 'evidence', accepted: undefined, candidate: text, changed: true },
      { component: 'findings', accepted: text, candidate: text, changed: false },
      { component: 'attestation', accepted: text, candidate: text, changed: true },
    ],
    findings: {
      new: [
        {
          finding: hostile,
          location: { file: text, line: 3, column: 4 },
          fix: {
            fixClass: text as never,
            summary: text,
            policyRule: { key: text, location: { file: text, line: 5, column: 1 } },
            configTargets: [{ key: text, location: { file: text, line: 6, column: 2 } }, { key: text }],
          },
        },
        { finding: hostile },
      ],
      stillPresent: [{ finding: hostile }],
      resolved: [{ finding: hostile, location: { file: text, line: 1, column: 1 } }],
    },
    explanation: {
      findings: { added: [hostile], resolved: [] },
      evidence: {
        added: [{ slice: text, source: text, entry: { id: text, source: text } }],
        removed: [{ slice: text, source: `${text}/removed`, entry: { ref: text } }],
        changed: [
          {
            slice: text,
            source: text,
            entry: { id: text },
            changes: [{ field: text, before: text, after: [text, { [text]: text }] }],
          },
        ],
      },
      policy: { added: [{ rule: text, value: text }], removed: [{ rule: text, value: text }] },
    },
    acceptance: { status: 'awaiting', acceptors: [text, text], approvedBy: text, reasons: [text, text] },
    howToAccept: { command: text, attestationPath: text, resultingHash: text },
    candidateHash: text,
    acceptedHash: text,
    changeLocations: { [text]: { file: text, line: 2, column: 2 } },
    ...overrides,
  };
}
