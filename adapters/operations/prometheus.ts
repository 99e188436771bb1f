// Prometheus metrics (prom-client), one registry per process: what an operator
// of several instances watches. Question text never becomes a label.

import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import { outcomeOf, type Metrics } from './metrics.js';

export function createMetrics(options: { processMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (options.processMetrics !== false) collectDefaultMetrics({ register: registry });
  const questions = new Counter({
    name: 'astana_questions_total',
    help: 'Questions answered, by language and outcome (answered, not_covered, error)',
    labelNames: ['language', 'outcome'],
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'astana_question_seconds',
    help: 'Time the core took to answer a question',
    labelNames: ['outcome'],
    buckets: [0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25],
    registers: [registry],
  });
  const highlights = new Counter({
    name: 'astana_highlights_total',
    help: 'Daily highlights by outcome: posted, recovered (found in the channel after a crash), retried, failed (the day ended), paused',
    labelNames: ['outcome'],
    registers: [registry],
  });
  const digests = new Counter({
    name: 'astana_digests_total',
    help: 'Weekly insights digests by outcome: posted, recovered, retried, failed (the week ended), paused',
    labelNames: ['outcome'],
    registers: [registry],
  });
  const databaseErrors = new Counter({
    name: 'astana_database_errors_total',
    help: 'Store operations that failed',
    labelNames: ['operation'],
    registers: [registry],
  });
  const rateLimited = new Counter({
    name: 'astana_rate_limit_refusals_total',
    help: 'Questions refused for asking too fast',
    labelNames: ['platform'],
    registers: [registry],
  });
  return {
    contentType: registry.contentType,
    text: () => registry.metrics(),
    question(answer, seconds) {
      const outcome = outcomeOf(answer);
      questions.inc({ language: answer.language, outcome });
      latency.observe({ outcome }, seconds);
    },
    highlight: (outcome) => highlights.inc({ outcome }),
    digest: (outcome) => digests.inc({ outcome }),
    databaseError: (operation) => databaseErrors.inc({ operation }),
    rateLimited: (platform) => rateLimited.inc({ platform }),
  };
}
