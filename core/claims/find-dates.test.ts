import { describe, expect, it } from 'vitest';
import { passage } from '../testing/fixtures';
import { findDates } from './find-dates';
import { analysePassage } from './passage-structure';

const datesIn = (text: string, documentDate: string | null = '2022-07-13', damaged: { start: number; end: number }[] = []) =>
  findDates(analysePassage({ ...passage('doc-t-p000', text), damaged }), documentDate).map((d) => ({
    text: text.slice(d.start, d.end),
    value: d.value,
    valueMax: d.valueMax,
    qualifier: d.qualifier,
    modality: d.modality,
  }));

describe('findDates', () => {
  it('reads years, months, days and their stretches', () => {
    expect(datesIn('2020年11月,桐乡市启动建设')).toEqual([{ text: '2020年11月', value: '2020-11', valueMax: null, qualifier: null, modality: undefined }]);
    expect(datesIn('2014年11月19—21日,首届大会举行')[0]).toMatchObject({ value: '2014-11-19', valueMax: '2014-11-21' });
    expect(datesIn('2021年1—8月,规上数字制造业')[0]).toMatchObject({ text: '2021年1—8月', value: '2021-01', valueMax: '2021-08' });
    expect(datesIn('从2014年到2021年,桐乡')[0]).toMatchObject({ text: '从2014年到2021年', value: '2014', valueMax: '2021' });
  });

  it('reads 年底, 上半年 and the qualifiers 以来, 截至, 到', () => {
    expect(datesIn('2022年底,中央经济工作会议')[0]).toMatchObject({ value: '2022-12' });
    expect(datesIn('且2021年上半年这一指标')[0]).toMatchObject({ value: '2021-01', valueMax: '2021-06' });
    expect(datesIn('2020年以来，嘉兴市委')[0]).toMatchObject({ text: '2020年以来', qualifier: 'since' });
    expect(datesIn('截至2021年底,全市')[0]).toMatchObject({ text: '截至2021年底', value: '2021-12', qualifier: 'as_of' });
  });

  it('marks a "by" year after the document date as a target', () => {
    expect(datesIn('目标到2025年,全市')[0]).toMatchObject({ text: '到2025年', qualifier: 'by', modality: 'target' });
    expect(datesIn('至2022年,大会已经举办8次', '2022-07-13')[0]).toMatchObject({ qualifier: 'by', modality: undefined });
  });

  it('reads decades and five-year plans', () => {
    expect(datesIn('上世纪70年代在乌镇谭家湾发现')[0]).toMatchObject({ value: '1970', valueMax: '1979' });
    expect(datesIn('力争“十四五”内建成通车')[0]).toMatchObject({ text: '“十四五”内', value: '2021', valueMax: '2025', qualifier: 'by' });
  });

  it('anchors 今年, 去年 and 20年前 to the document date, and only then', () => {
    expect(datesIn('去年,嘉兴列入')[0]).toMatchObject({ value: '2021' });
    expect(datesIn('今年上半年,嘉兴')[0]).toMatchObject({ value: '2022-01', valueMax: '2022-06' });
    expect(datesIn('20年前,在“八八战略”指引下', '2023')[0]).toMatchObject({ value: '2003' });
    expect(datesIn('去年,嘉兴列入', null)).toEqual([]);
    expect(datesIn('追溯到了7000年前', '2021')).toEqual([]);
  });

  it('skips a year that touches damaged text, which may have lost a digit', () => {
    expect(datesIn('向?qū)<艺髑?014年工作要点', '2021', [{ start: 1, end: 9 }])).toEqual([]);
  });
});
