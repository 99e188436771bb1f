import { HELP_TEXT, RELATED_LABEL, UNOFFICIAL_LABEL, textFor } from '../../src/core-messages.js';
import { CYCLE_PLACE_TEXT } from '../../src/messages.js';
import { render, type Answer, type Language, type Renderers, type Segment } from '../../src/model.js';

export interface ConsoleStyle {
  emphasis: (text: string) => string;
}

export const PLAIN: ConsoleStyle = { emphasis: (t) => `【${t}】` };
export const ANSI: ConsoleStyle = { emphasis: (t) => `\u001b[1m${t}\u001b[22m` };

const label = (language: Language, en: string, zh: string): string => (language === 'zh' ? zh : en);

function segments(list: readonly Segment[], style: ConsoleStyle): string {
  return list.map((s) => (s.emphasis ? style.emphasis(s.text) : s.text)).join('');
}

/** The answer model as terminal text. */
export function consoleRenderers(style: ConsoleStyle = PLAIN): Renderers<string> {
  return {
    passages: (a) =>
      a.passages.length === 0
        ? label(a.language, 'No more results.', '没有更多结果了。')
        : [
        a.note ?? '',
        ...a.passages.map((p, i) => {
          const lines = [`${a.offset + i + 1}. §${p.paragraph}${p.topic ? ` · ${label(a.language, p.topic.en, p.topic.zh)}` : ''}`, `   “${segments(p.quote, style)}”`];
          if (a.language !== 'zh' && p.english !== undefined) {
            lines.push(`   ${textFor(UNOFFICIAL_LABEL, 'en')}: ${segments(p.english, style)}`);
          }
          return lines.join('\n');
        }),
        a.offset + a.passages.length < a.total
          ? label(a.language, `(${a.total - a.offset - a.passages.length} more: type "more")`, `（还有 ${a.total - a.offset - a.passages.length} 条：输入 more）`)
          : '',
      ]
        .filter((l) => l !== '')
        .join('\n\n'),
    paragraphs: (a) =>
      [
        ...a.paragraphs.map((p) =>
          [`§${p.paragraph}${p.topic ? ` · ${label(a.language, p.topic.en, p.topic.zh)}` : ''}`, p.text, ...(a.language !== 'zh' && p.english ? [`${textFor(UNOFFICIAL_LABEL, 'en')}: ${p.english}`] : [])].join('\n'),
        ),
        a.requested > a.paragraphs.length
          ? label(a.language, `(${a.requested} paragraphs asked; showing the first ${a.paragraphs.length})`, `（请求了 ${a.requested} 段，仅显示前 ${a.paragraphs.length} 段）`)
          : '',
      ]
        .filter((l) => l !== '')
        .join('\n\n'),
    notCovered: (a) =>
      [
        a.reason,
        a.related.length === 0
          ? ''
          : `${textFor(RELATED_LABEL, a.language)}:\n${a.related.map((p) => `   §${p.paragraph} “${segments(p.quote, style)}”`).join('\n')}`,
        `${label(a.language, 'Topics it does cover', '宣言涉及的主题')}: ${a.suggestions
          .map((t) => `${label(a.language, t.en, t.zh)} (§${t.paragraphs.join(', §')})`)
          .join('; ')}`,
      ]
        .filter((l) => l !== '')
        .join('\n'),
    topics: (a) => a.topics.map((t) => `${t.id} · ${label(a.language, t.en, t.zh)}: §${t.paragraphs.join(', §')}`).join('\n'),
    topic: (a) =>
      [`${label(a.language, a.topic.en, a.topic.zh)}`, ...a.entries.map((e) => `§${e.paragraph} ${e.firstSentence}`)].join('\n'),
    help: (a) => textFor(HELP_TEXT, a.language),
    highlight: (a) => {
      const h = a.highlight;
      return [
        `${label(a.language, 'Daily highlight', '每日要点')} ${h.date} · ${(a.language === 'zh' ? CYCLE_PLACE_TEXT.zh : CYCLE_PLACE_TEXT.en)(h.position, h.cycleLength)}`,
        `§${h.paragraph}${h.topic ? ` · ${label(a.language, h.topic.en, h.topic.zh)}` : ''}`,
        `“${segments(h.quote, style)}”`,
        ...(h.english === undefined ? [] : [`${textFor(UNOFFICIAL_LABEL, 'en')}: ${h.english}`]),
      ].join('\n');
    },
    subscription: (a) => {
      const s = a.subscription;
      if (!s.subscribed) return label(a.language, 'Not subscribed to daily highlights.', '未订阅每日要点。');
      const next = s.next === undefined ? '' : `; next: ${s.next.localLabel}, ${CYCLE_PLACE_TEXT.en(s.next.position, s.next.cycleLength)}`;
      return `${a.action}: daily at ${s.time} ${s.timeZone}${s.paused ? ' (paused)' : ''}${next}`;
    },
    error: (a) => a.message,
  };
}

export function renderForConsole(answer: Answer, style: ConsoleStyle = PLAIN): string {
  return render(answer, consoleRenderers(style));
}
