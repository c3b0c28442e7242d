/**
 * One source file → one AtlasDocument and its RepairReport. The pipeline, in order
 * (README.md explains each step):
 *
 *   split-lines → strip-page-breaks → clean-line (trim, heading marks, <sup>, pinyin, OCR doubling)
 *   → classify-lines → join-hard-wraps → split-trailing-byline
 *   → replace-layout-spaces → remove-cjk-spacing → find-damaged-spans
 */
import type { AtlasDocument, Passage } from '../../types/atlas';
import { classifyLines } from './classify-lines';
import { cleanLine } from './clean-line';
import type { CuratedDocument } from './curated-documents';
import { detectScript } from './detect-script';
import { documentIdFromSourceFile, passageId } from './document-ids';
import { findDamagedSpans, rareCharacters } from './find-damaged-spans';
import { INGEST_DEFAULTS, type IngestOptions } from './ingest-options';
import { joinHardWraps, type Block } from './join-hard-wraps';
import { readSourceLine } from './read-source-line';
import { removeCjkSpacing } from './remove-cjk-spacing';
import { charsByKind, RepairTally, type RepairReport } from './repair-report';
import { replaceLayoutSpaces } from './replace-layout-spaces';
import { resolveDocumentMeta, type DocumentFacts } from './resolve-document-meta';
import { splitLines } from './split-lines';
import { splitTrailingByline } from './split-trailing-byline';
import { stripPageBreaks } from './strip-page-breaks';

export interface IngestedDocument {
  document: AtlasDocument;
  report: RepairReport;
}

/** A block plus the author names it gives, if it is a byline listing people. */
type NamedBlock = Block & { names?: string[] };

/** Moves a bracketed credit off the end of the last paragraph into a byline block of its own. */
function splitLastCredit(blocks: Block[], tally: RepairTally): NamedBlock[] {
  const last = blocks.findLastIndex((block) => block.kind === 'paragraph');
  const credit = last >= 0 ? splitTrailingByline((blocks[last] as Block).text) : null;
  if (!credit) return blocks;
  tally.record('split-trailing-byline', credit.removed);
  const paragraph = blocks[last] as Block;
  const byline: NamedBlock = { kind: 'byline', text: credit.byline, rule: 'name-list', lineNos: paragraph.lineNos.slice(-1), names: credit.names };
  return [...blocks.slice(0, last), { ...paragraph, text: credit.paragraph }, byline, ...blocks.slice(last + 1)];
}

function factsFromText(blocks: readonly NamedBlock[]): DocumentFacts {
  const title = blocks.find((block) => block.kind === 'title')?.text ?? null;
  const authors = blocks.flatMap((block) =>
    block.kind === 'byline' && block.rule === 'name-list' ? (block.names ?? block.text.split(/[\s、]+/)) : [],
  );
  const dateline = blocks.map((block) => (block.kind === 'meta' ? readSourceLine(block.text) : null)).find(Boolean) ?? null;
  return { title, authors, publisher: dateline?.publisher ?? null, date: dateline?.date ?? null };
}

export function ingestDocument(
  sourceFile: string,
  raw: string,
  meta: CuratedDocument,
  options: IngestOptions = INGEST_DEFAULTS,
): IngestedDocument {
  const documentId = documentIdFromSourceFile(sourceFile);
  const tally = new RepairTally();

  const split = splitLines(raw);
  const pageBreaks = stripPageBreaks(split.lines);
  tally.record('strip-page-breaks', pageBreaks.removed, '', pageBreaks.count);

  const cleaned = pageBreaks.lines.map((line) => cleanLine(line, tally, options));
  // a line that repairs emptied (only a tag, say) leaves nothing but its line break
  for (const line of cleaned) if (line.text === '') tally.record('separate-passages', line.gapBefore);
  const lines = classifyLines(
    cleaned.filter((line) => line.text !== ''),
    meta.blocks ?? [],
    sourceFile,
    options,
  );
  const blocks = splitLastCredit(joinHardWraps(lines, split.trailingGap, tally), tally);

  const finished = blocks.map((block) => {
    let text = tally.apply('replace-layout-spaces', replaceLayoutSpaces(block.text, block.kind));
    // only running text loses its stray spaces; headings, captions and bylines keep their layout gap
    if (options.removeCjkSpacing && block.kind === 'paragraph') text = tally.apply('remove-cjk-spacing', removeCjkSpacing(text));
    return { ...block, text };
  });

  // counted only if a passage has a lost character to grow a damaged span from
  let rare: Set<string> | undefined;
  const damage = {
    get rareCharacters() {
      return (rare ??= rareCharacters(finished.map((block) => block.text)));
    },
  };
  const passages: Passage[] = finished.map((block, index) => ({
    id: passageId(documentId, index),
    documentId,
    index,
    kind: block.kind,
    text: block.text,
    damaged: findDamagedSpans(block.text, damage, options),
    mentions: [],
  }));

  const resolved = resolveDocumentMeta(sourceFile, factsFromText(finished), meta);
  const document: AtlasDocument = {
    id: documentId,
    ...resolved,
    language: 'zh',
    script: detectScript(passages.map((passage) => passage.text).join('')),
    sourceFile,
    passageCount: passages.length,
    passages,
  };

  const report: RepairReport = {
    documentId,
    sourceFile,
    sourceChars: raw.length,
    outputChars: passages.reduce((sum, passage) => sum + passage.text.length, 0),
    charsByKind: charsByKind(passages),
    repairs: tally.repairs(),
    damaged: passages.flatMap((passage) =>
      passage.damaged.map((span) => ({
        passageId: passage.id,
        start: span.start,
        end: span.end,
        text: passage.text.slice(span.start, span.end),
        reason: span.reason ?? '',
      })),
    ),
  };
  return { document, report };
}
