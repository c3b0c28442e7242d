/**
 * RFC 9457 problem details: the one shape every error of the API takes.
 */
import type { ErrorRequestHandler, RequestHandler, Response } from 'express';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  [extension: string]: unknown;
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  416: 'Range Not Satisfiable',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** An error a handler throws on purpose; the central handler turns it into problem+json. */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly slug: string = slugFor(status),
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(detail);
    this.name = 'ProblemError';
  }
}

export class NotFoundError extends ProblemError {
  constructor(kind: string, id: string) {
    super(404, `No ${kind} has the id "${truncate(id)}".`, `unknown-${kind}`, { kind, id: truncate(id) });
  }
}

export class BadParameterError extends ProblemError {
  constructor(parameter: string, detail: string) {
    super(400, `Parameter "${parameter}": ${detail}`, 'bad-parameter', { parameter });
  }
}

function slugFor(status: number): string {
  return (TITLES[status] ?? 'error').toLowerCase().replace(/\s+/g, '-');
}

function truncate(value: string, max = 80): string {
  return value.length > max ? `${value.slice(0, max)}…` : value;
}

export function problemBody(status: number, detail: string, slug = slugFor(status), extensions = {}): ProblemBody {
  return { type: `/problems/${slug}`, title: TITLES[status] ?? 'Error', status, detail, ...extensions };
}

export function sendProblem(res: Response, body: ProblemBody): void {
  res.status(body.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(body));
}

/** Any path nobody handled. */
export const notFoundHandler: RequestHandler = (req, res) => {
  sendProblem(res, problemBody(404, `Nothing is served at ${truncate(req.path)}.`, 'unknown-path'));
};

/**
 * Errors from our handlers, from body parsing or URL decoding (client faults, kept 4xx),
 * and anything unexpected (500, logged, never with a stack trace in the body).
 */
export const problemHandler: ErrorRequestHandler = (err, req, res, _next) => {
  if (res.headersSent) return;
  if (err instanceof ProblemError) {
    sendProblem(res, problemBody(err.status, err.detail, err.slug, err.extensions));
    return;
  }
  const status = clientStatusOf(err);
  if (status) {
    sendProblem(res, problemBody(status, clientDetailOf(err, status)));
    return;
  }
  console.error(`[api] ${req.method} ${truncate(req.originalUrl, 200)} failed:`, err);
  sendProblem(res, problemBody(500, 'The server failed to answer this request.'));
};

/** Errors raised by Express/body-parser for bad client input carry a 4xx status. */
function clientStatusOf(err: unknown): number | null {
  if (err instanceof URIError) return 400;
  const status = (err as { status?: unknown; statusCode?: unknown })?.status ?? (err as { statusCode?: unknown })?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : null;
}

function clientDetailOf(err: unknown, status: number): string {
  if (err instanceof URIError) return 'The request path is not valid percent-encoded UTF-8.';
  if (status === 413) return 'The request body is too large.';
  const type = (err as { type?: unknown }).type;
  return typeof type === 'string' ? `The request could not be read (${type}).` : 'The request could not be read.';
}
