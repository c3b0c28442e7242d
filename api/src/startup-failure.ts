/**
 * What start-up prints when it cannot start: one line naming the file, the record or key, and
 * what to do (the errors of core/ carry all three), then exit 1. The stack only with DEBUG=1:
 * a curator fixing a record needs the record, not our call chain.
 */

const PREFIX = 'Wuzhen Atlas cannot start:';

/** The one line for `error`. */
export function startupFailureLine(error: unknown): string {
  return `${PREFIX} ${describe(error).replace(/\s*[\r\n]+\s*/g, ' ').trim()}`;
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return `${String(error)} (DEBUG=1 prints more)`;
  // our data errors say what to do themselves
  if (typeof (error as { fix?: unknown }).fix === 'string') return error.message;
  // the database: unreachable, locked by another process, or a bad DATABASE_URL
  if (['UnavailableError', 'DatabaseLockedError', 'DatabaseConfigError'].includes(error.name)) {
    return `${error.message}; check DATABASE_URL (PostgreSQL) or DATA_DIR (the embedded database)`;
  }
  const system = error as NodeJS.ErrnoException & { port?: number };
  if (system.code === 'EADDRINUSE') return `port ${system.port ?? ''} is in use; set PORT to a free port or stop the other server`.replace('port  is', 'the port is');
  if (system.code === 'EADDRNOTAVAIL' && system.syscall === 'listen') {
    return `Cannot listen on ${(system as { address?: string }).address ?? 'that address'} port ${system.port ?? ''} (EADDRNOTAVAIL): check HOST and PORT.`;
  }
  if (system.code === 'EACCES' && system.syscall === 'listen') return `port ${system.port ?? ''} needs privileges; set PORT to 1024 or above`;
  if (system.path) return `${system.path}: ${error.message}; check that file (DEBUG=1 prints the stack)`;
  return `${error.name}: ${error.message} (unexpected; DEBUG=1 prints the stack)`;
}

/** DEBUG=1 (or true) asks for the stack under the line. */
export function wantsStack(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.DEBUG === '1' || env.DEBUG === 'true';
}

export function exitOnStartupFailure(error: unknown, env: NodeJS.ProcessEnv = process.env): never {
  console.error(startupFailureLine(error));
  if (wantsStack(env) && error instanceof Error && error.stack) console.error(error.stack);
  process.exit(1);
}
