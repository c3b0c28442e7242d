import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { editorForToken } from '../api/src/auth/bearer-tokens';
import { MemoryAccountStore } from '../api/src/auth/memory-account-store';
import { verifyPassword } from '../api/src/auth/password-hash';
import { runAccountsCommand } from './atlas-accounts';

async function run(argv: string[], options: { stdin?: Iterable<string | Buffer>; accounts?: MemoryAccountStore } = {}) {
  const accounts = options.accounts ?? new MemoryAccountStore();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (c) => out.push(String(c)));
  stderr.on('data', (c) => err.push(String(c)));
  const status = await runAccountsCommand(argv, accounts, { stdin: Readable.from(options.stdin ?? []), stdout, stderr });
  return { status, stdout: out.join(''), stderr: err.join(''), accounts };
}

describe('atlas token create / revoke', () => {
  it('prints a working token alone on its last line, and stores only its hash', async () => {
    const { status, stdout, stderr, accounts } = await run(['token', 'create', '--role', 'editor', '--name', 'ci-bot']);
    expect(status).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    const token = lines[lines.length - 1];
    expect(token).toMatch(/^atlas_[A-Za-z0-9_-]{43}$/);
    expect(stderr).toMatch(/shown only now/);
    expect(await editorForToken(accounts, token)).toEqual({ name: 'ci-bot', role: 'editor', via: 'token' });
    expect(JSON.stringify(accounts.contents())).not.toContain(token);
  });

  it('makes admin tokens, and editors by default', async () => {
    const admin = await run(['token', 'create', '--role', 'admin', '--name', 'ops']);
    expect(admin.accounts.contents().tokens[0].role).toBe('admin');
    const plain = await run(['token', 'create', '--name', 'bot']);
    expect(plain.accounts.contents().tokens[0].role).toBe('editor');
  });

  it('revokes by name, once', async () => {
    const { accounts, stdout } = await run(['token', 'create', '--name', 'ci-bot']);
    const token = stdout.trim();
    expect((await run(['token', 'revoke', 'ci-bot'], { accounts })).status).toBe(0);
    expect(await editorForToken(accounts, token)).toBeNull();
    const again = await run(['token', 'revoke', 'ci-bot'], { accounts });
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/No live token is named "ci-bot"/);
  });

  it.each([
    [['token', 'create', '--name', 'ci-bot', '--role', 'root'], 1, /not a role/],
    [['token', 'create', '--name', 'ci bot'], 1, /not a name/],
    [['token', 'create'], 2, /--name NAME/],
    [['token', 'create', '--name'], 2, /Usage/],
    [['token', 'create', '--name', 'x', '--colour', 'red'], 2, /Usage/],
    [['token', 'revoke'], 2, /one NAME/],
    [['token', 'list'], 2, /Unknown command: token list/],
    [[], 2, /No command/],
  ])('refuses %j with status %i', async (argv, status, message) => {
    const result = await run(argv);
    expect(result.status).toBe(status);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
    expect(result.accounts.contents().tokens).toEqual([]);
  });

  it('refuses a name a live token holds', async () => {
    const { accounts } = await run(['token', 'create', '--name', 'ci-bot']);
    const again = await run(['token', 'create', '--name', 'ci-bot'], { accounts });
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/exists/);
  });
});

describe('atlas user add', () => {
  it('reads the password from the first line of stdin and keeps only its hash', async () => {
    const { status, stdout, accounts } = await run(['user', 'add', 'ana', '--role', 'editor'], { stdin: ['lantern-', 'canal-7\r\nignored second line\n'] });
    expect(status).toBe(0);
    expect(stdout).toBe('User "ana" (editor) added.\n');
    const user = await accounts.findUser('ana');
    expect(await verifyPassword('lantern-canal-7', user!.passwordHash)).toBe(true);
    expect(JSON.stringify(accounts.contents())).not.toContain('lantern-canal-7');
  });

  it('decodes a UTF-8 password split between chunks, and takes input without a final newline', async () => {
    const bytes = Buffer.from('乌镇互联网大会会场', 'utf8');
    const { status, accounts } = await run(['user', 'add', '张伟', '--role', 'admin'], { stdin: [bytes.subarray(0, 4), bytes.subarray(4)] });
    expect(status).toBe(0);
    const user = await accounts.findUser('张伟');
    expect(user?.role).toBe('admin');
    expect(await verifyPassword('乌镇互联网大会会场', user!.passwordHash)).toBe(true);
  });

  it.each([
    ['nothing', [], /empty/],
    ['an empty line', ['\n'], /empty/],
    ['a short password', ['short\n'], /shorter than 8/],
  ])('refuses %s on stdin and adds no one', async (_name, stdin, message) => {
    const result = await run(['user', 'add', 'ana'], { stdin });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.accounts.contents().users).toEqual([]);
  });

  it('refuses a taken name', async () => {
    const { accounts } = await run(['user', 'add', 'ana'], { stdin: ['lantern-canal-7\n'] });
    const again = await run(['user', 'add', 'ana'], { stdin: ['another-password\n'], accounts });
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/exists/);
  });
});
