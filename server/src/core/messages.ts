// Message templates: `{name}` is replaced by the report's data. Rule metadata holds every
// template in Chinese and English; the locale picks one.

import type { Locale, Localized, MessageData } from './types';

export function formatMessage(template: Localized, locale: Locale, data: MessageData = {}): string {
  const parts = compiled(template[locale]);
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i];
    out += (Object.prototype.hasOwnProperty.call(data, name) ? String(data[name]) : `{${name}}`) + parts[i + 1];
  }
  return out;
}

/**
 * A template split once into literal text and placeholder names, alternating (text, name, text…).
 * A large document's findings and their related locations format thousands of messages from a
 * few dozen templates; splitting each template once instead of running a replace callback per
 * message is most of the cost of formatting.
 */
const templates = new Map<string, string[]>();
function compiled(template: string): string[] {
  let parts = templates.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    templates.set(template, parts);
  }
  return parts;
}

/** Picks the product's language from a locale tag such as `en-US` or `zh-cn`. */
export function localeFromTag(tag: string | undefined): Locale {
  return tag && /^en\b/i.test(tag) ? 'en' : 'zh';
}
