import type { QueryWord } from '../search/query.js';
import { fastIgnoreCase } from '../text/fast-ignore-case.js';

// 'When was the declaration adopted?', '这份宣言在哪签的', 'Who signed the declaration?': the
// declaration itself is the subject, and the answer is the paragraph in which it says when,
// where and by whom it was made (its first: 领导人于2024年7月4日在阿斯塔纳市举行元首理事会会议，并发表宣言如下).
// Its name is a stop word (宣言, declaration), so such a question is left with only a verb of
// making; searched as it stands, that verb finds any paragraph that adopts or signs something.

const DOCUMENT = fastIgnoreCase(/宣言|\bdeclaration\b/iu);
const MAKING = fastIgnoreCase(
  /^(?:通过|签|签署|签订|签字|发表|发布|发|出台|制定|公布|adopt(?:ed|s|ing)?|sign(?:ed|s|ing)?|issu(?:ed|es|e|ing)|publish(?:ed|es)?|releas(?:ed|es|e)|draft(?:ed|s)?)$/iu,
);
// What may stand beside the verb: a demonstrative (这份, 本, 这届's 届), its own city, the meeting that made it (which summit
// adopted it, 在哪开的会), or the kind of answer asked (哪个国家, which city, what date).
// Who made it, as a question words them (which heads of state signed it, 哪几位领导人签的), is no other subject either.
const BESIDE = fastIgnoreCase(
  /^(?:这份|这|本|该|那份|此|届|次|阿斯塔纳|summit|meeting|峰会|会议|会|会上|开|元首理事会|元首理事会会议|国家|城市|地方|地点|时间|日期|country|city|place|venue|date|day|领导人|元首|国家元首|成员国|heads?|states?|leaders?|members?|signatories)$/iu,
);
// This meeting (这次元首理事会, 本届峰会, this summit): the one that made the declaration, whose date and place its first paragraph gives.
const THIS_MEETING = fastIgnoreCase(
  /(?:这次|本次|此次|这届|本届)(?:上合|上合组织|上海合作组织)?(?:元首理事会|峰会|会议)|\bthis (?:year['’]s )?(?:sco )?(?:summit|meeting)\b/iu,
);

/** Whether a question asks when, where, by whom or at which meeting the declaration itself was made. */
export function asksOfTheDocumentItself(question: string, words: readonly QueryWord[]): boolean {
  const thisMeeting = THIS_MEETING.test(question);
  if (!DOCUMENT.test(question) && !thisMeeting) return false;
  return (thisMeeting || words.some((w) => MAKING.test(w.word))) && words.every((w) => MAKING.test(w.word) || BESIDE.test(w.word));
}
