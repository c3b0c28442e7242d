/**
 * Every source character is accounted for: kept in a passage (reading text, or moved to a
 * caption/byline/meta passage) or removed by a named repair, checked by count and by identity.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IngestedCorpus } from './ingest-corpus';
import { FIXTURE_IN_DIR, fixtureCorpus, REAL_CORPUS_DIR, realCorpus } from './test/fixtures';

function histogram(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const ch of text) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  return counts;
}

function checkAccounting(corpus: IngestedCorpus, dir: string): void {
  corpus.documents.forEach((document, i) => {
    const report = corpus.reports[i];
    if (!report) throw new Error(`no report for ${document.id}`);
    const raw = fs.readFileSync(path.join(dir, document.sourceFile), 'utf8');
    const repairs = Object.values(report.repairs);
    const output = document.passages.map((passage) => passage.text).join('');

    expect(report.sourceChars).toBe(raw.length);
    expect(report.outputChars).toBe(output.length);
    const removed = repairs.reduce((sum, repair) => sum + repair.removed, 0);
    const inserted = repairs.reduce((sum, repair) => sum + repair.inserted, 0);
    expect(report.sourceChars - removed + inserted, `${document.id} character balance`).toBe(report.outputChars);
    expect(Object.values(report.charsByKind).reduce((a, b) => a + b, 0)).toBe(report.outputChars);

    // by identity: source − removed + inserted = output, character by character
    const expected = histogram(raw);
    for (const repair of repairs) {
      for (const [ch, n] of histogram(repair.removedText)) expected.set(ch, (expected.get(ch) ?? 0) - n);
      for (const [ch, n] of histogram(repair.insertedText)) expected.set(ch, (expected.get(ch) ?? 0) + n);
    }
    const actual = histogram(output);
    const mismatched = [...new Set([...expected.keys(), ...actual.keys()])].filter(
      (ch) => (expected.get(ch) ?? 0) !== (actual.get(ch) ?? 0),
    );
    expect(mismatched, `${document.id}: characters unaccounted for`).toEqual([]);
  });
}

describe('character accounting', () => {
  it('accounts for every character of the real corpus', () => {
    checkAccounting(realCorpus(), REAL_CORPUS_DIR);
  });

  it('accounts for every character of the issue-4 fixtures', () => {
    checkAccounting(fixtureCorpus(), FIXTURE_IN_DIR);
  });

  it('moves boilerplate, captions and credits instead of deleting them', () => {
    const byId = new Map(realCorpus().reports.map((report) => [report.documentId, report]));
    expect(byId.get('doc-003')?.charsByKind.meta).toBeGreaterThan(0);
    expect(byId.get('doc-003')?.charsByKind.byline).toBeGreaterThan(0);
    expect(byId.get('doc-004')?.charsByKind.caption).toBeGreaterThan(0);
  });
});
