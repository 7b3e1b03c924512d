// The segmenter for the test process, and the switch between backends for the parity suites.
// Mocha loads this file first (.mocharc.json "require"), so every test that lints has a
// segmenter, chosen as the CLI would choose it (GONGWEN_SEGMENTER forces one).

import { forcedBackend, installNodeSegmenter, loadAutoBackend, loadJsBackend, loadNativeBackend, nativeAvailable } from '../../server/src/core/segment/nodeSegmenter';
import { installSegmenter, type SegmenterBackendName } from '../../server/src/core/segment/segmenter';

installNodeSegmenter(process.env);
const defaultChoice = forcedBackend(process.env);

/** The backends this machine can run: js always, native where nodejieba was built. */
export function availableBackends(): SegmenterBackendName[] {
  return nativeAvailable() ? ['native', 'js'] : ['js'];
}

/** Makes `name` the process-wide segmenter (loaded on first use, then kept until the next switch). */
export function useBackend(name: SegmenterBackendName): void {
  installSegmenter(name, name === 'native' ? loadNativeBackend : loadJsBackend);
}

let fresh = 0;

/** The default segmenter again, not loaded yet: for tests that check when it gets loaded. */
export function unloadSegmenter(): void {
  installSegmenter(`unloaded ${++fresh}`, defaultChoice ? (defaultChoice === 'native' ? loadNativeBackend : loadJsBackend) : loadAutoBackend);
}

/** Back to the segmenter the process started with. */
export function useDefaultBackend(): void {
  if (defaultChoice) useBackend(defaultChoice);
  else installSegmenter('auto', loadAutoBackend);
}

/**
 * Registers `suite` once per available backend, each pass inside its own describe block that
 * switches the segmenter before its tests and back to the default after them.
 */
export function forEachBackend(suite: (backend: SegmenterBackendName) => void): void {
  for (const backend of availableBackends()) {
    describe(`[${backend} segmenter]`, () => {
      before(() => useBackend(backend));
      after(useDefaultBackend);
      suite(backend);
    });
  }
}
