import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What a core built from `indexDir` depends on besides the code: the folder and, for each of
 * its files, name, size and time of change. A core kept in a startup snapshot is used only
 * while this is what it was when the snapshot was taken; otherwise the data changed since and
 * a core is built anew.
 */
export function indexFingerprint(indexDir: string): string {
  const files = readdirSync(indexDir)
    .sort()
    .map((name) => {
      const stat = statSync(join(indexDir, name));
      return `${name}:${stat.size}:${stat.mtimeMs}`;
    });
  return [indexDir, ...files].join('\n');
}
