// Guards for what arrives from the network, on any platform: a payload is
// read only through a guard that has checked the fields it reads.

export type Fields = Record<string, unknown>;

/** An object whose fields may be read (not null, not an array). */
export function isFields(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** A text option or message text: a string, control characters removed, trimmed; `what` names it in the error. */
export function userText(value: unknown, what: string): string {
  if (typeof value !== 'string') throw new TypeError(`untrusted input: ${what} is not text (${typeof value})`);
  return value.replace(CONTROL, '').trim();
}
