import { describe, expect, it } from 'vitest';
import { documentOf, passage, record } from '../testing/fixtures';
import { testStore } from '../testing/test-store';
import { linkMentions } from './link-mentions';

const records = [record('wuzhen', '乌镇'), record('wuzhen-lab', '乌镇实验室'), record('wuzhen-light', '乌镇之光', ['之光超算'])];
records.push({ ...record('zone', '嘉湖一体化合作先行区'), properties: { ...record('zone', '嘉湖一体化合作先行区').properties, contextAliases: ['先行区'] } });

describe('linkMentions', () => {
  it("derives each feature's passageIds from its mentions, once per passage, in order", () => {
    const doc = documentOf([passage('doc-test-p000', '乌镇乌镇'), passage('doc-test-p001', '无'), passage('doc-test-p002', '乌镇之光')]);
    const { documents, passageIdsByFeature } = linkMentions([doc], records);
    expect(passageIdsByFeature.get('wuzhen')).toEqual(['doc-test-p000']);
    expect(passageIdsByFeature.get('wuzhen-light')).toEqual(['doc-test-p002']);
    expect(documents[0].passages[0].mentions).toHaveLength(2);
    expect(passageIdsByFeature.has('wuzhen-lab')).toBe(false);
  });

  it('carries what a document named into its later passages, and not into other documents', () => {
    const first = documentOf([passage('doc-a-p000', '嘉湖一体化合作先行区', 'doc-a'), passage('doc-a-p001', '托举先行区', 'doc-a')], 'doc-a');
    const second = documentOf([passage('doc-b-p000', '托举先行区', 'doc-b')], 'doc-b');
    const { passageIdsByFeature } = linkMentions([first, second], records);
    expect(passageIdsByFeature.get('zone')).toEqual(['doc-a-p000', 'doc-a-p001']);
  });

  it('applies overrides after the automatic links', () => {
    const doc = documentOf([passage('doc-test-p000', '梧桐乡乌镇')]);
    const { documents, passageIdsByFeature } = linkMentions([doc], records, [
      { action: 'suppress', passageId: 'doc-test-p000', start: 3, end: 5, text: '乌镇', featureId: 'wuzhen', reason: 'a test of suppression' },
      { action: 'add', passageId: 'doc-test-p000', start: 0, end: 3, text: '梧桐乡', featureId: 'wuzhen-lab', reason: 'a test of an addition' },
    ]);
    expect(documents[0].passages[0].mentions).toEqual([{ start: 0, end: 3, featureId: 'wuzhen-lab' }]);
    expect(passageIdsByFeature.has('wuzhen')).toBe(false);
  });
});

describe('linking over the real corpus', () => {
  const store = testStore();
  const mentionsIn = (passageId: string) => {
    const p = store.passageById.get(passageId)!;
    return p.mentions.map((m) => [p.text.slice(m.start, m.end), m.featureId]);
  };
  const allMentions = store.documents.flatMap((d) => d.passages.flatMap((p) => p.mentions.map((m) => ({ p, m }))));

  it('links 乌镇实验室 to the lab, never a shorter place inside it', () => {
    for (const id of store.featureById.get('wuzhen-laboratory')!.properties.passageIds) {
      const p = store.passageById.get(id)!;
      for (const m of p.mentions.filter((x) => x.featureId === 'wuzhen-laboratory')) {
        expect(p.mentions.filter((o) => o !== m && o.start < m.end && m.start < o.end)).toEqual([]);
      }
    }
    expect(mentionsIn('doc-001-p019')).toContainEqual(['烏鎮實驗室', 'wuzhen-laboratory']);
    expect(mentionsIn('doc-000-p024')).toContainEqual(['清华材料学院乌镇实验室', 'wuzhen-laboratory']);
  });

  it('links the Traditional forms of doc-001 (烏鎮之光, 烏鎮大道科創集聚區, 開發區 by override)', () => {
    expect(mentionsIn('doc-001-p013')).toContainEqual(['烏鎮之光', 'wuzhen-light']);
    expect(mentionsIn('doc-001-p014')).toContainEqual(['烏鎮大道科創集聚區', 'wuzhen-avenue-cluster']);
    expect(mentionsIn('doc-001-p014')).toContainEqual(['開發區', 'tongxiang-edz']);
  });

  it('links no event to a place: the summit (乌镇峰会, 烏鎮峰會) is neither the venue nor the town (issue 16)', () => {
    const summit = store.documents.flatMap((d) => d.passages).filter((p) => /[乌烏][镇鎮]峰[会會]/.test(p.text));
    expect(summit.length).toBeGreaterThan(5);
    for (const p of summit) {
      for (const m of p.mentions) expect(p.text.slice(m.start, m.end + 2), p.id).not.toMatch(/^[乌烏][镇鎮]峰[会會]/);
    }
    // the venue is linked where doc-002 speaks of the summit's 场馆 (a reviewed override), and nowhere through the event
    expect(store.featureById.get('wic-venue')!.properties.passageIds).toEqual(['doc-002-p025']);
    expect(mentionsIn('doc-002-p025')).toContainEqual(['场馆', 'wic-venue']);
  });

  it('links 先行区 to the 嘉湖 zone in doc-000, but not 数字治理先行区 or 家纺产业集群先行区 in doc-003', () => {
    expect(mentionsIn('doc-000-p010').filter(([, id]) => id === 'jiahu-cooperation-zone')).toEqual([
      ['嘉湖一体化合作先行区', 'jiahu-cooperation-zone'],
      ['先行区', 'jiahu-cooperation-zone'],
      ['先行区', 'jiahu-cooperation-zone'],
    ]);
    expect(store.featureById.get('jiahu-cooperation-zone')!.properties.passageIds.filter((id) => id.startsWith('doc-003'))).toEqual([]);
  });

  it('links the short forms after first naming: 集聚区 in doc-001, 产业园 in doc-000', () => {
    expect(mentionsIn('doc-001-p014')).toContainEqual(['集聚區', 'wuzhen-avenue-cluster']);
    expect(mentionsIn('doc-000-p020')).toContainEqual(['产业园', 'world-internet-industrial-park']);
    // 产业园区管委会: the institution, not a short form of the park
    expect(mentionsIn('doc-000-p037')).toEqual([]);
  });

  it('applies the reviewed overrides (梧桐鄉 as a whole word, 南湖 as the district)', () => {
    expect(mentionsIn('doc-001-p003')).toEqual([['梧桐鄉', 'tongxiang']]);
    expect(mentionsIn('doc-003-p037').filter(([text]) => text === '南湖')).toHaveLength(2);
  });

  it('gives every mention a range inside its passage, no two overlapping, in order', () => {
    for (const document of store.documents) {
      for (const p of document.passages) {
        p.mentions.forEach((m, i) => {
          expect(m.start, p.id).toBeGreaterThanOrEqual(i === 0 ? 0 : p.mentions[i - 1].end);
          expect(m.end, p.id).toBeLessThanOrEqual(p.text.length);
          expect(store.featureById.has(m.featureId), m.featureId).toBe(true);
        });
      }
    }
    expect(allMentions.length).toBeGreaterThan(300);
  });
});
