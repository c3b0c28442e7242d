/**
 * OCR that read every character twice: 加加强强政府府主主导导，，制制定 → 加强政府主导，制定.
 *
 * Decided by the shape of the run, not by a word list: real reduplications (谢谢, 常常, 人人,
 * 方方面面, 高高兴兴) come one or two pairs at a time between ordinary characters, while a doubled
 * stretch is a long run of pairs, punctuation included (，，), with at most an occasional single
 * character the scanner did not double (政). Digits and Latin letters are never paired (10000,
 * ICC), and neither are …… and ——, which Chinese always writes doubled.
 */
import { isCjkPunctuation, isHan } from './cjk-characters';
import { INGEST_DEFAULTS, type IngestOptions } from './ingest-options';
import type { RepairResult } from './repair-result';

type DoublingOptions = Pick<IngestOptions, 'ocrDoublingMinPairs' | 'ocrDoublingMaxSingleShare'>;

const ALWAYS_DOUBLED = new Set(['…', '—']);

function isPairable(ch: string): boolean {
  return (isHan(ch) || isCjkPunctuation(ch)) && !ALWAYS_DOUBLED.has(ch);
}

interface Token {
  ch: string;
  doubled: boolean;
}

/** Reads left to right, taking two equal pairable characters as one doubled token. */
function tokenize(chars: string[]): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < chars.length; ) {
    const ch = chars[i] ?? '';
    if (ch === chars[i + 1] && isPairable(ch)) {
      tokens.push({ ch, doubled: true });
      i += 2;
    } else {
      tokens.push({ ch, doubled: false });
      i += 1;
    }
  }
  return tokens;
}

/**
 * Maximal runs [start, end) of tokens that begin and end with a pair and never hold two single
 * characters in a row.
 */
function doubledRuns(tokens: Token[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let i = 0;
  while (i < tokens.length) {
    if (!tokens[i]?.doubled) {
      i += 1;
      continue;
    }
    let end = i + 1; // one past the last pair in the run
    let j = i + 1;
    while (j < tokens.length) {
      if (tokens[j]?.doubled) {
        end = j + 1;
        j += 1;
      } else if (tokens[j + 1]?.doubled) {
        j += 1; // a lone single between pairs
      } else {
        break;
      }
    }
    runs.push([i, end]);
    i = end;
  }
  return runs;
}

export function collapseOcrDoubling(text: string, options: DoublingOptions = INGEST_DEFAULTS): RepairResult {
  const tokens = tokenize(Array.from(text));
  const collapse = new Set<number>();
  let count = 0;
  for (const [start, end] of doubledRuns(tokens)) {
    const run = tokens.slice(start, end);
    const pairs = run.filter((token) => token.doubled).length;
    const singles = run.length - pairs;
    if (pairs < options.ocrDoublingMinPairs || singles > pairs * options.ocrDoublingMaxSingleShare) continue;
    count += 1;
    for (let k = start; k < end; k += 1) if (tokens[k]?.doubled) collapse.add(k);
  }
  if (count === 0) return { text, count: 0, removed: '', inserted: '' };
  let out = '';
  let removed = '';
  tokens.forEach((token, k) => {
    if (!token.doubled) out += token.ch;
    else if (collapse.has(k)) {
      out += token.ch;
      removed += token.ch;
    } else out += token.ch + token.ch;
  });
  return { text: out, count, removed, inserted: '' };
}
