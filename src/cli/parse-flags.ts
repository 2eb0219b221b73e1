import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './cli-io.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util parseArgs in strict mode, its errors turned into one-line usage errors. */
export function parseFlags<O extends Options>(verb: string, args: string[], options: O, positionals = 0) {
  let parsed;
  try {
    parsed = parseArgs({ args, options, strict: true, allowPositionals: positionals > 0 });
  } catch (error) {
    throw new UsageError(`${verb}: ${error instanceof Error ? firstLine(error.message) : String(error)}`);
  }
  if (parsed.positionals.length !== positionals) {
    throw new UsageError(
      `${verb}: expected ${positionals} file argument(s), got ${parsed.positionals.length}. See 'policy-gate --help'.`,
    );
  }
  return parsed;
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? text;
}

export const LOCATION_FLAGS = {
  cwd: { type: 'string' },
  config: { type: 'string' },
  policy: { type: 'string' },
} as const satisfies Options;
