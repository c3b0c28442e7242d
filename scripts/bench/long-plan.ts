/**
 * A long seeded document for the upload and format benchmarks: the corpus's own paragraphs
 * (cleaned by ingestion), drawn in a seeded order, a heading every eight, until the text is long
 * enough. The same arguments give the same plan on every run.
 */
import { defaultCorpusDir } from '../../core/corpus/corpus-paths';
import { ingestCorpus } from '../../core/corpus/ingest-corpus';
import { seededPlan, type Plan } from '../../core/formats/test/fixtures';

export interface LongPlanOptions {
  /** stop once the paragraphs hold at least this many characters */
  targetChars: number;
  title: string;
  /** the corpus the paragraphs come from (the repository's, or CORPUS_DIR) */
  corpusDir?: string;
  seed?: number;
}

export function longPlan({ targetChars, title, corpusDir = defaultCorpusDir(), seed = 18 }: LongPlanOptions): Plan {
  const { documents } = ingestCorpus(corpusDir);
  const paragraphs = documents.flatMap((doc) => doc.passages.filter((p) => p.kind === 'paragraph' && p.text.length >= 40).map((p) => p.text));
  return { ...seededPlan(paragraphs, targetChars, seed), title };
}
