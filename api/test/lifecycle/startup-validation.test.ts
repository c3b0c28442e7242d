/**
 * A corrupt data file stops start-up: the process exits non-zero and says which file and which
 * record, instead of serving a partial atlas.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/config';
import { spawnServer } from '../support/spawn-server';

const temps: string[] = [];
afterAll(() => temps.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function copyWith(sourceDir: string, edit: (dir: string) => void): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-broken-'));
  temps.push(dir);
  fs.cpSync(sourceDir, dir, { recursive: true });
  edit(dir);
  return dir;
}

async function failedStart(env: Record<string, string>) {
  const server = await spawnServer({ env, waitForHealth: false });
  const exit = await Promise.race([server.exited, new Promise<null>((r) => setTimeout(() => r(null), 20_000))]);
  await server.stop('SIGKILL');
  return { exit, ...server.output() };
}

describe('start-up refuses corrupt data', () => {
  it('names the gazetteer file and the record', async () => {
    const placesDir = copyWith(path.join(REPO_ROOT, 'geodata/places'), (dir) => {
      const file = path.join(dir, 'parks.geojson');
      const collection = JSON.parse(fs.readFileSync(file, 'utf8'));
      collection.features[1].properties.status = 'demolished';
      fs.writeFileSync(file, JSON.stringify(collection));
    });
    const brokenId = JSON.parse(fs.readFileSync(path.join(placesDir, 'parks.geojson'), 'utf8')).features[1].id;
    const { exit, stderr, stdout } = await failedStart({ PLACES_DIR: placesDir });
    expect(exit?.code).not.toBe(0);
    expect(exit?.code).not.toBeNull();
    expect(stderr).toContain('parks.geojson');
    expect(stderr).toContain(brokenId);
    expect(stderr).toMatch(/status/);
    expect(stdout).not.toMatch(/ready in/);
  });

  it('names a gazetteer file that is not JSON', async () => {
    const placesDir = copyWith(path.join(REPO_ROOT, 'geodata/places'), (dir) => {
      const file = path.join(dir, 'rail.geojson');
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').slice(0, 200));
    });
    const { exit, stderr } = await failedStart({ PLACES_DIR: placesDir });
    expect(exit?.code).toBeGreaterThan(0);
    expect(stderr).toMatch(/rail\.geojson: not valid JSON/);
  });

  it('names the corpus file and the statement that contradicts its curation', async () => {
    const source = path.join(REPO_ROOT, 'corpus/sources');
    const file = fs.readdirSync(source).find((name) => name.startsWith('000_'))!;
    const corpusDir = copyWith(source, (dir) => {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      fs.writeFileSync(path.join(dir, file), text.replace('\n姜玮\n', '\n王五\n'));
    });
    const { exit, stderr } = await failedStart({ CORPUS_DIR: corpusDir });
    expect(exit?.code).toBeGreaterThan(0);
    expect(stderr).toContain(`${file}: authors from the text is ["王五"] but the curated value is ["姜玮"]`);
  });

  it('names the corpus file whose curated block is gone', async () => {
    const source = path.join(REPO_ROOT, 'corpus/sources');
    const file = fs.readdirSync(source).find((name) => name.startsWith('000_'))!;
    const corpusDir = copyWith(source, (dir) => {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      fs.writeFileSync(path.join(dir, file), text.slice(0, text.indexOf('中共桐乡市委')));
    });
    const { exit, stderr } = await failedStart({ CORPUS_DIR: corpusDir });
    expect(exit?.code).toBeGreaterThan(0);
    expect(stderr).toContain(`${file}: curated block ["中共桐乡市委"]`);
  });
});
