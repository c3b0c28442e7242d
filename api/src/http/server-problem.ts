/**
 * problem+json for answers Express never sees: requests Node's parser refuses (written raw to
 * the socket), and requests the server turns away before the app (an unknown `Expect`, a
 * missing `Host`, too many connections from one client). Same shape and headers as the app's.
 */
import type { ServerResponse } from 'node:http';
import { PROBLEM_CONTENT_TYPE, type ProblemBody } from './problem';
import { DATA_SECURITY_HEADERS } from './security';

export interface ServerProblem {
  status: number;
  title: string;
  detail: string;
  /** the `type` is /problems/{slug}; the title in kebab case when omitted */
  slug?: string;
}

export function serverProblemBody({ status, title, detail, slug }: ServerProblem): ProblemBody {
  return { type: `/problems/${slug ?? title.toLowerCase().replace(/\s+/g, '-')}`, title, status, detail };
}

function headersOf(body: string, extra: Record<string, string>): Record<string, string> {
  return {
    ...DATA_SECURITY_HEADERS,
    'Content-Type': PROBLEM_CONTENT_TYPE,
    'Content-Length': String(Buffer.byteLength(body)),
    'Cache-Control': 'no-store',
    ...extra,
    Connection: 'close',
  };
}

/** A whole HTTP/1.1 answer as text, for a socket the parser has given up on; it always closes. */
export function rawProblem(problem: ServerProblem, extra: Record<string, string> = {}): string {
  const body = JSON.stringify(serverProblemBody(problem));
  const head = Object.entries(headersOf(body, extra)).map(([name, value]) => `${name}: ${value}`);
  return [`HTTP/1.1 ${problem.status} ${problem.title}`, ...head, '', body].join('\r\n');
}

/** The same answer through Node's response object, before any app code; the connection closes. */
export function writeProblem(res: ServerResponse, problem: ServerProblem, extra: Record<string, string> = {}): void {
  const body = JSON.stringify(serverProblemBody(problem));
  res.writeHead(problem.status, headersOf(body, extra));
  res.end(res.req?.method === 'HEAD' ? undefined : body);
}
