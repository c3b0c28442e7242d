/**
 * Ways to write "../" that decoders, normalisers and file systems have been fooled by:
 * percent-encoding, double encoding, overlong UTF-8, %u escapes, full-width forms, backslashes,
 * NUL and dot tricks. Every pairing of a dot-dot form with a separator form is one encoding.
 */

/** Forms of ".." */
export const DOT_DOTS = [
  '..',
  '%2e%2e',
  '%2E%2E',
  '.%2e',
  '%2e.',
  '%252e%252e',
  '%25252e%25252e',
  '%c0%ae%c0%ae',
  '%e0%80%ae%e0%80%ae',
  '%f0%80%80%ae%f0%80%80%ae',
  '%c0%2e%c0%2e',
  '%u002e%u002e',
  '%ef%bc%8e%ef%bc%8e',
  '..%00',
  '...',
  '.%00.',
];

/** Forms of "/" (and of the other separators some systems accept) */
export const SEPARATORS = [
  '/',
  '%2f',
  '%2F',
  '%252f',
  '%25252f',
  '\\',
  '%5c',
  '%5C',
  '%255c',
  '%c0%af',
  '%e0%80%af',
  '%f0%80%80%af',
  '%c1%9c',
  '%c0%5c',
  '%u2215',
  '%ef%bc%8f',
  '//',
  '/./',
  ';/',
  '%00/',
];

export interface TraversalEncoding {
  dotDot: string;
  separator: string;
}

export const TRAVERSAL_ENCODINGS: TraversalEncoding[] = DOT_DOTS.flatMap((dotDot) => SEPARATORS.map((separator) => ({ dotDot, separator })));

/** Where traversal starts: every prefix the server maps to a folder or a parameter. */
export const TRAVERSAL_PREFIXES = [
  '/',
  '/assets/',
  '/glyphs/',
  '/glyphs/Noto%20Sans%20Regular/',
  '/tiles/',
  '/api/',
  '/api/layers/',
  '/api/features/',
  '/api/documents/',
  '/api/features/wuzhen-light/',
];

/** What an attacker wants to read, relative to the repository root (or absolute). */
export const TRAVERSAL_TARGETS = [
  'package.json',
  'etc/passwd',
  'api/src/server.ts',
  'tsconfig.json',
  '.git/config',
  '.ci/run',
  'docs/CONTRACT.md',
  'corpus/sources/000_53b33175bae17ff9.txt',
];

/** Endings that make a path look like something a handler accepts. */
export const TRAVERSAL_SUFFIXES = ['', '%00.pmtiles', '%00.js', '?x=.pmtiles', '#.pmtiles', '%23.pmtiles', '/', '%20', '.'];

/** `prefix` + (dotDot + separator) × depth + target (its own "/" written as the separator). */
export function traversalPath(encoding: TraversalEncoding, prefix: string, depth: number, target: string, suffix: string): string {
  const up = `${encoding.dotDot}${encoding.separator}`.repeat(depth);
  return `${prefix}${up}${target.split('/').join(encoding.separator)}${suffix}`;
}
