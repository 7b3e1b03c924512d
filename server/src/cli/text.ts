// Everything the CLI says to people, in Chinese (the default) and English. Findings carry their
// own messages from rule metadata; this file holds the CLI's own words: help, errors, notes.

import type { Locale } from '../core/types';
import type { UsageError } from './args';
import { encodingLabel, encodingOption } from './encoding';
import type { FileKind } from './fs';

const KIND_ZH: Record<FileKind, string> = {
  'file': '普通文件',
  'directory': '文件夹',
  'fifo': '命名管道（FIFO）',
  'character-device': '字符设备',
  'block-device': '块设备',
  'socket': '套接字',
  'other': '特殊文件',
};

const KIND_EN: Record<FileKind, string> = {
  'file': 'a regular file',
  'directory': 'a folder',
  'fifo': 'a named pipe (FIFO)',
  'character-device': 'a character device',
  'block-device': 'a block device',
  'socket': 'a socket',
  'other': 'a special file',
};

function megabytes(bytes: number): number {
  return Math.round(bytes / (1024 * 1024));
}

const zh = {
  help: (version: string) => `gongwen-lint ${version} —— 检查 Markdown 公文的层次序号、发文字号、数字用法等，并可自动修复

用法：
  gongwen-lint [选项] [文件、文件夹或通配符 …]
  gongwen-lint --stdin [--stdin-filename 文件名] < 文件.md

不给路径时检查当前文件夹。文件夹里只检查 *.md 和 *.markdown，跳过 .gitignore 与
.gongwenignore 列出的文件。

选项：
  --fix                    自动修复能确定的问题，直接改写文件（保留原编码、换行符和 BOM）
  --fix-dry-run            只显示修复会做的改动（差异），不改文件
  --fix-renumber           配合 --fix 或 --fix-dry-run：层次序号跳号或变小时，也把其后的
                           同级序号顺延（不加时只提示：可能漏写或删去了一项，需人工判断）
  -f, --format 格式        输出格式：stylish（默认，给人看）、json（ESLint 格式）、sarif（代码扫描）
  -c, --config 文件        只用这个配置文件，不再逐级查找 .gongwenrc.json
  --rule 规则:级别         临时设置规则级别，可重复，如 --rule outline:off --rule figure/range:error
                           级别：off、info、warning、error；规则可以是规则族名
  --only 规则[,规则]       只检查（配合 --fix 只修复）这些规则或规则族，可重复，
                           如 --fix --only figure/fullwidth-digit
  --max-warnings 数目      警告多于这个数目时也以失败（退出码 1）结束
  -q, --quiet              只显示错误，不显示警告和提示
  --print-config 文件      显示这个文件实际使用的配置
  --init                   在当前文件夹写一个带注释的 .gongwenrc.json 起步配置
  --encoding 编码          读取不是 UTF-8 的文件（UTF-8 文件照常按 UTF-8 读取），可用：gbk（也可写
                           cp936、gb2312）、gb18030、big5、utf-16le、utf-16be、utf-16（须带 BOM）、utf-8
  --stdin, -               从标准输入读取文本
  --stdin-filename 文件名  标准输入的文件名（用于查找配置和显示）
  --locale zh|en           提示语言（默认中文；LANG 等环境变量为 en 时用英文）
  --color, --no-color      强制开启或关闭颜色
  -v, --version            显示版本和所用的分词器
  -h, --help               显示本帮助

分词器：装有编译好的 nodejieba 时用它（native，较快），否则用同样结果的 JavaScript 实现（js）；
环境变量 GONGWEN_SEGMENTER=native 或 js 可以指定。

退出码：0 没有问题；1 发现错误，或警告超过 --max-warnings；2 用法、读写文件或配置出错。
`,
  usage: (e: UsageError): string =>
    ({
      unknownOption: `不认识的选项：${e.value}`,
      missingValue: `选项 ${e.value} 后面缺少值`,
      badFormat: `不支持的输出格式“${e.value}”，可用：stylish、json、sarif`,
      badRule: `--rule 的写法应为“规则:级别”，级别为 off、info、warning、error，收到：“${e.value}”`,
      badMaxWarnings: `--max-warnings 后面应是非负整数，收到：“${e.value}”`,
      badLocale: `--locale 只能是 zh 或 en，收到：“${e.value}”`,
      badEncoding: `不支持的编码“${e.value}”，可用：utf-8、gbk、gb18030、gb2312、big5、utf-16le、utf-16be、utf-16`,
      stdinAndPaths: `从标准输入读取时不能再给文件路径（收到：${e.value}）`,
      fixBoth: '--fix 和 --fix-dry-run 只能选一个',
      stdinFix: '从标准输入读取时不能用 --fix 改写文件，请用 --fix-dry-run 查看修复结果',
      renumberWithoutFix: '--fix-renumber 要和 --fix 或 --fix-dry-run 一起用',
    })[e.key],
  seeHelp: '运行 gongwen-lint --help 查看用法。',
  segmenter: (name: string, forced: boolean) =>
    `分词器：${name === 'native' ? 'native（nodejieba 原生模块）' : 'js（JavaScript 实现，未使用原生模块）'}${forced ? '，由 GONGWEN_SEGMENTER 指定' : ''}`,
  unknownRule: (id: string) => `--rule 里的规则“${id}”不存在`,
  unknownOnly: (id: string) => `--only 里的规则“${id}”不存在`,
  missing: (p: string) => `找不到文件或文件夹：${p}`,
  noMatch: (p: string) => `没有文件匹配：${p}`,
  unreadable: (p: string, code: string) => `无法读取 ${p}（${code}）${code === 'EACCES' || code === 'EPERM' ? '：没有读取权限' : ''}`,
  loop: (p: string) => `跳过 ${p}：这个符号链接指回了它所在的上级文件夹，会形成循环`,
  ignored: (p: string) => `跳过 ${p}：它被 .gitignore、.gongwenignore 或配置里的 ignorePatterns 排除`,
  binary: (p: string) => `跳过 ${p}：这是二进制文件，不是文本`,
  notRegular: (p: string, kind: FileKind) => `无法读取 ${p}：它不是普通文件，而是${KIND_ZH[kind]}，没有读取它`,
  specialSkipped: (p: string, kind: FileKind) => `跳过 ${p}：它不是普通文件，而是${KIND_ZH[kind]}`,
  tooLarge: (p: string, limit: number) => `没有检查 ${p}：它超过了 ${megabytes(limit)} MB 的上限`,
  outside: (p: string) => `跳过 ${p}：这个符号链接指向正在检查的文件夹之外（要检查它，请直接写出它的路径）`,
  notUtf8: (p: string, likely: readonly string[]) =>
    likely.length === 0
      ? `${p} 不是 UTF-8 编码，也认不出是哪种编码。为避免乱码没有检查它。请把文件另存为 UTF-8，或用 --encoding 指明编码。`
      : likely.length === 1
        ? `${p} 不是 UTF-8 编码，看起来是 ${encodingLabel(likely[0])}。为避免乱码没有检查它。请加上 --encoding ${encodingOption(likely[0])} 再运行，或把文件另存为 UTF-8。`
        : `${p} 不是 UTF-8 编码，可能是 GBK（简体）或 Big5（繁体），从字节上分辨不出。为避免乱码没有检查它。请加上 --encoding gbk 或 --encoding big5 再运行，或把文件另存为 UTF-8。`,
  invalidIn: (p: string, encoding: string) =>
    `${p} 里有不属于 ${encodingLabel(encoding)} 的字节${encoding.startsWith('utf16') ? '（或控制字符，或是字节顺序标记与所给的字节顺序不同）' : ''}，按这个编码读会出现乱码，没有检查它。`,
  noByteOrder: (p: string, likely?: string) =>
    `${p} 没有字节顺序标记（BOM），--encoding utf-16 无法确定字节顺序，没有检查它。${likely ? `它看起来是 ${encodingLabel(likely)}，请用 --encoding ${encodingOption(likely)}。` : '请用 --encoding utf-16le 或 --encoding utf-16be 指明。'}`,
  cannotEncode: (p: string, encoding: string) => `没有修复 ${p}：修复后的文字里有 ${encodingLabel(encoding)} 编码无法表示的字符。文件未改动。`,
  readOnly: (p: string) => `无法修复 ${p}：文件是只读的。文件未改动。`,
  writeFailed: (p: string, code: string) => `写入 ${p} 失败（${code}），原文件未改动。`,
  keptChanging: (p: string) => `没有修复 ${p}：修复期间它一直在被其他程序修改。文件未改动。`,
  configError: (file: string, line: number, column: number, message: string) => `配置错误 ${file}:${line}:${column}：${message}`,
  configExists: (p: string) => `${p} 已存在，没有覆盖它。`,
  configWritten: (p: string) => `已写入 ${p}。`,
  tooManyWarnings: (count: number, max: number) => `警告有 ${count} 个，超过了 --max-warnings 允许的 ${max} 个。`,
  summary: (total: number, errors: number, warnings: number, infos: number) =>
    `✖ 共 ${total} 个问题（${errors} 个错误，${warnings} 个警告，${infos} 个提示）`,
  fixable: (n: number) => `  其中 ${n} 个可以用 --fix 自动修复。`,
  fixed: (n: number) => `已修复 ${n} 个文件。`,
  wouldFix: (n: number) => `--fix 会修改 ${n} 个文件（以上为差异，文件未改动）。`,
  severity: { error: '错误', warning: '警告', info: '提示' } as Record<string, string>,
  stdinName: '<标准输入>',
};

type Texts = typeof zh;

const en: Texts = {
  help: (version) => `gongwen-lint ${version} — checks outline numbering, document numbers, figures and more in
Chinese official documents written in Markdown, and fixes what is certain

Usage:
  gongwen-lint [options] [files, folders or globs …]
  gongwen-lint --stdin [--stdin-filename name] < file.md

Without paths the current folder is checked. In folders only *.md and *.markdown files are
checked, and files listed in .gitignore and .gongwenignore are skipped.

Options:
  --fix                    Apply the certain fixes and rewrite the files (encoding, line endings
                           and byte order mark are kept)
  --fix-dry-run            Show what --fix would change (a diff); write nothing
  --fix-renumber           With --fix or --fix-dry-run: also renumber the outline numbers after a
                           skip or a lower number (otherwise only reported: an item may be missing
                           or deleted, which takes a person to judge)
  -f, --format NAME        Output: stylish (default, for people), json (ESLint's shape), sarif
  -c, --config FILE        Use only this configuration file instead of looking up .gongwenrc.json
  --rule ID:SEVERITY       Set a rule's severity for this run; repeatable, e.g. --rule outline:off
                           Severities: off, info, warning, error; ID may be a rule family
  --only ID[,ID]           Check (and with --fix, fix) only these rules or families; repeatable,
                           e.g. --fix --only figure/fullwidth-digit
  --max-warnings N         Also fail (exit code 1) when there are more than N warnings
  -q, --quiet              Report errors only, not warnings or infos
  --print-config FILE      Print the configuration that applies to FILE
  --init                   Write a commented starter .gongwenrc.json in the current folder
  --encoding NAME          Read files that are not UTF-8 (UTF-8 files are still read as UTF-8):
                           gbk (or cp936, gb2312), gb18030, big5, utf-16le, utf-16be, utf-16
                           (needs a byte order mark), utf-8
  --stdin, -               Read the text from standard input
  --stdin-filename NAME    File name for standard input (finds the config, shown in output)
  --locale zh|en           Language of messages (Chinese by default; English when LANG etc. say en)
  --color, --no-color      Force colours on or off
  -v, --version            Print the version and the word segmenter in use
  -h, --help               Print this help

Word segmenter: nodejieba where its native module is built (native, faster), else a JavaScript
port with the same results (js); GONGWEN_SEGMENTER=native or js chooses one.

Exit codes: 0 no problems; 1 errors found, or more warnings than --max-warnings;
2 a usage, file or configuration error.
`,
  usage: (e) =>
    ({
      unknownOption: `unknown option: ${e.value}`,
      missingValue: `option ${e.value} needs a value`,
      badFormat: `unsupported format "${e.value}"; use stylish, json or sarif`,
      badRule: `--rule takes "id:severity" with severity off, info, warning or error; got "${e.value}"`,
      badMaxWarnings: `--max-warnings takes a non-negative integer; got "${e.value}"`,
      badLocale: `--locale takes zh or en; got "${e.value}"`,
      badEncoding: `unsupported encoding "${e.value}"; use utf-8, gbk, gb18030, gb2312, big5, utf-16le, utf-16be or utf-16`,
      stdinAndPaths: `file paths cannot be given together with standard input (got ${e.value})`,
      fixBoth: 'use either --fix or --fix-dry-run, not both',
      stdinFix: '--fix cannot rewrite standard input; use --fix-dry-run to see the fixed text',
      renumberWithoutFix: '--fix-renumber works together with --fix or --fix-dry-run',
    })[e.key],
  seeHelp: 'Run gongwen-lint --help for usage.',
  segmenter: (name, forced) =>
    `segmenter: ${name === 'native' ? 'native (nodejieba native module)' : 'js (JavaScript port, no native module)'}${forced ? ', chosen by GONGWEN_SEGMENTER' : ''}`,
  unknownRule: (id) => `--rule names a rule that does not exist: "${id}"`,
  unknownOnly: (id) => `--only names a rule that does not exist: "${id}"`,
  missing: (p) => `no such file or folder: ${p}`,
  noMatch: (p) => `no files match: ${p}`,
  unreadable: (p, code) => `cannot read ${p} (${code})${code === 'EACCES' || code === 'EPERM' ? ': permission denied' : ''}`,
  loop: (p) => `skipped ${p}: this symbolic link points back to a folder above it and would loop`,
  ignored: (p) => `skipped ${p}: excluded by .gitignore, .gongwenignore or ignorePatterns in the config`,
  binary: (p) => `skipped ${p}: a binary file, not text`,
  notRegular: (p, kind) => `cannot read ${p}: it is not a regular file but ${KIND_EN[kind]}; it was not read`,
  specialSkipped: (p, kind) => `skipped ${p}: not a regular file but ${KIND_EN[kind]}`,
  tooLarge: (p, limit) => `${p} was not checked: it is larger than the ${megabytes(limit)} MB limit`,
  outside: (p) => `skipped ${p}: this symbolic link leads outside the folder being checked (name it on the command line to check it)`,
  notUtf8: (p, likely) =>
    likely.length === 0
      ? `${p} is not UTF-8 and its encoding is not recognised. It was not checked, to avoid garbled text. Save it as UTF-8, or name its encoding with --encoding.`
      : likely.length === 1
        ? `${p} is not UTF-8; it looks like ${encodingLabel(likely[0])}. It was not checked, to avoid garbled text. Run again with --encoding ${encodingOption(likely[0])}, or save the file as UTF-8.`
        : `${p} is not UTF-8; it may be GBK (simplified) or Big5 (traditional), which its bytes cannot tell apart. It was not checked, to avoid garbled text. Run again with --encoding gbk or --encoding big5, or save the file as UTF-8.`,
  invalidIn: (p, encoding) =>
    `${p} contains bytes that are not valid ${encodingLabel(encoding)}${encoding.startsWith('utf16') ? ' (or control characters, or a byte order mark for the other byte order)' : ''}; reading it so would garble it, so it was not checked.`,
  noByteOrder: (p, likely) =>
    `${p} has no byte order mark, so --encoding utf-16 cannot tell its byte order; it was not checked. ${likely ? `It looks like ${encodingLabel(likely)}: use --encoding ${encodingOption(likely)}.` : 'Name it with --encoding utf-16le or --encoding utf-16be.'}`,
  cannotEncode: (p, encoding) => `${p} was not fixed: the fixed text has characters ${encodingLabel(encoding)} cannot represent. The file is unchanged.`,
  readOnly: (p) => `cannot fix ${p}: the file is read-only. The file is unchanged.`,
  writeFailed: (p, code) => `writing ${p} failed (${code}); the original file is unchanged.`,
  keptChanging: (p) => `${p} was not fixed: another program kept changing it meanwhile. The file is unchanged.`,
  configError: (file, line, column, message) => `configuration error ${file}:${line}:${column}: ${message}`,
  configExists: (p) => `${p} already exists; it was not overwritten.`,
  configWritten: (p) => `wrote ${p}.`,
  tooManyWarnings: (count, max) => `${count} warnings, more than the ${max} allowed by --max-warnings.`,
  summary: (total, errors, warnings, infos) =>
    `✖ ${total} ${total === 1 ? 'problem' : 'problems'} (${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}, ${infos} ${infos === 1 ? 'info' : 'infos'})`,
  fixable: (n) => `  ${n} of them can be fixed with --fix.`,
  fixed: (n) => `fixed ${n} ${n === 1 ? 'file' : 'files'}.`,
  wouldFix: (n) => `--fix would change ${n} ${n === 1 ? 'file' : 'files'} (diff above; nothing written).`,
  severity: { error: 'error', warning: 'warning', info: 'info' },
  stdinName: '<stdin>',
};

export function texts(locale: Locale): Texts {
  return locale === 'en' ? en : zh;
}

export type { Texts };
