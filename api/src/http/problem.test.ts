import express from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { FileTooLargeError, NoTextLayerError, UnsupportedFormatError } from '../../../core/formats/upload-errors';
import { problemHandler } from './problem';

const app = express()
  .get('/too-large', () => {
    throw new FileTooLargeError(21 * 1024 * 1024, 20 * 1024 * 1024);
  })
  .get('/png', () => {
    throw new UnsupportedFormatError('C:\\fakepath\\scan.png', 'a PNG image', 'png');
  })
  .get('/scan', async (_req, _res, next) => {
    next(new NoTextLayerError(4, 'has no text layer, only images or drawings'));
  })
  .use(problemHandler);

describe('problemHandler and upload errors', () => {
  it('answers each with its status, its code as the problem type, its message and its values', async () => {
    const tooLarge = await request(app).get('/too-large').expect(413);
    expect(tooLarge.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(tooLarge.body).toEqual({
      type: '/problems/file-too-large',
      title: 'Content Too Large',
      status: 413,
      detail: 'The file is 21.0 MB; the limit is 20.0 MB.',
      bytes: 21 * 1024 * 1024,
      limit: 20 * 1024 * 1024,
    });

    const png = await request(app).get('/png').expect(415);
    expect(png.body).toMatchObject({ type: '/problems/unsupported-format', title: 'Unsupported Media Type', detected: 'a PNG image', extension: 'png' });
    expect(png.body.detail).toContain('"scan.png" is a PNG image');

    const scan = await request(app).get('/scan').expect(422);
    expect(scan.body).toMatchObject({ type: '/problems/no-text-layer', title: 'Unprocessable Content', pages: 4 });
    expect(JSON.stringify(scan.body)).not.toMatch(/at .*\.ts:\d+/); // no stack trace
  });
});
