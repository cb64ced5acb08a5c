import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The forty-ninth session's affiliation of an unnamed source (`affiliationAt`, cues.ts) reads the source's adjectives
 * inside the speaker's phrase, itself bounded at twelve tokens: many sources with their bodies stay linear.
 */
const cases: Record<string, (n: number) => string> = {
  "unnamed sources in bodies, quoted": (n) => "وقال قيادي بارز في المقاومة الشعبية إن «القوات تقدمت نحو المدينة». ".repeat(n),
  "sources with adjectives and no quote": (n) => "مصدر عسكري بارز مطلع في المعارضة ".repeat(n)
}

linearQuoteCases("forty-ninth session, names: an unnamed source's affiliation stays linear", cases, taggedBy([]), 200)
