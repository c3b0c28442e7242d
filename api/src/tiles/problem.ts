/** RFC 9457 problem details, as every error of the tiles router answers them. */
import type { Response } from 'express';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
}

export function sendProblem(res: Response, problem: Problem, headers: Record<string, string> = {}): void {
  const body = JSON.stringify(problem);
  res.status(problem.status);
  for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
  res.setHeader('Content-Type', 'application/problem+json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.setHeader('Cache-Control', 'no-store');
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

export const problemType = (slug: string) => `/problems/${slug}`;
