// The punctuation family (GB/T 15834-2011), in the order its findings are documented.

import type { Rule } from '../../types';
import { duplicated } from './duplicated';

export const punctuationRules: readonly Rule[] = [duplicated];
