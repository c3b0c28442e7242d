/**
 * The OpenAPI 3.1 description of the public contract (docs/CONTRACT.md), served at
 * /api/openapi.json. Schemas are written once here and reused by the fuzz tests.
 */
import { PASSAGE_KINDS, PRECISIONS, STATUSES } from '../../../types/atlas';
import { SEARCH_DEFAULTS } from '../routes/search';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ref('Problem') } },
});
const json = (schema: object, description: string, type = 'application/json') => ({
  description,
  content: { [type]: { schema } },
});
const idParameter = (name: string, description: string) => ({
  name,
  in: 'path',
  required: true,
  description,
  schema: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,79}$' },
});

/**
 * Answers every operation may give, whatever its own: the shared query check (http/query-check.ts)
 * and the per-client limits (http/rate-limit.ts, http/connection-cap.ts).
 */
const QUERY_PROBLEM = 'A query key that is repeated, not listed for this path, or not valid percent-encoded UTF-8';
const RATE_LIMITED = {
  ...problemResponse('Too many requests (rate limit), or too many open connections from this address; see Retry-After'),
  headers: { 'Retry-After': { description: 'seconds to wait', schema: { type: 'integer' } } },
};

type Operation = { responses: Record<string, unknown>; [field: string]: unknown };

function withSharedResponses<T extends Record<string, unknown>>(paths: T): T {
  for (const [path, item] of Object.entries(paths)) {
    const operation = (item as { get?: Operation }).get;
    if (!operation) continue;
    const responses = operation.responses;
    if (path.startsWith('/api/')) {
      const own = responses[400] as { description: string } | undefined;
      responses[400] = own ? { ...own, description: `${own.description}; or ${QUERY_PROBLEM[0].toLowerCase()}${QUERY_PROBLEM.slice(1)}` } : problemResponse(QUERY_PROBLEM);
    }
    responses[429] ??= RATE_LIMITED;
  }
  return paths;
}

export function openApiDocument(extraPaths: Record<string, unknown> = {}) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Wuzhen Atlas API',
      version: '1.0.0',
      description:
        'Places, documents and passages of the Wuzhen / Tongxiang / Jiaxing–Huzhou planning corpus. Geometry is WGS84 lon/lat (RFC 7946). ' +
        'Every error is RFC 9457 problem+json, those answered before any route included: a request that is not valid HTTP/1.1 (400, 408, 431), ' +
        'an HTTP/1.1 request without Host (400), an Expect other than 100-continue (417), too many connections from one address (429). ' +
        'Paths are case-sensitive. Every query key may be given once, only those listed for the operation, percent-encoded as UTF-8; else 400.',
    },
    servers: [{ url: '/' }],
    paths: withSharedResponses({
      '/api/health': {
        get: {
          summary: 'Readiness',
          responses: {
            200: json(
              {
                type: 'object',
                properties: {
                  status: { enum: ['ok', 'degraded'], description: 'degraded: a tile archive other than the basemap could not be read at start-up; everything else is served' },
                  basemap: { type: ['string', 'null'], description: 'the basemap archive in use (GET /api/basemap)' },
                  archives: {
                    type: 'object',
                    additionalProperties: { type: 'string' },
                    description: 'each archive in the tiles folder: "ok", or "unreadable: " and what is wrong with it',
                  },
                },
                required: ['status'],
              },
              'Data is loaded and checked',
            ),
          },
        },
      },
      '/api/layers': {
        get: { summary: 'Layer descriptors', responses: { 200: json({ type: 'array', items: ref('LayerDescriptor') }, 'All layers, in legend order') } },
      },
      '/api/layers/{layerId}': {
        get: {
          summary: 'One layer as GeoJSON',
          parameters: [idParameter('layerId', 'A layer id from /api/layers')],
          responses: {
            200: json(ref('FeatureCollection'), 'The layer', 'application/geo+json'),
            304: { description: 'Not modified (If-None-Match)' },
            400: problemResponse('Malformed id'),
            404: problemResponse('Unknown layer'),
          },
        },
      },
      '/api/features/{featureId}': {
        get: {
          summary: 'One feature with the passages that name it',
          parameters: [idParameter('featureId', 'A feature id')],
          responses: {
            200: json({ allOf: [ref('Feature'), { type: 'object', properties: { passages: { type: 'array', items: ref('Passage') } }, required: ['passages'] }] }, 'The feature'),
            400: problemResponse('Malformed id'),
            404: problemResponse('Unknown feature'),
          },
        },
      },
      '/api/documents': {
        get: { summary: 'Document descriptors', responses: { 200: json({ type: 'array', items: ref('DocumentMeta') }, 'All documents') } },
      },
      '/api/documents/{documentId}': {
        get: {
          summary: 'One document with all its passages in reading order',
          parameters: [idParameter('documentId', 'A document id, e.g. doc-000')],
          responses: {
            200: json({ allOf: [ref('DocumentMeta'), { type: 'object', properties: { passages: { type: 'array', items: ref('Passage') } }, required: ['passages'] }] }, 'The document'),
            400: problemResponse('Malformed id'),
            404: problemResponse('Unknown document'),
          },
        },
      },
      '/api/search': {
        get: {
          summary: 'Search places and passages (Simplified and Traditional interchangeable)',
          parameters: [
            { name: 'q', in: 'query', required: true, schema: { type: 'string', minLength: 1, maxLength: SEARCH_DEFAULTS.maxQueryLength } },
            { name: 'limit', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: SEARCH_DEFAULTS.maxLimit, default: SEARCH_DEFAULTS.limit } },
          ],
          responses: {
            200: json(
              {
                type: 'object',
                properties: {
                  features: { type: 'array', items: ref('Feature') },
                  passages: { type: 'array', items: ref('Passage') },
                  claims: { type: 'array', description: 'Claims (figures and dates) of the places found, then those whose sentence matches; see /api/features/{featureId}/claims', items: { type: 'object' } },
                },
                required: ['features', 'passages'],
              },
              'Results, best first',
            ),
            400: problemResponse('Missing, repeated or malformed parameter'),
          },
        },
      },
      '/api/export': {
        get: {
          summary: 'The chosen layers\' features with their citations (passage ids and texts), as a download',
          parameters: [
            {
              name: 'layers',
              in: 'query',
              required: false,
              description: 'Comma-separated layer ids (default: all; left out, not empty). A repeated id counts once.',
              schema: { type: 'string', minLength: 1 },
            },
            { name: 'format', in: 'query', required: false, schema: { enum: ['geojson', 'csv'], default: 'geojson' } },
            { name: 'status', in: 'query', required: false, description: 'Comma-separated statuses to keep', schema: { type: 'string' } },
            { name: 'precision', in: 'query', required: false, description: 'Comma-separated precisions to keep', schema: { type: 'string' } },
            { name: 'document', in: 'query', required: false, description: 'Keep features cited by these documents', schema: { type: 'string' } },
          ],
          responses: {
            200: {
              description: 'GeoJSON FeatureCollection (citations in properties) or CSV (one row per feature)',
              headers: {
                'Content-Disposition': {
                  description: 'attachment; filename="wuzhen-atlas-{all | up to three layer ids | N-layers}.{geojson|csv}", at most 73 characters before the extension',
                  schema: { type: 'string' },
                },
              },
              content: { 'application/geo+json': { schema: ref('FeatureCollection') }, 'text/csv': { schema: { type: 'string' } } },
            },
            400: problemResponse('Unknown layer, status, precision or document, an empty layers list, or a malformed parameter'),
          },
        },
      },
      '/api/openapi.json': { get: { summary: 'This document', responses: { 200: { description: 'OpenAPI 3.1' } } } },
      ...structuredClone(extraPaths),
    }),
    components: {
      schemas: {
        Problem: {
          type: 'object',
          properties: { type: { type: 'string' }, title: { type: 'string' }, status: { type: 'integer' }, detail: { type: 'string' } },
          required: ['type', 'title', 'status', 'detail'],
        },
        LayerDescriptor: {
          type: 'object',
          properties: {
            id: { type: 'string' },
            title_zh: { type: 'string' },
            title_en: { type: 'string' },
            group: { type: 'string', description: 'the theme the layer is listed under; the layers of a group are adjacent, groups in legend order' },
            group_title_zh: { type: 'string' },
            group_title_en: { type: 'string' },
            geometryType: { enum: ['Point', 'LineString', 'Polygon'] },
            featureCount: { type: 'integer' },
            delivery: {
              enum: ['geojson', 'vector'],
              description: 'vector: too large for one GeoJSON body, the map draws it from the PMTiles archive at `tiles` (GET /api/layers/{id} still answers GeoJSON)',
            },
            tiles: { type: 'string', description: 'path of the layer\'s PMTiles archive (only when delivery is vector); its vector layer is named after the layer id' },
          },
          required: ['id', 'title_zh', 'title_en', 'group', 'group_title_zh', 'group_title_en', 'geometryType', 'featureCount', 'delivery'],
        },
        FeatureProperties: {
          type: 'object',
          properties: {
            name_zh: { type: 'string' },
            name_en: { type: 'string' },
            aliases: { type: 'array', items: { type: 'string' } },
            layer: { type: 'string' },
            category: { type: 'string' },
            status: { enum: [...STATUSES] },
            precision: { enum: [...PRECISIONS] },
            geometrySource: { type: 'string' },
            passageIds: { type: 'array', items: { type: 'string' } },
          },
          required: ['name_zh', 'name_en', 'aliases', 'layer', 'category', 'status', 'precision', 'geometrySource', 'passageIds'],
        },
        Feature: {
          type: 'object',
          properties: { type: { const: 'Feature' }, id: { type: 'string' }, geometry: { type: 'object' }, properties: ref('FeatureProperties') },
          required: ['type', 'id', 'geometry', 'properties'],
        },
        FeatureCollection: {
          type: 'object',
          properties: { type: { const: 'FeatureCollection' }, features: { type: 'array', items: ref('Feature') } },
          required: ['type', 'features'],
        },
        Range: { type: 'object', properties: { start: { type: 'integer' }, end: { type: 'integer' } }, required: ['start', 'end'] },
        Passage: {
          type: 'object',
          properties: {
            id: { type: 'string' },
            documentId: { type: 'string' },
            index: { type: 'integer' },
            kind: { enum: [...PASSAGE_KINDS] },
            text: { type: 'string' },
            damaged: { type: 'array', items: ref('Range') },
            mentions: {
              type: 'array',
              items: {
                allOf: [
                  ref('Range'),
                  {
                    type: 'object',
                    properties: {
                      featureId: { type: 'string' },
                      id: { type: 'string', description: 'a.… automatic, e.… an editor’s (DELETE /api/mentions/{id}); when served from the database' },
                      origin: { enum: ['auto', 'editor'] },
                    },
                    required: ['featureId'],
                  },
                ],
              },
            },
          },
          required: ['id', 'documentId', 'kind', 'text', 'damaged', 'mentions'],
        },
        DocumentMeta: {
          type: 'object',
          properties: {
            id: { type: 'string' },
            title: { type: 'string' },
            authors: { type: 'array', items: { type: 'string' } },
            publisher: { type: ['string', 'null'] },
            date: { type: ['string', 'null'] },
            language: { type: 'string' },
            script: { enum: ['Hans', 'Hant', null], description: 'null while an uploaded document is processing, or when it failed' },
            sourceFile: { type: ['string', 'null'], description: 'the corpus file name, or NNN_upload.txt for an uploaded document (never the uploaded name); null until processed' },
            status: { enum: ['processing', 'ready', 'failed'] },
            error: { description: 'a problem object (RFC 9457) when status is failed; null otherwise' },
            upload: { type: 'object', description: 'uploaded documents only: fileName (shown, never a path), format, encoding, warnings, createdBy, createdAt, meta (what the editor set)' },
          },
          required: ['id', 'title', 'authors', 'publisher', 'date', 'language', 'script', 'sourceFile'],
        },
      },
    },
  };
}
