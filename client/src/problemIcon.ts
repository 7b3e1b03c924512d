// The status bar's problem icon, apart from VS Code so a plain unit test can check it: the icon
// follows the worst severity among the report's problems, as the Problems panel's own badges do,
// so a report whose every problem is an error shows the error icon, not a warning sign.

export interface ProblemCounts {
  errors: number;
  warnings: number;
  infos: number;
}

/** The codicon for a report with these problems: error, warning, info, or a check for none. */
export function problemIcon(counts: ProblemCounts): string {
  if (counts.errors > 0) return '$(error)';
  if (counts.warnings > 0) return '$(warning)';
  if (counts.infos > 0) return '$(info)';
  return '$(check)';
}
