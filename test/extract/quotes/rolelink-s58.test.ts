/**
 * Fifty-eighth session (helper rolelink): a speaker that is a role phrase with no entity (`the chancellor`, `a judge`,
 * `الوزير اللبناني`) becomes the one person the document ties to that role (`linkRoleSpeakers` in
 * `src/extract/quotes/role-link.ts`; docs/quotes.md, "Role phrases linked after the scan"). The post-step is tested on
 * its own with the entities written out (exact), and through the pipeline. Sentences written for these tests in the
 * style of the wires.
 */
import { describe, expect, it } from "vitest"
import { processText } from "../../../src/index.js"
import { linkRoleSpeakers, rolePhrase } from "../../../src/extract/quotes/role-link.js"
import type { Entity, Quote } from "../../../src/schema/record.js"

/** A person entity on the `n`-th occurrence of `name` in `text` (0-based), with `id` and the stage's `role`. */
const person = (text: string, name: string, id: string, role: string | null = null, n = 0): Entity => {
  let at = -1
  for (let i = 0; i <= n; i++) at = text.indexOf(name, at + 1)
  if (at < 0) throw new Error(`no ${name}`)
  return { text: name, type: "PERSON", canonical: id.split(":")[1] ?? name, entityId: id.split(":")[0]!, role, confidence: 1, start: at, end: at + name.length }
}

/** The quote of the words in marks `said` holds, with `speaker` as the scanner gave it. */
const quote = (text: string, said: string, speaker: string): Quote => {
  const start = text.indexOf(said)
  return { text: said, speaker, speakerEntityId: null, verb: "said", start, end: start + said.length }
}

/** `speaker (id)` after the post-step, for the one quote. */
const linked = (text: string, said: string, speaker: string, entities: ReadonlyArray<Entity>, titleEnd = -1): string => {
  const [q] = linkRoleSpeakers(text, [quote(text, said, speaker)], entities, titleEnd >= 0 ? { start: 0, end: titleEnd } : null)
  return `${q!.speaker} (${q!.speakerEntityId})`
}

describe("rolePhrase: which speakers are role phrases", () => {
  const rows: ReadonlyArray<readonly [string, string | null]> = [
    ["the chancellor", "chancellor/"],
    ["The Chancellor", "chancellor/"],
    ["the Pakistani president", "president/pakistani"],
    ["a judge", "judge/"],
    ["the prime minister", "minister/prime"],
    ["Gordon Brown", null],
    ["the BBC", null],
    ["a spokesman for the club", null],
    ["the club's coach", null],
    ["الوزير", "وزير/"],
    ["الوزير اللبناني", "وزير/لبناني"],
    ["وزير الخارجية", null],
    ["عادل الجبير", null]
  ]
  it.each(rows)("%s → %s", (speaker, want) => {
    const p = rolePhrase(speaker)
    expect(p === null ? null : `${p.head}/${p.modifiers.join(" ")}`).toBe(want)
  })
})

describe("English: a definite role phrase", () => {
  it("takes the role written right before the name (`Chancellor Tom Ashby`)", () => {
    const text = `Chancellor Tom Ashby spoke in Leeds. Later the chancellor said: "We will not raise taxes."`
    expect(linked(text, "We will not raise taxes.", "the chancellor", [person(text, "Tom Ashby", "e1:Tom Ashby")])).toBe("Tom Ashby (e1)")
  })

  it("takes the title's role of the person who opens the body (`Chancellor rallies …` ⏎ `Tom Ashby has …`)", () => {
    const title = "Chancellor rallies party faithful"
    const text = `${title}\n\nTom Ashby has urged voters to turn out. The chancellor said: "The stakes are high."`
    expect(linked(text, "The stakes are high.", "The chancellor", [person(text, "Tom Ashby", "e1:Tom Ashby")], title.length)).toBe("Tom Ashby (e1)")
  })

  it("does not read the title's first word as a role when it names the person (`Ashby rallies …`)", () => {
    const title = "Ashby rallies party faithful"
    const text = `${title}\n\nTom Ashby has urged voters to turn out. The chancellor said: "The stakes are high."`
    const ents = [person(text, "Ashby", "e1:Tom Ashby"), person(text, "Tom Ashby", "e1:Tom Ashby")]
    expect(linked(text, "The stakes are high.", "The chancellor", ents, title.length)).toBe("The chancellor (null)")
  })

  it("passes over a shadow chancellor, even with the stage's role cut to `chancellor`", () => {
    const text = `Chancellor Tom Ashby attacked shadow chancellor Sam Reed. Then the chancellor said: "Their sums do not add up."`
    const ents = [person(text, "Tom Ashby", "e1:Tom Ashby"), person(text, "Sam Reed", "e2:Sam Reed", "chancellor")]
    expect(linked(text, "Their sums do not add up.", "the chancellor", ents)).toBe("Tom Ashby (e1)")
  })

  it("leaves the phrase when two persons hold the post", () => {
    const text = `Health Minister Ana Ruiz met Trade Minister Jo Hill. The minister said: "We agreed on a plan."`
    const ents = [person(text, "Ana Ruiz", "e1:Ana Ruiz"), person(text, "Jo Hill", "e2:Jo Hill")]
    expect(linked(text, "We agreed on a plan.", "The minister", ents)).toBe("The minister (null)")
  })

  it("does not read `Prime Minister X` as `the minister`", () => {
    const text = `Prime Minister Ana Ruiz opened the hall. The minister said: "It is a fine day."`
    expect(linked(text, "It is a fine day.", "The minister", [person(text, "Ana Ruiz", "e1:Ana Ruiz")])).toBe("The minister (null)")
  })

  it("leaves the phrase when a name follows it after a comma (`the chancellor, Sam Reed,`)", () => {
    const text = `Chancellor Tom Ashby has left office. "We start afresh," said the chancellor, Sam Reed, on Monday.`
    const ents = [person(text, "Tom Ashby", "e1:Tom Ashby"), person(text, "Sam Reed", "e2:Sam Reed")]
    expect(linked(text, "We start afresh,", "the chancellor", ents)).toBe("the chancellor (null)")
  })

  it("needs the person named before the phrase", () => {
    const text = `The chancellor said: "We will not raise taxes." Chancellor Tom Ashby spoke in Leeds.`
    expect(linked(text, "We will not raise taxes.", "The chancellor", [person(text, "Tom Ashby", "e1:Tom Ashby")])).toBe("The chancellor (null)")
  })

  it("needs every word of the phrase in the role (`the Pakistani president` is not `US President X`)", () => {
    const text = `US President Jo Hill arrived in Lahore. The Pakistani president said: "We welcome him."`
    expect(linked(text, "We welcome him.", "The Pakistani president", [person(text, "Jo Hill", "e1:Jo Hill")])).toBe("The Pakistani president (null)")
  })
})

describe("English: an indefinite role phrase (`a judge`)", () => {
  it("takes the person the next sentence introduces with that role", () => {
    const text = `This week a judge warned of "urban savages" in the town. Judge Tom Ashby QC made his remarks at Leeds Crown Court.`
    expect(linked(text, "urban savages", "a judge", [person(text, "Tom Ashby", "e1:Tom Ashby")])).toBe("Tom Ashby (e1)")
  })

  it("leaves it when the person was named before (the judge is someone else)", () => {
    const text = `Judge Tom Ashby retired last year. This week a judge warned of "urban savages" in the town. Judge Tom Ashby agreed.`
    const ents = [person(text, "Tom Ashby", "e1:Tom Ashby"), person(text, "Tom Ashby", "e1:Tom Ashby", null, 1)]
    expect(linked(text, "urban savages", "a judge", ents)).toBe("a judge (null)")
  })

  it("leaves it when the person comes two sentences later", () => {
    const text = `A judge warned of "urban savages" in the town. The case continues. Police were called. Judge Tom Ashby sat alone.`
    expect(linked(text, "urban savages", "A judge", [person(text, "Tom Ashby", "e1:Tom Ashby")])).toBe("A judge (null)")
  })
})

describe("Arabic: a definite role phrase", () => {
  it("takes the minister named with `وزير … X`, the article and the nisba folded", () => {
    const text = "وقال وزير الزراعة اللبناني سامر حداد إن الموسم جيد. وأضاف الوزير اللبناني: «الإنتاج تضاعف هذا العام»."
    expect(linked(text, "الإنتاج تضاعف هذا العام", "الوزير اللبناني", [person(text, "سامر حداد", "e1:سامر حداد")])).toBe("سامر حداد (e1)")
  })

  it("leaves `الوزير` when two ministers are named", () => {
    const text = "التقى وزير الخارجية سامر حداد وزير المالية نبيل عون. وقال الوزير: «بحثنا ملفات كثيرة»."
    const ents = [person(text, "سامر حداد", "e1:سامر حداد"), person(text, "نبيل عون", "e2:نبيل عون")]
    expect(linked(text, "بحثنا ملفات كثيرة", "الوزير", ents)).toBe("الوزير (null)")
  })

  it("does not read a former minister (`السابق` in the stage's role) as `الوزير`", () => {
    const text = "وحضر اللقاء سامر حداد. وقال الوزير: «بحثنا ملفات كثيرة»."
    expect(linked(text, "بحثنا ملفات كثيرة", "الوزير", [person(text, "سامر حداد", "e1:سامر حداد", "وزير المالية السابق")])).toBe("الوزير (null)")
  })

  it("leaves the nisba that the role lacks (`الوزير اللبناني` is not `وزير الخارجية السوري`)", () => {
    const text = "وقال وزير الخارجية السوري سامر حداد إن اللقاء مثمر. وأضاف الوزير اللبناني: «نريد حلا سريعا»."
    expect(linked(text, "نريد حلا سريعا", "الوزير اللبناني", [person(text, "سامر حداد", "e1:سامر حداد")])).toBe("الوزير اللبناني (null)")
  })
})

describe("through the pipeline", () => {
  it("gives the chancellor's later quotes to the person the title's role opens the body with", async () => {
    const text = [
      "Chancellor rallies party voters",
      "",
      "Gordon Brown has issued a rallying cry to supporters before the election.",
      "",
      `Turning to the economy, the chancellor promised to keep growth going. "My message to young couples is that housing is at the centre of our manifesto," he said.`
    ].join("\n")
    const r = await processText(text, { id: "rolelink-s58" })
    expect(r.quotes.map((q) => q.speaker)).toEqual(["Gordon Brown"])
  })
})

describe("Arabic: a post in construct with another post", () => {
  it("does not give `المستشارة` to the president named after `مستشارة الرئيس`", () => {
    const text = "وقالت سلمى عون، مستشارة الرئيس سامر حداد لشؤون الأمن، إن الخطة جاهزة. وأضافت المستشارة أن «الأمن أولويتنا»."
    expect(linked(text, "الأمن أولويتنا", "المستشارة", [person(text, "سلمى عون", "e1:سلمى عون"), person(text, "سامر حداد", "e2:سامر حداد")])).toBe("المستشارة (null)")
  })
})

describe("Arabic: a bare post's noun in construct with the name", () => {
  it("does not give `المستشارة` to the person named right after `مستشارة` (`مستشارة حداد`: his adviser)", () => {
    const text = "وتقول مستشارة سامر حداد لشؤون الأمن في بيان إن الخطة جاهزة. وأضافت المستشارة أن «الأمن أولويتنا»."
    expect(linked(text, "الأمن أولويتنا", "المستشارة", [person(text, "سامر حداد", "e1:سامر حداد")])).toBe("المستشارة (null)")
  })

  it("gives `الوزير` to the person right after `الوزير` with the article", () => {
    const text = "وحضر الوزير سامر حداد اللقاء. وقال الوزير: «بحثنا ملفات كثيرة»."
    expect(linked(text, "بحثنا ملفات كثيرة", "الوزير", [person(text, "سامر حداد", "e1:سامر حداد")])).toBe("سامر حداد (e1)")
  })
})
