// The same question asked again counts as one question asked several times:
// spacing, punctuation, letter case, full-width forms and traditional
// characters do not make it another. The key is an HMAC under the
// deployment's salt, so a stored key cannot be checked against guessed
// questions by anyone without the database's salt.

import { createHmac } from 'node:crypto';
import { normalize } from '../text/normalize.js';

/** The question as compared: normalised (NFKC, lower case, simplified), without spaces, punctuation or symbols. */
export function questionForm(question: string): string {
  return normalize(question).replace(/[\s\p{P}\p{S}]+/gu, '');
}

export function questionKey(question: string, salt: string): string {
  return createHmac('sha256', salt).update(questionForm(question)).digest('base64url').slice(0, 22);
}

/** Who rated, as a salted hash: never the platform's user id. */
export function raterKey(platform: string, scope: string, userId: string, salt: string): string {
  return createHmac('sha256', salt).update(`rater\u0000${platform}\u0000${scope}\u0000${userId}`).digest('base64url').slice(0, 22);
}
