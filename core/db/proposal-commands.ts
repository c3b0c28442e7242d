/**
 * The editors' decisions about proposals (place-like names of a document that match no place):
 * acceptProposal creates the place and records the decision in one command; rejectProposal keeps
 * the name from being proposed again, in that document or in every one.
 */
import { insertPlace, type StoredPlace } from './place-commands';
import type { SqlClient, SqlQuerier } from './sql-client';
import { ConflictError } from './storage-errors';
import { checkAuthor, isoTime, writeCommand, type Author } from './write-command';

export interface ProposalRef {
  proposalId: string;
  documentId: string;
  /** the name's search form */
  key: string;
  name: string;
}

export interface ProposalDecision {
  proposalId: string;
  kind: 'reject' | 'accept';
  /** null: a rejection that holds in every document */
  documentId: string | null;
  key: string;
  name: string;
  featureId: string | null;
  at: string;
  by: string;
  reason: string | null;
}

/** Creates the place the editor drew for the proposal; the linker then finds its name in every document. */
export async function acceptProposal(db: SqlClient, author: Author, proposal: ProposalRef, feature: unknown): Promise<StoredPlace> {
  const { by, reason } = checkAuthor(author);
  return writeCommand(db, async (tx, at) => {
    await refuseDecided(tx, proposal);
    const place = await insertPlace(tx, { by, reason: reason ?? `accepted proposal "${proposal.name}" of ${proposal.documentId}` }, at, feature);
    await insert(tx, { ...proposal, kind: 'accept', featureId: place.feature.id, at, by, reason });
    return { value: place, change: { kind: 'place', featureId: place.feature.id, version: 1 } };
  });
}

/** The name is not proposed again: in this document, or (`everywhere`) in any. */
export async function rejectProposal(db: SqlClient, author: Author, proposal: ProposalRef, everywhere: boolean): Promise<ProposalDecision> {
  const { by, reason } = checkAuthor(author);
  return writeCommand(db, async (tx, at) => {
    await refuseDecided(tx, proposal);
    const decision: ProposalDecision = { ...proposal, documentId: everywhere ? null : proposal.documentId, kind: 'reject', featureId: null, at, by, reason };
    await insert(tx, decision);
    return { value: decision, change: { kind: 'proposal', documentId: proposal.documentId } };
  });
}

export async function readProposalDecisions(db: SqlQuerier): Promise<ProposalDecision[]> {
  const rows = await db.query<{
    proposal_id: string;
    kind: 'reject' | 'accept';
    document_id: string | null;
    name_key: string;
    name: string;
    feature_id: string | null;
    at: Date | string;
    by: string;
    reason: string | null;
  }>('SELECT proposal_id, kind, document_id, name_key, name, feature_id, at, by, reason FROM proposal_decisions ORDER BY id');
  return rows.map((row) => ({
    proposalId: row.proposal_id,
    kind: row.kind,
    documentId: row.document_id,
    key: row.name_key,
    name: row.name,
    featureId: row.feature_id,
    at: isoTime(row.at),
    by: row.by,
    reason: row.reason,
  }));
}

/** The names an editor decided on for `documentId`: never proposed there again. */
export function decidedKeys(decisions: readonly ProposalDecision[], documentId: string): Set<string> {
  return new Set(decisions.filter((d) => d.documentId === null || d.documentId === documentId).map((d) => d.key));
}

async function refuseDecided(tx: SqlQuerier, proposal: ProposalRef): Promise<void> {
  const [row] = await tx.query<{ kind: string }>(
    'SELECT kind FROM proposal_decisions WHERE name_key = $1 AND (document_id IS NULL OR document_id = $2) LIMIT 1',
    [proposal.key, proposal.documentId],
  );
  if (row) throw new ConflictError(`proposal ${proposal.proposalId}`, `"${proposal.name}" was ${row.kind === 'accept' ? 'accepted' : 'rejected'} already`);
}

async function insert(tx: SqlQuerier, d: Omit<ProposalDecision, 'reason'> & { reason: string | null }): Promise<void> {
  await tx.query(
    'INSERT INTO proposal_decisions (proposal_id, kind, document_id, name_key, name, feature_id, at, by, reason) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)',
    [d.proposalId, d.kind, d.documentId, d.key, d.name, d.featureId, d.at, d.by, d.reason],
  );
}
