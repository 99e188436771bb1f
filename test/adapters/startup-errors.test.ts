import { describe, expect, it } from 'vitest';
import { explainDiscordConnectError } from '../../adapters/startup-errors.js';

describe('a Discord connection refused at start', () => {
  it('names the intent setting when Discord refuses the Message Content intent', () =>
    expect(explainDiscordConnectError('Used disallowed intents').message).toBe(
      'discord adapter: could not connect (Used disallowed intents); turn on Bot → Privileged Gateway Intents → Message Content Intent in the Developer Portal, or set DISCORD_MESSAGE_CONTENT=false',
    ));
  it('names the token and API settings for any other refusal', () =>
    expect(explainDiscordConnectError('An invalid token was provided.').message).toMatch(/check DISCORD_TOKEN .* and DISCORD_API_URL$/u));
});
