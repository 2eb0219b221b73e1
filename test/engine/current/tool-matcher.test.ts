import { describe, expect, it } from 'vitest';
import {
  expandToolGroups,
  normalizeToolPolicyName,
  TOOL_GROUPS,
  toolDenyMatcher,
  toolListDenies,
} from '../../../src/engine/current/tool-matcher.js';

describe('normalizeToolPolicyName', () => {
  it('trims, lowercases and folds the three aliases', () => {
    expect(normalizeToolPolicyName(' Bash ')).toBe('exec');
    expect(normalizeToolPolicyName('APPLY-PATCH')).toBe('apply_patch');
    expect(normalizeToolPolicyName('cron')).toBe('automations');
    expect(normalizeToolPolicyName('Write')).toBe('write');
    expect(normalizeToolPolicyName('   ')).toBe('');
  });
});

describe('expandToolGroups', () => {
  it('replaces groups by their tools in catalog order, keeps the first occurrence, drops blanks', () => {
    expect(expandToolGroups(['edit', ' GROUP:FS ', '', 'bash', 'group:runtime'])).toEqual([
      'edit',
      'ls',
      'read',
      'write',
      'apply_patch',
      'exec',
      'process',
      'code_execution',
      'secrets',
    ]);
  });

  it('leaves unknown groups and globs as they are', () => {
    expect(expandToolGroups(['group:nope', 'web_*', '*'])).toEqual(['group:nope', 'web_*', '*']);
  });

  it('knows the 2026.9.6 groups (group:openclaw leaves canvas out)', () => {
    expect(Object.keys(TOOL_GROUPS)).toEqual([
      'group:openclaw',
      'group:fs',
      'group:runtime',
      'group:web',
      'group:memory',
      'group:sessions',
      'group:ui',
      'group:messaging',
      'group:automation',
      'group:nodes',
      'group:agents',
      'group:media',
    ]);
    expect(TOOL_GROUPS['group:openclaw']).toHaveLength(53);
    expect(TOOL_GROUPS['group:openclaw']).not.toContain('canvas');
    expect(TOOL_GROUPS['group:ui']).toContain('canvas');
    expect(TOOL_GROUPS['group:web']).toEqual(['web_search', 'web_fetch', 'x_search']);
  });

  it('does not treat inherited object keys as groups', () => {
    expect(expandToolGroups(['constructor', 'toString'])).toEqual(['constructor', 'tostring']);
  });
});

describe('toolListDenies', () => {
  it('matches exact names, aliases on either side, and groups', () => {
    expect(toolListDenies(['bash'], 'exec')).toBe(true);
    expect(toolListDenies(['exec'], 'Bash')).toBe(true);
    expect(toolListDenies(['apply-patch'], 'apply_patch')).toBe(true);
    expect(toolListDenies(['group:fs'], 'apply_patch')).toBe(true);
    expect(toolListDenies(['group:fs'], 'exec')).toBe(false);
    expect(toolListDenies([], 'exec')).toBe(false);
  });

  it('matches globs against the whole normalised name', () => {
    expect(toolListDenies(['E*'], 'exec')).toBe(true);
    expect(toolListDenies(['e*'], 'write')).toBe(false);
    expect(toolListDenies(['*_patch'], 'apply_patch')).toBe(true);
    expect(toolListDenies(['web.*'], 'web_fetch')).toBe(false);
    expect(toolListDenies(['*'], 'anything')).toBe(true);
    // A glob is not expanded as a group: `group:*` matches no tool name.
    expect(toolListDenies(['group:*'], 'exec')).toBe(false);
  });

  it('builds one matcher for many tools', () => {
    const denies = toolDenyMatcher(['group:runtime', 'write']);
    expect(['exec', 'process', 'write', 'edit', 'apply_patch'].filter(denies)).toEqual([
      'exec',
      'process',
      'write',
    ]);
  });
});
