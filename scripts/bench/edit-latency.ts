/**
 * npx tsx scripts/bench/edit-latency.ts [EDITS] — edit latency between processes: two API processes
 * (write-server.ts) on one PostgreSQL database (TEST_DATABASE_URL, a fresh database); each edit is a
 * PATCH through A, then B is polled every 5 ms until it serves the new version. Prints p50/p95/p99/max
 * of PATCH-to-visible-through-B and of the PATCH answer itself.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { openAtlasStorage } from '../../core/db/atlas-storage';
import { createTestDatabase, TEST_DATABASE_URL } from '../../core/db/testing/test-databases';
import { createToken } from '../../api/src/auth/bearer-tokens';

const edits = Number(process.argv[2] ?? 50);
if (!TEST_DATABASE_URL) {
  console.error('set TEST_DATABASE_URL (bash .ci/postgres.sh prints one)');
  process.exit(2);
}

const database = await createTestDatabase('postgres');
const admin = await openAtlasStorage({ database: database.config });
const { token } = await createToken(admin.accounts, { name: 'bench-editor', role: 'editor' });
const servers: ChildProcess[] = [];

async function startServer(): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'write-server.ts')], {
    env: { ...process.env, DATABASE_URL: database.config.databaseUrl },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  servers.push(child);
  const port = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk) => {
      const match = /listening (\d+)/.exec(String(chunk));
      if (match) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`server exited ${code}`)));
  });
  return `http://127.0.0.1:${port}`;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

try {
  const [a, b] = await Promise.all([startServer(), startServer()]);
  const visible: number[] = [];
  const answered: number[] = [];
  for (let i = 0; i < edits; i++) {
    const etag = (await fetch(`${a}/api/features/wuzhen-light`)).headers.get('etag')!;
    const version = Number(/v(\d+)/.exec(etag)![1]) + 1;
    const started = performance.now();
    const res = await fetch(`${a}/api/features/wuzhen-light`, {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${token}`, 'If-Match': etag, 'Content-Type': 'application/merge-patch+json' },
      body: JSON.stringify({ properties: { notes: `bench edit ${i}` } }),
    });
    answered.push(performance.now() - started);
    if (res.status !== 200) throw new Error(`PATCH answered ${res.status}: ${await res.text()}`);
    for (;;) {
      const seen = (await fetch(`${b}/api/features/wuzhen-light`)).headers.get('etag') ?? '';
      if (seen.startsWith(`"v${version}-`)) break;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    visible.push(performance.now() - started);
  }
  const row = (name: string, v: number[]) => `| ${name} | ${v.length} | ${[50, 95, 99].map((p) => percentile(v, p).toFixed(0)).join(' | ')} | ${Math.max(...v).toFixed(0)} |`;
  console.log('| ms | edits | p50 | p95 | p99 | max |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  console.log(row('PATCH answered by A (write + A rebuilt)', answered));
  console.log(row('PATCH → new version served by B', visible));
} finally {
  for (const server of servers) server.kill('SIGTERM');
  await admin.close();
  await new Promise((resolve) => setTimeout(resolve, 500));
  await database.dispose();
}
