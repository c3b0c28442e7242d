/**
 * The web app reads every datum from the API, so its build depends on no data file: a broken
 * geodata/layers.json must fail at the server's start-up with one line naming it, not in Vite.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = import.meta.dirname;
const IMPORT = /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$|\.fixture\.ts$/.test(entry.name) ? [full] : [];
  });
}

describe('the web app bundle', () => {
  it('imports nothing outside web/, the shared types and the README (no geodata, curation or corpus file)', () => {
    const offending: string[] = [];
    for (const file of sourceFiles(SRC)) {
      for (const match of fs.readFileSync(file, 'utf8').matchAll(IMPORT)) {
        const specifier = match[1] ?? match[2];
        if (!specifier.startsWith('.')) continue;
        const target = path.resolve(path.dirname(file), specifier);
        const inWeb = target.startsWith(path.resolve(SRC, '..') + path.sep);
        const inTypes = target.startsWith(path.resolve(SRC, '../../types') + path.sep);
        // the README's basemap section is shown in the app (map/basemap-help.ts): prose, not data
        const readme = target === path.resolve(SRC, '../../README.md?raw');
        if (!inWeb && !inTypes && !readme) offending.push(`${path.relative(SRC, file)} → ${specifier}`);
      }
    }
    expect(offending).toEqual([]);
  });
});
