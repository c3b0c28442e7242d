import { describe, expect, it } from 'vitest';
import { replaceLayoutSpaces } from './replace-layout-spaces';

describe('replaceLayoutSpaces', () => {
  it('keeps a single layout space between headline parts as the source has it (docs 003, 004)', () => {
    const title = '嘉兴:打造“互联网+”高地金名片 为全省“两个先行”贡献更多数字经济力量';
    expect(replaceLayoutSpaces(title, 'title')).toEqual({ text: title, count: 0, removed: '', inserted: '' });
    expect(replaceLayoutSpaces('推动产业跃升 打造万亿级智能物联产业生态圈', 'heading').text).toBe('推动产业跃升 打造万亿级智能物联产业生态圈');
  });

  it('collapses runs of spaces, tabs and full-width spaces to one space, counting what it removed', () => {
    expect(replaceLayoutSpaces('黄丽丽 沈林中  刘丽佳', 'byline')).toEqual({ text: '黄丽丽 沈林中 刘丽佳', count: 1, removed: '  ', inserted: ' ' });
    expect(replaceLayoutSpaces('杭州钱江新城\u3000姚颖康\t摄', 'caption').text).toBe('杭州钱江新城 姚颖康 摄');
  });

  it('never inserts punctuation', () => {
    for (const kind of ['title', 'heading', 'caption', 'byline'] as const) {
      expect(replaceLayoutSpaces('唐骏珺 金子倩', kind).text).not.toMatch(/[，、]/);
    }
  });

  it('leaves paragraphs, meta lines and spaces next to Latin text alone', () => {
    expect(replaceLayoutSpaces('在 2016 年第二届 大会', 'paragraph').count).toBe(0);
    expect(replaceLayoutSpaces('2022-07-13 09:59:34 来源: 浙江日报', 'meta').count).toBe(0);
    expect(replaceLayoutSpaces('建成 5G 网络', 'heading').count).toBe(0);
    expect(replaceLayoutSpaces('', 'title').count).toBe(0);
  });
});
