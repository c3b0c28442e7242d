import { Document, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { readDocx } from './read-docx';
import { makeZipBomb } from './test/fixtures';
import { ArchiveTooLargeError } from './upload-errors';
import { UPLOAD_LIMITS } from './upload-limits';

async function docx(children: Array<Paragraph | Table>): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

const texts = (blocks: Awaited<ReturnType<typeof readDocx>>['blocks']) =>
  blocks.map((block) => (block.kind === 'heading' ? `h${block.level} ` : '') + block.lines.map((line) => line.text).join(' / '));

describe('readDocx', () => {
  it('reads title and heading styles as headings, paragraphs, line breaks and tables', async () => {
    const bytes = await docx([
      new Paragraph({ text: '乌镇规划要点', heading: HeadingLevel.TITLE }),
      new Paragraph({ text: '一、区位', heading: HeadingLevel.HEADING_2 }),
      new Paragraph({ children: [new TextRun('乌镇位于桐乡市北端，'), new TextRun({ text: '京杭大运河穿镇而过。', bold: true })] }),
      new Paragraph({ children: [new TextRun('第一行'), new TextRun({ text: '第二行', break: 1 })] }),
      new Table({ rows: [new TableRow({ children: [new TableCell({ children: [new Paragraph('项目')] }), new TableCell({ children: [new Paragraph('面积')] })] })] }),
    ]);
    const { blocks, warnings } = await readDocx(bytes, 'plan.docx', UPLOAD_LIMITS);
    expect(texts(blocks)).toEqual(['h1 乌镇规划要点', 'h2 一、区位', '乌镇位于桐乡市北端，京杭大运河穿镇而过。', '第一行 / 第二行', '项目', '面积']);
    expect(warnings).toEqual([]);
  });

  it('drops footnote marks and back-links but keeps the notes', async () => {
    const bytes = await docx([
      new Paragraph({ children: [new TextRun('规划面积约12.5平方公里'), new FootnoteReferenceRun({ children: [new Paragraph('据2019年规划。')] }), new TextRun('。')] }),
    ]);
    const all = texts((await readDocx(bytes, 'notes.docx', UPLOAD_LIMITS)).blocks).join('\n');
    expect(all).toContain('规划面积约12.5平方公里。');
    expect(all).toContain('据2019年规划。');
    expect(all).not.toMatch(/\[1\]|↑/);
  });

  it('checks the archive before mammoth sees it', async () => {
    await expect(readDocx(await makeZipBomb(20), 'bomb.docx', UPLOAD_LIMITS)).rejects.toBeInstanceOf(ArchiveTooLargeError);
  });
});
