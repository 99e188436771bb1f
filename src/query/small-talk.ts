import { fastIgnoreCase } from '../text/fast-ignore-case.js';
// What a chat message says to the bot or about the asker rather than about the declaration: a greeting
// or thanks before the question (谢谢！那关于伊朗呢？, hi there, what can you do?), the bot addressed by
// name in plain text (@bot), the asker's own errand (for my thesis, asking for a friend, my boss wants to
// know), a hedge (correct me if I'm wrong, just to double-check). Taken off before the question is read, so that
// none of it is named as never mentioned.

// A greeting or thanks, then a space or a stop; a word of assent only with a stop after it ('Great Wall' is no 'great,'),
// or before thanks (ok gracias). Thanks and greetings in the languages users mix in: gracias, danke, merci, rahmet.
const GREETING = fastIgnoreCase(
  /^(?:(?:(?:(?:ok|okay|cool|great)\s+)?(?:hi|hello|hey|yo|hiya|thanks|thank you|thx|ty|cheers|many thanks|thanks a lot|gracias|danke(?: schön| sehr)?|merci(?: beaucoup)?|grazie|obrigad[oa]|spasibo|rahmet|rakhmat|shukran|arigato|xie ?xie|hola|bonjour|ciao|salut|salam|privet|namaste|good (?:morning|afternoon|evening))(?:\s+(?:there|bot|all|everyone|team|guys))*|(?:你好|您好|嗨|哈喽|谢谢|多谢|感谢|谢啦)(?:[\s,，]*(?:机器人|小助手|bot))?)(?:[\s,，!！.。~～:：–—-]+|$)|(?:ok|okay|cool|great|got it|好的|好吧|明白了?)[,，!！.。~～:：]+\s*)(?:那么?|so|and|then)?\s*/iu,
);
const ADDRESSED = /(?:^|\s)@[\p{L}\p{N}_.-]{1,40}/gu;
const ERRAND = fastIgnoreCase(
  /\b(?:for (?:(?:my|our) (?:thesis|dissertation|paper|essay|article|report|class|homework|story|piece|brief(?:ing)?|newsletter|column|boss)|(?:a|the) (?:thesis|paper|essay|article|report|story|piece|brief(?:ing)?|newsletter|column)(?= (?:i['’]?m|i am|we['’]re|we are) ))(?: (?:i['’]?m|i am|we['’]re|we are) (?:writing|filing|working on|doing|preparing))?|(?:i )?need (?:the |its )?(?:exact )?(?:wording|quote|words)(?: (?:roughly|exactly|verbatim))?|asking for a friend|(?:my )?boss (?:wants|needs) to know(?: about)?|(?:lemme|let me|let us|let's) know(?: what it says)?(?: (?:on|about))?|(?:(?:a|one|just one|another)\s+)?(?:real\s+)?quick(?:ie)?\s+(?:one|q(?:uestion)?|thing)|(?:one|a)\s+(?:more|last|final|small)\s+(?:question|q|thing)|(?:just\s+)?one\s+(?:question|q)|real quick|just curious|curious)\b[,:：]?/giu,
);
// Hedges before the question: correct me if I'm wrong, if I'm not mistaken, just to double-check, sorry if this is obvious.
const HEDGE = fastIgnoreCase(
  /(?:^|(?<=[,;:.!?]\s*))(?:correct me if i['’]?m wrong|if i['’]?m not mistaken|unless i['’]?m mistaken|just to (?:double[- ]check|check|confirm|clarify|be sure|be clear)|(?:sorry|apologies)(?: if (?:this is|it['’]?s) (?:obvious|a dumb question|silly))?|to be clear|for the record|out of curiosity|fwiw|iirc|afaik|btw|fyi|not sure if (?:this is|it['’]?s) (?:obvious|covered|the right place))\b\s*[,:;：–—-]*\s*(?:but\s+)?/giu,
);
// The asker's purpose opening the question and set off by a stop: 'for a diplomat cable:', 'for the team memo,'.
const PURPOSE = fastIgnoreCase(
  /^\s*for (?:a|an|the|my|our|this|tomorrow['’]s) (?:[\w-]+ ){0,2}(?:cable|memo|brief(?:ing)?|note|deck|slides?|report|story|piece|article|thesis|paper|essay|newsletter|column|op-ed|class|lecture|presentation)\s*[:,，：–—-]\s*/iu,
);
// The text's wording asked for, not a topic: 'the language on Gaza', 'exact wording about sanctions', 'Gaza language?'.
const WORDING = fastIgnoreCase(
  /\b(?:the )?(?:exact |precise |actual )?(?:language|wording|phrasing) (?:on|about|regarding|around|concerning|used (?:on|for|about))\b|(?<=\w )(?:language|wording|phrasing)(?=\s*[?？.!]*$)/giu,
);
const ERRAND_ZH =
  /(?:我在写(?:一篇)?[^，,。]{0,12}(?:稿子|论文|文章|报告)|写论文用|老板(?:想|要)知道|帮我看看|想请教一下|请问一下|请问|老?是?记不(?:全|清|住)了?|忘了|求助|求解答|拜托了?|(?:再|最后|快速?|简单)?问(?:一?个|一下)(?:小)?(?:问题)?|(?:最后|还有|再)一个(?:小)?问题|一个小问题)[，,：:！!]?/gu;

/** The question without what it says to the bot or about the asker; the text as it was when nothing else is left. */
export function withoutSmallTalk(text: string): string {
  const rest = text
    .replace(ADDRESSED, ' ')
    .replace(PURPOSE, ' ')
    .replace(WORDING, ' ')
    .replace(ERRAND, ' ')
    .replace(HEDGE, ' ')
    .replace(ERRAND_ZH, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  const question = rest.replace(GREETING, '').trim();
  return /[\p{L}\p{N}]/u.test(question) ? question : rest === '' ? text : rest;
}
