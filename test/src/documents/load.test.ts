import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../src/create-core.js';
import { loadLibrary } from '../../../src/documents/load.js';

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'index-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('loadLibrary', () => {
  it('indexes every <id>.zh.txt in the folder', () => {
    const dir = folder({ 'a.zh.txt': '甲文件\n\n第一段。\n\n第二段。\n', 'b.zh.txt': '乙文件\n\n唯一一段。\n' });
    expect(loadLibrary(dir).documents.map((d) => [d.info.id, d.info.title, d.paragraphs.length])).toEqual([
      ['a', '甲文件', 2],
      ['b', '乙文件', 1],
    ]);
  });

  it('names the document each answer quotes', () => {
    const dir = folder({ 'a.zh.txt': '甲文件\n\n成员国支持粮食安全合作。\n', 'b.zh.txt': '乙文件\n\n成员国欢迎举办青年论坛。\n' });
    const answer = createCore({ indexDir: dir }).ask('青年论坛');
    expect(answer.kind === 'passages' && answer.passages[0]?.document).toEqual({ id: 'b', title: '乙文件' });
  });

  it('marks the synonym terms index/kindred.json lists as only kindred to what their entry means', () => {
    const dir = folder({
      'a.zh.txt': '甲\n\n一。\n',
      'synonyms.json': JSON.stringify([{ terms: ['洗钱', '资助恐怖'], means: ['融资'] }]),
      'kindred.json': JSON.stringify({ kindred: [{ term: '洗钱', means: ['融资'], why: 'not financing' }] }),
    });
    expect(loadLibrary(dir).synonyms).toEqual([{ terms: ['洗钱', '资助恐怖'], means: ['融资'], kindred: ['洗钱'] }]);
  });

  it('takes every term of the shipped index/kindred.json from index/synonyms.json', () => {
    const library = loadLibrary(new URL('../../../index', import.meta.url).pathname);
    const kindred = library.synonyms.flatMap((s) => s.kindred ?? []);
    const listed: unknown = JSON.parse(readFileSync(new URL('../../../index/kindred.json', import.meta.url), 'utf8'));
    const terms = (listed as { kindred: { term: string }[] }).kindred.map((k) => k.term);
    expect(new Set(kindred)).toEqual(new Set(terms));
  });

  it('refuses an English rendering with the wrong number of paragraphs, naming the file', () => {
    const dir = folder({ 'a.zh.txt': '甲\n\n一。\n\n二。\n', 'a.en.json': JSON.stringify({ paragraphs: [['One.']] }) });
    expect(() => loadLibrary(dir)).toThrow(/documents: .*a\.en\.json: has 1 paragraphs, the Chinese text has 2/u);
  });

  it('keeps the English sentence by sentence and joined for the whole paragraph', () => {
    const dir = folder({ 'a.zh.txt': '甲\n\n一。二。\n', 'a.en.json': JSON.stringify({ paragraphs: [['One.', 'Two.']] }) });
    const [paragraph] = loadLibrary(dir).documents[0]?.paragraphs ?? [];
    expect([paragraph?.englishSentences, paragraph?.english]).toEqual([['One.', 'Two.'], 'One. Two.']);
  });

  it('refuses English whose sentences do not match the Chinese sentences, naming the file and paragraph', () => {
    const dir = folder({ 'a.zh.txt': '甲\n\n一。\n\n二；三。\n', 'a.en.json': JSON.stringify({ paragraphs: [['One.'], ['Two and three.']] }) });
    expect(() => loadLibrary(dir)).toThrow(/documents: .*a\.en\.json: paragraph 2 has 1 English sentences, its Chinese has 2: "二；三。"/u);
  });

  it('refuses a paragraph rendered as one string instead of a list of sentences', () => {
    const dir = folder({ 'a.zh.txt': '甲\n\n一。\n', 'a.en.json': JSON.stringify({ paragraphs: ['One.'] }) });
    expect(() => loadLibrary(dir)).toThrow(/a\.en\.json: paragraph 1 must be a list of sentences, one for each Chinese sentence, got "One\."/u);
  });

  it('refuses an empty English sentence, naming where it is', () => {
    const dir = folder({ 'a.zh.txt': '甲\n\n一。二。\n', 'a.en.json': JSON.stringify({ paragraphs: [['One.', ' ']] }) });
    expect(() => loadLibrary(dir)).toThrow(/a\.en\.json: paragraph 1 sentence 2 must be a non-empty string, got " "/u);
  });

  it('refuses a topic file that names an unknown topic', () => {
    const dir = folder({
      'a.zh.txt': '甲\n\n一。\n',
      'a.topics.json': JSON.stringify({ topics: [{ id: 't', en: 'T', zh: '题', keywords: { zh: [], en: [] } }], paragraphs: { '1': 'nope' } }),
    });
    expect(() => loadLibrary(dir)).toThrow(/paragraph 1 has unknown topic "nope"/u);
  });

  it('refuses a folder without documents', () => {
    expect(() => loadLibrary(folder({}))).toThrow(/no <id>\.zh\.txt document found/u);
  });
});
