/**
 * Sixty-third session (helper tidy7), a review with records byte-identical on the three dumps (docs/quotes.md,
 * "session 63, helper tidy7"):
 *
 * - `ISSUED_BEFORE` of arabic.ts (`أصدر`, `أصدرت`, `تصدر`, `يصدر`, the verbs of issuing before a programme's earlier
 *   mention that `programmeIssuerBefore` reads) moved unchanged to quotes/ar.json as `programmeSubjects.issuedBefore`
 *   (not derived from `issuing`, whose words, `في`, `بإصداره`, are others), validated on load;
 * - one binary search of the tokens by an original offset, `firstTokenEndingFrom` (TokenScanner, scanner.ts), for
 *   `tokenAtOriginal` (speakers.ts) and `blessingEnds` (entity-index.ts), which each wrote their own.
 *
 * Sentences written for these tests in the style of the wires; `[[TYPE:text]]` marks become entities.
 */
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import arFile from "../../../src/lexicons/quotes/ar.json" with { type: "json" }
import { EntityIndex } from "../../../src/extract/quotes/entity-index.js"
import { quoteLexicons } from "../../../src/extract/quotes/lexicon.js"
import { RangeFilter } from "../../../src/extract/internal/ranges.js"
import { foldKey, identityView, tokensOf } from "../../../src/extract/internal/tokens.js"
import { LexiconError } from "../../../src/lexicons/lexicon.js"
import type { Entity } from "../../../src/schema/record.js"
import type { TextView } from "../../../src/model/view.js"
import { describeQuoteTables, type QuoteRow } from "./marked.js"
import { decodeAr } from "../../lexicons/moved-lists.js"

/** The list as it stood in arabic.ts before this session. */
const OLD_ISSUED_BEFORE = ["\u0623\u0635\u062f\u0631", "\u0623\u0635\u062f\u0631\u062a", "\u062a\u0635\u062f\u0631", "\u064a\u0635\u062f\u0631"]

describe("programmeSubjects.issuedBefore: ISSUED_BEFORE moved to quotes/ar.json", () => {
  it("holds, as written, exactly the words the code held, in its order, and folds to the same keys", () => {
    expect(decodeAr(arFile).programmeSubjects.issuedBefore).toEqual(OLD_ISSUED_BEFORE)
    expect(quoteLexicons().programmeIssuedBefore).toEqual(new Set(OLD_ISSUED_BEFORE.flatMap((w) => foldKey(w))))
  })

  it("is not the lexicon's `issuing` (which holds `في` and not `تصدر`): a list of its own", () => {
    const issuing = new Set(decodeAr(arFile).issuing.forms)
    expect(issuing.has("في")).toBe(true)
    expect(issuing.has("تصدر")).toBe(false)
    expect(quoteLexicons().programmeIssuedBefore.has(foldKey("في")[0]!)).toBe(false)
  })

  it("is required: a file without it is refused, naming the file and the list", () => {
    const { issuedBefore: _dropped, ...rest } = arFile.programmeSubjects
    const bad = { ...arFile, programmeSubjects: rest }
    expect(() => decodeAr(bad)).toThrow(LexiconError)
    expect(() => decodeAr(bad)).toThrow(/quotes\/ar.*issuedBefore/)
  })

  it("the description says where it came from", () => {
    expect(arFile.programmeSubjects.description).toMatch(/issuedBefore \(sixty-third session, helper tidy7, moved here unchanged from src\/extract\/quotes\/arabic\.ts ISSUED_BEFORE/)
  })
})

const W = {
  before: "إن المجلس سيحاسب كل من يثبت تورطه في الفساد",
  rule: "يعاقب بالسجن كل من يعتدي على الأملاك العامة أو يتلفها"
}

const speaker = `وقال رئيس البرلمان [[PERSON:خالد الراشد]] في مؤتمر صحافي: «${W.before}».\n`

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a verb of issuing before a programme's earlier mention (`programmeSubjects.issuedBefore`), read as before": [
    // أصدر or تصدر before the earlier mention, its subject untagged: someone issued it, the chain decides (the speaker
    // before)
    [`${speaker}وكان رئيس الدولة قد أصدر أمس قانونا جديدا للعقوبات.\nويقضي القانون بأن «${W.rule}».`, [`[خالد الراشد | قال] ${W.before}`, `[خالد الراشد | null] ${W.rule}`]],
    [`${speaker}والحكومة تصدر قانونا جديدا للعقوبات.\nويقضي القانون بأن «${W.rule}».`, [`[خالد الراشد | قال] ${W.before}`, `[خالد الراشد | null] ${W.rule}`]],
    // must stay: no verb of the list before it (`ناقش`, or `في` of `issuing`): the programme speaks as itself
    [`${speaker}وكان رئيس الدولة قد ناقش أمس قانونا جديدا للعقوبات.\nويقضي القانون بأن «${W.rule}».`, [`[خالد الراشد | قال] ${W.before}`, `[القانون | null] ${W.rule}`]],
    [`${speaker}وجاء ذلك في قانون جديد للعقوبات.\nويقضي القانون بأن «${W.rule}».`, [`[خالد الراشد | قال] ${W.before}`, `[القانون | null] ${W.rule}`]]
  ]
}

describeQuoteTables("the sixty-third session's review (helper tidy7): issuedBefore", tables)

/** An entity index over a text and its entities, its token search and its blessing check made public. */
class Probe extends EntityIndex {
  constructor(view: TextView, entities: ReadonlyArray<Entity> = []) {
    super(tokensOf(view), view.text, entities, new RangeFilter([]))
  }
  get count(): number {
    return this.t.count
  }
  /** The original end of token `k`. */
  end(k: number): number {
    return this.orig(this.t.starts[k]!, this.t.ends[k]!).end
  }
  first(at: number, before?: number): number {
    return before === undefined ? this.firstTokenEndingFrom(at) : this.firstTokenEndingFrom(at, before)
  }
  blessedNear(id: string | null, start: number): boolean {
    return this.blessedBefore(id, start)
  }
}

describe("firstTokenEndingFrom: the first token whose original end is at an offset or after it", () => {
  const text = "وقال النبي محمد صلى الله عليه وسلم: «إنما الأعمال بالنيات». Ana Ruiz said it."
  const p = new Probe(identityView(text))

  it("is the linear scan it replaces, at every offset and bound (identity view)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -2, max: text.length + 2 }), fc.integer({ min: 0, max: p.count }), (at, before) => {
        let j = 0
        while (j < before && p.end(j) < at) j++
        expect(p.first(at, before)).toBe(j)
      })
    )
  })

  it("defaults to every token, and gives the bound when no token before it ends that late", () => {
    const said = text.indexOf("said")
    expect(p.end(p.first(said + 1))).toBe(said + 4)
    expect(p.first(said + 1)).toBe(p.first(said + 1, p.count))
    expect(p.first(text.length + 1)).toBe(p.count)
    expect(p.first(said + 1, 3)).toBe(3)
    expect(p.first(0)).toBe(0)
  })

  it("reads original offsets, not the view's", () => {
    // (a view whose every offset stands at twice its own in the original)
    const t = "Ana Ruiz said it"
    const q = new Probe({ text: t, toOriginal: (start, end) => ({ start: start * 2, end: end * 2 }) })
    // (`Ruiz` ends at 8 in the view, at 16 in the original: an offset of 7 to 16 finds it, one of 17 `said`;
    // read as the view's own offsets, 9 would be `said`)
    expect(q.first(9)).toBe(1)
    expect(q.first(16)).toBe(1)
    expect(q.first(17)).toBe(2)
    const same = new Probe(identityView(t))
    expect(same.first(9)).toBe(2)
  })

  it("blessingEnds reads it: the person with the blessing after him is found, and one without it is not", () => {
    const person = (t: string, name: string, id: string): Entity => {
      const at = t.indexOf(name)
      return { text: name, type: "PERSON", canonical: name, entityId: id, role: null, confidence: 1, start: at, end: at + name.length }
    }
    const blessed = "وقال محمد صلى الله عليه وسلم: «إنما الأعمال بالنيات»."
    const plain = "وقال محمد سالم أمس: «إنما الأعمال بالنيات»."
    const quote = (t: string): number => t.indexOf("«") + 1
    expect(new Probe(identityView(blessed), [person(blessed, "محمد", "e1")]).blessedNear("e1", quote(blessed))).toBe(true)
    expect(new Probe(identityView(plain), [person(plain, "محمد", "e1")]).blessedNear("e1", quote(plain))).toBe(false)
  })
})
