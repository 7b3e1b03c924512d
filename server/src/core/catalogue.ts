// The product's own words, in Chinese and English: everything the engine, the command line and
// the language server say that is not a rule's message (rule messages live in each rule's
// metadata and are formatted by messages.ts). One table per language with the same shape
// (catalogue/zh.ts, catalogue/en.ts), so a phrase missing in one language does not compile, and
// test/core/catalogue.test.ts checks the two tables key by key.

import type { Locale, Localized } from './types';
import { en } from './catalogue/en';
import { zh, type Catalogue } from './catalogue/zh';

export type { Catalogue };

/** The words of the product in a language. */
export function catalogue(locale: Locale): Catalogue {
  return locale === 'en' ? en : zh;
}

/** Both tables, for the test that checks they have the same keys. */
export const CATALOGUES: Readonly<Record<Locale, Catalogue>> = { zh, en };

/**
 * A phrase in both languages, for words written before the language is known: a configuration
 * error is found once and shown in whichever language the CLI or the editor speaks.
 */
export function inEveryLocale(phrase: (words: Catalogue, locale: Locale) => string): Localized {
  return { zh: phrase(zh, 'zh'), en: phrase(en, 'en') };
}
