/**
 * SIGTERM stops new connections, lets the request in flight finish (a 900 KB archive read by a
 * client that has stalled), closes idle keep-alive connections, and exits 0.
 */
import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { spawnServer } from '../support/spawn-server';

describe('SIGTERM', () => {
  it('drains the request in flight, then exits 0', async () => {
    const server = await spawnServer({ env: { RATE_LIMIT: 'off' } });
    const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
    try {
      // an idle keep-alive connection must not hold the process open
      await new Promise<void>((resolve, reject) =>
        http.get(`${server.origin}/api/health`, { agent }, (res) => res.resume().on('end', resolve)).on('error', reject),
      );

      const expected = Number((await fetch(`${server.origin}/tiles/basemap.pmtiles`, { method: 'HEAD' })).headers.get('content-length'));
      const received = new Promise<{ status: number; bytes: number }>((resolve, reject) => {
        const req = http.get(`${server.origin}/tiles/basemap.pmtiles`, { agent }, (res) => {
          res.pause(); // a slow client: the server's answer waits in its buffers
          setTimeout(() => {
            server.child.kill('SIGTERM');
            setTimeout(() => {
              let bytes = 0;
              res.on('data', (chunk: Buffer) => (bytes += chunk.length));
              res.on('end', () => resolve({ status: res.statusCode!, bytes }));
              res.on('error', reject);
              res.resume();
            }, 500);
          }, 200);
        });
        req.on('error', reject);
      });

      const answer = await received;
      expect(answer).toEqual({ status: 200, bytes: expected });
      const exit = await server.exited;
      expect(exit).toEqual({ code: 0, signal: null });
      expect(server.output().stdout).toMatch(/SIGTERM: draining connections/);
      await expect(fetch(`${server.origin}/api/health`)).rejects.toThrow();
    } finally {
      agent.destroy();
      await server.stop('SIGKILL');
    }
  });
});
