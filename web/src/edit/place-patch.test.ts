import { describe, expect, it } from 'vitest';
import { placePatch, twinsToDrop } from './place-patch';

const light = {
  properties: { name_zh: '乌镇之光', status: 'planned', precision: 'approximate', geometrySource: 'the plan map', notes: 'old note', passageIds: ['doc-000-p001'] },
  geometry: { type: 'Point', coordinates: [120.49, 30.74] },
};
const edits = { status: 'planned', precision: 'approximate', geometrySource: 'the plan map', notes: 'old note' };

describe('placePatch', () => {
  it('is undefined when the form and geometry are unchanged (surrounding spaces ignored)', () => {
    expect(placePatch(light, { ...edits, geometrySource: ' the plan map ' })).toBeUndefined();
  });

  it('sends the changed fields only, never passageIds or names', () => {
    expect(placePatch(light, { ...edits, status: 'under_construction', precision: 'surveyed' })).toEqual({
      properties: { status: 'under_construction', precision: 'surveyed' },
    });
  });

  it('removes the notes when emptied, and adds geometrySource_zh only when the place has it', () => {
    expect(placePatch(light, { ...edits, notes: '  ' })).toEqual({ properties: { notes: null } });
    const withZh = { ...light, properties: { ...light.properties, geometrySource_zh: '规划图' } };
    expect(placePatch(withZh, { ...edits, geometrySource_zh: '总体规划图' })).toEqual({ properties: { geometrySource_zh: '总体规划图' } });
  });

  it('edits the Chinese notes beside the English ones, and removes them when emptied', () => {
    const withZh = { ...light, properties: { ...light.properties, notes_zh: '旧备注' } };
    expect(placePatch(withZh, { ...edits, notes_zh: '新备注' })).toEqual({ properties: { notes_zh: '新备注' } });
    expect(placePatch(withZh, { ...edits, notes_zh: ' ' })).toEqual({ properties: { notes_zh: null } });
    expect(placePatch(withZh, { ...edits, notes_zh: '旧备注' })).toBeUndefined();
  });

  it('sends a moved point as its new coordinates', () => {
    expect(placePatch(light, edits, { type: 'Point', coordinates: [120.5, 30.75] })).toEqual({ geometry: { coordinates: [120.5, 30.75] } });
  });
});

describe('twinsToDrop', () => {
  const twins = { ...light, properties: { ...light.properties, notes_zh: '旧备注', geometrySource_zh: '规划图' } };
  const same = { ...edits, notes_zh: '旧备注', geometrySource_zh: '规划图' };

  it('names a Chinese twin left as it was while its English field changed', () => {
    expect(twinsToDrop(twins, same)).toEqual([]);
    expect(twinsToDrop(twins, { ...same, notes: 'new note' })).toEqual(['notes_zh']);
    expect(twinsToDrop(twins, { ...same, notes: 'new note', geometrySource: 'a survey' })).toEqual(['notes_zh', 'geometrySource_zh']);
  });

  it('names none when the twin was edited too, emptied, or never there', () => {
    expect(twinsToDrop(twins, { ...same, notes: 'new note', notes_zh: '新备注' })).toEqual([]);
    expect(twinsToDrop(twins, { ...same, notes: 'new note', notes_zh: '' })).toEqual([]);
    expect(twinsToDrop(light, { ...edits, notes: 'new note' })).toEqual([]);
  });
});
