// VS Code keeps only the first 1,000 diagnostics of a file and drops the rest silently: on a
// long report every warning and the whole second half vanished. When a document has more
// findings than that, this chooses which to send so that every rule and every part of the
// document stays represented: errors and warnings before infos, each rule capped at the same
// share (and each info rule at least one), the kept findings of a capped rule spread evenly over the document, and one summary
// ("还有 N 处同类问题") per capped rule. Pure: it sees only severities, rules and positions.

import { largestWhere } from '../core/text/search';

/** How many diagnostics per file VS Code shows. */
export const EDITOR_DIAGNOSTIC_LIMIT = 1000;

export interface BudgetItem {
  ruleId: string;
  severity: 'error' | 'warning' | 'info';
  start: number;
}

export interface RuleSummary {
  ruleId: string;
  /** Findings of the rule not sent. */
  omitted: number;
  /** Index (into the input) of the first omitted finding, where the summary is shown. */
  at: number;
}

export interface Budget {
  /** Indices of the findings to send, in input order. */
  kept: number[];
  summaries: RuleSummary[];
}

/**
 * Which findings to send when they are more than `limit` (kept + summaries never exceed it).
 * Under the limit everything is kept and there are no summaries.
 */
export function budgetDiagnostics(items: readonly BudgetItem[], limit = EDITOR_DIAGNOSTIC_LIMIT): Budget {
  if (items.length <= limit) return { kept: items.map((_, i) => i), summaries: [] };
  const urgent = groupByRule(items, (item) => item.severity !== 'info');
  const infos = groupByRule(items, (item) => item.severity === 'info');
  const kept: number[] = [];
  const summaries: RuleSummary[] = [];
  // Every info rule keeps at least one finding (and its summary), whatever the errors take.
  const infoReserve = [...infos.values()].reduce((sum, g) => sum + Math.min(g.length, 2), 0);
  let room = limit;
  for (const groups of [urgent, infos]) {
    if (groups === urgent) room -= infoReserve;
    else room += infoReserve;
    const cap = capFor([...groups.values()].map((g) => g.length), room);
    for (const [ruleId, indices] of groups) {
      if (indices.length <= cap) {
        kept.push(...indices);
        room -= indices.length;
        continue;
      }
      // More rules than room for one summary each: the rest go unmentioned (never in practice).
      if (room <= 0) continue;
      const chosen = spread(indices, Math.min(cap, room - 1));
      kept.push(...chosen);
      const chosenSet = new Set(chosen);
      const omitted = indices.filter((i) => !chosenSet.has(i));
      summaries.push({ ruleId, omitted: omitted.length, at: omitted[0] });
      room -= chosen.length + 1;
    }
  }
  kept.sort((a, b) => a - b);
  return { kept, summaries };
}

/** Indices of each rule's findings among those `include` accepts, in document order. */
function groupByRule(items: readonly BudgetItem[], include: (item: BudgetItem) => boolean): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  const order = items.map((_, i) => i).filter((i) => include(items[i])).sort((a, b) => items[a].start - items[b].start || a - b);
  for (const i of order) {
    const list = groups.get(items[i].ruleId) ?? [];
    list.push(i);
    groups.set(items[i].ruleId, list);
  }
  return groups;
}

/**
 * The largest per-rule cap whose findings, plus one summary for each rule it cuts, fit in
 * `room`; Infinity when everything fits, 0 when not even one of each fits.
 */
function capFor(counts: readonly number[], room: number): number {
  const cost = (cap: number) => counts.reduce((sum, n) => sum + (n <= cap ? n : cap + 1), 0);
  if (cost(Infinity) <= room) return Infinity;
  return largestWhere(0, Math.max(...counts), (cap) => cost(cap) <= room);
}

/** `count` of the indices, spread evenly from the first to the last (both kept when count ≥ 2). */
function spread(indices: readonly number[], count: number): number[] {
  if (count <= 0) return [];
  if (count === 1) return [indices[0]];
  const step = (indices.length - 1) / (count - 1);
  const chosen = new Set<number>();
  for (let k = 0; k < count; k++) chosen.add(indices[Math.round(k * step)]);
  return [...chosen];
}
