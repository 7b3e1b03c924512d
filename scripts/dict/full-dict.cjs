// Preloaded with `node -r ./scripts/dict/full-dict.cjs …` by compare-findings.mjs: makes
// nodejieba ignore the product's dictionary files and load nodejieba's own full ones, or, when
// GONGWEN_BENCH_DICT_DIR names a folder, the candidate dictionary built there (the user
// dictionary is kept either way), so the same engine can be compared under each dictionary.
'use strict';
const path = require('node:path');
const jieba = require(require.resolve('nodejieba', { paths: [path.resolve(__dirname, '..', '..')] }));
const load = jieba.load;
const dir = process.env.GONGWEN_BENCH_DICT_DIR;
jieba.load = (options = {}) =>
  load(
    dir
      ? {
          dict: path.join(dir, 'jieba.dict.utf8'),
          hmmDict: path.join(dir, 'hmm_model.utf8'),
          idfDict: path.join(dir, 'idf.utf8'),
          stopWordDict: path.join(dir, 'stop_words.utf8'),
          userDict: options.userDict,
        }
      : { userDict: options.userDict },
  );
