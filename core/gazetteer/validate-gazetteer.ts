/**
 * The rules a gazetteer must pass before it is served: unique ids and names, the right geometry
 * family per layer, sound RFC 7946 geometry inside the region, plausible areas, parks inside the
 * county they are named after, geometry within its precision of every published reference
 * coordinate, the curated text in Chinese as well as English, and every place (admin areas aside)
 * named in the corpus.
 */
import path from 'node:path';
import { booleanIntersects, booleanPointInPolygon } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import { LAYER_IDS, type GazetteerRecord, type GeometryFamily, type LayerId, type Passage, type Precision } from '../../types/atlas';
import { displayPath } from '../data-file';
import type { MentionOverride } from '../linking/mention-overrides';
import { searchForm, toSimplified } from '../text/script-convert';
import { corpusNames } from './corpus-names';
import { gazetteerRecordSchema } from './gazetteer-schema';
import { areaKm2, familyOf, geometryProblems } from './geometry-checks';
import { GazetteerError, layerOfFile, sourceFileOf } from './load-gazetteer';
import { referenceProblems } from './reference-checks';

export const LAYER_GEOMETRY: Record<LayerId, GeometryFamily> = {
  parks: 'Point',
  innovation: 'Point',
  venues: 'Point',
  rail: 'LineString',
  stations: 'Point',
  roads: 'LineString',
  interchanges: 'Point',
  waterways: 'LineString',
  airports: 'Point',
  zones: 'Polygon',
  towns: 'Point',
  admin: 'Polygon',
};

/** Which precisions make sense for each geometry family (a line is never surveyed: none is traced). */
export const PRECISIONS_BY_FAMILY: Record<GeometryFamily, readonly Precision[]> = {
  Point: ['surveyed', 'approximate', 'indicative'],
  LineString: ['approximate', 'schematic', 'indicative'],
  Polygon: ['approximate', 'schematic', 'indicative'],
};

/** Plausible areas in km²: per layer, and tighter where a document gives a figure. */
export const AREA_LIMITS_KM2: { byLayer: Partial<Record<LayerId, [number, number]>>; byId: Record<string, [number, number]> } = {
  byLayer: { zones: [0.05, 3000], admin: [50, 20000] },
  // doc-000: "在乌镇、练市毗邻地区划定60平方公里左右范围"
  byId: { 'jiahu-cooperation-zone': [50, 70], 'hangjiahu-plain': [3000, 12000], 'yrd-demonstration-zone': [1500, 3500] },
};

/** Zones a document places across a boundary: they must touch every listed admin area. */
export const STRADDLES: Record<string, string[]> = {
  'jiahu-cooperation-zone': ['tongxiang', 'nanxun'],
};

/** Towns and neighbourhoods that prefix place names, and the areas they lie in, smallest first. */
export const TOWN_IN_AREAS: Record<string, string[]> = {
  乌镇: ['桐乡', '嘉兴'],
  濮院: ['桐乡', '嘉兴'],
  梧桐: ['桐乡', '嘉兴'],
  练市: ['南浔', '湖州'],
  湘家荡: ['南湖', '嘉兴'],
  湘湖: ['萧山', '杭州'],
};

/** Layers whose points are checked against the county they are named after. */
const CONTAINED_LAYERS: readonly LayerId[] = ['parks', 'innovation', 'venues', 'stations', 'interchanges', 'airports', 'towns'];

const STATUS_SOURCE_PATTERN = /\bdoc-\d{3,}\b/;

/** One broken rule: the record, the layer file it came from (when loaded from one), and what is wrong. */
export interface GazetteerProblem {
  file: string | undefined;
  recordId: string;
  message: string;
}

export interface GazetteerRuleOptions {
  /**
   * false for synthetic places (benchmarks, SYNTHETIC_PLACES=1): skip the two rules that tie a
   * place to the documents (named in the corpus, status citing a document); every other rule holds
   */
  citations?: boolean;
  /**
   * places a reviewed mention override links (curation/mention-overrides.json `add`): the corpus
   * names them in words the rules cannot match (场馆 for the summit's venue), which counts as named
   */
  linkedByOverride?: ReadonlySet<string>;
}

/** The places reviewed `add` overrides link (the `linkedByOverride` option). */
export function overrideLinkedIds(overrides: Pick<MentionOverride, 'action' | 'featureId'>[]): Set<string> {
  return new Set(overrides.filter((o) => o.action === 'add').map((o) => o.featureId));
}

/** The ingested corpus the rules read: every passage's text (`ingestCorpus`'s documents' passages). */
export type CorpusPassages = readonly Pick<Passage, 'text'>[];

/** Every problem, as "file record "id": message" lines (npm run geodata:check prints them). */
export function validateGazetteer(records: GazetteerRecord[], passages?: CorpusPassages, options: GazetteerRuleOptions = {}): string[] {
  return findGazetteerProblems(records, passages, options).map(
    (problem) => `${problem.file ? `${problem.file} ` : ''}record "${problem.recordId}": ${problem.message}`,
  );
}

/**
 * Start-up's use of the rule set: the first problem as a GazetteerError naming the layer file
 * (inside `placesDir`) and the record, with how many more there are.
 */
export function refuseGazetteerProblems(records: GazetteerRecord[], placesDir: string, passages: CorpusPassages, options: GazetteerRuleOptions = {}): void {
  const problems = findGazetteerProblems(records, passages, options);
  if (problems.length === 0) return;
  const [first] = problems;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem(s))` : '';
  const file = first.file ? displayPath(path.join(placesDir, first.file)) : displayPath(placesDir);
  throw new GazetteerError(file, first.recordId, `${first.message}${more}`);
}

/** The rule set both `npm run geodata:check` and start-up apply; empty when the gazetteer is sound. */
export function findGazetteerProblems(records: GazetteerRecord[], passages?: CorpusPassages, options: GazetteerRuleOptions = {}): GazetteerProblem[] {
  const problems: GazetteerProblem[] = [];
  const report = (record: GazetteerRecord, message: string) => problems.push({ file: sourceFileOf(record), recordId: record.id, message });

  // Records built in code (tests, other loaders) get the field checks the file loader applies
  // (records from a file passed them on loading); the rules below only look at sound records.
  const sound = records.filter((record) => {
    if (sourceFileOf(record) !== undefined) return true;
    const parsed = gazetteerRecordSchema.safeParse(record);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) report(record, `${issue.path.join('.') || '(record)'}: ${issue.message}`);
    }
    return parsed.success;
  });
  const citations = options.citations ?? true;
  checkSoundRecords(sound, citations ? passages : undefined, citations, options.linkedByOverride ?? new Set(), report);
  return problems;
}

type Report = (record: GazetteerRecord, message: string) => void;

function checkSoundRecords(
  records: GazetteerRecord[],
  passages: CorpusPassages | undefined,
  citations: boolean,
  linkedByOverride: ReadonlySet<string>,
  report: Report,
): void {
  const seenIds = new Map<string, GazetteerRecord>();
  for (const record of records) {
    const first = seenIds.get(record.id);
    if (first) report(record, `duplicate id (also used in layer ${first.properties.layer})`);
    else seenIds.set(record.id, record);
  }

  const nameOwners = new Map<string, string>();
  for (const record of records) {
    const props = record.properties;
    const names = [props.name_zh, ...props.aliases];
    for (const name of new Set(names)) {
      const form = searchForm(name);
      const owner = nameOwners.get(form);
      if (owner && owner !== record.id) report(record, `name "${name}" is also a name of "${owner}"; the linker cannot tell them apart`);
      else nameOwners.set(form, record.id);
      if (toSimplified(name) !== name) {
        report(record, `name "${name}" is not Simplified Chinese; store Simplified forms only (Traditional variants are generated)`);
      }
    }
    if (new Set(names).size !== names.length) report(record, 'aliases repeat a name');
  }

  for (const record of records) {
    const props = record.properties;
    const file = sourceFileOf(record);
    if (file && layerOfFile(file) !== props.layer) report(record, `layer "${props.layer}" does not match its file (${file})`);
    if (!(LAYER_IDS as readonly string[]).includes(props.layer)) continue;

    const expected = LAYER_GEOMETRY[props.layer];
    const family = familyOf(record.geometry);
    if (family !== expected) {
      report(record, `geometry ${record.geometry.type} is not allowed in layer ${props.layer} (${expected} family only)`);
      continue;
    }
    for (const problem of geometryProblems(record.geometry)) report(record, problem);
    if (!PRECISIONS_BY_FAMILY[family].includes(props.precision)) {
      report(record, `precision "${props.precision}" does not suit a ${family} (use ${PRECISIONS_BY_FAMILY[family].join(', ')})`);
    }

    if (citations && props.layer !== 'admin' && !STATUS_SOURCE_PATTERN.test(props.statusSource ?? '')) {
      report(record, 'statusSource must name the document the status comes from (doc-000 … doc-004) and its date');
    }
    for (const problem of translationProblems(record)) report(record, problem);
    for (const problem of referenceProblems(record)) report(record, problem);

    if (family === 'Polygon') {
      const km2 = areaKm2(record.geometry);
      const limits = AREA_LIMITS_KM2.byId[record.id] ?? AREA_LIMITS_KM2.byLayer[props.layer];
      if (limits && (km2 < limits[0] || km2 > limits[1])) {
        report(record, `area ${km2.toFixed(1)} km² is outside the plausible ${limits[0]}–${limits[1]} km²`);
      }
    }
  }

  checkContainment(records, report);

  if (passages) {
    const corpus = corpusNames(passages);
    for (const record of records) {
      if (record.properties.layer === 'admin') continue;
      const names = [record.properties.name_zh, ...record.properties.aliases];
      if (!names.some((name) => corpus.has(name)) && !linkedByOverride.has(record.id)) {
        report(record, `neither name_zh nor any alias occurs in the corpus (${names.join(' / ')})`);
      }
    }
  }
}

/** The planner reads the curated text in either language: each English field has its Chinese twin. */
export function translationProblems(record: GazetteerRecord): string[] {
  const p = record.properties;
  const problems: string[] = [];
  if (!p.geometrySource_zh) problems.push('geometrySource_zh is missing: give geometrySource in Chinese');
  if (p.notes && !p.notes_zh) problems.push('notes_zh is missing: give the notes in Chinese');
  if (p.notes_zh && !p.notes) problems.push('notes_zh has no English notes beside it');
  return problems;
}

type AreaGeometry = Polygon | MultiPolygon;

function checkContainment(records: GazetteerRecord[], report: Report): void {
  const admin = records.filter((r) => r.properties.layer === 'admin' && familyOf(r.geometry) === 'Polygon');
  const byId = new Map(records.map((r) => [r.id, r]));

  // Short names of each admin area: 桐乡市 → 桐乡, plus its aliases.
  const areaByShortName = new Map<string, GazetteerRecord>();
  for (const area of admin) {
    const short = area.properties.name_zh.replace(/(市|区|县)$/, '');
    for (const name of [area.properties.name_zh, short, ...area.properties.aliases]) {
      if (name.length >= 2 && !areaByShortName.has(name)) areaByShortName.set(name, area);
    }
  }

  for (const record of records) {
    if (!CONTAINED_LAYERS.includes(record.properties.layer) || record.geometry.type !== 'Point') continue;
    const name = record.properties.name_zh;
    for (const [prefix, area] of areaByShortName) {
      if (!name.startsWith(prefix)) continue;
      if (!booleanPointInPolygon(record.geometry.coordinates, area.geometry as AreaGeometry)) {
        report(record, `is named after ${area.properties.name_zh} but lies outside its polygon`);
      }
    }
    for (const [town, areas] of Object.entries(TOWN_IN_AREAS)) {
      // The smallest area we have an outline for: 湘湖 is checked against 杭州 while 萧山区 has none.
      const area = areas.map((short) => areaByShortName.get(short)).find((found) => found !== undefined);
      if (!name.startsWith(town) || !area) continue;
      if (!booleanPointInPolygon(record.geometry.coordinates, area.geometry as AreaGeometry)) {
        report(record, `lies in ${town}, which is in ${area.properties.name_zh}, but the point is outside that polygon`);
      }
    }
  }

  for (const [zoneId, areaIds] of Object.entries(STRADDLES)) {
    const zone = byId.get(zoneId);
    if (!zone || familyOf(zone.geometry) !== 'Polygon') continue;
    for (const areaId of areaIds) {
      const area = byId.get(areaId);
      if (area && !booleanIntersects(zone.geometry as AreaGeometry, area.geometry as AreaGeometry)) {
        report(zone, `must reach into ${area.properties.name_zh} (${areaId}) but does not`);
      }
    }
  }
}
