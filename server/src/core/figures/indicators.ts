// Other statements of the same indicator as a figure, for the hover: the figure metrics index
// (core/figures/metrics.ts) keys every figure that states the level of a named indicator
// (全区门诊量 … 人次). It keys only indicators stated with different values somewhere, which are
// exactly the ones a writer needs to compare; agreeing statements are not listed.

import type { DocumentIndex, SourceDocument } from '../document';
import { metricStatements, type MetricStatement } from './metrics';
import type { Figure } from './numbers';

export interface Statement {
  start: number;
  end: number;
  /** The clause and the figure: 全区门诊量达到12.5万人次. */
  text: string;
  /** The indicator as the key reads it. */
  label: string;
}

const metricsIndex: DocumentIndex<MetricStatement[]> = {
  name: 'figures/metric-statements',
  build(doc) {
    try {
      return metricStatements(doc, () => doc.segmenter());
    } catch {
      // Without the segmenter (a broken native module) the hover still shows the figure itself.
      return [];
    }
  },
};

export function otherStatements(doc: SourceDocument, figure: Figure): Statement[] {
  const all = doc.get(metricsIndex);
  const mine = all.find((s) => s.figure.start === figure.start);
  if (!mine) return [];
  return all
    .filter((s) => s !== mine && s.key === mine.key)
    .map((s) => ({ start: s.figure.start, end: s.figure.end, text: doc.text.slice(s.start, s.end).replace(/\s+/g, ' '), label: s.label }));
}
