// How to reach the bot on Discord, shown under the shared help text.

export const DISCORD_HELP_LINES = [
  '`/astana ask` — a question, in Chinese or English',
  '`/astana paragraph` — paragraphs by number (§42, 12-14), with suggestions as you type',
  '`/astana topics` — the topics, or one topic\'s paragraphs',
  '`/astana-highlights subscribe | unsubscribe | status | time | timezone | preview` — a daily commitment in this channel (Manage Channels)',
  'Or mention me with a question in a channel, or send me a direct message.',
];
