/**
 * Reads the hand-curated gazetteer (one GeoJSON FeatureCollection per layer in geodata/places)
 * and parses every record against the schema. A bad record stops the load, naming file and id.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { LAYER_IDS, type GazetteerRecord } from '../../types/atlas';
import { gazetteerRecordSchema, layerFileSchema } from './gazetteer-schema';

export class GazetteerError extends Error {
  constructor(
    /** the layer file, relative to the places directory */
    readonly file: string,
    /** the record's id, or null when the file itself is unreadable */
    readonly recordId: string | null,
    readonly detail: string,
  ) {
    super(`${file}${recordId === null ? '' : ` record "${recordId}"`}: ${detail}`);
    this.name = 'GazetteerError';
  }
}

/** Which file each loaded record came from (the validator checks layer against file). */
const sourceFiles = new WeakMap<GazetteerRecord, string>();

export function sourceFileOf(record: GazetteerRecord): string | undefined {
  return sourceFiles.get(record);
}

export function layerOfFile(file: string): string {
  return path.basename(file, '.geojson');
}

/** Layer files in legend order (so the first claim on a shared name is the more specific layer). */
export function listLayerFiles(placesDir: string): string[] {
  const files = fs.readdirSync(placesDir).filter((name) => name.endsWith('.geojson'));
  const rank = (file: string) => {
    const i = (LAYER_IDS as readonly string[]).indexOf(layerOfFile(file));
    return i === -1 ? LAYER_IDS.length : i;
  };
  return files.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

export function loadGazetteer(placesDir: string): GazetteerRecord[] {
  if (!fs.existsSync(placesDir)) throw new GazetteerError(placesDir, null, 'places directory does not exist');
  const records: GazetteerRecord[] = [];
  for (const file of listLayerFiles(placesDir)) records.push(...parseLayerFile(file, fs.readFileSync(path.join(placesDir, file), 'utf8')));
  return records;
}

/** Parses one layer file's text; `file` names it in errors. */
export function parseLayerFile(file: string, text: string): GazetteerRecord[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new GazetteerError(file, null, `not valid JSON (${(error as Error).message})`);
  }
  const collection = layerFileSchema.safeParse(json);
  if (!collection.success) throw new GazetteerError(file, null, `not a GeoJSON FeatureCollection: ${describeIssues(collection.error)}`);

  return collection.data.features.map((feature, index) => {
    const parsed = gazetteerRecordSchema.safeParse(feature);
    if (!parsed.success) throw new GazetteerError(file, recordIdOf(feature, index), describeIssues(parsed.error));
    const record = parsed.data as GazetteerRecord;
    sourceFiles.set(record, file);
    return record;
  });
}

function recordIdOf(feature: unknown, index: number): string {
  const id = (feature as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id.length > 0 ? id : `#${index + 1} (no id)`;
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(record)'}: ${issue.message}`)
    .join('; ');
}
