// Reading a platform's payload through a schema: what fails it is undefined,
// an optional detail that fails its own is left out, a forbidden field rejects.

import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { absent, lenient, reader } from '../../../adapters/chat/payload-readers.js';

const readMessage = reader(v.object({ user: v.string(), bot_id: absent, thread: lenient(v.pipe(v.string(), v.regex(/^\d+$/))) }));

describe('payload readers', () => {
  it('reads what passes the schema', () => expect(readMessage({ user: 'U1', thread: '42' })).toEqual({ user: 'U1', thread: '42' }));
  it('reads what fails it as undefined, never throwing', () => {
    expect(readMessage({ user: 7 })).toBeUndefined();
    expect(readMessage(null)).toBeUndefined();
    expect(readMessage('text')).toBeUndefined();
  });
  it('leaves out an optional detail that fails its own schema', () =>
    expect(readMessage({ user: 'U1', thread: 'x' })).toEqual({ user: 'U1', thread: undefined }));
  it('rejects a payload carrying a field that must be absent', () => expect(readMessage({ user: 'U1', bot_id: 'B1' })).toBeUndefined());
});
