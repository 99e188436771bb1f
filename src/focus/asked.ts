// The detail a question asks for, who and how precisely, read from its words (src/focus/detail.ts)
// and, for an English question, from its dictionary forms as well.
import { questionFrame } from '../search/english.js';
import { askedActor } from './actor.js';
import { askedDetail } from './detail.js';
import { detailByHead } from './detail-heads.js';
import { askedPrecision, type Precision } from './precision.js';
import type { Focus } from './focus.js';

/**
 * The detail a question asks for, who and how precisely. An English question is also read
 * in its dictionary forms with its wh-phrase cut to the head noun ('On what dates',
 * 'Which Chinese leader'), so the patterns need not list every plural and modifier.
 */
export function asked(typed: string): Pick<Focus, 'detail' | 'actor' | 'precision'> {
  // WHO in capitals among lower-case words is the World Health Organization, not the question word.
  const question = /[a-z]/u.test(typed) ? typed.replace(/\bWHO\b/gu, 'World Health Organization') : typed;
  // A detail asked by a closing noun is read as typed: 'energy prices' is a topic, 'bank capital ??' a figure asked.
  const detail = askedDetail(question) ?? detailByHead(question);
  // Who and how precisely matter only for a question that asks a detail (src/answer-detail.ts): not read for the others.
  if (!/\p{Script=Latin}{2}/u.test(question))
    return detail === undefined ? noDetail() : { detail, actor: askedActor(question), precision: askedPrecision(question) };
  const frame = questionFrame(question);
  const framedDetail = detail ?? askedDetail(frame);
  if (framedDetail === undefined) return noDetail();
  const actor = askedActor(question);
  return {
    detail: framedDetail,
    actor: actor === 'any' ? askedActor(frame) : actor,
    precision: eitherPrecision(askedPrecision(question), askedPrecision(frame)),
  };
}

function noDetail(): Pick<Focus, 'detail' | 'actor' | 'precision'> {
  return { detail: undefined, actor: 'any', precision: { day: false, city: false } };
}

/**
 * What either reading asks for: a flag set by the question's words or by its dictionary forms. askedPrecision
 * sets an optional flag only when true, so the two spread together keep every flag either set, a new one too.
 */
function eitherPrecision(a: Precision, b: Precision): Precision {
  return { ...b, ...a, day: a.day || b.day, city: a.city || b.city };
}
