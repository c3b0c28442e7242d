import { describe, expect, it } from 'vitest';
import { replaceLayoutSpaces } from './replace-layout-spaces';

describe('replaceLayoutSpaces', () => {
  it('separates headline parts with a comma (docs 003, 004)', () => {
    expect(replaceLayoutSpaces('嘉兴:打造“互联网+”高地金名片 为全省“两个先行”贡献更多数字经济力量', 'title')).toEqual({
      text: '嘉兴:打造“互联网+”高地金名片，为全省“两个先行”贡献更多数字经济力量',
      count: 1,
      removed: ' ',
      inserted: '，',
    });
    expect(replaceLayoutSpaces('推动产业跃升 打造万亿级智能物联产业生态圈', 'heading').text).toBe('推动产业跃升，打造万亿级智能物联产业生态圈');
  });

  it('writes a photo credit the way running text does (doc 004)', () => {
    expect(replaceLayoutSpaces('杭州钱江新城 姚颖康 摄', 'caption')).toEqual({
      text: '杭州钱江新城，姚颖康摄',
      count: 2,
      removed: '  ',
      inserted: '，',
    });
  });

  it('lists names with 、 (docs 003, 004)', () => {
    expect(replaceLayoutSpaces('唐骏珺 金子倩', 'byline').text).toBe('唐骏珺、金子倩');
    expect(replaceLayoutSpaces('黄丽丽 沈林中  刘丽佳', 'byline').text).toBe('黄丽丽、沈林中、刘丽佳');
  });

  it('leaves paragraphs, meta lines and spaces next to Latin text alone', () => {
    expect(replaceLayoutSpaces('在 2016 年第二届 大会', 'paragraph').count).toBe(0);
    expect(replaceLayoutSpaces('2022-07-13 09:59:34 来源: 浙江日报', 'meta').count).toBe(0);
    expect(replaceLayoutSpaces('建成 5G 网络', 'heading').count).toBe(0);
    expect(replaceLayoutSpaces('', 'title').count).toBe(0);
  });
});
