import type { Express } from 'express';
import { z } from 'zod';
import { PRECISIONS, STATUSES, type LayerId } from '../../../types/atlas';
import { exportCsv, exportGeoJson } from '../export/feature-export';
import { filterFeatures } from '../export/feature-filter';
import { BadParameterError } from '../http/problem';
import { ID_PATTERN, parseQuery, single } from '../http/validate';
import type { AtlasStore } from '../store/atlas-store';

const words = single.max(2000, 'is too long').transform((value) => value.split(',').map((v) => v.trim()).filter(Boolean));
const list = (what: string) => words.refine((values) => values.every((v) => ID_PATTERN.test(v)), `must be a comma-separated list of ${what}`);

const exportQuery = {
  layers: list('layer ids').optional(),
  format: z.enum(['geojson', 'csv'], { error: 'must be geojson or csv' }).optional(),
  status: words.pipe(z.array(z.enum(STATUSES, { error: `must be among ${STATUSES.join(', ')}` }))).optional(),
  precision: words.pipe(z.array(z.enum(PRECISIONS, { error: `must be among ${PRECISIONS.join(', ')}` }))).optional(),
  document: list('document ids').optional(),
};

export function setupExport(app: Express, store: AtlasStore): void {
  app.get('/api/export', (req, res) => {
    const query = parseQuery(req, exportQuery);
    const known = new Set(store.layers.map((l) => l.id));
    const layers = query.layers ?? [...known];
    const unknown = layers.filter((id) => !known.has(id as LayerId));
    if (unknown.length) throw new BadParameterError('layers', `unknown layer ${unknown.join(', ')}; see /api/layers`);
    const unknownDocs = (query.document ?? []).filter((id) => !store.documentById.has(id));
    if (unknownDocs.length) throw new BadParameterError('document', `unknown document ${unknownDocs.join(', ')}; see /api/documents`);

    const features = filterFeatures(store.features, { layers, statuses: query.status, precisions: query.precision, documents: query.document });
    const format = query.format ?? 'geojson';
    const name = `wuzhen-atlas-${layers.length === known.size ? 'all' : layers.join('-')}`;
    if (format === 'csv') {
      res.setHeader('Content-Disposition', `attachment; filename="${name}.csv"`);
      res.type('text/csv; charset=utf-8').send(exportCsv(features, store.passageById));
      return;
    }
    res.setHeader('Content-Disposition', `attachment; filename="${name}.geojson"`);
    const meta = {
      title: 'Wuzhen Atlas export',
      layers,
      filters: { status: query.status ?? null, precision: query.precision ?? null, document: query.document ?? null },
      featureCount: features.length,
      sources: store.documents.map((d) => ({ id: d.id, title: d.title, sourceFile: d.sourceFile, date: d.date })),
      note: 'Check each feature\'s precision and geometrySource before using its geometry.',
    };
    res.type('application/geo+json; charset=utf-8').send(JSON.stringify(exportGeoJson(features, store.passageById, meta)));
  });
}
