/**
 * The one door into the atlas core: every input named in `AtlasInputs` is read, validated and
 * linked here, before the server listens; a bad record stops the load naming file and record.
 * The gazetteer passes the same rules as `npm run geodata:check`, so what starts is what checks.
 */
import type { AtlasDocument, GazetteerRecord } from '../types/atlas';
import type { AtlasInputs } from './atlas-inputs';
import { loadClaimCorrections } from './claims/apply-corrections';
import { ingestCorpus } from './corpus/ingest-corpus';
import { loadGazetteer } from './gazetteer/load-gazetteer';
import { overrideLinkedIds, refuseGazetteerProblems } from './gazetteer/validate-gazetteer';
import { linkMentions } from './linking/link-mentions';
import { loadMentionOverrides } from './linking/mention-overrides';
import { buildAtlas, type AtlasStore } from './store/atlas-store';
import { loadLayerCatalog } from './store/layer-catalog';

/** Every input read and checked, the corpus ingested: what a build starts from. */
export interface AtlasInputData {
  catalog: ReturnType<typeof loadLayerCatalog>;
  /** the corpus folder's documents, ingested (not linked) */
  documents: AtlasDocument[];
  records: GazetteerRecord[];
  overrides: ReturnType<typeof loadMentionOverrides>;
  corrections: ReturnType<typeof loadClaimCorrections>;
}

function readAtlasInputs(inputs: AtlasInputs): AtlasInputData {
  const catalog = loadLayerCatalog(inputs.layersFile);
  const { documents } = ingestCorpus(inputs.corpusDir, { curatedFile: inputs.documentsFile });
  const records = loadGazetteer(inputs.placesDir);
  const overrides = loadMentionOverrides(inputs.mentionOverridesFile);
  refuseGazetteerProblems(records, inputs.placesDir, documents.flatMap((document) => document.passages), {
    citations: !inputs.syntheticPlaces,
    linkedByOverride: overrideLinkedIds(overrides),
  });
  return { catalog, documents, records, overrides, corrections: loadClaimCorrections(inputs.claimCorrectionsFile) };
}

/**
 * What start-up checks before the database's atlas is built: every input read and checked, and the
 * reviewed link overrides applied to the corpus (an override that no longer fits its passage stops
 * here, naming the file). Claim corrections are checked by the build itself. Linking is remembered
 * per ingested passage, so the build that follows does not link the corpus again.
 */
export function checkAtlasInputs(inputs: AtlasInputs): AtlasInputData {
  const read = readAtlasInputs(inputs);
  linkMentions(read.documents, read.records, read.overrides, inputs.mentionOverridesFile);
  return read;
}

export function loadAtlas(inputs: AtlasInputs): AtlasStore {
  const read = readAtlasInputs(inputs);
  return buildAtlas(read.catalog, read.documents, read.records, {
    overrides: read.overrides,
    overridesFile: inputs.mentionOverridesFile,
    corrections: read.corrections,
    correctionsFile: inputs.claimCorrectionsFile,
    threshold: inputs.layerThreshold,
  });
}
