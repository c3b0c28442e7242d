import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GazetteerError, listLayerFiles, loadGazetteer, parseLayerFile, sourceFileOf } from './load-gazetteer';

const IN = path.join(import.meta.dirname, 'test/in');
const PLACES = path.resolve(import.meta.dirname, '../../geodata/places');

function loadError(dir: string): GazetteerError {
  try {
    loadGazetteer(path.join(IN, dir));
  } catch (error) {
    expect(error).toBeInstanceOf(GazetteerError);
    return error as GazetteerError;
  }
  throw new Error(`expected ${dir} to fail to load`);
}

describe('loadGazetteer', () => {
  it('loads a small valid gazetteer and remembers each record\'s file', () => {
    const records = loadGazetteer(path.join(IN, 'valid'));
    expect(records.map((r) => r.id)).toEqual(['test-park', 'test-county']);
    expect(sourceFileOf(records[0])).toBe('parks.geojson');
  });

  it('orders layer files by legend order, admin last', () => {
    expect(listLayerFiles(path.join(IN, 'valid'))).toEqual(['parks.geojson', 'admin.geojson']);
  });

  it('loads the real gazetteer', () => {
    const records = loadGazetteer(PLACES);
    expect(records.length).toBeGreaterThan(40);
    expect(records.find((r) => r.id === 'wuzhen-light')?.properties.layer).toBe('innovation');
  });

  it('names the file when it is not JSON', () => {
    const error = loadError('bad-json');
    expect(error.file).toBe('parks.geojson');
    expect(error.recordId).toBeNull();
    expect(error.message).toMatch(/^parks\.geojson: not valid JSON/);
  });

  it('names file, record and field when a property is missing', () => {
    const error = loadError('missing-name-en');
    expect(error.recordId).toBe('test-park');
    expect(error.message).toContain('parks.geojson record "test-park"');
    expect(error.message).toContain('properties.name_en');
  });

  it('rejects a status outside the vocabulary', () => {
    expect(loadError('unknown-status').message).toMatch(/properties\.status/);
  });

  it('rejects a collection that is not a FeatureCollection', () => {
    expect(() => parseLayerFile('zones.geojson', '{"type":"Feature"}')).toThrow(/zones\.geojson: not a GeoJSON FeatureCollection/);
  });

  it('numbers a record that has no id', () => {
    const text = JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', geometry: null, properties: {} }] });
    expect(() => parseLayerFile('parks.geojson', text)).toThrow(/record "#1 \(no id\)"/);
  });

  it('throws a named error when the directory is missing', () => {
    expect(() => loadGazetteer(path.join(IN, 'no-such-dir'))).toThrow(GazetteerError);
  });
});
