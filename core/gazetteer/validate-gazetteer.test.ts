import path from 'node:path';
import type { LineString, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { loadMentionOverrides } from '../linking/mention-overrides';
import { inputsFromEnv } from '../atlas-inputs';
import { ingestCorpus } from '../corpus/ingest-corpus';
import { loadGazetteer } from './load-gazetteer';
import { GazetteerError } from './load-gazetteer';
import { overrideLinkedIds, refuseGazetteerProblems, validateGazetteer } from './validate-gazetteer';

const IN = path.join(import.meta.dirname, 'test/in');
const ROOT = path.resolve(import.meta.dirname, '../..');

/** A corpus of one passage per text. */
const passages = (...texts: string[]) => texts.map((text) => ({ text }));
const problemsOf = (dir: string, corpus?: string[]) => validateGazetteer(loadGazetteer(path.join(IN, dir)), corpus && passages(...corpus));

describe('validateGazetteer on the real gazetteer', () => {
  it('finds no problems, with every place named in the corpus', () => {
    const inputs = inputsFromEnv();
    const { documents } = ingestCorpus(inputs.corpusDir, { curatedFile: inputs.documentsFile });
    const problems = validateGazetteer(loadGazetteer(path.join(ROOT, 'geodata/places')), documents.flatMap((d) => d.passages), {
      linkedByOverride: overrideLinkedIds(loadMentionOverrides()),
    });
    expect(problems).toEqual([]);
  });
});

describe('the issue-16 corrections stay made', () => {
  const byId = new Map(loadGazetteer(path.join(ROOT, 'geodata/places')).map((r) => [r.id, r]));
  const point = (id: string) => (byId.get(id)!.geometry as Point).coordinates;

  it('puts the EDZ internet park west of 乌镇大道, which the 2015 report says borders it on the east (东临乌镇大道)', () => {
    const [lon, lat] = point('wuzhen-internet-industrial-park-edz');
    const avenue = (byId.get('wuzhen-avenue')!.geometry as LineString).coordinates;
    const i = avenue.findIndex(([, y], k) => k > 0 && (avenue[k - 1][1] - lat) * (y - lat) <= 0);
    const [[x0, y0], [x1, y1]] = [avenue[i - 1], avenue[i]];
    expect(lon).toBeLessThan(x0 + ((lat - y0) / (y1 - y0)) * (x1 - x0));
  });

  it('draws 沪杭城际铁路 only as the link its name states, not through Wuzhen', () => {
    expect((byId.get('shanghai-hangzhou-intercity')!.geometry as LineString).coordinates).toHaveLength(2);
    expect(byId.get('shanghai-hangzhou-intercity')!.properties.precision).toBe('indicative');
  });

  it('gives the corrected places a reference the check holds them to', () => {
    for (const id of ['lianshi-town', 'shanghai-hangzhou-hsr', 'shanghai', 'suzhou', 'wuxi']) expect(byId.get(id)!.properties.references?.length, id).toBeGreaterThan(0);
    expect(byId.get('shanghai-hangzhou-hsr')!.properties.references!.map((r) => r.name)).toContain('海宁西站');
  });
});

describe('validateGazetteer on hand-made fixtures', () => {
  it('passes a small valid gazetteer', () => {
    expect(problemsOf('valid', ['乌镇测试园在乌镇'])).toEqual([]);
  });

  it.each([
    ['duplicate-id', /innovation\.geojson record "test-park": duplicate id \(also used in layer parks\)/],
    ['layer-mismatch', /record "test-park": layer "innovation" does not match its file \(parks\.geojson\)/],
    ['wrong-geometry', /geometry LineString is not allowed in layer parks \(Point family only\)/],
    ['swapped-lon-lat', /outside the region .*lon\/lat swapped\?/],
    ['too-many-decimals', /more than 6 decimals/],
    ['open-ring', /exterior ring is not closed/],
    ['clockwise-ring', /exterior ring is clockwise; RFC 7946 wants exterior rings counter-clockwise/],
    ['bowtie', /self-intersects/],
    ['zone-too-small', /area [\d.]+ km² is outside the plausible 50–70 km²/],
    ['park-outside-county', /lies in 乌镇, which is in 桐乡市, but the point is outside that polygon/],
    ['traditional-name', /name "烏鎮實驗室" is not Simplified Chinese/],
    ['no-status-source', /statusSource must name the document/],
    ['shared-name', /name "乌镇测试园" is also a name of "test-park"/],
    ['reference-too-far', /record "test-park": lies 1\.9 km from its reference \(120\.52, 30\.75; .*\), more than the 0\.1 km its precision "surveyed" allows/],
    ['missing-translation', /geometrySource_zh is missing[^]*notes_zh is missing/],
  ])('%s fails with a clear message', (dir, message) => {
    const problems = problemsOf(dir);
    expect(problems.join('\n')).toMatch(message);
  });

  it('checks the fields of records built in code, not only those read from files', () => {
    const [park] = loadGazetteer(path.join(IN, 'valid'));
    const { name_en: _dropped, ...rest } = park.properties;
    const problems = validateGazetteer([{ ...park, properties: rest as typeof park.properties }]);
    expect(problems.join('\n')).toMatch(/record "test-park": properties\.name_en: /);
  });

  it('refuses an event name as a place name or alias when the gazetteer loads (issue 16: 乌镇峰会 is no venue)', () => {
    expect(() => loadGazetteer(path.join(IN, 'event-alias'))).toThrow(/parks\.geojson record "test-park" \(line \d+\): properties\.aliases\.0: "乌镇测试峰会" names an event \(…峰会\), not a place/);
  });

  it('counts a place linked by a reviewed override as named in the corpus', () => {
    const records = loadGazetteer(path.join(IN, 'valid'));
    expect(validateGazetteer(records, passages('别的文字'), { linkedByOverride: new Set(['test-park']) })).toEqual([]);
  });

  it('reports a place the corpus never names, and accepts one named in Traditional script', () => {
    expect(problemsOf('valid', ['别的文字'])).toEqual([
      'parks.geojson record "test-park": neither name_zh nor any alias occurs in the corpus (乌镇测试园)',
    ]);
    expect(problemsOf('valid', ['烏鎮測試園'])).toEqual([]);
  });

  it('skips only the rules tying places to the documents for synthetic places', () => {
    const synthetic = { citations: false };
    expect(validateGazetteer(loadGazetteer(path.join(IN, 'no-status-source')), passages('别的文字'), synthetic)).toEqual([]);
    expect(validateGazetteer(loadGazetteer(path.join(IN, 'swapped-lon-lat')), undefined, synthetic).join('\n')).toMatch(/lon\/lat swapped\?/);
  });
});

describe('refuseGazetteerProblems (start-up)', () => {
  it('throws the first problem naming the layer file inside the places folder, with the count of the rest', () => {
    const dir = path.join(IN, 'no-status-source');
    try {
      refuseGazetteerProblems(loadGazetteer(dir), dir, passages('别的文字'));
    } catch (error) {
      expect(error).toBeInstanceOf(GazetteerError);
      expect((error as Error).message).toMatch(/test\/in\/no-status-source\/\w+\.geojson record "[\w-]+": .* \(and \d+ more problem\(s\)\); correct the record \(npm run geodata:check lists every problem\)$/);
      return;
    }
    throw new Error('expected the gazetteer to be refused');
  });

  it('lets a sound gazetteer through', () => {
    const dir = path.join(IN, 'valid');
    expect(() => refuseGazetteerProblems(loadGazetteer(dir), dir, passages('乌镇测试园在乌镇'))).not.toThrow();
  });
});
