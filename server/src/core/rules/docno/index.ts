// The docno family, in the order its findings are documented.

import type { Rule } from '../../types';
import { bracket } from './bracket';
import { unclosed } from './unclosed';
import { year } from './year';
import { serial } from './serial';
import { citationOrder } from './citation-order';
import { conflict } from './conflict';
import { spacing } from './spacing';

export const docnoRules: readonly Rule[] = [bracket, unclosed, year, serial, spacing, citationOrder, conflict];
