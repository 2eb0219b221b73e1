// What every reliability case asserts about what the tool printed or wrote: no stack trace, no
// planted secret, and (for a refusal) exactly one line on stderr.

/** A V8 stack frame line, as `Error#stack` prints it. Never allowed in any output. */
export const STACK_TRACE = /\n\s+at /;

/** A refusal: one non-empty line, newline-terminated. */
export const ONE_LINE = /^[^\n]+\n$/;

/** The canaries (of `canaries`) that occur in `text`. */
export function canariesIn(text: string, canaries: readonly string[]): string[] {
  return canaries.filter((canary) => text.includes(canary));
}

/** Every string inside a JSON-like value, joined: a value "contains" a canary when one of them does. */
export function allText(value: unknown): string {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === 'object') {
      for (const [key, item] of Object.entries(v)) {
        out.push(key);
        walk(item);
      }
    } else if (v !== undefined) out.push(String(v));
  };
  walk(value);
  return out.join('\n');
}
