import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataFileError } from '../data-file';
import { loadUnlinkedExplanations } from './unlinked-explanations';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unlinked-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function fileWith(text: string): string {
  const file = path.join(dir, `${Math.random().toString(36).slice(2)}.json`);
  fs.writeFileSync(file, text);
  return file;
}

const entry = { text: '乌镇', kind: 'generic', reason: 'the town as a whole' };

describe('loadUnlinkedExplanations', () => {
  it('reads the reviewed file', () => {
    expect(loadUnlinkedExplanations().length).toBeGreaterThan(0);
  });

  it('names the file, line and column of bad JSON', () => {
    const file = fileWith('{\n  "explanations": [\n    { "text": "乌镇" \n');
    expect(() => loadUnlinkedExplanations(file)).toThrow(DataFileError);
    expect(() => loadUnlinkedExplanations(file)).toThrow(/\.json: not valid JSON at line \d+, column \d+ \(the file ends early\)/);
  });

  it('names the entry the schema refuses, and one explained twice', () => {
    const bad = fileWith(JSON.stringify({ explanations: [entry, { ...entry, text: '桐乡', kind: 'excuse' }] }));
    expect(() => loadUnlinkedExplanations(bad)).toThrow(/explanation #2 \("桐乡"\) \(line 1\): kind: Invalid option/);
    const twice = fileWith(JSON.stringify({ explanations: [entry, entry] }));
    expect(() => loadUnlinkedExplanations(twice)).toThrow(/explanation #2 \("乌镇"\): explains a string an earlier entry explains; correct or remove the explanation/);
  });
});
