import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONSOLE_GREETING, createConsoleAdapter } from '../../../adapters/console/chat.js';
import { createCore } from '../../../src/create-core.js';
import type { Core } from '../../../src/core.js';

let core: Core;
beforeAll(() => {
  core = createCore();
});

/** Types lines into a console chat and returns everything it printed once it has closed. */
async function chat(lines: string[]): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk: Buffer) => {
    printed += chunk.toString('utf8');
  });
  const adapter = createConsoleAdapter({ core, input, output });
  await adapter.start();
  input.end(`${lines.join('\n')}\n`);
  await adapter.closed;
  return printed;
}

describe('console chat', () => {
  it('greets', async () => {
    expect(await chat([])).toContain(CONSOLE_GREETING);
  });

  it('answers a paragraph request with the verbatim paragraph', async () => {
    expect(await chat(['§120'])).toContain('下一任上合组织轮值主席国将由中华人民共和国担任。');
  });

  it('pages on with "more"', async () => {
    const out = await chat(['恐怖主义', 'more']);
    expect(out).toMatch(/^（第 4–\d+ 条，共 \d+ 条）$/mu);
  });

  it("pages a long paragraph range on with 'more'", async () => {
    const out = await chat(['§1-10', 'more']);
    expect(out).toMatch(/^§6 · [^\n]+\n[\s\S]*^§10 · /mu);
    expect(out).not.toMatch(/^§11 /mu);
  });

  it("says so when 'more' has nothing to page, in the conversation's language", async () => {
    expect(await chat(['more'])).toContain('(No more results.)');
    expect(await chat(['第44段', '更多'])).toContain('（没有更多结果了。）');
  });

  it("reads '§44' in the conversation's language", async () => {
    expect(await chat(['§44'])).toContain('Unofficial English rendering');
    expect(await chat(['禁毒合作', '§44'])).not.toContain('Unofficial English rendering');
  });

  it('gives a mostly Chinese mixed question no English label or rendering', async () => {
    const out = await chat(['上合组织对AI的态度']);
    expect(out).toMatch(/^§\d+/mu);
    expect(out.replace(CONSOLE_GREETING, '')).not.toMatch(/Unofficial|English|more results|Showing/u);
  });

  it('stops reading after quit', async () => {
    expect(await chat(['quit', '§1'])).not.toContain('发表宣言如下');
  });

  it('answers an empty line politely and keeps going', async () => {
    const out = await chat(['', '§1']);
    expect(out).toContain('Please ask a question');
    expect(out).toContain('发表宣言如下');
  });
});
