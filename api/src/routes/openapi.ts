import type { Express } from 'express';
import { prepareJson, sendPrepared } from '../http/prepared-body';
import { openApiDocument } from '../openapi/openapi-document';
import { basemapOpenApiPaths } from '../openapi/basemap-paths';
import { claimsOpenApiPaths } from '../openapi/claims-paths';
import { documentReportOpenApiPaths } from '../openapi/document-report-paths';
import { sessionOpenApiPaths } from '../openapi/session-paths';
import { tilesOpenApiPaths } from '../openapi/tiles-paths';
import { documentPaths, documentWriteOperations } from '../openapi/document-paths';
import { featureWriteOperations, writePaths } from '../openapi/write-paths';

/**
 * Everything the server documents: served below, and the list of query keys each path takes
 * (http/query-check.ts). `withSession`: the app signs editors in (it has accounts).
 */
export function atlasOpenApiDocument(options: { withSession?: boolean; withWrites?: boolean } = {}) {
  const document = openApiDocument({
    ...tilesOpenApiPaths,
    ...basemapOpenApiPaths,
    ...claimsOpenApiPaths,
    ...(options.withSession ? sessionOpenApiPaths : {}),
    ...(options.withWrites ? { ...writePaths, ...documentPaths, ...documentReportOpenApiPaths } : {}),
  });
  if (options.withWrites) {
    const paths = document.paths as Record<string, Record<string, unknown>>;
    paths['/api/features/{featureId}'] = { ...paths['/api/features/{featureId}'], ...featureWriteOperations };
    for (const [path, operations] of Object.entries(documentWriteOperations)) paths[path] = { ...paths[path], ...operations };
  }
  return document;
}

export function setupOpenApi(app: Express, document = atlasOpenApiDocument()): void {
  const body = prepareJson(document);
  app.get('/api/openapi.json', (req, res) => sendPrepared(req, res, body));
}
