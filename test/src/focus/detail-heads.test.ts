import { describe, expect, it } from 'vitest';
import { detailByHead } from '../../../src/focus/detail-heads.js';

describe('detailByHead', () => {
  it.each([
    ['development bank capital ??', 'amount'],
    ['investment fund size?', 'amount'],
    ['development fund amount - anything in there?', 'amount'],
    ['SCO budget', 'amount'],
    ['电商交易额', 'amount'],
    ['开发银行规模呢？', 'amount'],
    ['medical forum attendance in the astana text', 'count'],
    ['论坛参会人数', 'count'],
    ['kunming marathon 2024 date', 'date'],
    ['investors alliance charter entry into force', 'date'],
    ['协定生效日期', 'date'],
    ['winner of issyk-kul marathon', 'person'],
    ['马拉松冠军', 'person'],
  ])('%s asks for %s', (question, kind) => {
    expect(detailByHead(question)).toBe(kind);
  });

  it.each([
    'SCO Development Bank',
    'tourism and cultural capital',
    'capital of Kazakhstan?',
    '扩大贸易规模',
    '扩大本币结算规模',
    'is the list up to date',
    'size of the problem',
    'the budget process and transparency',
  ])('%s asks for no detail by its closing noun', (question) => {
    expect(detailByHead(question)).toBeUndefined();
  });
});
