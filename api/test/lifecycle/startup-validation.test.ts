/**
 * A corrupt data file stops start-up: the process exits non-zero and says, in one line, which
 * file, which record and what to do, instead of serving a partial atlas. Each case starts the
 * real server on a copy of the data with one thing broken.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
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
  const exit = await Promise.race([server.exited, new Promise<null>((r) => setTimeout(() => r(null), 60_000))]);
  await server.stop('SIGKILL');
  return { exit, ...server.output() };
}

/** Refused with exit 1 and exactly one line on stderr, which is returned. */
async function refusedInOneLine(env: Record<string, string>): Promise<string> {
  const { exit, stderr, stdout } = await failedStart(env);
  expect(exit?.code, stderr).toBe(1);
  expect(stdout).not.toMatch(/ready in/);
  const lines = stderr.trimEnd().split('\n');
  expect(lines, stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^Wuzhen Atlas cannot start: /);
  return lines[0];
}

/** A copy of the places folder with one record's geometry replaced. */
function placesWithGeometry(layer: string, index: number, coordinates: number[]): { dir: string; id: string } {
  let id = '';
  const dir = copyWith(path.join(REPO_ROOT, 'geodata/places'), (copy) => {
    const file = path.join(copy, `${layer}.geojson`);
    const collection = JSON.parse(fs.readFileSync(file, 'utf8'));
    collection.features[index].geometry = { type: 'Point', coordinates };
    id = collection.features[index].id;
    fs.writeFileSync(file, JSON.stringify(collection, null, 2));
  });
  return { dir, id };
}

function tilesWithBasemap(bytes: (original: Buffer) => Buffer): string {
  return copyWith(path.join(REPO_ROOT, 'tiles'), (dir) => {
    const file = path.join(dir, 'basemap.pmtiles');
    fs.writeFileSync(file, bytes(fs.readFileSync(file)));
  });
}

function fileWith(source: string, edit: (text: string) => string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-broken-'));
  temps.push(dir);
  const file = path.join(dir, path.basename(source));
  fs.writeFileSync(file, edit(fs.readFileSync(source, 'utf8')));
  return file;
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

  it('refuses a place at impossible coordinates, as geodata:check does', async () => {
    const { dir, id } = placesWithGeometry('parks', 0, [999, 999]);
    const line = await refusedInOneLine({ PLACES_DIR: dir });
    expect(line).toContain(`parks.geojson record "${id}": position [999, 999] is outside the region`);
    expect(line).toMatch(/; correct the record \(npm run geodata:check lists every problem\)$/);
  });

  it('refuses a Wuzhen point with latitude and longitude swapped', async () => {
    const { dir, id } = placesWithGeometry('parks', 0, [30.725, 120.5]);
    const line = await refusedInOneLine({ PLACES_DIR: dir });
    expect(line).toContain(`parks.geojson record "${id}": position [30.725, 120.5] is outside the region`);
    expect(line).toContain('lon/lat swapped?');
  });

  it('refuses a folder in place of a layer file', async () => {
    const dir = copyWith(path.join(REPO_ROOT, 'geodata/places'), (copy) => {
      fs.rmSync(path.join(copy, 'rail.geojson'));
      fs.mkdirSync(path.join(copy, 'rail.geojson'));
    });
    expect(await refusedInOneLine({ PLACES_DIR: dir })).toMatch(/rail\.geojson: is a folder, not a file; put the JSON file back in its place$/);
  });

  it('refuses a truncated layer catalogue, giving line and column', async () => {
    const file = fileWith(path.join(REPO_ROOT, 'geodata/layers.json'), (text) => text.slice(0, 1263));
    expect(await refusedInOneLine({ LAYERS_FILE: file })).toMatch(/layers\.json: not valid JSON at line \d+, column \d+ \(the file ends early\); fix the syntax there/);
  });

  it('refuses a catalogue layer in an unknown group, naming the layer', async () => {
    const file = fileWith(path.join(REPO_ROOT, 'geodata/layers.json'), (text) => text.replace('"group": "transport"', '"group": "transit"'));
    expect(await refusedInOneLine({ LAYERS_FILE: file })).toMatch(/layers\.json layer "rail": names the group "transit", which "groups" lacks; add the group or correct the layer$/);
  });

  it.each(['documents.json', 'mention-overrides.json', 'claim-corrections.json'])('refuses bad JSON in curation/%s, naming it', async (name) => {
    const dir = copyWith(path.join(REPO_ROOT, 'curation'), (copy) => {
      const file = path.join(copy, name);
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/",\n/, '"\n'));
    });
    expect(await refusedInOneLine({ CURATION_DIR: dir })).toMatch(new RegExp(`${name.replace('.', '\\.')}: not valid JSON at line \\d+, column \\d+ \\(`));
  });

  it.each([
    ['a truncated', (b: Buffer) => b.subarray(0, b.length >> 1), /truncated: the tile data ends at byte \d+ but the file has \d+ bytes/],
    ['an empty', () => Buffer.alloc(0), /is empty \(0 bytes\)/],
    ['a zeroed', (b: Buffer) => Buffer.alloc(b.length), /header unreadable: not a PMTiles archive/],
  ])('refuses %s basemap archive', async (_case, bytes, problem) => {
    const line = await refusedInOneLine({ TILES_DIR: tilesWithBasemap(bytes) });
    expect(line).toContain('basemap.pmtiles: ');
    expect(line).toMatch(problem);
    expect(line).toMatch(/restore it \(git checkout -- tiles\/basemap\.pmtiles\) or rebuild it \(npm run tiles:build\)/);
  });

  it('prints the stack under the line with DEBUG=1', async () => {
    const file = fileWith(path.join(REPO_ROOT, 'geodata/layers.json'), (text) => text.slice(0, 100));
    const { exit, stderr } = await failedStart({ LAYERS_FILE: file, DEBUG: '1' });
    expect(exit?.code).toBe(1);
    const [line, ...stack] = stderr.trimEnd().split('\n');
    expect(line).toMatch(/^Wuzhen Atlas cannot start: .*layers\.json: not valid JSON/);
    expect(stack[0]).toMatch(/^DataFileError: /);
    expect(stack.some((l) => /^\s+at .*data-file\.ts/.test(l))).toBe(true);
  });
});

describe('start-up refuses a port in use', () => {
  it('says so in one line', async () => {
    const holder = net.createServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => holder.once('listening', resolve));
    try {
      const { port } = holder.address() as net.AddressInfo;
      expect(await refusedInOneLine({ PORT: String(port) })).toBe(`Wuzhen Atlas cannot start: port ${port} is in use; set PORT to a free port or stop the other server`);
    } finally {
      holder.close();
    }
  });
});

describe('start-up reports what it could not read', () => {
  it('serves with an unreadable extra archive, and /api/health names it', async () => {
    const tilesDir = copyWith(path.join(REPO_ROOT, 'tiles'), (dir) => {
      fs.writeFileSync(path.join(dir, 'extra.pmtiles'), fs.readFileSync(path.join(dir, 'basemap.pmtiles')).subarray(0, 5000));
    });
    const server = await spawnServer({ env: { TILES_DIR: tilesDir } });
    try {
      const health = await (await fetch(`${server.origin}/api/health`)).json();
      expect(health).toEqual({
        status: 'degraded',
        archives: { basemap: 'ok', extra: expect.stringMatching(/^unreadable: truncated: the root directory ends at byte \d+ but the file has 5000 bytes$/) },
        basemap: 'basemap',
        revision: expect.any(Number),
      });
    } finally {
      await server.stop();
    }
  });

  it('reports every archive as ok when all are', async () => {
    const server = await spawnServer();
    try {
      expect(await (await fetch(`${server.origin}/api/health`)).json()).toEqual({ status: 'ok', archives: { basemap: 'ok' }, basemap: 'basemap', revision: expect.any(Number) });
    } finally {
      await server.stop();
    }
  });
});

describe('npm start', () => {
  it('prints one line for a truncated catalogue too: the web build no longer reads data files', async () => {
    const file = fileWith(path.join(REPO_ROOT, 'geodata/layers.json'), (text) => text.slice(0, 1263));
    // scripts/start.mjs builds the web app if stale (the api tests' global setup built it), then runs the server
    const child = spawn(process.execPath, [path.join(REPO_ROOT, 'scripts/start.mjs')], {
      cwd: REPO_ROOT,
      env: { ...process.env, LAYERS_FILE: file, PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    expect(stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/^Wuzhen Atlas cannot start: .*layers\.json: not valid JSON at line \d+, column \d+ \(the file ends early\)/)]);
  });
});
