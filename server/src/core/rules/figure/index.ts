// The figure family, in the order its findings are documented.

import type { Rule } from '../../types';

export const figureRules: readonly Rule[] = [];
