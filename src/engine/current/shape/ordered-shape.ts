// The release's "ordered shape" template engine (SPEC-2026.9 §6.1): five primitive checks on a
// value at a dotted path, each rendering a message and a fix hint from a template. Validators call
// them in a fixed order and keep the first (or every) finding themselves.
import { isRecord, valueAtPath } from '../../record.js';
import type { PolicyName } from '../../rule-family.js';
import type { Finding } from '../../types.js';
import { policySegment } from './policy-segment.js';
import { shapeFinding } from './shape-finding.js';

export interface ShapeContext {
  name: PolicyName;
  /** Prepended to every `{property}`, e.g. `scopes.ops.tools` (none: the path alone). */
  propertyPrefix?: string;
  /** Prepended to every target path, already in segment form, e.g. `scopes/ops/tools`. */
  targetPrefix?: string;
}

/** A message and a fix hint, both templates over `{policy}`, `{property}`, `{key}`, … */
export interface ShapeText {
  message: string;
  hint: string;
}

interface ShapeDetail {
  /** The offending key: the target gains `/<key>`. */
  key?: string;
  /** The offending list index: the target gains `/#<index>`. */
  index?: number;
  valueName?: string;
  allowed?: readonly string[];
}

/** How list entries are compared with `allowed`: trimmed, untouched, or trimmed and lowercased. */
export type ListNormalization = 'trim' | 'raw' | 'lower';

export interface ListOptions {
  allowed?: readonly string[];
  normalize?: ListNormalization;
  valueName?: string;
  /** Replaces the "not an array" text. */
  array?: ShapeText;
  /** Replaces the "bad entry" text. */
  entry?: ShapeText;
}

export type ListIssue = { kind: 'array' } | { kind: 'entry'; index: number };

/**
 * What is wrong with a string list, if anything: not an array, or the first entry that is not a
 * string, is blank after normalisation, or is not allowed. Holes count as bad entries unless
 * `visitHoles` is off (the rule-value validity test of `compare` skips them).
 */
export function stringListIssue(
  value: unknown,
  allowed: readonly string[] | undefined,
  normalize: ListNormalization = 'trim',
  visitHoles = true,
): ListIssue | undefined {
  if (!Array.isArray(value)) return { kind: 'array' };
  const list: unknown[] = value;
  const index = list.findIndex((entry, entryIndex) => {
    if (!visitHoles && !(entryIndex in list)) return false;
    if (typeof entry !== 'string') return true;
    const normalized =
      normalize === 'raw' ? entry : normalize === 'lower' ? entry.trim().toLowerCase() : entry.trim();
    return normalized === '' || (allowed !== undefined && !allowed.includes(normalized));
  });
  return index < 0 ? undefined : { kind: 'entry', index };
}

const DEFAULT_OBJECT_HINT = 'Fix {policy} so {property} is an object.';
const DEFAULT_BOOLEAN_HINT = 'Set {property} to true or false.';
const PLACEHOLDER = /\{(policy|property|key|index|unsupported|valueName|allowed)\}/g;

export interface OrderedShape {
  /** The value at a dotted path ('' = the root). */
  value(path: string): unknown;
  /** A finding at a path with a custom text. */
  finding(path: string, text: ShapeText, detail?: ShapeDetail): Finding;
  /** Present (or, when `required`, also absent) and not a plain object. */
  object(path: string, hint?: string, required?: boolean): Finding | undefined;
  /** An object with a key outside `allowed` (the first in key order). */
  keys(
    path: string,
    allowed: readonly string[],
    section: string,
    hint: string,
    message?: string,
  ): Finding | undefined;
  boolean(path: string, hint?: string): Finding | undefined;
  /** Present and not one of `allowed` exactly. */
  enum(path: string, allowed: readonly string[], text: ShapeText): Finding | undefined;
  list(path: string, options?: ListOptions): Finding | undefined;
}

export function orderedShape(root: unknown, context: ShapeContext): OrderedShape {
  const locate = (path: string) => {
    const parts = path === '' ? [] : path.split('.');
    const property = [context.propertyPrefix, ...parts].filter((part) => part !== undefined).join('.');
    const targetParts = [context.targetPrefix, ...parts.map(policySegment)].filter(
      (part) => part !== undefined,
    );
    return { value: valueAtPath(root, parts), property, targetParts };
  };

  const diagnostic = (path: string, text: ShapeText, detail: ShapeDetail = {}): Finding => {
    const { property, targetParts } = locate(path);
    const fields: Record<string, string> = {
      policy: context.name.display,
      property,
      key: detail.key ?? '',
      index: detail.index === undefined ? '' : String(detail.index),
      unsupported: `${property}.${detail.key ?? ''}`,
      valueName: detail.valueName ?? '',
      allowed: detail.allowed?.join(', ') ?? '',
    };
    // One pass: text substituted into a template is never expanded again.
    const render = (template: string) =>
      template.replace(PLACEHOLDER, (_, field: string) => fields[field] ?? '');
    const suffix =
      detail.key !== undefined
        ? `/${policySegment(detail.key)}`
        : detail.index !== undefined
          ? `/#${detail.index}`
          : '';
    const where = targetParts.length > 0 ? `/${targetParts.join('/')}` : '';
    return shapeFinding(
      context.name,
      `oc://${context.name.document}${where}${suffix}`,
      render(text.message),
      render(text.hint),
    );
  };

  const valueOf = (path: string) => locate(path).value;

  return {
    value: valueOf,
    finding: diagnostic,
    object(path, hint = DEFAULT_OBJECT_HINT, required = false) {
      const current = valueOf(path);
      if ((current === undefined && !required) || isRecord(current)) return undefined;
      return diagnostic(path, { message: '{policy} {property} must be an object.', hint });
    },
    keys(
      path,
      allowed,
      section,
      hint,
      message = `{policy} {unsupported} is not supported in ${section} policy.`,
    ) {
      const current = valueOf(path);
      if (!isRecord(current)) return undefined;
      const key = Object.keys(current).find((entry) => !allowed.includes(entry));
      return key === undefined ? undefined : diagnostic(path, { message, hint }, { key });
    },
    boolean(path, hint = DEFAULT_BOOLEAN_HINT) {
      const current = valueOf(path);
      if (current === undefined || typeof current === 'boolean') return undefined;
      return diagnostic(path, { message: '{policy} {property} must be a boolean.', hint });
    },
    enum(path, allowed, text) {
      const current = valueOf(path);
      if (current === undefined || (typeof current === 'string' && allowed.includes(current)))
        return undefined;
      return diagnostic(path, text, { allowed });
    },
    list(path, options = {}) {
      const current = valueOf(path);
      if (current === undefined) return undefined;
      const issue = stringListIssue(current, options.allowed, options.normalize);
      if (issue === undefined) return undefined;
      const text =
        issue.kind === 'array'
          ? (options.array ?? {
              message: '{policy} {property} must be an array.',
              hint: 'Fix {policy} so {property} is an array of {valueName}s.',
            })
          : (options.entry ?? {
              message: '{policy} {property}[{index}] must be a supported {valueName}.',
              hint:
                'Use non-empty {valueName} entries.' +
                (options.allowed === undefined ? '' : ' Supported values: {allowed}.'),
            });
      return diagnostic(path, text, {
        ...(issue.kind === 'entry' ? { index: issue.index } : {}),
        ...(options.valueName === undefined ? {} : { valueName: options.valueName }),
        ...(options.allowed === undefined ? {} : { allowed: options.allowed }),
      });
    },
  };
}
