// Word drafts for the tests, written by the `docx` library as Word writes them: operative paragraphs
// numbered by automatic numbering (a list with levels 1. / (a) / (i)), tracked insertions and
// deletions, comments. Used by the reading, CLI, server and editor tests.
import {
  AlignmentType, CommentRangeEnd, CommentRangeStart, CommentReference, DeletedTextRun, Document, InsertedTextRun,
  LevelFormat, Packer, Paragraph, TextRun, type ParagraphChild,
} from 'docx';

/** A piece of a paragraph: plain text, a tracked insertion or deletion, or text under a comment. */
export type Piece = string | { inserted: string } | { deleted: string } | { commented: string; comment: string };

export interface SampleParagraph {
  pieces: Piece[];
  /** In the numbered list, at this level (0: 1. 2. 3.; 1: (a) (b); 2: (i) (ii)). */
  level?: number;
  /** In a bulleted list instead. */
  bullet?: boolean;
}

const REVISION = { author: 'Test drafter', date: '2026-01-15T10:00:00Z' };

/**
 * A line of a .unres draft as a Word paragraph: "1. 决定……" and "(a) ……" become automatically
 * numbered paragraphs at levels 0 and 1, their printed numbers dropped; other lines are plain.
 */
export function paragraphFromLine(line: string): SampleParagraph {
  const numbered = /^\d+\.\s*/.exec(line);
  if (numbered) return { pieces: [line.slice(numbered[0].length)], level: 0 };
  const lettered = /^\([a-z]\)\s*/.exec(line);
  if (lettered) return { pieces: [line.slice(lettered[0].length)], level: 1 };
  return { pieces: [line] };
}

export async function writeDocx(paragraphs: readonly SampleParagraph[]): Promise<Buffer> {
  const comments: { id: number; text: string }[] = [];
  let revisions = 0;
  const children = paragraphs.map(({ pieces, level, bullet }) => new Paragraph({
    children: pieces.flatMap((piece): ParagraphChild[] => {
      const id = ++revisions;
      if (typeof piece === 'string') return [new TextRun(piece)];
      if ('inserted' in piece) return [new InsertedTextRun({ id, ...REVISION, text: piece.inserted })];
      if ('deleted' in piece) return [new DeletedTextRun({ id, ...REVISION, text: piece.deleted })];
      const commentId = comments.length;
      comments.push({ id: commentId, text: piece.comment });
      return [new CommentRangeStart(commentId), new TextRun(piece.commented), new CommentRangeEnd(commentId), new TextRun({ children: [new CommentReference(commentId)] })];
    }),
    ...(level !== undefined ? { numbering: { reference: bullet ? 'bullets' : 'operative', level } } : {}),
  }));
  const document = new Document({
    comments: {
      children: comments.map(({ id, text }) => ({ id, ...REVISION, date: new Date(REVISION.date), children: [new Paragraph(text)] })),
    },
    numbering: {
      config: [
        {
          reference: 'operative',
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START },
            { level: 1, format: LevelFormat.LOWER_LETTER, text: '(%2)', alignment: AlignmentType.START },
            { level: 2, format: LevelFormat.LOWER_ROMAN, text: '(%3)', alignment: AlignmentType.START },
          ],
        },
        { reference: 'bullets', levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.START }] },
      ],
    },
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}
