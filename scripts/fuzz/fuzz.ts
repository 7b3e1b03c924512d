// `npm run fuzz`: the engine properties of test/property over 10⁵ generated documents and
// collections of speeches (or --runs N), in chunks with fresh seeds, then a tenth as many English
// documents and Chinese documents with English lines, which must get only the faults of any
// language. Every failing case, shrunk by fast-check to a small case, is written to
// test/property/regressions/ so the test suite replays it forever.
// Exits 1 when a property failed, 0 otherwise.
//
//   node out/scripts/fuzz/fuzz.js [--runs 100000] [--seed N]

import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { allRules } from '../../server/src/core/rules';
import { installNodeSegmenter } from '../../server/src/core/segment/nodeSegmenter';
import { englishDocumentArbitrary, fuzzCaseArbitrary, mixedDocumentArbitrary } from '../../test/property/documents';
import { checkEnglishQuiet, checkFuzzCase, PropertyViolation, type FuzzCase } from '../../test/property/properties';

const REGRESSIONS_DIR = path.resolve(__dirname, '..', '..', '..', 'test', 'property', 'regressions');
const CHUNK = 5000;

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

/** A failure's property and the rule it names: one regression case is kept per pair. */
function signature(property: string, message: string): string {
  const rule = /[a-z]+\/[a-z][a-z-]*/.exec(message)?.[0] ?? message.split('\n')[0].slice(0, 80);
  return `${property} (${rule})`;
}

/**
 * The failures already kept whose case still fails the same way, so a known bug does not add a
 * file on every run; a bug whose kept case passes now but fails elsewhere gets a new case.
 */
function keptSignatures(): Set<string> {
  if (!fs.existsSync(REGRESSIONS_DIR)) return new Set();
  const kept = new Set<string>();
  for (const file of fs.readdirSync(REGRESSIONS_DIR).filter((f) => f.endsWith('.json'))) {
    const c = JSON.parse(fs.readFileSync(path.join(REGRESSIONS_DIR, file), 'utf8')) as FuzzCase & { property: string; detail: string; english?: 'all' | { start: number; end: number }[] };
    try {
      if (c.english) checkEnglishQuiet(c.text, c.english === 'all' ? undefined : c.english);
      else checkFuzzCase(c);
    } catch (error) {
      const now = signature(error instanceof PropertyViolation ? error.property : 'engine never throws', error instanceof Error ? error.message : String(error));
      if (now === signature(c.property, c.detail)) kept.add(now);
    }
  }
  return kept;
}

function main(): void {
  // As the CLI does: the rules that segment words need a segmenter installed by the entry point.
  installNodeSegmenter(process.env);
  const runs = Number(argument('--runs') ?? 100000);
  let seed = Number(argument('--seed') ?? Date.now() % 2 ** 31);
  const failures = new Map<string, string>();
  const kept = keptSignatures();
  /** How many generated documents hit each failure (counted once it is known). */
  const hits = new Map<string, number>();
  const started = Date.now();
  let done = 0;
  console.log(`fuzz: ${runs} documents, ${allRules.length} rules registered, first seed ${seed}`);
  while (done < runs) {
    const numRuns = Math.min(CHUNK, runs - done);
    // A failure already found is counted and passed over, so one known bug neither stops the
    // exploration nor hides the next one behind it (and shrinking pursues only new failures).
    const check = fc.property(fuzzCaseArbitrary, (fuzzCase) => {
      try {
        checkFuzzCase(fuzzCase);
      } catch (error) {
        const key = signature(error instanceof PropertyViolation ? error.property : 'engine never throws', error instanceof Error ? error.message : String(error));
        if (!failures.has(key)) throw error;
        hits.set(key, (hits.get(key) ?? 0) + 1);
      }
    });
    const result = fc.check(check, { seed, numRuns });
    done += result.numRuns;
    if (result.failed && result.counterexample) {
      const [fuzzCase] = result.counterexample;
      const { text } = fuzzCase;
      const error = result.errorInstance;
      const property = error instanceof PropertyViolation ? error.property : 'engine never throws';
      const detail = error instanceof Error ? error.message : String(error);
      const key = signature(property, detail);
      if (!failures.has(key)) {
        let name = 'an existing case';
        if (!kept.has(key)) {
          name = `${crypto.createHash('sha1').update(text).digest('hex').slice(0, 10)}.json`;
          fs.mkdirSync(REGRESSIONS_DIR, { recursive: true });
          fs.writeFileSync(
            path.join(REGRESSIONS_DIR, name),
            JSON.stringify({ property, detail, ...fuzzCase, found: `npm run fuzz, seed ${seed}, ${new Date().toISOString()}` }, null, 2) + '\n',
          );
          kept.add(key);
        }
        failures.set(key, name);
        hits.set(key, 1);
        console.log(`\nFAIL ${key}\n  ${JSON.stringify(text).slice(0, 200)}\n  kept as ${name === 'an existing case' ? name : `test/property/regressions/${name}`}`);
      }
    }
    seed = (seed + 1) % 2 ** 31;
    process.stdout.write(`\r${done} documents, ${failures.size} distinct failures, ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  // English text: whole English documents, and English lines inside generated Chinese ones, get
  // only the faults of any language (a tenth of the runs each).
  const englishRuns = Math.max(1, Math.floor(runs / 10));
  const english: [string, fc.IProperty<[{ text: string; english?: { start: number; end: number }[] }]>][] = [
    ['English documents', fc.property(englishDocumentArbitrary.map((text) => ({ text })), ({ text }) => checkEnglishQuiet(text))],
    ['English lines in Chinese documents', fc.property(mixedDocumentArbitrary, ({ text, english: ranges }) => checkEnglishQuiet(text, ranges))],
  ];
  for (const [name, property] of english) {
    const result = fc.check(property, { seed, numRuns: englishRuns });
    done += result.numRuns;
    if (result.failed && result.counterexample) {
      const [{ text, english: ranges }] = result.counterexample;
      const detail = result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance);
      const file = `${crypto.createHash('sha1').update(text).digest('hex').slice(0, 10)}.json`;
      fs.mkdirSync(REGRESSIONS_DIR, { recursive: true });
      fs.writeFileSync(
        path.join(REGRESSIONS_DIR, file),
        JSON.stringify({ property: 'English text gets only the faults of any language', detail, text, english: ranges ?? 'all', found: `npm run fuzz, seed ${seed}, ${new Date().toISOString()}` }, null, 2) + '\n',
      );
      failures.set(`English text gets only the faults of any language (${name})`, file);
      hits.set(`English text gets only the faults of any language (${name})`, 1);
      console.log(`\nFAIL ${name}: ${detail}\n  kept as test/property/regressions/${file}`);
    }
  }
  const seconds = (Date.now() - started) / 1000;
  console.log(`\nfuzz: ${done} documents in ${seconds.toFixed(1)} s (${((seconds * 1000) / done).toFixed(2)} ms each), ${failures.size} distinct failures`);
  for (const [key, name] of failures) console.log(`  ${key}: ${hits.get(key)} documents (${name})`);
  process.exitCode = failures.size ? 1 : 0;
}

main();
