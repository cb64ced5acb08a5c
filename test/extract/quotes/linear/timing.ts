/**
 * The quote rules' linear-time checks (`session-20.test.ts` … in this folder, one file per round, lettered as the
 * rounds in `../rounds/README.md`): hostile texts of each session's rules, tagged by hand with the names they repeat,
 * timed at two sizes (`growth`, ratios within the test). A file that imports this one joins the timing group of
 * `vitest.config.ts` (its path ends in `/timing`), so it runs alone.
 */
import { describe, expect, it } from "vitest"
import { quotesOf } from "../../../../src/extract/quotes/index.js"
import type { Entity, EntityType } from "../../../../src/schema/record.js"
import { LINEAR_BOUND, growth } from "../../numbers/timing.js"

/** A tagger by hand: every occurrence of each name in a text, as an entity of the given type, in text order. */
export const taggedBy =
  (names: ReadonlyArray<readonly [string, EntityType]>) =>
  (text: string): Array<Entity> => {
    const out: Array<Entity> = []
    for (const [name, type] of names) {
      for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1))
        out.push({ text: name, type, canonical: name, entityId: `e-${name}`, role: null, confidence: 1, start: i, end: i + name.length })
    }
    return out.sort((a, b) => a.start - b.start)
  }

/**
 * A tagger by pattern: each match's first group a person of its own (its text its id: distinct names are distinct
 * persons, so the persons grow with the text), in text order (fifty-ninth session, shared by the rolelink and enfix
 * linear files).
 */
export const personsByPattern =
  (pattern: RegExp) =>
  (text: string): Array<Entity> => {
    const out: Array<Entity> = []
    for (const m of text.matchAll(pattern)) {
      const start = m.index + m[0].length - m[1]!.length
      out.push({ text: m[1]!, type: "PERSON", canonical: m[1]!, entityId: `e-${m[1]}`, role: null, confidence: 1, start, end: start + m[1]!.length })
    }
    return out
  }

/** A distinct lower-case suffix for the `i`-th name of a hostile text (`a`, `b`, … `ba` …). */
export const nameSuffix = (i: number): string => i.toString(26).replace(/./g, (c) => String.fromCharCode(97 + parseInt(c, 26)))

/**
 * One test per case: the quote stage on `make(n)` with the entities `tag` gives grows linearly with `n` (the ratio
 * of a text four times as long, from `n` repeats on).
 */
export const linearQuoteCases = (
  title: string,
  cases: Readonly<Record<string, (n: number) => string>>,
  tag: (text: string) => Array<Entity>,
  n: number
): void => {
  describe(title, () => {
    for (const [name, make] of Object.entries(cases)) {
      // (a case of many rules can take 40–50 s on a quiet machine: a timeout of its own that a loaded one does not
      // reach; the bound on the growth is the test)
      it(name, () => {
        expect(growth(make, (t) => quotesOf(t, { entities: tag(t) }), n)).toBeLessThan(LINEAR_BOUND)
      }, 120_000)
    }
  })
}
