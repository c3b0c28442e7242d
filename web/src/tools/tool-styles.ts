/**
 * The style layers each planner tool draws with: one GeoJSON source per tool, layer ids
 * prefixed `tool-`. Colours are chosen apart from the thematic palette so a measurement or a
 * reach band is never read as a place.
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { FONT_STACK } from '../map/basemap-style';

export const TOOL_COLOURS = {
  measure: '#0B5CAD',
  ring: '#444444',
  road: '#E66100',
  hsr: '#5D3A9B',
  zone: '#C2185B',
  halo: '#FFFFFF',
} as const;

export const TOOL_SOURCES = { measure: 'tool-measure', reach: 'tool-reach', zone: 'tool-zone' } as const;

export function measureLayers(): LayerSpecification[] {
  const source = TOOL_SOURCES.measure;
  return [
    { id: 'tool-measure-fill', type: 'fill', source, filter: ['==', ['get', 'part'], 'area'], paint: { 'fill-color': TOOL_COLOURS.measure, 'fill-opacity': 0.15 } },
    {
      id: 'tool-measure-line',
      type: 'line',
      source,
      filter: ['in', ['get', 'part'], ['literal', ['path', 'area']]],
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': TOOL_COLOURS.measure, 'line-width': 2.5 },
    },
    {
      id: 'tool-measure-vertices',
      type: 'circle',
      source,
      filter: ['==', ['get', 'part'], 'vertex'],
      paint: {
        'circle-radius': ['case', ['get', 'last'], 6, 4.5],
        'circle-color': TOOL_COLOURS.halo,
        'circle-stroke-color': TOOL_COLOURS.measure,
        'circle-stroke-width': 2.5,
      },
    },
  ];
}

const modeColour: ExpressionSpecification = ['match', ['get', 'mode'], 'road', TOOL_COLOURS.road, 'hsr', TOOL_COLOURS.hsr, TOOL_COLOURS.ring];

export function reachLayers(): LayerSpecification[] {
  const source = TOOL_SOURCES.reach;
  return [
    {
      id: 'tool-reach-band-fill',
      type: 'fill',
      source,
      // only the road bands are tinted: four stacked fills would wash the map out
      filter: ['all', ['==', ['get', 'kind'], 'band'], ['==', ['get', 'mode'], 'road']],
      paint: { 'fill-color': modeColour, 'fill-opacity': 0.05 },
    },
    {
      id: 'tool-reach-band-line',
      type: 'line',
      source,
      filter: ['==', ['get', 'kind'], 'band'],
      paint: {
        'line-color': modeColour,
        'line-width': ['case', ['==', ['get', 'hours'], 1], 2.5, 1.5],
        'line-opacity': 0.9,
      },
    },
    {
      id: 'tool-reach-ring',
      type: 'line',
      source,
      filter: ['==', ['get', 'kind'], 'ring'],
      paint: { 'line-color': TOOL_COLOURS.ring, 'line-width': 1.2, 'line-dasharray': [4, 3] },
    },
    {
      id: 'tool-reach-origin',
      type: 'circle',
      source,
      filter: ['==', ['get', 'kind'], 'origin'],
      paint: { 'circle-radius': 5, 'circle-color': TOOL_COLOURS.ring, 'circle-stroke-color': TOOL_COLOURS.halo, 'circle-stroke-width': 2 },
    },
    {
      id: 'tool-reach-labels',
      type: 'symbol',
      source,
      filter: ['==', ['get', 'kind'], 'label'],
      layout: { 'text-field': ['get', 'text'], 'text-font': FONT_STACK, 'text-size': 12, 'text-allow-overlap': false },
      paint: { 'text-color': modeColour, 'text-halo-color': TOOL_COLOURS.halo, 'text-halo-width': 1.6 },
    },
  ];
}

export function zoneLayers(): LayerSpecification[] {
  const source = TOOL_SOURCES.zone;
  return [
    {
      id: 'tool-zone-buffer',
      type: 'line',
      source,
      filter: ['==', ['get', 'part'], 'buffer'],
      paint: { 'line-color': TOOL_COLOURS.zone, 'line-width': 1.5, 'line-dasharray': [2, 2], 'line-opacity': 0.8 },
    },
    {
      id: 'tool-zone-outline',
      type: 'line',
      source,
      filter: ['==', ['get', 'part'], 'zone'],
      paint: { 'line-color': TOOL_COLOURS.zone, 'line-width': 2.5 },
    },
    {
      id: 'tool-zone-hit-lines',
      type: 'line',
      source,
      filter: ['all', ['==', ['get', 'part'], 'hit'], ['!=', ['geometry-type'], 'Point']],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': TOOL_COLOURS.zone, 'line-width': 7, 'line-opacity': 0.35 },
    },
    {
      id: 'tool-zone-hit-points',
      type: 'circle',
      source,
      filter: ['all', ['==', ['get', 'part'], 'hit'], ['==', ['geometry-type'], 'Point']],
      paint: { 'circle-radius': 9, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': TOOL_COLOURS.zone, 'circle-stroke-width': 2.5 },
    },
  ];
}
