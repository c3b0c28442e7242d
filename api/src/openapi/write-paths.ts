/**
 * The writing part of the OpenAPI document (issue 17, CONTRACT.md "Writing"): places and links.
 * Merge these paths into the document once the server runs with the database (the read-only
 * test app has no write routes, and the GET fuzzing walks every documented GET).
 */

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});
const feature = { $ref: '#/components/schemas/Feature' };
const idParameter = { name: 'featureId', in: 'path', required: true, schema: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,79}$' } };
const ifMatch = { name: 'If-Match', in: 'header', required: true, description: 'the ETag last read; only its version is compared', schema: { type: 'string' } };
const reason = { name: 'X-Atlas-Reason', in: 'header', required: false, description: 'why: percent-encoded UTF-8 (encodeURIComponent)', schema: { type: 'string' } };
const etag = { ETag: { description: '"v<version>-r<revision>"', schema: { type: 'string' } } };
const security = [{ bearer: [] }, { session: [] }];
const writeErrors = {
  400: problem('Malformed body or reason; a feature that fails the gazetteer rules (geometry, layer, status, precision, names); nothing written'),
  401: problem('No valid credentials'),
  403: problem('Credentials without the right role'),
  503: problem('The database is unavailable; nothing written (Retry-After)'),
};
const preconditionErrors = {
  404: problem('Unknown or retired place'),
  412: problem('Stale If-Match: the place changed (currentVersion)'),
  428: problem('If-Match missing'),
};

export const historyEntrySchema = {
  type: 'object',
  properties: {
    at: { type: 'string', format: 'date-time' },
    by: { type: 'string' },
    action: { enum: ['seed', 'import', 'create', 'update', 'retire', 'revert', 'addMention', 'removeMention', 'rejectMention', 'removeDocument'] },
    reason: { type: ['string', 'null'] },
    before: { description: 'the place (or mention decision) before the write; null when there was none' },
    after: { description: 'the place (or mention decision) after the write; null when it was retired or removed' },
    version: { type: ['integer', 'null'], description: "the place's version after the write; null for link decisions" },
  },
  required: ['at', 'by', 'action', 'reason', 'before', 'after', 'version'],
};

export const writePaths = {
  '/api/features': {
    post: {
      summary: 'Create a place',
      security,
      parameters: [reason],
      requestBody: { required: true, content: { 'application/json': { schema: feature } } },
      responses: { 201: { description: 'Created', headers: { ...etag, Location: { schema: { type: 'string' } } }, content: { 'application/json': { schema: feature } } }, 409: problem('The id is taken'), ...writeErrors },
    },
  },
  '/api/features/{featureId}/revert': {
    post: {
      summary: 'Make the place what it was at a version of its history (as a new version)',
      security,
      parameters: [idParameter, ifMatch, reason],
      requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', properties: { version: { type: 'integer', minimum: 1 } }, required: ['version'] } } } },
      responses: { 200: { description: 'The place', headers: etag, content: { 'application/json': { schema: feature } } }, ...preconditionErrors, ...writeErrors },
    },
  },
  '/api/features/{featureId}/history': {
    get: {
      summary: 'Every write to the place, newest first',
      parameters: [idParameter],
      responses: { 200: { description: 'History', content: { 'application/json': { schema: { type: 'array', items: historyEntrySchema } } } }, 404: problem('No place ever had the id'), 503: problem('The database is unavailable') },
    },
  },
  '/api/mentions': {
    post: {
      summary: "Link a passage's text to a place (an editor's mention)",
      security,
      parameters: [reason],
      requestBody: {
        required: true,
        content: { 'application/json': { schema: { type: 'object', properties: { passageId: { type: 'string' }, start: { type: 'integer' }, end: { type: 'integer' }, featureId: { type: 'string' } }, required: ['passageId', 'start', 'end', 'featureId'] } } },
      },
      responses: { 201: { description: 'The mention, with its id and origin "editor"' }, 409: problem('The passage already has this mention, or an editor mention covers the range'), ...writeErrors },
    },
  },
  '/api/mentions/{mentionId}': {
    delete: {
      summary: 'Reject an automatic mention (it stays rejected when the text is linked again) or remove an editor mention',
      security,
      parameters: [{ name: 'mentionId', in: 'path', required: true, schema: { type: 'string' } }, reason],
      responses: { 204: { description: 'Done' }, 404: problem('Unknown mention'), ...writeErrors },
    },
  },
};

/** PATCH and DELETE of /api/features/{featureId}, to merge beside its GET. */
export const featureWriteOperations = {
  patch: {
    summary: 'Edit a place with a JSON Merge Patch (RFC 7396)',
    security,
    parameters: [idParameter, ifMatch, reason],
    requestBody: { required: true, content: { 'application/merge-patch+json': { schema: { type: 'object' } }, 'application/json': { schema: { type: 'object' } } } },
    responses: { 200: { description: 'The new feature', headers: etag, content: { 'application/json': { schema: feature } } }, ...preconditionErrors, ...writeErrors },
  },
  delete: {
    summary: 'Retire a place (never erased: its history stays readable)',
    security,
    parameters: [idParameter, ifMatch, reason],
    responses: { 204: { description: 'Retired' }, ...preconditionErrors, ...writeErrors },
  },
};
