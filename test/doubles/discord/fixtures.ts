import { snowflake } from './snowflake.js';

// The objects the double hands out, shaped like Discord's API v10 payloads.

export interface UserFixture {
  id: string;
  username: string;
  bot: boolean;
}

export interface ChannelFixture {
  id: string;
  name: string;
}

export interface GuildFixture {
  id: string;
  name: string;
  ownerId: string;
  channels: ChannelFixture[];
}

export function user(username: string, bot = false): UserFixture {
  return { id: snowflake(), username, bot };
}

export function userPayload(u: UserFixture): Record<string, unknown> {
  return {
    id: u.id,
    username: u.username,
    discriminator: '0',
    global_name: u.username,
    avatar: null,
    bot: u.bot,
    flags: 0,
    public_flags: 0,
  };
}

export function memberPayload(u: UserFixture, permissions: bigint): Record<string, unknown> {
  return {
    user: userPayload(u),
    roles: [],
    joined_at: '2024-07-04T00:00:00.000Z',
    deaf: false,
    mute: false,
    flags: 0,
    pending: false,
    permissions: permissions.toString(),
    avatar: null,
    nick: null,
  };
}

export function channelPayload(guildId: string, c: ChannelFixture, position: number): Record<string, unknown> {
  return {
    id: c.id,
    type: 0,
    guild_id: guildId,
    name: c.name,
    position,
    permission_overwrites: [],
    topic: null,
    nsfw: false,
    parent_id: null,
    last_message_id: null,
    rate_limit_per_user: 0,
  };
}

export function guildCreatePayload(g: GuildFixture, bot: UserFixture): Record<string, unknown> {
  return {
    id: g.id,
    name: g.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    owner_id: g.ownerId,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: [
      {
        id: g.id,
        name: '@everyone',
        color: 0,
        hoist: false,
        icon: null,
        unicode_emoji: null,
        position: 0,
        permissions: '1071698660929',
        managed: false,
        mentionable: false,
        flags: 0,
      },
    ],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    application_id: null,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    max_members: 500000,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    premium_subscription_count: 0,
    preferred_locale: 'en-US',
    public_updates_channel_id: null,
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
    safety_alerts_channel_id: null,
    joined_at: '2024-07-04T00:00:00.000Z',
    large: false,
    unavailable: false,
    member_count: 2,
    voice_states: [],
    members: [memberPayload(bot, 0n)],
    channels: g.channels.map((c, i) => channelPayload(g.id, c, i)),
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}
