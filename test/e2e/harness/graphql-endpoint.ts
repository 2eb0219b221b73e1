// POST /graphql: every query is parsed and validated against GitHub's real schema
// (@octokit/graphql-schema's schema.graphql), then executed by graphql-js against that schema
// with a root value backed by the test's git repository. Aliases, fragments and variables work
// because graphql-js does the work; nothing here looks at the query text.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import {
  buildSchema,
  execute,
  GraphQLError,
  parse,
  validate,
  type DocumentNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import type { GitObject, GitTreeEntry } from './git-reader.js';
import { accountFor } from './github-objects.js';
import type { FakeContext } from './fake-context.js';

let schema: GraphQLSchema | undefined;

/** GitHub's schema, built once per process (about half a second). */
export function githubGraphQLSchema(): GraphQLSchema {
  if (!schema) {
    const sdl = readFileSync(schemaFile(), 'utf8');
    // The published SDL defines two EnterpriseOwnerInfo fields twice, which buildSchema's SDL
    // validation rejects; the duplicates are identical, so skip that check.
    schema = buildSchema(sdl, { assumeValidSDL: true });
  }
  return schema;
}

/** The package's `exports` hide schema.graphql from resolution, so look in the node_modules folders. */
function schemaFile(): string {
  const folders = createRequire(import.meta.url).resolve.paths('@octokit/graphql-schema') ?? [];
  const found = folders
    .map((folder) => join(folder, '@octokit', 'graphql-schema', 'schema.graphql'))
    .find(existsSync);
  if (!found)
    throw new Error('@octokit/graphql-schema is not installed (it is a devDependency of this repository)');
  return found;
}

export interface GraphQLAnswer {
  status: number;
  body: unknown;
  /** Why GitHub would reject the request, or why the fake cannot answer it; empty when fine. */
  problems: string[];
  operation: 'query' | 'mutation' | 'subscription' | undefined;
}

/** A GraphQL error with GitHub's `type` (NOT_FOUND, FORBIDDEN, …). */
class GitHubGraphQLFailure extends Error {
  constructor(
    message: string,
    readonly type: string,
  ) {
    super(message);
  }
}

export async function answerGraphQL(context: FakeContext, requestBody: unknown): Promise<GraphQLAnswer> {
  const { query, variables, operationName } = (requestBody ?? {}) as {
    query?: unknown;
    variables?: Record<string, unknown>;
    operationName?: string;
  };
  if (typeof query !== 'string') {
    const message = 'A query attribute must be specified and must be a string.';
    return { status: 200, body: { errors: [{ message }] }, problems: [message], operation: undefined };
  }
  let document: DocumentNode;
  try {
    document = parse(query);
  } catch (error) {
    const formatted = error instanceof GraphQLError ? error.toJSON() : { message: String(error) };
    return {
      status: 200,
      body: { errors: [formatted] },
      problems: [formatted.message],
      operation: undefined,
    };
  }
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === 'OperationDefinition' &&
      (!operationName || definition.name?.value === operationName),
  )?.operation;
  const validationErrors = validate(githubGraphQLSchema(), document);
  if (validationErrors.length > 0) {
    const errors = validationErrors.map((error) => ({
      ...error.toJSON(),
      extensions: { code: 'invalidQuery' },
    }));
    return { status: 200, body: { errors }, problems: errors.map((error) => error.message), operation };
  }
  if (operation !== 'query') {
    const message = `the fake GitHub answers queries only, not a ${operation ?? 'missing operation'}`;
    return { status: 200, body: { errors: [{ message }] }, problems: [message], operation };
  }
  const result = await execute({
    schema: githubGraphQLSchema(),
    document,
    rootValue: queryRoot(context),
    variableValues: variables ?? {},
    operationName,
  });
  const errors = (result.errors ?? []).map(githubStyleError);
  // NOT_FOUND is an answer (a missing repository); anything else means the query was wrong or
  // asked for something this fake does not model.
  const problems = errors.filter((error) => error.type !== 'NOT_FOUND').map((error) => error.message);
  const body = errors.length > 0 ? { data: result.data ?? null, errors } : { data: result.data };
  return { status: 200, body, problems, operation };
}

function githubStyleError(error: GraphQLError): GraphQLFormattedError & { type?: string } {
  const original = error.originalError;
  return original instanceof GitHubGraphQLFailure
    ? { type: original.type, ...error.toJSON() }
    : error.toJSON();
}

function queryRoot(context: FakeContext) {
  const { urls, repo } = context;
  const viewerLogin = context.settings.viewerLogin;
  const viewer = accountFor(viewerLogin);
  return {
    viewer: () => ({
      __typename: 'User',
      id: Buffer.from(`04:User${viewer.id}`).toString('base64'),
      databaseId: viewer.id,
      login: viewerLogin,
      name: null,
      url: `${urls.serverUrl}/${encodeURIComponent(viewerLogin)}`,
      resourcePath: `/${encodeURIComponent(viewerLogin)}`,
    }),
    repository: ({ owner, name }: { owner: string; name: string }) => {
      if (
        owner.toLowerCase() !== repo.owner.toLowerCase() ||
        name.toLowerCase() !== repo.name.toLowerCase()
      ) {
        throw new GitHubGraphQLFailure(
          `Could not resolve to a Repository with the name '${owner}/${name}'.`,
          'NOT_FOUND',
        );
      }
      return repositoryNode(context);
    },
  };
}

function repositoryNode(context: FakeContext) {
  const { urls, repo } = context;
  const ownerAccount = accountFor(repo.owner, 'Organization');
  const node = {
    __typename: 'Repository',
    id: Buffer.from(`010:Repository${repo.fullName}`).toString('base64'),
    name: repo.name,
    nameWithOwner: repo.fullName,
    url: `${urls.serverUrl}/${repo.fullName}`,
    resourcePath: `/${repo.fullName}`,
    isPrivate: false,
    isFork: false,
    owner: {
      __typename: 'Organization',
      id: Buffer.from(`012:Organization${ownerAccount.id}`).toString('base64'),
      login: repo.owner,
      url: `${urls.serverUrl}/${repo.owner}`,
      resourcePath: `/${repo.owner}`,
    },
    defaultBranchRef: async () => {
      const branch = context.settings.defaultBranch;
      const oid = await context.git.resolveCommit(branch);
      return {
        __typename: 'Ref',
        id: Buffer.from(`03:Ref${branch}`).toString('base64'),
        name: branch,
        prefix: 'refs/heads/',
        target: oid ? await gitObjectNode(context, await context.git.objectByOid(oid)) : null,
      };
    },
    // The test repository's one pull request, with its current head (what a re-read before
    // publishing a pass compares with the event's head).
    pullRequest: async ({ number }: { number: number }) => {
      if (number !== repo.pullRequest.number)
        throw new GitHubGraphQLFailure(
          `Could not resolve to a PullRequest with the number of ${number}.`,
          'NOT_FOUND',
        );
      return {
        __typename: 'PullRequest',
        id: Buffer.from(`011:PullRequest${number}`).toString('base64'),
        number,
        headRefOid: repo.headSha,
        baseRefOid: repo.baseSha,
        headRefName: repo.pullRequest.headBranch,
        baseRefName: repo.pullRequest.baseBranch,
      };
    },
    object: async ({ expression, oid }: { expression?: string; oid?: string }) => {
      const found =
        expression !== undefined
          ? await context.git.object(expression)
          : oid
            ? await context.git.objectByOid(oid)
            : undefined;
      return gitObjectNode(context, found);
    },
  };
  return node;
}

async function gitObjectNode(
  context: FakeContext,
  object: GitObject | undefined,
): Promise<Record<string, unknown> | null> {
  if (!object) return null;
  const { urls, repo } = context;
  const common = {
    id: Buffer.from(`${object.type}:${object.oid}`).toString('base64'),
    oid: object.oid,
    abbreviatedOid: object.oid.slice(0, 7),
    commitResourcePath: `/${repo.fullName}/commit/${object.oid}`,
    commitUrl: `${urls.serverUrl}/${repo.fullName}/commit/${object.oid}`,
    repository: () => repositoryNode(context),
  };
  if (object.type === 'blob') {
    const isBinary = object.bytes.subarray(0, 8000).includes(0);
    return {
      __typename: 'Blob',
      ...common,
      byteSize: object.bytes.length,
      isBinary,
      isTruncated: false,
      text: isBinary ? null : object.bytes.toString('utf8'),
    };
  }
  if (object.type === 'tree') {
    return {
      __typename: 'Tree',
      ...common,
      entries: object.entries.map((entry) => treeEntryNode(context, entry)),
    };
  }
  return {
    __typename: 'Commit',
    ...common,
    message: object.message,
    messageHeadline: object.message.split('\n')[0],
    // The check runs stored for this commit, as one check suite (filterBy.checkName honoured).
    checkSuites: () => ({
      nodes: [
        {
          __typename: 'CheckSuite',
          checkRuns: ({ filterBy }: { filterBy?: { checkName?: string } }) => ({
            nodes: context.state.checkRuns
              .filter(
                (run) =>
                  run.headSha === object.oid &&
                  (filterBy?.checkName === undefined || run.name === filterBy.checkName),
              )
              .map((run) => ({
                __typename: 'CheckRun',
                databaseId: run.id,
                name: run.name,
                status: run.status.toUpperCase(),
                conclusion: run.conclusion === null ? null : run.conclusion.toUpperCase(),
                startedAt: run.startedAt,
                completedAt: run.completedAt,
                title: run.output.title,
                summary: run.output.summary,
                text: run.output.text,
                annotations: { totalCount: run.annotations.length },
              })),
          }),
        },
      ],
    }),
  };
}

function treeEntryNode(context: FakeContext, entry: GitTreeEntry) {
  const dot = entry.name.lastIndexOf('.');
  return {
    name: entry.name,
    nameRaw: Buffer.from(entry.name).toString('base64'),
    path: entry.path,
    pathRaw: Buffer.from(entry.path).toString('base64'),
    type: entry.type,
    mode: parseInt(entry.mode, 8),
    oid: entry.oid,
    size: entry.size,
    extension: dot > 0 ? entry.name.slice(dot) : null,
    isGenerated: false,
    object: async () => gitObjectNode(context, await context.git.objectByOid(entry.oid)),
  };
}
