// The figure family, in the order its findings are documented.

import type { Rule } from '../../types';
import { placeholder } from './placeholder';
import { fullwidthDigit } from './fullwidth-digit';
import { decimalMark } from './decimal-mark';
import { approxRedundant } from './approx-redundant';
import { range } from './range';
import { spacing } from './spacing';
import { date } from './date';
import { percentPoint } from './percent-point';
import { numeralForm } from './numeral-form';
import { count } from './count';
import { respectively } from './respectively';
import { conflict } from './conflict';
import { sum } from './sum';
import { yearConflict } from './year-conflict';

export const figureRules: readonly Rule[] = [
  placeholder,
  fullwidthDigit,
  decimalMark,
  approxRedundant,
  range,
  spacing,
  date,
  percentPoint,
  numeralForm,
  count,
  respectively,
  conflict,
  sum,
  yearConflict,
];
