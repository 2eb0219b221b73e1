// The GraphQL document that reads many files at many commits in one request: one aliased
// `object(expression:)` per blob and per parent folder, every expression passed as a variable (so
// no path is ever spliced into the query text), and `viewer { login }` when asked.

export interface ObjectLookup {
  /** `<sha>:<path>`; `<sha>:` is the root folder; `<sha>` alone for a commit's check runs. */
  expression: string;
  kind: 'blob' | 'tree' | 'check-runs';
}

/** The name of the check run policy-gate publishes (looked up so a re-run need not write). */
export const CHECK_RUN_NAME = 'policy-gate';

export interface CheckRunNode {
  databaseId: number | null;
  name: string;
  status: string;
  conclusion: string | null;
  /** ISO 8601; policy-gate sets it to when its run started reading, so runs can be ordered. */
  startedAt?: string | null;
  title: string | null;
  summary: string | null;
  text: string | null;
  annotations: { totalCount: number } | null;
}

/**
 * The newest policy-gate check runs of a commit (the newest is what branch protection and the pull
 * request show), with when each run started.
 */
export const CHECK_RUNS_SELECTION = `checkSuites(last: 100) { nodes { checkRuns(last: 50, filterBy: { checkName: "${CHECK_RUN_NAME}" }) { nodes { databaseId name status conclusion startedAt title summary text annotations { totalCount } } } } }`;

export interface TreeEntryNode {
  name: string;
  type: string;
  /** The git file mode as a decimal number: 40960 (0o120000) is a symbolic link. */
  mode: number;
}

export type ObjectNode = {
  __typename: string;
  text?: string | null;
  isBinary?: boolean | null;
  isTruncated?: boolean;
  byteSize?: number;
  entries?: TreeEntryNode[] | null;
  checkSuites?: {
    nodes: ({ checkRuns: { nodes: (CheckRunNode | null)[] | null } | null } | null)[] | null;
  } | null;
} | null;

export interface FileQueryResult {
  viewer?: { login: string };
  repository: Record<string, ObjectNode> | null;
}

const SELECTIONS: Record<ObjectLookup['kind'], string> = {
  blob: '__typename ... on Blob { text isBinary isTruncated byteSize }',
  tree: '__typename ... on Tree { entries { name type mode } }',
  'check-runs': `__typename ... on Commit { ${CHECK_RUNS_SELECTION} }`,
};

export function fileQuery(
  repository: { owner: string; repo: string },
  lookups: readonly ObjectLookup[],
  includeViewer: boolean,
): { query: string; variables: Record<string, string> } {
  const variables: Record<string, string> = {};
  const declarations: string[] = [];
  const lines = includeViewer ? ['  viewer { login }'] : [];
  if (lookups.length > 0) {
    // GraphQL refuses declared variables that are not used, so the repository comes with its objects.
    Object.assign(variables, { owner: repository.owner, name: repository.repo });
    declarations.push('$owner: String!', '$name: String!');
    lines.push('  repository(owner: $owner, name: $name) {');
    lookups.forEach((lookup, index) => {
      variables[`e${index}`] = lookup.expression;
      declarations.push(`$e${index}: String!`);
      lines.push(`    ${objectAlias(index)}: object(expression: $e${index}) { ${SELECTIONS[lookup.kind]} }`);
    });
    lines.push('  }');
  }
  const signature = declarations.length > 0 ? `(${declarations.join(', ')})` : '';
  return { query: [`query PolicyGateFiles${signature} {`, ...lines, '}'].join('\n'), variables };
}

export function objectAlias(index: number): string {
  return `o${index}`;
}
