import astana from './astana.js';
import type { Command } from './command.js';
import highlights from './highlights.js';
import insights from './insights.js';

/** Every slash command the bot registers and answers. */
export const COMMANDS: readonly Command[] = [astana, highlights, insights];

export const commandDefinitions = (): Command['data'][] => COMMANDS.map((c) => c.data);
