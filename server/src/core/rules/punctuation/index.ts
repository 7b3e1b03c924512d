// The punctuation family (GB/T 15834-2011), in the order its findings are documented.

import type { Rule } from '../../types';
import { duplicated } from './duplicated';
import { stray } from './stray';
import { spacing } from './spacing';
import { halfwidth } from './halfwidth';
import { unpaired } from './unpaired';

export const punctuationRules: readonly Rule[] = [duplicated, stray, unpaired, halfwidth, spacing];
