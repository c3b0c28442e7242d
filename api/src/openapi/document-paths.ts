/**
 * The documents-and-proposals part of the OpenAPI document (issue 18, CONTRACT.md "New documents"),
 * merged in when the server runs with the database (routes/openapi.ts).
 */

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});
const security = [{ bearer: [] }, { session: [] }];
const reason = { name: 'X-Atlas-Reason', in: 'header', required: false, description: 'why: percent-encoded UTF-8 (encodeURIComponent)', schema: { type: 'string' } };
const documentId = { name: 'documentId', in: 'path', required: true, schema: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,79}$' } };
const proposalId = { name: 'proposalId', in: 'path', required: true, schema: { type: 'string', pattern: '^prop-[0-9a-f]{12}$' } };
const authErrors = { 401: problem('No valid credentials'), 403: problem('Credentials without the right role'), 503: problem('The database is unavailable; nothing written (Retry-After)') };
const point = { type: 'object', properties: { type: { const: 'Point' }, coordinates: { type: 'array', items: { type: 'number' } } } };

export const proposalSchema = {
  type: 'object',
  properties: {
    id: { type: 'string', pattern: '^prop-[0-9a-f]{12}$', description: 'stable for the same document and name' },
    name: { type: 'string', description: 'the name as the document first writes it' },
    passageIds: { type: 'array', items: { type: 'string' } },
    suggestion: {
      oneOf: [
        { type: 'null' },
        { type: 'object', properties: { geometry: point, precision: { const: 'indicative' }, basis: { type: 'string', description: 'what in the text the suggestion rests on' } }, required: ['geometry', 'precision', 'basis'] },
      ],
    },
  },
  required: ['id', 'name', 'passageIds', 'suggestion'],
};

const metaFields = {
  title: { type: ['string', 'null'] },
  authors: { oneOf: [{ type: 'array', items: { type: 'string' } }, { type: 'string', description: 'comma-separated' }, { type: 'null' }] },
  publisher: { type: ['string', 'null'] },
  date: { type: ['string', 'null'], pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' },
};

/** POST beside GET /api/documents; PATCH and DELETE beside GET /api/documents/{documentId}. */
export const documentWriteOperations = {
  '/api/documents': {
    post: {
      summary: 'Add a document: read at once (refused with its problem if it cannot be), processed after the answer',
      security,
      parameters: [reason],
      requestBody: {
        required: true,
        content: {
          'multipart/form-data': {
            schema: {
              type: 'object',
              properties: {
                file: { type: 'string', format: 'binary', description: '.txt, .md, .html, .docx, or a .pdf with a text layer; UTF-8, GB 18030 or Big5; at most 20 MB' },
                title: { type: 'string' },
                authors: { type: 'string', description: 'comma-separated' },
                publisher: { type: 'string' },
                date: { type: 'string', description: 'YYYY, YYYY-MM or YYYY-MM-DD' },
              },
              required: ['file'],
            },
          },
        },
      },
      responses: {
        202: {
          description: 'Stored, processing: watch GET /api/documents/{id} for status ready or failed',
          headers: { Location: { schema: { type: 'string' } } },
          content: { 'application/json': { schema: { type: 'object', properties: { id: { type: 'string' }, status: { const: 'processing' } }, required: ['id', 'status'] } } },
        },
        400: problem('No file in the "file" field, or a malformed form or metadata'),
        409: problem('The same bytes were uploaded before (existingId names that document; Location points at it)'),
        413: problem('Over 20 MB, or a .docx that expands too far (zip bomb)'),
        415: problem('Not multipart, or a file type the atlas does not read'),
        422: problem('A PDF of too many pages, a scan without a text layer, an unreadable or empty file'),
        ...authErrors,
      },
    },
  },
  '/api/documents/{documentId}': {
    patch: {
      summary: "Set an uploaded document's title, authors, publisher or date (null: as the text says)",
      security,
      parameters: [documentId, reason],
      requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', properties: metaFields, additionalProperties: false } } } },
      responses: { 200: { description: 'The document' }, 400: problem('Unknown field or bad value'), 404: problem('Unknown document'), 409: problem('A seed document of the corpus folder'), ...authErrors },
    },
    delete: {
      summary: 'Remove an uploaded document: its passages, mentions and claims go; places it alone cited stay, with that in their history',
      security,
      parameters: [documentId, reason],
      responses: { 204: { description: 'Removed' }, 404: problem('Unknown document'), 409: problem('A seed document of the corpus folder'), ...authErrors },
    },
  },
};

export const documentPaths = {
  '/api/documents/{documentId}/history': {
    get: {
      summary: 'Every write to an uploaded document, newest first (upload, ready/failed, updateMeta, remove)',
      parameters: [documentId],
      responses: { 200: { description: 'History' }, 404: problem('No uploaded document ever had the id') },
    },
  },
  '/api/proposals': {
    get: {
      summary: "Place-like names in a document that match no place, with a suggestion where the text gives one",
      parameters: [{ name: 'documentId', in: 'query', required: true, schema: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,79}$' } }],
      responses: {
        200: { description: 'Open proposals', content: { 'application/json': { schema: { type: 'array', items: proposalSchema } } } },
        400: problem('documentId missing or malformed'),
        404: problem('Unknown document'),
        409: problem('The document is still processing, or failed'),
      },
    },
  },
  '/api/proposals/{proposalId}/accept': {
    post: {
      summary: 'Place a proposal: a GeoJSON Feature (name_zh defaults to the proposal name; id, name_en, aliases, geometrySource have defaults) → the new place, linked to every passage that names it',
      security,
      parameters: [proposalId, reason],
      requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/Feature' } } } },
      responses: {
        201: { description: 'The new place', headers: { Location: { schema: { type: 'string' } }, ETag: { schema: { type: 'string' } } } },
        400: problem('A feature that fails the gazetteer rules'),
        404: problem('Unknown proposal'),
        409: problem('Decided already, or the place id is taken'),
        ...authErrors,
      },
    },
  },
  '/api/proposals/{proposalId}/reject': {
    post: {
      summary: 'Reject a proposal: the name is not proposed again (everywhere, or with {"scope":"document"} in that document only)',
      security,
      parameters: [proposalId, reason],
      requestBody: { required: false, content: { 'application/json': { schema: { type: 'object', properties: { scope: { enum: ['document', 'everywhere'] } } } } } },
      responses: { 204: { description: 'Rejected' }, 404: problem('Unknown proposal'), 409: problem('Decided already'), ...authErrors },
    },
  },
};
