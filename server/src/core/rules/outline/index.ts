// The outline family, in the order its findings are documented.

import type { Rule } from '../../types';
import { sequence } from './sequence';
import { hierarchy } from './hierarchy';
import { punctuation } from './punctuation';
import { bracketWidth } from './bracket-width';
import { headingLevel } from './heading-level';
import { headingPunctuation } from './heading-punctuation';
import { enumSequence } from './enum-sequence';

export const outlineRules: readonly Rule[] = [sequence, hierarchy, punctuation, bracketWidth, headingLevel, headingPunctuation, enumSequence];
