import { plain, type Answer } from './model.js';

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
  error?: string;
}

export function toJson(query: string, answer: Answer): JsonAnswer {
  const base = { query, kind: answer.kind, notCovered: answer.kind === 'notCovered' };
  switch (answer.kind) {
    case 'passages':
      return {
        ...base,
        passages: answer.passages.map((p) => ({
          document: p.document.id,
          paragraph: p.paragraph,
          score: p.score,
          text: p.text,
          quote: plain(p.quote),
          ...(p.english === undefined ? {} : { english: plain(p.english) }),
        })),
      };
    case 'paragraphs':
      return {
        ...base,
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
