/**
 * Simplified ↔ Traditional conversion that keeps character offsets: mentions and search hits
 * found in a converted copy must point at the same range of the original text.
 */
import * as OpenCC from 'opencc-js';

type Convert = (text: string) => string;

/** Each table is built on first use: building one costs tens of milliseconds at start-up. */
function lazyConverter(options: OpenCC.ConverterOptions): Convert {
  let convert: Convert | undefined;
  return (text) => (convert ??= OpenCC.Converter(options))(text);
}

const traditionalToSimplified = lazyConverter({ from: 't', to: 'cn' });
const simplifiedToTraditional = lazyConverter({ from: 'cn', to: 't' });
const simplifiedToTaiwan = lazyConverter({ from: 'cn', to: 'tw' });

/** Phrase-level conversion, falling back to one character at a time if a phrase changed length. */
function convertKeepingOffsets(text: string, convert: Convert): string {
  const whole = convert(text);
  if (whole.length === text.length) return whole;
  return Array.from(text, (ch) => {
    const one = convert(ch);
    return one.length === ch.length ? one : ch;
  }).join('');
}

export const SCRIPT_CONVERT = {
  /** texts remembered by toSimplified and searchForm; the memory is dropped whole when full */
  memoEntries: 100_000,
};

/**
 * A pure conversion remembered by its input: ingestion, linking, claims and search each ask for
 * the same passage's Simplified form, and OpenCC's trie walk was the largest single cost of a
 * 1,000-document start (docs/benchmarks.md). An unchanged text is stored as itself, so the
 * memory holds little beyond the passages themselves.
 */
function remembered(convert: (text: string) => string): (text: string) => string {
  const memo = new Map<string, string>();
  return (text) => {
    let converted = memo.get(text);
    if (converted === undefined) {
      converted = convert(text);
      if (converted === text) converted = text;
      if (memo.size >= SCRIPT_CONVERT.memoEntries) memo.clear();
      memo.set(text, converted);
    }
    return converted;
  };
}

export const toSimplified = remembered((text) => convertKeepingOffsets(text, traditionalToSimplified));

/** Traditional forms a Simplified name may take in the sources (generic and Taiwan variants). */
export function traditionalVariants(simplified: string): string[] {
  return [...new Set([simplifiedToTraditional(simplified), simplifiedToTaiwan(simplified)])].filter(
    (variant) => variant !== simplified,
  );
}

/** The form used to compare texts: Simplified, lower-case, full-width ASCII folded to half-width. */
export const searchForm = remembered((text) =>
  toSimplified(text)
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .toLowerCase(),
);
