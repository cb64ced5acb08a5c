/**
 * Loading the library builds no normalization tables: they are built the
 * first time a text is normalized. A module that folds a word list when it is
 * loaded makes every worker thread of a corpus run build them at start, and
 * the fourth session's entity head lists did: two idle workers took 12–16 MB
 * more each, and a corpus run's peak went from 358 to 391–406 MB.
 */
import { describe, expect, it, vi } from "vitest"

describe("lazy tables", () => {
  it("importing the package compiles no normalization program", async () => {
    vi.resetModules()
    const normalize = await import("../../src/normalize/normalize.js")
    await import("../../src/index.js")
    await import("../../src/node.js")
    expect(normalize.compiledPrograms()).toBe(0)
    // and the first normalization compiles one
    normalize.normalizeText("الأمم المتحدة", "search")
    expect(normalize.compiledPrograms()).toBe(1)
  })
})
