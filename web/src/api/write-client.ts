/**
 * The web app's door to the write API (CONTRACT.md "Writing"): the signed-in session, and every
 * write riding on its cookie with the session's CSRF token as X-CSRF-Token.
 */
import type { SessionAnswer } from '../../../types/accounts';
import type { HistoryRecord } from '../../../types/history';
import type { AtlasFeature, FeatureWithPassages } from '../../../types/atlas';
import { ApiError } from './client';

export type { HistoryRecord };

/** The signed-in editor as the server answers it (types/accounts.ts), with the CSRF token writes echo. */
export type Session = SessionAnswer;

/** A refused write: its status, the problem's detail, and the gazetteer rules it broke (400). */
export class WriteError extends ApiError {
  constructor(
    status: number,
    url: string,
    detail: string,
    readonly problems: string[],
  ) {
    super(status, url, detail);
    this.name = 'WriteError';
  }
}

let csrfToken: string | null = null;

async function send(method: string, url: string, options: { body?: unknown; etag?: string; reason?: string; contentType?: string; signal?: AbortSignal } = {}): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (csrfToken) headers['X-CSRF-Token'] = csrfToken;
  if (options.etag) headers['If-Match'] = options.etag;
  // headers carry Latin-1 only: the reason is percent-encoded UTF-8 (CONTRACT.md)
  if (options.reason) headers['X-Atlas-Reason'] = encodeURIComponent(options.reason);
  if (options.body !== undefined) headers['Content-Type'] = options.contentType ?? 'application/json';
  const response = await fetch(url, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    credentials: 'same-origin',
    signal: options.signal,
  });
  if (!response.ok) throw await refusal(response, url);
  return response;
}

async function refusal(response: Response, url: string): Promise<WriteError> {
  let detail = `${response.status} ${response.statusText}`;
  let problems: string[] = [];
  try {
    const problem = (await response.json()) as { detail?: string; problems?: unknown };
    if (problem.detail) detail = problem.detail;
    if (Array.isArray(problem.problems)) problems = problem.problems.map(String);
  } catch {
    // not a problem+json body: keep the status line
  }
  return new WriteError(response.status, url, detail, problems);
}

const featureUrl = (id: string) => `/api/features/${encodeURIComponent(id)}`;

export const writeApi = {
  /** the signed-in editor, null when signed out; `undefined`: this server takes no sign-ins (read-only) */
  async session(signal?: AbortSignal): Promise<Session | null | undefined> {
    try {
      const session = (await (await send('GET', '/api/session', { signal })).json()) as Session;
      csrfToken = session.csrfToken;
      return session;
    } catch (error) {
      if (error instanceof WriteError && error.status === 401) return (csrfToken = null);
      if (error instanceof WriteError && error.status === 404) return undefined;
      throw error;
    }
  },
  async signIn(user: string, password: string): Promise<Session> {
    const session = (await (await send('POST', '/api/session', { body: { user, password } })).json()) as Session;
    csrfToken = session.csrfToken;
    return session;
  },
  async signOut(): Promise<void> {
    await send('DELETE', '/api/session');
    csrfToken = null;
  },
  /** the place as stored now, with the ETag to send back (never from a cache) */
  async feature(id: string, signal?: AbortSignal): Promise<{ feature: FeatureWithPassages; etag: string }> {
    const response = await fetch(featureUrl(id), { signal, cache: 'no-store', headers: { Accept: 'application/json' } });
    if (!response.ok) throw await refusal(response, featureUrl(id));
    return { feature: (await response.json()) as FeatureWithPassages, etag: response.headers.get('ETag') ?? '' };
  },
  async patchFeature(id: string, patch: unknown, etag: string, reason: string): Promise<{ feature: AtlasFeature; etag: string }> {
    const response = await send('PATCH', featureUrl(id), { body: patch, etag, reason, contentType: 'application/merge-patch+json' });
    return { feature: (await response.json()) as AtlasFeature, etag: response.headers.get('ETag') ?? '' };
  },
  async revert(id: string, version: number, etag: string, reason: string): Promise<{ feature: AtlasFeature; etag: string }> {
    const response = await send('POST', `${featureUrl(id)}/revert`, { body: { version }, etag, reason });
    return { feature: (await response.json()) as AtlasFeature, etag: response.headers.get('ETag') ?? '' };
  },
  async history(id: string, signal?: AbortSignal): Promise<HistoryRecord[]> {
    const response = await fetch(`${featureUrl(id)}/history`, { signal, cache: 'no-store', headers: { Accept: 'application/json' } });
    if (!response.ok) throw await refusal(response, `${featureUrl(id)}/history`);
    return (await response.json()) as HistoryRecord[];
  },
  async addMention(mention: { passageId: string; start: number; end: number; featureId: string }, reason?: string): Promise<{ id: string }> {
    return (await (await send('POST', '/api/mentions', { body: mention, reason })).json()) as { id: string };
  },
  async rejectMention(id: string, reason?: string): Promise<void> {
    await send('DELETE', `/api/mentions/${encodeURIComponent(id)}`, { reason });
  },
};
