import { describe, expect, it } from 'vitest';
import { passage } from '../testing/fixtures';
import { findRankings } from './find-rankings';
import { analysePassage } from './passage-structure';

const rankings = (text: string) =>
  findRankings(analysePassage(passage('doc-t-p000', text))).map((d) => ({ text: text.slice(d.start, d.end), value: d.value, qualifier: d.qualifier, what: d.what, attach: d.attach }));

describe('findRankings', () => {
  it('reads places in a scope and in a list', () => {
    expect(rankings('跃升至全省第七。')).toEqual([{ text: '全省第七', value: 7, qualifier: null, what: '全省', attach: 'before' }]);
    expect(rankings('排名跃升至第14位。')[0]).toMatchObject({ text: '第14位', value: 14 });
    expect(rankings('超算能力达到同期全球前十水平')[0]).toMatchObject({ text: '同期全球前十', value: 10, qualifier: 'top' });
  });

  it('reads firsts, which describe the place named after them', () => {
    expect(rankings('启动建设浙江省首个大型超级计算中心')[0]).toMatchObject({ text: '浙江省首个', value: 1, attach: 'after' });
  });

  it.each(['第二届世界互联网大会', '居全国数字经济第一方阵', '全省第一家上线运行', '入选全省第一批试点', '加快前期工作'])('ignores %s', (text) => {
    expect(rankings(text)).toEqual([]);
  });
});
