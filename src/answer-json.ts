import { plain, type Answer, type Passage } from './model.js';

/** One line of `npm run ask -- --json`: stable for scripts and benchmarks. */
export interface JsonAnswer {
  query: string;
  kind: Answer['kind'];
  notCovered: boolean;
  passages: {
    document: string;
    paragraph: number;
    /** Null for a paragraph asked for by number. */
    score: number | null;
    text: string;
    quote: string;
    english?: string;
  }[];
  /** The question's key terms the declaration never mentions (a refusal, or a partial answer). */
  absent?: string[];
  /** The kind of detail asked for that the declaration does not give: amount, count, date, place, person. */
  missing?: string;
  /** Why only part of the question is answered (a partial answer): the names or the detail it lacks. */
  note?: string;
  /** Passages about the subject that do not answer the question: related reading, not an answer. */
  related?: JsonPassage[];
  /** A question naming paragraphs ('§29 about Iran'): names they do not mention, with the paragraphs that do. */
  elsewhere?: { name: string; paragraphs: number[] }[];
  /** For a paragraph range capped at 5: how many paragraphs were asked for. */
  requested?: number;
  error?: string;
}

type JsonPassage = JsonAnswer['passages'][number];

function passageJson(p: Passage): JsonPassage {
  return {
    document: p.document.id,
    paragraph: p.paragraph,
    score: p.score,
    text: p.text,
    quote: plain(p.quote),
    ...(p.english === undefined ? {} : { english: plain(p.english) }),
  };
}

export function toJson(query: string, answer: Answer): JsonAnswer {
  const base = { query, kind: answer.kind, notCovered: answer.kind === 'notCovered' };
  switch (answer.kind) {
    case 'passages':
      return {
        ...base,
        passages: answer.passages.map(passageJson),
        ...(answer.absent.length > 0 ? { absent: answer.absent } : {}),
        ...(answer.missing === undefined ? {} : { missing: answer.missing }),
        ...(answer.note === undefined ? {} : { note: answer.note }),
      };
    case 'notCovered':
      return {
        ...base,
        passages: [],
        absent: answer.absent,
        ...(answer.missing === undefined ? {} : { missing: answer.missing }),
        related: answer.related.map(passageJson),
      };
    case 'paragraphs':
      return {
        ...base,
        ...(answer.requested > answer.paragraphs.length ? { requested: answer.requested } : {}),
        ...(answer.absent === undefined ? {} : { absent: answer.absent }),
        ...(answer.elsewhere === undefined ? {} : { elsewhere: answer.elsewhere }),
        passages: answer.paragraphs.map((p) => ({
          document: p.document.id,
          paragraph: p.paragraph,
          score: null,
          text: p.text,
          quote: p.text,
          ...(p.english === undefined ? {} : { english: p.english }),
        })),
      };
    case 'error':
      return { ...base, passages: [], error: answer.message };
    default:
      return { ...base, passages: [] };
  }
}
