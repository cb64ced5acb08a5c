import { describe, expect, it } from "vitest"
import { entitiesWithTags } from "./fixed-tags.js"

describe("an English name that opens with a personal honorific is a person's, whatever type the tagger gave it", () => {
  it.each([
    ["Mr + surname typed as a place", "The plan was backed by Mr Sarkozy on Tuesday.", "Mr Sarkozy", "LOCATION", "Sarkozy"],
    ["Dr + surname typed as an organisation", "Writing in the journal, Dr Paniccia said the chip was faster.", "Dr Paniccia", "ORGANIZATION", "Paniccia"],
    ["Ms + surname typed as other", "Meanwhile Ms Hutt defended her record on waiting times.", "Ms Hutt", "MISC", "Hutt"],
    ["Sir + full name typed as an organisation", "The club said Sir Alex Ferguson would stay.", "Sir Alex Ferguson", "ORGANIZATION", "Alex Ferguson"]
  ] as const)("%s", (_name, text, span, type, name) => {
    const es = entitiesWithTags("en", text, [[span, type]])
    expect(es.map((e) => [e.text, e.type, e.role])).toEqual([[name, "PERSON", null]])
  })

  it.each([
    ["Lord is no personal honorific (Lord's, the ground)", "Rain stopped play at Lord's Cricket Ground.", "Lord's Cricket Ground", "LOCATION"],
    ["a lone honorific stays what it was", "The letter was signed Dr.", "Dr", "MISC"]
  ] as const)("not when %s", (_name, text, span, type) => {
    const es = entitiesWithTags("en", text, [[span, type]])
    expect(es.map((e) => e.type)).toEqual([type])
  })
})
