// The product's own words in Chinese, the default language. This table gives the catalogue its
// shape: en.ts must have the same keys (see ../catalogue.ts).

export const zh = {
  /** A rule crashed or reported nonsense; its finding stands in for it. */
  ruleFailed: (ruleId: string, detail: string) => `规则 ${ruleId} 处理本文档时出错，已跳过：${detail}。请报告此问题。`,
  config: {
    /** After a problem in a configuration file: the rest of the file still applies. */
    defaultsApply: '（有误之处按默认设置检查）',
    settingsUnreadable: '设置 gongwen.rules 无法读取',
    /** Joins several settings problems in one notification. */
    separator: '；',
    /** Joins the names a problem lists (the settings or options there are). */
    listSeparator: '、',
    /** The problems config/parse.ts finds in a .gongwenrc.json, at the place they are. */
    tooLarge: (bytes: number) => `配置文件过大（超过 ${bytes} 字节）`,
    tooDeep: '配置文件嵌套过深，无法读取',
    invalidJson: (what: string) => `JSON 语法错误：${what}`,
    notObject: '配置文件的顶层应是一个对象 {…}',
    unknownRule: (id: string) => `未知的规则“${id}”`,
    /** `known` is joined with listSeparator. */
    unknownSetting: (key: string, known: string) => `未知的配置项“${key}”（可用：${known}）`,
    familyTakesNoOptions: (id: string) => `规则族“${id}”不接受选项`,
    /** `known` is joined with listSeparator, empty when the rule has no options. */
    unknownOption: (ruleId: string, name: string, known: string) => `规则 ${ruleId} 没有选项“${name}”${known ? `（可用：${known}）` : ''}`,
    invalidItem: (what: string, item: string, shape: string) => `“${what}”中的“${item}”无效，应为 ${shape}`,
    invalidValue: (what: string, shape: string) => `“${what}”的值无效，应为 ${shape}`,
    /** What invalidValue names when a rule's options are not an object. */
    optionsOf: (ruleId: string) => `${ruleId} 的选项`,
    /** The shape of an integer option, in invalidValue. */
    integer: '整数 integer',
    notFound: '找不到配置文件或无法读取',
    /**
     * What each JSON syntax error means, in words a writer understands; the parser's own code
     * names (CloseBraceExpected) mean nothing to someone who is not a programmer.
     */
    syntax: {
      invalidSymbol: '此处有无法识别的字符（标点是否用了全角？）',
      invalidNumberFormat: '数字写法有误',
      propertyNameExpected: '此处应是带英文双引号的名称，如 "rules"',
      valueExpected: '此处缺少值',
      colonExpected: '名称后缺少英文冒号 :',
      commaExpected: '两项之间缺少英文逗号 ,',
      closeBraceExpected: '缺少右花括号 }',
      closeBracketExpected: '缺少右方括号 ]',
      endOfFileExpected: '配置已结束，此后不应再有内容',
      invalidCommentToken: '注释写法有误',
      unexpectedEndOfComment: '注释没有结束（缺少 */）',
      unexpectedEndOfString: '文字没有结束（缺少英文双引号 "）',
      unexpectedEndOfNumber: '数字没有写完',
      invalidUnicode: 'Unicode 转义写法有误',
      invalidEscapeCharacter: '反斜杠 \\ 后的字符无效',
      invalidCharacter: '文字中有无效的控制字符',
      other: '无法识别的内容',
    },
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
    /** The outline's name in the editor's Outline view when several providers offer one. */
    outlineLabel: '公文大纲',
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
  /** The command line's own words: help, errors and notes (findings carry their rules' messages). */
  cli: {
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
    /** Errors on the command line, by the key cli/args.ts gives them; `value` is what was wrong. */
    usage: {
      unknownOption: (value: string) => `不认识的选项：${value}`,
      missingValue: (value: string) => `选项 ${value} 后面缺少值`,
      badFormat: (value: string) => `不支持的输出格式“${value}”，可用：stylish、json、sarif`,
      badRule: (value: string) => `--rule 的写法应为“规则:级别”，级别为 off、info、warning、error，收到：“${value}”`,
      badMaxWarnings: (value: string) => `--max-warnings 后面应是非负整数，收到：“${value}”`,
      badLocale: (value: string) => `--locale 只能是 zh 或 en，收到：“${value}”`,
      badEncoding: (value: string) => `不支持的编码“${value}”，可用：utf-8、gbk、gb18030、gb2312、big5、utf-16le、utf-16be、utf-16`,
      stdinAndPaths: (value: string) => `从标准输入读取时不能再给文件路径（收到：${value}）`,
      fixBoth: '--fix 和 --fix-dry-run 只能选一个',
      stdinFix: '从标准输入读取时不能用 --fix 改写文件，请用 --fix-dry-run 查看修复结果',
      renumberWithoutFix: '--fix-renumber 要和 --fix 或 --fix-dry-run 一起用',
    },
    seeHelp: '运行 gongwen-lint --help 查看用法。',
    segmenter: (name: string, forced: boolean) =>
      `分词器：${name === 'native' ? 'native（nodejieba 原生模块）' : 'js（JavaScript 实现，未使用原生模块）'}${forced ? '，由 GONGWEN_SEGMENTER 指定' : ''}`,
    unknownRule: (id: string) => `--rule 里的规则“${id}”不存在`,
    unknownOnly: (id: string) => `--only 里的规则“${id}”不存在`,
    missing: (path: string) => `找不到文件或文件夹：${path}`,
    noMatch: (path: string) => `没有文件匹配：${path}`,
    unreadable: (path: string, code: string) => `无法读取 ${path}（${code}）${code === 'EACCES' || code === 'EPERM' ? '：没有读取权限' : ''}`,
    loop: (path: string) => `跳过 ${path}：这个符号链接指回了它所在的上级文件夹，会形成循环`,
    ignored: (path: string) => `跳过 ${path}：它被 .gitignore、.gongwenignore 或配置里的 ignorePatterns 排除`,
    binary: (path: string) => `跳过 ${path}：这是二进制文件，不是文本`,
    /** What a path that is not a regular file is, by cli/fs.ts's FileKind. */
    fileKind: {
      'file': '普通文件',
      'directory': '文件夹',
      'fifo': '命名管道（FIFO）',
      'character-device': '字符设备',
      'block-device': '块设备',
      'socket': '套接字',
      'other': '特殊文件',
    },
    /** `kind` is one of fileKind's words. */
    notRegular: (path: string, kind: string) => `无法读取 ${path}：它不是普通文件，而是${kind}，没有读取它`,
    specialSkipped: (path: string, kind: string) => `跳过 ${path}：它不是普通文件，而是${kind}`,
    tooLarge: (path: string, megabytes: number) => `没有检查 ${path}：它超过了 ${megabytes} MB 的上限`,
    outside: (path: string) => `跳过 ${path}：这个符号链接指向正在检查的文件夹之外（要检查它，请直接写出它的路径）`,
    /** Encodings are named by their label (GBK) and by how --encoding spells them (gbk). */
    notUtf8: (path: string) =>
      `${path} 不是 UTF-8 编码，也认不出是哪种编码。为避免乱码没有检查它。请把文件另存为 UTF-8，或用 --encoding 指明编码。`,
    notUtf8LooksLike: (path: string, label: string, option: string) =>
      `${path} 不是 UTF-8 编码，看起来是 ${label}。为避免乱码没有检查它。请加上 --encoding ${option} 再运行，或把文件另存为 UTF-8。`,
    notUtf8GbkOrBig5: (path: string) =>
      `${path} 不是 UTF-8 编码，可能是 GBK（简体）或 Big5（繁体），从字节上分辨不出。为避免乱码没有检查它。请加上 --encoding gbk 或 --encoding big5 再运行，或把文件另存为 UTF-8。`,
    invalidIn: (path: string, label: string, utf16: boolean) =>
      `${path} 里有不属于 ${label} 的字节${utf16 ? '（或控制字符，或是字节顺序标记与所给的字节顺序不同）' : ''}，按这个编码读会出现乱码，没有检查它。`,
    /** `label` and `option` name the byte order the file looks like, when it looks like one. */
    noByteOrder: (path: string, label?: string, option?: string) =>
      `${path} 没有字节顺序标记（BOM），--encoding utf-16 无法确定字节顺序，没有检查它。${label ? `它看起来是 ${label}，请用 --encoding ${option}。` : '请用 --encoding utf-16le 或 --encoding utf-16be 指明。'}`,
    cannotEncode: (path: string, label: string) => `没有修复 ${path}：修复后的文字里有 ${label} 编码无法表示的字符。文件未改动。`,
    readOnly: (path: string) => `无法修复 ${path}：文件是只读的。文件未改动。`,
    writeFailed: (path: string, code: string) => `写入 ${path} 失败（${code}），原文件未改动。`,
    keptChanging: (path: string) => `没有修复 ${path}：修复期间它一直在被其他程序修改。文件未改动。`,
    configError: (file: string, line: number, column: number, message: string) => `配置错误 ${file}:${line}:${column}：${message}`,
    configExists: (path: string) => `${path} 已存在，没有覆盖它。`,
    configWritten: (path: string) => `已写入 ${path}。`,
    tooManyWarnings: (count: number, max: number) => `警告有 ${count} 个，超过了 --max-warnings 允许的 ${max} 个。`,
    summary: (total: number, errors: number, warnings: number, infos: number) =>
      `✖ 共 ${total} 个问题（${errors} 个错误，${warnings} 个警告，${infos} 个提示）`,
    fixable: (count: number) => `  其中 ${count} 个可以用 --fix 自动修复。`,
    fixed: (count: number) => `已修复 ${count} 个文件。`,
    wouldFix: (count: number) => `--fix 会修改 ${count} 个文件（以上为差异，文件未改动）。`,
    severity: { error: '错误', warning: '警告', info: '提示' },
    stdinName: '<标准输入>',
    /** The comments of the starter .gongwenrc.json that --init writes. */
    starter: {
      heading: 'gongwen 公文检查的配置文件（JSON，可以写 // 注释）。',
      lookup: '检查一个文件时，从它所在文件夹逐级向上查找 .gongwenrc.json；"root": true 表示不再向上找。',
      locale: '提示语言："zh" 中文，"en" 英文。',
      userWords: '本单位的专有词（机构简称、指标名称），帮助分词，避免误报。',
      ignorePatterns: '不检查的文件，写法同 .gitignore，相对于本文件所在文件夹。',
      severities: '规则级别："off" 关闭，"info" 提示，"warning" 警告，"error" 错误；有选项的规则写成 ["warning", { 选项 }]。',
      families: '也可以按规则族整体设置，如 "figure": "off"。',
      fixable: '（可自动修复）',
    },
  },
};

export type Catalogue = typeof zh;
