/**
 * The sign-in part of the OpenAPI document (issue #17, docs/CONTRACT.md "Who may write"). Write
 * routes carry `Authorization: Bearer TOKEN`, or the session cookie plus `X-CSRF-Token`.
 */
const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

const sessionSchema = {
  type: 'object',
  properties: {
    user: { type: 'string' },
    role: { enum: ['editor', 'admin'] },
    csrfToken: { type: 'string', description: 'send it as X-CSRF-Token on every write that rides on the cookie' },
    expiresAt: { type: 'string', description: 'ISO 8601; sessions last 8 hours from sign-in, not renewed' },
  },
  required: ['user', 'role', 'csrfToken', 'expiresAt'],
};
const session = (description: string) => ({ description, content: { 'application/json': { schema: sessionSchema } } });

export const sessionOpenApiPaths = {
  '/api/session': {
    get: {
      summary: 'The signed-in browser session (cookie), with its CSRF token',
      responses: { 200: session('Signed in'), 401: problem('Not signed in') },
    },
    post: {
      summary: 'Sign in: sets an httpOnly, SameSite=Strict session cookie (a new one at every sign-in)',
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: { type: 'object', properties: { user: { type: 'string' }, password: { type: 'string' } }, required: ['user', 'password'] },
          },
        },
      },
      responses: {
        200: session('Signed in; Set-Cookie carries the session'),
        400: problem('Not {"user", "password"}'),
        401: problem('The user name or the password is wrong (one answer for both)'),
        413: problem('A body over 1 KB'),
        415: problem('Not application/json'),
        429: problem('Too many attempts from this address or for this name; Retry-After says when to try again'),
      },
    },
    delete: {
      summary: 'Sign out (needs X-CSRF-Token when signed in)',
      parameters: [{ name: 'X-CSRF-Token', in: 'header', required: false, schema: { type: 'string' } }],
      responses: { 204: { description: 'Signed out; the cookie is cleared' }, 403: problem('Signed in, without the session CSRF token') },
    },
  },
};
