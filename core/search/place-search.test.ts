import { describe, expect, it } from 'vitest';
import type { AtlasFeature } from '../../types/atlas';
import { record } from '../../api/test/support/fixtures';
import { indexPlaces, pinyinExpansions, searchPlaces } from './place-search';

const place = (id: string, name: string, aliases: string[], english: string, cited = 0) => {
  const r = record(id, name, aliases, english);
  return { ...r, properties: { ...r.properties, passageIds: Array.from({ length: cited }, (_, i) => `p${i}`) } } as AtlasFeature;
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

describe('pinyinExpansions', () => {
  it('gives the Chinese a pinyin query spells in the names', () => {
    expect(pinyinExpansions(places, 'tongxiang')).toEqual(['桐乡']);
    expect(pinyinExpansions(places, 'wuzhendadao')).toEqual(['乌镇大道']);
    expect(pinyinExpansions(places, 'tongx')).toEqual([]);
    expect(pinyinExpansions(places, '桐乡')).toEqual([]);
  });
});
