import { describe, expect, it } from 'vitest';
import { passage } from '../testing/fixtures';
import { findQuantities } from './find-quantities';
import { analysePassage } from './passage-structure';

const figures = (text: string, damaged: { start: number; end: number }[] = []) =>
  findQuantities(analysePassage({ ...passage('doc-t-p000', text), damaged })).map((d) => ({
    text: text.slice(d.start, d.end),
    measure: d.measure,
    value: d.value,
    valueMax: d.valueMax,
    unit: d.unit,
    qualifier: d.qualifier,
    approx: d.approx,
    what: d.what,
  }));

describe('findQuantities', () => {
  it('reads an area with 左右 as approximate, in km²', () => {
    expect(figures('划定60平方公里左右范围')).toEqual([
      { text: '60平方公里左右', measure: 'area', value: 60, valueMax: null, unit: 'km2', qualifier: 'about', approx: true, what: '划定' },
    ]);
    expect(figures('用地1500亩')[0]).toMatchObject({ measure: 'area', value: 1, unit: 'km2' });
    expect(figures('建设面积1200m²的全球路演中心')[0]).toMatchObject({ value: 0.0012, unit: 'km2' });
  });

  it('reads money in yuan and tells investment, output and value added apart', () => {
    expect(figures('总投资共计248亿元。')[0]).toMatchObject({ measure: 'investment', value: 2.48e10, unit: 'CNY', what: '总投资' });
    expect(figures('产业产值从40多億元增长')[0]).toMatchObject({ measure: 'output', value: 4e9, qualifier: 'over', approx: true });
    expect(figures('核心产业增加值达到1350亿元以上')[0]).toMatchObject({ measure: 'value_added', value: 1.35e11, qualifier: 'at_least' });
    expect(figures('奖励3-5万元')[0]).toMatchObject({ text: '3-5万元', measure: 'money', value: 30000, valueMax: 50000 });
    expect(figures('产业规模将超万亿元')[0]).toMatchObject({ measure: 'output', value: 1e12, qualifier: 'over' });
  });

  it('counts with classifiers, Chinese numerals included, and names what is counted', () => {
    expect(figures('受聘“进家”院士30名。')[0]).toMatchObject({ measure: 'count', value: 30, what: '院士' });
    expect(figures('桐乡市三大平台、乌镇')[0]).toMatchObject({ text: '三大', value: 3, what: '平台' });
    expect(figures('嘉兴用八年的时间')[0]).toMatchObject({ measure: 'duration', value: 8, unit: 'year' });
    expect(figures('标识注册量超过2亿个')[0]).toMatchObject({ value: 2e8, qualifier: 'over', approx: false });
    expect(figures('年均引入大学生近2萬人')[0]).toMatchObject({ value: 20000, qualifier: 'nearly', approx: true, what: '大学生' });
  });

  it('reads percentages as shares or growth, falls as negative', () => {
    expect(figures('占全省比重约57%')[0]).toMatchObject({ measure: 'share', value: 57, qualifier: 'about' });
    expect(figures('同比增长11.6%')[0]).toMatchObject({ measure: 'growth', value: 11.6 });
    expect(figures('平均用工减少50%')[0]).toMatchObject({ measure: 'growth', value: -50 });
  });

  it('reads link speeds and computing power', () => {
    expect(figures('平均下载速度超过50Mbps')[0]).toMatchObject({ measure: 'bandwidth', value: 5e7, unit: 'bit/s' });
    expect(figures('出口网络带宽达1380G,')[0]).toMatchObject({ value: 1.38e12 });
    expect(figures('推进百亿亿次（E级）的超级计算')[0]).toMatchObject({ measure: 'computing', value: 1e18, unit: 'flops' });
  });

  it.each([
    ['a network generation', '率先启动5G商用试点'],
    ['a road number', 'G60沪昆高速公路、320国道'],
    ['a protocol', '基于IPv6等技术'],
    ['a frequency band', '首条4.9GHz频段'],
    ['an ordinal', '在第二届世界互联网大会上'],
    ['a slogan in quotes', '为全省“两个先行”贡献'],
    ['a title', '《浙江省数字经济五年倍增计划》'],
    ['a list name', '中国十大历史文化名镇'],
    ['an unstated number', '会议数万场'],
    ['a grade', '国家5A级景区'],
    ['"a second"', '推动数字经济二次爆发'],
    ['a single 一', '引进一批企业'],
    ['a bandwidth class', '百兆到户、千兆进楼、万兆级'],
  ])('does not take %s for a figure', (_what, text) => {
    expect(figures(text)).toEqual([]);
  });

  it('does not read a figure that touches damaged text', () => {
    expect(figures('向?qū)<艺髑?014年工作', [{ start: 1, end: 9 }])).toEqual([]);
  });
});
