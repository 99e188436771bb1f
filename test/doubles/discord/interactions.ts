import type { Json } from './double.js';
import { snowflake } from './snowflake.js';

// INTERACTION_CREATE `data` as Discord sends it for a slash command, an
// autocomplete request and a button press.

export const InteractionType = { Command: 2, Component: 3, Autocomplete: 4 } as const;
export const CallbackType = { Message: 4, Deferred: 5, DeferredUpdate: 6, Update: 7, Choices: 8 } as const;

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
