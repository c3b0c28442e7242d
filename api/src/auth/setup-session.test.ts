import { parseSetCookie } from 'cookie';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { authTestApp, TEST_WRITE_PATH } from '../../test/support/auth-test-app';
import { testApp } from '../../test/support/test-app';
import { MemoryAccountStore } from './memory-account-store';
import { hashSecret } from './secrets';
import { addUser } from './users';

// users are hashed with a cheaper cost here (the string carries it); password-hash.test.ts covers the defaults
const fast = { hashParameters: { logCost: 10 } };
const PASSWORD = 'lantern-canal-7';

async function withUsers() {
  const accounts = new MemoryAccountStore();
  await addUser(accounts, { name: 'ana', role: 'editor', password: PASSWORD }, fast);
  await addUser(accounts, { name: 'root', role: 'admin', password: 'admin-passphrase' }, fast);
  return accounts;
}

function sessionCookie(res: request.Response) {
  const lines = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
  expect(lines).toHaveLength(1);
  return { line: lines[0], ...parseSetCookie(lines[0]) };
}

const signIn = (app: Parameters<typeof request>[0], user = 'ana', password = PASSWORD) => request(app).post('/api/session').send({ user, password });

describe('POST /api/session (sign in)', () => {
  it('sets an httpOnly, SameSite=Strict, Path=/ cookie and answers the session with its CSRF token', async () => {
    const { app } = authTestApp({ accounts: await withUsers() });
    const res = await signIn(app).expect(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toEqual({ user: 'ana', role: 'editor', csrfToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/), expiresAt: expect.any(String) });
    const cookie = sessionCookie(res);
    expect(cookie).toMatchObject({ name: 'atlas_session', httpOnly: true, sameSite: 'strict', path: '/', maxAge: 8 * 3600 });
    expect(cookie.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(cookie.line).toMatch(/; HttpOnly/);
    expect(cookie.line).toMatch(/; SameSite=Strict/);
    // plain http (a laptop on localhost): a Secure cookie would never be sent back
    expect(cookie.secure).toBeFalsy();
    expect(cookie.domain).toBeUndefined();
  });

  it('over https, makes the cookie Secure and __Host- prefixed', async () => {
    const { app } = authTestApp({ accounts: await withUsers(), trustProxy: true });
    const res = await signIn(app).set('X-Forwarded-Proto', 'https').expect(200);
    const cookie = sessionCookie(res);
    expect(cookie).toMatchObject({ name: '__Host-atlas_session', secure: true, httpOnly: true, sameSite: 'strict', path: '/' });
    await request(app).get('/api/session').set('X-Forwarded-Proto', 'https').set('Cookie', `__Host-atlas_session=${cookie.value}`).expect(200);
  });

  it('rotates the session at every sign-in: a new id, and the old one is gone', async () => {
    const accounts = await withUsers();
    const { app } = authTestApp({ accounts });
    const first = sessionCookie(await signIn(app).expect(200)).value!;
    const again = await signIn(app).set('Cookie', `atlas_session=${first}`).expect(200);
    const second = sessionCookie(again).value!;
    expect(second).not.toBe(first);
    await request(app).get('/api/session').set('Cookie', `atlas_session=${first}`).expect(401);
    const now = await request(app).get('/api/session').set('Cookie', `atlas_session=${second}`).expect(200);
    expect(now.body.csrfToken).toBe(again.body.csrfToken);
    expect(accounts.contents().sessions.map((s) => s.idHash)).toEqual([hashSecret(second)]);
  });

  it('reads a chunked body, and refuses one over 1 KB with 413, closing the connection', async () => {
    const { app } = authTestApp({ accounts: await withUsers() });
    const chunked = request(app).post('/api/session').set('Content-Type', 'application/json').set('Transfer-Encoding', 'chunked');
    chunked.write('{"user":"ana",');
    chunked.write(`"password":"${PASSWORD}"}`);
    await chunked.expect(200);
    const declared = request(app).post('/api/session').send({ user: 'ana', password: 'x'.repeat(2000) });
    const big = request(app).post('/api/session').set('Content-Type', 'application/json').set('Transfer-Encoding', 'chunked');
    big.write('{"user":"ana","password":"');
    big.write('x'.repeat(2000));
    big.write('"}');
    for (const res of [await declared, await big]) {
      expect(res.status).toBe(413);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.headers.connection).toBe('close');
    }
  });

  it.each([
    ['text/plain', 'user=ana&password=x', 415],
    ['application/x-www-form-urlencoded', `user=ana&password=${PASSWORD}`, 415],
    ['application/json', '{"user":"ana"}', 400],
    ['application/json', '{"user":"ana","password":7}', 400],
    ['application/json', '["ana","x"]', 400],
    ['application/json', '{"user":', 400],
  ])('refuses a %s body %s with %i problem+json', async (type, body, status) => {
    const { app } = authTestApp({ accounts: await withUsers() });
    const res = await request(app).post('/api/session').set('Content-Type', type).send(body);
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.headers['set-cookie']).toBeUndefined();
  });
});

describe('a wrong password and an unknown user', () => {
  it('answer alike: same status, headers and body', async () => {
    const { app } = authTestApp({ accounts: await withUsers() });
    const answers = await Promise.all([signIn(app, 'ana', 'wrong-password'), signIn(app, 'nobody', 'wrong-password'), signIn(app, 'not a name!', PASSWORD)]);
    const comparable = (res: request.Response) => ({
      status: res.status,
      body: res.body,
      type: res.headers['content-type'],
      authenticate: res.headers['www-authenticate'],
      cookie: res.headers['set-cookie'],
      cache: res.headers['cache-control'],
    });
    expect(answers[0].status).toBe(401);
    expect(answers[0].body).toMatchObject({ type: '/problems/wrong-credentials', status: 401, detail: 'The user name or the password is wrong.' });
    expect(comparable(answers[1])).toEqual(comparable(answers[0]));
    expect(comparable(answers[2])).toEqual(comparable(answers[0]));
  });
});

describe('sign-in rate limit', () => {
  it('allows 5 attempts on a name in 15 minutes, from any address, then 429 with Retry-After, even for the right password', async () => {
    const { app } = authTestApp({ accounts: await withUsers(), trustProxy: true });
    for (let i = 0; i < 5; i++) await signIn(app, 'ana', `guess-${i}`).set('X-Forwarded-For', `192.0.2.${i}`).expect(401);
    const limited = await signIn(app, 'ana', PASSWORD).set('X-Forwarded-For', '192.0.2.99').expect(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(14 * 60);
    expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(limited.body).toMatchObject({ type: '/problems/too-many-sign-ins', status: 429 });
    expect(limited.headers['set-cookie']).toBeUndefined();
    // another name is not held back
    await signIn(app, 'root', 'admin-passphrase').set('X-Forwarded-For', '192.0.2.99').expect(200);
  });

  it('limits an unknown name exactly like a known one', async () => {
    const { app } = authTestApp({ accounts: await withUsers(), loginLimit: { perUser: 2 } });
    const known = [await signIn(app, 'ana', 'x').then((r) => r.status), await signIn(app, 'ana', 'x').then((r) => r.status), await signIn(app, 'ana', 'x').then((r) => r.status)];
    const { app: other } = authTestApp({ accounts: await withUsers(), loginLimit: { perUser: 2 } });
    const unknown = [await signIn(other, 'nobody', 'x').then((r) => r.status), await signIn(other, 'nobody', 'x').then((r) => r.status), await signIn(other, 'nobody', 'x').then((r) => r.status)];
    expect(known).toEqual([401, 401, 429]);
    expect(unknown).toEqual(known);
  });

  it('limits one address trying many names', async () => {
    const { app } = authTestApp({ accounts: await withUsers(), loginLimit: { perAddress: 3 } });
    for (const name of ['a1', 'a2', 'a3']) await signIn(app, name, 'x').expect(401);
    await signIn(app, 'ana', PASSWORD).expect(429);
  });
});

describe('GET /api/session', () => {
  it('answers 401 problem+json when not signed in', async () => {
    const { app } = authTestApp({ accounts: await withUsers() });
    for (const cookie of [undefined, 'atlas_session=', 'atlas_session=forged', `atlas_session=${'A'.repeat(43)}`]) {
      const req = request(app).get('/api/session');
      const res = await (cookie ? req.set('Cookie', cookie) : req);
      expect(res.status).toBe(401);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.headers['www-authenticate']).toMatch(/^Bearer /);
      expect(res.headers['cache-control']).toBe('no-store');
    }
  });

  it('ends with the session lifetime (8 hours)', async () => {
    let now = new Date('2026-12-01T08:00:00Z');
    const { app } = authTestApp({ accounts: await withUsers(), now: () => now });
    const res = await signIn(app).expect(200);
    expect(res.body.expiresAt).toBe('2026-12-01T16:00:00.000Z');
    const cookie = `atlas_session=${sessionCookie(res).value}`;
    now = new Date('2026-12-01T15:59:59Z');
    await request(app).get('/api/session').set('Cookie', cookie).expect(200);
    now = new Date('2026-12-01T16:00:00Z');
    await request(app).get('/api/session').set('Cookie', cookie).expect(401);
    await request(app).post(TEST_WRITE_PATH).set('Cookie', cookie).set('X-CSRF-Token', res.body.csrfToken).expect(401);
  });
});

describe('DELETE /api/session (sign out)', () => {
  it('needs the CSRF token, then ends the session and clears the cookie', async () => {
    const accounts = await withUsers();
    const { app } = authTestApp({ accounts });
    const login = await signIn(app).expect(200);
    const cookie = `atlas_session=${sessionCookie(login).value}`;
    const forged = await request(app).delete('/api/session').set('Cookie', cookie).expect(403);
    expect(forged.body.type).toBe('/problems/csrf-token-mismatch');
    const out = await request(app).delete('/api/session').set('Cookie', cookie).set('X-CSRF-Token', login.body.csrfToken).expect(204);
    expect(sessionCookie(out)).toMatchObject({ name: 'atlas_session', value: '', maxAge: 0, httpOnly: true, path: '/' });
    await request(app).get('/api/session').set('Cookie', cookie).expect(401);
    expect(accounts.contents().sessions).toEqual([]);
  });

  it('answers 204 when already signed out', async () => {
    const { app } = authTestApp({ accounts: await withUsers() });
    await request(app).delete('/api/session').expect(204);
  });
});

describe('secrets at rest', () => {
  it('stores no password, token or session id in plain, only their hashes', async () => {
    const accounts = await withUsers();
    const { app } = authTestApp({ accounts });
    const { createToken } = await import('./bearer-tokens');
    const { token } = await createToken(accounts, { name: 'ci', role: 'editor' });
    const sessionId = sessionCookie(await signIn(app).expect(200)).value!;
    const dump = JSON.stringify(accounts.contents());
    for (const secret of [PASSWORD, 'admin-passphrase', token, token.slice('atlas_'.length), sessionId]) expect(dump).not.toContain(secret);
    expect(dump).toContain(hashSecret(token));
    expect(dump).toContain(hashSecret(sessionId));
    for (const user of accounts.contents().users) expect(user.passwordHash).toMatch(/^\$scrypt\$ln=\d+,r=\d+,p=\d+\$/);
  });
});

describe('in the real app (createApp with accounts)', () => {
  it('signs in and out, and still refuses writes where there are none', async () => {
    const app = testApp({ accounts: await withUsers() });
    const login = await signIn(app).expect(200);
    const cookie = `atlas_session=${sessionCookie(login).value}`;
    expect((await request(app).get('/api/session').set('Cookie', cookie).expect(200)).body.user).toBe('ana');
    await request(app).delete('/api/session').set('Cookie', cookie).set('X-CSRF-Token', login.body.csrfToken).expect(204);
    const put = await request(app).put('/api/session').expect(405);
    expect(put.headers.allow).toBe('GET, HEAD, OPTIONS, POST, DELETE');
    expect((await request(app).post('/api/layers/parks').set('Cookie', cookie).expect(405)).headers.allow).toBe('GET, HEAD, OPTIONS');
    await request(app).get('/api/layers').expect(200);
    const openapi = (await request(app).get('/api/openapi.json').expect(200)).body;
    expect(Object.keys(openapi.paths['/api/session'])).toEqual(['get', 'post', 'delete']);
  });

  it('has no sign-in without accounts: read-only as before', async () => {
    const app = testApp();
    expect((await signIn(app)).status).toBe(405);
    await request(app).get('/api/session').expect(404);
    expect((await request(app).get('/api/openapi.json').expect(200)).body.paths['/api/session']).toBeUndefined();
  });
});
