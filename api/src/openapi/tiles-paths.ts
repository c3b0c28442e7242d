/** The /tiles part of the OpenAPI document: PMTiles archives read by HTTP Range requests. */
export const tilesOpenApiPaths = {
  '/tiles/{name}.pmtiles': {
    get: {
      summary: 'A PMTiles v3 archive (basemap.pmtiles is the offline basemap)',
      parameters: [
        { name: 'name', in: 'path', required: true, schema: { type: 'string', pattern: '^[a-z0-9-]{1,64}$' } },
        {
          name: 'Range',
          in: 'header',
          required: false,
          description: 'One byte range (206); several answer 200 with the whole archive. GET only (RFC 9110): a HEAD with Range answers 200 with the whole length and no Content-Range.',
          schema: { type: 'string', example: 'bytes=0-16383' },
        },
      ],
      responses: {
        200: { description: 'The whole archive', content: { 'application/vnd.pmtiles': {} } },
        206: { description: 'The requested byte range', content: { 'application/vnd.pmtiles': {} } },
        304: { description: 'Not modified' },
        404: { description: 'No such archive', content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } },
        416: { description: 'Range not satisfiable', content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } },
      },
    },
  },
};
