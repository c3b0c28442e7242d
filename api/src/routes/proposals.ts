/**
 * Proposals (CONTRACT.md "New documents"): the place-like names of a document that match no place.
 *   GET /api/proposals?documentId=ID → [{id, name, passageIds, suggestion}]
 *   POST /api/proposals/{id}/accept (a GeoJSON Feature) → 201 the new place, linked everywhere
 *   POST /api/proposals/{id}/reject → 204; the name is not proposed again
 * Proposals are derived from the linked document in the current atlas (core/linking/propose-places.ts),
 * minus the names editors decided on.
 */
import type { Express } from 'express';
import { z } from 'zod';
import type { ProposalDecision } from '../../../core/db/proposal-commands';
import { decidedKeys } from '../../../core/db/proposal-commands';
import { proposePlaces, type PlaceProposal } from '../../../core/linking/propose-places';
import { loadUnlinkedExplanations, UNLINKED_EXPLAINED_FILE, type UnlinkedExplanation } from '../../../core/linking/unlinked-explanations';
import { pinyinName } from '../../../core/search/pinyin-names';
import type { AtlasStore } from '../../../core/store/atlas-store';
import type { GazetteerRecord } from '../../../types/atlas';
import { NotFoundError, ProblemError } from '../http/problem';
import type { WriteRoute } from '../http/read-only';
import { ID_PATTERN, idParam, parseQuery } from '../http/validate';
import { jsonBody } from '../http/write-request';
import { authorOf, command, editorWrites, refresh, sendFeature } from './write-handlers';
import type { WriteDeps } from './write-deps';

export const PROPOSAL_WRITE_ROUTES: WriteRoute[] = [
  { path: '/api/proposals/:id/accept', methods: ['POST'] },
  { path: '/api/proposals/:id/reject', methods: ['POST'] },
];

const PROPOSAL_ID = /^prop-[0-9a-f]{12}$/;
const proposalsQuery = { documentId: z.string().regex(ID_PATTERN, 'a document id (doc-005, say)') };

const rejectSchema = z.strictObject({ scope: z.enum(['document', 'everywhere']).optional() }).nullable();

export interface ProposalOptions {
  /** reviewers' explanations of strings that are no place (curation/unlinked-explained.json) */
  explanationsFile?: string;
}

export function setupProposals(app: Express, deps: WriteDeps, options: ProposalOptions = {}): void {
  const { live, storage } = deps;
  const write = editorWrites(app, deps);
  const explanations: UnlinkedExplanation[] = loadUnlinkedExplanations(options.explanationsFile ?? UNLINKED_EXPLAINED_FILE);
  // per atlas snapshot: a document's proposals before decisions, computed once
  const computed = new WeakMap<AtlasStore, Map<string, PlaceProposal[]>>();
  const proposalsOf = (store: AtlasStore, documentId: string): PlaceProposal[] => {
    let byDocument = computed.get(store);
    if (!byDocument) computed.set(store, (byDocument = new Map()));
    let proposals = byDocument.get(documentId);
    if (!proposals) {
      const document = store.documentById.get(documentId);
      proposals = document ? proposePlaces(document, store.features as unknown as GazetteerRecord[], { explanations }) : [];
      byDocument.set(documentId, proposals);
    }
    return proposals;
  };
  const open = (store: AtlasStore, documentId: string, decisions: ProposalDecision[]) => {
    const decided = decidedKeys(decisions, documentId);
    return proposalsOf(store, documentId).filter((p) => !decided.has(p.key));
  };
  /** The open proposal with this id: uploaded documents first (where proposals come from), then the seeds. */
  const find = async (id: string): Promise<PlaceProposal> => {
    const store = live.current();
    const decisions = await storage.readProposalDecisions();
    const decided = decisions.find((d) => d.proposalId === id);
    if (decided) throw new ProblemError(409, `Proposal ${id} ("${decided.name}") was ${decided.kind === 'accept' ? `accepted as ${decided.featureId}` : 'rejected'} already.`, 'proposal-decided', { id });
    const ids = [...(store.uploads?.keys() ?? [])].filter((d) => store.documentById.has(d)).reverse();
    for (const documentId of [...ids, ...store.documents.map((d) => d.id).filter((d) => !store.uploads?.has(d))]) {
      const proposal = open(store, documentId, decisions).find((p) => p.id === id);
      if (proposal) return proposal;
    }
    throw new NotFoundError('proposal', id);
  };

  app.get(
    '/api/proposals',
    command(async (req, res) => {
      const { documentId } = parseQuery(req, proposalsQuery);
      const store = live.current();
      if (!store.documentById.has(documentId)) {
        const stored = store.uploads?.get(documentId);
        if (!stored) throw new NotFoundError('document', documentId);
        throw new ProblemError(409, `Document ${documentId} is ${stored.status}; proposals come once it is ready.`, 'document-not-ready', { id: documentId, status: stored.status });
      }
      const proposals = open(store, documentId, await storage.readProposalDecisions());
      res.setHeader('Cache-Control', 'no-cache');
      res.json(proposals.map(({ id, name, passageIds, suggestion }) => ({ id, name, passageIds, suggestion })));
    }),
  );

  write('post', '/api/proposals/:proposalId/accept', async (req, res) => {
    const id = proposalIdParam(req.params.proposalId);
    const proposal = await find(id);
    const feature = withProposalDefaults(jsonBody(req), proposal);
    const stored = await storage.acceptProposal(authorOf(req, res), refOf(proposal), feature);
    await refresh(live, storage);
    res.status(201).location(`/api/features/${encodeURIComponent(stored.feature.id)}`);
    sendFeature(res, live, stored);
  });

  write('post', '/api/proposals/:proposalId/reject', async (req, res) => {
    const id = proposalIdParam(req.params.proposalId);
    const parsed = rejectSchema.safeParse(req.body ?? null);
    if (!parsed.success) throw new ProblemError(400, 'Send no body, or {"scope": "document"} to reject the name in this document only (default: everywhere).', 'invalid-write');
    const proposal = await find(id);
    await storage.rejectProposal(authorOf(req, res), refOf(proposal), parsed.data?.scope !== 'document');
    await refresh(live, storage);
    res.status(204).end();
  });
}

function proposalIdParam(value: unknown): string {
  if (typeof value !== 'string' || !PROPOSAL_ID.test(value)) throw new ProblemError(400, 'A proposal id is prop- and 12 hexadecimal digits (from GET /api/proposals).', 'bad-parameter', { parameter: 'proposalId' });
  return value;
}

function refOf(p: PlaceProposal) {
  return { proposalId: p.id, documentId: p.documentId, key: p.key, name: p.name };
}

/**
 * The editor's Feature with what the proposal already says: name_zh (the proposal's name), an id
 * derived from the proposal, name_en from the name's pinyin, no aliases, and where the geometry
 * came from. Everything else (layer, category, status, precision, the geometry) is the editor's.
 */
export function withProposalDefaults(body: unknown, proposal: PlaceProposal): unknown {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return body;
  const feature = body as { id?: unknown; properties?: unknown };
  const properties = typeof feature.properties === 'object' && feature.properties !== null ? (feature.properties as Record<string, unknown>) : {};
  const name = typeof properties.name_zh === 'string' && properties.name_zh.trim() ? properties.name_zh : proposal.name;
  return {
    ...feature,
    type: (feature as { type?: unknown }).type ?? 'Feature',
    id: feature.id ?? `place-${proposal.id.slice('prop-'.length)}`,
    properties: {
      aliases: [],
      name_en: englishName(name),
      geometrySource: `placed by an editor from proposal ${proposal.id} (${proposal.documentId})`,
      ...properties,
      name_zh: name,
    },
  };
}

function englishName(name: string): string {
  const reading = pinyinName(name);
  if (!reading) return name;
  const words = reading.syllables.filter(Boolean);
  return words.length ? words.map((w, i) => (i === 0 ? w[0].toUpperCase() + w.slice(1) : w)).join('') : name;
}
