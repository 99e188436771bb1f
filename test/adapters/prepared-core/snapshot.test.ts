// `npm start` and `npm run ask` start from a V8 startup snapshot of a prepared core
// (adapters/prepared-core/, scripts/core-snapshot.ts). These tests build it as `npm run build`
// does and check that a process started from it answers exactly as one that builds its core.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { PREPARED_CORE } from '../../../adapters/prepared-core/prepared-core.js';
import { CHAT_NODE_FLAGS, CONSOLE_NODE_FLAGS } from '../../../adapters/prepared-core/node-flags.js';

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

  it('is what npm run ask starts from, with the V8 flags it was built with', () => {
    expect(scriptFlags('ask')).toEqual([...CONSOLE_NODE_FLAGS]);
  });

  it('is what npm start runs the console from, and a chat bot not (its flags printed by dist/start-flags.js)', () => {
    const scripts = (JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.start).toBe('npm run build && node $(node dist/start-flags.js) dist/main.js');
    // Run from a folder with no .env, so that only the environment given here counts.
    const flagsWith = (env: Record<string, string>): string =>
      execFileSync(process.execPath, [`${root}dist/start-flags.js`], { cwd: tmpdir(), env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8' }).trim();
    expect(flagsWith({})).toBe(CONSOLE_NODE_FLAGS.join(' '));
    expect(flagsWith({ DISCORD_TOKEN: 'x.y.z' })).toBe(CHAT_NODE_FLAGS.join(' '));
    expect(flagsWith({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' })).toBe(CHAT_NODE_FLAGS.join(' '));
    // A configuration main.ts refuses starts as the console would, and main.ts names what to fix.
    expect(flagsWith({ DISCORD_TOKEN: 'x.y.z', SLACK_PORT: 'not a port' })).toBe(CONSOLE_NODE_FLAGS.join(' '));
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
      const built = askAll([...CHAT_NODE_FLAGS], questions);
      expect(fromSnapshot).toHaveLength(questions.length);
      expect(fromSnapshot.filter((line) => line.includes('"kind":"error"') && line.includes('internal'))).toEqual([]);
      expect(fromSnapshot).toEqual(built);
    },
    BUILD_MS,
  );
});
