import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataFileError } from '../data-file';
import { loadLayerCatalog } from './layer-catalog';

const REAL = path.resolve(import.meta.dirname, '../../geodata/layers.json');
const real = JSON.parse(fs.readFileSync(REAL, 'utf8'));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'catalog-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function catalogError(catalog: unknown): string {
  const file = path.join(dir, 'layers.json');
  fs.writeFileSync(file, typeof catalog === 'string' ? catalog : JSON.stringify(catalog, null, 2));
  try {
    loadLayerCatalog(file);
  } catch (error) {
    expect(error).toBeInstanceOf(DataFileError);
    return (error as Error).message;
  }
  throw new Error('expected the catalogue to be refused');
}

describe('loadLayerCatalog', () => {
  it('loads the real catalogue, every group listed in legend order', () => {
    const catalog = loadLayerCatalog(REAL);
    expect(catalog.layers.map((l) => l.id)).toContain('parks');
    expect(catalog.groups.map((g) => g.id)).toEqual([...new Set(catalog.layers.map((l) => l.group))]);
  });

  it('names the layer and key the schema refuses', () => {
    const bad = { ...real, layers: real.layers.map((l: { id: string }, i: number) => (i === 3 ? { ...l, geometryType: 'Curve' } : l)) };
    expect(catalogError(bad)).toMatch(/layers\.json layer #4 \("rail"\) \(line \d+\): geometryType: Invalid option/);
  });

  it('names a truncated catalogue with line and column', () => {
    expect(catalogError(JSON.stringify(real, null, 2).slice(0, 1263))).toMatch(/layers\.json: not valid JSON at line \d+, column \d+ \(the file ends early\)/);
  });

  it('refuses an unknown group, a repeated layer and groups out of order', () => {
    const layers = real.layers as Array<{ id: string; group: string }>;
    expect(catalogError({ ...real, layers: layers.map((l) => (l.id === 'rail' ? { ...l, group: 'transit' } : l)) })).toMatch(/layer "rail": names the group "transit"/);
    expect(catalogError({ ...real, layers: [...layers, layers[0]] })).toMatch(/layer "parks": is listed twice/);
    expect(catalogError({ ...real, layers: [...layers.slice(1), layers[0]] })).toMatch(/layer "parks": in group "development" follows a layer of the later group "context"/);
  });
});
