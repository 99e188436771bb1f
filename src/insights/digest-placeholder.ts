// A stand-in for the insights digest's report and chart until that module is
// merged: the period's questions counted (asked, answered, not covered) and a
// blank chart. Wired only in adapters/main.ts (openDigests), where the real
// MakeDigest replaces it; no test depends on what it says.

import { deflateSync } from 'node:zlib';
import type { Card } from '../present/card.js';
import type { InsightRecords } from '../store/store.js';
import type { MakeDigest } from './digest-port.js';

const WIDTH = 240;
const HEIGHT = 120;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A blank white RGB PNG. */
function blankPng(): Uint8Array {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(WIDTH, 0);
  ihdr.writeUInt32BE(HEIGHT, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(WIDTH * 3, 0xff)]);
  const pixels = Buffer.concat(Array.from({ length: HEIGHT }, () => row));
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Uint8Array(Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(pixels)), chunk('IEND', Buffer.alloc(0))]));
}

export function placeholderDigest(records: Pick<InsightRecords, 'questions'>): MakeDigest {
  return async (query, reader) => {
    const asked = await records.questions(query);
    const notCovered = asked.filter((q) => q.outcome === 'not-covered').length;
    const answered = asked.filter((q) => q.outcome === 'answered').length;
    const zh = reader === 'zh';
    const title = zh ? '每周问答摘要' : 'Weekly insights digest';
    const line = zh
      ? `过去 7 天：共 ${asked.length} 个问题，已回答 ${answered} 个，未涵盖 ${notCovered} 个。`
      : `Last 7 days: ${asked.length} questions asked, ${answered} answered, ${notCovered} not covered.`;
    const card: Card = {
      answer: 'digestSubscription',
      reader,
      audience: 'everyone',
      summary: `${title}: ${line}`,
      elements: [
        { type: 'heading', text: title },
        { type: 'text', text: line },
      ],
      actions: [],
    };
    return {
      card,
      chart: { filename: 'questions-per-topic.png', png: blankPng(), alt: zh ? '各主题问题数（图表暂缺）' : 'Questions per topic (chart not yet available)' },
    };
  };
}
