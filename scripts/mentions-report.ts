/**
 * npm run mentions:report — the links between the corpus and the gazetteer: mentions per place,
 * places never named, and place-like strings that link to nothing (unexplained ones first).
 * Exits 1 when a string is unexplained or an explanation is stale, so CI sees new gaps.
 */
import { auditMentions, formatMentionsAudit } from '../core/linking/mentions-audit';
import { loadUnlinkedExplanations } from '../core/linking/unlinked-explanations';
import { configFromEnv } from '../api/src/config';
import { loadAtlas } from '../core/load-atlas';

const store = loadAtlas(configFromEnv());
const audit = auditMentions(store.documents, store.features, loadUnlinkedExplanations());
console.log(formatMentionsAudit(audit));
if (audit.gaps.unexplained.length > 0 || audit.gaps.stale.length > 0) {
  console.error(
    `\n${audit.gaps.unexplained.length} unexplained and ${audit.gaps.stale.length} stale: add the place to the gazetteer, ` +
      'link it (alias, context alias, override), or explain it in curation/unlinked-explained.json.',
  );
  process.exitCode = 1;
}
