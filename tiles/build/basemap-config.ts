/**
 * What the offline basemap contains and where: three zoom bands, each cut to a box made of
 * whole tiles of its first zoom, each drawn from GSHHG at a resolution fit for its zooms.
 * One commented defaults object; the build, the extract step and the tests all read it.
 */
import { join, resolve } from 'node:path';
import { snapToTiles, type Box } from './geometry/box';

export const REPO_ROOT = resolve(import.meta.dirname, '..', '..');
/** regional extracts of GSHHG, WDBII and DCW, one folder per band (refreshed by extract-gmt.ts) */
export const EXTRACTS_DIR = join(import.meta.dirname, 'data', 'extracts');
export const PLACES_FILE = join(import.meta.dirname, 'data', 'places.geojson');

export interface Band {
  id: string;
  minZoom: number;
  maxZoom: number;
  /** the box before snapping to whole tiles of minZoom */
  wanted: Box;
  /** GSHHG resolution: c(rude), l(ow), i(ntermediate), h(igh), f(ull) */
  gshhg: 'l' | 'i' | 'h' | 'f';
  /** drop shore features smaller than this many km² */
  minAreaKm2: number;
  /** WDBII river classes kept (0 double-lined, 1–4 rivers major→minor, 8–9 canals) */
  riverLevels: number[];
  /** Douglas–Peucker tolerance (degrees) for province borders in this band; 0 keeps all */
  borderSimplify: number;
}

export const BANDS: readonly Band[] = [
  {
    // East China and its seas, for the first look and the overview map
    id: 'east-china',
    minZoom: 4,
    maxZoom: 7,
    wanted: { west: 112.5, south: 22, east: 134.9, north: 40.9 },
    gshhg: 'i',
    minAreaKm2: 20,
    riverLevels: [0, 1, 2],
    borderSimplify: 0.01,
  },
  {
    // the Yangtze delta provinces: Shanghai, Jiangsu, Zhejiang, eastern Anhui
    id: 'delta-region',
    minZoom: 8,
    maxZoom: 10,
    wanted: { west: 116, south: 27, east: 124, north: 35 },
    gshhg: 'h',
    minAreaKm2: 0.5,
    riverLevels: [0, 1, 2, 3, 8],
    borderSimplify: 0.001,
  },
  {
    // Hangzhou–Shanghai–Suzhou/Wuxi with the four airports, Wuzhen and Tongxiang in the middle
    id: 'delta-core',
    minZoom: 11,
    maxZoom: 14,
    wanted: { west: 119.5, south: 29.9, east: 122.1, north: 31.9 },
    gshhg: 'f',
    minAreaKm2: 0,
    riverLevels: [0, 1, 2, 3, 4, 8, 9],
    borderSimplify: 0,
  },
];

/** Each band's box, snapped to whole tiles of its first zoom. */
export function bandBox(band: Band): Box {
  return snapToTiles(band.wanted, band.minZoom);
}

/** Mainland provinces and municipalities whose DCW outlines give the admin_level 4 borders. */
export const PROVINCES: Readonly<Record<string, { name_zh: string; name_en: string }>> = {
  AH: { name_zh: '安徽省', name_en: 'Anhui' },
  BJ: { name_zh: '北京市', name_en: 'Beijing' },
  FJ: { name_zh: '福建省', name_en: 'Fujian' },
  GD: { name_zh: '广东省', name_en: 'Guangdong' },
  GX: { name_zh: '广西壮族自治区', name_en: 'Guangxi' },
  HA: { name_zh: '河南省', name_en: 'Henan' },
  HB: { name_zh: '湖北省', name_en: 'Hubei' },
  HE: { name_zh: '河北省', name_en: 'Hebei' },
  HN: { name_zh: '湖南省', name_en: 'Hunan' },
  JS: { name_zh: '江苏省', name_en: 'Jiangsu' },
  JX: { name_zh: '江西省', name_en: 'Jiangxi' },
  LN: { name_zh: '辽宁省', name_en: 'Liaoning' },
  NM: { name_zh: '内蒙古自治区', name_en: 'Inner Mongolia' },
  SD: { name_zh: '山东省', name_en: 'Shandong' },
  SH: { name_zh: '上海市', name_en: 'Shanghai' },
  SX: { name_zh: '山西省', name_en: 'Shanxi' },
  TJ: { name_zh: '天津市', name_en: 'Tianjin' },
  ZJ: { name_zh: '浙江省', name_en: 'Zhejiang' },
};

export const ARCHIVE = {
  file: 'tiles/basemap.pmtiles',
  name: 'Wuzhen Atlas basemap',
  description: 'Offline planning basemap of the Yangtze delta in the Protomaps basemap schema: water, province borders, place labels.',
  version: '2.0.0',
  attribution:
    'GSHHG/WDBII shorelines and rivers (Wessel & Smith, LGPL-3); DCW-GMT provinces (LGPL-3); place list: Wuzhen Atlas',
  /** Wuzhen, as the archive's suggested centre */
  center: [120.4956, 30.7461, 9] as [number, number, number],
  /**
   * Beyond this zoom the archive adds only water and borders, no streets, land use or villages:
   * the web map says so there (GET /api/basemap → detailMaxZoom).
   */
  detailMaxZoom: 10,
  extent: 4096,
  buffer: 64,
};

/**
 * The vector layers and their fields, as the archive metadata lists them (TileJSON 3.0): the
 * Protomaps basemap schema as far as our data goes (protomaps-schema.ts).
 */
export const VECTOR_LAYERS = [
  {
    id: 'water',
    description: 'sea and lakes (polygons), rivers and canals (lines), names of water bodies (points)',
    fields: {
      kind: 'String: ocean | lake (polygons); river | canal (lines); sea | bay | lake | water (label points)',
      rank: 'Number: rivers and canals, 1 major … 4 minor',
      name: 'String: the Chinese name',
      'name:en': 'String',
      script: 'String: Han',
      min_zoom: 'Number: first zoom the label appears',
    },
  },
  {
    id: 'boundaries',
    description: 'land borders between provinces (lines)',
    fields: { kind: 'String: region', kind_detail: 'Number: 4 (admin level)' },
  },
  {
    id: 'places',
    description: 'cities, county seats and towns (points)',
    fields: {
      kind: 'String: locality',
      kind_detail: 'String: city | town | village',
      name: 'String: the Chinese name',
      'name:en': 'String',
      script: 'String: Han',
      min_zoom: 'Number: first zoom the label appears',
      population_rank: 'Number: 1 … 18, the population class',
      sort_key: 'Number: label priority, smaller first',
    },
  },
  {
    id: 'pois',
    description: 'airports (points)',
    fields: { kind: 'String: aerodrome', name: 'String: the Chinese name', 'name:en': 'String', script: 'String: Han', min_zoom: 'Number' },
  },
] as const;

export type LayerName = (typeof VECTOR_LAYERS)[number]['id'];
