// The entry `npm run build` bundles (as CommonJS, the form a startup snapshot takes) and runs
// with `node --build-snapshot` (scripts/core-snapshot.ts): it builds the core, lets it answer
// a few questions in each language so that the lazily read tables, the English model and the
// code are ready, and leaves it on a global for adapters/prepared-core/prepared-core.ts to
// take in a process started from the snapshot.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { startupSnapshot } from 'node:v8';
import { createCore, DEFAULT_INDEX_DIR } from '../../src/create-core.js';
import { forgetDictionary } from '../../src/search/analyzer.js';
import { useEnglishLibrary } from '../../src/search/english.js';
import { bundledEnglish } from './bundled-english.js';
import { indexFingerprint } from './fingerprint.js';
import { PREPARED_CORE, type Prepared } from './prepared-core.js';

/** Questions of the common kinds, answered once so that what they reach is loaded and compiled. */
const WARM_UP = [
  '上合对阿富汗问题怎么看？',
  '宣言什么时候发表的',
  '哪个国家提出建立上合发展银行',
  '第五段说了什么',
  '宣言提到乌克兰了吗',
  'What does the SCO say about Afghanistan?',
  'Which country proposed the development bank?',
];

useEnglishLibrary(bundledEnglish);
const core = createCore();
for (const question of WARM_UP) core.ask(question);
// Run without --build-snapshot first (scripts/core-snapshot.ts), this only writes the caches a first start
// builds (jieba's table, OpenCC's characters), which needs modules loaded by require; the snapshot then reads them.
if (startupSnapshot.isBuildingSnapshot()) prepareSnapshot();

function prepareSnapshot(): void {
  refuseRequiredModules();
  const prepared: Prepared = { core, fingerprint: indexFingerprint(DEFAULT_INDEX_DIR) };
  (globalThis as Record<string, unknown>)[PREPARED_CORE] = prepared;
  // jieba's dictionary table is read from its file a page at a time as words are looked up: the
  // snapshot would hold all its 9 MB, most of it pages never read. It is let go of here and read
  // again by the first question; every paged file is closed with it (its descriptor means nothing in another process).
  startupSnapshot.addSerializeCallback(forgetDictionary);
}

/**
 * A process started from a snapshot that holds a module loaded by require stops at once
 * (Node's internal assertion in setupUserModules): whatever the warm-up reached must be in
 * the bundle. Stops the build instead, naming the modules.
 */
function refuseRequiredModules(): void {
  const self = fileURLToPath(import.meta.url);
  const required = Object.keys(createRequire(import.meta.url).cache).filter((file) => file !== self);
  if (required.length > 0) throw new Error(`core snapshot: modules loaded by require cannot be in a snapshot: ${required.join(', ')}`);
}
