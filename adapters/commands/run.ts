// A call of one of the commands in definitions.ts, on any platform with slash
// commands: its options read into the typed request of the core, the highlight
// service or the digest service (nothing is turned back into text for the core
// to parse), after the checks a guarded sub-command needs. The platform only
// says which sub-command was used, what its options hold, and what the caller
// may do where it was used.

import { type HighlightCommand, runHighlightCommand } from '../../src/highlights/commands.js';
import type { ChannelKey, HighlightService } from '../../src/highlights/ports.js';
import { runDigestCommand, type DigestCommand } from '../../src/insights/digest-commands.js';
import { WEEKDAYS } from '../../src/insights/digest-schedule.js';
import { digestError, type DigestService, type DigestTarget } from '../../src/insights/digest-service.js';
import type { Core } from '../../src/core.js';
import type { Answer } from '../../src/model.js';
import type { Reader } from '../../src/present/catalogue.js';
import { answerRequest, countedIn } from '../answer-request.js';
import { retryWhileBusy } from '../database-retry.js';
import { adapterError } from '../error-answer.js';
import type { InsightsRecorder } from '../insights/recorder.js';
import { paragraphNumbers } from '../paragraph-numbers.js';
import type { TextRequest } from '../text-request.js';
import { commandNamed, type CommandDefinition, type Permission } from './definitions.js';

export interface CommandCall {
  command: string;
  sub: string;
  /**
   * An option's value, its control characters removed (undefined when it was
   * not given); the platform throws for a required one that is missing.
   */
  option: (name: string, required: boolean) => string | undefined;
  /** The caller's own language, for options with none (a number, a topic id) and for refusals. */
  reader: Reader;
  channel: ChannelKey;
  /** The server (guild) it was used in; undefined in a direct message. */
  server: string | undefined;
  /** Whether the caller holds the permission in the server where the command was used. */
  holds: (permission: Permission) => boolean;
}

export interface CommandServices {
  core: Core;
  highlights: HighlightService | undefined;
  /** The weekly digest's service; its command is off when undefined. */
  digests: DigestService | undefined;
  /** Counts questions, when the insights are on. */
  insights: InsightsRecorder | undefined;
}

type Runner = (call: CommandCall, services: CommandServices, guarded: boolean) => Answer | Promise<Answer>;

/** The /astana sub-command as a typed request. */
function declarationRequest(call: CommandCall): TextRequest {
  const option = (name: string): string => call.option(name, true) ?? '';
  switch (call.sub) {
    case 'ask':
      return { kind: 'ask', input: option('question') };
    case 'paragraph': {
      const typed = option('number');
      const ranges = paragraphNumbers(typed);
      // '第12段' or 'paragraph 42' is a reference in words: the core reads those.
      return ranges === undefined ? { kind: 'ask', input: typed } : { kind: 'paragraphs', ranges };
    }
    case 'topics': {
      const topic = call.option('topic', false);
      return topic === undefined ? { kind: 'topics' } : { kind: 'topic', name: topic };
    }
    default:
      throw new Error(`commands /astana: unknown sub-command '${call.sub}'`);
  }
}

const runDeclaration: Runner = (call, { core, highlights, insights: recorder }) => {
  // The option's own words decide a question's language; numbers and topic ids have none, so the caller's does.
  const insights = countedIn(recorder, call.channel, call.server);
  return answerRequest(declarationRequest(call), { core, highlights, channel: call.channel, language: call.reader, insights });
};

/** The sub-command and its options as the highlight command the service runs. */
function highlightCommand(call: CommandCall): HighlightCommand {
  switch (call.sub) {
    case 'subscribe':
      return { command: 'subscribe', time: call.option('time', false), timeZone: call.option('timezone', false) };
    case 'time':
      return { command: 'time', time: call.option('time', true) ?? '' };
    case 'timezone':
      return { command: 'timezone', timeZone: call.option('timezone', true) ?? '' };
    case 'unsubscribe':
    case 'status':
    case 'preview':
      return { command: call.sub };
    default:
      throw new Error(`commands /astana-highlights: unknown sub-command '${call.sub}'`);
  }
}

const runHighlights: Runner = (call, { highlights }, guarded) => {
  const language = call.reader;
  if (highlights === undefined) return adapterError('highlightsDisabled', language);
  if (guarded && (call.server === undefined || !call.holds('manageChannels'))) return adapterError('forbidden', language);
  // Options are read once: a retry after a database lock must not read them again.
  const command = highlightCommand(call);
  // At once when the database is free; deferred ("thinking…") and retried while it is locked.
  return retryWhileBusy(() => runHighlightCommand(highlights, call.channel, command, language), language);
};

function digestCommand(call: CommandCall): DigestCommand {
  switch (call.sub) {
    case 'subscribe': {
      const day = call.option('day', false);
      const weekday = WEEKDAYS.find((d) => d === day);
      const time = call.option('time', false);
      const timeZone = call.option('timezone', false);
      return {
        command: 'subscribe',
        settings: { ...(weekday === undefined ? {} : { weekday }), ...(time === undefined ? {} : { time }), ...(timeZone === undefined ? {} : { timeZone }) },
      };
    }
    case 'unsubscribe':
    case 'status':
    case 'forget':
      return { command: call.sub };
    default:
      throw new Error(`commands /astana-insights: unknown sub-command '${call.sub}'`);
  }
}

const runInsights: Runner = (call, { digests }, guarded) => {
  const language = call.reader;
  if (digests === undefined) return digestError('highlightsDisabled', 'error.digestDisabled', language);
  const server = call.server;
  if (server === undefined || (guarded && !call.holds('manageServer'))) return digestError('forbidden', 'error.manageServer', language);
  // The digest covers the server's questions; the records name the channel by its own id.
  const { platform, channelId } = call.channel;
  const target: DigestTarget = { platform, scope: server, channelId, recordsChannelId: channelId };
  // Options are read once: a retry after a database lock must not read them again.
  const command = digestCommand(call);
  return retryWhileBusy(() => runDigestCommand(digests, target, command, language), language);
};

const RUNNERS: Readonly<Record<string, Runner>> = { astana: runDeclaration, 'astana-highlights': runHighlights, 'astana-insights': runInsights };

function definitionOf(name: string): CommandDefinition {
  const definition = commandNamed(name);
  if (definition === undefined) throw new Error(`commands: no command named '${name.slice(0, 40)}'`);
  return definition;
}

/** The answer to a call: at once, or a promise while a command waits on the database. */
export function runCommand(call: CommandCall, services: CommandServices): Answer | Promise<Answer> {
  const definition = definitionOf(call.command);
  const run = RUNNERS[call.command];
  if (run === undefined) throw new Error(`commands: no runner for '${call.command}'`);
  const guarded = definition.subcommands.some((s) => s.words[0] === call.sub && s.guarded === true);
  return run(call, services, guarded);
}

/** Whether the option takes suggestions while it is typed. */
export function suggestsFor(command: string, sub: string, option: string): boolean {
  const subcommand = commandNamed(command)?.subcommands.find((s) => s.words[0] === sub);
  return subcommand?.options?.some((o) => o.words[0] === option && o.autocomplete === true) ?? false;
}
