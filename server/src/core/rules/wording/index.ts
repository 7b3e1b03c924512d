// The wording family, in the order its findings are documented.

import type { Rule } from '../../types';
import { confusable } from './confusable';
import { duplicated } from './duplicated';

export const wordingRules: readonly Rule[] = [confusable, duplicated];
