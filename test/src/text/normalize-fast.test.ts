import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { DEFAULT_INDEX_DIR } from '../../../src/create-core.js';
import { loadLibrary } from '../../../src/documents/load.js';
import { mayConvert, normalize } from '../../../src/text/normalize.js';

const EVAL_DIR = fileURLToPath(new URL('../../../eval', import.meta.url));

// normalize skips OpenCC for text holding no character that begins one of its
// entries: that must never skip a conversion OpenCC would make.
describe('normalize without OpenCC', () => {
  it('skips OpenCC only for characters it leaves as they are', () => {
    const convert = OpenCC.Converter({ from: 'tw', to: 'cn' });
    const skippedButConverted: string[] = [];
    for (let code = 0; code < 0x30000; code++) {
      if (code >= 0xd800 && code < 0xe000) continue;
      const ch = String.fromCodePoint(code);
      if (!mayConvert(ch) && convert(ch) !== ch) skippedButConverted.push(ch);
    }
    expect(skippedButConverted).toEqual([]);
  });

  it('skips OpenCC only for texts it leaves as they are: the declaration, the data and every question set', () => {
    const convert = OpenCC.Converter({ from: 'tw', to: 'cn' });
    const library = loadLibrary(DEFAULT_INDEX_DIR);
    const questions = readdirSync(EVAL_DIR)
      .filter((f) => f.endsWith('.jsonl'))
      .flatMap((f) => readFileSync(join(EVAL_DIR, f), 'utf8').split('\n'))
      .filter((line) => line.trim() !== '')
      .map((line) => String((JSON.parse(line) as { question?: unknown }).question ?? ''));
    const texts = [
      ...library.documents.flatMap((d) => d.paragraphs.map((p) => p.text)),
      ...library.gazetteer.flatMap((e) => e.zh),
      ...library.synonyms.flatMap((e) =>
        Object.values(e)
          .flat()
          .filter((v): v is string => typeof v === 'string'),
      ),
      ...questions,
    ];
    const skipped = texts.filter((t) => !mayConvert(t));
    expect({ skippedButConverted: skipped.filter((t) => convert(t) !== t), skippedMost: skipped.length > texts.length / 2 }).toEqual({
      skippedButConverted: [],
      skippedMost: true,
    });
  });

  it('still converts traditional text and folds width, case and spaces', () => {
    expect(normalize('恐怖主義融資')).toBe('恐怖主义融资');
    expect(normalize('ＳＣＯ 對 ＡＩ')).toBe('sco对ai');
    expect(normalize('数字经济')).toBe('数字经济');
  });
});
