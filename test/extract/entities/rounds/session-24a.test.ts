/**
 * The twenty-fourth session (helper): names the tagger cut where the quote stage needs them whole
 * (docs/history/entities.md "Twenty-fourth session (helper)"). Sentences written for these tests in wire style; tags fixed
 * by hand (as if the model had given them).
 */
import { describe, expect, it } from "vitest"
import { particleSurnames } from "../../../../src/extract/entities/extract.js"
import { mentionsOf } from "../../../../src/extract/entities/mentions.js"
import { bestOf } from "../../numbers/timing.js"
import { entitiesWithTags, oneSentenceTaggedBy } from "../fixed-tags.js"
import { rows, type Marks } from "../helpers.js"

/**
 * `PERSON text` of each person of an Arabic `text` tagged by hand, names found again, and the foreign family names
 * after a particle joined as `findMentions` joins them (`entitiesWithTags` of fixed-tags.ts).
 */
const people = (text: string, marks: Marks): Array<string> =>
  entitiesWithTags("ar", text, marks, { propagate: true })
    .filter((e) => e.type === "PERSON")
    .map((e) => `${e.type} ${e.text}`)

describe("Arabic: an East-Asian given name written with a dash on one side (dashedGivenName)", () => {
  it.each([
    ["a dash glued to the part after it", "وقال النائب كيم يونغ –نام، إن المحادثات لم تبدأ بعد.", "كيم يونغ", "PERSON كيم يونغ –نام"],
    ["a hyphen glued to the part before it", "وصرح رئيس المجموعة لي كون- هي بأن الأرباح تراجعت.", "لي كون", "PERSON لي كون- هي"],
    ["a spaced dash after the part (a phrase in dashes after the name)", "وقال مون جاي -إن - الذي فاز بالانتخابات - إنه سيزور بيونغ يانغ.", "مون جاي", "PERSON مون جاي -إن"],
    ["a Chinese family name", "وأعلن المتحدث تشانغ يي- مينغ أن الوفد سيصل غدا.", "تشانغ يي", "PERSON تشانغ يي- مينغ"]
  ])("%s", (_, text, mark, expected) => {
    expect(people(text, [[mark, "PERSON"]])).toEqual([expected])
  })

  it.each([
    ["no East-Asian family name", "وقال خالد سالم -وهو مسؤول في الوزارة- إن الطريق سيفتح.", "خالد سالم", "PERSON خالد سالم"],
    ["a clause in dashes (a word with a clitic)", "وقال كيم يونغ -وهو مسؤول في الحزب- إن الوفد وصل.", "كيم يونغ", "PERSON كيم يونغ"],
    ["a phrase closed by a dash glued to it", "وقال كيم يونغ -مدير- إن الوفد وصل.", "كيم يونغ", "PERSON كيم يونغ"],
    ["a formula of blessing", "ونقل عن لي كون -رحمه الله- قوله إن الشركة عائلة.", "لي كون", "PERSON لي كون"],
    ["spaces on both sides of the dash", "وحضر اللقاء كيم يونغ - هان وآخرون.", "كيم يونغ", "PERSON كيم يونغ"],
    ["a word with the article", "وقال كيم يونغ -الوزير إن الوفد وصل.", "كيم يونغ", "PERSON كيم يونغ"],
    ["a long word after the dash", "وقال كيم يونغ -متحدثا للصحفيين إن الوفد وصل.", "كيم يونغ", "PERSON كيم يونغ"]
  ])("stays cut: %s", (_, text, mark, expected) => {
    expect(people(text, [[mark, "PERSON"]])).toEqual([expected])
  })
})

describe("Arabic: a foreign family name that opens with a particle (particleSurnames)", () => {
  it.each([
    [
      "the word after the particles is a person elsewhere in the article",
      "أكد بيرغ أن البعثة ستبقى. وقال يوهان فان دير بيرغ، رئيس البعثة، إن الزيارة كانت مثمرة.",
      [["بيرغ", "PERSON"], ["يوهان", "PERSON"]],
      ["PERSON بيرغ", "PERSON يوهان فان دير بيرغ"]
    ],
    [
      "the tagger took the word after the particle for a person",
      "وأوضح سام فان آكين أن التقنية جديدة.",
      [["سام", "PERSON"], ["آكين", "PERSON"]],
      ["PERSON سام فان آكين"]
    ],
    [
      "two particles, the name found again",
      "وترى لاين أن القانون سيمر. وقالت أورسولا فون دير لاين إن البرلمان سيصوت.",
      [["لاين", "PERSON"], ["أورسولا", "PERSON"]],
      ["PERSON لاين", "PERSON أورسولا فون دير لاين"]
    ]
  ] as const)("%s", (_, text, marks, expected) => {
    expect(people(text, marks)).toEqual(expected)
  })

  it.each([
    [
      "a family name alone as the subject, the particle's name the object",
      "وكان المدرب لويس فان غال قد رحل. وقال رئيس النادي جوسيب بارتوميو إن الإدارة راضية. وودع بارتوميو فان غال بكلمة قصيرة.",
      [["لويس فان غال", "PERSON"], ["جوسيب بارتوميو", "PERSON"]],
      ["PERSON لويس فان غال", "PERSON جوسيب بارتوميو", "PERSON بارتوميو", "PERSON غال"]
    ],
    [
      "`فان`, `فإن` without its hamza, before a word with a pronoun suffix",
      "وقال سامر إن الخطة جاهزة. وبحسب سامر فان ملاحظته صحيحة.",
      [["سامر", "PERSON"]],
      ["PERSON سامر", "PERSON سامر"]
    ],
    [
      "`فان` before a word with the article that is a person elsewhere",
      "وقال عبد الرحمن العبود إن الجبهة هادئة. ويرى خالد فان العبود الأقرب إلى المنصب.",
      [["عبد الرحمن العبود", "PERSON"], ["خالد", "PERSON"]],
      ["PERSON عبد الرحمن العبود", "PERSON خالد", "PERSON العبود"]
    ],
    [
      "`لا` (no) is no particle, a person's word after it notwithstanding",
      "وقال سعيد الحربي إن الاجتماع انتهى. وأضاف خالد لا سعيد ولا غيره يملك القرار.",
      [["سعيد الحربي", "PERSON"], ["خالد", "PERSON"]],
      ["PERSON سعيد الحربي", "PERSON خالد"]
    ],
    [
      "`دي` in `بي دي إف`, a word of two letters after it",
      "وأرسل الموظف ملف بي دي إف إلى الإدارة.",
      [["بي", "PERSON"]],
      ["PERSON بي"]
    ],
    [
      "`لو` (if) before a word no person of the article writes",
      "وقال جمال إن الأمر صعب. وتمنى جمال لو يلتقي الرئيس قريبا.",
      [["جمال", "PERSON"]],
      ["PERSON جمال", "PERSON جمال"]
    ]
  ] as const)("stays cut: %s", (_, text, marks, expected) => {
    expect(people(text, marks)).toEqual(expected)
  })
})

describe("Arabic: a name in apposition between two commas after a title (appositionName)", () => {
  it.each([
    [
      "a first name before the tagged family name",
      "وأوضح مدير الهيئة الدولية، كينيث روث، أن النسخة الأولى جاهزة.",
      [["روث", "PERSON"]],
      ["PERSON كينيث روث"],
      "مدير الهيئة الدولية"
    ],
    [
      "a family name after the tagged first name",
      "وأعلن وزير النقل الأردني، سامي حداد، افتتاح الطريق الجديد.",
      [["سامي", "PERSON"]],
      ["PERSON سامي حداد"],
      "وزير النقل الأردني"
    ],
    [
      "a name of three words, the last untagged",
      "وأشار محافظ البنك، علي أكبر نوري، إلى تراجع التضخم.",
      [["علي أكبر", "PERSON"]],
      ["PERSON علي أكبر نوري"],
      "محافظ البنك"
    ]
  ] as const)("%s", (_, text, marks, expected, role) => {
    expect(people(text, marks)).toEqual(expected)
    expect(rows("ar", text, marks, ["role"]).flat()).toContain(role)
  })

  it.each([
    [
      "an imperfect verb before the name",
      "وعلى بيان الوزير، يرد أردوغان، بأن الوفد سيبقى.",
      [["أردوغان", "PERSON"]],
      ["PERSON أردوغان"]
    ],
    [
      "a title with the article before the name",
      "وطمأن مدير المستشفى، الدكتور خالد العمري، الأهالي على المرضى.",
      [["خالد العمري", "PERSON"]],
      ["PERSON خالد العمري"]
    ],
    [
      "a noun of an office that is a given name too",
      "وذكر المتحدث باسم اللواء، قائد سالم، أن الدوريات عادت.",
      [["سالم", "PERSON"]],
      ["PERSON سالم"]
    ],
    [
      "no title before the first comma",
      "وفي الصباح، حال سامر، دون وصول الشاحنات.",
      [["سامر", "PERSON"]],
      ["PERSON سامر"]
    ],
    [
      "no comma after the name",
      "وأوضح مدير الهيئة الدولية، كينيث روث أن النسخة الأولى جاهزة.",
      [["روث", "PERSON"]],
      ["PERSON روث"]
    ],
    [
      "an imperfect verb and a verbal noun before the name",
      "ونشر الديوان مرسوما من الأمير، يتضمن تعيين فهد السالم، مستشارا.",
      [["فهد السالم", "PERSON"]],
      ["PERSON فهد السالم"]
    ],
    [
      "a noun ending with `ة` before the name",
      "وتناول الكتاب سياسة الرئيس الأسبق، معاهدة لوزان، بالنقد.",
      [["لوزان", "PERSON"]],
      ["PERSON لوزان"]
    ],
    [
      "a word with a conjunction",
      "وشمل الحظر المدير السابق، ونجله سامر، وشركاءهما.",
      [["سامر", "PERSON"]],
      ["PERSON سامر"]
    ]
  ] as const)("stays as tagged: %s", (_, text, marks, expected) => {
    expect(people(text, marks)).toEqual(expected)
  })
})

describe("adversarial text: the new scans stay linear", () => {
  it("one sentence of thousands of names with a particle or a dash (ratio measured here)", () => {
    const run = (n: number) => {
      // (no full stop: one sentence, every name after a particle or a dash in it)
      // (and a name in apposition after a title: `كينيث [روث]`)
      const text = "وقال سام فان آكين، وكيم يونغ –نام، وقال المدير، كينيث روث، ".repeat(n)
      const { units, tagged, sentence } = oneSentenceTaggedBy(text, (w) => (w === "سام" || w === "آكين" || w === "وكيم" || w === "روث" ? "B-PER" : w === "يونغ" ? "I-PER" : null))
      return () => particleSurnames(text, [sentence], mentionsOf(text, units, tagged, "ar"))
    }
    const small = run(2000)
    const large = run(16000)
    const names = small()
    expect(names.length).toBe(6000)
    expect(names.slice(0, 3).map((m) => `${m.type} ${m.units.map((u) => u.text).join(" ")}`)).toEqual(["PERSON سام فان آكين", "PERSON وكيم يونغ – نام", "PERSON كينيث روث"])
    // 8× the names: linear is ~8, quadratic ~64 (CPU time, the best of three ratios)
    let ratio = Number.POSITIVE_INFINITY
    for (let t = 0; t < 3 && ratio >= 24; t++) ratio = Math.min(ratio, bestOf(7, large) / bestOf(7, small))
    expect(ratio).toBeLessThan(24)
  })
})
