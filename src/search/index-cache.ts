// What start-up would otherwise work out from large source files, kept in a file:
// the compact word table built from jieba's dictionary and IDF table (about 9 MB,
// src/search/word-tables.ts) and the characters that mark text as traditional
// (src/text/normalize.ts). The file sits in node_modules/.cache/astana-bot (where
// build tools keep theirs) and is named after the sources' stamps, so a new release
// builds a new one. A cache that cannot be read or written is only a slower start.

import { createHash } from 'node:crypto';
import { closeSync, fstatSync, mkdirSync, openSync, readFileSync, readSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { PagedFile } from './paged-file.js';

/** What is kept: the slots, an owner's byte array, and an owner's small facts as JSON. */
export interface IndexParts {
  slots: Int32Array;
  extra: Uint8Array;
  meta: string;
}

const MAGIC = 0x31544c41; // 'ALT1'
const HEADER_BYTES = 16;

/** node_modules/.cache/astana-bot, found from a file inside a package (node_modules/<scope>/<name>/file). */
export function defaultCacheDir(sourceFile: string): string | undefined {
  let dir = dirname(sourceFile);
  while (basename(dir) !== 'node_modules') {
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
  return join(dir, '.cache', 'astana-bot');
}

const SAMPLE = 65_536;

export function encodeParts(parts: IndexParts): Buffer {
  const meta = Buffer.from(parts.meta, 'utf8');
  const metaPadded = Math.ceil(meta.length / 4) * 4;
  const out = Buffer.alloc(HEADER_BYTES + metaPadded + parts.slots.byteLength + parts.extra.byteLength);
  out.writeUInt32LE(MAGIC, 0);
  out.writeUInt32LE(meta.length, 4);
  out.writeUInt32LE(parts.slots.length, 8);
  out.writeUInt32LE(parts.extra.length, 12);
  meta.copy(out, HEADER_BYTES);
  Buffer.from(parts.slots.buffer, parts.slots.byteOffset, parts.slots.byteLength).copy(out, HEADER_BYTES + metaPadded);
  Buffer.from(parts.extra.buffer, parts.extra.byteOffset, parts.extra.byteLength).copy(out, HEADER_BYTES + metaPadded + parts.slots.byteLength);
  return out;
}

/** Where a file's parts lie, read from its header; undefined when it is not one of ours or its size does not fit. */
function layoutOf(header: Buffer, size: number): { metaLength: number; slotCount: number; extraLength: number; slotsAt: number } | undefined {
  if (header.length < HEADER_BYTES || header.readUInt32LE(0) !== MAGIC) return undefined;
  const metaLength = header.readUInt32LE(4);
  const slotCount = header.readUInt32LE(8);
  const extraLength = header.readUInt32LE(12);
  const slotsAt = HEADER_BYTES + Math.ceil(metaLength / 4) * 4;
  return size === slotsAt + slotCount * 4 + extraLength ? { metaLength, slotCount, extraLength, slotsAt } : undefined;
}

/** The parts a file holds, or undefined when it is not one of ours or is cut short. */
export function decodeParts(bytes: Buffer): IndexParts | undefined {
  const layout = layoutOf(bytes, bytes.length);
  if (layout === undefined) return undefined;
  const { metaLength, slotCount, extraLength, slotsAt } = layout;
  // A view of the file's own buffer where it is aligned (a file read whole starts a buffer of
  // its own): no second copy of 2 MB at start. Otherwise copied into an array of its own.
  const at = bytes.byteOffset + slotsAt;
  const slots =
    at % 4 === 0 ? new Int32Array(bytes.buffer, at, slotCount) : new Int32Array(new Uint8Array(bytes.subarray(slotsAt, slotsAt + slotCount * 4)).buffer);
  const extra = new Uint8Array(bytes.buffer, at + slotCount * 4, extraLength);
  return { slots, extra, meta: bytes.toString('utf8', HEADER_BYTES, HEADER_BYTES + metaLength) };
}

function readCache(file: string): IndexParts | undefined {
  try {
    return decodeParts(readFileSync(file));
  } catch {
    return undefined;
  }
}

function writeCache(file: string, parts: IndexParts): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    // Written aside, then renamed: another process starting at once reads a whole file or none.
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, encodeParts(parts));
    renameSync(partial, file);
  } catch {
    // A read-only install: the next start builds the index again.
  }
}

/**
 * A source's size, modification time and first and last 64 KB, read without reading the whole
 * file: npm gives every installed file the same time, so the time alone would not tell two
 * releases apart, and hashing all of it would cost a good part of what the cache saves.
 */
function stampOf(sourceFile: string): string {
  const fd = openSync(sourceFile, 'r');
  try {
    const { size, mtimeMs } = fstatSync(fd);
    const head = Buffer.alloc(Math.min(SAMPLE, size));
    const tail = Buffer.alloc(Math.min(SAMPLE, size));
    readSync(fd, head, 0, head.length, 0);
    readSync(fd, tail, 0, tail.length, size - tail.length);
    return createHash('sha1')
      .update(`${size}:${Math.floor(mtimeMs)}:`)
      .update(head)
      .update(tail)
      .digest('hex');
  } finally {
    closeSync(fd);
  }
}

/** The cache file of `name` built from `sourceFiles`, named after the sources' stamps. */
function cacheFile(name: string, sourceFiles: readonly string[], cacheDir: string): string {
  const stamp = createHash('sha1').update(sourceFiles.map(stampOf).join(':')).digest('hex').slice(0, 16);
  return join(cacheDir, `${name}-${stamp}.index`);
}

/**
 * Parts built from several source files (read by `build` only when the cache lacks them),
 * kept under `name` and the sources' stamps: a start with the cache reads none of the sources.
 * Cached parts the owner does not `accept` (a file damaged inside) are built again and replaced.
 */
export function cachedFromSources(
  name: string,
  sourceFiles: readonly string[],
  build: () => IndexParts,
  cacheDir = defaultCacheDir(sourceFiles[0] ?? ''),
  accept: (parts: IndexParts) => boolean = () => true,
): IndexParts {
  if (cacheDir === undefined) return build();
  const file = cacheFile(name, sourceFiles, cacheDir);
  const cached = readCache(file);
  if (cached !== undefined && accept(cached)) return cached;
  const built = build();
  writeCache(file, built);
  return built;
}

/** Parts whose slots and extra bytes are read from the cache file a page at a time, as they are used. */
export interface PagedParts extends IndexParts {
  /** Holds the slots from its byte 0 and the extra bytes after them; undefined when the parts were built. */
  pages: PagedFile | undefined;
}

/**
 * As cachedFromSources, but a cache file is not read whole: its slots and extra bytes are views of
 * a PagedFile, and each page must be `ensure`d before it is read. Built parts are whole.
 */
export function pagedFromSources(
  name: string,
  sourceFiles: readonly string[],
  build: () => IndexParts,
  cacheDir = defaultCacheDir(sourceFiles[0] ?? ''),
): PagedParts {
  if (cacheDir === undefined) return { ...build(), pages: undefined };
  const file = cacheFile(name, sourceFiles, cacheDir);
  const cached = openPaged(file);
  if (cached !== undefined) return cached;
  const built = build();
  writeCache(file, built);
  return { ...built, pages: undefined };
}

/** A cache file's header and size checked, and its parts as views of a PagedFile; undefined when it is not one of ours. */
function openPaged(file: string): PagedParts | undefined {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return undefined;
  }
  try {
    const header = Buffer.alloc(HEADER_BYTES);
    const read = readSync(fd, header, 0, HEADER_BYTES, 0);
    const layout = layoutOf(header.subarray(0, read), fstatSync(fd).size);
    if (layout === undefined) throw new Error('not ours, or cut short');
    const { metaLength, slotCount, extraLength, slotsAt } = layout;
    const meta = Buffer.alloc(metaLength);
    if (readSync(fd, meta, 0, metaLength, HEADER_BYTES) !== metaLength) throw new Error('cut short');
    const pages = new PagedFile(fd, slotsAt, slotCount * 4 + extraLength, file);
    const slots = new Int32Array(pages.buffer, 0, slotCount);
    const extra = new Uint8Array(pages.buffer, slotCount * 4, extraLength);
    return { slots, extra, meta: meta.toString('utf8'), pages };
  } catch {
    closeSync(fd);
    return undefined;
  }
}
