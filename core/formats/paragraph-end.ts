/**
 * Does a line stop at the end of a sentence? The same rule as the corpus ingestion's
 * paragraph-ends.ts (sentence-final mark or a list lead-in colon/semicolon, then closing quotes or
 * brackets, or a closing bracket), kept here so the format readers stand apart from ingestion.
 */
const SENTENCE_FINAL = '。！？!?…';
const CLOSERS = '”’」』）)》】';
const CLOSING = new RegExp(`(?:[${SENTENCE_FINAL}；;：:][${CLOSERS}]*|[)）])$`, 'u');

export function endsWithClosingPunctuation(text: string): boolean {
  return CLOSING.test(text);
}
