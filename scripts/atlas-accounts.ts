/**
 * The account commands of `npm run atlas --` (the entry point passes them here with the
 * account store it opened):
 *
 *   token create --name NAME [--role editor|admin]   prints the new token alone on the last line
 *   token revoke NAME
 *   user add NAME [--role editor|admin]              reads the password from the first line of stdin
 *
 * Exit status: 0 done, 1 refused (a taken name, a bad password, nothing to revoke), 2 usage.
 */
import { parseArgs } from 'node:util';
import type { AccountStore, Role } from '../types/accounts';
import { AccountInputError, checkRole } from '../api/src/auth/account-name';
import { createToken, revokeToken } from '../api/src/auth/bearer-tokens';
import { addUser, PASSWORD_RULES } from '../api/src/auth/users';

export const ACCOUNT_COMMANDS = ['token', 'user'] as const;

export interface AccountsIo {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

export const ACCOUNTS_USAGE = `Usage:
  atlas token create --name NAME [--role editor|admin]   a bearer token for scripts (shown once)
  atlas token revoke NAME                                that token stops working at once
  atlas user add NAME [--role editor|admin]              a browser login; the password is read from stdin
Roles: editor (the default) writes places and links; admin also what is reserved to admins.`;

class UsageError extends Error {}

export async function runAccountsCommand(argv: readonly string[], accounts: AccountStore, io: AccountsIo): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options: { name: { type: 'string' }, role: { type: 'string', default: 'editor' } },
      allowPositionals: true,
      strict: true,
    });
    const [noun, verb, ...rest] = positionals;
    const role = (): Role => checkRole(values.role);
    const onlyName = (): string => {
      const names = values.name !== undefined ? [values.name, ...rest] : rest;
      if (names.length !== 1) throw new UsageError(`${noun} ${verb} takes one NAME.`);
      return names[0];
    };

    if (noun === 'token' && verb === 'create') {
      if (values.name === undefined || rest.length) throw new UsageError('token create takes --name NAME.');
      const { token, record } = await createToken(accounts, { name: values.name, role: role() });
      io.stderr.write(`Token "${record.name}" (${record.role}) created. It is shown only now; keep it secret.\n`);
      io.stdout.write(`${token}\n`);
      return 0;
    }
    if (noun === 'token' && verb === 'revoke') {
      const name = onlyName();
      if (await revokeToken(accounts, name)) {
        io.stdout.write(`Token "${name}" revoked.\n`);
        return 0;
      }
      io.stderr.write(`No live token is named "${name}".\n`);
      return 1;
    }
    if (noun === 'user' && verb === 'add') {
      const name = onlyName();
      const userRole = role();
      if (io.stdin.isTTY) io.stderr.write(`Password for ${name} (${PASSWORD_RULES.minLength} characters or more; it is shown as you type, so prefer piping it in): `);
      const password = await readFirstLine(io.stdin);
      const record = await addUser(accounts, { name, role: userRole, password });
      io.stdout.write(`User "${record.name}" (${record.role}) added.\n`);
      return 0;
    }
    throw new UsageError(noun ? `Unknown command: ${[noun, verb].filter(Boolean).join(' ')}.` : 'No command.');
  } catch (err) {
    // parseArgs refuses unknown options and missing values with these codes
    const code = (err as { code?: string }).code;
    if (err instanceof UsageError || code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' || code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      io.stderr.write(`${(err as Error).message}\n${ACCOUNTS_USAGE}\n`);
      return 2;
    }
    if (err instanceof AccountInputError) {
      io.stderr.write(`${err.message}\n`);
      return 1;
    }
    // the store refusing a taken name is a refusal too; anything else (the database down) is not ours to hide
    if (err instanceof Error && /exist|taken|duplicate|unique/i.test(err.message)) {
      io.stderr.write(`${err.message}\n`);
      return 1;
    }
    throw err;
  }
}

/** The first line of a stream, without its line ending; bytes are decoded only once whole. */
async function readFirstLine(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : (chunk as Buffer);
    const newline = bytes.indexOf(0x0a);
    if (newline >= 0) {
      chunks.push(bytes.subarray(0, newline));
      break;
    }
    chunks.push(bytes);
  }
  return Buffer.concat(chunks).toString('utf8').replace(/\r$/, '');
}
