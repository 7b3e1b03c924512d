// Choosing the segmenter in Node (the CLI, the language server, the tests): the JavaScript port,
// unless GONGWEN_SEGMENTER (or the editor's `gongwen.segmenter` setting, passed in by the server)
// names nodejieba. Both load the trimmed dictionary the product ships (built by
// scripts/dict/build-dict.mjs) and give the same words and tags; the port is the default because
// it is the cheaper of the two wherever it was measured: it loads in well under half nodejieba's
// CPU time (a one-shot CLI run pays the load every time), tags warm text faster (no native call
// per sentence) and holds about 24 MiB less (scripts/dict/README.md has the figures).

import * as fs from 'node:fs';
import { resourcePath } from '../resources';
import { JsJieba } from './jsJieba';
import { nativeJieba, requireNodejieba } from './nativeJieba';
import { installedSegmenterChoice, installSegmenter, parseSegmenterName, type SegmenterBackend, type SegmenterBackendName } from './segmenter';

/** The product's user dictionary; an empty stand-in when it is missing (nodejieba would otherwise load its own sample words). */
function userDictPath(): string {
  const userDict = resourcePath('dict', 'gongwen.user.utf8');
  return fs.existsSync(userDict) ? userDict : resourcePath('dict', 'empty.utf8');
}

export function loadJsBackend(): SegmenterBackend {
  const read = (name: string) => fs.readFileSync(resourcePath('dict', name), 'utf8');
  return new JsJieba({ dict: read('jieba.dict.utf8'), hmmModel: read('hmm_model.utf8'), userDict: fs.readFileSync(userDictPath(), 'utf8') });
}

export function loadNativeBackend(): SegmenterBackend {
  const lib = requireNodejieba();
  if (lib instanceof Error) throw new Error(`gongwen: the native segmenter (nodejieba) cannot be loaded: ${lib.message.split('\n')[0]}`);
  return nativeJieba(lib, {
    dict: resourcePath('dict', 'jieba.dict.utf8'),
    hmmModel: resourcePath('dict', 'hmm_model.utf8'),
    userDict: userDictPath(),
    idf: resourcePath('dict', 'idf.utf8'),
    stopWords: resourcePath('dict', 'stop_words.utf8'),
  });
}

/** Whether nodejieba's native module loads in this process. */
export function nativeAvailable(): boolean {
  return !(requireNodejieba() instanceof Error);
}

/** The backend a user forced: GONGWEN_SEGMENTER in the environment, else the editor's setting. */
export function forcedBackend(env: Readonly<Record<string, string | undefined>>, setting?: string): SegmenterBackendName | undefined {
  return parseSegmenterName(env.GONGWEN_SEGMENTER) ?? parseSegmenterName(setting);
}

/** The backend this process uses: the forced one, else the JavaScript port. */
export function chosenBackend(env: Readonly<Record<string, string | undefined>>, setting?: string): SegmenterBackendName {
  return forcedBackend(env, setting) ?? 'js';
}

/**
 * Installs the segmenter for a Node program. Nothing is loaded now: the dictionary is read when a
 * rule first needs words. A forced native backend that cannot load is
 * an error the engine reports, not a silent fallback. Without a forced choice, a segmenter an
 * embedding program installed earlier is kept.
 */
export function installNodeSegmenter(env: Readonly<Record<string, string | undefined>> = process.env, setting?: string): void {
  const forced = forcedBackend(env, setting);
  if (!forced && installedSegmenterChoice() !== undefined) return;
  if (forced) installSegmenter(forced, forced === 'native' ? loadNativeBackend : loadJsBackend);
  else installSegmenter('auto', loadAutoBackend);
}

/** The backend "auto" loads: the JavaScript port (see the top of this file for why). */
export function loadAutoBackend(): SegmenterBackend {
  return loadJsBackend();
}
