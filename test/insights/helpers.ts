// What the digest tests share: a tiny real PNG built here with node:zlib, a
// check that bytes are a well-formed PNG, a fake MakeDigest (the real report
// and chart are another module's) that records what it was asked, and a
// recording poster of digests.
import { deflateSync, inflateSync } from 'node:zlib';
import type { Clock } from '../../src/highlights/clock.js';
import { ChannelGoneError, type Platform } from '../../src/highlights/ports.js';
import type { DigestContent, MakeDigest } from '../../src/insights/digest-port.js';
import type { DigestPoster } from '../../src/insights/create-digests.js';
import type { Reader } from '../../src/present/catalogue.js';
import type { AskedRow, InsightQuery } from '../../src/store/store.js';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

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

/** A 1×1 RGB PNG of one colour: a real image any decoder opens. */
export function tinyPng(rgb: readonly [number, number, number] = [0x1f, 0x6f, 0xeb]): Uint8Array {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(1, 0);
  ihdr.writeUInt32BE(1, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // truecolour
  const scanline = Buffer.from([0, ...rgb]); // filter type 0, then the pixel
  return new Uint8Array(Buffer.concat([SIGNATURE, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(scanline)), chunk('IEND', Buffer.alloc(0))]));
}

/** The PNG's width and height when `bytes` are a well-formed PNG (signature, chunks with good CRCs, IHDR first, IDAT that inflates, IEND last); otherwise why not. */
export function readPng(bytes: Uint8Array): { width: number; height: number } | string {
  const b = Buffer.from(bytes);
  if (!b.subarray(0, 8).equals(SIGNATURE)) return 'no PNG signature';
  const types: string[] = [];
  const idat: Buffer[] = [];
  let size: { width: number; height: number } | undefined;
  for (let at = 8; at < b.length; ) {
    if (at + 12 > b.length) return 'truncated chunk';
    const length = b.readUInt32BE(at);
    const type = b.toString('latin1', at + 4, at + 8);
    const data = b.subarray(at + 8, at + 8 + length);
    if (crc32(b.subarray(at + 4, at + 8 + length)) !== b.readUInt32BE(at + 8 + length)) return `bad CRC in ${type}`;
    if (type === 'IHDR') size = { width: data.readUInt32BE(0), height: data.readUInt32BE(4) };
    if (type === 'IDAT') idat.push(data);
    types.push(type);
    at += 12 + length;
  }
  if (types[0] !== 'IHDR' || types.at(-1) !== 'IEND' || idat.length === 0 || size === undefined) return `chunks ${types.join(',')}`;
  try {
    inflateSync(Buffer.concat(idat));
  } catch {
    return 'IDAT does not inflate';
  }
  return size;
}

export interface DigestCall {
  query: InsightQuery;
  reader: Reader;
  timeZone: string;
}

/** A MakeDigest that says how many questions it was given the period of, with a tiny chart. */
export function fakeMakeDigest(count: (query: InsightQuery) => Promise<number> = async () => 0): {
  makeDigest: MakeDigest;
  calls: DigestCall[];
  png: Uint8Array;
} {
  const calls: DigestCall[] = [];
  const png = tinyPng();
  const makeDigest: MakeDigest = async (query, reader, timeZone) => {
    calls.push({ query, reader, timeZone });
    const n = await count(query);
    const title = reader === 'zh' ? '每周问答摘要' : 'Weekly insights';
    return {
      card: {
        answer: 'subscription',
        reader,
        audience: 'everyone',
        summary: `${title}: ${n}`,
        elements: [
          { type: 'heading', text: title },
          { type: 'text', text: reader === 'zh' ? `共 ${n} 个问题` : `${n} questions asked` },
        ],
        actions: [],
      },
      chart: { filename: 'questions-per-topic.png', png, alt: reader === 'zh' ? '各主题问题数' : 'Questions per topic' },
    };
  };
  return { makeDigest, calls, png };
}

export interface DeliveredDigest {
  channelId: string;
  key: string;
  content: DigestContent;
  at: Date;
}

/** A digest poster over an in-memory set of channels. */
export class RecordingDigestPoster implements DigestPoster {
  readonly delivered: DeliveredDigest[] = [];
  readonly gone = new Set<string>();
  /** Called after a digest is in the channel, before post() returns. */
  afterDelivery: ((d: DeliveredDigest) => Promise<void>) | undefined;
  findPostedCalls = 0;

  constructor(
    readonly platform: Platform,
    private readonly clock: Clock,
  ) {}

  async post(channelId: string, content: DigestContent, key: string): Promise<void> {
    if (this.gone.has(channelId)) throw new ChannelGoneError(channelId, 'channel_not_found');
    const d = { channelId, key, content, at: this.clock.now() };
    this.delivered.push(d);
    await this.afterDelivery?.(d);
  }

  async findPosted(channelId: string, key: string): Promise<boolean> {
    this.findPostedCalls++;
    return this.delivered.some((d) => d.channelId === channelId && d.key === key);
  }
}

let asked = 0;
/** A question row as the insights record it. */
export function askedRow(over: Partial<AskedRow> & Pick<AskedRow, 'platform' | 'scope' | 'channelId' | 'at'>): AskedRow {
  asked += 1;
  return {
    id: `q${asked}`,
    language: 'en',
    questionKey: `k${asked}`,
    text: undefined,
    outcome: 'answered',
    topics: [],
    paragraphs: [],
    absent: [],
    missing: undefined,
    ...over,
  };
}
