// The rules that sort the declaration's sentences by what the member states do
// in them. scripts/classify-paragraphs.ts runs them once and the output is
// committed as index/*.kinds.json, so a change of rule is a reviewed data change.

import { splitSentences } from './sentences.js';

export const KINDS = ['commitment', 'position', 'acknowledgement'] as const;
export type Kind = (typeof KINDS)[number];

export interface Rule {
  id: string;
  kind: Kind;
  /** The cue, matched on the sentence with quoted titles blanked out. */
  cue: RegExp;
  description: string;
  /**
   * Where a new predicate may start for this cue, besides right after the
   * subject or another cue; default: after a comma or 并.
   */
  after?: RegExp;
}

// Order matters: commitment cues are matched first and blank their text, so
// 一致认为 is not read again as 认为.
export const RULES: readonly Rule[] = [
  {
    id: 'will',
    kind: 'commitment',
    cue: /将(?![于由其近])/u,
    description: "成员国将… (they will); not 将于/将由 dates, not 将其 (把), not a 将 inside another subject's clause",
  },
  { id: 'ready', kind: 'commitment', cue: /(?<![意自志心宁])愿(?![望景意])/u, description: '愿… (are ready to); not 愿望, 愿景, 意愿, 自愿' },
  { id: 'decided', kind: 'commitment', cue: /决定/u, description: "决定… (decided), as the member states' verb, not the noun 的决定" },
  { id: 'agreed', kind: 'commitment', cue: /商定|一致同意|一致认为/u, description: '商定, 一致同意, 一致认为(应)… (agreed)' },
  { id: 'commit', kind: 'commitment', cue: /承诺/u, description: '承诺 (commit)' },
  { id: 'dedicated', kind: 'commitment', cue: /致力于/u, description: '致力于 (are dedicated to)' },
  {
    id: 'adopted',
    kind: 'commitment',
    cue: /通过了?《/u,
    description: '(并/为此/决定)通过《…》 (adopted a document: a decision); not 欢迎通过/支持通过, not 指出，通过《…》十分重要',
    after: /(?:并|为此)$/u,
  },
  { id: 'abstain', kind: 'commitment', cue: /不参与/u, description: '成员国不参与… (undertake not to take part)' },
  { id: 'consider', kind: 'position', cue: /认为/u, description: '认为 (consider)' },
  { id: 'stress', kind: 'position', cue: /强调/u, description: '强调 (stress)' },
  { id: 'note-that', kind: 'position', cue: /指出/u, description: '指出 (point out)' },
  { id: 'reaffirm', kind: 'position', cue: /重申/u, description: '重申 (reaffirm), unless it frames 将/愿/致力于' },
  { id: 'advocate', kind: 'position', cue: /主张/u, description: '主张 (advocate)' },
  { id: 'oppose', kind: 'position', cue: /反对/u, description: '反对 (oppose)' },
  { id: 'call', kind: 'position', cue: /呼吁/u, description: '呼吁 (call on)' },
  { id: 'believe', kind: 'position', cue: /坚信/u, description: '坚信 (firmly believe)' },
  { id: 'support', kind: 'position', cue: /支持/u, description: '支持 (support)' },
  { id: 'encourage', kind: 'position', cue: /鼓励/u, description: '鼓励 (encourage)' },
  { id: 'concern', kind: 'position', cue: /关注|担忧|谴责/u, description: '关注, 担忧, 谴责 (are concerned, condemn)' },
  { id: 'adhere', kind: 'position', cue: /恪守/u, description: '恪守 (adhere to)' },
  { id: 'value', kind: 'position', cue: /高度重视/u, description: '高度重视 (attach great importance)' },
  { id: 'take-note', kind: 'acknowledgement', cue: /注意到/u, description: '注意到 (take note)' },
  { id: 'welcome', kind: 'acknowledgement', cue: /欢迎/u, description: '欢迎 (welcome)' },
  { id: 'appreciate', kind: 'acknowledgement', cue: /高度评价|积极评价|赞赏/u, description: '高度评价, 积极评价, 赞赏 (appreciate)' },
  { id: 'recognise', kind: 'acknowledgement', cue: /认可|承认|肯定/u, description: '认可, 承认, 肯定 (recognise)' },
];

// Who acts: the member states (成员国, 各方), after an optional linking phrase
// (为此，) or description (作为…的, 有意愿…的), or a list of named states.
const SUBJECT =
  /^(?:(?:为此|鉴此|在此背景下|与此同时|同时|此外|鉴于[^，。]*)，)?(?:作为[^，。]*?的)?(?:有意愿[^，。]*?的)?(?:上合组织)?(?:成员国|各方)(?!领导人|公民|外交|间|的)/u;
const STATE_LIST = /^(?:[^，、。]{2,14}(?:共和国|联邦)、)+[^，、。]{2,14}(?:共和国|联邦)/u;

// Words that may stand between the start of a predicate and its verb.
const ADVERBS = /(?:还|也|均|都|继续|进一步|坚决|坚定|强烈|深表|共同|同时|再次)*$/u;
// A new predicate of the same subject starts after a comma or 并.
const PREDICATE_START = /(?:，|并|，并|为此|并为此)$/u;
// A position verb that only frames a commitment (重申将…, 表示愿…, 指出，愿…).
const FRAME = /(?:重申|表示|指出|强调)，?$/u;

export interface Cue {
  kind: Kind;
  rule: string;
  /** The matched text. */
  cue: string;
  /** Offset in the sentence. */
  at: number;
}

export interface SentenceClass {
  index: number;
  text: string;
  /** The member-state subject the sentence opens with, when it has one. */
  subject: string | undefined;
  kinds: Kind[];
  cues: Cue[];
}

export interface ParagraphClass {
  kinds: Kind[];
  sentences: SentenceClass[];
  /** Indexes of the sentences that commit. */
  committing: number[];
}

export function classifyParagraph(text: string): ParagraphClass {
  const sentences = splitSentences(text).map((s, index) => classifySentence(s.text, index));
  const kinds = KINDS.filter((k) => sentences.some((s) => s.kinds.includes(k)));
  const committing = sentences.filter((s) => s.kinds.includes('commitment')).map((s) => s.index);
  return { kinds, sentences, committing };
}

export function classifySentence(text: string, index = 0): SentenceClass {
  let masked = blankQuoted(text);
  const subjectMatch = SUBJECT.exec(masked) ?? STATE_LIST.exec(masked);
  if (subjectMatch === null) return { index, text, subject: undefined, kinds: [], cues: [] };
  const subjectEnd = subjectMatch[0].length;

  const cues: Cue[] = [];
  for (const rule of RULES) {
    const global = new RegExp(rule.cue.source, 'gu');
    for (const m of masked.matchAll(global)) {
      const at = m.index;
      if (at < subjectEnd) continue;
      if (!startsPredicate(masked, at, subjectEnd, rule)) continue;
      cues.push({ kind: rule.kind, rule: rule.id, cue: m[0], at });
      masked = masked.slice(0, at) + BLANK.repeat(m[0].length) + masked.slice(at + m[0].length);
    }
  }
  const kept = cues.filter((c) => !(c.kind === 'position' && framesCommitment(c, cues)));
  kept.sort((a, b) => a.at - b.at);
  const kinds = KINDS.filter((k) => kept.some((c) => c.kind === k));
  return { index, text, subject: subjectMatch[0], kinds, cues: kept };
}

const BLANK = '□';

/** Text inside 《…》 and “…” is someone else's words: blank it, keeping offsets. */
function blankQuoted(text: string): string {
  return text.replace(/《[^》]*》|“[^”]*”/gu, (m) => m[0] + BLANK.repeat(m.length - 2) + m.at(-1));
}

function startsPredicate(masked: string, at: number, subjectEnd: number, rule: Rule): boolean {
  const before = masked.slice(0, at);
  const adverbs = ADVERBS.exec(before)?.[0] ?? '';
  // Blanked cues of this sentence count as verbs that may chain (重申将, 注意到并愿).
  const head = before.slice(0, before.length - adverbs.length).replace(new RegExp(`${BLANK}+$`, 'u'), '');
  const chained = head.length < before.length - adverbs.length;
  if (head.length === subjectEnd) return true;
  if ((rule.after ?? PREDICATE_START).test(head)) return true;
  if (chained && head.length <= subjectEnd) return true;
  if (rule.after !== undefined) return chained;
  return rule.kind === 'commitment' && (FRAME.test(head) || chained);
}

function framesCommitment(position: Cue, cues: readonly Cue[]): boolean {
  const end = position.at + position.cue.length;
  return cues.some((c) => c.kind === 'commitment' && (c.at === end || c.at === end + 1));
}
