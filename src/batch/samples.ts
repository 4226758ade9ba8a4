// A bounded, deterministic list of example calls: keeps the calls with the lowest seeds, whatever the file order.

export class SampleList {
  private items: { seed: number; key: string }[] = [];

  constructor(private readonly limit: number) {}

  add(seed: number, key: string): void {
    const last = this.items[this.items.length - 1];
    if (this.items.length >= this.limit && last !== undefined && (seed > last.seed || (seed === last.seed && key >= last.key))) return;
    this.items.push({ seed, key });
    this.items.sort((a, b) => a.seed - b.seed || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    if (this.items.length > this.limit) this.items.length = this.limit;
  }

  keys(): string[] {
    return this.items.map((item) => item.key);
  }
}
