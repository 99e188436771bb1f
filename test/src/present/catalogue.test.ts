import { describe, expect, it } from 'vitest';
import { DEFAULT_INDEX_DIR } from '../../../src/create-core.js';
import { loadLibrary } from '../../../src/documents/load.js';
import { CATALOGUE, listNames, say, type MessageKey } from '../../../src/present/catalogue.js';

const keys = Object.keys(CATALOGUE) as MessageKey[];
const withoutPlaceholders = (text: string): string => text.replace(/\{\w+\}/gu, '');
const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/gu)].map((m) => m[1] ?? '').sort();

describe('the message catalogue', () => {
  it.each(keys)('%s has a Chinese and an English text, neither empty', (key) => {
    const entry: { zh: unknown; en: unknown } = CATALOGUE[key];
    expect([typeof entry.zh, typeof entry.en]).toEqual(['string', 'string']);
    expect([String(entry.zh).trim() === '', String(entry.en).trim() === '']).toEqual([false, false]);
  });

  it.each(keys)('%s asks for the same parameters in both languages', (key) => {
    expect(placeholders(CATALOGUE[key].zh)).toEqual(placeholders(CATALOGUE[key].en));
  });

  it('fills parameters wherever each language puts them', () => {
    expect([say('error.outOfRange', 'en', { count: 120 }), say('error.outOfRange', 'zh', { count: 120 })]).toEqual([
      'The declaration has 120 paragraphs: ask for a number from §1 to §120.',
      '宣言共有 120 段，请输入 §1 至 §120 之间的段落编号。',
    ]);
  });

  it('lists alternatives the way each language does', () => {
    expect([listNames(['A'], 'en'), listNames(['A', 'B'], 'en'), listNames(['A', 'B', 'C'], 'en'), listNames(['甲', '乙', '丙'], 'zh')]).toEqual([
      'A',
      'A or B',
      'A, B or C',
      '甲、乙、丙',
    ]);
  });

  it('keeps Chinese chrome free of English words, apart from the commands and examples a reader types', () => {
    // Help, errors and the usage line quote what to type ('§42', 'paragraph 42', 'highlights subscribe', '--offset'),
    // which stays as typed; 'about' names the checksum SHA-256.
    const typed = /^(?:help\.|error\.|highlights\.|console\.(?:moreFlags|about)$)/u;
    const latin = keys.filter((k) => !typed.test(k) && /[A-Za-z]{2,}/u.test(withoutPlaceholders(CATALOGUE[k].zh)));
    expect(latin).toEqual([]);
  });

  it('keeps English chrome free of Chinese, apart from the examples a reader types', () => {
    const typed = /^(?:help\.|error\.)/u;
    expect(keys.filter((k) => !typed.test(k) && /\p{Script=Han}/u.test(CATALOGUE[k].en))).toEqual([]);
  });
});

describe('topic names', () => {
  // Topic names are data (index/<id>.topics.json), not catalogue keys; the card picks the reader's one.
  it('has every topic named in Chinese and English, neither empty', () => {
    const topics = loadLibrary(DEFAULT_INDEX_DIR).documents.flatMap((d) => d.topics);
    expect(topics.length).toBeGreaterThan(0);
    expect(
      topics.filter((t) => t.zh.trim() === '' || t.en.trim() === '' || /[A-Za-z]{2,}/u.test(t.zh) || /\p{Script=Han}/u.test(t.en)).map((t) => t.id),
    ).toEqual([]);
  });
});
