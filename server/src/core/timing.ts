// Where a lint spends its time, per rule and per shared index, for people tuning rules
// (`GONGWEN_TIMING=1 gongwen-lint …`, like ESLint's TIMING=1). Times are exclusive: an index
// built during a rule's check counts for the index, not for the rule that asked first.

export class Timings {
  private readonly totals = new Map<string, number>();
  /** Time spent in nested measurements, per level of the stack, to subtract from the parent. */
  private readonly nested: number[] = [];

  /** `now` is the clock in milliseconds; tests hand in one they move themselves. */
  constructor(private readonly now: () => number = () => performance.now()) {}

  measure<T>(name: string, run: () => T): T {
    const started = this.now();
    this.nested.push(0);
    try {
      return run();
    } finally {
      const elapsed = this.now() - started;
      const inner = this.nested.pop() ?? 0;
      this.totals.set(name, (this.totals.get(name) ?? 0) + elapsed - inner);
      if (this.nested.length) this.nested[this.nested.length - 1] += elapsed;
    }
  }

  /** Records time measured outside `measure` (an asynchronous read, say). */
  add(name: string, ms: number): void {
    this.totals.set(name, (this.totals.get(name) ?? 0) + ms);
  }

  /** Names and exclusive milliseconds, slowest first. */
  entries(): [string, number][] {
    return [...this.totals].sort((a, b) => b[1] - a[1]);
  }
}

/** Runs `run`, measured under `name` when there are timings to record it in. */
export function measured<T>(timings: Timings | undefined, name: string, run: () => T): T {
  return timings ? timings.measure(name, run) : run();
}

/** A table of the slowest entries, as ESLint prints it. */
export function formatTimings(timings: Timings, limit = 15): string {
  const entries = timings.entries();
  const total = entries.reduce((sum, [, ms]) => sum + ms, 0) || 1;
  const shown = entries.slice(0, limit);
  const width = Math.max(4, ...shown.map(([name]) => name.length));
  const rows = shown.map(([name, ms]) => `${name.padEnd(width)} | ${ms.toFixed(3).padStart(9)} | ${((100 * ms) / total).toFixed(1).padStart(5)}%`);
  return [`${'Rule'.padEnd(width)} | Time (ms) | Relative`, `${'-'.repeat(width)}-|-----------|---------`, ...rows].join('\n') + '\n';
}
