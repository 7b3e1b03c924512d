// CPU time for the tests that guard against quadratic work. The machines tests run on are often
// busy; wall time then measures the neighbours, while the process's own CPU time barely moves.

/** The least CPU time (user + system, in ms) of `runs` runs of `work`. */
export function bestCpuMs(runs: number, work: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const before = process.cpuUsage();
    work();
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}
