/**
 * Sixty-third session (helper perf9, the extract stage's speed): `clubsAfterClubNoun` (mentions.ts) asks whether the
 * word before is `نادي` before it asks the word's own tests (`isFunctionWord` folds the word's text, and was asked of
 * every untagged word of every Arabic sentence). The same clubs, and the same words turned away, as before: each
 * condition of the rule in a sentence of its own, the head's and the word's.
 *
 * Sentences written for these tests in the style of the news wires; tags set by hand.
 */
import { describe, expect, it } from "vitest"
import type { EntityType } from "../../../src/schema/record.js"
import { clubsAfterClubNoun, mentionsOf } from "../../../src/extract/entities/mentions.js"
import { sentencesWithTags } from "./fixed-tags.js"

type Marks = ReadonlyArray<readonly [string, EntityType]>

/** `TYPE text` of the clubs `clubsAfterClubNoun` adds to a sentence's mentions. */
const clubs = (text: string, marks: Marks = []): Array<string> =>
  sentencesWithTags("ar", text, marks).flatMap(({ units, tagged }) => {
    const own = mentionsOf(text, units, tagged, "ar", true)
    return clubsAfterClubNoun(units, tagged, own).map((m) => `${m.type} ${text.slice(m.start, m.end)}`)
  })

describe("a club's name after `نادي` (clubsAfterClubNoun, the head asked first)", () => {
  it.each<[string, Marks, Array<string>]>([
    // the head bare, or with a glued preposition or conjunction; the name with the article or without it
    ["وتعاقد نادي الشعلة مع المدرب أمس .", [], ["ORGANIZATION الشعلة"]],
    ["وانتقل المهاجم لنادي الفتح بعقد لموسمين .", [], ["ORGANIZATION الفتح"]],
    ["واحتفل أعضاء ونادي هجر بالصعود .", [], ["ORGANIZATION هجر"]],
    // no club after `نادى` the verb, after the head with the article, after a head the tagger tagged
    ["ونادى الشعلة بالهدوء في المدرجات .", [], []],
    ["وأعلن النادي الشعلة في المنطقة خطته .", [], []],
    ["ووقع نادي الشعلة عقدا جديدا .", [["نادي", "ORGANIZATION"]], []],
    // no `نادي` before the word: nothing, whatever the word
    ["وتعاقد فريق الشعلة مع المدرب أمس .", [], []],
    // the word turns itself away after `نادي`: a function word, an adjective of the lists, a participle, a word the
    // tagger tagged, a tagged word right after it
    ["وقال إن نادي حيث يتدرب الفريق أغلق .", [], []],
    ["وعاد اللاعب إلى نادي المفضل بعد موسم .", [], []],
    ["وتعاقد نادي مستضيف البطولة مع المدرب .", [], []],
    ["وفاز نادي الهلال على منافسه .", [["الهلال", "ORGANIZATION"]], []],
    ["وتعاقد نادي ريال مدريد مع اللاعب .", [["مدريد", "LOCATION"]], []]
  ])("%s", (text, marks, expected) => {
    expect(clubs(text, marks)).toEqual(expected)
  })
})
