// What must never reach a log, by field name. Values are not enough: Slack's
// per-request verification `token` and `response_url` are new in every request,
// so no list of known secrets can hold them, and a response URL lets whoever
// holds it post as the app. pino blanks these fields in structured log objects;
// `redactFields` blanks them inside text (Bolt logs whole envelopes as strings).

export const REDACTED = '[redacted]';

/** Field names whose values are secret, wherever they appear. */
export const SECRET_FIELDS = [
  'token',
  'botToken',
  'appToken',
  'bot_token',
  'app_token',
  'access_token',
  'signingSecret',
  'signing_secret',
  'client_secret',
  'response_url',
  'authorization',
  'Authorization',
] as const;

/** pino redact paths: each field at the top level and up to three levels down. */
export const REDACT_PATHS: string[] = SECRET_FIELDS.flatMap((field) => [field, `*.${field}`, `*.*.${field}`, `*.*.*.${field}`]).concat([
  // pino paths cannot match a header name case-insensitively, nor an array of response URLs.
  'headers["x-slack-signature"]',
  '*.headers["x-slack-signature"]',
  '*.response_urls',
]);

const NAMES = SECRET_FIELDS.join('|');
// "token":"…" in JSON text, at any depth of escaping (\"token\":\"…\" inside a logged string).
const JSON_FIELD = new RegExp(String.raw`((\\*)"(?:${NAMES})\2"\s*:\s*\2")((?:(?!\2").)*)(\2")`, 'g');
// token=…& in a form-encoded body or a query string.
const FORM_FIELD = new RegExp(String.raw`(\b(?:${NAMES})=)[^&\s"\\]*`, 'g');
// Bearer credentials in a logged header.
const BEARER = /\b(Bearer|Bot)\s+[A-Za-z0-9._~+/=-]{8,}/g;

/** Blanks the values of secret fields in text that holds JSON, form data or headers. */
export function redactFields(text: string): string {
  return text
    .replace(JSON_FIELD, (_m, open: string, _q: string, _value: string, close: string) => `${open}${REDACTED}${close}`)
    .replace(FORM_FIELD, `$1${REDACTED}`)
    .replace(BEARER, `$1 ${REDACTED}`);
}

/** JSON.stringify that blanks secret fields by name at any depth. */
export function stringifyRedacted(value: unknown): string | undefined {
  const secret = new Set<string>(SECRET_FIELDS);
  return JSON.stringify(value, (key, v: unknown) => (secret.has(key) && v !== undefined && v !== null ? REDACTED : v));
}

/**
 * One argument of a library's log call as text, for libraries that log
 * strings and objects rather than structured fields (Bolt): a string as it
 * is, an error as its name and message, anything else as JSON with its
 * secret fields blanked (or as String() when it cannot be stringified).
 */
export function loggedText(part: unknown): string {
  if (typeof part === 'string') return part;
  if (part instanceof Error) return `${part.name}: ${part.message}`;
  try {
    return stringifyRedacted(part) ?? String(part);
  } catch {
    return String(part);
  }
}

/** Blanks every known secret of at least `minLength` characters (shorter ones would blank ordinary words). */
export function blankSecrets(text: string, secrets: readonly (string | undefined)[], minLength: number): string {
  let out = text;
  for (const secret of secrets) if (secret !== undefined && secret.length >= minLength) out = out.split(secret).join(REDACTED);
  return out;
}
