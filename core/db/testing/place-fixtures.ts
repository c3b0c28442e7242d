/** Hand-made places for storage and API tests: sound ones, and the ways a write can be bad. */

/** A sound new place (a laboratory near Wuzhen) with the contract's fields only. */
export function newLab(id = 'test-lab', name_zh = '测试实验室'): Record<string, unknown> {
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [120.49, 30.74] },
    properties: {
      name_zh,
      name_en: 'Test Laboratory',
      aliases: [],
      layer: 'innovation',
      category: 'laboratory',
      status: 'planned',
      precision: 'approximate',
      geometrySource: 'Placed by a test in Wuzhen.',
      passageIds: [],
    },
  };
}

/** Merge patches that must be refused with nothing written, and why. */
export const BAD_PATCHES: [string, unknown][] = [
  ['a point outside the region (lon/lat swapped)', { geometry: { type: 'Point', coordinates: [30.74, 120.49] } }],
  ['a line in a point layer', { geometry: { type: 'LineString', coordinates: [[120.4, 30.7], [120.5, 30.8]] } }],
  ['a position with too many decimals', { geometry: { type: 'Point', coordinates: [120.1234567, 30.7] } }],
  ['an unknown layer', { properties: { layer: 'volcanoes' } }],
  ['an unknown status', { properties: { status: 'imagined' } }],
  ['an unknown precision', { properties: { precision: 'exact' } }],
  ['a required field removed', { properties: { name_zh: null } }],
  ['an unknown property', { properties: { colour: 'red' } }],
  ['a Traditional name', { properties: { aliases: ['烏鎮之光'] } }],
  ['a name of another place', { properties: { aliases: ['乌镇'] } }],
  ['a changed id', { id: 'another-id' }],
  ['not an object', 'hello'],
];

/** A clockwise (so invalid) exterior ring for a zone. */
export const CLOCKWISE_ZONE = {
  type: 'Polygon',
  coordinates: [
    [
      [120.4, 30.7],
      [120.4, 30.8],
      [120.5, 30.8],
      [120.5, 30.7],
      [120.4, 30.7],
    ],
  ],
};
