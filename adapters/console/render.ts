// The card as terminal text: layout only. What to say, in which language, and
// what follows are decided by the card (src/present/); this file decides where
// lines break and how emphasis looks.
import { mapAction, mapElement, type ActionMappers, type Card, type Citation, type ElementMappers, type Inline } from '../../src/present/card.js';
import { say, type Reader } from '../../src/present/catalogue.js';
import { present } from '../../src/present/present.js';
import type { Answer } from '../../src/model.js';

export interface ConsoleStyle {
  emphasis: (text: string) => string;
  /** §44 · Drugs */
  citation: (text: string) => string;
  heading: (text: string) => string;
}

const same = (t: string): string => t;
/** Piped output and NO_COLOR: matched words marked 【】, nothing else. */
export const PLAIN: ConsoleStyle = { emphasis: (t) => `【${t}】`, citation: same, heading: same };
/** A terminal: bold matches, cyan citations, bold headings. */
export const ANSI: ConsoleStyle = {
  emphasis: (t) => `\u001b[1m${t}\u001b[22m`,
  citation: (t) => `\u001b[36m${t}\u001b[39m`,
  heading: (t) => `\u001b[1m${t}\u001b[22m`,
};

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function styleFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): ConsoleStyle {
  return stream.isTTY === true && (env['NO_COLOR'] ?? '') === '' ? ANSI : PLAIN;
}

const INDENT = '   ';

function inlineText(inlines: readonly Inline[], style: ConsoleStyle): string {
  return inlines.map((i) => (i.type === 'text' && i.emphasis ? style.emphasis(i.text) : i.text)).join('');
}

function elementMappers(style: ConsoleStyle, reader: Reader): ElementMappers<string> {
  const colon = say('punctuation.colon', reader);
  const citeLine = (c: Citation): string => style.citation(c.topic === undefined ? c.label : `${c.label} · ${c.topic}`);
  return {
    heading: (e) => style.heading(e.text),
    text: (e) => e.text,
    note: (e) => say('punctuation.aside', reader, { text: e.text }),
    quote: (e) => `${citeLine(e.citation)}\n${INDENT}“${inlineText(e.inlines, style)}”`,
    paragraph: (e) => `${e.focused ? '▶ ' : ''}${citeLine(e.citation)}\n${e.text}`,
    english: (e) => `${INDENT}${e.label}${colon}${inlineText(e.inlines, style)}`,
    related: (e) =>
      [
        style.heading(`${e.label}${colon.trimEnd()}`),
        ...e.items.map((i) => `${INDENT}${style.citation(i.citation.label)} “${inlineText(i.inlines, style)}”`),
      ].join('\n'),
    topics: (e) => [style.heading(`${e.label}${colon.trimEnd()}`), ...e.topics.map((t) => `${INDENT}${t.name} (${t.id}): ${t.paragraphsLabel}`)].join('\n'),
    entries: (e) => e.items.map((i) => `${style.citation(i.label)} ${i.text}`).join('\n'),
  };
}

/** How the console says there is more: typed 'more' in the chat, flags on the command line. */
export type MoreHint = 'chat' | 'command';

/** The console has no buttons: "more" is typed (or a flag given), the paragraph buttons have no console command. */
function actionMappers(card: Card, hint: MoreHint): ActionMappers<string | undefined> {
  return {
    more: (a) => (hint === 'chat' ? say('console.more', card.reader) : say('console.moreFlags', card.reader, { offset: a.target.offset })),
    context: () => undefined,
    earlier: () => undefined,
    later: () => undefined,
    paragraph: () => undefined,
    // The console is one person at a keyboard: nothing to rate.
    rate: () => undefined,
  };
}

/** Blocks apart by a blank line; an English rendering stays right under what it renders. */
export function cardToConsole(card: Card, style: ConsoleStyle = PLAIN, hint: MoreHint = 'chat'): string {
  const mappers = elementMappers(style, card.reader);
  const blocks: string[] = [];
  for (const element of card.elements) {
    const text = mapElement(element, mappers);
    if (element.type === 'english' && blocks.length > 0) blocks[blocks.length - 1] += `\n${text}`;
    else blocks.push(text);
  }
  const hints = card.actions.map((a) => mapAction(a, actionMappers(card, hint))).filter((h): h is string => h !== undefined);
  return [...blocks, ...hints].join('\n\n');
}

/** `documents`: how many documents the core answers from (with more than one, citations name theirs). */
export function renderForConsole(answer: Answer, style: ConsoleStyle = PLAIN, hint: MoreHint = 'chat', documents = 1): string {
  return cardToConsole(present(answer, { documents }), style, hint);
}
