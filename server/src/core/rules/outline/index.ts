// The outline family, in the order its findings are documented.

import type { Rule } from '../../types';
import { headingPunctuation } from './heading-punctuation';

export const outlineRules: readonly Rule[] = [headingPunctuation];
