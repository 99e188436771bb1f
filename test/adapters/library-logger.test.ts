// A platform library's logger bridged into pino: every line scrubbed, and the
// library told pino's level.

import { describe, expect, it } from 'vitest';
import { libraryLogger } from '../../adapters/library-logger.js';
import { createLogger } from '../../adapters/logger.js';

function bridged(level: string) {
  const lines: { level: number; msg: string }[] = [];
  const logger = createLogger(level, { write: (line: string) => void lines.push(JSON.parse(line) as { level: number; msg: string }) });
  return { lines, bridge: libraryLogger(logger, (text) => text.replaceAll('xoxb-1', '[redacted]')) };
}

describe('a library logger bridged into pino', () => {
  it('writes its parts as one scrubbed line at the level it logs at', () => {
    const { lines, bridge } = bridged('debug');
    bridge.debug('token', 'xoxb-1', { n: 1 });
    bridge.warn(new Error('refused xoxb-1'));
    expect(lines.map((l) => [l.level, l.msg])).toEqual([
      [20, 'token [redacted] {"n":1}'],
      [40, 'Error: refused [redacted]'],
    ]);
  });

  it('drops what pino would not write', () => {
    const { lines, bridge } = bridged('warn');
    bridge.debug('quiet');
    bridge.info('quiet');
    bridge.error('loud');
    expect(lines.map((l) => l.msg)).toEqual(['loud']);
  });

  it('tells the library the most detailed level pino writes', () => {
    expect(['trace', 'debug', 'info', 'warn', 'error', 'fatal'].map((level) => bridged(level).bridge.level())).toEqual([
      'debug',
      'debug',
      'info',
      'warn',
      'error',
      'error',
    ]);
  });
});
