// The product's own words, in Chinese and English: everything the engine and the language server
// say that is not a rule's message (rule messages live in each rule's metadata and are formatted
// by messages.ts). One table per language with the same shape, so a phrase missing in one
// language does not compile, and test/core/catalogue.test.ts checks the two tables key by key.

import type { Locale } from './types';

const zh = {
  /** A rule crashed or reported nonsense; its finding stands in for it. */
  ruleFailed: (ruleId: string, detail: string) => `规则 ${ruleId} 处理本文档时出错，已跳过：${detail}。请报告此问题。`,
  config: {
    /** After a problem in a configuration file: the rest of the file still applies. */
    defaultsApply: '（有误之处按默认设置检查）',
    settingsUnreadable: '设置 gongwen.rules 无法读取',
    /** Joins several settings problems in one notification. */
    separator: '；',
  },
  editor: {
    disabled: '已在设置中关闭（gongwen.enable）',
    /** After a rule's findings that are not listed (the editor shows 1,000 per file). */
    moreLikeThis: (count: number) => `还有 ${count} 处同类问题`,
    tooLarge: (millions: string) => `文档超过 ${millions} 百万字符，为保持编辑器流畅已跳过检查`,
    fixAll: '修复全部可自动修复的公文问题',
    fix: (title: string) => `修复：${title}`,
    fixRule: (ruleId: string, count: number) => `修复本文件中全部 ${ruleId} 问题（${count} 处）`,
    disableLine: (ruleId: string) => `本行不检查 ${ruleId}`,
    untitled: '（无标题）',
  },
  hover: {
    documentNumber: '**发文字号**',
    agency: '机关代字',
    year: '年份',
    yearShort: '（应写全四位）',
    serial: '序号',
    ordinal: '（前有“第”）',
    brackets: '括号',
    missing: '缺',
    figure: '**数字**',
    value: '数值',
    unit: '单位',
    multiplier: '倍数',
    approximate: '约数',
    range: '范围',
    tableHead: '| 项 | 内容 |',
    otherStatements: (count: number) => `同一指标的其他表述（${count} 处）：`,
    line: (line: number) => `第 ${line} 行`,
    more: (count: number) => `- ……另有 ${count} 处`,
  },
};

export type Catalogue = typeof zh;

const en: Catalogue = {
  ruleFailed: (ruleId, detail) => `Rule ${ruleId} failed on this document and was skipped: ${detail}. Please report this.`,
  config: {
    defaultsApply: ' (defaults apply where it is wrong)',
    settingsUnreadable: 'the setting gongwen.rules cannot be read',
    separator: '; ',
  },
  editor: {
    disabled: 'disabled in settings (gongwen.enable)',
    moreLikeThis: (count) => `${count} more like this`,
    tooLarge: (millions) => `document is larger than ${millions} million characters; not checked to keep the editor responsive`,
    fixAll: 'Fix all auto-fixable gongwen problems',
    fix: (title) => `Fix: ${title}`,
    fixRule: (ruleId, count) => `Fix all ${ruleId} problems in this file (${count})`,
    disableLine: (ruleId) => `Disable ${ruleId} for this line`,
    untitled: '(untitled)',
  },
  hover: {
    documentNumber: '**Document number (发文字号)**',
    agency: 'Agency code',
    year: 'Year',
    yearShort: ' (write all four digits)',
    serial: 'Serial',
    ordinal: ' (preceded by 第)',
    brackets: 'Brackets',
    missing: 'missing',
    figure: '**Figure**',
    value: 'Value',
    unit: 'Unit',
    multiplier: 'Multiplier',
    approximate: 'Approximate',
    range: 'Range',
    tableHead: '| Part | Value |',
    otherStatements: (count) => `Other statements of the same indicator (${count}):`,
    line: (line) => `line ${line}`,
    more: (count) => `- … ${count} more`,
  },
};

/** The words of the product in a language. */
export function catalogue(locale: Locale): Catalogue {
  return locale === 'en' ? en : zh;
}

/** Both tables, for the test that checks they have the same keys. */
export const CATALOGUES: Readonly<Record<Locale, Catalogue>> = { zh, en };
