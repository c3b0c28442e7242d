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

export function toSimplified(text: string): string {
  return convertKeepingOffsets(text, traditionalToSimplified);
}

/** Traditional forms a Simplified name may take in the sources (generic and Taiwan variants). */
export function traditionalVariants(simplified: string): string[] {
  return [...new Set([simplifiedToTraditional(simplified), simplifiedToTaiwan(simplified)])].filter(
    (variant) => variant !== simplified,
  );
}

/** The form used to compare texts: Simplified, lower-case, full-width ASCII folded to half-width. */
export function searchForm(text: string): string {
  return toSimplified(text)
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .toLowerCase();
}
