import { describe, expect, it } from 'vitest';
import { collapseOcrDoubling } from './collapse-ocr-doubling';

describe('collapseOcrDoubling', () => {
  it('collapses the doubled run of doc 000 (§四(三)2), including the undoubled 政', () => {
    const line = '一是加强顶层战略统揽，构建良好生态。加加强强政府府主主导导，，制制定科学可行、长期投资、多部门协同的中长期远景规划';
    expect(collapseOcrDoubling(line)).toEqual({
      text: '一是加强顶层战略统揽，构建良好生态。加强政府主导，制定科学可行、长期投资、多部门协同的中长期远景规划',
      count: 1,
      removed: '加强府主导，制',
      inserted: '',
    });
  });

  it('keeps real doubled words', () => {
    for (const text of [
      '谢谢大家常常来乌镇，人人都说天天好。',
      '已融入到百姓生活的方方面面。',
      '大家高高兴兴、快快乐乐地过节。',
      '乌镇镇政府紧紧抓住机遇，牢牢占据龙头地位。',
      '扎实推进百亿亿次（E 级）及以上量级的超级计算研究',
      '由镇主要领导同志兼任招商引资工作领导小组组长',
      '阿里巴巴、黄丽丽、一个个名为“大脑”的平台',
    ]) {
      expect(collapseOcrDoubling(text)).toEqual({ text, count: 0, removed: '', inserted: '' });
    }
  });

  it('never pairs digits, Latin letters, …… or ——', () => {
    for (const text of ['接待大小会议团队 10000000000 余个', 'ICCA、APP、WWWW', '风生水起……——“乌镇之光”', '……………………']) {
      expect(collapseOcrDoubling(text).count).toBe(0);
    }
  });

  it('decides by run length: four pairs stay, five go', () => {
    expect(collapseOcrDoubling('甲甲乙乙丙丙丁丁').count).toBe(0);
    expect(collapseOcrDoubling('甲甲乙乙丙丙丁丁戊戊').text).toBe('甲乙丙丁戊');
  });

  it('does not collapse a stretch with too many single characters between the pairs', () => {
    expect(collapseOcrDoubling('高高兴兴、快快乐乐、平平安安').count).toBe(0);
  });

  it('collapses doubled punctuation inside the run and keeps text around it', () => {
    expect(collapseOcrDoubling('前文。加加强强合合作作，，共共享享。后文').text).toBe('前文。加强合作，共享。后文');
  });

  it('handles empty input and single characters', () => {
    expect(collapseOcrDoubling('').text).toBe('');
    expect(collapseOcrDoubling('乌').text).toBe('乌');
  });
});
