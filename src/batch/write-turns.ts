// Hands results to the writer in the order their jobs were dispatched, whichever worker finished first, so a rule
// batch's files are the same bytes for the same seeds with 1 worker or 8.

/** Results kept waiting for an earlier job before dispatch waits too: bounds memory behind one slow job. */
export const MAX_HELD_RESULTS = 4096;

export class WriteTurns {
  private issued = 0;
  private current = 0;
  private readonly waiting = new Map<number, () => void>();
  private roomWaiters: (() => void)[] = [];

  /** Takes the next place in line; call when the job is dispatched. */
  ticket(): number {
    return this.issued++;
  }

  /** Null when it is the ticket's turn now; otherwise resolves when every earlier ticket has been passed. */
  wait(ticket: number): Promise<void> | null {
    if (ticket === this.current) return null;
    return new Promise<void>((resolve) => this.waiting.set(ticket, resolve));
  }

  /** The holder of the current ticket is done with its turn (whatever happened to its job). */
  pass(): void {
    this.current++;
    const next = this.waiting.get(this.current);
    if (next !== undefined) {
      this.waiting.delete(this.current);
      next();
    }
    if (this.waiting.size < MAX_HELD_RESULTS) for (const wake of this.roomWaiters.splice(0)) wake();
  }

  /** Waits while too many finished results are held behind an earlier job; null when there is room now. */
  room(): Promise<void> | null {
    return this.waiting.size < MAX_HELD_RESULTS ? null : this.roomLater();
  }

  private async roomLater(): Promise<void> {
    while (this.waiting.size >= MAX_HELD_RESULTS) await new Promise<void>((resolve) => this.roomWaiters.push(resolve));
  }
}
