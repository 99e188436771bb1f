import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DataError, isRecord, readJson, text } from './guards.js';
import { splitSentences } from './split.js';

/**
 * `<id>.en.json`: `{ "paragraphs": [[sentence, ...], ...] }`, one list per
 * Chinese paragraph and one English sentence per Chinese sentence as
 * `splitSentences` cuts it. The alignment is checked here, at start-up, so an
 * elided quote can always show the English of exactly the sentences it quotes.
 * Returns undefined when the document has no rendering.
 */
export function loadEnglish(dir: string, id: string, chinese: readonly string[]): string[][] | undefined {
  const file = join(dir, `${id}.en.json`);
  if (!existsSync(file)) return undefined;
  const data = readJson(file);
  if (!isRecord(data) || !Array.isArray(data['paragraphs'])) throw new DataError(file, 'must be an object with "paragraphs" (a list)');
  const paragraphs: unknown[] = data['paragraphs'];
  if (paragraphs.length !== chinese.length) throw new DataError(file, `has ${paragraphs.length} paragraphs, the Chinese text has ${chinese.length}`);
  return paragraphs.map((value, i) => alignedSentences(file, i + 1, value, chinese[i] ?? ''));
}

function alignedSentences(file: string, number: number, value: unknown, chinese: string): string[] {
  if (!Array.isArray(value)) {
    throw new DataError(file, `paragraph ${number} must be a list of sentences, one for each Chinese sentence, got ${JSON.stringify(value)?.slice(0, 80)}`);
  }
  const sentences = value.map((s: unknown, j) => text(file, s, `paragraph ${number} sentence ${j + 1}`));
  const expected = splitSentences(chinese).length;
  if (sentences.length !== expected) {
    throw new DataError(
      file,
      `paragraph ${number} has ${sentences.length} English sentences, its Chinese has ${expected}: ${JSON.stringify(chinese).slice(0, 80)}`,
    );
  }
  return sentences;
}
