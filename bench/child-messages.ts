import type { fork } from 'node:child_process';

/** Reads a forked load process's messages in order; fails if it exits or goes quiet for 2 minutes. */
export function childMessages<M>(child: ReturnType<typeof fork>, name: string): () => Promise<M> {
  const queue: M[] = [];
  const waiting: { resolve: (m: M) => void; reject: (e: Error) => void }[] = [];
  let failure: Error | undefined;
  child.on('message', (m: M) => {
    const w = waiting.shift();
    if (w === undefined) queue.push(m);
    else w.resolve(m);
  });
  child.on('exit', (code) => {
    failure = new Error(`${name}: the load process exited (${String(code)})`);
    for (const w of waiting.splice(0)) w.reject(failure);
  });
  return () => {
    const m = queue.shift();
    if (m !== undefined) return Promise.resolve(m);
    if (failure !== undefined) return Promise.reject(failure);
    return new Promise<M>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${name}: the load process went quiet for 2 minutes`)), 120_000);
      waiting.push({
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
    });
  };
}
