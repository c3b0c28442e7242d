/**
 * What every answer must satisfy, whatever was sent: no 5xx; errors are RFC 9457 problem+json
 * without stack traces or server paths; security headers always; and no byte of a file outside
 * the served folders (system files, the repository's manifest, sources, git metadata).
 */
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../src/config';
import type { RawRequest, RawResponse } from './raw-http';

/** Text that only appears in files the server must never serve. */
export const LEAK_MARKERS: Array<[string, string]> = [
  ['/etc/passwd', 'root:x:0:0:'],
  ['package.json', '"name": "wuzhen-atlas"'],
  ['api/src/server.ts', 'return exitOnStartupFailure(error);'],
  ['tsconfig.json', '"compilerOptions"'],
  ['docs/CONTRACT.md', '# The public HTTP contract'],
  ['.git/config', 'repositoryformatversion'],
  ['.ci/run', 'npm ci --no-audit'],
];

const STACK_TRACE = /\n\s+at [^\n]+:\d+:\d+|\.(ts|js|mjs):\d+:\d+/;
const TEXT_TYPE = /^(text\/|application\/([a-z.+-]*\+)?json|application\/(javascript|geo\+json))/i;

/** Each marker must really be in its file (when the file exists), or the check proves nothing. */
export function verifiedLeakMarkers(): Array<[string, string]> {
  return LEAK_MARKERS.filter(([file, marker]) => {
    const full = path.isAbsolute(file) ? file : path.join(REPO_ROOT, file);
    return fs.existsSync(full) && fs.readFileSync(full, 'latin1').includes(Buffer.from(marker).toString('latin1'));
  });
}

export function violations(res: RawResponse, req: RawRequest, markers = LEAK_MARKERS): string[] {
  const found: string[] = [];
  const type = res.headers['content-type'] ?? '';
  if (res.status >= 500) found.push(`status ${res.status}`);
  if (!res.headers['content-security-policy']) found.push('no Content-Security-Policy');
  if (res.headers['x-content-type-options'] !== 'nosniff') found.push('no X-Content-Type-Options: nosniff');
  if (res.headers['x-powered-by'] !== undefined) found.push('X-Powered-By');
  if (TEXT_TYPE.test(type) && !/charset=utf-8/i.test(type)) found.push(`text without charset: ${type}`);

  if (res.status >= 400) {
    if (!type.startsWith('application/problem+json')) found.push(`error ${res.status} as ${type || 'no content type'}`);
    if (req.method !== 'HEAD') {
      try {
        const problem = JSON.parse(res.body.toString('utf8')) as Record<string, unknown>;
        for (const field of ['type', 'title', 'detail']) if (typeof problem[field] !== 'string') found.push(`problem without ${field}`);
        if (problem.status !== res.status) found.push(`problem status ${String(problem.status)} ≠ ${res.status}`);
      } catch {
        found.push(`error body is not JSON: ${res.body.subarray(0, 80).toString('latin1')}`);
      }
    }
  }

  const text = res.raw.toString('latin1');
  const utf8 = res.body.toString('utf8');
  if (res.status >= 400 && STACK_TRACE.test(utf8)) found.push('stack trace in the body');
  if (res.status >= 400 && (utf8.includes(REPO_ROOT) || utf8.includes('node_modules'))) found.push('server path in the body');
  for (const [file, marker] of markers) {
    if (text.includes(Buffer.from(marker).toString('latin1'))) found.push(`bytes of ${file} in the answer`);
  }
  return found;
}

export function describeRequest(req: RawRequest): string {
  const target = typeof req.target === 'string' ? req.target : req.target.toString('latin1');
  return `${req.method ?? 'GET'} ${JSON.stringify(target.slice(0, 300))} ${JSON.stringify(req.headers ?? {}).slice(0, 300)}`;
}
