import { beforeAll, describe, expect, it } from 'vitest';
import { malformedReferenceText, outOfRangeText } from '../../../src/core-messages.js';
import type { Core } from '../../../src/core.js';
import { createCore } from '../../../src/create-core.js';

let core: Core;
beforeAll(() => {
  core = createCore();
});

describe('what a paragraph number that cannot be shown gets', () => {
  it.each(['第一千零一段', '§1000000', 'paragraph 99999999'])('%s: the out-of-range message', (text) => {
    const answer = core.ask(text);
    expect(answer).toMatchObject({ kind: 'error', code: 'outOfRange' });
    expect(answer.kind === 'error' ? answer.message : '').toBe(outOfRangeText(120)[answer.language === 'zh' ? 'zh' : 'en']);
  });

  it.each(['第十十段', '第一百零零段'])('%s: the could-not-read message, not some other paragraph', (text) => {
    expect(core.ask(text)).toMatchObject({ kind: 'error', code: 'malformedReference', message: malformedReferenceText(120).zh });
  });
});
