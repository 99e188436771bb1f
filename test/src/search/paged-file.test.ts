import { mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PagedFile, releasePagedFiles } from '../../../src/search/paged-file.js';

const dirs: string[] = [];
afterEach(() => {
  releasePagedFiles();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A file of `pages` 4 KiB pages, page k filled with byte k + 1. */
function fileOfPages(pages: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'paged-'));
  dirs.push(dir);
  const file = join(dir, 'table.bin');
  const bytes = new Uint8Array(pages * 4096);
  for (let k = 0; k < pages; k++) bytes.fill(k + 1, k * 4096, (k + 1) * 4096);
  writeFileSync(file, bytes);
  return file;
}

describe('PagedFile', () => {
  it('reads pages only when asked for them', () => {
    const file = fileOfPages(4);
    const paged = new PagedFile(openSync(file, 'r'), 0, 4 * 4096, file);
    const bytes = new Uint8Array(paged.buffer);
    paged.ensure(4096, 4097);
    expect([bytes[0], bytes[4096], bytes[8192]]).toEqual([0, 2, 0]);
  });

  it('opens its file again by name after releasePagedFiles, for the pages not read before', () => {
    const file = fileOfPages(4);
    const paged = new PagedFile(openSync(file, 'r'), 0, 4 * 4096, file);
    paged.ensure(0, 1);
    releasePagedFiles();
    paged.ensure(3 * 4096, 3 * 4096 + 1);
    const bytes = new Uint8Array(paged.buffer);
    expect([bytes[0], bytes[3 * 4096]]).toEqual([1, 4]);
  });

  it('refuses to read a file that changed size while released, naming it', () => {
    const file = fileOfPages(4);
    const paged = new PagedFile(openSync(file, 'r'), 0, 4 * 4096, file);
    releasePagedFiles();
    writeFileSync(file, new Uint8Array(4096));
    expect(() => paged.ensure(0, 1)).toThrow(`${file}: changed since it was first read`);
  });
});
