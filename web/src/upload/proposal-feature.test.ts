import { describe, expect, it } from 'vitest';
import { gazetteerRecordSchema } from '../../../core/gazetteer/gazetteer-schema';
import { placeIdFor, proposalFeature, suggestionPoint, type Proposal } from './proposal-feature';

const proposal: Proposal = {
  id: 'prop-42',
  name: '乌镇云舟宾客中心',
  passageIds: ['doc-u1-p003', 'doc-u1-p007'],
  suggestion: { geometry: { type: 'Polygon', coordinates: [[[120.48, 30.73], [120.5, 30.73], [120.5, 30.75], [120.48, 30.73]]] }, precision: 'indicative', basis: 'located in 乌镇' },
};

describe('the place an editor accepts from a click', () => {
  const choice = {
    proposal, at: [120.4912345678, 30.7412345678] as [number, number], precision: 'approximate' as const, layer: 'venues' as const,
    category: 'visitor centre', status: 'planned' as const, nameEn: 'Wuzhen Yunzhou Visitor Centre', editor: 'li', documentTitle: '新规划', fromSuggestion: false,
  };

  it('is a gazetteer record the server can accept: slug id, rounded point, the stated precision, cited passages', () => {
    const feature = proposalFeature(choice);
    const { passageIds, ...stored } = feature.properties as Record<string, unknown>;
    expect(gazetteerRecordSchema.safeParse({ ...feature, properties: stored }).success).toBe(true);
    expect(feature.id).toBe('wuzhen-yunzhou-visitor-centre');
    expect(feature.geometry.coordinates).toEqual([120.491235, 30.741235]);
    expect(feature.properties?.precision).toBe('approximate');
    expect(passageIds).toEqual(proposal.passageIds);
  });

  it('says who placed it, on the map, from what', () => {
    expect(proposalFeature(choice).properties?.geometrySource).toMatch(/^Placed by li on the map from "乌镇云舟宾客中心" as 新规划 describes it; approximate/);
    const fromSuggestion = proposalFeature({ ...choice, precision: 'indicative', fromSuggestion: true });
    expect(fromSuggestion.properties?.geometrySource).toMatch(/^Placed by li on the map from the suggestion "located in 乌镇"; indicative/);
  });

  it('leaves the English name and the id to the server when the editor gives none', () => {
    const feature = proposalFeature({ ...choice, nameEn: '  ' });
    expect(feature.id).toBeUndefined();
    expect(feature.properties).not.toHaveProperty('name_en');
  });

  it('makes an id even when the English name has no Latin letters', () => {
    expect(placeIdFor('乌镇', 'prop-42')).toBe('proposal-prop-42');
    expect(placeIdFor('  Café  Zhōu -- ', 'x')).toBe('cafe-zhou');
  });

  it('starts from the middle of a suggestion', () => {
    expect(suggestionPoint(proposal.suggestion)).toEqual([120.49, 30.74]);
    expect(suggestionPoint({ geometry: { type: 'Point', coordinates: [120.1, 30.2] }, precision: 'indicative', basis: '' })).toEqual([120.1, 30.2]);
    expect(suggestionPoint(null)).toBeNull();
  });
});
