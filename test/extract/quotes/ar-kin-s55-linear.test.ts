import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The fifty-fifth session's kin rules (docs/history/quotes.md, "Fifty-fifth session: arkin") read a bounded window at
 * each cue however long the text: four words back from a name for a kin's noun (`kinBeforeDescribed`), the last
 * sixty-four entities for the mention a kin's phrase named again describes (`kinDescribedBefore`), the anaphor window
 * back for "the latter" (`latterPerson`), one word before a verb for a kin's noun with its pronoun
 * (`kinPronounBeforeVerb`). Texts of many kin's phrases, many `وقال والد الشهيد`, many `وقال الأخير`,
 * many definite words with no kin's noun before a name.
 */
const cases: Record<string, (n: number) => string> = {
  "kin's phrases before participles": (n) => "وتحدث والد الشهيد الجندي سامي الحداد عن ابنه قائلا: «نحتسبه عند الله شهيدا للوطن». ".repeat(n),
  "a kin's phrase named again many times": (n) => "وتحدث والد الشهيد سامي الحداد للصحيفة. " + "وقال والد الشهيد: «كلنا فداء لهذا الوطن ومستعدون للدفاع عنه». ".repeat(n),
  "a lawyer's noun with its pronoun before many verbs": (n) => "ويتكلم سامي الحداد في المحاكمة، حتى لو أن محاميه قالوا: إن موكلهم لن يفعل ذلك. ".repeat(n),
  "the latter many times": (n) => "والتقى الوزير سامي الحداد بنظيره. " + "وقال الأخير إن «العلاقات بين البلدين ممتازة وستبقى كذلك». ".repeat(n),
  "definite words with no kin's noun, no full stop": (n) => "الشهيد الجندي البطل ".repeat(n) + "سامي الحداد قائلا: «نحتسبه عند الله شهيدا للوطن»"
}

linearQuoteCases("fifty-fifth session, Arabic speakers described through another named person: the rules stay linear", cases, taggedBy([["سامي الحداد", "PERSON"]]), 200)
