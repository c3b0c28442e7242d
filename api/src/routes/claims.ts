/**
 * The claims routes (issue #10): a place's quantified and dated statements in date order, every
 * claim (for the facts layer), and the discrepancies between documents, from the store's claims
 * index (built with the store by loadAtlas).
 */
import type { Express } from 'express';
import { z } from 'zod';
import { CLAIM_MEASURES, type Claim, type ServedClaim } from '../../../types/atlas';
import type { ClaimsIndex } from '../../../core/claims/claims-index';
import { prepareJson, sendPrepared } from '../http/prepared-body';
import { BadParameterError, NotFoundError } from '../http/problem';
import { ID_PATTERN, idParam, parseQuery, single } from '../http/validate';
import { perSnapshot, type AtlasSource } from '../../../core/store/atlas-source';

const measure = single.pipe(z.enum(CLAIM_MEASURES, { error: `must be one of ${CLAIM_MEASURES.join(', ')}` }));
const featureFilter = single.regex(ID_PATTERN, 'must be a feature id');
// each route's query shape made once: parseQuery compiles a shape once
const featureClaimsQuery = { measure: measure.optional() };
const claimsQuery = { measure: measure.optional(), feature: featureFilter.optional() };
const discrepanciesQuery = { feature: featureFilter.optional() };

export function setupClaims(app: Express, source: AtlasSource): void {
  const allDiscrepancies = perSnapshot(source, (store) => prepareJson(store.claims.discrepancies));
  const served = (index: ClaimsIndex, claims: Claim[]) => claims.map((claim) => serve(index, claim));

  app.get('/api/features/:featureId/claims', (req, res) => {
    const store = source.current();
    const index = store.claims;
    const id = idParam(req, 'featureId');
    if (!store.featureById.has(id)) throw new NotFoundError('feature', id);
    const query = parseQuery(req, featureClaimsQuery);
    const claims = index.byFeature.get(id) ?? [];
    res.json(served(index, query.measure ? claims.filter((c) => c.measure === query.measure) : claims));
  });

  app.get('/api/claims', (req, res) => {
    const store = source.current();
    const index = store.claims;
    const query = parseQuery(req, claimsQuery);
    if (query.feature && !store.featureById.has(query.feature)) throw new BadParameterError('feature', `unknown feature ${query.feature}; see /api/layers`);
    let claims = query.feature ? (index.byFeature.get(query.feature) ?? []) : index.claims;
    if (query.measure) claims = claims.filter((c) => c.measure === query.measure);
    res.json(served(index, claims));
  });

  app.get('/api/discrepancies', (req, res) => {
    const store = source.current();
    const query = parseQuery(req, discrepanciesQuery);
    if (!query.feature) {
      sendPrepared(req, res, allDiscrepancies());
      return;
    }
    if (!store.featureById.has(query.feature)) throw new BadParameterError('feature', `unknown feature ${query.feature}; see /api/layers`);
    res.json(store.claims.discrepancies.filter((d) => d.featureId === query.feature));
  });
}

function serve(index: ClaimsIndex, claim: Claim): ServedClaim {
  return { ...claim, discrepancyIds: index.discrepanciesOfClaim.get(claim.id) ?? [] };
}
