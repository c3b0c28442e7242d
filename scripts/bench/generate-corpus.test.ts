import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultCorpusDir } from '../../core/corpus/corpus-paths';
import { ingestCorpus } from '../../core/corpus/ingest-corpus';
import { documentIdFromSourceFile } from '../../core/corpus/document-ids';
import { corpusFileName, generateCorpusFiles, readSeedMaterial } from './generate-corpus';
import { seededRandom } from '../../core/testing/seeded-random';

const { seedFiles, material } = readSeedMaterial();
const digest = (files: Array<{ fileName: string; text: string }>) => createHash('sha256').update(JSON.stringify(files)).digest('hex');

describe('the generated corpus', () => {
  it('is the same bytes for the same seed, and other bytes for another', () => {
    const a = generateCorpusFiles(seedFiles, material, { count: 60, chars: 150_000, seed: 18 });
    const b = generateCorpusFiles(seedFiles, material, { count: 60, chars: 150_000, seed: 18 });
    const c = generateCorpusFiles(seedFiles, material, { count: 60, chars: 150_000, seed: 19 });
    expect(digest(a)).toBe(digest(b));
    expect(digest(a)).not.toBe(digest(c));
  });

  it('keeps the five seeds as they are, numbers the rest on, and holds about the characters asked for', () => {
    const files = generateCorpusFiles(seedFiles, material, { count: 60, chars: 150_000, seed: 18 });
    expect(files.slice(0, 5)).toEqual(seedFiles);
    expect(files.map((f) => documentIdFromSourceFile(f.fileName))).toEqual(Array.from({ length: 60 }, (_, i) => `doc-${String(i).padStart(3, '0')}`));
    const total = files.reduce((n, f) => n + f.text.length, 0);
    expect(total).toBeGreaterThan(150_000 * 0.85);
    expect(total).toBeLessThan(150_000 * 1.15);
    // Traditional and hard-wrapped documents are among them, as in the seeds
    expect(files.slice(5).some((f) => /[這與們會]/.test(f.text))).toBe(true);
    expect(files.slice(5).some((f) => f.text.split('\n').filter((line) => line.length === 36).length > 5)).toBe(true);
  });

  it('names a document past 999 so the atlas reads it as doc-1000', () => {
    expect(documentIdFromSourceFile(corpusFileName(1000, seededRandom(1)))).toBe('doc-1000');
  });

  it('ingests whole: every document has a title and passages, the seeds keep their ids and texts', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-corpus-test-'));
    try {
      for (const file of generateCorpusFiles(seedFiles, material, { count: 30, chars: 80_000, seed: 18 })) fs.writeFileSync(path.join(dir, file.fileName), file.text);
      const generated = ingestCorpus(dir).documents;
      const seeds = ingestCorpus(defaultCorpusDir({})).documents;
      expect(generated.slice(0, 5)).toEqual(seeds);
      for (const document of generated) {
        expect(document.title, document.id).toBeTruthy();
        expect(document.passages.length, document.id).toBeGreaterThan(1);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
