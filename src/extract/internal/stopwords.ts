/**
 * Stop words: the folded keys of words that are never content words, read by
 * the keywords stage (never a keyword) and by entity linking (an English
 * capitalized stop word opens no name).
 *
 * `stopwords-iso` (Arabic and English lists, kept verbatim in
 * `src/lexicons/stopwords/{ar,en}.json`) with news words added there, plus
 * every speech verb of the quote lexicon; all folded like the text, and an
 * Arabic word with the article also without it.
 *
 * @module
 * @internal
 */
import { Schema } from "effect"
import arStop from "../../lexicons/stopwords/ar.json" with { type: "json" }
import enStop from "../../lexicons/stopwords/en.json" with { type: "json" }
import { quoteLexicons } from "../quotes/lexicon.js"
import { decodeLexicon } from "../../lexicons/lexicon.js"
import { foldKey } from "./tokens.js"

/** A stop-word file: `stopwords-iso`'s list verbatim (`words`) and the words added for news (`added`). */
export const StopwordsFile = Schema.Struct({
  source: Schema.NonEmptyString,
  license: Schema.NonEmptyString,
  language: Schema.Literals(["ar", "en"]),
  words: Schema.Array(Schema.String),
  added: Schema.Array(Schema.NonEmptyString)
})

let stopCache: ReadonlySet<string> | undefined

const AL = "\u0627\u0644"

/** An Arabic key without its article (`السعودية` → `سعودية`), when enough is left. */
const stripArticle = (k: string): string => (k.startsWith(AL) && k.length > 4 ? k.slice(2) : k)

/** The folded stop-word keys (Arabic and English). */
export const stopwords = (): ReadonlySet<string> => {
  if (stopCache === undefined) {
    const set = new Set<string>()
    for (const [file, id] of [[arStop, "stopwords/ar"], [enStop, "stopwords/en"]] as const) {
      const f = decodeLexicon(StopwordsFile, id)(file)
      for (const w of [...f.words, ...f.added]) {
        const k = foldKey(w)
        if (k.length === 1) {
          set.add(k[0]!)
          const bare = stripArticle(k[0]!)
          if (bare !== k[0]) set.add(bare)
        }
      }
    }
    for (const form of quoteLexicons().verbForms) set.add(form)
    stopCache = set
  }
  return stopCache
}
