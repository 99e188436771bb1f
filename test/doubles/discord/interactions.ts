import type { Json } from './double.js';
import { snowflake } from './snowflake.js';

// INTERACTION_CREATE `data` as Discord sends it for a slash command, an
// autocomplete request and a button press.

export const InteractionType = { Command: 2, Component: 3, Autocomplete: 4, ModalSubmit: 5 } as const;
export const CallbackType = { Message: 4, Deferred: 5, DeferredUpdate: 6, Update: 7, Choices: 8, Modal: 9 } as const;

const commandIds = new Map<string, string>();
const commandId = (name: string): string => {
  const id = commandIds.get(name) ?? snowflake();
  commandIds.set(name, id);
  return id;
};

type OptionValue = string | number | boolean;

export function slashCommand(name: string, subcommand: string, options: Record<string, OptionValue> = {}): Json {
  return {
    id: commandId(name),
    name,
    type: 1,
    options: [
      { type: 1, name: subcommand, options: Object.entries(options).map(([n, value]) => ({ type: typeof value === 'number' ? 4 : 3, name: n, value })) },
    ],
  };
}

export function autocomplete(name: string, subcommand: string, focused: string, value: string): Json {
  return {
    id: commandId(name),
    name,
    type: 1,
    options: [{ type: 1, name: subcommand, options: [{ type: 3, name: focused, value, focused: true }] }],
  };
}

export function buttonPress(customId: string): Json {
  return { custom_id: customId, component_type: 2 };
}

/** A modal's submission: each text input's value, by its custom_id, as Discord sends them (one per action row). */
export function modalSubmit(customId: string, values: Record<string, string>): Json {
  return {
    custom_id: customId,
    components: Object.entries(values).map(([id, value]) => ({ type: 1, components: [{ type: 4, custom_id: id, value }] })),
  };
}
