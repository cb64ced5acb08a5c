/**
 * Arabic names of bodies that go on with a complement after `ل` (session 48): `[الاتحاد الدولي] للسباحة` →
 * `[الاتحاد الدولي للسباحة]`.
 *
 * @module
 */
import { foldedSet } from "./gazetteer.js"
import { isNisba } from "./features.js"
import { isTeamNoun } from "./evidence.js"
import type { Mention } from "./mentions.js"
import type { Unit } from "./text.js"

/**
 * Head nouns of bodies (search form, without the article) whose names take an adjective and then a complement after
 * `ل` naming their field (`الاتحاد الآسيوي لكرة القدم`, `البنك الإسلامي للتنمية`, `المنظمة العربية لحقوق الإنسان`,
 * `الوكالة الدولية للطاقة الذرية`). Written from general knowledge of how Arabic news names unions, banks, funds,
 * agencies, committees and companies; not taken from any NER data set.
 */
const BODY_HEADS = foldedSet(() => [
  "اتحاد", "منظمة", "هيئة", "لجنة", "مجلس", "بنك", "مصرف", "صندوق", "وكالة", "جمعية", "مؤسسة", "مركز", "معهد", "شركة",
  "جبهة", "رابطة", "جامعة", "أكاديمية", "مفوضية", "منتدى", "مكتب", "محكمة", "إدارة", "مديرية", "جهاز", "مجمع", "شبكة",
  "تحالف", "ائتلاف", "نقابة", "غرفة", "كونفدرالية", "فيدرالية", "مجموعة", "سلطة", "هيئات", "اتحادات", "منظمات"
])

/**
 * Fields a body's name names after `ل` and the article (`للتنمية`, `للسباحة`, `للطاقة`), search form without the
 * article: sports, economy and finance, energy and services, health, science and culture, trades and groups of people
 * served. Written from general knowledge of the names of Arab and international bodies; verbal nouns of purpose
 * (`لمناقشة`, `لدعم`, `لمكافحة`) and words of time (`للمرة`, `للعام`) are left out: after a body's name they open a
 * clause of purpose or time, not its name.
 */
const FIELDS = foldedSet(() => [
  // sports
  "سباحة", "تنس", "فروسية", "جودو", "كاراتيه", "رماية", "دراجات", "سيارات", "رياضة", "رياضات", "شطرنج", "ملاكمة",
  "مصارعة", "جمباز", "هوكي", "تايكوندو", "كشافة", "ألعاب", "أثقال", "سهام", "بولينج", "غولف", "جولف",
  // economy and finance
  "تنمية", "استثمار", "تجارة", "صناعة", "زراعة", "إنماء", "إعمار", "تعمير", "تمويل", "تأمين", "تأمينات", "ادخار",
  "تسليف", "اقتصاد", "إسكان", "إحصاء", "إحصاءات", "مواصفات", "مقاييس", "تخطيط",
  // energy and services
  "طاقة", "بترول", "نفط", "غاز", "كهرباء", "مياه", "اتصالات", "اتصال", "طيران", "نقل", "ملاحة", "موانئ", "سياحة", "بريد",
  // health and environment
  "غذاء", "دواء", "أغذية", "صحة", "سكري", "سرطان", "أرصاد", "بيئة", "صليب", "هلال", "إغاثة",
  // science, culture and the press
  "ثقافة", "علم", "علوم", "تقنية", "تكنولوجيا", "بحوث", "أبحاث", "دراسات", "تدريب", "تعليم", "تربية", "آثار", "تراث",
  "فنون", "إعلام", "صحافة", "إذاعة", "تلفزيون", "أنباء", "موسيقى", "مسرح", "سينما", "ترجمة", "ملكية",
  // people a body serves or gathers
  "صحفيين", "محامين", "مهندسين", "أطباء", "معلمين", "عمال", "طفولة", "مرأة", "لاجئين", "سكان", "هجرة", "مكفوفين",
  "معاقين", "أيتام", "قضاء"
])

/**
 * Nouns in construct after `ل` with no article that open a body's field, the genitive after them carrying the
 * article (`لكرة القدم`, `لألعاب القوى`, `لحقوق الإنسان`, `لشؤون اللاجئين`), search form, as the tokenizer leaves them
 * (the `ل` on the word).
 */
const CONSTRUCT_FIELDS = foldedSet(() => ["كرة", "ألعاب", "حقوق", "شؤون", "شئون", "علوم", "بحوث", "أبحاث", "دراسات", "رياضات", "تنمية", "تقنية"])

/** `ل`, and the tatweel of a `لـ` written apart (`لـ«الوطن»`: the paper spoken to, no complement). */
const LAM = 0x0644
const TATWEEL = 0x0640

/** Whether unit `u` is `ل` and the article on a field of {@link FIELDS} (`للتنمية`: the tokenizer split both). */
const definiteField = (u: Unit): boolean =>
  u.kind === "word" && u.proclitic && u.article && u.text.charCodeAt(0) === LAM && u.text.charCodeAt(1) === LAM && u.nameStart - u.start <= 2 && FIELDS().has(u.bare)

/** Whether unit `u` is `ل` left on a noun of {@link CONSTRUCT_FIELDS} (`لكرة`, `لحقوق`). */
const constructField = (u: Unit): boolean =>
  u.kind === "word" && !u.proclitic && !u.article && u.text.charCodeAt(0) === LAM && u.text.charCodeAt(1) !== TATWEEL && CONSTRUCT_FIELDS().has(u.norm.slice(1))

/** The most fields joined by `و` after the first (`للتربية والعلم والثقافة`). */
const COORDINATED = 2

/** Whether unit `u` is `و` and the article on a field of {@link FIELDS} (`والزراعة`). */
const coordinatedField = (u: Unit): boolean =>
  u.kind === "word" && u.proclitic && u.article && u.text.charCodeAt(0) === WAW && u.nameStart - u.start <= 1 && FIELDS().has(u.bare)

/** `و`, and `ه`, the search form's `ة`: a feminine ending. */
const WAW = 0x0648
const TA_MARBUTA_KEY = 0x0647

/**
 * Whether `v` is a nisba adjective ({@link isNisba}) agreeing with the field `f`: feminine (`ية`) after a feminine
 * field (`للطاقة الذرية`), either after another (`للتأمين التعاوني`, `للأبحاث الطبية`).
 */
const agrees = (f: Unit, v: Unit): boolean => {
  if (!isNisba(v)) return false
  const feminine = v.bare.charCodeAt(v.bare.length - 1) === TA_MARBUTA_KEY
  return f.bare.charCodeAt(f.bare.length - 1) !== TA_MARBUTA_KEY || feminine
}

/** The most adjectives read after a field in a row, the participle's pair (`للاتصال المسموع المرئي`). */
const ADJECTIVES = 2

/** `م` and `و`: the letters of a passive participle's pattern `مفعول` (`مسموع`, `مقروء`). */
const MIM = 0x0645

/**
 * Whether `v` is an adjective of the field `f` (session 49): a nisba that agrees ({@link agrees}) or a masculine
 * passive participle `مفعول` after a masculine field (`المسموع`, `المقروء`), with the article and no clitic, or, when
 * `joined` (not the first), with `و` and the article (`والمرئي`).
 */
const fieldAdjective = (f: Unit, v: Unit, joined: boolean): boolean => {
  if (v.kind !== "word" || !v.article) return false
  if (v.proclitic && !(joined && v.text.charCodeAt(0) === WAW && v.nameStart - v.start <= 1)) return false
  if (agrees(f, v)) return true
  const b = v.bare
  return b.length === 5 && b.charCodeAt(0) === MIM && b.charCodeAt(3) === WAW && f.bare.charCodeAt(f.bare.length - 1) !== TA_MARBUTA_KEY
}

/** `الأعلى`, `العام`: adjectives of a body that are no nisba (`المجلس الأعلى للقضاء`, `الاتحاد العام للعمال`). */
const BODY_ELATIVES = foldedSet(() => ["أعلى", "عام"])

/**
 * Whether `last`, the last word of a body's name opening with `head`, is an adjective: a nisba ({@link isNisba}:
 * `الدولي`, `العربية`), `الأعلى` or `العام`, or feminine after a feminine head (`الهيئة العامة`, `منظمة الأمم
 * المتحدة`); not a noun in construct (`مجلس الأمن`, `وزارة الصحة`), after which `ل` opens another phrase.
 */
const bodyAdjective = (head: Unit, last: Unit): boolean =>
  isNisba(last) ||
  BODY_ELATIVES().has(last.bare) ||
  (head.bare.charCodeAt(head.bare.length - 1) === TA_MARBUTA_KEY && last.bare.charCodeAt(last.bare.length - 1) === TA_MARBUTA_KEY)

/** Whether unit `u` is a word with the article and no clitic (`القدم`, `الإنسان`, `الذرية`). */
const definiteWord = (u: Unit | undefined): u is Unit => u !== undefined && u.kind === "word" && u.article && !u.proclitic

/**
 * The last unit of a complement naming a body's field that opens at unit `k`, or -1 when none opens there: `ل` and the
 * article on a field of {@link FIELDS} (`للتنمية`), at most {@link COORDINATED} more fields after `و` (`للسياحة
 * والثقافة`) and a nisba adjective that agrees (`للطاقة الذرية`), or up to {@link ADJECTIVES} adjectives of the field
 * read together (`للإعلام المسموع والمرئي`); or `ل` on a noun of {@link CONSTRUCT_FIELDS} and its definite genitive
 * (`لكرة القدم`, `لحقوق الإنسان`). Read by {@link bodyComplements} and, for a body named after a place (`هيئة أبوظبي
 * للسياحة والثقافة`), by `bodiesNamedForNames` (extract.ts; session 61).
 */
export const fieldComplementEnd = (units: ReadonlyArray<Unit>, k: number): number => {
  if (k >= units.length) return -1
  const c = units[k]!
  if (constructField(c) && definiteWord(units[k + 1])) return k + 1
  if (!definiteField(c)) return -1
  let e = k
  // (للأغذية [والزراعة], للتربية [والعلم والثقافة]: fields joined by `و`, at most COORDINATED)
  while (e - k < COORDINATED && e + 1 < units.length && coordinatedField(units[e + 1]!)) e++
  // (للطاقة [الذرية], للتنمية [الإدارية]: one nisba adjective that agrees with the field; not after a construct's
  // genitive, `الاتحاد الآسيوي لكرة القدم [الدولي]`, whose adjective may be the body's or another word's)
  if (definiteWord(units[e + 1]) && agrees(units[e]!, units[e + 1]!)) e++
  // (للاتصال [المسموع] [المرئي]: a field with no coordinated one takes up to ADJECTIVES adjectives that agree with
  // it, a nisba or a passive participle, the later ones with `و` or without: `للإعلام المسموع والمرئي`; session 49)
  else if (e === k) {
    while (e - k < ADJECTIVES && e + 1 < units.length && fieldAdjective(units[k]!, units[e + 1]!, e > k)) e++
    // (an adjective alone that is a participle may open a clause of its own: only two read together)
    if (e === k + 1) e = k
  }
  return e
}

/**
 * `[الاتحاد الدولي] للسباحة` → `[الاتحاد الدولي للسباحة]`, `[الاتحاد الآسيوي] لكرة القدم` → `[الاتحاد الآسيوي لكرة
 * القدم]`, `[الوكالة الدولية] للطاقة الذرية` → whole: an organisation of two words or more the tagger found, opening
 * with a body's head noun ({@link BODY_HEADS}) and ending in an adjective with the article and no clitic ({@link bodyAdjective}:
 * `الدولي`, `الإسلامي`, `العامة`; not `مجلس الأمن`), right before a complement naming its field goes on with it: `ل` and the article on a
 * field of {@link FIELDS} (`للتنمية`), at most {@link COORDINATED} more fields after `و` (`للتربية والعلم والثقافة`)
 * and a nisba adjective that agrees (`للطاقة الذرية`); or `ل` on a noun of {@link CONSTRUCT_FIELDS} and its definite
 * genitive (`لكرة القدم`, `لحقوق الإنسان`), with no adjective after it. Not after a team's noun (`teamNouns` of name-cues.json, {@link isTeamNoun}:
 * `فريق [الاتحاد السعودي] لكرة القدم`, a club). The tagger often stops at the adjective; the complement is part of
 * the name (ANERcorp's training part tags such names whole, and readers want the body, not the kind of body).
 * Nothing changes where a mention of `found` reaches past the complement; mentions inside it are dropped. Run with
 * `listedOrganizations` only (extract.ts: the held-out ANERcorp figures did not move). Returns the sentence's
 * mentions, in text order. `maxUnits`: names of more units are left as they are (session 49: the listed
 * organisations the tagger left untagged are read again with 2, `[المجلس الأعلى] للقضاء`).
 */
export const bodyComplements = (units: ReadonlyArray<Unit>, found: ReadonlyArray<Mention>, maxUnits = Infinity): Array<Mention> => {
  const out: Array<Mention> = []
  let h = 0
  let k = 0
  for (let i = 0; i < found.length; i++) {
    const m = found[i]!
    out.push(m)
    if (m.type !== "ORGANIZATION" || m.units.length < 2 || m.units.length > maxUnits) continue
    const first = m.units[0]!
    // (the mention's first unit)
    while (h < units.length && units[h]!.start < first.start) h++
    const last = m.units[m.units.length - 1]!
    if (first.kind !== "word" || !BODY_HEADS().has(first.bare) || !definiteWord(last) || !bodyAdjective(first, last)) continue
    // (the unit after the mention's end: units and mentions are in text order)
    while (k < units.length && units[k]!.start < m.end) k++
    // (فريق [الاتحاد السعودي] لكرة القدم: a team's noun before the name makes it a club named after a body, whose
    // complement is the team's sport, not the body's field)
    if (h > 0 && units[h - 1]!.kind === "word" && isTeamNoun(units[h - 1]!.bare)) continue
    if (k >= units.length) break
    const e = fieldComplementEnd(units, k)
    if (e < 0) continue
    const end = units[e]!.end
    // (the mentions inside the complement are dropped; one that reaches past it leaves the name as it is)
    let j = i + 1
    while (j < found.length && found[j]!.end <= end) j++
    if (j < found.length && found[j]!.start < end) continue
    out[out.length - 1] = { ...m, end, units: [...m.units, ...units.slice(k, e + 1)] }
    i = j - 1
  }
  return out
}
