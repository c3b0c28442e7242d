import { describe, expect, it } from 'vitest';
import type { AtlasFeature } from '../../types/atlas';
import { record } from '../testing/fixtures';
import { indexPlaces, pinyinExpansions, searchPlaces } from './place-search';

const place = (id: string, name: string, aliases: string[], english: string, cited = 0, keywords_en?: string[]) => {
  const r = record(id, name, aliases, english);
  return { ...r, properties: { ...r.properties, keywords_en, passageIds: Array.from({ length: cited }, (_, i) => `p${i}`) } } as AtlasFeature;
};
const places = indexPlaces([
  place('tongxiang', '桐乡市', ['桐乡'], 'Tongxiang (county-level city)', 20),
  place('tongxiang-link', '桐乡至德清联络线', [], 'Tongxiang–Deqing link expressway'),
  place('avenue', '乌镇大道', [], 'Wuzhen Avenue (Tongxiang–Wuzhen)'),
]);
const found = (terms: string[], pinyin = '') => searchPlaces(places, terms, pinyin).map((m) => [m.feature.id, m.matchedBy, m.matchedName]);

describe('searchPlaces', () => {
  it('ranks an exact alias above a prefix, and a prefix above an English word', () => {
    expect(found(['tongxiang'], 'tongxiang')).toEqual([
      ['tongxiang', 'pinyin', '桐乡'],
      ['tongxiang-link', 'pinyin', '桐乡至德清联络线'],
      ['avenue', 'english', 'Wuzhen Avenue (Tongxiang–Wuzhen)'],
    ]);
    expect(found(['桐乡'])).toEqual([
      ['tongxiang', 'alias', '桐乡'],
      ['tongxiang-link', 'name', '桐乡至德清联络线'],
    ]);
  });

  it('needs every term to match somewhere', () => {
    expect(found(['wuzhen', 'avenue'])).toEqual([['avenue', 'english', 'Wuzhen Avenue (Tongxiang–Wuzhen)']]);
    expect(found(['wuzhen', 'canal'])).toEqual([]);
  });
});

describe('searchPlaces: English names and keywords (issue 16)', () => {
  const english = indexPlaces([
    place('s12', 'S12申嘉湖（杭）高速公路', [], 'S12 Shanghai–Jiaxing–Huzhou (–Hangzhou) Expressway', 2),
    place('zone', '嘉湖一体化合作先行区', [], 'Jiaxing–Huzhou Integration Cooperation Pilot Zone', 1),
    place('light', '乌镇之光超算中心', ['乌镇之光'], '"Light of Wuzhen" Supercomputing Centre', 3, ['supercomputer', 'computing centre']),
    place('town', '乌镇', [], 'Wuzhen (town)', 40),
    place('venue', '乌镇互联网国际会展中心', [], 'Wuzhen Internet International Convention & Exhibition Center', 1),
  ]);
  const ids = (terms: string[]) => searchPlaces(english, terms, '').map((m) => m.feature.id);

  it('ranks the place whose English name begins with the query above one that holds it inside', () => {
    expect(ids(['jiaxing', 'huzhou'])).toEqual(['zone', 's12']);
  });

  it('ranks the exact English name first, its bracketed qualifier aside', () => {
    expect(ids(['wuzhen'])[0]).toBe('town');
  });

  it('finds a place by an English keyword and says so', () => {
    expect(searchPlaces(english, ['supercomputer'], '').map((m) => [m.feature.id, m.matchedBy, m.matchedName])).toEqual([['light', 'keyword', 'supercomputer']]);
    expect(ids(['computing', 'centre'])).toEqual(['light']);
  });
});

describe('pinyinExpansions', () => {
  it('gives the Chinese a pinyin query spells in the names', () => {
    expect(pinyinExpansions(places, 'tongxiang')).toEqual(['桐乡']);
    expect(pinyinExpansions(places, 'wuzhendadao')).toEqual(['乌镇大道']);
    expect(pinyinExpansions(places, 'tongx')).toEqual([]);
    expect(pinyinExpansions(places, '桐乡')).toEqual([]);
  });
});
