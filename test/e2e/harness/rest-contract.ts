// GitHub's REST contract for the operations policy-gate uses: the subset of @octokit/openapi in
// test/fixtures/github/rest-subset.json, checked in-process with openapi-backend (+ ajv-formats).
// One validator per process: the lazy ("quick") mode compiles each operation on first use.
import { readFileSync } from 'node:fs';
import addFormats from 'ajv-formats';
import type { ErrorObject } from 'ajv';
import { OpenAPIBackend, type Document, type Operation } from 'openapi-backend';

export const REST_SUBSET_PATH = new URL('../../fixtures/github/rest-subset.json', import.meta.url);

export interface ContractRequest {
  method: string;
  path: string;
  query: Record<string, string | string[]>;
  headers: Record<string, string | string[]>;
  body: unknown;
}

export interface ContractError {
  /** Where it is, e.g. `/requestBody/output/annotations`. */
  at: string;
  keyword: string;
  message: string;
  params: Record<string, unknown>;
}

export class RestContract {
  private constructor(private readonly backend: OpenAPIBackend) {}

  private static loading: Promise<RestContract> | undefined;

  static load(): Promise<RestContract> {
    RestContract.loading ??= (async () => {
      const definition = withNullableEnums(JSON.parse(readFileSync(REST_SUBSET_PATH, 'utf8')) as Document);
      const backend = new OpenAPIBackend({
        definition,
        quick: true,
        validate: true,
        ajvOpts: { strict: false, allErrors: true },
        customizeAjv: (ajv) => {
          addFormats.default(ajv);
          return ajv;
        },
      });
      await backend.init();
      return new RestContract(backend);
    })();
    return RestContract.loading;
  }

  /** The operationId for a request, or undefined when the subset has no such operation. */
  operationFor(method: string, path: string): string | undefined {
    return this.match(method, path)?.operationId;
  }

  validateRequest(request: ContractRequest): ContractError[] {
    const operation = this.match(request.method, request.path);
    if (!operation) return [{ at: '', keyword: 'operation', message: 'no such operation', params: {} }];
    const result = this.backend.validateRequest(
      {
        method: request.method.toLowerCase(),
        path: contractPath(request.path),
        query: request.query,
        headers: request.headers,
        body: request.body as never,
      },
      operation,
    );
    return toContractErrors(result.errors);
  }

  /** Statuses the operation does not describe (500, an injected 502) are not checked. */
  validateResponse(operationId: string, status: number, body: unknown): ContractError[] {
    const operation = this.backend.getOperation(operationId);
    if (!operation || !(String(status) in (operation.responses ?? {}))) return [];
    return toContractErrors(this.backend.validateResponse(body, operation, status).errors);
  }

  private match(method: string, path: string): Operation | undefined {
    return this.backend.matchOperation({
      method: method.toLowerCase(),
      path: contractPath(path),
      headers: {},
    });
  }
}

/**
 * OpenAPI 3.0.3: `nullable: true` adds null to the allowed values — also of an `enum`. ajv applies
 * `enum` strictly, so an in-progress check run's `conclusion: null` (what GitHub sends) would fail
 * `{ nullable: true, enum: [...] }`. Put null in such enums.
 */
function withNullableEnums<T>(node: T): T {
  if (Array.isArray(node)) return node.map(withNullableEnums) as T;
  if (!node || typeof node !== 'object') return node;
  const copy: Record<string, unknown> = Object.fromEntries(
    Object.entries(node).map(([key, value]) => [key, withNullableEnums(value)]),
  );
  if (copy.nullable === true && Array.isArray(copy.enum) && !copy.enum.includes(null))
    copy.enum = [...copy.enum, null];
  return copy as T;
}

/**
 * openapi-backend matches one path segment per parameter, but `contents/{path}` is multi-segment
 * (`x-multi-segment`): GitHub takes `a/b.json` and `a%2Fb.json` alike, so match the encoded form.
 */
function contractPath(path: string): string {
  const contents = /^(\/repos\/[^/]+\/[^/]+\/contents\/)(.+)$/.exec(path);
  return contents ? `${contents[1]}${(contents[2] ?? '').replaceAll('/', '%2F')}` : path;
}

function toContractErrors(errors: readonly ErrorObject[] | null | undefined): ContractError[] {
  return (errors ?? []).map((error) => ({
    at: error.instancePath,
    keyword: error.keyword,
    message: error.message ?? '',
    params: error.params,
  }));
}

/** GitHub's wording for a schema failure ("Invalid request.\n\n…"), as Octokit users see it. */
export function githubInvalidRequestMessage(errors: ContractError[], body: unknown): string {
  const details = errors
    .filter((error) => error.keyword !== 'anyOf' && error.keyword !== 'oneOf')
    .map((error) => {
      const field = error.at.replace(/^\/(requestBody|query|path|headers)\/?/, '').replaceAll('/', '.');
      const params = error.params;
      switch (error.keyword) {
        case 'maxItems':
          return `No more than ${String(params.limit)} items are allowed; ${suppliedCount(body, error.at)} were supplied.`;
        case 'required':
          return `"${String(params.missingProperty)}" wasn't supplied.`;
        case 'enum':
          return `For '${field}', value is not a member of ${JSON.stringify(params.allowedValues)}.`;
        case 'type':
          return `For '${field}', value is not ${String(params.type)}.`;
        case 'maxLength':
          return `For '${field}', value is too long (maximum is ${String(params.limit)} characters).`;
        default:
          return `${field || 'request'} ${error.message}.`;
      }
    });
  return ['Invalid request.', ...new Set(details)].join('\n\n');
}

function suppliedCount(body: unknown, at: string): string {
  if (!at.startsWith('/requestBody')) return 'more';
  let node: unknown = body;
  for (const key of at.split('/').slice(2)) {
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
  }
  return Array.isArray(node) ? String(node.length) : 'more';
}
