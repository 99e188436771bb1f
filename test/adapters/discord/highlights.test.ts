import { say } from '../../../src/present/catalogue.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandDefinitions } from '../../../adapters/discord/commands.js';
import { BASIC_PERMISSIONS, MANAGE_CHANNELS, type Json } from '../../doubles/discord/double.js';
import { InteractionType, buttonPress, slashCommand } from '../../doubles/discord/interactions.js';
import { buttonsOf, isEphemeral, startHarness, visibleText, type Harness } from './harness.js';

// The catalogue's words the assertions below look for.
const UNOFFICIAL_LABEL = { en: say('label.english', 'en') };
const HIGHLIGHT_BAD_TIME_ZONE_TEXT = { en: say('error.badTimeZone', 'en') };
const LABEL_HIGHLIGHT = say('label.highlight', 'en');
const LABEL_NOT_SUBSCRIBED = say('subscription.none', 'en');
const LABEL_SUBSCRIBED = 'This channel gets a daily highlight';
const LABEL_UNSUBSCRIBED = say('subscription.unsubscribed', 'en');
const MANAGE_CHANNELS_REQUIRED_TEXT = say('error.manageChannels', 'en');

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

async function highlights(
  sub: string,
  options: Record<string, string> = {},
  permissions = BASIC_PERMISSIONS | MANAGE_CHANNELS,
  channelId?: string,
): Promise<Json | undefined> {
  const i = h.discord.dispatchInteraction(InteractionType.Command, slashCommand('astana-highlights', sub, options), {
    user: h.discord.admin,
    permissions,
    ...(channelId === undefined ? {} : { channelId }),
  });
  const cb = await h.discord.waitFor(() => i.callback, `the callback of /astana-highlights ${sub}`);
  return cb.data;
}

describe('/astana-highlights', () => {
  it('is registered with Manage Channels as its default member permission', () => {
    expect(commandDefinitions().find((c) => c.name === 'astana-highlights')?.default_member_permissions).toBe(MANAGE_CHANNELS.toString());
  });

  it('subscribes the channel at the time and zone given', async () => {
    const data = await highlights('subscribe', { time: '08:30', timezone: 'Asia/Almaty' });
    expect(visibleText(data)).toContain(`${LABEL_SUBSCRIBED} at 08:30 (Asia/Almaty).`);
  });

  it('reports the subscription with status', async () => {
    await highlights('subscribe', { time: '07:15', timezone: 'UTC' }, undefined, h.discord.otherChannel.id);
    const data = await highlights('status', {}, undefined, h.discord.otherChannel.id);
    expect(visibleText(data)).toContain(`${LABEL_SUBSCRIBED} at 07:15 (UTC).`);
  });

  it('changes the time', async () => {
    await highlights('subscribe');
    const data = await highlights('time', { time: '18:45' });
    expect(visibleText(data)).toContain('18:45');
  });

  it('changes the time zone', async () => {
    await highlights('subscribe');
    const data = await highlights('timezone', { timezone: 'Europe/Moscow' });
    expect(visibleText(data)).toContain('(Europe/Moscow)');
  });

  it('refuses an unknown time zone privately', async () => {
    const data = await highlights('timezone', { timezone: 'Mars/Olympus' });
    expect({ ephemeral: isEphemeral(data), text: visibleText(data) }).toEqual({
      ephemeral: true,
      text: expect.stringContaining(HIGHLIGHT_BAD_TIME_ZONE_TEXT.en),
    });
  });

  it('unsubscribes the channel', async () => {
    await highlights('subscribe');
    const data = await highlights('unsubscribe');
    expect(visibleText(data)).toBe(LABEL_UNSUBSCRIBED);
  });

  it('says a channel that never subscribed is not subscribed', async () => {
    const data = await highlights('status', {}, undefined, h.discord.dmChannelOf(h.discord.alice));
    expect(visibleText(data)).toBe(LABEL_NOT_SUBSCRIBED);
  });

  it("previews today's highlight with its citation", async () => {
    const data = await highlights('preview');
    expect(visibleText(data)).toMatch(new RegExp(`${LABEL_HIGHLIGHT} · \\d{4}-\\d{2}-\\d{2} · commitment \\d+ of \\d+\\n\\*\\*§\\d+`));
  });

  it('shows the whole paragraph of a highlight, with its unofficial English, to the clicker alone', async () => {
    const preview = await highlights('preview');
    const whole = buttonsOf(preview).find((b) => b.custom_id.startsWith('para:'));
    const cited = Number(whole?.custom_id.split(':')[2]);
    const i = h.discord.dispatchInteraction(InteractionType.Component, buttonPress(whole?.custom_id ?? 'missing'), {
      message: { ...preview, id: String(preview?.id ?? '1'), channel_id: h.discord.channel.id },
    });
    const cb = await h.discord.waitFor(() => i.callback, 'the callback of the whole-paragraph button');
    const text = visibleText(cb.data);
    expect({
      ephemeral: isEphemeral(cb.data),
      shown: [...text.matchAll(/^§(\d+)/gm)].map((m) => Number(m[1])),
      english: text.includes(UNOFFICIAL_LABEL.en),
    }).toEqual({ ephemeral: true, shown: [cited], english: true });
  });

  it('refuses to subscribe for a member without Manage Channels, privately', async () => {
    const data = await highlights('subscribe', {}, BASIC_PERMISSIONS);
    expect({ ephemeral: isEphemeral(data), content: data?.content }).toEqual({ ephemeral: true, content: MANAGE_CHANNELS_REQUIRED_TEXT });
  });
});
