/**
 * `npm run corpus:report`: what ingestion did to each corpus document. Per document, a table of
 * repair counts (edits, characters removed and inserted) and every damaged span with its passage
 * id, range and text. Reads corpus/sources (relative to the repository) unless CORPUS_DIR is set.
 */
import { defaultCorpusDir } from '../core/corpus/corpus-paths';
import { ingestCorpus } from '../core/corpus/ingest-corpus';
import { REPAIR_NAMES } from '../core/corpus/repair-report';

const corpusDir = defaultCorpusDir();
const { documents, reports } = ingestCorpus(corpusDir);

const pad = (value: string | number, width: number) => String(value).padStart(width);
const lines: string[] = [`Corpus: ${corpusDir} (${documents.length} documents)`, ''];

documents.forEach((document, i) => {
  const report = reports[i];
  if (!report) return;
  lines.push(`${document.id}  ${document.sourceFile}  ${document.script}  ${document.passageCount} passages`);
  lines.push(`  ${document.title}`);
  lines.push(`  ${report.sourceChars} source characters → ${report.outputChars} in passages`);
  lines.push(`  ${'repair'.padEnd(24)}${pad('count', 7)}${pad('removed', 9)}${pad('inserted', 10)}`);
  for (const name of REPAIR_NAMES) {
    const repair = report.repairs[name];
    lines.push(`  ${name.padEnd(24)}${pad(repair.count, 7)}${pad(repair.removed, 9)}${pad(repair.inserted, 10)}`);
  }
  const kinds = Object.entries(report.charsByKind)
    .map(([kind, chars]) => `${kind} ${chars}`)
    .join(', ');
  lines.push(`  characters by passage kind: ${kinds}`);
  if (report.damaged.length === 0) lines.push('  damaged spans: none');
  else {
    lines.push(`  damaged spans: ${report.damaged.length}`);
    for (const span of report.damaged) {
      lines.push(`    ${span.passageId}  [${span.start}, ${span.end})  ${span.text}  (${span.reason})`);
    }
  }
  lines.push('');
});

console.log(lines.join('\n'));
