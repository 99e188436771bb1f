// GET /healthz: the process is alive. GET /readyz: it is connected to its chat
// platforms and its database, so a load balancer or an orchestrator may send it
// work; 503 with the reasons otherwise (and while it is stopping).
// GET /metrics: Prometheus text. Nothing else is served, and nothing secret.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Metrics } from './metrics.js';

export interface ReadinessCheck {
  name: string;
  /** Resolves when ready; rejects (or resolves false) with the reason otherwise. */
  check(): Promise<boolean>;
}

export interface HealthServerOptions {
  port: number;
  host: string;
  checks: readonly ReadinessCheck[];
  metrics: Pick<Metrics, 'contentType' | 'text'>;
  /** A check that takes longer than this counts as not ready. */
  timeoutMs?: number;
}

export interface HealthServer {
  readonly address: { host: string; port: number };
  /** From now on /readyz answers 503: the instance is stopping and takes no new work. */
  draining(): void;
  close(): Promise<void>;
}

async function within(check: ReadinessCheck, timeoutMs: number): Promise<string | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve(`${check.name}: no answer within ${timeoutMs} ms`), timeoutMs);
  });
  const result = check
    .check()
    .then((ok) => (ok ? undefined : `${check.name}: not connected`))
    .catch((error: unknown) => `${check.name}: ${error instanceof Error ? error.message : String(error)}`);
  return Promise.race([result, late]).finally(() => clearTimeout(timer));
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

async function readiness(options: HealthServerOptions, stopping: boolean): Promise<{ ready: boolean; problems: string[] }> {
  if (stopping) return { ready: false, problems: ['stopping'] };
  const problems = (await Promise.all(options.checks.map((c) => within(c, options.timeoutMs ?? 2000)))).filter((p): p is string => p !== undefined);
  return { ready: problems.length === 0, problems };
}

function route(options: HealthServerOptions, stopping: () => boolean) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'method not allowed\n');
    if (path === '/healthz') return send(res, 200, 'application/json', '{"status":"ok"}\n');
    if (path === '/readyz') {
      const { ready, problems } = await readiness(options, stopping());
      return send(res, ready ? 200 : 503, 'application/json', `${JSON.stringify({ status: ready ? 'ready' : 'not ready', problems })}\n`);
    }
    if (path === '/metrics') return send(res, 200, options.metrics.contentType, await options.metrics.text());
    send(res, 404, 'text/plain', 'not found: try /healthz, /readyz or /metrics\n');
  };
}

export async function startHealthServer(options: HealthServerOptions): Promise<HealthServer> {
  let stopping = false;
  const handle = route(options, () => stopping);
  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => send(res, 500, 'text/plain', 'internal error\n'));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    address: { host: options.host, port },
    draining() {
      stopping = true;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
