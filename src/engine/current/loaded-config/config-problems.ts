// A refused config's problems as the reader words them: dotted path, message, and for value
// errors the "(allowed: …)" hint it appends (at most 12 values, strings quoted).

import type { SchemaIssue } from './schema-parse.js';

export interface ConfigProblem {
  /** Dotted config path, e.g. `agents.entries.main.tools.deny` ('' for the root). */
  path: string;
  message: string;
}

const MAX_HINT_VALUES = 12;
const MAX_HINT_CHARS = 160;

function hintLabel(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  const cut =
    text.length > MAX_HINT_CHARS
      ? `${text.slice(0, MAX_HINT_CHARS)}... (+${text.length - MAX_HINT_CHARS} chars)`
      : text;
  return typeof value === 'string' ? JSON.stringify(cut) : cut;
}

/** The message with the reader's allowed-values hint, unless it already lists the values. */
export function withAllowedHint(message: string, allowed: readonly unknown[] | undefined): string {
  if (allowed === undefined || allowed.length === 0) return message;
  const lower = message.toLowerCase();
  if (lower.includes('(allowed:') || lower.includes('expected one of')) return message;
  const seen = new Set<string>();
  const labels: string[] = [];
  for (const value of allowed) {
    const key = `${value === null ? 'null' : typeof value}:${typeof value === 'string' ? value : JSON.stringify(value)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    labels.push(hintLabel(value));
  }
  const shown = labels.slice(0, MAX_HINT_VALUES).join(', ');
  const hidden = labels.length - MAX_HINT_VALUES;
  return `${message} (allowed: ${hidden > 0 ? `${shown}, ... (+${hidden} more)` : shown})`;
}

/** A route binding that failed both binding kinds: the reader names the route alternative's issue. */
function routeBindingIssue(issue: SchemaIssue): ConfigProblem | undefined {
  const [section, index] = issue.path;
  if (
    section !== 'bindings' ||
    typeof index !== 'number' ||
    issue.path.length !== 2 ||
    issue.branches === undefined
  ) {
    return undefined;
  }
  let sawRouteTypeMismatch = false;
  let chosen: SchemaIssue | undefined;
  for (const branch of issue.branches) {
    if (branch.length === 0) continue;
    const routeTypeMismatch = branch.some(
      (i) =>
        i.path.length === 1 &&
        i.path[0] === 'type' &&
        i.code === 'invalid_value' &&
        (i.allowed ?? []).includes('route'),
    );
    if (routeTypeMismatch) {
      sawRouteTypeMismatch = true;
      continue;
    }
    let best: SchemaIssue | undefined;
    for (const candidate of branch) {
      const longer = best === undefined || candidate.path.length > best.path.length;
      const preferred =
        best !== undefined &&
        candidate.path.length === best.path.length &&
        candidate.code === 'unrecognized_keys' &&
        best.code !== 'unrecognized_keys';
      if (longer || preferred) best = candidate;
    }
    if (best === undefined) continue;
    if (chosen !== undefined) return undefined;
    chosen = best;
  }
  if (!sawRouteTypeMismatch || chosen === undefined) return undefined;
  if (chosen.path.length === 0 && chosen.code !== 'unrecognized_keys') return undefined;
  return { path: [...issue.path, ...chosen.path].join('.'), message: chosen.message };
}

export function problemFromSchemaIssue(issue: SchemaIssue): ConfigProblem {
  if (issue.allowed === undefined) {
    const binding = routeBindingIssue(issue);
    if (binding !== undefined) return binding;
  }
  return { path: issue.path.join('.'), message: withAllowedHint(issue.message, issue.allowed) };
}
