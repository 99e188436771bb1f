// Preloaded into a child process (node --import): on exit, prints which chat
// platform libraries the process loaded. Both are CommonJS, so whatever
// imported them, they are in the CommonJS module cache.
import { createRequire } from 'node:module';

const cache = createRequire(import.meta.url).cache;
process.on('exit', () => {
  const loaded = new Set(Object.keys(cache).flatMap((file) => /node_modules\/(@slack\/bolt|discord\.js)\//.exec(file)?.[1] ?? []));
  process.stderr.write(`\nplatform libraries loaded: ${JSON.stringify([...loaded].sort())}\n`);
});
