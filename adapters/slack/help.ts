// The help text for Slack: the sub-commands of the slash command, and the
// other ways to ask. Escaped mrkdwn lines.

import { escapeText } from './text.js';

export function helpLines(command: string): string[] {
  const c = escapeText(command);
  return [
    '*I quote the 2024 SCO Astana Declaration verbatim, with paragraph citations (§44).*',
    `\`${c} ask <question>\` or just \`${c} <question>\` — the sentences that answer it, in Chinese or English`,
    `\`${c} para 42\`, \`${c} §12-14\` — the paragraphs themselves`,
    `\`${c} topics\`, \`${c} topic <name>\` — what the declaration covers`,
    `\`${c} highlights subscribe [HH:MM] [Zone/Name]\` — a daily commitment in this channel; also \`unsubscribe\`, \`status\`, \`time HH:MM\`, \`timezone Zone/Name\`, \`preview\``,
    'You can also @-mention me in a channel (I answer in the thread) or send me a direct message.',
  ];
}
