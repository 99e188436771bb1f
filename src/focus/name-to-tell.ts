import type { GazetteerEntry } from '../documents/types.js';
import type { Language } from '../model.js';

/**
 * How to name an entity back to the asker: as the question wrote it, in the
 * question's language; an adjective or demonym (Ukrainian, Syrian) as the name it
 * comes from; a name written in the other script as the gazetteer's own.
 */
export function nameToTell(entry: GazetteerEntry, surface: string, language: Language): string {
  const han = /\p{Script=Han}/u.test(surface);
  const canonical = (language === 'zh' ? entry.zh[0] : entry.en[0]) ?? surface;
  if (han !== (language === 'zh')) return canonical;
  if (han) return surface;
  const sameStem = canonical.slice(0, 4).toLowerCase() === surface.slice(0, 4).toLowerCase();
  return sameStem && canonical.length < surface.length && !surface.includes(' ') ? canonical : surface;
}
