/** GET /api/basemap in the OpenAPI document: the basemap in use (types/basemap.ts). */
import { BASEMAP_ARCHIVES } from '../../../types/basemap';

export const basemapOpenApiPaths = {
  '/api/basemap': {
    get: {
      summary: 'The basemap in use: an OpenStreetMap extract (basemap-osm) when present, else the committed basemap',
      responses: {
        200: {
          description: 'Where the basemap archive is served, and what the map needs to set up its source',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  archive: { enum: [...BASEMAP_ARCHIVES] },
                  url: { type: 'string', example: '/tiles/basemap.pmtiles' },
                  minzoom: { type: 'integer', minimum: 0 },
                  maxzoom: { type: 'integer', minimum: 0 },
                  bounds: { type: 'array', items: { type: 'number' }, minItems: 4, maxItems: 4, description: 'west, south, east, north' },
                  attribution: { type: 'string', description: 'plain text' },
                  detailMaxZoom: { type: ['integer', 'null'], description: 'the last zoom with full detail; null: complete to maxzoom' },
                  layers: { type: 'array', items: { type: 'string' } },
                },
                required: ['archive', 'url', 'minzoom', 'maxzoom', 'bounds', 'attribution', 'detailMaxZoom', 'layers'],
              },
            },
          },
        },
        500: { description: 'No basemap archive can be read', content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } },
      },
    },
  },
};
