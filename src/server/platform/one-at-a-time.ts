/**
 * Runs the works given the same key one after another, in the order they came, within this
 * process; works of different keys run side by side. Nothing is kept once a key's queue empties.
 */
export function createOneAtATime() {
  const tails = new Map<string, Promise<void>>();
  return async function oneAtATime<Result>(key: string, work: () => Promise<Result>): Promise<Result> {
    const before = tails.get(key) ?? Promise.resolve();
    let release = () => {};
    const done = new Promise<void>((resolve) => {
      release = resolve;
    });
    const tail = before.then(() => done);
    tails.set(key, tail);
    await before;
    try {
      return await work();
    } finally {
      release();
      if (tails.get(key) === tail) tails.delete(key);
    }
  };
}
export type OneAtATime = ReturnType<typeof createOneAtATime>;
