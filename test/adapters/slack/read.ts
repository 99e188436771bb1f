// Reading what the double received: the text of a message's blocks.

export function blockTexts(message: Record<string, unknown>): string[] {
  const blocks = message.blocks;
  if (!Array.isArray(blocks)) return [];
  const texts: string[] = [];
  for (const block of blocks as unknown[]) {
    if (typeof block !== 'object' || block === null) continue;
    const b = block as Record<string, unknown>;
    if (isText(b.text)) texts.push(b.text.text);
    if (Array.isArray(b.elements)) for (const e of b.elements as unknown[]) if (isText(e)) texts.push(e.text);
  }
  return texts;
}

/** Everything a person could read in the message: the fallback and every block. */
export function visibleText(message: Record<string, unknown>): string {
  return [typeof message.text === 'string' ? message.text : '', ...blockTexts(message)].join('\n');
}

export interface ButtonSeen {
  action_id: string;
  value: string;
  text: string;
}

export function buttons(message: Record<string, unknown>): ButtonSeen[] {
  const blocks = message.blocks;
  if (!Array.isArray(blocks)) return [];
  const found: ButtonSeen[] = [];
  for (const block of blocks as unknown[]) {
    if (typeof block !== 'object' || block === null) continue;
    const elements = (block as Record<string, unknown>).elements;
    if (!Array.isArray(elements)) continue;
    for (const e of elements as unknown[]) {
      if (typeof e !== 'object' || e === null) continue;
      const el = e as Record<string, unknown>;
      if (el.type === 'button' && typeof el.action_id === 'string' && typeof el.value === 'string' && isText(el.text))
        found.push({ action_id: el.action_id, value: el.value, text: el.text.text });
    }
  }
  return found;
}

function isText(value: unknown): value is { text: string } {
  return typeof value === 'object' && value !== null && typeof (value as Record<string, unknown>).text === 'string';
}
