// The product's own words in English, for an English locale: the same keys as zh.ts, which the
// type checker and test/core/catalogue.test.ts hold it to.

import type { Catalogue } from './zh';

export const en: Catalogue = {
  ruleFailed: (ruleId, detail) => `Rule ${ruleId} failed on this document and was skipped: ${detail}. Please report this.`,
  config: {
    defaultsApply: ' (defaults apply where it is wrong)',
    settingsUnreadable: 'the setting gongwen.rules cannot be read',
    separator: '; ',
    listSeparator: ', ',
    tooLarge: (bytes) => `configuration file is larger than ${bytes} bytes`,
    tooDeep: 'configuration file is nested too deeply to read',
    invalidJson: (what) => `invalid JSON: ${what}`,
    notObject: 'the configuration must be a JSON object {…}',
    unknownRule: (id) => `unknown rule "${id}"`,
    unknownSetting: (key, known) => `unknown setting "${key}" (known: ${known})`,
    familyTakesNoOptions: (id) => `the rule family "${id}" takes no options`,
    unknownOption: (ruleId, name, known) => `rule ${ruleId} has no option "${name}"${known ? ` (known: ${known})` : ''}`,
    invalidItem: (what, item, shape) => `invalid item "${item}" in "${what}": expected ${shape}`,
    invalidValue: (what, shape) => `invalid value for "${what}": expected ${shape}`,
    optionsOf: (ruleId) => `the options of ${ruleId}`,
    integer: 'integer',
    notFound: 'configuration file not found or not readable',
    syntax: {
      invalidSymbol: 'a character that does not belong here (a full-width punctuation mark?)',
      invalidNumberFormat: 'a number written wrongly',
      propertyNameExpected: 'a name in double quotes, like "rules", is expected here',
      valueExpected: 'a value is missing here',
      colonExpected: 'a colon (:) is missing after the name',
      commaExpected: 'a comma (,) is missing between two items',
      closeBraceExpected: 'a closing brace (}) is missing',
      closeBracketExpected: 'a closing bracket (]) is missing',
      endOfFileExpected: 'text after the end of the configuration',
      invalidCommentToken: 'a comment written wrongly',
      unexpectedEndOfComment: 'a comment is not closed (*/ is missing)',
      unexpectedEndOfString: 'a string is not closed (" is missing)',
      unexpectedEndOfNumber: 'a number is cut off',
      invalidUnicode: 'an invalid Unicode escape',
      invalidEscapeCharacter: 'an invalid character after a backslash (\\)',
      invalidCharacter: 'an invalid control character in a string',
      other: 'unreadable text',
    },
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
    outlineLabel: 'Gongwen Outline',
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
  cli: {
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
    usage: {
      unknownOption: (value) => `unknown option: ${value}`,
      missingValue: (value) => `option ${value} needs a value`,
      badFormat: (value) => `unsupported format "${value}"; use stylish, json or sarif`,
      badRule: (value) => `--rule takes "id:severity" with severity off, info, warning or error; got "${value}"`,
      badMaxWarnings: (value) => `--max-warnings takes a non-negative integer; got "${value}"`,
      badLocale: (value) => `--locale takes zh or en; got "${value}"`,
      badEncoding: (value) => `unsupported encoding "${value}"; use utf-8, gbk, gb18030, gb2312, big5, utf-16le, utf-16be or utf-16`,
      stdinAndPaths: (value) => `file paths cannot be given together with standard input (got ${value})`,
      fixBoth: 'use either --fix or --fix-dry-run, not both',
      stdinFix: '--fix cannot rewrite standard input; use --fix-dry-run to see the fixed text',
      renumberWithoutFix: '--fix-renumber works together with --fix or --fix-dry-run',
    },
    seeHelp: 'Run gongwen-lint --help for usage.',
    segmenter: (name, forced) =>
      `segmenter: ${name === 'native' ? 'native (nodejieba native module)' : 'js (JavaScript port, no native module)'}${forced ? ', chosen by GONGWEN_SEGMENTER' : ''}`,
    unknownRule: (id) => `--rule names a rule that does not exist: "${id}"`,
    unknownOnly: (id) => `--only names a rule that does not exist: "${id}"`,
    missing: (path) => `no such file or folder: ${path}`,
    noMatch: (path) => `no files match: ${path}`,
    unreadable: (path, code) => `cannot read ${path} (${code})${code === 'EACCES' || code === 'EPERM' ? ': permission denied' : ''}`,
    loop: (path) => `skipped ${path}: this symbolic link points back to a folder above it and would loop`,
    ignored: (path) => `skipped ${path}: excluded by .gitignore, .gongwenignore or ignorePatterns in the config`,
    binary: (path) => `skipped ${path}: a binary file, not text`,
    fileKind: {
      'file': 'a regular file',
      'directory': 'a folder',
      'fifo': 'a named pipe (FIFO)',
      'character-device': 'a character device',
      'block-device': 'a block device',
      'socket': 'a socket',
      'other': 'a special file',
    },
    notRegular: (path, kind) => `cannot read ${path}: it is not a regular file but ${kind}; it was not read`,
    specialSkipped: (path, kind) => `skipped ${path}: not a regular file but ${kind}`,
    tooLarge: (path, megabytes) => `${path} was not checked: it is larger than the ${megabytes} MB limit`,
    outside: (path) => `skipped ${path}: this symbolic link leads outside the folder being checked (name it on the command line to check it)`,
    notUtf8: (path) =>
      `${path} is not UTF-8 and its encoding is not recognised. It was not checked, to avoid garbled text. Save it as UTF-8, or name its encoding with --encoding.`,
    notUtf8LooksLike: (path, label, option) =>
      `${path} is not UTF-8; it looks like ${label}. It was not checked, to avoid garbled text. Run again with --encoding ${option}, or save the file as UTF-8.`,
    notUtf8GbkOrBig5: (path) =>
      `${path} is not UTF-8; it may be GBK (simplified) or Big5 (traditional), which its bytes cannot tell apart. It was not checked, to avoid garbled text. Run again with --encoding gbk or --encoding big5, or save the file as UTF-8.`,
    invalidIn: (path, label, utf16) =>
      `${path} contains bytes that are not valid ${label}${utf16 ? ' (or control characters, or a byte order mark for the other byte order)' : ''}; reading it so would garble it, so it was not checked.`,
    noByteOrder: (path, label, option) =>
      `${path} has no byte order mark, so --encoding utf-16 cannot tell its byte order; it was not checked. ${label ? `It looks like ${label}: use --encoding ${option}.` : 'Name it with --encoding utf-16le or --encoding utf-16be.'}`,
    cannotEncode: (path, label) => `${path} was not fixed: the fixed text has characters ${label} cannot represent. The file is unchanged.`,
    readOnly: (path) => `cannot fix ${path}: the file is read-only. The file is unchanged.`,
    writeFailed: (path, code) => `writing ${path} failed (${code}); the original file is unchanged.`,
    keptChanging: (path) => `${path} was not fixed: another program kept changing it meanwhile. The file is unchanged.`,
    configError: (file, line, column, message) => `configuration error ${file}:${line}:${column}: ${message}`,
    configExists: (path) => `${path} already exists; it was not overwritten.`,
    configWritten: (path) => `wrote ${path}.`,
    tooManyWarnings: (count, max) => `${count} warnings, more than the ${max} allowed by --max-warnings.`,
    summary: (total, errors, warnings, infos) =>
      `✖ ${total} ${total === 1 ? 'problem' : 'problems'} (${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}, ${infos} ${infos === 1 ? 'info' : 'infos'})`,
    fixable: (count) => `  ${count} of them can be fixed with --fix.`,
    fixed: (count) => `fixed ${count} ${count === 1 ? 'file' : 'files'}.`,
    wouldFix: (count) => `--fix would change ${count} ${count === 1 ? 'file' : 'files'} (diff above; nothing written).`,
    severity: { error: 'error', warning: 'warning', info: 'info' },
    stdinName: '<stdin>',
    starter: {
      heading: 'Configuration of gongwen (JSON; // comments are allowed).',
      lookup: 'For each file, .gongwenrc.json files are looked up from its folder upwards; "root": true stops the search.',
      locale: 'Language of messages: "zh" Chinese, "en" English.',
      userWords: "Your organisation's own words (agency short names, indicator names) to help word segmentation.",
      ignorePatterns: 'Files not to check, written as in .gitignore, relative to this folder.',
      severities: 'Severities: "off", "info", "warning", "error"; a rule with options takes ["warning", { options }].',
      families: 'A whole family can be set at once, e.g. "figure": "off".',
      fixable: ' (fixable)',
    },
  },
};
