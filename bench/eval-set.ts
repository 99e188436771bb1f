import { readFileSync } from 'node:fs';
import type { Language } from '../src/model.js';

export interface EvalQuestion {
  id: string;
  lang: Language;
  question: string;
  /** Paragraphs that answer it; empty when the declaration does not address it. */
  expected: number[];
  /** For a question the declaration does not answer because it never names these. */
  absent?: string[];
  /** For a question whose subject is there but not the detail asked (amount, count, date, place, person). */
  missing?: string;
}

export const EVAL_SET_PATH = new URL('../eval/questions.jsonl', import.meta.url);

export function loadEvalSet(path: URL | string = EVAL_SET_PATH): EvalQuestion[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((line, i) => {
      const q = JSON.parse(line) as Partial<EvalQuestion>;
      if (typeof q.question !== 'string' || !Array.isArray(q.expected) || (q.lang !== 'zh' && q.lang !== 'en' && q.lang !== 'mixed')) {
        throw new Error(`eval: line ${i + 1} is not {id, lang, question, expected}: ${line.slice(0, 80)}`);
      }
      return {
        id: q.id ?? `line-${i + 1}`,
        lang: q.lang,
        question: q.question,
        expected: q.expected,
        ...(Array.isArray(q.absent) ? { absent: q.absent } : {}),
        ...(typeof q.missing === 'string' ? { missing: q.missing } : {}),
      };
    });
}
