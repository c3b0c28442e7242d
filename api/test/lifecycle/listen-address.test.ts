/**
 * HOST chooses the address the server listens on (the default, unset, is every interface); an
 * address it cannot listen on stops start-up with one line naming HOST and PORT.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnServer, type SpawnedServer } from '../support/spawn-server';

const started: SpawnedServer[] = [];
afterAll(async () => {
  for (const server of started) await server.stop('SIGKILL');
});

async function status(url: string): Promise<number | string> {
  try {
    return (await fetch(url)).status;
  } catch (error) {
    return String(((error as Error).cause as NodeJS.ErrnoException | undefined)?.code ?? error);
  }
}

describe('HOST', () => {
  it('listens on the address it names, and on no other', async () => {
    // 127.0.0.2 is loopback on Linux, but another address than 127.0.0.1
    const server = await spawnServer({ env: { HOST: '127.0.0.2' }, waitForHealth: false });
    started.push(server);
    const health = `http://127.0.0.2:${server.port}/api/health`;
    const deadline = Date.now() + 120_000;
    while ((await status(health)) !== 200 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(await status(health)).toBe(200);
    expect(await status(`http://127.0.0.1:${server.port}/api/health`)).toBe('ECONNREFUSED');
    expect(server.output().stdout).toMatch(new RegExp(`on http://127\\.0\\.0\\.2:${server.port}/`));
  });

  it('stops start-up with one line when the address cannot be used', async () => {
    // TEST-NET-1 (RFC 5737): never an address of this machine
    const server = await spawnServer({ env: { HOST: '192.0.2.1' }, waitForHealth: false });
    started.push(server);
    const exit = await Promise.race([server.exited, new Promise<null>((r) => setTimeout(() => r(null), 120_000))]);
    expect(exit?.code).toBe(1);
    const lines = server.output().stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/Cannot listen on 192\.0\.2\.1 port \d+ \(EADDRNOTAVAIL\): check HOST and PORT\./);
  });
});
