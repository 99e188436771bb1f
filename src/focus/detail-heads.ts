// A detail asked by a noun alone, the way analysts type keywords: 'development bank capital ??' (a bank's
// or fund's capital: the Capital of tourism and culture is a title),
// 'medical forum attendance', 'kunming marathon 2024 date', 'winner of the marathon', 电商交易额,
// 开发银行规模. The noun that ends the phrase (or opens 'X of Y') is what is asked for, as 'how much'
// or 多少 would ask it. Read only when no question word asked a detail (src/focus/detail.ts).
import type { DetailKind } from './detail.js';
import { fastIgnoreCase } from '../text/fast-ignore-case.js';

/** Where an English phrase ends: a stop, a dash, 'in the text' or the end. */
const EN_END = String.raw`(?=\s*(?:[?？!.。,，;]|\s[-–—]\s|\bin (?:the |this |that )?(?:astana )?(?:text|declaration|doc(?:ument)?|decl)\b|$))`;
/** Where a Chinese phrase ends: a question mark, a particle, or the end. */
const ZH_END = String.raw`(?=[\s？?！!。，,]*(?:呢|吗|啊|嘛)?[\s？?！!。]*$)`;

const HEADS: readonly [DetailKind, RegExp][] = [
  [
    'amount',
    fastIgnoreCase(
      new RegExp(
        String.raw`\b(?:amount|size|capitali[sz]ation|funding|budget|cost|price|turnover|spending|(?:bank|fund)(?:['’]s)? capital)${EN_END}|\b(?:budget|funding) (?:of|for)\b|(?<!(?:扩大|提高|提升|增加|扩展|壮大|做大)\p{Script=Han}{0,6})(?:交易额|成交额|贸易额|金额|数额|总额|规模|资本金|注资额|出资额|投资额|预算|成本|造价)${ZH_END}`,
        'iu',
      ),
    ),
  ],
  [
    'count',
    fastIgnoreCase(
      new RegExp(
        String.raw`\b(?:attendance|turnout|headcount|participant count)${EN_END}|\battendance (?:of|at)\b|(?:参会人数|参赛人数|人数|规模人数)${ZH_END}`,
        'iu',
      ),
    ),
  ],
  [
    'date',
    fastIgnoreCase(
      new RegExp(
        String.raw`(?<!\b(?:up to|out of|to) )\b(?:date|deadline|expiry|expiration|entry into force|start date|launch date)${EN_END}|(?:日期|截止日期|生效日期)${ZH_END}`,
        'iu',
      ),
    ),
  ],
  ['person', fastIgnoreCase(new RegExp(String.raw`\b(?:winners?|champions?)${EN_END}|\b(?:winners?|champions?) of\b|(?:获胜者|冠军|得主)${ZH_END}`, 'iu'))],
];

/** The detail a phrase asks for by its closing noun, when it asks one that way. */
export function detailByHead(question: string): DetailKind | undefined {
  return HEADS.find(([, pattern]) => pattern.test(question))?.[0];
}
