import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../core/gazetteer/load-gazetteer';
import { compileLayer } from './geodata-build';
import { summaryTable } from './geodata-check';

const VALID = path.resolve(import.meta.dirname, '../core/gazetteer/test/in/valid');

describe('geodata scripts', () => {
  it('summarise counts per layer by status and precision', () => {
    const table = summaryTable(loadGazetteer(VALID)).split('\n');
    expect(table[0]).toMatch(/^layer\s+total\s+existing .* indicative$/);
    expect(table.find((row) => row.startsWith('parks'))).toMatch(/^parks\s+1\s+1\s/);
    expect(table.at(-1)).toMatch(/^all\s+2\s/);
  });

  it('compile one collection per layer with a bbox, empty layers included', () => {
    const records = loadGazetteer(VALID);
    expect(compileLayer(records, 'parks')).toEqual({
      type: 'FeatureCollection',
      bbox: [120.5, 30.75, 120.5, 30.75],
      features: [records[0]],
    });
    expect(compileLayer(records, 'rail')).toEqual({ type: 'FeatureCollection', features: [] });
  });
});
