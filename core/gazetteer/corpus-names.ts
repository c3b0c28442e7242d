/**
 * Does the corpus name a place? Compared the way the linker compares (search form: Simplified,
 * lower-case), after removing the pinyin annotations that doc 001 carries, e.g. 烏鎮(zhèn), and
 * joining hard-wrapped lines as ingestion does (doc 002 breaks 乌/镇院士智慧谷 across lines).
 */
import fs from 'node:fs';
import path from 'node:path';
import { compareCorpusFileNames, isCorpusFileName } from '../corpus/document-ids';
import { searchForm } from '../text/script-convert';

const PINYIN_ANNOTATION = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+\)/g;
const LINE_BREAKS = /[ \t\u3000]*(?:\r?\n[ \t\u3000]*)+/g;

/** The corpus text in the form names are looked up in. */
export function comparableCorpusText(text: string): string {
  return searchForm(text.replace(PINYIN_ANNOTATION, '').replace(LINE_BREAKS, ''));
}

export interface CorpusNames {
  /** true when the name (in any script) occurs somewhere in the corpus */
  has(name: string): boolean;
}

export function corpusNames(corpusTexts: string[]): CorpusNames {
  const texts = corpusTexts.map(comparableCorpusText);
  return { has: (name) => texts.some((text) => text.includes(searchForm(name))) };
}

/** The raw texts of the corpus files (`NNN_*.txt`), in file order. */
export function readCorpusTexts(corpusDir: string): string[] {
  return fs
    .readdirSync(corpusDir)
    .filter(isCorpusFileName)
    .sort(compareCorpusFileNames)
    .map((name) => fs.readFileSync(path.join(corpusDir, name), 'utf8'));
}
