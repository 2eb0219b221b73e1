// OpenClaw's sandbox bind spec split (`splitSandboxBindSpec` of host-paths, with Windows container
// paths allowed): `host:container[:options]`, a leading drive letter (`C:\`, `d:/`) not counted as
// a separator on either side.

export interface BindSpec {
  host: string;
  container: string;
  options: string;
}

function separatorIndex(spec: string): number {
  return spec.indexOf(':', /^[A-Za-z]:[\\/]/.test(spec) ? 2 : 0);
}

/** undefined when the spec has no separator at all. */
export function splitBindSpec(spec: string): BindSpec | undefined {
  const separator = separatorIndex(spec);
  if (separator === -1) return undefined;
  const host = spec.slice(0, separator);
  const rest = spec.slice(separator + 1);
  const optionsStart = separatorIndex(rest);
  if (optionsStart === -1) return { host, container: rest, options: '' };
  return { host, container: rest.slice(0, optionsStart), options: rest.slice(optionsStart + 1) };
}

/** `ro` when one of the comma-separated options is `ro` (any case, spaces ignored). */
export function bindModeOf(spec: BindSpec | undefined): 'ro' | 'rw' {
  const options = spec?.options.split(',') ?? [];
  return options.some((option) => option.trim().toLowerCase() === 'ro') ? 'ro' : 'rw';
}
