import { parseSetCookie } from 'cookie';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { authTestApp, TEST_ADMIN_WRITE_PATH, TEST_WRITE_PATH } from '../../test/support/auth-test-app';
import { createToken, revokeToken } from './bearer-tokens';
import { MemoryAccountStore } from './memory-account-store';
import { addUser } from './users';

const fast = { hashParameters: { logCost: 10 } };

async function setUp() {
  const accounts = new MemoryAccountStore();
  await addUser(accounts, { name: 'ana', role: 'editor', password: 'lantern-canal-7' }, fast);
  await addUser(accounts, { name: 'root', role: 'admin', password: 'admin-passphrase' }, fast);
  const editorToken = (await createToken(accounts, { name: 'ci-bot', role: 'editor' })).token;
  const adminToken = (await createToken(accounts, { name: 'ops', role: 'admin' })).token;
  const { app } = authTestApp({ accounts });
  const signIn = async (user: string, password: string) => {
    const res = await request(app).post('/api/session').send({ user, password }).expect(200);
    const cookie = parseSetCookie(([] as string[]).concat(res.headers['set-cookie'])[0]);
    return { cookie: `${cookie.name}=${cookie.value}`, csrfToken: res.body.csrfToken as string };
  };
  return { accounts, app, editorToken, adminToken, signIn };
}

function expectProblem(res: request.Response, status: number, type: string) {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body).toMatchObject({ type: `/problems/${type}`, status, title: expect.any(String), detail: expect.any(String) });
}

describe('requireEditor / requireRole', () => {
  it('answers a write without credentials with 401 and WWW-Authenticate: Bearer', async () => {
    const { app } = await setUp();
    const res = await request(app).post(TEST_WRITE_PATH);
    expectProblem(res, 401, 'unauthenticated');
    expect(res.headers['www-authenticate']).toBe('Bearer realm="atlas"');
  });

  it('lets a bearer token write, with no CSRF token, as its editor', async () => {
    const { app, editorToken } = await setUp();
    const res = await request(app).post(TEST_WRITE_PATH).set('Authorization', `Bearer ${editorToken}`).expect(201);
    expect(res.body.by).toEqual({ name: 'ci-bot', role: 'editor', via: 'token' });
  });

  it('refuses a revoked, unknown or malformed token with 401 invalid_token', async () => {
    const { app, accounts, editorToken } = await setUp();
    expect(await revokeToken(accounts, 'ci-bot')).toBe(true);
    for (const authorization of [`Bearer ${editorToken}`, 'Bearer atlas_nottherightone', 'Bearer', 'Basic YW5hOmxhbnRlcm4tY2FuYWwtNw==']) {
      const res = await request(app).post(TEST_WRITE_PATH).set('Authorization', authorization);
      expectProblem(res, 401, 'invalid-token');
      expect(res.headers['www-authenticate']).toBe('Bearer realm="atlas", error="invalid_token"');
    }
  });

  it('answers the wrong role with 403, and lets an admin do what an editor may', async () => {
    const { app, editorToken, adminToken } = await setUp();
    const res = await request(app).post(TEST_ADMIN_WRITE_PATH).set('Authorization', `Bearer ${editorToken}`);
    expectProblem(res, 403, 'forbidden-role');
    expect(res.body.detail).toBe('This needs the admin role; ci-bot is an editor.');
    expect((await request(app).post(TEST_ADMIN_WRITE_PATH).set('Authorization', `Bearer ${adminToken}`).expect(201)).body.by.role).toBe('admin');
    expect((await request(app).post(TEST_WRITE_PATH).set('Authorization', `Bearer ${adminToken}`).expect(201)).body.by.name).toBe('ops');
  });

  it('refuses a cookie-borne write without the session CSRF token (403) and lets it through with it', async () => {
    const { app, signIn } = await setUp();
    const ana = await signIn('ana', 'lantern-canal-7');
    expectProblem(await request(app).post(TEST_WRITE_PATH).set('Cookie', ana.cookie), 403, 'csrf-token-mismatch');
    expectProblem(await request(app).post(TEST_WRITE_PATH).set('Cookie', ana.cookie).set('X-CSRF-Token', `${ana.csrfToken}x`), 403, 'csrf-token-mismatch');
    expectProblem(await request(app).post(TEST_WRITE_PATH).set('Cookie', ana.cookie).set('X-CSRF-Token', ''), 403, 'csrf-token-mismatch');
    const ok = await request(app).post(TEST_WRITE_PATH).set('Cookie', ana.cookie).set('X-CSRF-Token', ana.csrfToken).expect(201);
    expect(ok.body.by).toEqual({ name: 'ana', role: 'editor', via: 'session' });
  });

  it("refuses another session's CSRF token", async () => {
    const { app, signIn } = await setUp();
    const ana = await signIn('ana', 'lantern-canal-7');
    const root = await signIn('root', 'admin-passphrase');
    expectProblem(await request(app).post(TEST_WRITE_PATH).set('Cookie', ana.cookie).set('X-CSRF-Token', root.csrfToken), 403, 'csrf-token-mismatch');
  });

  it('gives a signed-in editor 403 on an admin route, and a signed-in admin passage', async () => {
    const { app, signIn } = await setUp();
    const ana = await signIn('ana', 'lantern-canal-7');
    expectProblem(await request(app).post(TEST_ADMIN_WRITE_PATH).set('Cookie', ana.cookie).set('X-CSRF-Token', ana.csrfToken), 403, 'forbidden-role');
    const root = await signIn('root', 'admin-passphrase');
    await request(app).post(TEST_ADMIN_WRITE_PATH).set('Cookie', root.cookie).set('X-CSRF-Token', root.csrfToken).expect(201);
  });

  it('does not fall back to the cookie when a bearer token is bad', async () => {
    const { app, signIn } = await setUp();
    const ana = await signIn('ana', 'lantern-canal-7');
    const res = await request(app).post(TEST_WRITE_PATH).set('Cookie', ana.cookie).set('X-CSRF-Token', ana.csrfToken).set('Authorization', 'Bearer atlas_wrong');
    expectProblem(res, 401, 'invalid-token');
  });
});

describe('authenticate', () => {
  it('keeps reading open and names the editor when there is one', async () => {
    const { app, editorToken, signIn } = await setUp();
    expect((await request(app).get(TEST_WRITE_PATH).expect(200)).body).toEqual({ reading: 'open', editor: null });
    expect((await request(app).get(TEST_WRITE_PATH).set('Authorization', `Bearer ${editorToken}`).expect(200)).body.editor).toEqual({ name: 'ci-bot', role: 'editor', via: 'token' });
    const ana = await signIn('ana', 'lantern-canal-7');
    // a read rides on the cookie without a CSRF token: reads change nothing
    expect((await request(app).get(TEST_WRITE_PATH).set('Cookie', ana.cookie).expect(200)).body.editor).toEqual({ name: 'ana', role: 'editor', via: 'session' });
  });
});
