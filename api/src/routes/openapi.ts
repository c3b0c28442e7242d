import type { Express } from 'express';
import { prepareJson, sendPrepared } from '../http/prepared-body';
import { openApiDocument } from '../openapi/openapi-document';
import { claimsOpenApiPaths } from '../openapi/claims-paths';
import { tilesOpenApiPaths } from '../openapi/tiles-paths';

/** Everything the server documents: served below, and the list of query keys each path takes (http/query-check.ts). */
export function atlasOpenApiDocument() {
  return openApiDocument({ ...tilesOpenApiPaths, ...claimsOpenApiPaths });
}

export function setupOpenApi(app: Express, document = atlasOpenApiDocument()): void {
  const body = prepareJson(document);
  app.get('/api/openapi.json', (req, res) => sendPrepared(req, res, body));
}
