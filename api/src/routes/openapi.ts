import type { Express } from 'express';
import { prepareJson, sendPrepared } from '../http/prepared-body';
import { openApiDocument } from '../openapi/openapi-document';
import { basemapOpenApiPaths } from '../openapi/basemap-paths';
import { claimsOpenApiPaths } from '../openapi/claims-paths';
import { tilesOpenApiPaths } from '../openapi/tiles-paths';

export function setupOpenApi(app: Express): void {
  const body = prepareJson(openApiDocument({ ...tilesOpenApiPaths, ...basemapOpenApiPaths, ...claimsOpenApiPaths }));
  app.get('/api/openapi.json', (req, res) => sendPrepared(req, res, body));
}
