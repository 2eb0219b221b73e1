// The INPUT_* variables the runner would set for a step: the test's `with:` values over the
// defaults in action.yml, where a default may be an expression like `${{ github.token }}`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface ActionInputDeclaration {
  description?: string;
  required?: boolean;
  default?: unknown;
}

/** The `github` context an input default can refer to (`${{ github.token }}`, `${{ github.repository }}`, …). */
export type GitHubExpressionContext = Record<string, unknown>;

export function readActionInputs(actionDir: string): Record<string, ActionInputDeclaration> {
  const manifest = parse(readFileSync(join(actionDir, 'action.yml'), 'utf8')) as {
    inputs?: Record<string, ActionInputDeclaration>;
  };
  return manifest.inputs ?? {};
}

/** `my input` → `INPUT_MY_INPUT` (spaces become underscores, hyphens stay), as the runner does. */
export function inputVariableName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

export function inputEnvironment(
  declarations: Record<string, ActionInputDeclaration>,
  given: Record<string, string | number | boolean>,
  github: GitHubExpressionContext,
): Record<string, string> {
  const unknown = Object.keys(given).filter((name) => !(name in declarations));
  if (unknown.length > 0) {
    // The runner only warns ("Unexpected input(s)"); a test with a misspelt input should fail.
    throw new Error(
      `unexpected input(s) ${unknown.join(', ')}; action.yml declares ${Object.keys(declarations).join(', ')}`,
    );
  }
  const env: Record<string, string> = {};
  for (const [name, declaration] of Object.entries(declarations)) {
    const value =
      name in given
        ? String(given[name])
        : declaration.default === undefined
          ? undefined
          : evaluateDefault(String(declaration.default), github);
    if (value !== undefined) env[inputVariableName(name)] = value;
  }
  return env;
}

function evaluateDefault(template: string, github: GitHubExpressionContext): string {
  return template.replace(/\$\{\{\s*(.+?)\s*\}\}/g, (_, expression: string) => {
    const path = /^github((?:\.[A-Za-z_][\w-]*)+)$/.exec(expression)?.[1];
    if (!path)
      throw new Error(
        `the harness evaluates only \${{ github.<path> }} in input defaults, not \${{ ${expression} }}`,
      );
    let value: unknown = github;
    for (const key of path.slice(1).split('.')) {
      value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
    }
    return value === undefined || value === null
      ? ''
      : typeof value === 'object'
        ? JSON.stringify(value)
        : String(value);
  });
}
