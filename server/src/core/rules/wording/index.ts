// The wording family, in the order its findings are documented.

import type { Rule } from '../../types';
import { duplicated } from './duplicated';

export const wordingRules: readonly Rule[] = [duplicated];
