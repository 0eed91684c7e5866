// Charter updates run one at a time, so a slow start-up compile can never overwrite a charter imported meanwhile.

let tail: Promise<unknown> = Promise.resolve();

export function queueCharterUpdate<T>(task: () => Promise<T>): Promise<T> {
  const run = tail.then(task, task);
  tail = run.catch(() => undefined);
  return run;
}
