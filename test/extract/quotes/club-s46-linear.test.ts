import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The forty-sixth session's club rules (docs/history/quotes.md, "Forty-sixth session: club") read a bounded window: a
 * post over a body reads the phrase's seven words at most; a participle's colon is one token after it; a cue before a
 * `«` left open is read at most six words back from its colon, and the paragraph's `«`/`»` are counted once from its
 * end. Texts with no paragraph break.
 */
const cases: Record<string, (n: number) => string> = {
  "posts over bodies, each with its quote": (n) => "وقال رئيس نادي الشعلة: «الفريق جاهز للموسم المقبل». ".repeat(n),
  "participles and colons in one colon quote": (n) => "وقال خالد العمري: إن الفريق جاهز " + "للموسم المقبل مضيفاً: سنقاتل على كل البطولات ".repeat(n),
  "marks left open before cues, none closed": (n) => "وقال خالد العمري: «هناك فرق كبير بين الفريقين" + "، وأضاف: «سنقاتل على كل البطولات".repeat(n),
  "marks left open before cues, one closed at the end": (n) => "وقال خالد العمري: «هناك فرق كبير" + " وأضاف: «سنقاتل على البطولات".repeat(n) + "».",
  "cue words without colons inside marks": (n) => "وقال خالد العمري: «هناك فرق " + "وأضاف مضيفا وقال ".repeat(n) + ": «سنقاتل»."
}

linearQuoteCases("forty-sixth session, club rules: the rules stay linear", cases, taggedBy([["خالد العمري", "PERSON"], ["نادي الشعلة", "ORGANIZATION"]]), 200)
