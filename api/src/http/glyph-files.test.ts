import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { setupGlyphFiles } from './glyph-files';

function appWith(files: Record<string, Buffer>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-glyphs-'));
  for (const [name, bytes] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), bytes);
  }
  const app = express();
  setupGlyphFiles(app, dir);
  app.use((_req, res) => res.status(404).end());
  return app;
}

const binary = (res: request.Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

describe('glyph files', () => {
  const range = Buffer.alloc(4000, 7);
  const app = appWith({ 'Test Sans/0-255.pbf': range, 'Test Sans/labels.pbf': Buffer.from([0x0a, 0x00]), 'README.md': Buffer.from('# x') });

  it('serves a glyph file gzipped, as protobuf, revalidated by a strong ETag', async () => {
    const res = await request(app).get('/glyphs/Test%20Sans/0-255.pbf').set('Accept-Encoding', 'gzip').buffer(true).parse(binary).expect(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['content-type']).toBe('application/x-protobuf');
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers.etag).toMatch(/^"/);
    expect(Number(res.headers['content-length'])).toBeLessThan(range.length / 10);
    // supertest has already gunzipped it
    expect((res.body as Buffer).equals(range)).toBe(true);
    await request(app).get('/glyphs/Test%20Sans/0-255.pbf').set('If-None-Match', res.headers.etag).expect(304);
  });

  it('serves identity bytes to a client that does not take gzip', async () => {
    const res = await request(app).get('/glyphs/Test%20Sans/labels.pbf').set('Accept-Encoding', 'identity').buffer(true).parse(binary).expect(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect([...(res.body as Buffer)]).toEqual([0x0a, 0x00]);
  });

  it('leaves unknown names and other files to the next handler', async () => {
    await request(app).get('/glyphs/Test%20Sans/256-511.pbf').expect(404);
    await request(app).get('/glyphs/Other/0-255.pbf').expect(404);
    await request(app).get('/glyphs/README.md').expect(404);
    await request(app).get('/glyphs/Test%20Sans/..%2F..%2Fpackage.json').expect(404);
  });

  it('serves nothing when there is no build yet', () => {
    expect(() => setupGlyphFiles(express(), '/nonexistent/glyphs')).not.toThrow();
  });
});
