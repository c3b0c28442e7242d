import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimWhatText } from './claim-what';

const REVIEWED_CLAIMS = path.resolve(import.meta.dirname, '../../../core/claims/test/out/claims.json');

describe('claimWhatText', () => {
  it('gives English in English mode and the words of the text in Chinese mode (issue 16)', () => {
    expect(claimWhatText('院士', 'en')).toEqual({ text: 'academicians', lang: 'en', untranslated: false });
    expect(claimWhatText('院士', 'zh')).toEqual({ text: '院士', lang: 'zh-Hans', untranslated: false });
  });

  it('says when it has no English, rather than passing Chinese off as English', () => {
    expect(claimWhatText('未收录的词', 'en')).toEqual({ text: '未收录的词', lang: 'zh-Hans', untranslated: true });
  });

  it('has English for every `what` of the reviewed claims', () => {
    const claims = JSON.parse(fs.readFileSync(REVIEWED_CLAIMS, 'utf8')) as Array<{ what: string | null }>;
    const missing = [...new Set(claims.flatMap((c) => (c.what ? [c.what] : [])))].filter((what) => claimWhatText(what, 'en').untranslated);
    expect(missing).toEqual([]);
  });
});
