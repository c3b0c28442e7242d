/**
 * The real server (`node --import tsx api/src/server.ts`) as a child process on a free loopback
 * port, for tests and benchmarks that must not share an event loop with their client, or that
 * are about the process itself (start-up, signals, exit codes).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { REPO_ROOT } from '../../src/config';

export interface SpawnedServer {
  child: ChildProcess;
  port: number;
  origin: string;
  /** everything the process printed so far */
  output(): { stdout: string; stderr: string };
  /** resolves when the process has exited */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGTERM (or `signal`), then the exit */
  stop(signal?: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export interface SpawnOptions {
  /** extra environment (PLACES_DIR, CORPUS_DIR, RATE_LIMIT…) */
  env?: Record<string, string>;
  /** wait for /api/health to answer 200 before resolving (default true) */
  waitForHealth?: boolean;
  timeoutMs?: number;
  /** the checkout whose server to run (default: this one; a benchmark may start an older one beside it) */
  root?: string;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export async function spawnServer(options: SpawnOptions = {}): Promise<SpawnedServer> {
  const port = await freePort();
  const root = options.root ?? REPO_ROOT;
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'api/src/server.ts')], {
    cwd: root,
    // loopback only, whatever HOST the caller's shell has; a test of HOST passes its own.
    // Each server its own database: the embedded one in memory unless the test names another.
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: 'memory://', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const origin = `http://127.0.0.1:${port}`;
  const server: SpawnedServer = {
    child,
    port,
    origin,
    output: () => ({ stdout, stderr }),
    exited,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
  if (options.waitForHealth === false) return server;

  // generous: the embedded database starts slowly on a loaded 2-core machine (see core/db/README.md)
  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  let gone = false;
  void exited.then(() => (gone = true));
  while (!gone && Date.now() < deadline) {
    try {
      const res = await fetch(`${origin}/api/health`);
      if (res.status === 200) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await server.stop('SIGKILL');
  throw new Error(`the server did not become healthy on port ${port}:\n${stderr.slice(-2000)}`);
}
