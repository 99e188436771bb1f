import { describe, expect, it } from 'vitest';
import { consoleHighlight, isHighlightRequest } from '../../adapters/console/highlight.js';
import { renderForConsole } from '../../adapters/console/render.js';
import { HIGHLIGHT_BAD_TIME_ZONE_TEXT } from '../../src/messages.js';
import { ELLIPSIS } from '../../src/model.js';
import { core } from './helpers/harness.js';

describe('npm run ask -- highlight', () => {
  it('is recognised as the highlight request', () => {
    expect([isHighlightRequest(['highlight']), isHighlightRequest(['highlights', 'Asia/Almaty']), isHighlightRequest(['什么是上海精神'])]).toEqual([
      true,
      true,
      false,
    ]);
  });

  it('gives the same commitment all day and another one the next day', () => {
    const morning = consoleHighlight(core(), ['highlight'], new Date('2024-09-02T01:00:00Z'));
    const evening = consoleHighlight(core(), ['highlight'], new Date('2024-09-02T23:00:00Z'));
    const nextDay = consoleHighlight(core(), ['highlight'], new Date('2024-09-03T01:00:00Z'));
    if (morning.kind !== 'highlight' || evening.kind !== 'highlight' || nextDay.kind !== 'highlight') throw new Error('not a highlight');
    expect(evening.highlight.paragraph).toBe(morning.highlight.paragraph);
    expect(nextDay.highlight.position).toBe(morning.highlight.position + 1);
    expect(nextDay.highlight.topic?.id).not.toBe(morning.highlight.topic?.id);
  });

  it('takes the date in the zone given', () => {
    const a = consoleHighlight(core(), ['highlight', 'Asia/Almaty'], new Date('2024-09-02T23:00:00Z'));
    expect(a.kind === 'highlight' ? a.highlight.date : a.kind).toBe('2024-09-03');
  });

  it('answers an unknown zone with the time zone error', () => {
    const a = consoleHighlight(core(), ['highlight', 'Moon/Base'], new Date('2024-09-02T12:00:00Z'));
    expect(a.kind === 'error' ? [a.code, a.message.startsWith(HIGHLIGHT_BAD_TIME_ZONE_TEXT.en)] : a.kind).toEqual(['badTimeZone', true]);
  });

  it('prints the committing sentences, the citation and the place in the cycle', () => {
    const a = consoleHighlight(core(), ['highlight'], new Date('2024-09-02T12:00:00Z'));
    if (a.kind !== 'highlight') throw new Error('not a highlight');
    const text = renderForConsole(a);
    expect(text).toContain(`§${a.highlight.paragraph}`);
    expect(text).toContain(`commitment ${a.highlight.position} of ${a.highlight.cycleLength}`);
    expect(text).toContain(a.highlight.quote.find((s) => s.text !== ELLIPSIS)?.text ?? 'no quote');
  });
});
