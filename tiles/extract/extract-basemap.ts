/**
 * `npm run basemap:extract -- --source URL_OR_FILE --bbox W,S,E,N [--maxzoom Z] [--minzoom Z]
 *  [--out FILE] [--dry-run]` — cuts a region from a PMTiles archive in the Protomaps basemap schema
 * (a daily build at https://build.protomaps.com/YYYYMMDD.pmtiles, or a local file) into
 * tiles/basemap-osm.pmtiles, which the atlas then serves and draws instead of its own basemap.
 * Only the directories and tiles of the region are read (HTTP Range requests); progress and byte
 * counts go to stderr. `--dry-run` reads the directories only and says what the tiles would take.
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { FetchSource, type Source } from 'pmtiles';
import type { Box } from '../build/geometry/box';
import { FileSource } from '../pmtiles/file-source';
import { EXTRACT_DEFAULTS, ExtractError, extractRegion, planExtract } from './extract-region';
import { formatBytes, ProgressBar } from './progress-bar';

export const DEFAULT_OUT = resolve(import.meta.dirname, '..', 'basemap-osm.pmtiles');

const USAGE = `usage: npm run basemap:extract -- --source URL_OR_FILE --bbox W,S,E,N [--maxzoom 15] [--minzoom 0] [--out tiles/basemap-osm.pmtiles] [--dry-run]
  e.g. --source https://build.protomaps.com/20260101.pmtiles --bbox 119.9,30.0,122.0,31.5 --maxzoom 15`;

export class UsageError extends Error {
  constructor(detail: string) {
    super(`${detail}\n${USAGE}`);
    this.name = 'UsageError';
  }
}

export interface ExtractArgs {
  source: string;
  box: Box;
  minZoom: number;
  maxZoom: number;
  out: string;
  dryRun: boolean;
}

export function parseExtractArgs(argv: string[]): ExtractArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        source: { type: 'string' },
        bbox: { type: 'string' },
        maxzoom: { type: 'string' },
        minzoom: { type: 'string' },
        out: { type: 'string' },
        'dry-run': { type: 'boolean' },
      },
      strict: true,
    }));
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  if (!values.source) throw new UsageError('--source is required');
  if (!values.bbox) throw new UsageError('--bbox is required');
  const numbers = values.bbox.split(',').map((v) => Number(v.trim()));
  if (numbers.length !== 4 || numbers.some((n) => !Number.isFinite(n))) throw new UsageError(`--bbox needs four numbers W,S,E,N, not "${values.bbox}"`);
  const [west, south, east, north] = numbers;
  if (west >= east || south >= north || west < -180 || east > 180 || south < -85.06 || north > 85.06) {
    throw new UsageError(`--bbox ${values.bbox}: west < east and south < north, in degrees (longitude first)`);
  }
  const zoom = (name: string, text: string | undefined, fallback: number) => {
    if (text === undefined) return fallback;
    const z = Number(text);
    if (!Number.isInteger(z) || z < 0 || z > 22) throw new UsageError(`--${name} must be a whole number 0–22, not "${text}"`);
    return z;
  };
  const minZoom = zoom('minzoom', values.minzoom, EXTRACT_DEFAULTS.minZoom);
  const maxZoom = zoom('maxzoom', values.maxzoom, EXTRACT_DEFAULTS.maxZoom);
  if (minZoom > maxZoom) throw new UsageError(`--minzoom ${minZoom} is above --maxzoom ${maxZoom}`);
  return { source: values.source, box: { west, south, east, north }, minZoom, maxZoom, out: resolve(values.out ?? DEFAULT_OUT), dryRun: values['dry-run'] ?? false };
}

const isUrl = (s: string) => /^https?:\/\//i.test(s);

/** A URL is read with HTTP Range requests, a path from the disk; both through the pmtiles Source. */
export function openSource(source: string): { source: Source; name: string } {
  if (isUrl(source)) {
    const url = new URL(source);
    // a signed URL's query is a secret, not a provenance
    return { source: new FetchSource(source), name: `${url.origin}${url.pathname}` };
  }
  return { source: new FileSource(resolve(source)), name: basename(source) };
}

export async function runExtract(args: ExtractArgs, stderr = process.stderr): Promise<void> {
  const { source, name } = openSource(args.source);
  const bar = new ProgressBar(stderr);
  if (args.dryRun) {
    const plan = await planExtract(source, { ...args, sourceName: name });
    stderr.write(
      `${plan.tiles.length} tiles at z${plan.minZoom}–${plan.maxZoom}: ${formatBytes(plan.rangeBytes)} in ${plan.ranges.length} requests ` +
        `(directories read: ${formatBytes(plan.planBytes)} in ${plan.requests} requests)\n`,
    );
    return;
  }
  const result = await extractRegion(source, {
    ...args,
    sourceName: name,
    onProgress: (p) =>
      p.phase === 'directories'
        ? bar.update('directories', p.bytesRead, null, `${p.requests} requests`)
        : bar.update('tiles      ', p.tileBytesRead, p.tileBytes, `${p.requests} requests`),
  });
  bar.finish();
  // written beside, then renamed: a running server never reads half an archive
  const partial = `${args.out}.partial`;
  try {
    writeFileSync(partial, result.archive);
    renameSync(partial, args.out);
  } catch (err) {
    rmSync(partial, { force: true });
    throw err;
  }
  const h = result.header;
  stderr.write(
    `${args.out}: ${formatBytes(result.archive.length)}, z${h.minZoom}–${h.maxZoom}, ${h.numAddressedTiles} tiles; ` +
      `read ${formatBytes(result.bytesRead)} in ${result.requests} requests. The atlas uses it from its next request (npm start).\n`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  try {
    await runExtract(parseExtractArgs(process.argv.slice(2)));
  } catch (err) {
    if (err instanceof UsageError || err instanceof ExtractError) {
      process.stderr.write(`basemap:extract: ${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }
}
