/**
 * The one door into the atlas core: every input named in `AtlasInputs` is read, validated and
 * linked here, before the server listens; a bad record stops the load naming file and record.
 * The gazetteer passes the same rules as `npm run geodata:check`, so what starts is what checks.
 */
import type { AtlasInputs } from './atlas-inputs';
import { loadClaimCorrections } from './claims/apply-corrections';
import { ingestCorpus } from './corpus/ingest-corpus';
import { loadGazetteer } from './gazetteer/load-gazetteer';
import { overrideLinkedIds, refuseGazetteerProblems } from './gazetteer/validate-gazetteer';
import { loadMentionOverrides } from './linking/mention-overrides';
import { buildAtlas, type AtlasStore } from './store/atlas-store';
import { loadLayerCatalog } from './store/layer-catalog';

export function loadAtlas(inputs: AtlasInputs): AtlasStore {
  const catalog = loadLayerCatalog(inputs.layersFile);
  const { documents } = ingestCorpus(inputs.corpusDir, { curatedFile: inputs.documentsFile });
  const records = loadGazetteer(inputs.placesDir);
  const overrides = loadMentionOverrides(inputs.mentionOverridesFile);
  refuseGazetteerProblems(records, inputs.placesDir, documents.flatMap((document) => document.passages), {
    citations: !inputs.syntheticPlaces,
    linkedByOverride: overrideLinkedIds(overrides),
  });
  return buildAtlas(catalog, documents, records, {
    overrides,
    overridesFile: inputs.mentionOverridesFile,
    corrections: loadClaimCorrections(inputs.claimCorrectionsFile),
    correctionsFile: inputs.claimCorrectionsFile,
    threshold: inputs.layerThreshold,
  });
}
