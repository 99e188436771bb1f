// Reads index/<id>.kinds.json (written by scripts/classify-paragraphs.ts) and
// checks it against the text it claims to describe, so a text edited without
// re-running the script stops start-up instead of misquoting.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KINDS, type Cue, type Kind } from './classify.js';

export interface KindsFile {
  document: string;
  generatedBy: string;
  kinds: Kind[];
  rules: { id: string; kind: Kind; cue: string; description: string }[];
  paragraphs: ParagraphKinds[];
}

export interface ParagraphKinds {
  paragraph: number;
  kinds: Kind[];
  /** Indexes into `sentences` of the sentences that commit. */
  committing: number[];
  sentences: { text: string; kinds: Kind[]; cues: Cue[] }[];
}

export class KindsDataError extends Error {
  constructor(file: string, problem: string) {
    super(`highlights: ${file}: ${problem}`);
    this.name = 'KindsDataError';
  }
}

export function kindsFilePath(indexDir: string, documentId: string): string {
  return join(indexDir, `${documentId}.kinds.json`);
}

export function readKindsFile(path: string): KindsFile {
  if (!existsSync(path)) throw new KindsDataError(path, 'not found; run npx tsx scripts/classify-paragraphs.ts');
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch (error) {
    throw new KindsDataError(path, `not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  return parseKindsFile(path, data);
}

export function parseKindsFile(file: string, data: unknown): KindsFile {
  if (!isRecord(data)) throw new KindsDataError(file, 'must be an object');
  const { document, generatedBy, rules, paragraphs } = data;
  if (typeof document !== 'string' || document === '') throw new KindsDataError(file, `"document" must be a document id, got ${show(document)}`);
  if (typeof generatedBy !== 'string') throw new KindsDataError(file, `"generatedBy" must be a string, got ${show(generatedBy)}`);
  if (!Array.isArray(rules)) throw new KindsDataError(file, `"rules" must be a list, got ${show(rules)}`);
  if (!Array.isArray(paragraphs)) throw new KindsDataError(file, `"paragraphs" must be a list, got ${show(paragraphs)}`);
  return {
    document,
    generatedBy,
    kinds: kindList(file, data['kinds'], '"kinds"'),
    rules: rules.map((r, i) => {
      const where = `rule ${i}`;
      if (!isRecord(r)) throw new KindsDataError(file, `${where} must be an object, got ${show(r)}`);
      return {
        id: str(file, r['id'], `${where} id`),
        kind: kind(file, r['kind'], `${where} kind`),
        cue: str(file, r['cue'], `${where} cue`),
        description: str(file, r['description'], `${where} description`),
      };
    }),
    paragraphs: paragraphs.map((p, i) => paragraphKinds(file, p, i)),
  };
}

function paragraphKinds(file: string, value: unknown, i: number): ParagraphKinds {
  const where = `paragraph entry ${i}`;
  if (!isRecord(value)) throw new KindsDataError(file, `${where} must be an object, got ${show(value)}`);
  const paragraph = value['paragraph'];
  if (typeof paragraph !== 'number' || !Number.isInteger(paragraph) || paragraph < 1)
    throw new KindsDataError(file, `${where} "paragraph" must be a positive whole number, got ${show(paragraph)}`);
  const sentencesValue = value['sentences'];
  if (!Array.isArray(sentencesValue)) throw new KindsDataError(file, `§${paragraph} "sentences" must be a list, got ${show(sentencesValue)}`);
  const sentences = sentencesValue.map((s, k) => {
    const at = `§${paragraph} sentence ${k}`;
    if (!isRecord(s) || !Array.isArray(s['cues'])) throw new KindsDataError(file, `${at} must have text, kinds and cues, got ${show(s)}`);
    return {
      text: str(file, s['text'], `${at} text`),
      kinds: kindList(file, s['kinds'], `${at} kinds`),
      cues: s['cues'].map((c, m) => cue(file, c, `${at} cue ${m}`)),
    };
  });
  const committingValue = value['committing'];
  if (!Array.isArray(committingValue) || !committingValue.every((n) => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n < sentences.length)) {
    throw new KindsDataError(file, `§${paragraph} "committing" must list sentence indexes, got ${show(committingValue)}`);
  }
  const committing = committingValue as number[];
  const kinds = kindList(file, value['kinds'], `§${paragraph} kinds`);
  if (kinds.includes('commitment') !== committing.length > 0) {
    throw new KindsDataError(
      file,
      `§${paragraph} is ${kinds.includes('commitment') ? '' : 'not '}a commitment but lists ${committing.length} committing sentences`,
    );
  }
  return { paragraph, kinds, committing, sentences };
}

function cue(file: string, value: unknown, where: string): Cue {
  if (!isRecord(value)) throw new KindsDataError(file, `${where} must be an object, got ${show(value)}`);
  const at = value['at'];
  if (typeof at !== 'number' || !Number.isInteger(at) || at < 0) throw new KindsDataError(file, `${where} "at" must be an offset, got ${show(at)}`);
  return {
    kind: kind(file, value['kind'], `${where} kind`),
    rule: str(file, value['rule'], `${where} rule`),
    cue: str(file, value['cue'], `${where} cue`),
    at,
  };
}

function kindList(file: string, value: unknown, where: string): Kind[] {
  if (!Array.isArray(value)) throw new KindsDataError(file, `${where} must be a list, got ${show(value)}`);
  return value.map((v) => kind(file, v, where));
}

function kind(file: string, value: unknown, where: string): Kind {
  if (typeof value !== 'string' || !(KINDS as readonly string[]).includes(value)) {
    throw new KindsDataError(file, `${where}: ${show(value)} is not one of ${KINDS.join(', ')}`);
  }
  return value as Kind;
}

function str(file: string, value: unknown, where: string): string {
  if (typeof value !== 'string' || value === '') throw new KindsDataError(file, `${where} must be a non-empty string, got ${show(value)}`);
  return value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function show(value: unknown): string {
  return (JSON.stringify(value) ?? String(value)).slice(0, 80);
}

/**
 * The file must describe `paragraphs` (numbered from 1) exactly: its sentences
 * joined give each paragraph back verbatim.
 */
export function checkAgainstText(file: string, kinds: KindsFile, paragraphs: ReadonlyMap<number, string>): void {
  if (kinds.paragraphs.length !== paragraphs.size) {
    throw new KindsDataError(
      file,
      `describes ${kinds.paragraphs.length} paragraphs, the text has ${paragraphs.size}; run npx tsx scripts/classify-paragraphs.ts`,
    );
  }
  for (const entry of kinds.paragraphs) {
    const text = paragraphs.get(entry.paragraph);
    const joined = entry.sentences.map((s) => s.text).join('');
    if (text !== joined) {
      throw new KindsDataError(file, `§${entry.paragraph} no longer matches the text; run npx tsx scripts/classify-paragraphs.ts and review the diff`);
    }
  }
}
