import { namedInQuestion, parseReferences, type ReferenceRequest } from './references.js';
import { fastIgnoreCase } from '../text/fast-ignore-case.js';

/** What a user's message asks for, before any search. */
export type Intent =
  | { kind: 'help' }
  | { kind: 'topics' }
  | { kind: 'topic'; name: string }
  /** `question`: the paragraphs a question names ('what does §29 say about Ukraine'), with the question's words. */
  | { kind: 'references'; request: ReferenceRequest; question?: string }
  | { kind: 'malformedReference' }
  | { kind: 'question'; text: string };

// Help, and greetings or thanks addressed to the bot (hello bot, 你好呀, thanks!, 你能做什么): answered with what it can do.
const HELP = fastIgnoreCase(
  /^\/?(?:help|h|\?|？|帮助|幫助|使用说明|怎么用|start|(?:(?:hi|hello|hey|yo|hiya|good (?:morning|afternoon|evening))(?:\s+(?:there|bot|all|everyone|team|guys))?|嗨|哈喽|谢谢|多谢|感谢|谢啦|thanks|thank you|thx|ty|cheers|gracias|danke|merci|grazie|obrigad[oa]|spasibo|rahmet|shukran|arigato|ok|okay|ok cool|cool|got it|好的|好吧|明白了?|(?:你好|您好)(?:[\s,，]*(?:机器人|小助手))?|what can you do|who are you|你是谁|你能做什么|你会什么)[\s!！.。~～,，?？]*(?:呀|啊|哦|哈)?[\s!！.。~～?？]*)$/iu,
);
const TOPICS = fastIgnoreCase(
  /^(?:topics|topic\s*list|list\s+(?:the\s+|all\s+|its\s+)?topics|(?:what|which)\s+(?:are\s+)?(?:the\s+|its\s+)?topics(?:\s+are\s+there)?|主题|主題|话题|話題|主题列表|所有主题|(?:这份|这个)?(?:宣言|它)?(?:里|中)?(?:都|一共|主要)?(?:有|包括|涵盖|涉及|讲了)(?:哪些|什么|几个)(?:主题|话题|議題|议题|板块)(?:呢|啊)?)[\s?？。!！]*$/iu,
);
const TOPIC = fastIgnoreCase(/^(?:topic|主题|主題|话题|話題)[\s:：]+(.+)$/iu);

// Asked for the whole declaration in brief (summarise it, tl;dr, 宣言讲了什么): no passage is that answer, the topic map is.
const SUMMARY = fastIgnoreCase(
  /^(?:(?:please|pls|can you|could you)\s+)?(?:summari[sz]e|sum up|give (?:me |us )?(?:a |an |the )?(?:summary|overview|gist|tl;?dr)(?: of)?|(?:a |an |the )?(?:summary|overview|gist|tl;?dr)(?: of)?|what(?:'s| is) (?:the declaration|the document|the text|it|this) (?:all )?about|(?:what are )?(?:the |its )?(?:main|key) (?:points|takeaways|themes|topics)(?: of)?|what (?:topics|subjects|themes|areas) does (?:it|the declaration|the document|the text) cover|(?:show |give |send )?(?:me )?(?:the )?(?:full|whole|entire|complete) (?:text|declaration|document)(?: of (?:the|this) (?:declaration|document))?)(?:\s+(?:(?:the|this)\s+(?:declaration|document|text)|it))?(?:\s+in\s+(?:\w+\s+)?(?:sentences?|words|lines|bullets?|bullet points|points))?(?:\s+(?:please|pls))?[\s?？.!！]*$|^(?:请|帮我|能不能)?(?:用[一二两三四五六七八九十\d]{1,2}(?:句话|段话|个字|点))?(?:简单|简要)?地?(?:总结|概括|归纳|简述|介绍)(?:一下)?(?:这份|这个|这篇)?(?:宣言|文件)?(?:的)?(?:内容|要点|主要内容)?[\s?？。!！]*$|^(?:这份)?(?:宣言)?(?:的)?(?:核心|主要)?(?:内容|要点|重点)(?:是|有)(?:什么|啥|哪些)[\s?？。]*$|^(?:这份)?宣言(?:主要)?(?:讲|说|写)了?(?:些)?(?:什么|啥)[\s?？。]*$|^(?:请|给我)?(?:发|看|显示)?(?:一下)?(?:这份)?(?:宣言)?的?(?:全文|完整文本|原文全文)[\s?？。]*$/iu,
);

export function readIntent(text: string): Intent {
  if (HELP.test(text)) return { kind: 'help' };
  if (TOPICS.test(text) || SUMMARY.test(text)) return { kind: 'topics' };
  const topic = TOPIC.exec(text);
  if (topic !== null) return { kind: 'topic', name: (topic[1] ?? '').trim() };
  const references = parseReferences(text);
  if (references.kind === 'references') return { kind: 'references', request: references.request };
  if (references.kind === 'malformed') return { kind: 'malformedReference' };
  const named = namedInQuestion(text);
  if (named !== undefined) return { kind: 'references', request: named, question: text };
  return { kind: 'question', text };
}
