import { describe, expect, it } from 'vitest';
import { TOOL_COLOURS, TOOL_SOURCES, measureLayers, reachLayers, zoneLayers } from './tool-styles';

const all = [
  { source: TOOL_SOURCES.measure, layers: measureLayers() },
  { source: TOOL_SOURCES.reach, layers: reachLayers() },
  { source: TOOL_SOURCES.zone, layers: zoneLayers() },
];

describe('tool overlay styles', () => {
  it('prefixes every source and style layer with tool-, each id once', () => {
    const seen = new Set<string>();
    for (const { source, layers } of all) {
      expect(source.startsWith('tool-')).toBe(true);
      for (const layer of layers) {
        expect(layer.id.startsWith(`${source}-`)).toBe(true);
        expect('source' in layer && layer.source).toBe(source);
        expect(seen.has(layer.id)).toBe(false);
        seen.add(layer.id);
      }
    }
  });

  it('uses valid colours', () => {
    for (const [name, colour] of Object.entries(TOOL_COLOURS)) expect(colour, name).toMatch(/^#[0-9A-F]{6}$/);
  });
});
