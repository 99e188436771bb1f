// Counting without touching the counted: the core and the store wrapped so
// that every question and every failed store operation reaches the metrics,
// whichever adapter or instance made it.

import type { Core } from '../../src/core.js';
import type { Store } from '../../src/store/store.js';
import type { Metrics } from './metrics.js';

/** The core, with each `ask` timed and counted by outcome. */
export function instrumentCore(core: Core, metrics: Metrics): Core {
  return {
    documents: core.documents,
    about: () => core.about(),
    paragraphs: (ranges, options) => core.paragraphs(ranges, options),
    topics: (options) => core.topics(options),
    topic: (id, options) => core.topic(id, options),
    context: (documentId, paragraph, options) => core.context(documentId, paragraph, options),
    ask(input, options) {
      const started = performance.now();
      const answer = core.ask(input, options);
      metrics.question(answer, (performance.now() - started) / 1000);
      return answer;
    },
  };
}

/** `target` with each method's rejection counted under its name, then passed on unchanged. */
function counted<T extends object>(target: T, metrics: Metrics): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      const value: unknown = Reflect.get(object, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const result: unknown = Reflect.apply(value, object, args);
        if (!(result instanceof Promise)) return result;
        return result.catch((error: unknown) => {
          metrics.databaseError(String(property));
          throw error;
        });
      };
    },
  });
}

/** The store, with every failed operation counted (the caller still sees the failure). */
export function instrumentStore(store: Store, metrics: Metrics): Store {
  return {
    kind: store.kind,
    description: store.description,
    highlights: counted(store.highlights, metrics),
    shared: counted(store.shared, metrics),
    installations: counted(store.installations, metrics),
    insights: counted(store.insights, metrics),
    digests: counted(store.digests, metrics),
    ping: () => store.ping(),
    schemaVersion: () => store.schemaVersion(),
    close: () => store.close(),
  };
}
