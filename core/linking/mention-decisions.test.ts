import { describe, expect, it } from 'vitest';
import { loadMentionOverrides } from './mention-overrides';
import { linkMentions } from './link-mentions';
import { testStore } from '../testing/test-store';
import { documentOf, passage, record } from '../testing/fixtures';
import type { AtlasDocument } from '../../types/atlas';
import { addedMentionId, applyMentionDecisions, autoMentionId, rejectionId, type MentionDecision, type MentionDecisions } from './mention-decisions';

function decision(kind: 'add' | 'reject', passageId: string, start: number, end: number, text: string, featureId: string, at = '2026-01-01T00:00:00.000Z'): MentionDecision {
  const id = (kind === 'add' ? addedMentionId : rejectionId)(passageId, { start, end, featureId });
  return { id, passageId, start, end, text, featureId, at, by: 'test', reason: null };
}

const ranges = (documents: AtlasDocument[]) => documents.flatMap((d) => d.passages.flatMap((p) => p.mentions.map((m) => `${p.id} ${m.start}-${m.end} ${m.featureId}`)));

describe('applyMentionDecisions', () => {
  it('gives the same links as the reviewed overrides file, over the whole corpus', () => {
    const store = testStore();
    const overrides = loadMentionOverrides();
    const decisions: MentionDecisions = {
      added: overrides.filter((o) => o.action === 'add').map((o) => decision('add', o.passageId, o.start, o.end, o.text, o.featureId)),
      rejected: overrides.filter((o) => o.action === 'suppress').map((o) => decision('reject', o.passageId, o.start, o.end, o.text, o.featureId)),
    };
    const records = store.features.map(({ properties: { passageIds: _p, ...properties }, ...rest }) => ({ ...rest, properties }));
    const ingested = store.documents.map((d) => ({ ...d, passages: d.passages.map((p) => ({ ...p, mentions: [] })) }));
    const automatic = linkMentions(ingested, records as never, []).documents;
    const decided = applyMentionDecisions(automatic, decisions, new Set(store.featureById.keys()));
    expect(ranges(decided)).toEqual(ranges(store.documents));
    const mentions = decided.flatMap((d) => d.passages.flatMap((p) => p.mentions));
    expect(mentions.filter((m) => m.origin === 'editor')).toHaveLength(decisions.added.length);
    expect(mentions.every((m) => m.id && (m.origin === 'editor' ? m.id.startsWith('e.') : m.id.startsWith('a.')))).toBe(true);
  });

  const records = [record('wuzhen', '乌镇'), record('wuzhen-light', '乌镇之光')];
  const linked = (text: string) => linkMentions([documentOf([passage('doc-test-p001', text)])], records).documents;
  const mentionsOf = (documents: AtlasDocument[]) => documents[0].passages[0].mentions.map((m) => `${m.start}-${m.end} ${m.featureId} ${m.origin}`);

  it('keeps a rejected link rejected when the text is linked again, even when its offsets moved', () => {
    const rejected = [decision('reject', 'doc-test-p001', 0, 2, '乌镇', 'wuzhen')];
    expect(mentionsOf(applyMentionDecisions(linked('乌镇在桐乡。乌镇很美。'), { added: [], rejected }, new Set(['wuzhen'])))).toEqual(['6-8 wuzhen auto']);
    // two characters were put in front: the rejection finds its words at their new place
    expect(mentionsOf(applyMentionDecisions(linked('今天乌镇在桐乡。乌镇很美。'), { added: [], rejected }, new Set(['wuzhen'])))).toEqual(['8-10 wuzhen auto']);
  });

  it('lets an editor mention win over the automatic ones it overlaps, and ignores one for a retired place', () => {
    const added = [decision('add', 'doc-test-p001', 0, 4, '乌镇之光', 'wuzhen')];
    const auto = linked('乌镇之光在乌镇。');
    expect(mentionsOf(auto)).toEqual(['0-4 wuzhen-light undefined', '5-7 wuzhen undefined']);
    expect(mentionsOf(applyMentionDecisions(auto, { added, rejected: [] }, new Set(['wuzhen', 'wuzhen-light'])))).toEqual(['0-4 wuzhen editor', '5-7 wuzhen auto']);
    expect(mentionsOf(applyMentionDecisions(auto, { added, rejected: [] }, new Set(['wuzhen-light'])))).toEqual(['0-4 wuzhen-light auto', '5-7 wuzhen auto']);
  });

  it('names automatic mentions by passage, range and place', () => {
    expect(autoMentionId('doc-000-p001', { start: 3, end: 5, featureId: 'tongxiang' })).toBe('a.doc-000-p001.3.5.tongxiang');
  });
});
