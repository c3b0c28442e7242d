/** GET /api/documents/{documentId}/report (routes/document-report.ts), documented when the server has the database. */
import { REPAIR_NAMES } from '../../../core/corpus/repair-report';
import { PASSAGE_KINDS } from '../../../types/atlas';

const repairCount = {
  type: 'object',
  properties: {
    count: { type: 'integer' },
    removed: { type: 'integer', description: 'characters removed (UTF-16 code units)' },
    inserted: { type: 'integer' },
    removedText: { type: 'string', description: 'exactly what was removed, concatenated' },
    insertedText: { type: 'string' },
  },
  required: ['count', 'removed', 'inserted', 'removedText', 'insertedText'],
};

export const documentReportOpenApiPaths = {
  '/api/documents/{documentId}/report': {
    get: {
      summary: 'What the ingestion repaired in an uploaded, ready document, per repair, with the removed and inserted text',
      parameters: [{ name: 'documentId', in: 'path', required: true, schema: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,79}$' } }],
      responses: {
        200: {
          description: 'The repair report (core/corpus/repair-report.ts)',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  documentId: { type: 'string' },
                  sourceFile: { type: 'string' },
                  sourceChars: { type: 'integer' },
                  outputChars: { type: 'integer' },
                  charsByKind: { type: 'object', properties: Object.fromEntries(PASSAGE_KINDS.map((k) => [k, { type: 'integer' }])) },
                  repairs: { type: 'object', properties: Object.fromEntries(REPAIR_NAMES.map((n) => [n, repairCount])), required: [...REPAIR_NAMES] },
                  damaged: { type: 'array', items: { type: 'object' } },
                },
                required: ['documentId', 'sourceFile', 'sourceChars', 'outputChars', 'charsByKind', 'repairs', 'damaged'],
              },
            },
          },
        },
        404: { description: 'Not an uploaded document, or not ready', content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } },
      },
    },
  },
};
