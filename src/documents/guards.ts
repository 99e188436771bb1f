import { readFileSync } from 'node:fs';

// Guards for the JSON data files in index/: a malformed file stops start-up
// with a message naming the file and the bad value.

export class DataError extends Error {
  constructor(file: string, problem: string) {
    super(`documents: ${file}: ${problem}`);
    this.name = 'DataError';
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

export function stringArray(file: string, value: unknown, what: string): string[] {
  if (!isStringArray(value)) throw new DataError(file, `${what} must be a list of strings, got ${JSON.stringify(value)?.slice(0, 80)}`);
  return value;
}

export function text(file: string, value: unknown, what: string): string {
  if (typeof value !== 'string' || value.trim() === '')
    throw new DataError(file, `${what} must be a non-empty string, got ${JSON.stringify(value)?.slice(0, 80)}`);
  return value;
}

export function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch (error) {
    throw new DataError(path, `not valid JSON (${(error as Error).message})`);
  }
}
