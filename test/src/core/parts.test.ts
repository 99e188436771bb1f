import { describe, expect, it } from 'vitest';
import { askCore } from '../../../src/core/ask.js';
import { contextAnswer, paragraphsAnswer, paragraphsByNumber } from '../../../src/core/paragraphs.js';
import { indexTopics, topicAnswer, topicByName } from '../../../src/core/topics.js';
import type { QuestionDeps } from '../../../src/answer-question.js';
import { DEFAULT_INDEX_DIR } from '../../../src/create-core.js';
import { loadLibrary } from '../../../src/documents/load.js';
import type { LoadedDocument } from '../../../src/documents/types.js';

// The core's parts each work from the loaded documents alone, without the search index.
const library = loadLibrary(DEFAULT_INDEX_DIR);
const declaration = library.documents[0] as LoadedDocument;
const topics = indexTopics(declaration);

describe('the core’s parts, alone', () => {
  it('paragraphs: shows at most five, in the order asked, and refuses a number out of range', () => {
    const answer = paragraphsAnswer(declaration, { ranges: [{ from: 12, to: 20 }] }, 'en');
    expect(answer.kind === 'paragraphs' && answer.paragraphs.map((p) => p.paragraph)).toEqual([12, 13, 14, 15, 16]);
    expect(answer.kind === 'paragraphs' && answer.requested).toBe(9);
    expect(paragraphsAnswer(declaration, { ranges: [{ from: 121, to: 121 }] }, 'zh')).toMatchObject({ kind: 'error', code: 'outOfRange', language: 'zh' });
  });

  it('typed paragraphs and context: check their numbers themselves', () => {
    expect(paragraphsByNumber(library.documents, [{ from: 3, to: 2 }])).toMatchObject({ kind: 'error', code: 'malformedReference' });
    expect(paragraphsByNumber(library.documents, [{ from: 1, to: 1 }], { documentId: 'nope' })).toMatchObject({ kind: 'error', code: 'unknownDocument' });
    const context = contextAnswer(library.documents, declaration.info.id, 1, { before: 3, after: 1 });
    expect(context.kind === 'paragraphs' && context.window).toMatchObject({ from: 1, to: 2, center: 1 });
  });

  it('topics: found by id or keyword; an unknown one lists the ids', () => {
    const first = declaration.topics[0];
    expect(topicAnswer(topics, first?.id, 'en')).toMatchObject({ kind: 'topic', topic: { id: first?.id } });
    expect(topicByName(topics, first?.zh ?? '', 'zh')).toMatchObject({ kind: 'topic', topic: { id: first?.id } });
    expect(topicAnswer(topics, 'no-such-topic', 'en')).toMatchObject({ kind: 'error', code: 'unknownTopic' });
  });

  it('ask: tells bad input, help and references apart before any question is searched', () => {
    const question = {} as QuestionDeps; // never reached by these inputs
    const ask = (text: string) => askCore({ topics, question }, text);
    expect(ask('   ')).toMatchObject({ kind: 'error', code: 'empty' });
    expect(ask('help')).toMatchObject({ kind: 'help' });
    // Greetings and thanks to the bot are no questions about the text: never 'does not mention bot'.
    for (const said of [
      'hello bot',
      'Hi there!',
      'thanks!',
      '谢谢',
      '你是谁',
      'what can you do',
      'ok cool',
      '你好，机器人',
      'hi there, what can you do?',
      '/start',
      '/help',
    ])
      expect(ask(said)).toMatchObject({ kind: 'help' });
    // A bare number is a paragraph however it is asked for.
    expect(ask('the last three paragraphs')).toMatchObject({ kind: 'paragraphs', paragraphs: [{ paragraph: 118 }, { paragraph: 119 }, { paragraph: 120 }] });
    for (const said of ['show me 48', "what's in 48?", 'para 48 pls']) expect(ask(said)).toMatchObject({ kind: 'paragraphs', paragraphs: [{ paragraph: 48 }] });
    // The whole declaration in brief is the topic map: no one passage answers it.
    for (const said of [
      'summarize the declaration',
      'tl;dr',
      '总结一下宣言',
      '宣言的核心内容是什么',
      'what is the declaration about',
      'what are the main points?',
      'what topics does it cover',
      '主要内容是什么',
      '有哪些主题',
      '这份宣言都涉及哪些议题',
      '用三句话总结这份宣言',
      '简单介绍一下这份宣言',
      'what are the topics',
      'list the topics',
      'summarize the declaration in three sentences',
      'summarise it in five words',
      'full text of the declaration',
      'show me the whole declaration',
      '宣言全文',
    ])
      expect(ask(said)).toMatchObject({ kind: 'topics' });
    // A question about the topics' content is still a question.
    for (const said of ['合作有哪些领域', '宣言有哪些主题涉及阿富汗', 'summarize the Afghanistan part']) expect(ask(said).kind).not.toBe('topics');
    expect(ask('§42')).toMatchObject({ kind: 'paragraphs', paragraphs: [{ paragraph: 42 }] });
    expect(ask('topics')).toMatchObject({ kind: 'topics', topics: topics.summaries });
  });
});
