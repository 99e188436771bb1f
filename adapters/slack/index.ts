// The Slack adapter: a Bolt app in Socket Mode (SLACK_APP_TOKEN) or HTTP mode
// (SLACK_SIGNING_SECRET, with Bolt's request-signature check behind our own
// server, see http-server.ts), the listeners, and the highlight poster for the
// scheduler.

import { App, HTTPReceiver, type HTTPReceiverOptions, SocketModeReceiver, webApi } from '@slack/bolt';
import type { InstallationRecords } from '../../src/store/store.js';
import { installationStore, installedClient, SCOPES } from './workspaces.js';
import type { Logger } from 'pino';
import type { SlackConfig } from '../config.js';
import type { AdapterOptions } from '../adapter-options.js';
import { adapterRuntime } from '../adapter-runtime.js';
import { chatAdapter, type PostingAdapter } from '../chat/chat-adapter.js';
import { adapterLifecycle, type Lifecycle } from '../adapter-lifecycle.js';
import { createBoltLogger, createScrubber } from './bolt-logger.js';
import { registerListeners } from './listeners/index.js';
import { listenForSlack, type SlackHttpServer } from './http-server.js';
import { createHighlightPoster } from './poster.js';
import { createDigestPoster } from './digest-poster.js';
import { type SchedulerPosters, schedulerPosters } from '../scoped-posters.js';
import { cardToSlack } from './render.js';
import { createReplayGuard } from './replay.js';
import { explainSlackTokenError } from '../startup-errors.js';
import { slackFailures, type SlackRuntime } from './runtime.js';
import { SeenKeys } from '../seen-keys.js';
import { reportReconnectAuthFailure } from './socket-auth.js';
import { refusedTokenReason } from './response-url.js';

export interface SlackAdapterOptions extends AdapterOptions {
  config: SlackConfig;
  /** Where a multi-workspace app (SLACK_CLIENT_ID) keeps its installations: the store's. */
  installations?: InstallationRecords;
}

export interface SlackAdapter extends PostingAdapter {
  readonly mode: 'socket' | 'http';
  /** HTTP mode, once started: where Slack's requests are received. */
  httpAddress(): { host: string; port: number } | undefined;
}

// Few quick retries: a reply that needs many is better replaced by an apology.
const RETRY_CONFIG = { retries: 3, factor: 2, minTimeout: 200, maxTimeout: 5_000 };

function createRuntime(
  options: SlackAdapterOptions,
  log: Logger,
  scrub: (text: string) => string,
  tokenRevoked: SlackRuntime['tokenRevoked'],
  askToken: () => Promise<string | undefined>,
): SlackRuntime {
  const { config } = options;
  const runtime = adapterRuntime(options, log, (card, queries) => cardToSlack(card, { command: config.command, queries }));
  return {
    ...runtime,
    seen: new SeenKeys(runtime.shared),
    command: config.command,
    tokenRevoked,
    language: config.defaultLanguage,
    failures: slackFailures(log, scrub, tokenRevoked, askToken),
    workspaces:
      config.oauth === undefined || options.installations === undefined
        ? undefined
        : { forget: (workspace) => options.installations?.delete(workspace) ?? Promise.resolve() },
  };
}

/** What every Web API client of the adapter is given (the API's address, retries, the logger bridge). */
type ClientOptions = Pick<webApi.WebClientOptions, 'slackApiUrl' | 'retryConfig' | 'logger'>;

/** Socket Mode's own reconnection, when the app token no longer works: who to tell, and whether the adapter is running. */
interface ReconnectWatch {
  started: () => boolean;
  appTokenRevoked: (reason: string) => void;
}

/** The install flow's routes (/slack/install, /slack/oauth_redirect) for an app installed in many workspaces. */
function oauthOptions(config: SlackConfig, installations: InstallationRecords | undefined, clientOptions: ClientOptions): Partial<HTTPReceiverOptions> {
  if (config.oauth === undefined) return {};
  if (installations === undefined) throw new Error('slack adapter: SLACK_CLIENT_ID needs the store’s installations');
  return {
    ...config.oauth,
    scopes: SCOPES,
    installationStore: installationStore(installations),
    installerOptions: { directInstall: true, clientOptions: { ...clientOptions } },
  };
}

/** The Bolt app with its receiver: Socket Mode when there is an app token, otherwise HTTP. */
function createApp(
  config: SlackConfig,
  boltLogger: ReturnType<typeof createBoltLogger>,
  clientOptions: ClientOptions,
  watch: ReconnectWatch,
  installations: InstallationRecords | undefined,
): { app: App; socketReceiver: SocketModeReceiver | undefined; httpReceiver: HTTPReceiver | undefined } {
  const socketReceiver =
    config.appToken === undefined
      ? undefined
      : new SocketModeReceiver({ appToken: config.appToken, logger: boltLogger, installerOptions: { clientOptions: { ...clientOptions } } });
  if (socketReceiver !== undefined) reportReconnectAuthFailure(socketReceiver.client, watch.started, watch.appTokenRevoked);
  const httpReceiver =
    socketReceiver !== undefined
      ? undefined
      : new HTTPReceiver({
          signingSecret: config.signingSecret ?? '',
          logger: boltLogger,
          port: config.port,
          ...oauthOptions(config, installations, clientOptions),
        });
  const app = new App({
    token: config.botToken,
    logger: boltLogger,
    clientOptions: { ...clientOptions },
    // auth.test runs in start(), where a bad token fails loudly, not in the constructor.
    deferInitialization: true,
    // No conversation state is kept between messages; skip Bolt's store.
    convoStore: false,
    receiver: socketReceiver ?? httpReceiver,
  });
  return { app, socketReceiver, httpReceiver };
}

/** auth.test with the bot token; then Socket Mode's connection, or HTTP mode's server. A refused token is named. */
async function connect(
  app: App,
  socketReceiver: SocketModeReceiver | undefined,
  httpReceiver: HTTPReceiver | undefined,
  config: SlackConfig,
  log: Logger,
): Promise<SlackHttpServer | undefined> {
  await app.init().catch((error: unknown) => {
    throw explainSlackTokenError(error, 'SLACK_BOT_TOKEN') ?? error;
  });
  if (socketReceiver !== undefined) {
    await app.start().catch((error: unknown) => {
      throw explainSlackTokenError(error, 'SLACK_APP_TOKEN') ?? error;
    });
    log.info({ mode: 'socket' }, 'slack: connected in Socket Mode');
    return undefined;
  }
  if (httpReceiver === undefined) return undefined;
  const server = await listenForSlack(httpReceiver.requestListener, { port: config.port, host: config.host }, log);
  log.info({ mode: 'http', ...server.address }, 'slack: listening for Slack requests');
  return server;
}

/**
 * The first of all middleware: a stopping adapter waits for everything it
 * accepted. While it stops in Socket Mode it accepts no new command or click:
 * left unacknowledged, Slack sends it again to another connection (another
 * instance). Events are acknowledged by Bolt before any middleware, so they are answered.
 * Then, in HTTP mode, the replay guard; then the listeners.
 */
function registerAll(app: App, runtime: SlackRuntime, socketMode: boolean, lifecycle: Lifecycle): void {
  app.use(async ({ body, next }) => {
    if (lifecycle.draining() && socketMode && (body as { type?: unknown }).type !== 'event_callback') return;
    await lifecycle.track(next());
  });
  // A signed HTTP request can be captured and sent again; a Socket Mode envelope
  // cannot, and one sent again is one no instance acknowledged: it must be answered.
  if (!socketMode) app.use(createReplayGuard(runtime.seen, runtime.log));
  registerListeners(app, runtime);
}

/** The schedulers' posters: with the bot token, or with each channel's workspace token when installed in many. */
function schedulerPostersOf(options: SlackAdapterOptions, runtime: SlackRuntime, clientOptions: Omit<ClientOptions, 'retryConfig'>): SchedulerPosters {
  // The scheduler must see Slack's 429s itself, so its client does not wait them out.
  const clientFor = (token: string | undefined) => new webApi.WebClient(token, { ...clientOptions, rejectRateLimitedCalls: true, retryConfig: { retries: 0 } });
  const factories = {
    highlights: (client: webApi.WebClient) => createHighlightPoster(client, runtime.reply),
    digests: (client: webApi.WebClient) => createDigestPoster(client, runtime.render),
  };
  // In that mode every channel key is 'T…/C…', digest channels as well.
  const { installations } = options;
  const clients =
    installations !== undefined && options.config.oauth !== undefined
      ? { ofScope: installedClient(installations, clientFor), goneReason: 'the app is not installed in that workspace' }
      : { one: clientFor(options.config.botToken) };
  return schedulerPosters('slack', factories, clients);
}

export function createSlackAdapter(options: SlackAdapterOptions): SlackAdapter {
  const { config } = options;
  const log = options.logger.child({ adapter: 'slack' });
  const scrub = createScrubber([config.botToken, config.appToken, config.signingSecret, config.oauth?.clientSecret, config.oauth?.stateSecret]);
  const boltLogger = createBoltLogger(log.child({ library: 'bolt' }), scrub);
  const apiUrl = config.apiUrl === undefined ? {} : { slackApiUrl: config.apiUrl };
  let server: SlackHttpServer | undefined;
  const lifecycle = adapterLifecycle({
    platform: 'slack',
    log,
    shutdownGraceMs: options.shutdownGraceMs,
    onTokenRevoked: options.onTokenRevoked,
    connect: async () => {
      server = await connect(app, socketReceiver, httpReceiver, config, log);
    },
    disconnect: async () => {
      if (socketReceiver !== undefined) return socketReceiver.client.disconnect();
      await server?.close();
      server = undefined;
    },
    // Slack reports a refused token only from listeners and reconnects, which run only while connected.
    revocable: () => true,
  });
  const tokenRevoked: SlackRuntime['tokenRevoked'] = (reason, variable = 'SLACK_BOT_TOKEN') => lifecycle.tokenRevoked(variable, reason);
  // Asked when a response_url is refused: the app's client carries the bot token (none in the install flow's many workspaces).
  let client: webApi.WebClient | undefined;
  const runtime = createRuntime(options, log, scrub, tokenRevoked, () => refusedTokenReason(client));
  const watch: ReconnectWatch = { started: lifecycle.running, appTokenRevoked: (reason) => tokenRevoked(reason, 'SLACK_APP_TOKEN') };
  const { app, socketReceiver, httpReceiver } = createApp(
    config,
    boltLogger,
    { ...apiUrl, retryConfig: RETRY_CONFIG, logger: boltLogger },
    watch,
    options.installations,
  );
  if (config.botToken !== undefined) client = app.client;
  registerAll(app, runtime, socketReceiver !== undefined, lifecycle);
  const posters = schedulerPostersOf(options, runtime, { ...apiUrl, logger: boltLogger });
  return chatAdapter('slack', lifecycle, posters, { mode: socketReceiver === undefined ? 'http' : 'socket', httpAddress: () => server?.address } as const);
}
