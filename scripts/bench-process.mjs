// Whole-process measurement for the benchmarks (bench.mjs, bench-ab.mjs): one command in a fresh
// process pinned to one core, measured from outside. CPU time is the user + system time of the
// process and everything it waited for (bash's `times`, children line: millisecond precision);
// wall time is bash's EPOCHREALTIME around the command; peak RSS comes from GNU time when it is
// installed. On a shared machine CPU time is the steadier figure: wall time also counts the time
// other processes had the core.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cpuTimes, stolenPercent } from './cpu-steal.mjs';

const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const scratch = mkdtempSync(path.join(tmpdir(), 'policy-gate-bench-process-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const tasksetWorks = new Map();
/** Whether `taskset -c <cpu>` works here (Linux with util-linux). */
export function canPin(cpu) {
  if (!tasksetWorks.has(cpu)) tasksetWorks.set(cpu, spawnSync('taskset', ['-c', cpu, 'true']).status === 0);
  return tasksetWorks.get(cpu);
}

/** Whether `unshare -n` works here (no network for the command). */
export const canUnshare = () => spawnSync('unshare', ['-n', 'true']).status === 0;

/**
 * Runs `argv` once: `{ exitCode, wallMs, cpuMs, maxRssMb, stderr }`; stdout goes to `stdoutFile`
 * (default /dev/null).
 */
export function runProcess(argv, { cwd, env, cpu = '0', stdoutFile = '/dev/null' }) {
  const rssFile = path.join(scratch, 'rss.txt');
  const errFile = path.join(scratch, 'stderr.txt');
  rmSync(rssFile, { force: true });
  const timed = GNU_TIME === undefined ? argv : [GNU_TIME, '-f', '%M', '-o', rssFile, ...argv];
  const script =
    's=$EPOCHREALTIME; "$@" >"$BENCH_OUT" 2>"$BENCH_ERR"; rc=$?; e=$EPOCHREALTIME; times; echo "$s $e $rc"';
  const shell = ['bash', '-c', script, 'bench', ...timed];
  const [cmd, args] = canPin(cpu) ? ['taskset', ['-c', cpu, ...shell]] : [shell[0], shell.slice(1)];
  const result = spawnSync(cmd, args, {
    cwd,
    env: { ...env, BENCH_OUT: stdoutFile, BENCH_ERR: errFile },
    encoding: 'utf8',
  });
  const lines = result.stdout.trim().split('\n');
  const seconds = (text) => {
    const [, minutes, secs] = /^(\d+)m([\d.]+)s$/.exec(text ?? '') ?? [];
    return Number(minutes) * 60 + Number(secs);
  };
  const [childUser, childSys] = (lines[1] ?? '').split(' ').map(seconds);
  const [start, end, rc] = (lines[2] ?? '').split(' ').map(Number);
  const rss = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop()) : NaN;
  return {
    exitCode: rc,
    wallMs: (end - start) * 1000,
    cpuMs: (childUser + childSys) * 1000,
    maxRssMb: rss / 1024,
    stderr: existsSync(errFile) ? readFileSync(errFile, 'utf8') : '',
  };
}

/** Medians of `runs` runs (and min/max wall, steal over all of them); `check` sees each sample. */
export function measureProcess(argv, options, runs, check = () => {}) {
  const samples = [];
  const before = cpuTimes();
  for (let i = 0; i < runs; i++) {
    const sample = runProcess(argv, options);
    check(sample, i);
    samples.push(sample);
  }
  return summarise(samples, stolenPercent(before, cpuTimes()));
}

export function summarise(samples, stealPercent) {
  const pick = (key) => samples.map((s) => s[key]);
  return {
    runs: samples.length,
    wallMs: median(pick('wallMs')),
    wallMin: Math.min(...pick('wallMs')),
    wallMax: Math.max(...pick('wallMs')),
    cpuMs: median(pick('cpuMs')),
    cpuMin: Math.min(...pick('cpuMs')),
    cpuMax: Math.max(...pick('cpuMs')),
    maxRssMb: median(pick('maxRssMb')),
    stealPercent,
    stderr: samples.at(-1)?.stderr ?? '',
  };
}
