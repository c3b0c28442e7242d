import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/config';
import { parseResponse } from './raw-http';
import { verifiedLeakMarkers, violations } from './response-checks';

const answer = (status: number, type: string, body: string, extra = '') =>
  parseResponse(
    Buffer.from(
      `HTTP/1.1 ${status} X\r\nContent-Type: ${type}\r\nContent-Security-Policy: default-src 'self'\r\nX-Content-Type-Options: nosniff\r\n${extra}Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    ),
  );
const req = { target: '/x' };

describe('the fuzz checks catch what they look for', () => {
  it('passes a clean problem', () => {
    expect(violations(answer(404, 'application/problem+json; charset=utf-8', '{"type":"/p","title":"t","status":404,"detail":"d"}'), req)).toEqual([]);
  });

  it.each([
    ['a 5xx', answer(500, 'application/problem+json; charset=utf-8', '{"type":"/p","title":"t","status":500,"detail":"d"}'), /status 500/],
    ['an HTML error', answer(404, 'text/html; charset=utf-8', '<h1>nope</h1>'), /error 404 as text\/html/],
    ['a stack trace', answer(400, 'application/problem+json; charset=utf-8', '{"type":"/p","title":"t","status":400,"detail":"Error\\n    at handler (/srv/app.ts:10:5)"}'), /stack trace/],
    ['a server path', answer(400, 'application/problem+json; charset=utf-8', JSON.stringify({ type: '/p', title: 't', status: 400, detail: `${REPO_ROOT}/x` })), /server path/],
    ['/etc/passwd', answer(200, 'text/plain; charset=utf-8', 'root:x:0:0:root:/root:/bin/bash'), /etc\/passwd/],
    ['package.json', answer(200, 'application/json; charset=utf-8', '{\n  "name": "wuzhen-atlas"\n}'), /package\.json/],
    ['text without charset', answer(200, 'text/plain', 'hello'), /charset/],
    ['X-Powered-By', answer(200, 'application/octet-stream', 'x', 'X-Powered-By: Express\r\n'), /X-Powered-By/],
  ])('flags %s', (_what, res, pattern) => {
    expect(violations(res, req).join('; ')).toMatch(pattern);
  });

  it('uses markers that are really in their files', () => {
    expect(verifiedLeakMarkers().map(([file]) => file)).toEqual(expect.arrayContaining(['package.json', 'api/src/server.ts', 'tsconfig.json']));
  });
});
