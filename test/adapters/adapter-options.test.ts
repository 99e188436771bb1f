import { describe, expect, it } from 'vitest';
import { adapterServices, type AdapterOptions } from '../../adapters/adapter-options.js';
import type { PerMinute } from '../../adapters/config.js';
import { createLogger } from '../../adapters/logger.js';
import { createCore } from '../../src/create-core.js';
import { MemoryShared } from '../../src/store/memory-shared.js';

const options = (extra: Partial<AdapterOptions> = {}): AdapterOptions => ({
  core: createCore(),
  highlights: undefined,
  logger: createLogger('silent'),
  rateLimitPerMinute: 2 as PerMinute,
  ...extra,
});

describe('the services every adapter keeps', () => {
  it('counts questions per user at the configured rate and reports each refusal', async () => {
    const refusals: string[] = [];
    const { limiter } = adapterServices(options({ onRateLimited: () => void refusals.push('refused') }));
    const decisions = [await limiter.check('U1'), await limiter.check('U1'), await limiter.check('U1'), await limiter.check('U2')];
    expect(decisions).toEqual(['allow', 'allow', 'refuse-and-tell', 'allow']);
    expect(refusals).toEqual(['refused']);
  });
  it('keeps questions in the records it is given, so another instance can read them', async () => {
    const shared = new MemoryShared();
    const key = adapterServices(options({ shared })).queries.keyFor('a question too long for a button');
    expect(await adapterServices(options({ shared })).queries.queryFor(key)).toBe('a question too long for a button');
  });
});
