import { describe, expect, it } from "vitest"
import { extractQuotes } from "../../../src/extract/quotes/index.js"
import { describeQuoteTables, parseMarked, type QuoteRow } from "./marked.js"

/**
 * Arabic speakers named by a role (docs/history/quotes.md, "Thirty-first session (helper, Arabic speakers)"): the
 * person who holds a role of a body or a clan, named after it (`نائب عشيرة آل X في … Y`, `الموفد الخاص للأمم المتحدة في
 * الصومال Y …، واصفا`), not the body or the clan; a role written again as it was where its holder was named, with `ل`
 * and a noun in construct and a second definite word after `و` (`المدير العام لإدارة الطوارئ والأزمات`); a first name
 * the entity stage left out before a surname it gave another person's full name.
 * Sentences written for these tests in the style of the wires; `[[PERSON:text]]` marks become entities.
 */

const WORDS = "الأهالي قاموا بتوسعة بعض أجزاء الطريق على نفقتهم"

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a clan in a role, and the person named after it": [
    [`من جهته أوضح نائب عشيرة [[PERSON:آل سالم]] في قرى المركز [[PERSON:حسن محمد فايز]]، أن "${WORDS}".`, [`[حسن محمد فايز | أوضح] ${WORDS}`]],
    [`من جهته أوضح نائب عشيرة [[PERSON:آل سالم]] في قرى مركز «الوادي» [[PERSON:حسن محمد فايز]]، أن الطريق قديم. وقال "${WORDS}".`, [`[حسن محمد فايز | قال] ${WORDS}`]],
    [`وقال شيخ قبيلة [[PERSON:آل مطر]] [[PERSON:حسن محمد]] إن "${WORDS}".`, [`[حسن محمد | قال] ${WORDS}`]],
    // a participle's clause that opens with the role
    [`من جهته أوضح نائب عشيرة [[PERSON:آل سالم]] في قرى مركز «الوادي» [[PERSON:حسن محمد فايز]]، أن الطريق قديم، مؤكدا أنهم "طالبوا البلدية بدراسة الطريق منذ سنوات".`, ["[حسن محمد فايز | مؤكدا] طالبوا البلدية بدراسة الطريق منذ سنوات"]],
    // must stay: no person after the clan, a clan's name that opens the phrase, and a person after a complementizer
    [`وقال شيخ قبيلة [[PERSON:آل مطر]] إن "${WORDS}".`, [`[آل مطر | قال] ${WORDS}`]],
    [`وقال [[PERSON:آل مطر]] إن "${WORDS}".`, [`[آل مطر | قال] ${WORDS}`]],
    [`وأوضح نائب عشيرة [[PERSON:آل سالم]] في القرية أن [[PERSON:حسن محمد فايز]] "قام بتوسعة بعض أجزاء الطريق على نفقته".`, ["[آل سالم | أوضح] قام بتوسعة بعض أجزاء الطريق على نفقته"]]
  ],
  "a role and a nisba adjective for the person quoted last, whose description holds the adjective": [
    ["ويؤكد [[PERSON:منصور عبد الودود]]، أمين سر المجلس الأعلى للحراك الجنوبي، أنه «لن نتراجع عن مطالبنا مهما حدث».\nويؤكد القيادي الجنوبي لـ«الصحيفة» أن «قيام كيان متكامل ليس مستحيلا إذا توافرت الإرادة».", ["[منصور عبد الودود | يؤكد] لن نتراجع عن مطالبنا مهما حدث", "[منصور عبد الودود | يؤكد] قيام كيان متكامل ليس مستحيلا إذا توافرت الإرادة"]],
    // must stay: the adjective nowhere in his description, and another nisba
    ["ويؤكد [[PERSON:منصور عبد الودود]]، أمين سر المجلس الأعلى للحراك، أنه «لن نتراجع عن مطالبنا مهما حدث».\nويؤكد القيادي الجنوبي لـ«الصحيفة» أن «قيام كيان متكامل ليس مستحيلا إذا توافرت الإرادة».", ["[منصور عبد الودود | يؤكد] لن نتراجع عن مطالبنا مهما حدث", "[القيادي الجنوبي | يؤكد] قيام كيان متكامل ليس مستحيلا إذا توافرت الإرادة"]],
    ["ويؤكد [[PERSON:منصور عبد الودود]]، أمين سر المجلس الأعلى للحراك الجنوبي، أنه «لن نتراجع عن مطالبنا مهما حدث».\nوقال المسؤول الأمريكي إن «قيام كيان متكامل ليس مستحيلا إذا توافرت الإرادة».", ["[منصور عبد الودود | يؤكد] لن نتراجع عن مطالبنا مهما حدث", "[المسؤول الأمريكي | قال] قيام كيان متكامل ليس مستحيلا إذا توافرت الإرادة"]]
  ],
  "a body, `في` and a place, then the person who holds the role, before a participle": [
    ['وندد الموفد الخاص لل[[ORGANIZATION:أمم المتحدة]] في [[LOCATION:الصومال]] [[PERSON:نيكولاس كاين]] أمس بهذه الجريمة، واصفا إياها بأنها "جريمة بشعة لا مبرر لها".', ["[نيكولاس كاين | واصفا] جريمة بشعة لا مبرر لها"]],
    // must stay: the body right after the verb (the subject itself), and no place between the body and the person
    ['وندد [[ORGANIZATION:مجلس الأمن]] في [[LOCATION:نيويورك]] [[PERSON:نيكولاس كاين]] بهذه الجريمة، واصفا إياها بأنها "جريمة بشعة لا مبرر لها".', ["[مجلس الأمن | واصفا] جريمة بشعة لا مبرر لها"]],
    ['وندد الموفد الخاص لل[[ORGANIZATION:أمم المتحدة]] في العاصمة [[PERSON:نيكولاس كاين]] بهذه الجريمة، واصفا إياها بأنها "جريمة بشعة لا مبرر لها".', ["[أمم المتحدة | واصفا] جريمة بشعة لا مبرر لها"]]
  ],
  "a role written again as where its holder was named": [
    ['وحضر المراسم السفير [[PERSON:طلال رضا]]، والمدير العام لإدارة الطوارئ والأزمات في [[LOCATION:ألبانيا]] [[PERSON:شامل براتي]].\nوقال السفير [[PERSON:طلال رضا]]: "إن الحكومة قررت مد يد العون إلى المتضررين".\nوأوضح المدير العام لإدارة الطوارئ والأزمات في [[LOCATION:ألبانيا]] "أنه سيتم توزيع المساعدات على العائلات المتضررة".', ["[طلال رضا | قال] إن الحكومة قررت مد يد العون إلى المتضررين", "[شامل براتي | أوضح] أنه سيتم توزيع المساعدات على العائلات المتضررة"]],
    ['وحضر المراسم المدير العام لإدارة الطوارئ في [[LOCATION:ألبانيا]] [[PERSON:شامل براتي]].\nوأوضح المدير العام لإدارة الطوارئ "أنه سيتم توزيع المساعدات على العائلات المتضررة".', ["[شامل براتي | أوضح] أنه سيتم توزيع المساعدات على العائلات المتضررة"]],
    // must stay: another body after ل where the holder was named
    ['وحضر المراسم المدير العام لإدارة المرور في [[LOCATION:ألبانيا]] [[PERSON:شامل براتي]].\nوأوضح المدير العام لإدارة الطوارئ "أنه سيتم توزيع المساعدات على العائلات المتضررة".', ["[المدير العام لإدارة الطوارئ | أوضح] أنه سيتم توزيع المساعدات على العائلات المتضررة"]]
  ]
}

describeQuoteTables("Arabic speakers: the holders of roles", tables)

/** Rows whose entity `ياداف` carries another person's full name as its canonical form (the entity stage's merge). */
const merged = (marked: string): Array<string> => {
  const { text, entities } = parseMarked(marked)
  const fixed = entities.map((e) => (e.text === "ياداف" ? { ...e, canonical: "شايلش ياداف", entityId: "e1" } : e))
  return extractQuotes(text, { entities: fixed }).map((q) => `[${q.speaker} | ${q.verb}] ${q.text}`)
}

const FIRST = 'وقال [[PERSON:شايلش ياداف]] "هذا مضحك جدا ولا يمكن تصديقه أبدا".\n'
const SECOND = "لم يتفاجأ بالفيديو أبدا ولم يستغرب ما قاله"

describe("Arabic speakers: a first name the entity stage left out before a merged surname", () => {
  const rows: ReadonlyArray<QuoteRow> = [
    [FIRST + `أما هيتاش [[PERSON:ياداف]]، المختص في التسيير، فقال "${SECOND}".`, ["[شايلش ياداف | قال] هذا مضحك جدا ولا يمكن تصديقه أبدا", `[هيتاش ياداف | قال] ${SECOND}`]],
    [FIRST + `وقال هيتاش [[PERSON:ياداف]] إن "${SECOND}".`, ["[شايلش ياداف | قال] هذا مضحك جدا ولا يمكن تصديقه أبدا", `[هيتاش ياداف | قال] ${SECOND}`]],
    // must stay: the same first name, a title before the surname, and a role with its article
    [FIRST + `أما شايلش [[PERSON:ياداف]]، المختص في التسيير، فقال "${SECOND}".`, ["[شايلش ياداف | قال] هذا مضحك جدا ولا يمكن تصديقه أبدا", `[شايلش ياداف | قال] ${SECOND}`]],
    [FIRST + `وقال الدكتور [[PERSON:ياداف]] إن "${SECOND}".`, ["[شايلش ياداف | قال] هذا مضحك جدا ولا يمكن تصديقه أبدا", `[شايلش ياداف | قال] ${SECOND}`]],
    [FIRST + `وقال المدرب [[PERSON:ياداف]] إن "${SECOND}".`, ["[شايلش ياداف | قال] هذا مضحك جدا ولا يمكن تصديقه أبدا", `[شايلش ياداف | قال] ${SECOND}`]]
  ]
  it.each(rows)("%s", (text, expected) => {
    expect(merged(text)).toEqual(expected)
  })
})
