import { describe, expect, it } from "vitest"
import { extractQuotes } from "../../../src/extract/quotes/index.js"
import { describeQuoteTables, parseMarked, type QuoteRow } from "./marked.js"

/**
 * Arabic quote speakers after the session-60 brief (docs/history/quotes.md, "Sixtieth session: arquote12"), from the
 * A114 and A115 readings: a body's mission (`بعثة X في Y`) speaks as the mission, not the body, and `البعثة` alone
 * after it is that mission; a masculine deputy's noun before a woman's post and her name (`نائب المستشارة … X`) speaks
 * as the phrase, not the woman it names; one or two words in marks right before a speech verb with a subject and a colon
of its own are not that verb's (`«طمع مادي» وتضيف X لـ»المدينة»: …`). Sentences written for these tests in the style of the wires; `[[TYPE:text]]`
 * marks become entities.
 */

const W = {
  attack: "تدين بشدة الهجوم الذي استهدف قافلة الإمدادات قرب الحدود",
  staff: "ثلاثة من العاملين المحليين أصيبوا بجروح طفيفة في الهجوم",
  talks: "من الخطأ العودة إلى النقاش حول خروج اليونان من منطقة اليورو"
}

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a body's mission and its seat (`missionHeads`, `agencyPhrase`, `missionSeatEnd`)": [
    [`وقالت بعثة [[ORGANIZATION:الأمم المتحدة]] في [[LOCATION:ليبيا]] في بيان إنها «${W.attack}».`, [`[بعثة الأمم المتحدة في ليبيا | قالت] ${W.attack}`]],
    [`وأشارت بعثة [[ORGANIZATION:الاتحاد الإفريقي]] إلى أن «${W.staff}».`, [`[بعثة الاتحاد الإفريقي | أشارت] ${W.staff}`]],
    [`وقالت بعثة [[ORGANIZATION:الاتحاد الأوروبي]] لدى [[ORGANIZATION:الأمم المتحدة]] إن «${W.staff}».`, [`[بعثة الاتحاد الأوروبي لدى الأمم المتحدة | قالت] ${W.staff}`]],
    // must stay: an office's head as before (`مكتب`), a body with no mission's head
    [`وقال مكتب [[ORGANIZATION:الأمم المتحدة]] لتنسيق الشؤون الإنسانية إن «${W.staff}».`, [`[مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية | قال] ${W.staff}`]],
    [`وقالت [[ORGANIZATION:الأمم المتحدة]] في بيان إن «${W.staff}».`, [`[الأمم المتحدة | قالت] ${W.staff}`]]
  ],
  "`البعثة` alone after the mission was named (`missionNamedBefore`)": [
    [`أعلنت بعثة [[ORGANIZATION:الأمم المتحدة]] في [[LOCATION:مالي]] أمس أن خمسة موظفين قتلوا.\nوقالت البعثة في بيان إنها «${W.attack}»، لافتة إلى أن «${W.staff}».`, [`[بعثة الأمم المتحدة في مالي | قالت] ${W.attack}`, `[بعثة الأمم المتحدة في مالي | لافتة] ${W.staff}`]],
    // must stay: someone else quoted since the mission was named
    [`أعلنت بعثة [[ORGANIZATION:الأمم المتحدة]] في [[LOCATION:مالي]] أمس أن خمسة موظفين قتلوا.\nوقال [[PERSON:موسى كوناتي]]: «${W.staff}».\nوقالت البعثة: «${W.attack}».`, [`[موسى كوناتي | قال] ${W.staff}`, `[البعثة | قالت] ${W.attack}`]]
  ],
  "a deputy's noun before a woman's post and her name (`deputyOfFemalePost`, read by `possessorBefore`)": [
    [`وفي مقابلة مع التلفزيون، اعتبر نائب المستشارة الألمانية [[PERSON:أنجيلا ميركل]] أن «${W.talks}».`, [`[نائب المستشارة الألمانية أنجيلا ميركل | اعتبر] ${W.talks}`]],
    [`وقال نائب رئيسة الوزراء [[PERSON:تيريزا ماي]] إن «${W.talks}».`, [`[نائب رئيسة الوزراء تيريزا ماي | قال] ${W.talks}`]],
    // must stay: a man's post (the name is the deputy's own), the woman herself
    [`وقال نائب الرئيس الأمريكي [[PERSON:جو بايدن]] إن «${W.talks}».`, [`[جو بايدن | قال] ${W.talks}`]],
    [`وقالت المستشارة الألمانية [[PERSON:أنجيلا ميركل]] إن «${W.talks}».`, [`[أنجيلا ميركل | قالت] ${W.talks}`]]
  ],
  "an unnamed source and a body glued to `بـ` (`unnamedSource`)": [
    [`وقال مسؤول ب[[ORGANIZATION:طالبان]] من قندهار رفض الإفصاح عن هويته إن «${W.staff}».`, [`[مسؤول بطالبان | قال] ${W.staff}`]],
    [`وقال مسؤول رفيع ب[[ORGANIZATION:الاتحاد الأوروبي]] إن «${W.staff}».`, [`[مسؤول رفيع بالاتحاد الأوروبي | قال] ${W.staff}`]],
    // must stay: the body after في or من is the speaker, as before
    [`وقال مصدر مسؤول في [[ORGANIZATION:وزارة الداخلية]] إن «${W.staff}».`, [`[وزارة الداخلية | قال] ${W.staff}`]]
  ],
  "short marks right before a speech verb with a subject and a colon of its own (`cueAfter`, `namedVerbAndColon`)": [
    [`وقالت الباحثة [[PERSON:سلمى العلي]]: إن الذين ينضمون إلى التنظيم نوعان، وذهاب بعضهم إليه «طمع مادي» وتضيف العلي لـ»الصحيفة»: هناك أربعة أنواع منهم في الواقع.`, ["[سلمى العلي | قالت] إن الذين ينضمون إلى التنظيم نوعان، وذهاب بعضهم إليه «طمع مادي»", "[العلي | تضيف] هناك أربعة أنواع منهم في الواقع"]],
    // must stay: the verb with no colon of its own attributes the marks before it as before
    [`وقالت الباحثة [[PERSON:سلمى العلي]] إن الوضع صعب. «${W.staff}» وتضيف العلي أن هناك أربعة أنواع منهم.`, [`[العلي | تضيف] ${W.staff}`]]
  ]
}

describeQuoteTables("Arabic quotes: a body's mission, a deputy of a woman's post (session 60, arquote12)", tables)

describe("a headline `X: …` of a body confirmed by its mission's quote (`missionOf`, read by `headlineBody`)", () => {
  const quotesOf = (marked: string): Array<string> => {
    const { text, entities } = parseMarked(marked)
    const lineEnd = text.indexOf("\n")
    return extractQuotes(text, { entities, title: { start: 0, end: lineEnd } }).map((q) => `[${q.speaker} | ${q.verb}] ${q.text}`)
  }
  const body = `أعلنت بعثة [[ORGANIZATION:الأمم المتحدة]] في [[LOCATION:مالي]] أمس أن خمسة موظفين قتلوا.\nوقالت البعثة في بيان إن «${W.staff}».`
  it("the mission's quote confirms the body's headline", () => {
    expect(quotesOf(`[[ORGANIZATION:الأمم المتحدة]]: مقتل خمسة من المتعاقدين معها في الهجوم على الفندق\n${body}`)).toEqual([
      "[الأمم المتحدة | null] مقتل خمسة من المتعاقدين معها في الهجوم على الفندق",
      `[بعثة الأمم المتحدة في مالي | قالت] ${W.staff}`
    ])
  })
  // must stay: another body's headline is not confirmed by the mission
  it("another body's headline stays unquoted", () => {
    expect(quotesOf(`[[ORGANIZATION:الاتحاد الأوروبي]]: مقتل خمسة من المتعاقدين معها في الهجوم على الفندق\n${body}`)).toEqual([`[بعثة الأمم المتحدة في مالي | قالت] ${W.staff}`])
  })
})
