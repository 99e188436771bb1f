// `about` / `关于`: what the bot answers from (each document's title, paragraph
// count, source file and its SHA-256) and which version of the bot answers.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Core } from '../../src/core.js';
import { say, type Reader } from '../../src/present/catalogue.js';

export const ABOUT = /^(?:about|version|关于|版本)$/iu;

/** The version in the nearest package.json above this file (adapters/console/ from source, dist/ when bundled). */
export function botVersion(from: string = fileURLToPath(import.meta.url)): string {
  for (let dir = dirname(from); dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (!existsSync(file)) continue;
    const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
    const version = typeof data === 'object' && data !== null && 'version' in data ? data.version : undefined;
    return typeof version === 'string' ? version : 'unknown';
  }
  return 'unknown';
}

export function aboutText(core: Core, reader: Reader, version: string = botVersion()): string {
  const documents = core.about().map((d) => say('console.about', reader, { title: d.title, paragraphs: d.paragraphs, file: d.file, sha256: d.sha256 }));
  return [...documents, say('console.version', reader, { version })].join('\n\n');
}
