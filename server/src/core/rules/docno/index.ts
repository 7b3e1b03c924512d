// The docno family, in the order its findings are documented.

import type { Rule } from '../../types';

export const docnoRules: readonly Rule[] = [];
