/**
 * Sixty-second session (helper tidy6), a review with no change of results (records byte-identical on the three dumps;
 * docs/history/entities.md, "Sixty-second session: tidy6"):
 *
 * - `arabicWordAfter` (evidence.ts), the twin of `arabicWordBefore`: the Arabic word right after an offset, spaces only
 *   between; `particleAt` (extract.ts, read by `particleSurnames`) reads its word, which finds the same particles as
 *   the scan it had (checked here against that scan, kept as `oldParticleAt`);
 * - the word lists `MILITARY_RANKS`, `RANK_TAILS` (extract.ts), `CLUB_ADJECTIVES` (mentions.ts), `clubNationalities`
 *   (link.ts), `TEAM_NOUNS` (body-complements.ts) and `AR_FIXTURE_OPPONENT` (evidence.ts) moved, unchanged, to
 *   gazetteers/name-cues.json (`militaryRanks`, `rankTails`, `clubAdjectives`, `clubNationalities`, `teamNouns`,
 *   `fixtureOpponents`), validated on load and read by `isMilitaryRank`, `isRankTail`, `isClubAdjective`,
 *   `isClubNationality`, `isTeamNoun` and (inside evidence.ts, by `arabicFixtureTeam`) `isFixtureOpponent`.
 *
 * Sentences written for these tests in the style of the news wires; tags set by hand.
 */
import { describe, expect, it } from "vitest"
import { namesAfterRanks } from "../../../src/extract/entities/extract.js"
import { arabicWordAfter, arabicWordBefore, isArabicLetter, isClubAdjective, isClubNationality, isMilitaryRank, isRankTail, isTeamNoun, loadNameCues } from "../../../src/extract/entities/evidence.js"
import { clubsAfterClubNoun, FOREIGN_PARTICLES, mentionsOf } from "../../../src/extract/entities/mentions.js"
import { searchKey } from "../../../src/extract/entities/gazetteer.js"
import { entitiesWithTags, sentencesWithTags } from "./fixed-tags.js"
import { itChecksMovedCues } from "./moved-cues.js"

/** The word of `arabicWordAfter(text, at)` as text, or null. */
const after = (text: string, at: number): string | null => {
  const w = arabicWordAfter(text, at)
  return w === null ? null : text.slice(w[0], w[1])
}

describe("arabicWordAfter: the Arabic word right after an offset, spaces only between", () => {
  const NAME = "وقال يوهان"
  it.each<[string, string | null]>([
    [`${NAME} فان دير بيرغ`, "فان"],
    [`${NAME}  فان`, "فان"],
    [`${NAME}\u00a0فان`, "فان"],
    // a word with marks and tatweel, as written
    [`${NAME} فـان`, "فـان"],
    [`${NAME} فَان،`, "فَان"],
    // no space, a comma, a quotation mark, a line break or a Latin word between: none
    [`${NAME}فان`, null],
    [`${NAME}، فان`, null],
    [`${NAME} «فان»`, null],
    [`${NAME}\nفان`, null],
    [`${NAME} van`, null],
    [`${NAME} `, null],
    // 16 code units at the most: a longer word is none
    [`${NAME} ${"ب".repeat(16)}`, "ب".repeat(16)],
    [`${NAME} ${"ب".repeat(17)}`, null]
  ])("%s", (text, expected) => {
    expect(after(text, NAME.length)).toBe(expected)
  })

  it("is arabicWordBefore's twin: the word after one offset is the word before the other", () => {
    const text = "أكد اللواء مطلق الأزيمع أن القوات مستعدة"
    let seen = 0
    for (let at = 0; at <= text.length; at++) {
      const w = arabicWordAfter(text, at)
      if (w === null || text.charCodeAt(w[1]) !== 0x20) continue
      expect(arabicWordBefore(text, w[1] + 1)).toEqual(w)
      seen++
    }
    expect(seen).toBeGreaterThan(4)
  })
})

/** `particleAt` of extract.ts before this session: at most five letters after the spaces, read as written. */
const oldParticleAt = (text: string, from: number, set: ReadonlySet<string>): string | null => {
  let i = from
  while (i < text.length && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0xa0)) i++
  if (i === from) return null
  let j = i
  while (j < text.length && j - i <= 4 && isArabicLetter(text.charCodeAt(j))) j++
  const w = text.slice(i, j)
  return set.has(w) ? w : null
}

/** `particleAt` of extract.ts now: the word of `arabicWordAfter`. */
const newParticleAt = (text: string, from: number, set: ReadonlySet<string>): string | null => {
  const word = arabicWordAfter(text, from)
  if (word === null) return null
  const w = text.slice(word[0], word[1])
  return set.has(w) ? w : null
}

describe("particleAt reads arabicWordAfter's word and finds the same particles as before", () => {
  it("every particle of FOREIGN_PARTICLES has four letters or fewer (the condition of the sameness)", () => {
    for (const p of FOREIGN_PARTICLES) expect(p.length, p).toBeLessThanOrEqual(4)
  })

  it("at every offset of sentences with particles, words of five letters and more, marks, tatweel and NBSP", () => {
    const texts = [
      "وقال يوهان فان دير بيرغ، رئيس الاتحاد، إن",
      "وسجل سام فان آكين هدفا وفانسان فانديرفارت",
      "ويرى فرانك دي بور وماك آرثر ومك لارين أن دو",
      "وأكد فون\u00a0دير لاين وفانـ  فاندرفارتيستانيين دا سيلفا",
      "وقال دَي بور «فان» فان، ديل بوسكي لو"
    ]
    for (const text of texts) for (let at = 0; at <= text.length; at++) expect(newParticleAt(text, at, FOREIGN_PARTICLES), `${at}`).toBe(oldParticleAt(text, at, FOREIGN_PARTICLES))
  })
})

/** The lists as they stood in the code before this session. */
const OLD = {
  militaryRanks: ["فريق", "مشير", "لواء", "عميد", "عقيد"],
  rankTails: ["أول", "ركن", "طيار", "بحري", "مظلي", "متقاعد"],
  clubAdjectives: ["مفضل", "سابق", "جديد", "حالي", "قديم", "أم"],
  clubNationalities: [
    "الإيطالي", "الفرنسي", "الإسباني", "الاسباني", "الإنجليزي", "الانجليزي", "الإنكليزي", "الألماني", "البرتغالي", "الهولندي",
    "البلجيكي", "البرازيلي", "الأرجنتيني", "التركي", "اليوناني", "الأوكراني", "الاسكتلندي", "الإسكتلندي"
  ],
  teamNouns: ["فريق", "نادي", "لاعب", "لاعبو", "لاعبي", "جماهير", "مدرب"],
  fixtureOpponents: ["ضيفه", "مضيفه", "ضيفها", "مضيفها", "ضيفيه", "مضيفيه", "وضيفه", "ومضيفه"]
} as const

describe("the lists moved to name-cues.json", () => {
  // (militaryRanks: the sixty-third session, helper arent7, added the lower ranks after the words moved here)
  itChecksMovedCues(OLD, ["militaryRanks"])

  it("are read by their helpers in search form", () => {
    for (const w of OLD.militaryRanks) expect(isMilitaryRank(searchKey(w)), w).toBe(true)
    for (const w of OLD.rankTails) expect(isRankTail(searchKey(w)), w).toBe(true)
    for (const w of OLD.clubAdjectives) expect(isClubAdjective(searchKey(w)), w).toBe(true)
    for (const w of OLD.clubNationalities) expect(isClubNationality(searchKey(w)), w).toBe(true)
    for (const w of OLD.teamNouns) expect(isTeamNoun(searchKey(w)), w).toBe(true)
    // (the words around them are none: a rank with the article, a nationality without it, a rank's tail as a rank)
    expect(isMilitaryRank(searchKey("اللواء"))).toBe(false)
    expect(isMilitaryRank(searchKey("ضابط"))).toBe(false)
    expect(isRankTail(searchKey("فريق"))).toBe(false)
    expect(isClubAdjective(searchKey("أهلي"))).toBe(false)
    expect(isClubNationality(searchKey("إيطالي"))).toBe(false)
    expect(isClubNationality(searchKey("العراقي"))).toBe(false)
  })

  it("the source says where each came from", () => {
    const { source } = loadNameCues()
    for (const name of Object.keys(OLD)) expect(source, name).toMatch(new RegExp(`${name}[^.]*sixty-second session, helper tidy6|${name} \\(the same session and helper`))
  })
})

/** `TYPE text [role]` of what `rule` adds to the sentences of `text`, which the tagger leaves untagged here. */
const added = (rule: "namesAfterRanks" | "clubsAfterClubNoun", text: string): Array<string> =>
  rule === "namesAfterRanks"
    ? entitiesWithTags("ar", text, [], { added: namesAfterRanks }).map((e) => `${e.type} ${e.text} [${e.role}]`)
    : sentencesWithTags("ar", text, []).flatMap(({ units, tagged }) => clubsAfterClubNoun(units, tagged, mentionsOf(text, units, tagged, "ar", true)).map((m) => `${m.type} ${text.slice(m.start, m.end)}`))

describe("the rules read the moved lists as before", () => {
  it.each<["namesAfterRanks" | "clubsAfterClubNoun", string, Array<string>]>([
    ["namesAfterRanks", "وقال اللواء طيار ركن فهد الشهري إن الطائرات عادت .", ["PERSON فهد الشهري [اللواء طيار ركن]"]],
    ["namesAfterRanks", "وأوضح العميد متقاعد سالم الحربي أن الحدود آمنة .", ["PERSON سالم الحربي [العميد متقاعد]"]],
    ["namesAfterRanks", "وقال المشير خليفة حفتر إن قواته تتقدم .", ["PERSON خليفة حفتر [المشير]"]],
    // a rank that is no word of the list: left (`الرائد` is one since the sixty-third session)
    ["namesAfterRanks", "وقال الضابط فهد الشهري إن الطائرات عادت .", []],
    // the brigade, as before
    ["namesAfterRanks", "وانتشر اللواء الثامن قرب المدينة .", []],
    // an adjective of "my club" after `نادي`: no club
    ["clubsAfterClubNoun", "وقال المدافع إنه سيبقى في نادي الحالي حتى نهاية عقده .", []],
    ["clubsAfterClubNoun", "وعاد الحارس إلى نادي الأم بعد ثلاثة مواسم .", []],
    ["clubsAfterClubNoun", "وانتقل الحارس إلى نادي الشباب بعد ثلاثة مواسم .", ["ORGANIZATION الشباب"]]
  ])("%s: %s", (rule, text, expected) => {
    expect(added(rule, text)).toEqual(expected)
  })
})
