// Group commit: items that arrive while a commit is under way (or within `commitMs` of the last one's start) go out
// together in the next one, so a busy batch pays one write + fsync for many lines. Each item's promise resolves
// once the commit that carried it is durable; the first failure rejects it and everything after.

interface Waiting<T> {
  item: T;
  resolve: () => void;
  reject: (error: unknown) => void;
}

export class GroupCommit<T> {
  private queue: Waiting<T>[] = [];
  private flushing: Promise<void> | null = null;
  private failure: unknown = null;
  /** performance.now() when the last commit started. */
  private lastCommit = -Infinity;

  /** `commit` writes and fsyncs the items it is given, in order; it resolves once they are durable. */
  constructor(private readonly commitMs: number, private readonly commit: (items: T[]) => Promise<void>) {}

  /** Resolves once `item` has been committed; rejects at once after an earlier commit failed. */
  add(item: T): Promise<void> {
    if (this.failure !== null) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      this.flushing ??= this.flushLoop();
    });
  }

  /** Resolves when every item added so far has been committed (or rejected). */
  async settled(): Promise<void> {
    while (this.flushing !== null) await this.flushing;
  }

  private async flushLoop(): Promise<void> {
    try {
      while (this.queue.length > 0) {
        const wait = this.lastCommit + this.commitMs - performance.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        this.lastCommit = performance.now();
        const batch = this.queue;
        this.queue = [];
        try {
          await this.commit(batch.map((waiting) => waiting.item));
          for (const waiting of batch) waiting.resolve();
        } catch (error) {
          this.failure = error;
          for (const waiting of [...batch, ...this.queue]) waiting.reject(error);
          this.queue = [];
        }
      }
    } finally {
      this.flushing = null;
    }
  }
}
