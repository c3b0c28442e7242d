/**
 * GET /api/search against the real app over the real data (supertest): the answer is each
 * place and passage of the snapshot with the hit's fields after it, gzipped for a client that
 * asks, revalidated by its ETag, the same whether remembered or made afresh.
 */
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { testApp, testStore } from '../../test/support/test-app';

const store = testStore();

describe('GET /api/search', () => {
  it('answers each place and passage as the snapshot holds it, with the hit’s fields after it', async () => {
    const res = await request(testApp()).get('/api/search').query({ q: '乌镇 互联网' }).expect(200);
    expect(res.body.query).toBe('乌镇 互联网');
    expect(res.body.passages.length).toBeGreaterThan(0);
    for (const hit of res.body.passages) {
      const { score, match, matches, snippet, documentTitle, ...passage } = hit;
      expect(passage).toEqual(JSON.parse(JSON.stringify(store.passageById.get(hit.id))));
      expect(documentTitle).toBe(store.documentById.get(hit.documentId)?.title ?? null);
      expect(hit.text.slice(match.start, match.end)).toBe(snippet.text.slice(snippet.start, snippet.end));
      expect([score, matches.length > 0]).toEqual([expect.any(Number), true]);
    }
    const claims = store.claims.search('乌镇 互联网', 20, res.body.features.map((hit: { id: string }) => hit.id));
    expect(claims.length).toBeGreaterThan(0);
    expect(res.body.claims).toEqual(JSON.parse(JSON.stringify(claims)));
    for (const hit of res.body.features) {
      const { score, matchedBy, matchedName, ...feature } = hit;
      expect(feature).toEqual(JSON.parse(JSON.stringify(store.featureById.get(hit.id))));
      expect([score, matchedBy, matchedName]).toEqual([expect.any(Number), expect.any(String), expect.any(String)]);
    }
  });

  it('gzips for a client that accepts it, revalidates by ETag, and answers alike with the cache off', async () => {
    const cached = testApp();
    const plain = await request(cached).get('/api/search').query({ q: '运河' }).expect(200);
    // supertest unzips what it is sent; the header and the length say it came gzipped
    const zipped = await request(cached).get('/api/search').query({ q: '运河' }).set('Accept-Encoding', 'gzip').expect(200);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(Number(zipped.headers['content-length'])).toBeLessThan(Buffer.byteLength(plain.text) / 2);
    expect(zipped.body).toEqual(plain.body);
    expect(zipped.headers.etag).toBe(plain.headers.etag);
    await request(cached).get('/api/search').query({ q: '运河' }).set('If-None-Match', plain.headers.etag).expect(304);

    const uncached = await request(testApp({ searchCacheEntries: 0 })).get('/api/search').query({ q: '运河' }).expect(200);
    expect(uncached.text).toBe(plain.text);
    expect(uncached.headers.etag).toBe(plain.headers.etag);
  });
});
