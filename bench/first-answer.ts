// Run as its own process by bench.ts: performance.now() counts from process start.
import { preparedCore } from '../adapters/prepared-core/prepared-core.js';

const core = preparedCore();
const answer = core.ask(process.argv[2] ?? '上合对阿富汗问题怎么看？');
const ms = performance.now();
process.stdout.write(`${JSON.stringify({ ms, kind: answer.kind, maxRssKb: process.resourceUsage().maxRSS })}\n`);
