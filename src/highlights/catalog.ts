// The commitments a channel cycles through: every paragraph the kinds data marks
// as committing, with the committing sentences quoted verbatim from the core's text.

import type { Core } from '../core.js';
import { ELLIPSIS, type DocumentInfo, type ParagraphView, type Segment, type TopicInfo } from '../model.js';
import { checkAgainstText, kindsFilePath, readKindsFile, type KindsFile } from './kinds.js';
import { existsSync } from 'node:fs';

export interface Commitment {
  /** Stable id stored in rotations: '<document>#<paragraph>'. */
  id: string;
  document: DocumentInfo;
  paragraph: number;
  topic: TopicInfo | undefined;
  /** The committing sentences, verbatim, with ELLIPSIS segments for what is left out. */
  quote: Segment[];
  english: string | undefined;
}

export interface Catalog {
  /** In document order. */
  readonly commitments: readonly Commitment[];
  get(id: string): Commitment | undefined;
}

export function commitmentId(documentId: string, paragraph: number): string {
  return `${documentId}#${paragraph}`;
}

/**
 * Reads `<indexDir>/<document>.kinds.json` for each of the core's documents that
 * has one, and checks it still describes the text the core serves.
 */
export function loadCatalog(core: Core, indexDir: string): Catalog {
  const commitments: Commitment[] = [];
  for (const document of core.documents) {
    const path = kindsFilePath(indexDir, document.id);
    if (!existsSync(path)) continue;
    const kinds = readKindsFile(path);
    const paragraphs = paragraphViews(core, document.id);
    checkAgainstText(path, kinds, new Map([...paragraphs].map(([n, p]) => [n, p.text])));
    commitments.push(...commitmentsOf(kinds, paragraphs));
  }
  const byId = new Map(commitments.map((c) => [c.id, c]));
  return { commitments, get: (id) => byId.get(id) };
}

function paragraphViews(core: Core, documentId: string): Map<number, ParagraphView> {
  const views = new Map<number, ParagraphView>();
  for (let n = 1; ; n++) {
    const answer = core.context(documentId, n, { before: 0, after: 0 });
    if (answer.kind !== 'paragraphs') break;
    const view = answer.paragraphs.find((p) => p.paragraph === n);
    if (view === undefined) break;
    views.set(n, view);
    if (n >= answer.window.total) break;
  }
  return views;
}

function commitmentsOf(kinds: KindsFile, paragraphs: ReadonlyMap<number, ParagraphView>): Commitment[] {
  const out: Commitment[] = [];
  for (const entry of kinds.paragraphs) {
    if (entry.committing.length === 0) continue;
    const view = paragraphs.get(entry.paragraph);
    if (view === undefined) continue;
    out.push({
      id: commitmentId(view.document.id, entry.paragraph),
      document: view.document,
      paragraph: entry.paragraph,
      topic: view.topic,
      quote: quoteSentences(
        entry.sentences.map((s) => s.text),
        entry.committing,
      ),
      english: view.english,
    });
  }
  return out;
}

/** The chosen sentences verbatim; an ELLIPSIS wherever sentences are left out. */
export function quoteSentences(sentences: readonly string[], chosen: readonly number[]): Segment[] {
  const keep = new Set(chosen);
  const segments: Segment[] = [];
  let run = '';
  let skipped = false;
  const flush = (): void => {
    if (run !== '') segments.push({ text: run, emphasis: false });
    run = '';
  };
  sentences.forEach((sentence, i) => {
    if (keep.has(i)) {
      if (skipped) {
        flush();
        segments.push({ text: ELLIPSIS, emphasis: false });
        skipped = false;
      }
      run += sentence;
    } else {
      skipped = true;
    }
  });
  flush();
  if (skipped && segments.length > 0) segments.push({ text: ELLIPSIS, emphasis: false });
  return segments;
}
