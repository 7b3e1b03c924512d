// Message templates: `{name}` is replaced by the report's data. Rule metadata holds every
// template in Chinese and English; the locale picks one.

import type { Locale, Localized, MessageData } from './types';

export function formatMessage(template: Localized, locale: Locale, data: MessageData = {}): string {
  return template[locale].replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(data, name) ? String(data[name]) : whole,
  );
}

/** Picks the product's language from a locale tag such as `en-US` or `zh-cn`. */
export function localeFromTag(tag: string | undefined): Locale {
  return tag && /^en\b/i.test(tag) ? 'en' : 'zh';
}
