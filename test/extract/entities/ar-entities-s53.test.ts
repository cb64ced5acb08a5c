/**
 * Fifty-third session (helper arents3): Arabic entity errors of the SaudiNewsNet dump (docs/entities.md; docs/history/entities.md,
 * "Fifty-third session: arents3"):
 *
 * - a preposition written alone (`لـ`, `ل`) ends no name, and the paper in marks after it is an organisation where the
 *   speaker's name stands before it or the paper is an outlet of the lists (`mentionsOf`, `outletsSpokenTo`);
 * - a body's head noun with indefinite nisba adjectives is a common phrase (`منظمة إرهابية`: `isIndefiniteBodyPhrase`);
 * - an indefinite noun and a nationality adjective are no person (`شرطي تركي`: `nounsBeforeNationality`);
 * - `الحفل`, `الحضور`, `الذكور` join `objectNouns` (`آل سعود الحفل`);
 * - a club of the lists right after a counterpart is an organisation (`نظيره النصر`: `clubsAfterCounterparts`);
 * - a given name the document writes only after `بن` or `آل` is found again only there (`propagate`).
 *
 * Sentences written for these tests in the style of the news wires; tags set by hand.
 */
import { describe, expect, it } from "vitest"
import { clubsAfterCounterparts, mentionsOf, outletsSpokenTo } from "../../../src/extract/entities/mentions.js"
import { growth, LINEAR_BOUND } from "../numbers/timing.js"
import { oneSentenceTaggedBy, sentencesWithTags, type FixedSentence } from "./fixed-tags.js"
import { typedTexts, type Marks } from "./helpers.js"

/** `TYPE text` of the mentions of one sentence tagged by hand, after `outletsSpokenTo`. */
const spokenTo = (text: string, marks: Marks): Array<string> => {
  const [{ units, tagged }] = sentencesWithTags("ar", text, marks) as [FixedSentence]
  return outletsSpokenTo(text, units, tagged, mentionsOf(text, units, tagged, "ar")).map((m) => `${m.type} ${text.slice(m.start, m.end)}`)
}

/** `TYPE text` of the clubs `clubsAfterCounterparts` adds to one sentence tagged by hand. */
const clubs = (text: string, marks: Marks): Array<string> => {
  const [{ units, tagged }] = sentencesWithTags("ar", text, marks) as [FixedSentence]
  return clubsAfterCounterparts(units, tagged, mentionsOf(text, units, tagged, "ar")).map((m) => `${m.type} ${text.slice(m.start, m.end)}`)
}

describe("a preposition written alone ends a name; the paper after it is an organisation", () => {
  it.each([
    ['وقال فهد الغامدي لـ"سبق" إن الطريق يحتاج إلى صيانة.', [["فهد الغامدي لـ", "PERSON"]], ["PERSON فهد الغامدي", "ORGANIZATION سبق"]],
    ['وقالت هند لـ"الوطن" إنها لم تتلق أي رد.', [["هند لـ", "PERSON"]], ["PERSON هند", "ORGANIZATION الوطن"]],
    ['وأوضح ماجد العتيبي ل"الوئام" أن العمل مستمر.', [["ماجد العتيبي ل", "PERSON"], ["الوئام", "PERSON"]], ["PERSON ماجد العتيبي", "ORGANIZATION الوئام"]],
    // the name cut; a paper named after a place stays the place (linking would join the city's mentions to it)
    ['وقال ناصر ل"الرياض" إن الملف مؤجل.', [["ناصر ل", "PERSON"], ["الرياض", "LOCATION"]], ["PERSON ناصر", "LOCATION الرياض"]],
    // an outlet of the lists, with no speaker's name before it
    ["وقال مصدر مطلع لـ«الاقتصادية» إن الصفقة اكتملت.", [["الاقتصادية", "MISC"]], ["ORGANIZATION الاقتصادية"]]
  ] as const)("%s", (text, marks, want) => {
    expect(spokenTo(text, marks)).toEqual(want)
  })

  it.each([
    // words in marks after لـ with no speaker and no outlet of the lists: a slogan
    ['وأعلن انضمامه لـ"حملة الخير" أمس.', [], []],
    // a person's mention before the preposition that is no speaker (no verb of the lists before it)
    ['وتوقفت خدمات بلاكبيري لـ"أسباب أمنية" في المدينة.', [["بلاكبيري", "PERSON"]], ["PERSON بلاكبيري"]],
    // an initial with its period is no preposition
    ["وقال المتهم محمد ب. إنه بريء.", [["محمد ب", "PERSON"]], ["PERSON محمد ب."]]
  ] as const)("unchanged: %s", (text, marks, want) => {
    expect(spokenTo(text, marks)).toEqual(want)
  })
})

describe("a body's head noun with indefinite nisba adjectives is no name", () => {
  it.each([
    ["وتصنف واشنطن الجماعة منظمة إرهابية منذ سنوات.", [["منظمة إرهابية", "ORGANIZATION"]], []],
    ["وتخرج الطالب في جامعة سعودية ثم سافر.", [["جامعة سعودية", "ORGANIZATION"]], []],
    ["وأعلن حزب كردي مقاطعته الانتخابات.", [["حزب كردي", "ORGANIZATION"]], []]
  ] as const)("%s", (text, marks, want) => {
    expect(typedTexts(text, marks)).toEqual(want)
  })

  it.each([
    ["وقالت منظمة العفو الدولية إن التقرير دقيق.", [["منظمة العفو الدولية", "ORGANIZATION"]], ["ORGANIZATION منظمة العفو الدولية"]],
    ["وأعلنت حركة حماس موقفها.", [["حركة حماس", "ORGANIZATION"]], ["ORGANIZATION حركة حماس"]],
    ["وقالت الجماعة الإسلامية إن قادتها اعتقلوا.", [["الجماعة الإسلامية", "ORGANIZATION"]], ["ORGANIZATION الجماعة الإسلامية"]],
    // a name after a feminine head, a name in marks, a masculine head before a word that is no nationality
    ["وتخرج في جامعة تينيسي عام 2010.", [["جامعة تينيسي", "ORGANIZATION"]], ["ORGANIZATION جامعة تينيسي"]],
    ["وعرض مسلسل «وكالة عطية» في رمضان.", [["وكالة عطية", "ORGANIZATION"]], ["ORGANIZATION وكالة عطية"]],
    ["ووقع اللاعب مع نادي فارنزي البرتغالي.", [["نادي فارنزي", "ORGANIZATION"]], ["ORGANIZATION نادي فارنزي"]]
  ] as const)("unchanged: %s", (text, marks, want) => {
    expect(typedTexts(text, marks)).toEqual(want)
  })
})

describe("an indefinite noun and a nationality adjective are no person", () => {
  it.each([
    ["قتل شرطي تركي وأصيب آخر في هجوم مسلح.", [["شرطي تركي", "PERSON"]], []],
    ["وقال مصدر سعودي إن المفاوضات مستمرة.", [["مصدر سعودي", "PERSON"]], []],
    ["واعتبر المدرب الفوز إنجاز سعودي جديد.", [["إنجاز سعودي", "PERSON"]], []]
  ] as const)("%s", (text, marks, want) => {
    expect(typedTexts(text, marks)).toEqual(want)
  })

  it.each([
    ["وقال حسين تركي إن الفريق جاهز.", [["حسين تركي", "PERSON"]], ["PERSON حسين تركي"]],
    ["وقالت ميساء مغربي إنها سعيدة بالدور.", [["ميساء مغربي", "PERSON"]], ["PERSON ميساء مغربي"]],
    ["وقال أمير كردي إن العمل مستمر.", [["أمير كردي", "PERSON"]], ["PERSON أمير كردي"]]
  ] as const)("unchanged: %s", (text, marks, want) => {
    expect(typedTexts(text, marks)).toEqual(want)
  })

  it("nor is the adjective found again alone after such a noun", () => {
    expect(typedTexts("وقال حسين تركي إن الفريق جاهز. وقتل شرطي تركي أمس.", [["حسين تركي", "PERSON"]], undefined, { propagate: true })).toEqual(["PERSON حسين تركي"])
  })
})

describe("الحفل, الحضور, الذكور end no name", () => {
  it.each([
    ["ورعى الأمير فيصل بن سلمان بن عبدالعزيز آل سعود الحفل الذي أقيم أمس.", [["فيصل بن سلمان بن عبدالعزيز آل سعود الحفل", "PERSON"]], ["PERSON فيصل بن سلمان بن عبدالعزيز آل سعود"]],
    ["وهو الثالث بين أحفاد سلمان آل سعود الذكور.", [["سلمان آل سعود الذكور", "PERSON"]], ["PERSON سلمان آل سعود"]],
    ["ونال العرض رضا الحضور في الليلة الأولى.", [["رضا الحضور", "PERSON"]], ["PERSON رضا"]]
  ] as const)("%s", (text, marks, want) => {
    expect(typedTexts(text, marks)).toEqual(want)
  })

  it("unchanged: a family name with the article after آل", () => {
    expect(typedTexts("وحضر الحفل حامد بن فايز آل جرمان الشهراني.", [["حامد بن فايز آل جرمان الشهراني", "PERSON"]])).toEqual(["PERSON حامد بن فايز آل جرمان الشهراني"])
  })
})

describe("a club of the lists after a counterpart is an organisation", () => {
  it.each([
    ["ويواجه الهلال نظيره النصر مساء الجمعة على ملعبه.", [["الهلال", "ORGANIZATION"]], ["ORGANIZATION النصر"]],
    ["وتجمع المباراة الأهلي بنظيره الاتحاد في جدة.", [["الأهلي", "ORGANIZATION"], ["جدة", "LOCATION"]], ["ORGANIZATION الاتحاد"]],
    ["ويواجه الهلال نظيره العين الإماراتي مساء اليوم.", [["الهلال", "ORGANIZATION"]], ["ORGANIZATION العين الإماراتي"]]
  ] as const)("%s", (text, marks, want) => {
    expect(clubs(text, marks)).toEqual(want)
  })

  it.each([
    // a nisba, a word that is no club of the lists, a club the tagger found
    ["وهنأ رئيس النادي نظيره النصراوي بالفوز.", [], []],
    ["والتقى الوزير نظيره الفرنسي في باريس.", [["باريس", "LOCATION"]], []],
    ["ويلاقي الهلال نظيره النصر غدا.", [["الهلال", "ORGANIZATION"], ["النصر", "ORGANIZATION"]], []],
    ["وأشاد اللاعبون بنظرائهم العرب في البطولة.", [], []]
  ] as const)("unchanged: %s", (text, marks, want) => {
    expect(clubs(text, marks)).toEqual(want)
  })
})

describe("a given name written only after بن or آل is found again only there", () => {
  it.each([
    ["وحضر الأمير فيصل بن تركي المباراة. وشارك المسعفون تركي السبيعي وسعد الزهراني.", [["فيصل بن تركي", "PERSON"], ["سعد الزهراني", "PERSON"]], ["PERSON فيصل بن تركي", "PERSON سعد الزهراني"]],
    ["وسلم المحافظ الدروع للعريف سعد بن ناصر آل تركي. ورعى الأمسية الشيخ تركي أبو حمدة.", [["سعد بن ناصر آل تركي", "PERSON"], ["أبو حمدة", "PERSON"]], ["PERSON سعد بن ناصر آل تركي", "PERSON أبو حمدة"]]
  ] as const)("%s", (text, marks, want) => {
    expect(typedTexts(text, marks, ["PERSON"], { propagate: true })).toEqual(want)
  })

  it.each([
    // after بن again; a family name that is no given name of the lists; the document names him alone too
    ["وحضر الأمير فيصل بن تركي المباراة. وقال ابن تركي إن الفريق جاهز.", [["فيصل بن تركي", "PERSON"]], ["PERSON فيصل بن تركي", "PERSON تركي"]],
    ["وقال محمد بن علي آل مسفر إن القرية جاهزة. وأضاف مسفر أن الزوار كثر.", [["محمد بن علي آل مسفر", "PERSON"]], ["PERSON محمد بن علي آل مسفر", "PERSON مسفر"]],
    ["وحضر الأمير فيصل بن تركي المباراة. وقال تركي إن الفريق جاهز.", [["فيصل بن تركي", "PERSON"], ["تركي", "PERSON"]], ["PERSON فيصل بن تركي", "PERSON تركي"]]
  ] as const)("unchanged: %s", (text, marks, want) => {
    expect(typedTexts(text, marks, ["PERSON"], { propagate: true })).toEqual(want)
  })
})

describe("linear time", () => {
  it("is linear in a run of prepositions, papers in marks and counterparts", () => {
    const make = (n: number): string => `وقال ${'فهد لـ"سبق" نظيره النصر منظمة إرهابية شرطي تركي '.repeat(n)}أمس.`
    const tagOf = (w: string): "B-PER" | "I-PER" | null => (w === "فهد" ? "B-PER" : w === "لـ" ? "I-PER" : null)
    const scan = (text: string): number => {
      const { units, tagged } = oneSentenceTaggedBy(text, tagOf)
      const own = mentionsOf(text, units, tagged, "ar")
      return outletsSpokenTo(text, units, tagged, own).length + clubsAfterCounterparts(units, tagged, own).length
    }
    expect(growth(make, scan, 200)).toBeLessThan(LINEAR_BOUND)
  })
})
