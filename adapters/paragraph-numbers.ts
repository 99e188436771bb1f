// Paragraph numbers as a command option or sub-command takes them ('42',
// '§12-14', '3, 7'), read into typed ranges for core.paragraphs, so no adapter
// builds '§…' text for the core to parse again. Anything else ('第12段',
// 'paragraph 42') is not numbers and goes to core.ask as typed.
import type { ParagraphRange } from '../src/core.js';

const RANGE = /^§?\s*(\d{1,4})(?:\s*[-–~]\s*(\d{1,4}))?$/u;

export function paragraphNumbers(text: string): ParagraphRange[] | undefined {
  const parts = text.trim().split(/\s*[,，、]\s*/u);
  const ranges: ParagraphRange[] = [];
  for (const part of parts) {
    const m = RANGE.exec(part);
    if (m === null) return undefined;
    const from = Number(m[1]);
    ranges.push({ from, to: m[2] === undefined ? from : Number(m[2]) });
  }
  return ranges.length === 0 ? undefined : ranges;
}

/** '§42' or '§12-14' in passing in an ordinary message, as the paragraphs to show, or undefined. */
export function referenceIn(content: unknown): ParagraphRange[] | undefined {
  if (typeof content !== 'string') return undefined;
  const m = /§\s*(\d{1,4})(?:\s*[-–~]\s*(\d{1,4}))?/.exec(content);
  if (m === null) return undefined;
  const from = Number(m[1]);
  return [{ from, to: m[2] === undefined ? from : Number(m[2]) }];
}
