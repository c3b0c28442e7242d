/**
 * The rules a gazetteer must pass before it is served: unique ids and names, the right geometry
 * family per layer, sound RFC 7946 geometry inside the region, plausible areas, parks inside the
 * county they are named after, and every place (admin areas aside) named in the corpus.
 */
import { booleanIntersects, booleanPointInPolygon } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import { LAYER_IDS, type GazetteerRecord, type GeometryFamily, type LayerId, type Precision } from '../../types/atlas';
import { searchForm, toSimplified } from '../text/script-convert';
import { corpusNames } from './corpus-names';
import { gazetteerRecordSchema } from './gazetteer-schema';
import { areaKm2, familyOf, geometryProblems } from './geometry-checks';
import { layerOfFile, sourceFileOf } from './load-gazetteer';

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
const PRECISIONS_BY_FAMILY: Record<GeometryFamily, readonly Precision[]> = {
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

export function validateGazetteer(records: GazetteerRecord[], corpusTexts?: string[]): string[] {
  const problems: string[] = [];
  const report = (record: GazetteerRecord, message: string) => {
    const file = sourceFileOf(record);
    problems.push(`${file ? `${file} ` : ''}record "${record.id}": ${message}`);
  };

  // Records built in code (tests, other loaders) get the same field checks the file loader applies;
  // the rules below only look at records whose fields are sound.
  const sound = records.filter((record) => {
    const parsed = gazetteerRecordSchema.safeParse(record);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) report(record, `${issue.path.join('.') || '(record)'}: ${issue.message}`);
    }
    return parsed.success;
  });
  checkSoundRecords(sound, corpusTexts, report);
  return problems;
}

type Report = (record: GazetteerRecord, message: string) => void;

function checkSoundRecords(records: GazetteerRecord[], corpusTexts: string[] | undefined, report: Report): void {
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

    if (props.layer !== 'admin' && !STATUS_SOURCE_PATTERN.test(props.statusSource ?? '')) {
      report(record, 'statusSource must name the document the status comes from (doc-000 … doc-004) and its date');
    }

    if (family === 'Polygon') {
      const km2 = areaKm2(record.geometry);
      const limits = AREA_LIMITS_KM2.byId[record.id] ?? AREA_LIMITS_KM2.byLayer[props.layer];
      if (limits && (km2 < limits[0] || km2 > limits[1])) {
        report(record, `area ${km2.toFixed(1)} km² is outside the plausible ${limits[0]}–${limits[1]} km²`);
      }
    }
  }

  checkContainment(records, report);

  if (corpusTexts) {
    const corpus = corpusNames(corpusTexts);
    for (const record of records) {
      if (record.properties.layer === 'admin') continue;
      const names = [record.properties.name_zh, ...record.properties.aliases];
      if (!names.some((name) => corpus.has(name))) {
        report(record, `neither name_zh nor any alias occurs in the corpus (${names.join(' / ')})`);
      }
    }
  }
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
