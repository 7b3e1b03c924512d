// Set expressions that contain a count but are names, not announcements of a list: the reader
// knows what 四个自信 are, and a 公文 cites them without enumerating. Counting rules skip them.
// The same words are in the segmenter's user dictionary (resources/dict/gongwen.user.utf8) so
// that jieba keeps them whole.

export const FIXED_COUNT_PHRASES: readonly string[] = [
  // Political formulas.
  '四个意识', '四个自信', '两个确立', '两个维护', '四个全面', '五位一体', '两个一百年', '两个大局',
  '三严三实', '两学一做', '四个伟大', '两个务必', '三个代表', '四项基本原则', '四个服务',
  '两个责任', '一岗双责', '三重一大', '四风', '两个结合', '四个面向', '两个毫不动摇',
  '五大发展理念', '三大攻坚战', '六稳', '六保', '三会一课', '两个覆盖', '四下基层',
  '十四五', '十三五', '十五五', '两会', '三农',
  // Health and administration.
  '三级医院', '二级医院', '三甲医院', '二甲医院', '三级甲等', '三医联动', '三高共管六病同防',
  '两病', '三高', '六病', '一老一小', '一村一室', '双千行动', '百师千徒', '鲁十味',
  '放管服', '最多跑一次', '两癌', '三孩', '两票制', '四早',
];
