// A real git repository per test, shaped like a GitHub repository with one open pull request:
// `main` with the base files, a PR branch with the changes, and — like GitHub — the merge commit
// `refs/pull/N/merge` points to (which is GITHUB_SHA on `pull_request`). Author, committer and
// dates are fixed, so the same files give the same SHAs on every run.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Text, bytes, a symlink (target as written in the link) or an executable text file. */
export type RepoFileContent = string | Uint8Array | { symlinkTo: string } | { executable: string };
/** Path → new content; `null` deletes the file. */
export type FileChanges = Record<string, RepoFileContent | null>;

export interface CreateGitRepoOptions {
  baseFiles: Record<string, RepoFileContent>;
  /** One commit per entry on the PR branch (a single object is one commit). */
  headChanges?: FileChanges | FileChanges[];
  /** Commits on the base branch after the PR branched off (the base moved on). */
  baseChangesAfterBranching?: FileChanges | FileChanges[];
  owner?: string;
  name?: string;
  baseBranch?: string;
  headBranch?: string;
  pullNumber?: number;
  pullRequestAuthor?: string;
  /** The PR comes from a fork owned by this login (the head repository differs from the base). */
  forkOwner?: string;
  /** Create `refs/pull/N/merge` (default true; skipped when the branches conflict, as on GitHub). */
  createMergeRef?: boolean;
}

export interface PullRequestDescription {
  number: number;
  author: string;
  baseBranch: string;
  headBranch: string;
  /** The fork's owner, when the PR comes from a fork. */
  forkOwner: string | undefined;
}

export interface GitRepo {
  readonly dir: string;
  readonly owner: string;
  readonly name: string;
  readonly fullName: string;
  readonly pullRequest: PullRequestDescription;
  readonly baseSha: string;
  readonly headSha: string;
  /** The commit `refs/pull/N/merge` points to; undefined when there is none (conflict or disabled). */
  readonly mergeSha: string | undefined;
  readonly mergeRef: string;
  /** The full SHA a ref, branch or expression names. */
  sha(ref: string): string;
  /**
   * Commit changes on a branch and return the SHA. When the PR's branches move, the merge ref is
   * recomputed and the workspace checked out at it again, as a new workflow run would see it.
   */
  commit(branch: string, changes: FileChanges, message?: string): string;
  /** Detached checkout of a ref in `dir` (the workspace). */
  checkout(ref: string): void;
  /** A merge-queue branch (`gh-readonly-queue/<base>/pr-N-<baseSha>`) at the merge commit. */
  createMergeQueueBranch(): { ref: string; sha: string };
  git(...args: string[]): string;
  cleanup(): Promise<void>;
}

const FIXED_EPOCH_SECONDS = Date.UTC(2026, 0, 1) / 1000;

export function createGitRepo(options: CreateGitRepoOptions): GitRepo {
  const dir = mkdtempSync(join(tmpdir(), 'policy-gate-repo-'));
  const baseBranch = options.baseBranch ?? 'main';
  const headBranch = options.headBranch ?? 'feature';
  const pullNumber = options.pullNumber ?? 1;
  const owner = options.owner ?? 'octo-org';
  const name = options.name ?? 'octo-repo';
  const mergeRef = `refs/pull/${pullNumber}/merge`;
  let commitCount = 0;

  const git = (...args: string[]): string =>
    execFileSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      env: deterministicGitEnv(FIXED_EPOCH_SECONDS + commitCount * 60),
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  const tryGit = (...args: string[]): string | undefined => {
    try {
      return git(...args);
    } catch {
      return undefined; // callers treat "no such ref/object" and "merge conflict" as absence
    }
  };
  const sha = (ref: string): string => git('rev-parse', '--verify', `${ref}^{commit}`).trim();

  const commitOnCheckedOutBranch = (changes: FileChanges, message: string): string => {
    applyChanges(dir, changes);
    git('add', '--all');
    commitCount += 1;
    git('commit', '--allow-empty', '--quiet', '-m', message);
    return sha('HEAD');
  };

  const updateMergeRef = (): void => {
    if (options.createMergeRef === false) return;
    git('update-ref', `refs/pull/${pullNumber}/head`, sha(headBranch));
    const tree = tryGit('merge-tree', '--write-tree', baseBranch, headBranch)?.split('\n')[0]?.trim();
    if (!tree) {
      tryGit('update-ref', '-d', mergeRef);
      return;
    }
    commitCount += 1;
    const merge = git(
      'commit-tree',
      tree,
      '-p',
      sha(baseBranch),
      '-p',
      sha(headBranch),
      '-m',
      `Merge ${sha(headBranch)} into ${sha(baseBranch)}`,
    ).trim();
    git('update-ref', mergeRef, merge);
  };

  git('init', '--quiet', `--initial-branch=${baseBranch}`);
  commitOnCheckedOutBranch(options.baseFiles, 'base');
  git('checkout', '--quiet', '-b', headBranch);
  for (const changes of asList(options.headChanges)) commitOnCheckedOutBranch(changes, 'change');
  git('checkout', '--quiet', baseBranch);
  for (const changes of asList(options.baseChangesAfterBranching))
    commitOnCheckedOutBranch(changes, 'base moves on');
  updateMergeRef();

  const repo: GitRepo = {
    dir,
    owner,
    name,
    fullName: `${owner}/${name}`,
    pullRequest: {
      number: pullNumber,
      author: options.pullRequestAuthor ?? 'octo-contributor',
      baseBranch,
      headBranch,
      forkOwner: options.forkOwner,
    },
    get baseSha() {
      return sha(baseBranch);
    },
    get headSha() {
      return sha(headBranch);
    },
    get mergeSha() {
      return tryGit('rev-parse', '--verify', `${mergeRef}^{commit}`)?.trim();
    },
    mergeRef,
    sha,
    commit(branch, changes, message = 'change') {
      git('checkout', '--quiet', '--force', branch);
      const created = commitOnCheckedOutBranch(changes, message);
      if (branch === baseBranch || branch === headBranch) updateMergeRef();
      repo.checkout(repo.mergeSha ?? headBranch);
      return created;
    },
    checkout(ref) {
      git('checkout', '--quiet', '--force', '--detach', ref);
    },
    createMergeQueueBranch() {
      const merge = repo.mergeSha;
      if (!merge) throw new Error('the pull request has no merge commit to put in a merge queue');
      const branch = `gh-readonly-queue/${baseBranch}/pr-${pullNumber}-${sha(baseBranch)}`;
      git('update-ref', `refs/heads/${branch}`, merge);
      return { ref: `refs/heads/${branch}`, sha: merge };
    },
    git,
    async cleanup() {
      await rm(dir, { recursive: true, force: true });
    },
  };
  // actions/checkout checks out refs/pull/N/merge on pull_request; do the same.
  repo.checkout(repo.mergeSha ?? headBranch);
  return repo;
}

function asList(changes: FileChanges | FileChanges[] | undefined): FileChanges[] {
  if (changes === undefined) return [];
  return Array.isArray(changes) ? changes : [changes];
}

function applyChanges(dir: string, changes: FileChanges): void {
  for (const [path, content] of Object.entries(changes)) {
    const target = join(dir, path);
    rmSync(target, { force: true, recursive: true });
    if (content === null) continue;
    mkdirSync(dirname(target), { recursive: true });
    if (typeof content === 'string' || content instanceof Uint8Array) {
      writeFileSync(target, content);
    } else if ('symlinkTo' in content) {
      symlinkSync(content.symlinkTo, target);
    } else {
      writeFileSync(target, content.executable);
      chmodSync(target, 0o755);
    }
  }
}

/** The environment every git call in the harness gets: no user or system config, fixed identity and dates. */
export function deterministicGitEnv(epochSeconds = FIXED_EPOCH_SECONDS): NodeJS.ProcessEnv {
  const date = `${epochSeconds} +0000`;
  return {
    PATH: process.env.PATH,
    HOME: tmpdir(),
    LANG: 'C',
    TZ: 'UTC',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_AUTHOR_NAME: 'Policy Gate Test',
    GIT_AUTHOR_EMAIL: 'policy-gate-test@example.com',
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_NAME: 'Policy Gate Test',
    GIT_COMMITTER_EMAIL: 'policy-gate-test@example.com',
    GIT_COMMITTER_DATE: date,
    GIT_TERMINAL_PROMPT: '0',
  };
}
