// Adapter settings for tests and benchmarks, made the one way the bot makes
// them: from environment variables through loadConfig, so a test cannot hand
// an adapter a value the configuration would have refused.

import { type DiscordConfig, loadConfig, type PerMinute, type SlackConfig } from '../../adapters/config.js';

type Env = Record<string, string | undefined>;

export function slackConfig(env: Env): SlackConfig {
  const config = loadConfig(env).slack;
  if (config === undefined) throw new Error('slackConfig: the environment configures no Slack');
  return config;
}

export function discordConfig(env: Env): DiscordConfig {
  const config = loadConfig(env).discord;
  if (config === undefined) throw new Error('discordConfig: the environment configures no Discord');
  return config;
}

export function perMinute(limit: number): PerMinute {
  return loadConfig({ RATE_LIMIT_PER_MINUTE: String(limit) }).rateLimitPerMinute;
}
