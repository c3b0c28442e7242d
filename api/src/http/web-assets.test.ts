import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { setupWebAssets } from './web-assets';

function appWith(files: Record<string, string>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-assets-'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  const app = express();
  setupWebAssets(app, dir);
  app.use((_req, res) => res.status(404).end());
  return app;
}

describe('web assets', () => {
  const app = appWith({ 'index-abc.js': 'console.log("乌镇");'.repeat(50), 'style-abc.css': 'body{}', 'logo.png': 'png' });

  it('serves scripts gzipped, as JavaScript, cached for good, with an ETag', async () => {
    const res = await request(app).get('/assets/index-abc.js').set('Accept-Encoding', 'gzip').expect(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.headers['cache-control']).toContain('immutable');
    expect(res.text).toContain('乌镇');
    await request(app).get('/assets/index-abc.js').set('If-None-Match', res.headers.etag).expect(304);
  });

  it('serves identity bytes to a client that does not take gzip', async () => {
    const res = await request(app).get('/assets/style-abc.css').set('Accept-Encoding', 'identity').expect(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.text).toBe('body{}');
  });

  it('leaves other files and unknown names to the next handler', async () => {
    await request(app).get('/assets/logo.png').expect(404);
    await request(app).get('/assets/nothing.js').expect(404);
  });

  it('serves nothing when there is no build yet', () => {
    expect(() => setupWebAssets(express(), '/nonexistent/assets')).not.toThrow();
  });
});
