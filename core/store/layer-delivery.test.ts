import { fixedSource } from './atlas-source';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import type { LayerDescriptor } from '../../types/atlas';
import { createApp } from '../../api/src/app';
import { configFromEnv } from '../../api/src/config';
import { testStore } from '../testing/test-store';
import { testApp } from '../../api/test/support/test-app';
import { BytesSource } from '../../tiles/pmtiles/file-source';
import { PMTiles } from 'pmtiles';
import { loadAtlas } from '../load-atlas';
import { deliverLayers } from './layer-delivery';

describe('layer delivery', () => {
  it('delivers every layer of the atlas as GeoJSON today, with no archive built', async () => {
    const res = await request(testApp()).get('/api/layers').expect(200);
    expect(res.body.map((d: LayerDescriptor) => d.delivery)).toEqual(res.body.map(() => 'geojson'));
    expect(res.body.some((d: LayerDescriptor) => 'tiles' in d)).toBe(false);
    expect(testStore().layerArchives.size).toBe(0);
  });

  it('switches a layer to vector tiles just above either limit, not at it', () => {
    const store = testStore();
    const parks = store.layerCollections.get('parks')!;
    const descriptor = store.layers.find((d) => d.id === 'parks')!;
    const bytes = Buffer.byteLength(JSON.stringify(parks));
    const deliver = (maxGeoJsonFeatures: number, maxGeoJsonBytes: number) =>
      deliverLayers([descriptor], store.layerCollections, { maxGeoJsonFeatures, maxGeoJsonBytes }).descriptors[0];
    expect(deliver(parks.features.length, bytes)).toMatchObject({ delivery: 'geojson' });
    expect(deliver(parks.features.length - 1, bytes)).toMatchObject({ delivery: 'vector', tiles: '/tiles/layer-parks.pmtiles' });
    expect(deliver(parks.features.length, bytes - 1)).toMatchObject({ delivery: 'vector' });
  });

  describe('over HTTP, with a threshold that makes the larger layers vector', () => {
    const config = configFromEnv({ GEOJSON_MAX_FEATURES: '10' });
    const store = loadAtlas(config);
    const app = createApp(fixedSource(store), { tilesDir: config.tilesDir, rateLimit: false });

    it('announces the archive in the descriptor and serves it by Range, while the GeoJSON stays', async () => {
      const layers: LayerDescriptor[] = (await request(app).get('/api/layers').expect(200)).body;
      const vector = layers.filter((d) => d.delivery === 'vector').map((d) => d.id);
      expect(vector.sort()).toEqual(layers.filter((d) => d.featureCount > 10).map((d) => d.id).sort());
      const parks = layers.find((d) => d.id === 'parks')!;
      expect(parks.tiles).toBe('/tiles/layer-parks.pmtiles');

      const geojson = await request(app).get('/api/layers/parks').expect(200);
      expect(geojson.body.features).toHaveLength(parks.featureCount);

      const head = await request(app).get(parks.tiles!).set('Range', 'bytes=0-126').expect(206);
      expect(head.headers['content-type']).toBe('application/vnd.pmtiles');
      expect(head.headers['content-range']).toBe(`bytes 0-126/${store.layerArchives.get('layer-parks')!.length}`);
      expect(head.headers.etag).toMatch(/^"[\w-]{27}"$/);
      const whole = await request(app).get(parks.tiles!).buffer(true).parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
      expect((await new PMTiles(new BytesSource(whole.body as Buffer)).getMetadata()) as object).toMatchObject({ vector_layers: [{ id: 'parks' }] });
      await request(app).get(parks.tiles!).set('If-None-Match', head.headers.etag).expect(304);
    });

    it('answers 404 for the archive of a layer that is GeoJSON, or of no layer', async () => {
      await request(app).get('/tiles/layer-stations.pmtiles').expect(404);
      await request(app).get('/tiles/layer-nowhere.pmtiles').expect(404);
    });
  });

  it('refuses a threshold that is not a whole number, naming the variable', () => {
    expect(() => configFromEnv({ GEOJSON_MAX_FEATURES: 'many' })).toThrow(/GEOJSON_MAX_FEATURES.*"many"/);
    expect(() => configFromEnv({ GEOJSON_MAX_BYTES: '-1' })).toThrow(/GEOJSON_MAX_BYTES/);
  });
});
