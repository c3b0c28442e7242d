import { afterEach, describe, expect, it, vi } from 'vitest';
import { csrfHeaders, refreshSession } from './use-session';

const LIN = { user: 'lin', role: 'editor', csrfToken: 'token-1', expiresAt: '2030-01-01T00:00:00Z' } as const;

/** The network boundary: GET /api/session answers `status` with `body`, or the request fails. */
function serverSays(status: number | 'down', body: unknown = {}) {
  const fetch = vi.fn(async () => {
    if (status === 'down') throw new TypeError('Failed to fetch');
    return new Response(status === 204 ? null : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('refreshSession', () => {
  it('reads the signed-in editor with role and CSRF token, then null once signed out, undefined from a server without sign-ins', async () => {
    const fetch = serverSays(200, LIN);
    expect(await refreshSession()).toEqual(LIN);
    expect(fetch).toHaveBeenCalledWith('/api/session', expect.objectContaining({ method: 'GET', credentials: 'same-origin' }));
    serverSays(401, { status: 401 });
    expect(await refreshSession()).toBeNull();
    serverSays(404, { status: 404 });
    expect(await refreshSession()).toBeUndefined();
  });

  it('keeps what was known when the API is away', async () => {
    serverSays(200, LIN);
    await refreshSession();
    serverSays('down');
    expect(await refreshSession()).toEqual(LIN);
  });

  it('sends the session CSRF token on the writes that follow (api/write-client.ts)', async () => {
    serverSays(200, LIN);
    await refreshSession();
    const { writeApi } = await import('../api/write-client');
    const fetch = serverSays(204);
    await writeApi.rejectMention('a.doc-000-p001.0.2.wuzhen-light');
    expect((fetch.mock.calls[0] as unknown as [string, RequestInit])[1].headers).toMatchObject({ 'X-CSRF-Token': 'token-1' });
  });
});

describe('csrfHeaders', () => {
  it('is the X-CSRF-Token header of a session, nothing without one', () => {
    expect(csrfHeaders(LIN)).toEqual({ 'X-CSRF-Token': 'token-1' });
    expect(csrfHeaders(null)).toEqual({});
    expect(csrfHeaders(undefined)).toEqual({});
  });
});
