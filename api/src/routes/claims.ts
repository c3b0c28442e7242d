/**
 * The claims routes (issue #10): a place's quantified and dated statements in date order, every
 * claim (for the facts layer), and the discrepancies between documents. The claims index is built
 * here, once, at start-up, so a bad correction stops the server before it listens.
 */
import type { IRouter } from 'express';
import { z } from 'zod';
import { CLAIM_MEASURES, type Claim, type ServedClaim } from '../../../types/atlas';
import { claimsIndexOf, type ClaimsIndex } from '../claims/claims-index';
import { prepareJson, sendPrepared } from '../http/prepared-body';
import { BadParameterError, NotFoundError } from '../http/problem';
import { ID_PATTERN, idParam, parseQuery, single } from '../http/validate';
import type { AtlasStore } from '../store/atlas-store';

const measure = single.pipe(z.enum(CLAIM_MEASURES, { error: `must be one of ${CLAIM_MEASURES.join(', ')}` }));
const featureFilter = single.regex(ID_PATTERN, 'must be a feature id');

export function setupClaims(app: IRouter, store: AtlasStore): void {
  const index = claimsIndexOf(store);
  const served = (claims: Claim[]) => claims.map((claim) => serve(index, claim));
  const allDiscrepancies = prepareJson(index.discrepancies);

  app.get('/api/features/:featureId/claims', (req, res) => {
    const id = idParam(req, 'featureId');
    if (!store.featureById.has(id)) throw new NotFoundError('feature', id);
    const query = parseQuery(req, { measure: measure.optional() });
    const claims = index.byFeature.get(id) ?? [];
    res.json(served(query.measure ? claims.filter((c) => c.measure === query.measure) : claims));
  });

  app.get('/api/claims', (req, res) => {
    const query = parseQuery(req, { measure: measure.optional(), feature: featureFilter.optional() });
    if (query.feature && !store.featureById.has(query.feature)) throw new BadParameterError('feature', `unknown feature ${query.feature}; see /api/layers`);
    let claims = query.feature ? (index.byFeature.get(query.feature) ?? []) : index.claims;
    if (query.measure) claims = claims.filter((c) => c.measure === query.measure);
    res.json(served(claims));
  });

  app.get('/api/discrepancies', (req, res) => {
    const query = parseQuery(req, { feature: featureFilter.optional() });
    if (!query.feature) {
      sendPrepared(req, res, allDiscrepancies);
      return;
    }
    if (!store.featureById.has(query.feature)) throw new BadParameterError('feature', `unknown feature ${query.feature}; see /api/layers`);
    res.json(index.discrepancies.filter((d) => d.featureId === query.feature));
  });
}

function serve(index: ClaimsIndex, claim: Claim): ServedClaim {
  return { ...claim, discrepancyIds: index.discrepanciesOfClaim.get(claim.id) ?? [] };
}
