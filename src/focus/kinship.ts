import type { GazetteerEntry, GlossaryEntry, Paragraph } from '../documents/types.js';
import { normalize } from '../text/normalize.js';

const GEOGRAPHY = new Set<GazetteerEntry['kind']>(['country', 'pair', 'conflict', 'region', 'place']);
const group = (kind: GazetteerEntry['kind']): string => (GEOGRAPHY.has(kind) ? 'geography' : kind);

/**
 * What the declaration does say about things of the same kind as an absent one:
 * asked about Ukraine, the paragraphs on other conflicts and countries of the
 * region; asked about a disease, those on the diseases it names.
 */
export class Kinship {
  private readonly byId: Map<string, GazetteerEntry>;
  /** Entries the declaration mentions, by kind group: the few a refusal looks among. */
  private readonly presentByGroup = new Map<string, GazetteerEntry[]>();

  constructor(
    entries: readonly GazetteerEntry[],
    private readonly mentions: ReadonlyMap<string, number[]>,
  ) {
    this.byId = new Map(entries.map((e) => [e.id, e]));
    for (const e of entries) {
      if ((mentions.get(e.id)?.length ?? 0) === 0) continue;
      this.presentByGroup.set(group(e.kind), [...(this.presentByGroup.get(group(e.kind)) ?? []), e]);
    }
  }

  /** Paragraphs mentioning present entries of the same kind, those of the same region first. */
  near(id: string, limit = 5): number[] {
    const entry = this.byId.get(id);
    if (entry === undefined) return [];
    const kin = (this.presentByGroup.get(group(entry.kind)) ?? []).filter((e) => e.id !== id);
    const sameRegion = kin.filter((e) => entry.region !== undefined && e.region === entry.region);
    const ordered = [...sameRegion, ...kin.filter((e) => !sameRegion.includes(e))];
    return [...new Set(ordered.flatMap((e) => this.mentions.get(e.id) ?? []))].slice(0, limit);
  }
}

/**
 * Glossary entries computed from the gazetteer for every entry the declaration
 * mentions: its other names (Israel, 以色列, 俄方) stand for the form the text uses
 * (巴以, 俄罗斯联邦), so a question in any of them finds the paragraph.
 */
export function gazetteerGlossary(
  entries: readonly GazetteerEntry[],
  mentions: ReadonlyMap<string, number[]>,
  paragraphs: readonly Paragraph[],
): GlossaryEntry[] {
  const text = normalize(paragraphs.map((p) => p.text).join('\n'));
  const inText = (name: string): boolean => text.includes(normalize(name));
  const out: GlossaryEntry[] = [];
  for (const entry of entries) {
    if ((mentions.get(entry.id)?.length ?? 0) === 0) continue;
    const pairs = entries.filter((p) => p.members.includes(entry.id));
    const used = [...entry.zh, ...pairs.flatMap((p) => p.zh)].filter(inText);
    const target = used[0];
    if (target === undefined) continue;
    out.push({ zh: target, en: entry.en, zhAliases: entry.zh.filter((z) => !inText(z)) });
  }
  return out;
}
