/** Runs durability-writer.ts in a child process and kills it (SIGKILL) on its Nth acknowledgement. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import type { DatabaseConfig } from '../open-sql-client';

const WRITER = path.join(import.meta.dirname, 'durability-writer.ts');

/** Resolves to the ids the child acknowledged before it died. */
export function killAfterAcks(config: DatabaseConfig, count: number, prefix: string): Promise<string[]> {
  const env = { ...process.env, DATABASE_URL: config.databaseUrl ?? '', DATA_DIR: config.dataDir };
  const child = spawn(process.execPath, ['--import', 'tsx', WRITER, String(count), prefix], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const acked: string[] = [];
  let stderr = '';
  let buffered = '';
  return new Promise((resolve, reject) => {
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.on('data', (chunk) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        if (line.startsWith('ack ')) acked.push(line.slice(4));
        if (acked.length === count) child.kill('SIGKILL');
      }
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL' && acked.length === count) resolve(acked);
      else reject(new Error(`the writer stopped (code ${code}, signal ${signal}) after ${acked.length} acks: ${stderr.slice(-2000)}`));
    });
  });
}
