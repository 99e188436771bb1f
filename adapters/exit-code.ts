// How a command-line entry (npm run ask, report, deploy:discord) ends: with
// the code its main gives, or with the code its failure handler gives after
// saying what went wrong. The code is set, not exited with, so output still
// being written is flushed before the process ends.

export function exitWith(run: Promise<number>, failed: (error: unknown) => number): void {
  run.then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.exitCode = failed(error);
    },
  );
}
