import { describe, expect, it } from 'vitest';
import { instrumentCore, instrumentStore } from '../../../adapters/operations/instrument.js';
import { createMetrics } from '../../../adapters/operations/prometheus.js';
import { createCore } from '../../../src/create-core.js';
import { SqliteStore } from '../../../src/store/sqlite-store.js';

describe('instrumented core and store', () => {
  it('counts questions by language and outcome, answering exactly as the core does', async () => {
    const metrics = createMetrics({ processMetrics: false });
    const core = createCore();
    const counted = instrumentCore(core, metrics);
    expect(counted.ask('上合组织如何看待阿富汗问题？')).toEqual(core.ask('上合组织如何看待阿富汗问题？'));
    counted.ask('What does the declaration say about the Mars colony?');
    const text = await metrics.text();
    expect([
      text.includes('astana_questions_total{language="zh",outcome="answered"} 1'),
      text.includes('astana_questions_total{language="en",outcome="not_covered"} 1'),
      text.includes('astana_question_seconds_count{outcome="answered"} 1'),
    ]).toEqual([true, true, true]);
  });

  it('counts a failed store operation by name and still fails it', async () => {
    const metrics = createMetrics({ processMetrics: false });
    const raw = new SqliteStore(':memory:');
    const store = instrumentStore(raw, metrics);
    await raw.close();
    await expect(store.highlights.subscription({ platform: 'slack', channelId: 'C1' })).rejects.toThrow();
    expect(await metrics.text()).toContain('astana_database_errors_total{operation="subscription"} 1');
  });
});
