import { describe, expect, it } from 'vitest';
import { splitTrailingByline } from './split-trailing-byline';

describe('splitTrailingByline', () => {
  it('splits the reporters off the last paragraph (doc 003)', () => {
    expect(splitTrailingByline('嘉兴将全面打造“互联网+”高地金名片,为全省“两个先行”贡献更多数字经济力量。(黄丽丽 沈林中 刘丽佳)')).toEqual({
      paragraph: '嘉兴将全面打造“互联网+”高地金名片,为全省“两个先行”贡献更多数字经济力量。',
      byline: '黄丽丽 沈林中 刘丽佳',
      names: ['黄丽丽', '沈林中', '刘丽佳'],
      removed: '()',
    });
    expect(splitTrailingByline('全文完。（王伟）')).toMatchObject({ byline: '王伟', removed: '（）' });
  });

  it('leaves brackets that are part of a sentence', () => {
    for (const text of [
      '目前,全市累计343个企业(项目、平台、机构)被评为省级以上各类新模式新技术新业态试点示范或标杆。',
      '南湖区在全省各县(市、区)中表现亮眼',
      '成立了以聯合會為載體的企業CIO(首席信息官)',
      '扎实推进百亿亿次（E 级）',
      '',
    ]) {
      expect(splitTrailingByline(text)).toBeNull();
    }
  });
});
