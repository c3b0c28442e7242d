import type { Express } from 'express';
import { z } from 'zod';
import { PRECISIONS, STATUSES, type LayerId } from '../../../types/atlas';
import { exportCsv, exportGeoJson } from '../export/feature-export';
import { filterFeatures } from '../export/feature-filter';
import { BadParameterError } from '../http/problem';
import { ID_PATTERN, parseQuery, single } from '../http/validate';
import type { AtlasSource } from '../../../core/store/atlas-source';

export const EXPORT_DEFAULTS = {
  /** longest list parameter accepted */
  maxListLength: 2000,
  /** layer ids named in a download's file name; more are counted (wuzhen-atlas-5-layers.csv) */
  maxNamedLayers: 3,
  /** characters those ids may take together, so the name stays short */
  maxNamedLength: 60,
};

/** A comma list; a repeated entry counts once (`parks,parks` is `parks`): it names the same thing. */
const list = single.max(EXPORT_DEFAULTS.maxListLength, 'is too long').transform((value) => [...new Set(value.split(',').map((v) => v.trim()).filter(Boolean))]);
const ids = (what: string) => list.refine((values) => values.every((v) => ID_PATTERN.test(v)), `must be a comma-separated list of ${what}`);
// statuses have underscores (under_construction), so they are checked against their names, not as ids
const among = <T extends readonly [string, ...string[]]>(names: T) =>
  list.pipe(z.array(z.enum(names, { error: `must be a comma-separated list among ${names.join(', ')}` })));

const exportQuery = {
  // empty would export nothing: leave the parameter out for every layer
  layers: ids('layer ids').refine((values) => values.length > 0, 'must name at least one layer; leave it out for every layer').optional(),
  format: z.enum(['geojson', 'csv'], { error: 'must be geojson or csv' }).optional(),
  status: among(STATUSES).optional(),
  precision: among(PRECISIONS).optional(),
  document: ids('document ids').optional(),
};

export function setupExport(app: Express, source: AtlasSource): void {
  app.get('/api/export', (req, res) => {
    const store = source.current();
    const query = parseQuery(req, exportQuery);
    const known = new Set(store.layers.map((l) => l.id));
    const layers = query.layers ?? [...known];
    const unknown = layers.filter((id) => !known.has(id as LayerId));
    if (unknown.length) throw new BadParameterError('layers', `unknown layer ${unknown.join(', ')}; see /api/layers`);
    const unknownDocs = (query.document ?? []).filter((id) => !store.documentById.has(id));
    if (unknownDocs.length) throw new BadParameterError('document', `unknown document ${unknownDocs.join(', ')}; see /api/documents`);

    const features = filterFeatures(store.features, { layers, statuses: query.status, precisions: query.precision, documents: query.document });
    const format = query.format ?? 'geojson';
    const name = downloadName(layers, known.size);
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

/** Short and bounded whatever was asked (≤ 73 characters): all, a few ids, or how many layers. */
export function downloadName(layers: string[], layerCount: number): string {
  if (layers.length === layerCount) return 'wuzhen-atlas-all';
  const named = layers.join('-');
  if (layers.length <= EXPORT_DEFAULTS.maxNamedLayers && named.length <= EXPORT_DEFAULTS.maxNamedLength) return `wuzhen-atlas-${named}`;
  return `wuzhen-atlas-${layers.length}-layers`;
}
