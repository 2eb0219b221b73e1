// Error replies in GitHub's shape ({ message, documentation_url, status, errors? }): Octokit turns
// `message` into the RequestError message, and plugin-throttling recognises secondary rate limits
// by the words "secondary rate" in it.

export interface RouteResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Raw bytes instead of JSON (contents with `Accept: application/vnd.github.raw`). */
  rawBody?: Buffer;
  contentType?: string;
}

const DOCS = 'https://docs.github.com/rest';

export function githubError(
  status: number,
  message: string,
  documentationUrl = DOCS,
  extra: object = {},
): RouteResponse {
  return { status, body: { message, documentation_url: documentationUrl, ...extra, status: String(status) } };
}

export function notFound(documentationUrl = DOCS): RouteResponse {
  return githubError(404, 'Not Found', documentationUrl);
}

export function resourceNotAccessible(documentationUrl = DOCS): RouteResponse {
  return githubError(403, 'Resource not accessible by integration', documentationUrl);
}

export function unauthorized(message: 'Requires authentication' | 'Bad credentials'): RouteResponse {
  return githubError(401, message, DOCS);
}

export interface FieldError {
  resource: string;
  field: string;
  code: 'missing' | 'missing_field' | 'invalid' | 'already_exists' | 'unprocessable' | 'custom';
  message?: string;
}

/** 422 "Validation Failed" with field errors, as GitHub answers a rule the schema does not state. */
export function validationFailed(errors: FieldError[], documentationUrl = DOCS): RouteResponse {
  return githubError(422, 'Validation Failed', documentationUrl, { errors });
}

/** 422 "Invalid request." — GitHub's answer to a body that fails its JSON schema. */
export function invalidRequest(message: string, documentationUrl = DOCS): RouteResponse {
  return githubError(422, message, documentationUrl);
}

export const SECONDARY_RATE_LIMIT_MESSAGE =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. ' +
  'If you reach out to GitHub Support for help, please include the request ID FAKE:0000.';
export const SECONDARY_RATE_LIMIT_DOCS =
  'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits';
export const PRIMARY_RATE_LIMIT_MESSAGE =
  'API rate limit exceeded for installation. If you reach out to GitHub Support for help, please include the request ID FAKE:0000.';
export const PRIMARY_RATE_LIMIT_DOCS =
  'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-the-primary-rate-limit';

const REASONS: Record<number, string> = {
  500: 'Server Error',
  502: 'Server Error',
  503: 'Service Unavailable',
  504: 'We couldn\u2019t respond to your request in time. Sorry about that. Please try resubmitting your request and contact us if the problem persists.',
};

/** The body GitHub sends for a bare status (used by fault injection when no body is given). */
export function defaultErrorFor(status: number): RouteResponse {
  if (status === 404) return notFound();
  if (status === 403) return resourceNotAccessible();
  if (status === 401) return unauthorized('Bad credentials');
  if (status === 422) return githubError(422, 'Validation Failed', DOCS, { errors: [] });
  return githubError(status, REASONS[status] ?? `HTTP ${status}`);
}
