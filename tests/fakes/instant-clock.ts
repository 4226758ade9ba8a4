// A clock whose sleeps return at once (and are logged), so retry backoff does not slow the tests.
import type { Clock } from "../../src/util/clock.js";

export class InstantClock implements Clock {
  readonly sleeps: number[] = [];
  nowMs(): number {
    return performance.now();
  }
  async sleep(ms: number): Promise<void> {
    this.sleeps.push(ms);
  }
}
