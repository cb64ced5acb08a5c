/**
 * Fifty-seventh session, helper speed: `foldKey` tokenizes a phrase it has not kept into columns shared by every
 * phrase (a longer phrase, or one with more tokens than the columns hold, gets columns of its own), with a view that is
 * not registered as an identity. Its keys must stay those of the phrase's own token stream, whatever phrase came before
 * it and however many tokens it has.
 */
import { describe, expect, it } from "vitest"
import { NUM, WORD, foldKey, identityView, tokensOf } from "../../../src/extract/internal/tokens.js"

/** The keys of a phrase read from a stream of its own (fresh columns, an identity view). */
const streamKeys = (phrase: string): Array<string> => {
  const t = tokensOf(identityView(phrase))
  const out: Array<string> = []
  for (let i = 0; i < t.count; i++) if (t.kinds[i] === WORD || t.kinds[i] === NUM) out.push(t.keys[i]!)
  return out
}

/** Pieces of Arabic and English news text: letters with hamza and ta marbuta, harakat, tatweel, digits of both scripts, separators, marks. */
const PIECES: ReadonlyArray<string> = [
  "أكَّد", "إيماناً", "مني", "هاشتاق", "الوزارة", "وزيرة", "مصطفى", "ـ", "2015", "٣٫٥", "1,500", "10.8.2015", "م", "و23",
  "،", ".", ":", "«", "»", "\"", "(", ")", "-", " ", "  ", "\n", "\u200f", "\u00a0", "Minister", "O'Neill", "said", "ِ", "ّ"
]

/** A deterministic generator (the same phrases on every run). */
const random = (seed: number) => () => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0
  return seed / 0x100000000
}

const phraseOf = (next: () => number, pieces: number): string => {
  let s = ""
  for (let i = 0; i < pieces; i++) s += PIECES[Math.floor(next() * PIECES.length)]!
  return s
}

describe("foldKey's phrases in shared columns (fifty-seventh session)", () => {
  it("gives the keys of each phrase's own stream, short and long, one after another", () => {
    const next = random(57)
    for (let n = 0; n < 3000; n++) {
      const phrase = phraseOf(next, Math.floor(next() * 60))
      expect(foldKey(phrase)).toEqual(streamKeys(phrase))
    }
  })

  it("a phrase with more tokens than the shared columns hold, then a short one", () => {
    // sixty-four commas in a phrase of the kept length: more tokens than the first guess of its size
    const commas = "،".repeat(64)
    const long = "1,5 ".repeat(40)
    for (const phrase of [commas, "وقال الوزير", long, "المتحدث الرسمي", `${commas}مصطفى`, "وزارة الصحة"]) {
      expect(foldKey(phrase)).toEqual(streamKeys(phrase))
    }
  })
})
