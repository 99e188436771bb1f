import { afterEach, describe, expect, it } from 'vitest';
import { startHealthServer, type HealthServer, type ReadinessCheck } from '../../../adapters/operations/health-server.js';
import { createMetrics } from '../../../adapters/operations/prometheus.js';

let server: HealthServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(checks: ReadinessCheck[]): Promise<string> {
  const metrics = createMetrics({ processMetrics: false });
  metrics.question({ kind: 'notCovered', language: 'zh', query: 'x', suggestions: [], absent: [], missing: [] } as never, 0.001);
  server = await startHealthServer({ port: 0, host: '127.0.0.1', checks, metrics, timeoutMs: 200 });
  return `http://127.0.0.1:${server.address.port}`;
}

const ok = (name: string): ReadinessCheck => ({ name, check: async () => true });

describe('the health server', () => {
  it('says it is alive and ready when every check passes', async () => {
    const base = await start([ok('database (postgres)'), ok('slack')]);
    const [alive, ready] = await Promise.all([fetch(`${base}/healthz`), fetch(`${base}/readyz`)]);
    expect([alive.status, ready.status, await ready.json()]).toEqual([200, 200, { status: 'ready', problems: [] }]);
  });

  it('is not ready while a platform is disconnected or the database fails or hangs, and names each', async () => {
    const base = await start([
      { name: 'slack', check: async () => false },
      { name: 'database (postgres)', check: () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:5432')) },
      { name: 'discord', check: () => new Promise<boolean>(() => undefined) },
    ]);
    const ready = await fetch(`${base}/readyz`);
    expect([ready.status, await ready.json()]).toEqual([
      503,
      {
        status: 'not ready',
        problems: ['slack: not connected', 'database (postgres): connect ECONNREFUSED 127.0.0.1:5432', 'discord: no answer within 200 ms'],
      },
    ]);
  });

  it('is not ready once it is draining, while still alive', async () => {
    const base = await start([ok('slack')]);
    server?.draining();
    const [alive, ready] = await Promise.all([fetch(`${base}/healthz`), fetch(`${base}/readyz`)]);
    expect([alive.status, ready.status, await ready.json()]).toEqual([200, 503, { status: 'not ready', problems: ['stopping'] }]);
  });

  it('serves Prometheus metrics, and nothing else', async () => {
    const base = await start([]);
    const metrics = await fetch(`${base}/metrics`);
    const text = await metrics.text();
    expect([metrics.status, text.includes('astana_questions_total{language="zh",outcome="not_covered"} 1')]).toEqual([200, true]);
    expect([(await fetch(`${base}/`)).status, (await fetch(`${base}/metrics`, { method: 'POST' })).status]).toEqual([404, 405]);
  });
});
