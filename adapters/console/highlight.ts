// `npm run ask -- highlight [Zone/Name]`: today's highlight for the console,
// in UTC or the zone given. The answer is rendered like any other.
import type { Core } from '../../src/core.js';
import { canonicalTimeZone } from '../../src/highlights/time.js';
import { todayHighlight } from '../../src/highlights/today.js';
import { HIGHLIGHT_BAD_TIME_ZONE_TEXT } from '../../src/messages.js';
import type { Answer, Language } from '../../src/model.js';

/** Whether the words after `npm run ask --` ask for the highlight. */
export function isHighlightRequest(args: readonly string[]): boolean {
  const first = (args[0] ?? '').toLowerCase();
  return first === 'highlight' || first === 'highlights' || first === '要点';
}

export function consoleHighlight(core: Core, args: readonly string[], now: Date = new Date()): Answer {
  const language: Language = /\p{Script=Han}/u.test(args.join(' ')) ? 'zh' : 'en';
  const zoneArg = args.slice(1).find((a) => a.trim() !== '' && a !== '--json');
  const timeZone = zoneArg === undefined ? 'UTC' : canonicalTimeZone(zoneArg);
  if (timeZone === undefined) {
    const text = language === 'zh' ? HIGHLIGHT_BAD_TIME_ZONE_TEXT.zh : HIGHLIGHT_BAD_TIME_ZONE_TEXT.en;
    return { kind: 'error', language, code: 'badTimeZone', message: `${text} (“${zoneArg ?? ''}”)` };
  }
  return todayHighlight(core, { now, timeZone, language });
}
