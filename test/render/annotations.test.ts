import * as core from '@actions/core';
import { describe, expect, it, vi } from 'vitest';
import { annotationsFor, toWorkflowCommand, type Annotation } from '../../src/render/annotations.js';
import { repoRelativePath } from '../../src/render/repo-paths.js';
import { driftResult, finding, findingsResult, located, unchangedResult } from './fixtures.js';

describe('annotationsFor', () => {
  it('annotates new and still-present findings, failures first, with repository paths', () => {
    expect(annotationsFor(findingsResult(), 'packages/a')).toEqual<Annotation[]>([
      {
        path: 'packages/a/openclaw.jsonc',
        start_line: 14,
        end_line: 14,
        start_column: 5,
        end_column: 5,
        annotation_level: 'failure',
        message: "Channel 'ops' uses denied provider 'slack'.\nFix: Disable this channel.",
        title: 'policy/channels-denied-provider',
        raw_details:
          'target: oc://openclaw.config/channels/ops\nrequirement: oc://policy.jsonc/channels/denyRules/#0\nNew since the accepted attestation.',
      },
      {
        // No location: the tool finding goes on its own TOOLS.md line, without a column.
        path: 'packages/a/TOOLS.md',
        start_line: 7,
        end_line: 7,
        annotation_level: 'warning',
        message: "Tool 'deploy' is missing owner metadata.\nFix: Add owner: to the tool entry.",
        title: 'policy/tools-missing-owner (still present)',
        raw_details:
          'target: oc://TOOLS.md/tools/deploy\nrequirement: oc://policy.jsonc/channels/denyRules/#0\nThe accepted attestation already records this finding.',
      },
    ]);
  });

  it('annotates located evidence changes', () => {
    expect(annotationsFor(driftResult(), '.')).toEqual<Annotation[]>([
      {
        path: 'openclaw.jsonc',
        start_line: 22,
        end_line: 22,
        start_column: 7,
        end_column: 7,
        annotation_level: 'warning',
        message: 'mcpServers search',
        title: 'Evidence added since the accepted attestation',
      },
      {
        path: 'TOOLS.md',
        start_line: 7,
        end_line: 7,
        start_column: 1,
        end_column: 1,
        annotation_level: 'warning',
        message: 'tools deploy: risk critical → low',
        title: 'Evidence changed since the accepted attestation',
      },
    ]);
  });

  it('puts unlocated findings on line 1 of the file they are about', () => {
    const unlocated = (overrides: Parameters<typeof finding>[0]) => ({
      finding: finding({ ocPath: undefined, target: undefined, ...overrides }),
    });
    const result = unchangedResult({
      findings: {
        new: [
          unlocated({ checkId: 'policy/config-invalid', path: '' }),
          unlocated({ checkId: 'policy/policy-jsonc-invalid', path: 'policies/agents.jsonc' }),
          unlocated({ checkId: 'policy/policy-hash-mismatch', path: undefined }),
          unlocated({
            checkId: 'policy/mcp-denied-server',
            ocPath: 'oc://openclaw.config/mcp/servers/shell',
            path: 'openclaw config',
          }),
        ],
        stillPresent: [],
        resolved: [],
      },
    });
    expect(annotationsFor(result, 'ws').map((a) => `${a.title} → ${a.path}:${a.start_line}`)).toEqual([
      'policy/config-invalid → ws/openclaw.jsonc:1',
      'policy/policy-jsonc-invalid → ws/policies/agents.jsonc:1',
      'policy/policy-hash-mismatch → ws/policy.jsonc:1',
      'policy/mcp-denied-server → ws/openclaw.jsonc:1',
    ]);
    // Learned from where another config finding was located, or told by the caller.
    const learned = unchangedResult({
      findings: {
        new: [
          located(finding(), 'openclaw.json', 3, 1),
          unlocated({ checkId: 'policy/config-invalid', path: '' }),
        ],
        stillPresent: [],
        resolved: [],
      },
    });
    expect(annotationsFor(learned, '.').map((a) => a.path)).toEqual(['openclaw.json', 'openclaw.json']);
    expect(
      annotationsFor(result, '.', { config: 'conf/openclaw.json', policy: 'p.jsonc' }).map((a) => a.path),
    ).toEqual(['conf/openclaw.json', 'p.jsonc', 'p.jsonc', 'conf/openclaw.json']);
  });

  it('never points outside the repository', () => {
    const result = unchangedResult({
      findings: {
        new: [
          located(finding(), '../../etc/passwd', 1, 1),
          located(finding(), '/etc/passwd', 2, 1),
          located(finding(), 'C:\\x', 3, 1),
        ],
        stillPresent: [],
        resolved: [],
      },
    });
    expect(annotationsFor(result, 'ws').map((a) => a.path)).toEqual([
      'ws/openclaw.jsonc',
      'ws/openclaw.jsonc',
      'ws/openclaw.jsonc',
    ]);
    expect(annotationsFor(result, '../outside')).toEqual([]);
    expect(annotationsFor(result, '/abs')).toEqual([]);
  });

  it('caps titles and messages and shows hidden characters', () => {
    const hostile = located(
      finding({
        checkId: `x\u202E${'t'.repeat(1000)}`,
        message: `m\u0000\u200B${'m'.repeat(100_000)}`,
        fixHint: undefined,
      }),
    );
    const [annotation] = annotationsFor(
      unchangedResult({ findings: { new: [hostile], stillPresent: [], resolved: [] } }),
      '.',
    );
    expect(annotation?.title).toHaveLength(255);
    expect(annotation?.title?.startsWith('x\\u{202E}ttt')).toBe(true);
    expect(annotation?.message).toHaveLength(4000);
    expect(annotation?.message.startsWith('m\\u{200B}mmm')).toBe(true);
  });
});

describe('repoRelativePath', () => {
  it.each([
    ['.', 'TOOLS.md', 'TOOLS.md'],
    ['', 'TOOLS.md', 'TOOLS.md'],
    ['packages/a/', './config/../openclaw.jsonc', 'packages/a/openclaw.jsonc'],
    ['packages\\a', 'x\\y.md', 'packages/a/x/y.md'],
    ['packages/a', '../b/TOOLS.md', 'packages/b/TOOLS.md'],
    ['packages/a', '../../../x', undefined],
    ['.', '/etc/passwd', undefined],
    ['.', 'C:/x', undefined],
    ['/abs', 'x', undefined],
    ['.', '.', undefined],
  ])('%j + %j → %j', (dir, file, expected) => {
    expect(repoRelativePath(dir, file)).toBe(expected);
  });
});

describe('toWorkflowCommand', () => {
  const annotation: Annotation = {
    path: 'dir,with:odd%/TOOLS.md',
    start_line: 7,
    end_line: 7,
    start_column: 3,
    end_column: 3,
    annotation_level: 'failure',
    message: '100% bad\nsecond line\r',
    title: 'policy/x: a, b',
  };

  it('writes the escaped command', () => {
    expect(toWorkflowCommand(annotation)).toBe(
      '::error title=policy/x%3A a%2C b,file=dir%2Cwith%3Aodd%25/TOOLS.md,line=7,col=3,endColumn=3::100%25 bad%0Asecond line%0D',
    );
    expect(
      toWorkflowCommand({ path: 'a', start_line: 1, end_line: 4, annotation_level: 'notice', message: 'm' }),
    ).toBe('::notice file=a,line=1,endLine=4::m');
    expect(
      toWorkflowCommand({ path: 'a', start_line: 1, end_line: 1, annotation_level: 'warning', message: '' }),
    ).toBe('::warning file=a,line=1::');
  });

  it('is exactly what @actions/core writes for the same annotation', () => {
    const written: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    try {
      core.error(annotation.message, {
        title: annotation.title,
        file: annotation.path,
        startLine: 7,
        startColumn: 3,
        endColumn: 3,
      });
    } finally {
      spy.mockRestore();
    }
    expect(written.join('').trimEnd()).toBe(toWorkflowCommand(annotation));
  });
});
