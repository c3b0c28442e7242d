import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataFileError } from '../data-file';
import { GazetteerError, listLayerFiles, loadGazetteer, parseLayerFile, sourceFileOf } from './load-gazetteer';

const IN = path.join(import.meta.dirname, 'test/in');
const PLACES = path.resolve(import.meta.dirname, '../../geodata/places');

function loadError(dir: string): DataFileError {
  try {
    loadGazetteer(path.join(IN, dir));
  } catch (error) {
    expect(error).toBeInstanceOf(DataFileError);
    expect((error as Error).message).not.toContain('\n');
    return error as DataFileError;
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
    expect(error.file).toMatch(/test\/in\/bad-json\/parks\.geojson$/);
    expect(error.key).toBeNull();
    expect(error.message).toMatch(/parks\.geojson: not valid JSON at line \d+, column \d+/);
  });

  it('names file, record and field when a property is missing', () => {
    const error = loadError('missing-name-en');
    expect(error.key).toMatch(/^record "test-park" \(line \d+\)$/);
    expect(error.message).toContain('parks.geojson record "test-park"');
    expect(error.message).toContain('properties.name_en');
    expect(error.message).toContain('npm run geodata:check');
  });

  it('rejects a status outside the vocabulary', () => {
    expect(loadError('unknown-status').message).toMatch(/properties\.status/);
  });

  it('rejects a collection that is not a FeatureCollection', () => {
    expect(() => parseLayerFile('zones.geojson', '{"type":"Feature"}')).toThrow(/zones\.geojson type \(line 1\): must be a GeoJSON FeatureCollection/);
  });

  it('numbers a record that has no id', () => {
    const text = JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', geometry: null, properties: {} }] });
    expect(() => parseLayerFile('parks.geojson', text)).toThrow(/record "#1 \(no id\)"/);
  });

  it('throws a named error when the directory is missing or is a file', () => {
    expect(() => loadGazetteer(path.join(IN, 'no-such-dir'))).toThrow(GazetteerError);
    expect(() => loadGazetteer(path.join(IN, 'valid/parks.geojson'))).toThrow(/is a file, not the places folder; set PLACES_DIR/);
  });

  it('names a folder standing in place of a layer file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'places-'));
    try {
      fs.cpSync(path.join(IN, 'valid'), dir, { recursive: true });
      fs.rmSync(path.join(dir, 'parks.geojson'));
      fs.mkdirSync(path.join(dir, 'parks.geojson'));
      expect(() => loadGazetteer(dir)).toThrow(/parks\.geojson: is a folder, not a file/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
