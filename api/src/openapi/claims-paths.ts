/** The claims part of the OpenAPI document (issue #10): a place's figures and dates, and where documents differ. */
import { CLAIM_MEASURES, CLAIM_MODALITIES, CLAIM_QUALIFIERS, CLAIM_UNITS } from '../../../types/atlas';

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});
const range = { type: 'object', properties: { start: { type: 'integer' }, end: { type: 'integer' } }, required: ['start', 'end'] };
const value = { type: ['number', 'string'], description: 'a number in `unit`; ISO 8601 text for dates; a status for `status`' };

export const claimSchema = {
  type: 'object',
  description: 'A quantified or dated statement a passage makes about a place (featureId null: about no mapped place).',
  properties: {
    id: { type: 'string', description: 'stable: passage id and start offset, e.g. doc-000-p010-c41' },
    featureId: { type: ['string', 'null'] },
    measure: { enum: [...CLAIM_MEASURES] },
    value,
    valueMax: { type: ['number', 'string', 'null'], description: 'upper end of a range (3-5万), else null' },
    unit: { enum: [...CLAIM_UNITS] },
    qualifier: { enum: [...CLAIM_QUALIFIERS, null] },
    approx: { type: 'boolean' },
    what: { type: ['string', 'null'] },
    modality: { enum: [...CLAIM_MODALITIES] },
    asOf: { type: ['string', 'null'], description: 'ISO 8601 time the value refers to (year, month or interval), when the sentence says' },
    stated: { type: 'object', properties: { value: { type: ['number', 'string'] }, unit: { type: 'string' } }, required: ['value', 'unit'] },
    text: { type: 'string', description: 'exactly the passage text from start to end' },
    passageId: { type: 'string' },
    documentId: { type: 'string' },
    start: { type: 'integer' },
    end: { type: 'integer' },
    documentDate: { type: ['string', 'null'] },
    documentDateNotBefore: { type: ['string', 'null'], description: 'for an undated document, the latest year it reports as past' },
    sentence: { allOf: [range, { type: 'object', properties: { text: { type: 'string' } }, required: ['text'] }] },
    source: { enum: ['extracted', 'corrected'] },
    correction: { type: 'string', description: 'why a reviewed correction added or reattached the claim' },
    discrepancyIds: { type: 'array', items: { type: 'string' } },
  },
  required: ['id', 'featureId', 'measure', 'value', 'unit', 'qualifier', 'text', 'passageId', 'documentId', 'start', 'end', 'documentDate'],
};

export const discrepancySchema = {
  type: 'object',
  description: 'Documents stating different values (or statuses) for the same measure of the same place: facts with their dates, not a verdict.',
  properties: {
    id: { type: 'string' },
    featureId: { type: 'string' },
    name_zh: { type: 'string' },
    name_en: { type: 'string' },
    measure: { enum: [...CLAIM_MEASURES] },
    what: { type: ['string', 'null'] },
    modality: { enum: [...CLAIM_MODALITIES] },
    statements: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          documentId: { type: 'string' },
          documentTitle: { type: 'string' },
          documentDate: { type: ['string', 'null'] },
          documentDateNotBefore: { type: ['string', 'null'] },
          value,
          valueMax: { type: ['number', 'string', 'null'] },
          unit: { enum: [...CLAIM_UNITS] },
          qualifier: { enum: [...CLAIM_QUALIFIERS, null] },
          asOf: { type: ['string', 'null'] },
          claimIds: { type: 'array', items: { type: 'string' } },
          passageIds: { type: 'array', items: { type: 'string' } },
          text: { type: 'string' },
        },
        required: ['documentId', 'documentDate', 'value', 'unit', 'claimIds', 'passageIds', 'text'],
      },
    },
  },
  required: ['id', 'featureId', 'measure', 'statements'],
};

const measureParameter = { name: 'measure', in: 'query', required: false, schema: { enum: [...CLAIM_MEASURES] } };
const featureParameter = { name: 'feature', in: 'query', required: false, description: 'Only this place', schema: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,79}$' } };
const claims = (description: string) => ({ description, content: { 'application/json': { schema: { type: 'array', items: claimSchema } } } });

export const claimsOpenApiPaths = {
  '/api/features/{featureId}/claims': {
    get: {
      summary: 'The quantified or dated statements the documents make about a place, in date order',
      parameters: [
        { name: 'featureId', in: 'path', required: true, schema: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,79}$' } },
        measureParameter,
      ],
      responses: { 200: claims('The claims, by document date'), 400: problem('Malformed id or parameter'), 404: problem('Unknown feature') },
    },
  },
  '/api/claims': {
    get: {
      summary: 'Every claim (for a facts layer), in date order',
      parameters: [measureParameter, featureParameter],
      responses: { 200: claims('The claims'), 400: problem('Unknown measure or feature, or a malformed parameter') },
    },
  },
  '/api/discrepancies': {
    get: {
      summary: 'Where two documents state different values or statuses for the same measure of the same place',
      parameters: [featureParameter],
      responses: {
        200: { description: 'The discrepancies', content: { 'application/json': { schema: { type: 'array', items: discrepancySchema } } } },
        400: problem('Unknown feature or a malformed parameter'),
      },
    },
  },
};
