/**
 * The full ingestion output (document and repair report) of every real corpus document and every
 * issue-4 fixture, compared with test/out/<doc-id>.json. Regenerate on purpose with
 * `UPDATE_GOLDEN=1 npx vitest run core/corpus` and review the diff.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureCorpus, GOLDEN_OUT_DIR, realCorpus } from './test/fixtures';
import type { IngestedCorpus } from './ingest-corpus';

const UPDATE = process.env.UPDATE_GOLDEN === '1';

function checkGolden(corpus: IngestedCorpus): void {
  corpus.documents.forEach((document, i) => {
    const file = path.join(GOLDEN_OUT_DIR, `${document.id}.json`);
    const actual = { document, report: corpus.reports[i] };
    if (UPDATE) {
      fs.writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`);
      return;
    }
    if (!fs.existsSync(file)) throw new Error(`no golden file ${file}; run with UPDATE_GOLDEN=1 and review it`);
    expect(actual, `${document.id} differs from ${file}`).toEqual(JSON.parse(fs.readFileSync(file, 'utf8')));
  });
}

describe('golden ingestion output', () => {
  it('matches test/out for the real corpus', () => {
    checkGolden(realCorpus());
  });

  it('matches test/out for the issue-4 fixtures', () => {
    checkGolden(fixtureCorpus());
  });
});
