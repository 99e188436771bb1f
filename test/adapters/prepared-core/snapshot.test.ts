// `npm start` and `npm run ask` start from a V8 startup snapshot of a prepared core
// (adapters/prepared-core/, scripts/core-snapshot.ts). These tests build it as `npm run build`
// does and check that a process started from it answers exactly as one that builds its core.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { PREPARED_CORE } from '../../../adapters/prepared-core/prepared-core.js';
import { SNAPSHOT_NODE_FLAGS } from '../../../scripts/core-snapshot.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const BUILD_MS = 180_000;

/** Every 20th question of the shipped evaluation sets, in both languages, and inputs that are not questions. */
function sampleQuestions(): string[] {
  const questions = readdirSync(`${root}eval`)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) => readFileSync(`${root}eval/${f}`, 'utf8').split('\n').filter(Boolean))
    .map((line) => (JSON.parse(line) as { question: string }).question.replace(/\s+/gu, ' '));
  return [...questions.filter((_, k) => k % 20 === 0), '§42', '第一百零一段', 'help', '   ', 'topics', 'What about Ukraine?'];
}

function askAll(nodeFlags: string[], questions: string[]): string[] {
  const out = execFileSync(process.execPath, [...nodeFlags, 'dist/ask.js', '--json'], {
    cwd: root,
    input: `${questions.join('\n')}\n`,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  return out.trimEnd().split('\n');
}

/** The Node flags an npm script runs dist/ with. */
function scriptFlags(script: string): string[] {
  const scripts = (JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { scripts: Record<string, string> }).scripts;
  const command = /&& node (.*) dist\/\w+\.js$/u.exec(scripts[script] ?? '')?.[1];
  return command === undefined ? [] : command.split(' ');
}

describe('the startup snapshot of the core', () => {
  beforeAll(() => {
    execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'pipe' });
  }, BUILD_MS);

  it('is what npm start and npm run ask start from, with the V8 flags it was built with', () => {
    for (const script of ['start', 'ask']) expect(scriptFlags(script)).toEqual(['--snapshot-blob', 'dist/core.blob', ...SNAPSHOT_NODE_FLAGS]);
  });

  it('holds the prepared core', () => {
    const holds = execFileSync(process.execPath, [...scriptFlags('ask'), '-e', `process.stdout.write(String('${PREPARED_CORE}' in globalThis))`], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(holds).toBe('true');
  });

  it(
    'answers every question exactly as a core built at start does',
    () => {
      const questions = sampleQuestions();
      const fromSnapshot = askAll(scriptFlags('ask'), questions);
      const built = askAll(['--max-semi-space-size=64'], questions);
      expect(fromSnapshot).toHaveLength(questions.length);
      expect(fromSnapshot.filter((line) => line.includes('"kind":"error"') && line.includes('internal'))).toEqual([]);
      expect(fromSnapshot).toEqual(built);
    },
    BUILD_MS,
  );
});
