import type { Express } from 'express';
import { prepareJson, sendPrepared } from '../http/prepared-body';
import { openApiDocument } from '../openapi/openapi-document';
import { claimsOpenApiPaths } from '../openapi/claims-paths';
import { sessionOpenApiPaths } from '../openapi/session-paths';
import { tilesOpenApiPaths } from '../openapi/tiles-paths';

/** `withSession`: the app signs editors in (it has accounts), so the document describes it. */
export function setupOpenApi(app: Express, options: { withSession?: boolean } = {}): void {
  const body = prepareJson(openApiDocument({ ...tilesOpenApiPaths, ...claimsOpenApiPaths, ...(options.withSession ? sessionOpenApiPaths : {}) }));
  app.get('/api/openapi.json', (req, res) => sendPrepared(req, res, body));
}
