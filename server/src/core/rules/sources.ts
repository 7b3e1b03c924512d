// Source texts shared by several rules, so that one convention is worded once.

import type { Localized } from '../types';

/** The basis of the consistency rules that compare figures within one document. */
export const FIGURES_CONSISTENT_CONVENTION: Localized = {
  zh: '公文写作惯例（数据准确、前后一致）；非国家标准条款，可关闭',
  en: 'Editorial convention (figures accurate and consistent); not a clause of a national standard, can be turned off',
};
