/**
 * npm run geodata:check — loads and validates the gazetteer against the corpus, prints a summary
 * per layer (counts by status and precision) and exits 1 on any problem. Start-up (loadAtlas)
 * applies the same rules to the same inputs (PLACES_DIR, CORPUS_DIR, SYNTHETIC_PLACES) and
 * refuses to start on the first problem; this lists them all.
 */
import path from 'node:path';
import { LAYER_IDS, PRECISIONS, STATUSES, type GazetteerRecord } from '../types/atlas';
import { DataFileError } from '../core/data-file';
import { inputsFromEnv, type AtlasInputs } from '../core/atlas-inputs';
import { ingestCorpus } from '../core/corpus/ingest-corpus';
import { loadGazetteer } from '../core/gazetteer/load-gazetteer';
import { overrideLinkedIds, validateGazetteer } from '../core/gazetteer/validate-gazetteer';
import { loadMentionOverrides } from '../core/linking/mention-overrides';

/** One row per layer: total, then a column per status and per precision. */
export function summaryTable(records: GazetteerRecord[]): string {
  const columns = ['layer', 'total', ...STATUSES, ...PRECISIONS];
  const rows = LAYER_IDS.map((layer) => {
    const inLayer = records.filter((r) => r.properties.layer === layer);
    return [
      layer,
      String(inLayer.length),
      ...STATUSES.map((s) => String(inLayer.filter((r) => r.properties.status === s).length)),
      ...PRECISIONS.map((p) => String(inLayer.filter((r) => r.properties.precision === p).length)),
    ];
  });
  rows.push(['all', String(records.length), ...rows[0].slice(2).map((_, i) => String(rows.reduce((sum, row) => sum + Number(row[i + 2]), 0)))]);
  const widths = columns.map((c, i) => Math.max(c.length, ...rows.map((r) => r[i].length)));
  const format = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  return [format(columns), format(widths.map((w) => '-'.repeat(w))), ...rows.map(format)].join('\n');
}

/** Every problem of the gazetteer's records, checked against the ingested corpus as start-up checks them. */
export function gazetteerProblems(records: GazetteerRecord[], inputs: AtlasInputs): string[] {
  const { documents } = ingestCorpus(inputs.corpusDir, { curatedFile: inputs.documentsFile });
  return validateGazetteer(
    records,
    documents.flatMap((document) => document.passages),
    { citations: !inputs.syntheticPlaces, linkedByOverride: overrideLinkedIds(loadMentionOverrides(inputs.mentionOverridesFile)) },
  );
}

function main(): number {
  const inputs = inputsFromEnv();
  let records: GazetteerRecord[];
  try {
    records = loadGazetteer(inputs.placesDir);
  } catch (error) {
    if (error instanceof DataFileError) {
      console.error(`gazetteer does not load: ${error.message}`);
      return 1;
    }
    throw error;
  }
  const problems = gazetteerProblems(records, inputs);
  console.log(summaryTable(records));
  if (problems.length > 0) {
    console.error(`\n${problems.length} problem(s):`);
    for (const problem of problems) console.error(`  - ${problem}`);
    return 1;
  }
  console.log(`\n${records.length} places, no problems.`);
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) process.exitCode = main();
