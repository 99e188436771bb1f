import type { Core } from '../src/core.js';
import type { TopicSummary } from '../src/model.js';

// Suggestions for a paragraph being typed (Discord's autocomplete): numbers
// and topics, each shown with the paragraph's opening words. Built once from
// the core's own answers (no adapter searches the text itself) the first time
// someone types. How many, and how long a label may be, are the platform's.

/** One suggestion: what is shown, and the paragraph number it stands for. */
export interface ParagraphChoice {
  name: string;
  value: string;
}

export interface ChoiceLimits {
  /** At most this many suggestions. */
  choices: number;
  /** At most this many characters a label. */
  label: number;
}

interface Entry {
  paragraph: number;
  label: string;
}

const OPENING_CHARACTERS = 40;

export class ParagraphChoices {
  private entries: Entry[] | undefined;
  private topics: TopicSummary[] = [];

  constructor(
    private readonly core: Core,
    private readonly limits: ChoiceLimits,
  ) {}

  /** The choices for what the user has typed so far. */
  suggest(typed: string): ParagraphChoice[] {
    const entries = this.load();
    const q = typed.trim().replace(/^§\s*/, '').toLowerCase();
    let picked: Entry[];
    if (q === '') {
      picked = this.topics.flatMap((t) => entries.filter((e) => e.paragraph === t.paragraphs[0]));
    } else if (/^\d+$/.test(q)) {
      picked = entries.filter((e) => String(e.paragraph).startsWith(q));
    } else {
      const topics = this.topics.filter((t) => t.id.includes(q) || t.en.toLowerCase().includes(q) || t.zh.includes(q));
      picked = topics.flatMap((t) => entries.filter((e) => t.paragraphs.includes(e.paragraph)));
    }
    return picked.slice(0, this.limits.choices).map((e) => ({ name: e.label, value: String(e.paragraph) }));
  }

  private load(): Entry[] {
    if (this.entries !== undefined) return this.entries;
    const document = this.core.documents[0];
    const topics = this.core.topics();
    this.topics = topics.kind === 'topics' ? topics.topics : [];
    const entries: Entry[] = [];
    if (document !== undefined) {
      for (let n = 1; ; n++) {
        const view = this.core.paragraphs([{ from: n, to: n }], { documentId: document.id });
        if (view.kind !== 'paragraphs') break;
        const p = view.paragraphs.find((x) => x.paragraph === n);
        if (p === undefined) break;
        const topic = p.topic === undefined ? '' : ` · ${p.topic.zh} ${p.topic.en}`;
        const opening = [...p.text].slice(0, OPENING_CHARACTERS).join('');
        const label = `§${n}${topic} · ${opening}…`;
        entries.push({ paragraph: n, label: [...label].slice(0, this.limits.label).join('') });
        if (n >= view.window.total) break;
      }
    }
    this.entries = entries;
    return entries;
  }
}
