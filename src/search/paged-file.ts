import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

// Part of a file held in one buffer whose pages are read from the file when first asked
// for, as a memory-mapped file would be. The buffer is allocated zeroed, and a page of it
// never written takes no memory: a table of 9 MB that one question reads a few dozen
// records of costs those records' pages, not the whole file (src/search/word-tables.ts).

const PAGE_BITS = 12;
const PAGE = 1 << PAGE_BITS;

/** Every PagedFile whose file is open, so that `releasePagedFiles` can close them all. */
const open = new Set<PagedFile>();

/**
 * Closes the file of every PagedFile; each opens its file again, by name, when it next
 * reads. A descriptor is only a number to the process that opened it: a process started
 * from a startup snapshot of this one (adapters/prepared-core/) must not read with it.
 */
export function releasePagedFiles(): void {
  for (const file of open) file.release();
}

export class PagedFile {
  readonly buffer: ArrayBuffer;
  private readonly bytes: Uint8Array;
  /** Per page: 1 once read. */
  private readonly present: Uint8Array;
  /** The file's size when first opened: the same file, opened again, must have it. */
  private readonly size: number;
  /** Kept open while in use (a cache file replaced meanwhile is renamed over, so this one stays whole). */
  private fd: number | undefined;

  constructor(
    fd: number,
    /** Where in the file the buffer's first byte is. */
    private readonly start: number,
    length: number,
    private readonly file: string,
  ) {
    this.buffer = new ArrayBuffer(length);
    this.bytes = new Uint8Array(this.buffer);
    this.present = new Uint8Array(Math.ceil(length / PAGE));
    this.fd = fd;
    this.size = fstatSync(fd).size;
    open.add(this);
  }

  /** Makes bytes [from, to) of the buffer hold the file's: each run of pages not yet read, in one read. */
  ensure(from: number, to: number): void {
    const last = (Math.min(to, this.bytes.length) - 1) >>> PAGE_BITS;
    for (let page = from >>> PAGE_BITS; page <= last; page++) {
      if (this.present[page] !== 0) continue;
      let end = page;
      while (end < last && this.present[end + 1] === 0) end++;
      this.read(page, end);
      page = end;
    }
  }

  /** Closes the file until the next read (see `releasePagedFiles`). */
  release(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    open.delete(this);
  }

  /** Reads pages first..last. */
  private read(first: number, last: number): void {
    const fd = this.opened();
    const at = first << PAGE_BITS;
    const length = Math.min((last + 1) << PAGE_BITS, this.bytes.length) - at;
    for (let done = 0; done < length; ) {
      const n = readSync(fd, this.bytes, at + done, length - done, this.start + at + done);
      if (n === 0) throw new Error(`${this.file}: cut short while in use (delete it and start again)`);
      done += n;
    }
    this.present.fill(1, first, last + 1);
  }

  /** The open file: opened again when it was released, and refused when it is no longer the file first read. */
  private opened(): number {
    if (this.fd !== undefined) return this.fd;
    const fd = openSync(this.file, 'r');
    if (fstatSync(fd).size !== this.size) {
      closeSync(fd);
      throw new Error(`${this.file}: changed since it was first read (start again)`);
    }
    this.fd = fd;
    open.add(this);
    return fd;
  }
}
