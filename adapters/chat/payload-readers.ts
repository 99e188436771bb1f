// Reading what a platform sends through a schema (valibot): the payload
// arrives from the network, so a handler reads only what the schema checked.
// A payload that fails its schema is read as undefined; an optional detail
// that fails its own is left out instead, so it never rejects the payload.

import * as v from 'valibot';

/** A field that must not be there (a bot's id, a message's subtype). */
export const absent = v.optional(v.never());

/** Read when it is valid, left out when it is not: an optional detail never rejects the payload. */
export const lenient = <T extends v.GenericSchema>(schema: T) => v.fallback(v.optional(schema), undefined);

/** A reader that gives the schema's output, or undefined when the value fails it. */
export const reader =
  <S extends v.GenericSchema>(schema: S) =>
  (value: unknown): v.InferOutput<S> | undefined => {
    const result = v.safeParse(schema, value);
    return result.success ? result.output : undefined;
  };
