// Run as its own process by bench.ts: performance.now() counts from process start.
import { createCore } from '../src/create-core.js';

const core = createCore();
const answer = core.ask(process.argv[2] ?? '上合对阿富汗问题怎么看？');
const ms = performance.now();
process.stdout.write(`${JSON.stringify({ ms, kind: answer.kind, maxRssKb: process.resourceUsage().maxRSS })}\n`);
