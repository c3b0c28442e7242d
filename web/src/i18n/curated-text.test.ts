import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { curatedText } from './curated-text';

describe('curatedText', () => {
  it('gives the Chinese text in Chinese mode and the English in English mode (issue 16)', () => {
    expect(curatedText('Placed by the curator.', '由整理者标定。', 'zh')).toEqual({ text: '由整理者标定。', lang: 'zh-Hans', englishOnly: false });
    expect(curatedText('Placed by the curator.', '由整理者标定。', 'en')).toEqual({ text: 'Placed by the curator.', lang: 'en', englishOnly: false });
  });

  it('marks English shown in Chinese mode as English', () => {
    expect(curatedText('Placed by the curator.', undefined, 'zh')).toEqual({ text: 'Placed by the curator.', lang: 'en', englishOnly: true });
  });

  it('finds a Chinese geometrySource (and notes, where there are notes) for every place of the gazetteer', () => {
    const dir = path.resolve(import.meta.dirname, '../../../geodata/places');
    for (const file of fs.readdirSync(dir)) {
      const { features } = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as { features: Array<{ id: string; properties: Record<string, string | undefined> }> };
      for (const { id, properties: p } of features) {
        expect(curatedText(p.geometrySource!, p.geometrySource_zh, 'zh').englishOnly, id).toBe(false);
        if (p.notes) expect(curatedText(p.notes, p.notes_zh, 'zh').englishOnly, id).toBe(false);
      }
    }
  });
});
