import { namedInQuestion, parseReferences, type ReferenceRequest } from './references.js';

/** What a user's message asks for, before any search. */
export type Intent =
  | { kind: 'help' }
  | { kind: 'topics' }
  | { kind: 'topic'; name: string }
  | { kind: 'references'; request: ReferenceRequest }
  | { kind: 'malformedReference' }
  | { kind: 'question'; text: string };

const HELP = /^(?:help|h|\?|？|帮助|幫助|使用说明|怎么用|start|hi|hello|你好)$/iu;
const TOPICS = /^(?:topics|topic\s*list|list\s+topics|主题|主題|话题|話題|主题列表|所有主题)$/iu;
const TOPIC = /^(?:topic|主题|主題|话题|話題)[\s:：]+(.+)$/iu;

export function readIntent(text: string): Intent {
  if (HELP.test(text)) return { kind: 'help' };
  if (TOPICS.test(text)) return { kind: 'topics' };
  const topic = TOPIC.exec(text);
  if (topic !== null) return { kind: 'topic', name: (topic[1] ?? '').trim() };
  const references = parseReferences(text);
  if (references.kind === 'references') return { kind: 'references', request: references.request };
  if (references.kind === 'malformed') return { kind: 'malformedReference' };
  const named = namedInQuestion(text);
  if (named !== undefined) return { kind: 'references', request: named };
  return { kind: 'question', text };
}
