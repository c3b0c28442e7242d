import { describe, expect, it } from 'vitest';
import type { Mention } from '../../types/atlas';
import { passage } from '../testing/fixtures';
import { findStatusStatements } from './find-status-statements';
import { analysePassage } from './passage-structure';

/** A passage with the given names marked as mentions of the given places. */
function statuses(text: string, places: Record<string, string>, damaged: { start: number; end: number }[] = []) {
  const mentions: Mention[] = [];
  for (const [name, featureId] of Object.entries(places)) {
    const start = text.indexOf(name);
    mentions.push({ start, end: start + name.length, featureId });
  }
  mentions.sort((a, b) => a.start - b.start);
  const structure = analysePassage({ ...passage('doc-t-p000', text), mentions, damaged });
  return findStatusStatements(structure, mentions).map((d) => ({ text: text.slice(d.start, d.end), status: d.value, places: d.featureIds }));
}

describe('findStatusStatements', () => {
  it('reads existing, under construction, planned, proposed and study wordings', () => {
    expect(statuses('“乌镇之光”超算中心建成运行,超算能力', { 乌镇之光: 'light' })).toEqual([{ text: '建成运行', status: 'existing', places: ['light'] }]);
    expect(statuses('投入12亿元启动建设乌镇实验室。', { 乌镇实验室: 'lab' })).toEqual([{ text: '启动建设', status: 'under_construction', places: ['lab'] }]);
    expect(statuses('加快湖嘉杭绍线的研究。', { 湖嘉杭绍线: 'line' })).toEqual([{ text: '的研究', status: 'study', places: ['line'] }]);
    expect(statuses('探索建立乌镇互联网大学。', { 乌镇互联网大学: 'uni' })).toEqual([{ text: '探索建立', status: 'proposed', places: ['uni'] }]);
  });

  it('gives a status to every place of a list, and says it once per sentence', () => {
    expect(statuses('高起点编制子夜东路智慧社区和虹桥村民丰苑建设规划，', { 子夜东路智慧社区: 'a', 虹桥村民丰苑: 'b' })).toEqual([
      { text: '建设规划', status: 'planned', places: ['a', 'b'] },
    ]);
    expect(statuses('总部、智能计算产业基地、智慧视觉物联小镇等新一批园中园项目建设进展顺利。', { 智能计算产业基地: 'a', 智慧视觉物联小镇: 'b' })[0]).toMatchObject({
      status: 'under_construction',
      places: ['a', 'b'],
    });
  });

  it('does not take a hedged or a bare wording for a status', () => {
    expect(statuses('加快推进“中国视谷”建设,预计到2035年全面建成。', { 中国视谷: 'v' })).toEqual([
      { text: '加快推进“中国视谷”建设', status: 'under_construction', places: ['v'] },
    ]);
    expect(statuses('打造全球路演中心。', { 全球路演中心: 'r' })).toEqual([]);
    expect(statuses('天目山实验室研究方向之一为智能飞行', { 天目山实验室: 't' })).toEqual([]);
  });

  it('reads a wording after a place linked through damaged text, but not damaged wording', () => {
    const text = '趋势?!盀蹑?之光”超算中心在2021年大会期间正式建成投用。';
    expect(statuses(text, { '盀蹑?之光': 'light' }, [{ start: 2, end: 9 }])[0]).toMatchObject({ text: '正式建成投用', status: 'existing' });
    expect(statuses('乌镇之光超算中心正式建?投用。', { 乌镇之光: 'light' }, [{ start: 11, end: 12 }])).toEqual([]);
  });
});
