/**
 * Every claim of the corpus, compared with test/out/claims.json: the reviewed list a change to the
 * rules, the corrections, the corpus or the gazetteer shows up in. Regenerate on purpose with
 * `UPDATE_GOLDEN=1 npx vitest run core/claims` and review the diff.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { realClaims } from './test/real-claims';

const FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'test/out/claims.json');

describe('golden claims', () => {
  it('match test/out/claims.json', () => {
    const actual = realClaims().claims.map((c) => ({
      id: c.id,
      featureId: c.featureId,
      measure: c.measure,
      text: c.text,
      value: c.value,
      valueMax: c.valueMax,
      unit: c.unit,
      qualifier: c.qualifier,
      approx: c.approx,
      modality: c.modality,
      asOf: c.asOf,
      what: c.what,
      source: c.source,
    }));
    if (process.env.UPDATE_GOLDEN === '1') {
      fs.mkdirSync(path.dirname(FILE), { recursive: true });
      fs.writeFileSync(FILE, `${JSON.stringify(actual, null, 1)}\n`);
      return;
    }
    if (!fs.existsSync(FILE)) throw new Error(`no golden file ${FILE}; run with UPDATE_GOLDEN=1 and review it`);
    expect(actual).toEqual(JSON.parse(fs.readFileSync(FILE, 'utf8')));
  });
});
