import { describe, expect, it } from "vitest"
import arFile from "../../../src/lexicons/quotes/ar.json" with { type: "json" }
import { ArabicQuotesFile, quoteLexicons } from "../../../src/extract/quotes/lexicon.js"
import { foldKey } from "../../../src/extract/internal/tokens.js"
import { decodeLexicon, LexiconError } from "../../../src/lexicons/lexicon.js"
import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Long quotes that no speech verb stands right before (docs/history/quotes.md, "Forty-fourth session (helper,
 * nouns)"): marks of three words or more right after ب and a noun of wording (`بعبارة «…»`, read as `بقوله`), and
 * marks in the clause of a stance a verb of expressing states (`عبّر X عن مخاوفه من أن … «…»`, `أعرب عن اعتقاده بأن`).
 * Sentences written for these tests in the style of the wires; `[[TYPE:text]]` marks become entities. Each table has
 * rows where the rules must not fire.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "ب and a noun of wording right before marks of three words or more (wordingNouns)": [
    ['ووصف [[PERSON:نادر الشمري]] الاتفاق الجديد بعبارة «خطوة أولى في طريق طويل».', ["[نادر الشمري | بعبارة] خطوة أولى في طريق طويل"]],
    ['وهنأ الأمير [[PERSON:فيصل بن سعود]] اللاعبين عبر حسابه، واستهل تغريدته بعبارة "شكرا لكم يا أبطال الوطن".', ["[فيصل بن سعود | بعبارة] شكرا لكم يا أبطال الوطن"]],
    ['وختمت [[ORGANIZATION:هيئة السياحة]] رسالتها بجملة «أبوابنا مفتوحة للجميع دائما».', ["[هيئة السياحة | بجملة] أبوابنا مفتوحة للجميع دائما"]],
    // must not fire: one or two words after the noun (a term, a label), a colon between the noun and the marks, the
    // noun with no marks after it
    ['وودع [[PERSON:نادر الشمري]] الجمهور بكلمة «شكرا» قبل أن يغادر المسرح.', []],
    ['ونشرت الصحيفة صور المشجعين مصحوبة بعبارة «دوري الأبطال» على صفحتها الأولى.', []],
    ['وصار يكتب على بطاقات الدعوة بعبارة: "يرجى عدم اصطحاب الأطفال".', []],
    ['وقال [[PERSON:نادر الشمري]] بعبارة أخرى إن الخطة لن تنجح.', []]
  ],
  "the clause of a stance a verb of expressing states (expressedCue, reportsThrough)": [
    ['وعبرت [[LOCATION:اليابان]] عن مخاوفها من أن الجار قد حقق "تقدما كبيرا في تقنيات الصواريخ".', ["[اليابان | عبرت] تقدما كبيرا في تقنيات الصواريخ"]],
    ['وعبر محافظ المدينة عن قناعته بأن الحريق "مدبر، وأنه عمل إجرامي جبان".', ["[محافظ المدينة | عبر] مدبر، وأنه عمل إجرامي جبان"]],
    ['وقال [[PERSON:نادر الشمري]] إن الأسعار سترتفع، كما أعرب عن اعتقاده في أن السعر الحالي لن يصمد طويلا لأنه "ليس سعرا واقعيا".', ["[نادر الشمري | أعرب] ليس سعرا واقعيا"]],
    // must not fire: عبر the preposition "via", a stance with no complementizer after it, a bare form after a noun
    ['وتنقل الشحنات عبر "ميناء جدة الإسلامي" إلى المدن الداخلية.', []],
    ['وعبر المشاركون عن سعادتهم بالمشاركة في "ملتقى الشباب العربي الأول" بالرياض.', []],
    ['وتمر القوافل عبر عن طريق مختصر إلى أن تصل "بوابة المدينة القديمة" مساء.', []]
  ]
}

describeQuoteTables("Arabic long quotes after nouns of wording and stances of expressing (forty-fourth session)", tables)

describe("the wordingNouns list (forty-fourth session)", () => {
  const decode = decodeLexicon(ArabicQuotesFile, "quotes/ar")

  it("is required, described, with no form twice", () => {
    const file = decode(arFile)
    expect(file.wordingNouns.description).toMatch(/session/)
    expect(new Set(file.wordingNouns.forms).size).toBe(file.wordingNouns.forms.length)
    const { wordingNouns: _dropped, ...rest } = arFile
    expect(() => decode(rest)).toThrow(LexiconError)
    expect(() => decode({ ...arFile, wordingNouns: { ...arFile.wordingNouns, forms: ["بعبارة", 7] } })).toThrow(LexiconError)
  })

  it("compiles to the keys of its forms (ة folded as the search keys fold it)", () => {
    const lex = quoteLexicons()
    expect(lex.wordingNouns.has(foldKey("بعبارة")[0]!)).toBe(true)
    expect(lex.wordingNouns.has(foldKey("بكلمة")[0]!)).toBe(true)
    expect(lex.wordingNouns.has(foldKey("بعنوان")[0]!)).toBe(false)
  })
})
