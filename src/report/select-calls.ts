// Chooses which calls report.html embeds: all of them for small batches; for large ones, per scenario × seats the
// failing calls and a sample of passing ones (lowest seeds, so the choice does not depend on file order), plus
// every call the summary links to.
import type { CompactCall } from "./compact-call.js";

/** Keeps the `limit` items with the lowest seeds. */
export class LowestSeeds<T> {
  private items: { seed: number; key: string; value: T }[] = [];

  constructor(private readonly limit: number) {}

  /** Would an item with this seed and key be kept (now)? */
  wants(seed: number, key: string): boolean {
    if (this.limit <= 0) return false;
    const last = this.items[this.items.length - 1];
    return !(this.items.length >= this.limit && last !== undefined && (seed > last.seed || (seed === last.seed && key >= last.key)));
  }

  offer(seed: number, key: string, make: () => T): void {
    if (!this.wants(seed, key)) return;
    this.items.push({ seed, key, value: make() });
    this.items.sort((a, b) => a.seed - b.seed || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    if (this.items.length > this.limit) this.items.length = this.limit;
  }

  values(): T[] {
    return this.items.map((item) => item.value);
  }
}

export interface SelectionPlan {
  /** Embed everything (the batch is within the cap). */
  all: boolean;
  /** Transcripts per group beyond the linked ones. */
  perGroup: number;
  /** Of those, failing calls come first up to this many; passing calls fill the rest (and any unused part). */
  failingQuota: number;
  /** Calls the summary links to; always embedded. */
  linked: ReadonlySet<string>;
}

/** Splits the cap between groups: up to three quarters of a group's share for failing calls, the rest for passing. */
export function planSelection(totalCalls: number, groups: number, maxCalls: number, linked: ReadonlySet<string>): SelectionPlan {
  if (totalCalls <= maxCalls) return { all: true, perGroup: 0, failingQuota: 0, linked };
  const share = Math.max(2, Math.floor(Math.max(0, maxCalls - linked.size) / Math.max(1, groups)));
  return { all: false, perGroup: share, failingQuota: Math.ceil((share * 3) / 4), linked };
}

export class CallSelector {
  private readonly all: CompactCall[] = [];
  private readonly linked = new Map<string, CompactCall>();
  private readonly groups = new Map<string, { failing: LowestSeeds<CompactCall>; passing: LowestSeeds<CompactCall> }>();

  constructor(private readonly plan: SelectionPlan) {}

  /**
   * False when offer() would drop this call whether it passed or not: the caller may skip reading it (most lines of
   * a large batch, whose seeds come in ascending order per group).
   */
  wants(group: string, seed: number, key: string): boolean {
    if (this.plan.all || this.plan.linked.has(key)) return true;
    const picks = this.groups.get(group);
    return picks === undefined || picks.failing.wants(seed, key) || picks.passing.wants(seed, key);
  }

  offer(group: string, seed: number, key: string, pass: boolean, make: () => CompactCall): void {
    if (this.plan.all) {
      this.all.push(make());
      return;
    }
    if (this.plan.linked.has(key)) {
      this.linked.set(key, make());
      return;
    }
    let picks = this.groups.get(group);
    if (picks === undefined) {
      picks = { failing: new LowestSeeds(this.plan.perGroup), passing: new LowestSeeds(this.plan.perGroup) };
      this.groups.set(group, picks);
    }
    (pass ? picks.passing : picks.failing).offer(seed, key, make);
  }

  result(): CompactCall[] {
    const picked = this.plan.all ? [...this.all] : [...this.linked.values()];
    const share = this.plan.perGroup;
    for (const picks of this.groups.values()) {
      const failing = picks.failing.values();
      const passing = picks.passing.values();
      let failKeep = Math.min(failing.length, this.plan.failingQuota);
      const passKeep = Math.min(passing.length, share - failKeep);
      failKeep = Math.min(failing.length, share - passKeep);
      picked.push(...failing.slice(0, failKeep), ...passing.slice(0, passKeep));
    }
    return picked.sort((a, b) => (a.sc < b.sc ? -1 : a.sc > b.sc ? 1 : 0) || a.seed - b.seed || (a.k < b.k ? -1 : a.k > b.k ? 1 : 0));
  }
}
