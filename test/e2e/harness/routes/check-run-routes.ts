// Check runs: create, get, update. Annotations are appended across requests, as on GitHub, and
// every batch received is kept for assertions.
import { notFound, type RouteResponse } from '../github-errors.js';
import { githubTimestamp, nodeId, simpleUser } from '../github-objects.js';
import { checkRunRule } from '../github-rules.js';
import type { Annotation, StoredCheckRun } from '../fake-state.js';
import type { FakeContext, Route, RouteRequest } from '../fake-context.js';

const CHECKS_DOCS = 'https://docs.github.com/rest/checks/runs';

export const checkRunRoutes: Route[] = [
  { method: 'POST', template: '/repos/{owner}/{repo}/check-runs', handler: createCheckRun },
  { method: 'GET', template: '/repos/{owner}/{repo}/check-runs/{check_run_id}', handler: getCheckRun },
  { method: 'PATCH', template: '/repos/{owner}/{repo}/check-runs/{check_run_id}', handler: updateCheckRun },
];

interface CheckRunBody {
  name?: string;
  head_sha?: string;
  details_url?: string;
  external_id?: string;
  status?: StoredCheckRun['status'];
  conclusion?: string;
  started_at?: string;
  completed_at?: string;
  output?: { title?: string; summary?: string; text?: string; annotations?: Annotation[] };
}

async function createCheckRun(context: FakeContext, request: RouteRequest): Promise<RouteResponse> {
  const body = request.body as CheckRunBody;
  const rejection = checkRunRule(body);
  if (rejection) return rejection;
  if (!(await context.git.resolveCommit(body.head_sha ?? ''))) {
    return {
      status: 422,
      body: {
        message: 'No commit found for SHA: ' + String(body.head_sha),
        documentation_url: CHECKS_DOCS,
        status: '422',
      },
    };
  }
  const now = githubTimestamp(context.now());
  const checkRun: StoredCheckRun = {
    id: context.nextId(),
    name: body.name ?? '',
    headSha: body.head_sha ?? '',
    status: 'queued',
    conclusion: null,
    startedAt: body.started_at ?? now,
    completedAt: null,
    detailsUrl: body.details_url ?? null,
    externalId: body.external_id ?? null,
    output: { title: null, summary: null, text: null },
    annotationBatches: [],
    annotations: [],
  };
  applyUpdate(context, checkRun, body);
  context.state.checkRuns.push(checkRun);
  return { status: 201, body: checkRunObject(context, checkRun) };
}

function findCheckRun(context: FakeContext, request: RouteRequest): StoredCheckRun | undefined {
  return context.state.checkRuns.find((checkRun) => checkRun.id === Number(request.params.check_run_id));
}

async function getCheckRun(context: FakeContext, request: RouteRequest): Promise<RouteResponse> {
  const checkRun = findCheckRun(context, request);
  return checkRun ? { status: 200, body: checkRunObject(context, checkRun) } : notFound(CHECKS_DOCS);
}

async function updateCheckRun(context: FakeContext, request: RouteRequest): Promise<RouteResponse> {
  const checkRun = findCheckRun(context, request);
  if (!checkRun) return notFound(CHECKS_DOCS);
  const body = request.body as CheckRunBody;
  const rejection = checkRunRule(body);
  if (rejection) return rejection;
  applyUpdate(context, checkRun, body);
  return { status: 200, body: checkRunObject(context, checkRun) };
}

function applyUpdate(context: FakeContext, checkRun: StoredCheckRun, body: CheckRunBody): void {
  if (body.name !== undefined) checkRun.name = body.name;
  if (body.details_url !== undefined) checkRun.detailsUrl = body.details_url;
  if (body.external_id !== undefined) checkRun.externalId = body.external_id;
  if (body.started_at !== undefined) checkRun.startedAt = body.started_at;
  if (body.status !== undefined) checkRun.status = body.status;
  if (body.conclusion !== undefined) {
    // "Providing conclusion will automatically set the status parameter to completed."
    checkRun.conclusion = body.conclusion;
    checkRun.status = 'completed';
    checkRun.completedAt = body.completed_at ?? githubTimestamp(context.now());
  }
  const output = body.output;
  if (output) {
    if (output.title !== undefined) checkRun.output.title = output.title;
    if (output.summary !== undefined) checkRun.output.summary = output.summary;
    if (output.text !== undefined) checkRun.output.text = output.text;
    if (output.annotations !== undefined) {
      checkRun.annotationBatches.push(structuredClone(output.annotations));
      checkRun.annotations.push(...structuredClone(output.annotations));
    }
  }
}

export function checkRunObject(context: FakeContext, checkRun: StoredCheckRun) {
  const { apiUrl, serverUrl } = context.urls;
  const full = context.repo.fullName;
  const url = `${apiUrl}/repos/${full}/check-runs/${checkRun.id}`;
  const appOwner = { login: 'github', id: 9919, type: 'Organization' as const };
  return {
    id: checkRun.id,
    head_sha: checkRun.headSha,
    node_id: nodeId('CheckRun', checkRun.id),
    external_id: checkRun.externalId,
    url,
    html_url: `${serverUrl}/${full}/runs/${checkRun.id}`,
    details_url: checkRun.detailsUrl,
    status: checkRun.status,
    conclusion: checkRun.conclusion,
    started_at: checkRun.startedAt,
    completed_at: checkRun.completedAt,
    output: {
      title: checkRun.output.title,
      summary: checkRun.output.summary,
      text: checkRun.output.text,
      annotations_count: checkRun.annotations.length,
      annotations_url: `${url}/annotations`,
    },
    name: checkRun.name,
    check_suite: { id: 1 },
    app: {
      id: 15368,
      slug: 'github-actions',
      node_id: nodeId('Integration', 15368),
      client_id: 'Iv1.fakegithubactions',
      owner: simpleUser(context.urls, appOwner),
      name: 'GitHub Actions',
      description: 'Automate your workflow from idea to production',
      external_url: 'https://help.github.com/en/actions',
      html_url: `${serverUrl}/apps/github-actions`,
      created_at: '2018-07-30T09:30:17Z',
      updated_at: '2024-04-10T20:33:16Z',
      permissions: {
        checks: 'write',
        contents: 'read',
        issues: 'write',
        metadata: 'read',
        pull_requests: 'write',
      },
      events: ['check_run', 'pull_request', 'push'],
    },
    pull_requests: [],
  };
}
