import type { ButtonInteraction } from 'discord.js';
import { EXPIRED_BUTTON_TEXT, UNKNOWN_ACTION_TEXT } from '../../../src/messages.js';
import type { Answer } from '../../../src/model.js';
import { parseCustomId } from '../buttons.js';
import type { DiscordContext } from '../context.js';
import { languageOfLocale } from '../language.js';
import { answerInteraction, errorAnswer } from './answer.js';

// The buttons under answers: more passages for the same question (a new
// message), the paragraphs around a passage (a new message), paging that
// view (the message is replaced), and a highlight's whole paragraph (shown to
// the clicker alone, so a busy channel is not flooded with copies).

const CONTEXT = { before: 1, after: 1 } as const;
const WHOLE = { before: 0, after: 0 } as const;

export async function onButton(interaction: ButtonInteraction, ctx: DiscordContext): Promise<void> {
  const action = parseCustomId(interaction.customId);
  const language = languageOfLocale(interaction.locale);
  const refuse = (text: string): Answer => errorAnswer('internal', text, language);
  if (action === undefined) {
    ctx.logger.warn({ customId: interaction.customId.slice(0, 100) }, 'discord: unknown button');
    await answerInteraction(interaction, ctx, () => refuse(UNKNOWN_ACTION_TEXT));
    return;
  }
  if (action.kind === 'more') {
    const query = ctx.queries.queryFor(action.key);
    await answerInteraction(interaction, ctx, () => (query === undefined ? refuse(EXPIRED_BUTTON_TEXT) : ctx.core.ask(query, { offset: action.offset })));
    return;
  }
  const known = ctx.core.documents.some((d) => d.id === action.documentId);
  await answerInteraction(
    interaction,
    ctx,
    () => (known ? ctx.core.context(action.documentId, action.paragraph, action.kind === 'paragraph' ? WHOLE : CONTEXT) : refuse(UNKNOWN_ACTION_TEXT)),
    action.kind === 'page' ? 'update' : action.kind === 'paragraph' ? 'private' : 'reply',
  );
}
