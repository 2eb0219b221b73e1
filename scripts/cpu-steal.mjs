// The share of CPU time a hypervisor gave to other guests while something was measured (Linux
// /proc/stat; undefined elsewhere). On a shared virtual machine a high steal slows every figure,
// so the benchmarks report it beside them.
import { readFileSync } from 'node:fs';

/** The machine's CPU time counters now: user, nice, system, idle, iowait, irq, softirq, steal… */
export function cpuTimes() {
  try {
    return readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  } catch {
    return undefined;
  }
}

/** Percentage of all CPU time between the two readings that was stolen. */
export function stolenPercent(before, after) {
  if (before === undefined || after === undefined) return undefined;
  const delta = after.map((value, index) => value - (before[index] ?? 0));
  const total = delta.reduce((sum, value) => sum + value, 0);
  return total > 0 ? (100 * (delta[7] ?? 0)) / total : undefined;
}
