import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../corpus/ingest-document';
import { loadGazetteer } from '../gazetteer/load-gazetteer';
import { REPO_ROOT } from '../atlas-inputs';
import { linkMentions } from './link-mentions';
import { proposalId, proposePlaces } from './propose-places';
import { loadUnlinkedExplanations } from './unlinked-explanations';

const records = loadGazetteer(`${REPO_ROOT}/geodata/places`);
const explanations = loadUnlinkedExplanations();

function linked(text: string) {
  const { document } = ingestDocument('005_new.txt', text, {});
  return linkMentions([document], records).documents[0];
}

describe('proposals from a new document (issue 18)', () => {
  const document = linked('乌镇云舟宾客中心开业\n\n乌镇云舟宾客中心位于乌镇，紧邻京杭大运河。\n\n新建的青石湾数字港坐落于乌镇，与乌镇云舟宾客中心相邻。\n');

  it('proposes a place-like name that matches no place, with every passage that names it', () => {
    const proposals = proposePlaces(document, records, { explanations });
    const guest = proposals.find((p) => p.name === '乌镇云舟宾客中心');
    expect(guest).toMatchObject({ documentId: document.id, id: proposalId(document.id, '乌镇云舟宾客中心') });
    expect(guest!.passageIds).toEqual([document.passages[0].id, document.passages[1].id, document.passages[2].id]);
  });

  it('suggests an indicative point in the area its name or its sentence gives, and says so', () => {
    const proposals = proposePlaces(document, records, { explanations });
    const town = records.find((r) => r.id === 'wuzhen-town')!;
    const guest = proposals.find((p) => p.name === '乌镇云舟宾客中心')!;
    expect(guest.suggestion).toMatchObject({ precision: 'indicative', geometry: town.geometry });
    expect(guest.suggestion!.basis).toMatch(/begins with 乌镇.*indication, not a site/);
    const port = proposals.find((p) => p.name === '青石湾数字港')!;
    expect(port.suggestion!.basis).toMatch(/says it lies in 乌镇/);
  });

  it('links the known places and never proposes them, nor a rejected name', () => {
    const names = proposePlaces(document, records, { explanations, rejected: new Set(['青石湾数字港']) }).map((p) => p.name);
    expect(names).not.toContain('青石湾数字港');
    expect(names).not.toContain('京杭大运河');
    expect(document.passages[1].mentions.map((m) => m.featureId)).toEqual(['wuzhen-town', 'grand-canal']);
  });

  it('proposes names, not descriptions that end in a place word', () => {
    const doc = linked('通报\n\n统筹推进乌镇、崇福等沿线古镇保护，谋划建设运河数字文化展示馆。杭州至乌镇的通勤铁路（杭海城际延伸线）正在研究中。\n');
    const names = proposePlaces(doc, records, { explanations }).map((p) => p.name);
    expect(names).toContain('运河数字文化展示馆');
    expect(names).toContain('杭海城际延伸线');
    expect(names).not.toContain('沿线古镇');
    expect(names).not.toContain('通勤铁路');
  });

  it('keeps strings a reviewer explained as generic out of the queue', () => {
    const generic = explanations.find((e) => e.kind === 'generic' && e.match !== 'ending')!;
    const doc = linked(`标题\n\n我们要建设${generic.text}。\n`);
    expect(proposePlaces(doc, records).map((p) => p.key)).toContain(generic.text);
    expect(proposePlaces(doc, records, { explanations }).map((p) => p.key)).not.toContain(generic.text);
  });
});
