import http from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWriteApp, type WriteApp } from '../../test/support/write-app';
import type { ChangeStreams } from './changes';

/** Reads a live event stream until `until` holds for the events seen, then hangs up. */
function readEvents(origin: string, until: (events: { event: string; id: string; data: string }[]) => boolean): Promise<{ headers: http.IncomingHttpHeaders; events: { event: string; id: string; data: string }[] }> {
  return new Promise((resolve, reject) => {
    const req = http.get(`${origin}/api/changes`, { headers: { Accept: 'text/event-stream' } }, (res) => {
      const events: { event: string; id: string; data: string }[] = [];
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) !== -1) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const fields = Object.fromEntries(block.split('\n').filter((l) => !l.startsWith(':')).map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]));
          if (fields.event) events.push({ event: fields.event, id: fields.id, data: fields.data });
        }
        if (until(events)) {
          req.destroy();
          resolve({ headers: res.headers, events });
        }
      });
    });
    req.on('error', reject);
  });
}

describe('GET /api/changes', () => {
  let w: WriteApp;
  let server: http.Server;
  let origin: string;
  beforeAll(async () => {
    w = await openWriteApp('pglite');
    server = await new Promise<http.Server>((resolve) => {
      const s = w.app.listen(0, '127.0.0.1', () => resolve(s));
    });
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    (w.app.locals.changeStreams as ChangeStreams).endAll();
    await new Promise((resolve) => server.close(resolve));
    await w?.close();
  });

  it('streams the current revision on connecting, then the new one after a write', async () => {
    const first = await readEvents(origin, (events) => events.length >= 1);
    expect(first.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    const start = JSON.parse(first.events[0].data).revision as number;
    expect(first.events[0]).toMatchObject({ event: 'revision', id: String(start) });
    expect((await request(w.app).get('/api/health').expect(200)).body.revision).toBe(start);

    const reading = readEvents(origin, (events) => events.length >= 2);
    // wait until the stream is open, so the write's event cannot slip past it
    while ((w.app.locals.changeStreams as ChangeStreams).size === 0) await new Promise((r) => setTimeout(r, 10));
    const etag = (await request(w.app).get('/api/features/wuzhen-light').expect(200)).headers.etag as string;
    await request(w.app).patch('/api/features/wuzhen-light').set('Authorization', `Bearer ${w.token}`).set('If-Match', etag).send({ properties: { notes: 'streamed' } }).expect(200);
    const { events } = await reading;
    const next = JSON.parse(events[1].data).revision as number;
    expect(next).toBeGreaterThan(start);
    expect((await request(w.app).get('/api/health').expect(200)).body.revision).toBe(next);
    expect((w.app.locals.changeStreams as ChangeStreams).size).toBe(0);
  });

  it('is in the OpenAPI document, and takes no query', async () => {
    const doc = (await request(w.app).get('/api/openapi.json').expect(200)).body;
    expect(doc.paths['/api/changes'].get.responses[200].content['text/event-stream']).toBeDefined();
    expect((await request(w.app).get('/api/changes?since=3')).status).toBe(400);
  });
});
