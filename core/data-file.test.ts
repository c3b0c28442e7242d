import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DataFileError, lineAndColumn, parseDataText, readDataFile, recordsIn, validateData } from './data-file';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'data-file-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const schema = z.strictObject({
  about: z.string(),
  entries: z.array(z.strictObject({ id: z.string().min(1), reason: z.string().min(10, 'say why, in a sentence') })),
});
const good = { about: 'test', entries: [{ id: 'a', reason: 'a sentence of reasons' }] };

function write(name: string, text: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

function failure(run: () => unknown): DataFileError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DataFileError);
    expect((error as Error).message).not.toContain('\n');
    return error as DataFileError;
  }
  throw new Error('expected a DataFileError');
}

describe('readDataFile', () => {
  it('returns the validated data', () => {
    expect(readDataFile(write('good.json', JSON.stringify(good)), schema)).toEqual(good);
  });

  it('names a missing file and the setting that chooses it', () => {
    const error = failure(() => readDataFile(path.join(dir, 'gone.json'), schema, { setting: 'LAYERS_FILE' }));
    expect(error.message).toMatch(/gone\.json: does not exist; restore it or set LAYERS_FILE to the right file/);
    const inRepo = failure(() => readDataFile(path.join(dir, 'gone.json'), schema, { name: 'curation/gone.json' }));
    expect(inRepo.message).toBe('curation/gone.json: does not exist; restore it (git checkout -- curation/gone.json)');
  });

  it('names a folder standing where the file should be', () => {
    fs.mkdirSync(path.join(dir, 'folder.json'));
    expect(failure(() => readDataFile(path.join(dir, 'folder.json'), schema)).message).toMatch(/folder\.json: is a folder, not a file; put the JSON file back/);
  });

  it('gives line and column of bad JSON, and says a truncated file ends early', () => {
    const text = JSON.stringify(good, null, 2);
    const truncated = failure(() => readDataFile(write('cut.json', text.slice(0, 40)), schema));
    expect(truncated.message).toMatch(/cut\.json: not valid JSON at line 3, column 15 \(the file ends early\); fix the syntax there/);
    const typo = failure(() => readDataFile(write('typo.json', '{\n  "about": tru,\n  "entries": []\n}'), schema));
    expect(typo.message).toMatch(/typo\.json: not valid JSON at line 2, column 12 \(invalid symbol\)/);
    expect(failure(() => readDataFile(write('empty.json', ''), schema)).message).toMatch(/empty\.json: not valid JSON \(the file is empty\)/);
    expect(failure(() => readDataFile(write('zeros.json', '\0\0\0\0'), schema)).message).toMatch(/zeros\.json: not valid JSON at line 1, column 1/);
  });

  it('names the path and line of the key the schema refuses', () => {
    const bad = { ...good, entries: [good.entries[0], { id: 'b', reason: 'short' }] };
    const error = failure(() => readDataFile(write('bad.json', JSON.stringify(bad, null, 2)), schema));
    expect(error.key).toBe('entries.1.reason (line 10)');
    expect(error.message).toMatch(/bad\.json entries\.1\.reason \(line 10\): say why, in a sentence; correct the value$/);
  });

  it('names the record with recordOf, and says what to do', () => {
    const bad = { ...good, entries: [good.entries[0], { id: 'b', reason: 'short' }] };
    const options = { recordOf: recordsIn('entries', (entry, i) => `entry #${i + 1} (${(entry as { id: string }).id})`), fix: 'correct or remove the entry' };
    const error = failure(() => parseDataText(JSON.stringify(bad), schema, { ...options, name: 'x.json' }));
    expect(error.message).toBe('x.json entry #2 (b) (line 1): reason: say why, in a sentence; correct or remove the entry');
  });

  it('counts further problems and validates data built in code the same way', () => {
    const error = failure(() => validateData({ about: 1, entries: 'none' }, schema, { name: 'built' }));
    expect(error.message).toMatch(/^built about: .* \(and 1 more\); correct the value$/);
  });
});

describe('lineAndColumn', () => {
  it('counts from 1', () => {
    expect(lineAndColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
