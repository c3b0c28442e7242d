/**
 * A seeded corpus for the scale benchmarks: the five seed documents, then generated planning and
 * news documents recombined from the seeds' own sentences and headings, with the gazetteer's
 * place names swapped in and out, until the corpus holds about 2 million characters. The same
 * seed writes the same bytes. It is written to a temporary folder, never into the repository.
 *
 *   npx tsx scripts/bench/generate-corpus.ts [--count 1000] [--chars 2000000] [--seed 18] [--out DIR]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as OpenCC from 'opencc-js';
import type { AtlasDocument } from '../../types/atlas';
import { REPO_ROOT } from '../../core/atlas-inputs';
import { ingestCorpus } from '../../core/corpus/ingest-corpus';
import { loadGazetteer } from '../../core/gazetteer/load-gazetteer';
import { toSimplified } from '../../core/text/script-convert';
import { pick, seededRandom } from '../../core/testing/seeded-random';

export const CORPUS_DEFAULTS = {
  /** documents in all, the five seeds included */
  count: 1000,
  /** characters in all, the seeds included */
  chars: 2_000_000,
  seed: 18,
  /** share of generated documents written in Traditional characters (doc 001 is) */
  traditionalShare: 0.1,
  /** share of generated documents hard-wrapped, one short line after another (doc 002 is) */
  hardWrappedShare: 0.1,
  /** characters per line of a hard-wrapped document */
  wrapWidth: 36,
  /** chance that a place name in a borrowed sentence is replaced by another place */
  swapChance: 0.5,
  /** the five seed documents keep their files and ids: doc-000 … doc-004 */
  seedDir: path.join(REPO_ROOT, 'corpus/sources'),
  placesDir: path.join(REPO_ROOT, 'geodata/places'),
};

export interface CorpusFile {
  fileName: string;
  text: string;
}

/** What generated documents are made of: the seeds' sentences, headings and titles, and place names. */
export interface CorpusMaterial {
  /** each sentence as pieces; a piece with `place` set may be swapped for another place's name */
  sentences: Piece[][];
  headings: Piece[][];
  titles: Piece[][];
  places: string[];
  publishers: string[];
}

interface Piece {
  text: string;
  place: boolean;
}

/** 一、 （二） 3. before a heading: the generator numbers its own */
const ENUMERATOR = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．])\s*/u;
const SENTENCE_END = /[^。！？!?；]*[。！？!?；]+[”’」』）)]*/gu;

/** The seeds' text in Simplified, cut into sentences, with every gazetteer name marked. */
export function corpusMaterial(seeds: AtlasDocument[], placeNames: string[], publishers: string[]): CorpusMaterial {
  const places = [...new Set(placeNames.filter((name) => name.length >= 2))].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const split = (text: string) => markPlaces(toSimplified(text), places);
  const ofKind = (kind: string) => seeds.flatMap((d) => d.passages.filter((p) => p.kind === kind).map((p) => p.text));
  const sentences = ofKind('paragraph')
    .flatMap((text) => text.match(SENTENCE_END) ?? [])
    .map((s) => s.trim())
    .filter((s) => s.length >= 12 && s.length <= 240);
  const headings = ofKind('heading')
    .map((h) => h.replace(ENUMERATOR, ''))
    .filter((h) => h.length >= 4 && h.length <= 30);
  return { sentences: sentences.map(split), headings: headings.map(split), titles: ofKind('title').map(split), places, publishers };
}

function markPlaces(text: string, places: string[]): Piece[] {
  const pieces: Piece[] = [];
  let plain = '';
  for (let at = 0; at < text.length; ) {
    const name = places.find((p) => text.startsWith(p, at));
    if (name) {
      if (plain) pieces.push({ text: plain, place: false });
      pieces.push({ text: name, place: true });
      plain = '';
      at += name.length;
    } else {
      plain += text[at];
      at += 1;
    }
  }
  if (plain) pieces.push({ text: plain, place: false });
  return pieces;
}

const toTraditional = (() => {
  let convert: ((text: string) => string) | undefined;
  return (text: string) => (convert ??= OpenCC.Converter({ from: 'cn', to: 't' }))(text);
})();

/**
 * One generated document of about `targetChars` characters: a title, a dateline or an author
 * line, then paragraphs of borrowed sentences with headings between some of them.
 */
export function generateDocument(material: CorpusMaterial, random: () => number, targetChars: number): string {
  const o = CORPUS_DEFAULTS;
  const render = (pieces: Piece[]) => pieces.map((p) => (p.place && random() < o.swapChance ? pick(random, material.places) : p.text)).join('');
  const lines: string[] = [render(pick(random, material.titles)).replace(/[。！？]$/u, '')];
  if (random() < 0.6) {
    const day = new Date(Date.UTC(2015, 0, 1) + Math.floor(random() * 11 * 365) * 86_400_000).toISOString().slice(0, 10);
    const time = `${String(Math.floor(random() * 24)).padStart(2, '0')}:${String(Math.floor(random() * 60)).padStart(2, '0')}:00`;
    lines.push(`${day} ${time} 来源: ${pick(random, material.publishers)}`);
  }
  let length = lines.reduce((n, line) => n + line.length, 0);
  let headingNumber = 0;
  const numerals = '一二三四五六七八九十';
  while (length < targetChars) {
    if (random() < 0.2) {
      const heading = `${numerals[headingNumber % numerals.length]}、${render(pick(random, material.headings))}`;
      headingNumber += 1;
      lines.push(heading);
      length += heading.length;
    }
    const sentences = 2 + Math.floor(random() * 5);
    let paragraph = '';
    for (let i = 0; i < sentences && length + paragraph.length < targetChars; i += 1) paragraph += render(pick(random, material.sentences));
    if (!paragraph) paragraph = render(pick(random, material.sentences));
    lines.push(paragraph);
    length += paragraph.length;
  }
  let text = lines.join('\n\n');
  if (random() < o.traditionalShare) text = toTraditional(text);
  if (random() < o.hardWrappedShare) text = hardWrap(text, o.wrapWidth);
  return `${text}\n`;
}

/** Every paragraph broken into lines of `width` characters, as text exported from a page layout. */
function hardWrap(text: string, width: number): string {
  return text
    .split('\n\n')
    .map((block) => block.match(new RegExp(`[^]{1,${width}}`, 'gu'))!.join('\n'))
    .join('\n\n');
}

/** A 3-digit number below 1,000, the plain number above: `007_…`, `1000_…` (document-ids.ts). */
export function corpusFileName(number: number, random: () => number): string {
  const hex = Array.from({ length: 16 }, () => Math.floor(random() * 16).toString(16)).join('');
  return `${String(number).padStart(3, '0')}_${hex}.txt`;
}

export interface GenerateOptions {
  count?: number;
  chars?: number;
  seed?: number;
}

/**
 * The seed files as they are, then `count - seeds` generated ones sharing the remaining
 * characters (each between half and one and a half times the mean), numbered on from the seeds.
 */
export function generateCorpusFiles(seedFiles: CorpusFile[], material: CorpusMaterial, options: GenerateOptions = {}): CorpusFile[] {
  const { count = CORPUS_DEFAULTS.count, chars = CORPUS_DEFAULTS.chars, seed = CORPUS_DEFAULTS.seed } = options;
  const random = seededRandom(seed);
  const files = seedFiles.slice(0, count);
  const seedChars = files.reduce((n, f) => n + f.text.length, 0);
  const generated = count - files.length;
  const mean = generated > 0 ? Math.max(200, (chars - seedChars) / generated) : 0;
  for (let number = files.length; number < count; number += 1) {
    const target = Math.round(mean * (0.5 + random()));
    const text = generateDocument(material, random, target);
    files.push({ fileName: corpusFileName(number, random), text });
  }
  return files;
}

/** The seeds and the gazetteer, read once: what every generated corpus is made from. */
export function readSeedMaterial(seedDir = CORPUS_DEFAULTS.seedDir, placesDir = CORPUS_DEFAULTS.placesDir): { seedFiles: CorpusFile[]; material: CorpusMaterial } {
  const seedFiles = fs
    .readdirSync(seedDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((fileName) => ({ fileName, text: fs.readFileSync(path.join(seedDir, fileName), 'utf8') }));
  const { documents } = ingestCorpus(seedDir);
  const records = loadGazetteer(placesDir);
  const names = records.flatMap((r) => [r.properties.name_zh, ...r.properties.aliases]);
  const publishers = [...new Set(documents.map((d) => d.publisher).filter((p): p is string => Boolean(p))), '嘉兴日报', '桐乡发布', '湖州日报', '浙江新闻'];
  return { seedFiles, material: corpusMaterial(documents, names, publishers) };
}

/** Writes a generated corpus into `dir` (created; must be empty or absent) and returns its files. */
export function writeCorpus(dir: string, options: GenerateOptions = {}): CorpusFile[] {
  const { seedFiles, material } = readSeedMaterial();
  const files = generateCorpusFiles(seedFiles, material, options);
  fs.mkdirSync(dir, { recursive: true });
  if (fs.readdirSync(dir).length > 0) throw new Error(`${dir} is not empty: the generated corpus goes into a folder of its own`);
  for (const file of files) fs.writeFileSync(path.join(dir, file.fileName), file.text);
  return files;
}

/** A fresh temporary folder for a generated corpus (the caller removes it). */
export function corpusTempDir(count: number): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `atlas-corpus-${count}-`));
}

function argument(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const count = Number(argument('--count') ?? CORPUS_DEFAULTS.count);
  const chars = Number(argument('--chars') ?? CORPUS_DEFAULTS.chars);
  const seed = Number(argument('--seed') ?? CORPUS_DEFAULTS.seed);
  const dir = path.resolve(argument('--out') ?? corpusTempDir(count));
  const files = writeCorpus(dir, { count, chars, seed });
  const total = files.reduce((n, f) => n + f.text.length, 0);
  console.log(`${files.length} documents, ${total.toLocaleString('en')} characters (seed ${seed}) in ${dir}`);
  console.log(`start the atlas on it: CORPUS_DIR=${dir} npm start`);
}
