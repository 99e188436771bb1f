// The digest's commands as typed (Slack, the console), answered in the
// asker's language; `forget` deletes the channel's questions and ratings and
// nothing of another channel's.
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../adapters/logger.js';
import { FakeClock } from '../highlights/helpers/fake-clock.js';
import { createDigests } from '../../src/insights/create-digests.js';
import { parseDigestCommand, runDigestCommand } from '../../src/insights/digest-commands.js';
import type { DigestTarget } from '../../src/insights/digest-service.js';
import { commandLanguage } from '../../src/highlights/commands.js';
import { present } from '../../src/present/present.js';
import { SqliteStore } from '../../src/store/sqlite-store.js';
import { askedRow, fakeMakeDigest } from './helpers.js';

const TARGET: DigestTarget = { platform: 'discord', scope: 'G1', channelId: 'C1', recordsChannelId: 'C1' };

async function ask(text: string, at = '2024-07-08T04:00:00Z'): Promise<{ text: string; store: SqliteStore }> {
  const store = new SqliteStore(':memory:');
  const clock = new FakeClock(at);
  const digests = createDigests({
    store,
    makeDigest: fakeMakeDigest().makeDigest,
    logger: createLogger('silent'),
    defaults: { time: '09:00', timeZone: 'UTC' },
    clock,
  });
  return { text: await run(digests, text), store };
}

async function run(digests: ReturnType<typeof createDigests>, text: string): Promise<string> {
  const language = commandLanguage(text);
  const command = parseDigestCommand(text, language);
  if (command === undefined) return '(usage)';
  const answer = 'kind' in command ? command : await runDigestCommand(digests.service, TARGET, command, language);
  return present(answer)
    .elements.map((e) => ('text' in e ? e.text : ''))
    .join('\n');
}

describe('insights commands', () => {
  it('subscribes with a day, a time and a zone in any order, in English', async () => {
    expect((await ask('insights subscribe 18:30 Friday Europe/Moscow')).text).toBe(
      'This channel gets the weekly insights digest every Friday at 18:30 (Europe/Moscow).\nNext digest: Fri 18:30 Europe/Moscow.',
    );
  });

  it('answers in Chinese when asked in Chinese', async () => {
    expect((await ask('洞察 订阅 周三 09:00 Asia/Shanghai')).text).toBe(
      '本频道每周三 09:00（Asia/Shanghai）收到每周问答摘要。\n下一次摘要：周三 09:00 Asia/Shanghai。',
    );
  });

  it('takes Monday 09:00 in the default zone when nothing is given', async () => {
    expect((await ask('insights subscribe')).text).toContain('every Monday at 09:00 (UTC)');
  });

  it('names a word that is not a day, a bad time and a bad zone', async () => {
    expect({
      day: (await ask('insights subscribe someday 09:00')).text,
      time: (await ask('insights subscribe Mon 25:00')).text,
      zone: (await ask('insights 订阅 周一 Mars/Olympus')).text,
    }).toEqual({
      day: 'That is not a day of the week. Use Mon, Tue, Wed, Thu, Fri, Sat or Sun. (“someday”)',
      time: 'That is not a time of day. Use HH:MM on a 24-hour clock, for example 09:00 or 18:30. (“25:00”)',
      zone: '无法识别该时区。请使用 IANA 时区名称，例如 Asia/Shanghai、Europe/Moscow、Asia/Almaty 或 UTC。 (“Mars/Olympus”)',
    });
  });

  it('says status, unsubscribes, and says when there is nothing to unsubscribe, in both languages', async () => {
    const store = new SqliteStore(':memory:');
    const clock = new FakeClock('2024-07-08T04:00:00Z');
    const digests = createDigests({
      store,
      makeDigest: fakeMakeDigest().makeDigest,
      logger: createLogger('silent'),
      defaults: { time: '09:00', timeZone: 'UTC' },
      clock,
    });
    expect(await run(digests, 'insights status')).toBe('This channel is not subscribed to the weekly insights digest.');
    await run(digests, 'insights subscribe Tue 10:00 UTC');
    expect(await run(digests, '洞察 状态')).toBe('本频道每周二 10:00（UTC）收到每周问答摘要。\n下一次摘要：周二 10:00 UTC。');
    expect(await run(digests, 'insights unsubscribe')).toBe('This channel no longer gets the weekly insights digest.');
    expect(await run(digests, '洞察 退订')).toContain('本频道未订阅每周问答摘要。');
    await store.close();
  });

  it('forget deletes the channel’s questions and their ratings, and no other channel’s', async () => {
    const store = new SqliteStore(':memory:');
    const clock = new FakeClock('2024-07-08T04:00:00Z');
    const digests = createDigests({
      store,
      makeDigest: fakeMakeDigest().makeDigest,
      logger: createLogger('silent'),
      defaults: { time: '09:00', timeZone: 'UTC' },
      clock,
    });
    const at = Date.parse('2024-07-07T00:00:00Z');
    const mine = [askedRow({ platform: 'discord', scope: 'G1', channelId: 'C1', at }), askedRow({ platform: 'discord', scope: 'G1', channelId: 'C1', at })];
    const theirs = askedRow({ platform: 'discord', scope: 'G1', channelId: 'C2', at });
    for (const row of [...mine, theirs]) await store.insights.recordQuestion(row);
    await store.insights.rate(mine[0]?.id ?? '', 'rater-hash', 'helpful', at);
    await store.insights.rate(theirs.id, 'rater-hash', 'not-helpful', at);
    expect(await run(digests, 'insights forget')).toBe('Deleted everything the insights kept for this channel: 2 questions with their ratings.');
    const left = await store.insights.questions({ since: 0, until: Date.parse('2025-01-01T00:00:00Z') });
    const ratings = await store.insights.ratings({ since: 0, until: Date.parse('2025-01-01T00:00:00Z') });
    expect({ left: left.map((q) => q.channelId), ratings: ratings.map((r) => r.answerId) }).toEqual({ left: ['C2'], ratings: [theirs.id] });
    expect(await run(digests, '洞察 删除')).toBe('已删除本频道保存的全部问答记录：0 个问题及其评价。');
    await store.close();
  });

  it('shows the usage for what is not a command', () => {
    expect([parseDigestCommand('insights subscribe Mon 09:00 10:00', 'en'), parseDigestCommand('insights frobnicate', 'en')]).toEqual([undefined, undefined]);
  });
});
