// With more than one document in index/, every answer names the document it
// quotes, on every platform; with one, the citation stays '§44'. The second
// document is a tiny one written beside a copy of the real index/.

import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardToConsole } from '../../../adapters/console/render.js';
import { cardToDiscord } from '../../../adapters/discord/render.js';
import { QueryStore } from '../../../adapters/query-store.js';
import { MemoryShared } from '../../../src/store/memory-shared.js';
import { cardToSlack } from '../../../adapters/slack/render.js';
import type { Core } from '../../../src/core.js';
import { createCore, DEFAULT_INDEX_DIR } from '../../../src/create-core.js';
import type { Card } from '../../../src/present/card.js';
import { present } from '../../../src/present/present.js';

const TINY_TITLE = '骆驼养护小公约';
const TINY = `${TINY_TITLE}\n\n缔约方承诺为骆驼提供清洁饮水。\n\n缔约方鼓励在沙漠地区建设骆驼驿站。\n`;

let dir: string;
let two: Core;
let one: Core;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'two-documents-'));
  cpSync(DEFAULT_INDEX_DIR, dir, { recursive: true });
  writeFileSync(join(dir, 'camel-convention.zh.txt'), TINY);
  two = createCore({ indexDir: dir });
  one = createCore();
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The card's text as each platform shows it. */
function shown(card: Card): { slack: string; discord: string; console: string } {
  const queries = new QueryStore(new MemoryShared());
  return {
    slack: JSON.stringify(cardToSlack(card, { command: '/astana', queries }).blocks),
    discord: JSON.stringify(cardToDiscord(card, queries).payloads),
    console: cardToConsole(card),
  };
}

describe('naming the document', () => {
  it('names the tiny document under a quote from it, on every platform', () => {
    const answer = two.ask('骆驼驿站');
    expect(answer.kind).toBe('passages');
    const card = present(answer, { documents: two.documents.length });
    const platforms = shown(card);
    expect({
      slack: platforms.slack.includes(`《${TINY_TITLE}》§2`),
      discord: platforms.discord.includes(`《${TINY_TITLE}》§2`),
      console: platforms.console.includes(`《${TINY_TITLE}》§2`),
    }).toEqual({ slack: true, discord: true, console: true });
  });

  it('names the declaration under a quote from it when it is one of two', () => {
    const answer = two.ask('§44');
    const card = present(answer, { documents: two.documents.length });
    const declaration = two.documents.find((d) => d.id === 'astana-declaration-2024')?.title ?? '';
    expect(declaration).not.toBe('');
    expect(cardToConsole(card)).toContain(`《${declaration}》§44`);
  });

  it('leaves the title out when index/ holds one document', () => {
    const card = present(one.ask('§44'), { documents: one.documents.length });
    expect(one.documents).toHaveLength(1);
    expect(cardToConsole(card)).toContain('§44');
    expect(cardToConsole(card)).not.toContain('《');
  });
});
