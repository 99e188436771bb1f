import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { DEFAULT_INDEX_DIR } from '../../../src/create-core.js';
import { loadLibrary } from '../../../src/documents/load.js';
import { mayConvert, normalize } from '../../../src/text/normalize.js';

const EVAL_DIR = fileURLToPath(new URL('../../../eval', import.meta.url));

// normalize skips OpenCC for text holding no character that marks it as traditional: one some entry
// changes and that the traditional → simplified table never gives as simplified text.
describe('normalize without OpenCC', () => {
  it('skips OpenCC for characters it leaves as they are, and for a few simplified ones it would read as traditional', () => {
    const convert = OpenCC.Converter({ from: 'tw', to: 'cn' });
    // What the traditional → simplified table gives: simplified text (麼 → 么, 峰會 → 峰会).
    const given = new Set(
      (OpenCC.Locale.to.cn as readonly (readonly OpenCC.DictLike[])[]).flatMap((group) =>
        group.flatMap((dict) => (typeof dict === 'string' ? dict.split('|').flatMap((entry) => [...(entry.split(' ')[1] ?? '')]) : [])),
      ),
    );
    const skippedButConverted: string[] = [];
    for (let code = 0; code < 0x30000; code++) {
      if (code >= 0xd800 && code < 0xe000) continue;
      const ch = String.fromCodePoint(code);
      if (!mayConvert(ch) && convert(ch) !== ch) skippedButConverted.push(ch);
    }
    // 么 (a lone one would become 幺), 乾, 於, 麽 …: each is simplified text too.
    expect(skippedButConverted).toContain('么');
    expect({ notSimplified: skippedButConverted.filter((ch) => !given.has(ch)), few: skippedButConverted.length < 40 }).toEqual({
      notSimplified: [],
      few: true,
    });
  });

  it('skips OpenCC only for texts it leaves as they are, but for its lone misreadings: the declaration, the data and every question set', () => {
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
    // A simplified character OpenCC would misread on its own (么 → 幺 in 有说法么) is left as it is, as the
    // first test shows for every one: any other character OpenCC would change is a text skipped wrongly.
    const misread = (ch: string): boolean => !mayConvert(ch) && convert(ch) !== ch;
    const changedOtherwise = (t: string): boolean => {
      const converted = [...convert(t)];
      const own = [...t];
      return converted.length !== own.length || own.some((ch, i) => converted[i] !== ch && !misread(ch));
    };
    expect({ skippedButConverted: skipped.filter(changedOtherwise), skippedMost: skipped.length > texts.length / 2 }).toEqual({
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
