/**
 * Checks shared by the tests of word lists moved from the entity stage's code into gazetteers/name-cues.json (the
 * sixty-second and sixty-third sessions' reviews): each list holds, as written, exactly the words the code held, in its
 * order, with no English words, and a file without it is refused naming the list.
 */
import { expect, it } from "vitest"
import { loadNameCues, validateNameCues, type NameCuesFile } from "../../../src/extract/entities/evidence.js"
import { GazetteerError } from "../../../src/extract/entities/gazetteer.js"

/** Lists of name-cues.json by name, with the words the code held. */
export type MovedCues = Partial<Record<keyof NameCuesFile, ReadonlyArray<string>>>

/**
 * Registers the two checks for the lists of `old` (see the module's comment). A list of `grown` was added to by a
 * later session after it moved: it opens with the words the code held, in its order.
 */
export const itChecksMovedCues = (old: MovedCues, grown: ReadonlyArray<keyof NameCuesFile> = []): void => {
  const names = Object.keys(old) as Array<keyof NameCuesFile>

  it("hold, as written, exactly the words the code held, in its order", () => {
    const f = loadNameCues()
    for (const name of names) {
      const words = (f[name] as { ar: ReadonlyArray<string> }).ar
      expect(grown.includes(name) ? words.slice(0, old[name]!.length) : words, name).toEqual(old[name])
      expect((f[name] as { en: ReadonlyArray<string> }).en, name).toEqual([])
    }
  })

  it.each(names)("a file without %s is refused, naming the list", (name) => {
    const { [name]: _dropped, ...rest } = loadNameCues()
    expect(() => validateNameCues(rest)).toThrow(GazetteerError)
    expect(() => validateNameCues(rest)).toThrow(new RegExp(name))
  })
}
