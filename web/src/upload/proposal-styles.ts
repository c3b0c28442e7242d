/**
 * How the proposals queue draws on the map: a suggestion as an indicative symbol (a soft dashed
 * area, or a hollow disc for a point: "somewhere about here", never a pin), and the editor's
 * placed point as a solid pin. Colours apart from the thematic palette, so neither reads as a place.
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';

export const PROPOSAL_SOURCE = 'proposal-overlay';
export const PROPOSAL_COLOURS = { suggestion: '#B35900', placed: '#C2185B', halo: '#FFFFFF' } as const;

export function proposalLayers(): LayerSpecification[] {
  const source = PROPOSAL_SOURCE;
  const suggestion: ExpressionSpecification = ['==', ['get', 'part'], 'suggestion'];
  return [
    {
      id: 'proposal-suggestion-fill', type: 'fill', source,
      filter: ['all', suggestion, ['==', ['geometry-type'], 'Polygon']],
      paint: { 'fill-color': PROPOSAL_COLOURS.suggestion, 'fill-opacity': 0.12 },
    },
    {
      id: 'proposal-suggestion-outline', type: 'line', source,
      filter: ['all', suggestion, ['!=', ['geometry-type'], 'Point']],
      paint: { 'line-color': PROPOSAL_COLOURS.suggestion, 'line-width': 2, 'line-dasharray': [2, 2] },
    },
    {
      id: 'proposal-suggestion-point', type: 'circle', source,
      filter: ['all', suggestion, ['==', ['geometry-type'], 'Point']],
      paint: {
        'circle-radius': 18, 'circle-color': PROPOSAL_COLOURS.suggestion, 'circle-opacity': 0.15,
        'circle-stroke-color': PROPOSAL_COLOURS.suggestion, 'circle-stroke-width': 2, 'circle-stroke-opacity': 0.8,
      },
    },
    {
      id: 'proposal-placed', type: 'circle', source,
      filter: ['==', ['get', 'part'], 'placed'],
      paint: { 'circle-radius': 7, 'circle-color': PROPOSAL_COLOURS.placed, 'circle-stroke-color': PROPOSAL_COLOURS.halo, 'circle-stroke-width': 2.5 },
    },
  ];
}
