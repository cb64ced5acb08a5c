/**
 * The playground in a real browser: the static build (scripts/build-playground.ts,
 * written to a temporary folder), served over localhost, loaded in Debian's
 * chromium driven by playwright-core. An Arabic and an English fixture article
 * are pasted; the page must show the title, a highlighted person, a resolved
 * date and a quote speaker, fetch only the model of the article's language,
 * log no console errors, fetch nothing from outside, and download the same
 * record as khabar gives in Node. `UPDATE_SCREENSHOTS=1` saves
 * docs/img/playground.png. Skips (with the reason) when /usr/bin/chromium is
 * absent.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import type { Server } from "node:http"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"
import type { BrowserContext, Page } from "playwright-core"
import { buildPlayground } from "../../scripts/build-playground.js"
import { serveStatic } from "../../scripts/serve-playground.js"
import { processText, toJson, type KhabarRecord } from "../../src/index.js"
import { chromiumFor, launchChromium, watchedPage } from "../util/chromium.js"

const hasChromium = chromiumFor("test/playground/playground.test.ts")

const ROOT = resolve(import.meta.dirname, "../..")
const fixture = (name: string) => readFileSync(join(ROOT, "test/fixtures/articles", name), "utf8")
const AR = fixture("ar-dateline-hijri-dual.txt")
const EN = fixture("en-byline-by.txt")

let dir = ""
let server: Server | undefined
let base = ""
let browser: BrowserContext | undefined
let closeBrowser: (() => Promise<void>) | undefined

beforeAll(async () => {
  if (!hasChromium) return
  dir = mkdtempSync(join(tmpdir(), "khabar-playground-"))
  await buildPlayground(dir)
  const served = await serveStatic(dir, 0)
  server = served.server
  base = served.url
  const launched = await launchChromium({ width: 1280, acceptDownloads: true })
  browser = launched.browser
  closeBrowser = launched.close
}, 240_000)

afterAll(async () => {
  await closeBrowser?.()
  await new Promise<void>((done) => (server === undefined ? done() : server.close(() => done())))
  if (dir !== "") rmSync(dir, { recursive: true, force: true })
})

const open = async (width = 1280) => {
  if (browser === undefined) throw new Error("no browser")
  const { page, problems, requests } = await watchedPage(browser, width)
  const response = await page.goto(base, { waitUntil: "load" })
  expect(response?.status()).toBe(200)
  await page.waitForSelector('body[data-state="idle"]', { state: "attached" })
  await page.waitForSelector("#sample option:nth-child(2)", { state: "attached" }) // the sample list is in
  return { page, problems, requests }
}

/** Puts the text in the box as a paste would and presses Analyse; waits for the outcome. */
const analyse = async (page: Page, text: string): Promise<string> => {
  await page.locator("#text").fill(text)
  await page.locator("#run").click()
  await page.waitForSelector(SETTLED, { state: "attached", timeout: 60_000 })
  return (await page.getAttribute("body", "data-state")) ?? ""
}

/** The page's state once an analysis has ended. */
const SETTLED = 'body[data-state="done"], body[data-state="rejected"], body[data-state="error"]'

const nodeRecord = (text: string): Promise<KhabarRecord> => processText(text, { id: "playground" })

const texts = (page: Page, selector: string) => page.$$eval(selector, (els) => els.map((e) => (e.textContent ?? "").trim()))

const modelChunks = (requests: ReadonlyArray<string>) =>
  requests
    .map((u) => /\/ner-(ar|en)-[^/]*\.js$/.exec(u)?.[1])
    .filter((x): x is string => x !== undefined)
    .sort()

describe.skipIf(!hasChromium)("playground in chromium", () => {
  it("an Arabic article: title, person, resolved date, quote speaker, right to left, only the Arabic model fetched", async () => {
    const { page, problems, requests } = await open()
    expect(modelChunks(requests)).toEqual([]) // no model before an article needs one
    expect(await analyse(page, AR)).toBe("done")
    const record = await nodeRecord(AR)

    expect(await page.textContent("#title")).toBe("المسجد النبوي يستقبل أكثر من 640 ألف حاج منذ انتهاء المناسك")
    const people = await texts(page, 'article mark.ent[data-type="PERSON"]')
    expect(people).toContain("سامي بن فهد الجهني")
    expect(people).toEqual(record.entities.filter((e) => e.type === "PERSON").map((e) => e.text))
    // Hover text: the canonical form (and the role when there is one).
    const title = await page.getAttribute('article mark.ent[data-type="PERSON"]', "title")
    expect(title).toContain("canonical: سامي بن فهد الجهني")
    // A Hijri + Gregorian date pair, resolved, with its value shown beside it.
    const dated = await page.$$eval("article span.date", (ds) => ds.map((d) => [d.textContent, d.getAttribute("data-value"), d.nextElementSibling?.textContent]))
    expect(dated).toContainEqual(["16 ذو الحجة 1436 هـ الموافق 29 سبتمبر 2015 م", "2015-09-29", "2015-09-29"])
    expect(await texts(page, "#date-table .date-value")).toContain("2015-09-29")
    expect(await texts(page, "#quote-list .quote-speaker")).toContain("سامي بن فهد الجهني")
    expect(await page.$$eval("article .quote", (qs) => qs.length)).toBe(record.quotes.length)
    // Dateline: places and agency.
    expect(await texts(page, "#meta .chip.place")).toEqual([...(record.dateline?.places ?? [])])
    expect(await texts(page, "#meta .chip.agency")).toEqual([...(record.dateline?.agencies ?? [])])
    // Boilerplate struck through with its kind.
    const boiler = await page.$$eval("article p.boiler", (ps) => ps.map((p) => [p.getAttribute("data-kind"), p.querySelector("del") !== null]))
    expect(boiler).toEqual(record.boilerplate.map((b) => [b.kind, true]))
    // Right to left, with an Arabic font first in the stack.
    expect(await page.getAttribute("article", "dir")).toBe("rtl")
    const style = await page.$eval("article p.para", (p) => {
      const css = p.ownerDocument.defaultView?.getComputedStyle(p)
      return { direction: css?.direction, font: css?.fontFamily }
    })
    expect(style.direction).toBe("rtl")
    expect(style.font).toMatch(/^"?Noto Naskh Arabic/)
    // The table view of the entities: one row per linked entity.
    expect(await page.$$eval("#entity-table tbody tr", (rs) => rs.length)).toBe(new Set(record.entities.map((e) => e.entityId)).size)

    // Downloads: the record as JSON is the record khabar makes in Node; the entities table as CSV.
    const [json] = await Promise.all([page.waitForEvent("download"), page.click("#download-json")])
    expect(JSON.parse(readFileSync((await json.path())!, "utf8"))).toEqual(JSON.parse(toJson([record])))
    const [csv] = await Promise.all([page.waitForEvent("download"), page.click('button.csv[data-table="entities"]')])
    const csvText = readFileSync((await csv.path())!, "utf8")
    expect(csvText.startsWith("\uFEFFarticle_id,")).toBe(true)
    expect(csvText).toContain('"سامي بن فهد الجهني"')

    expect(modelChunks(requests)).toEqual(["ar"])
    expect(requests.every((u) => u.startsWith(base) || u.startsWith("blob:"))).toBe(true)
    expect(problems).toEqual([])
    if (process.env.UPDATE_SCREENSHOTS === "1") {
      const out = join(ROOT, "docs/img/playground.png")
      mkdirSync(resolve(out, ".."), { recursive: true })
      writeFileSync(out, await page.screenshot({ fullPage: true }))
    }
    await page.close()
  })

  it("an English article: left to right, the English model fetched on demand", async () => {
    const { page, problems, requests } = await open()
    expect(await analyse(page, EN)).toBe("done")
    const record = await nodeRecord(EN)
    expect(await page.textContent("#title")).toBe("Hospital trust misses cancer treatment target for sixth month running")
    const people = await texts(page, 'article mark.ent[data-type="PERSON"]')
    expect(people).toContain("Fiona Ashworth")
    expect(people).toEqual(record.entities.filter((e) => e.type === "PERSON").map((e) => e.text))
    expect(await texts(page, "#date-table .date-value")).toContain("2016-06-30")
    expect(await page.$eval('article span.date[data-value="2016-06-30"]', (d) => d.textContent)).toBe("30 June 2016")
    expect(await texts(page, "#quote-list .quote-speaker")).toEqual(expect.arrayContaining(["Fiona Ashworth", "Martin Greaves"]))
    expect(await page.getAttribute("article", "dir")).toBe("ltr")
    expect(await page.$eval("article p.para", (p) => p.ownerDocument.defaultView?.getComputedStyle(p).direction)).toBe("ltr")
    expect(modelChunks(requests)).toEqual(["en"])
    // Then an Arabic article in the same page: the Arabic model joins; the English one is not fetched again.
    expect(await analyse(page, AR)).toBe("done")
    expect(modelChunks(requests)).toEqual(["ar", "en"])
    expect(problems).toEqual([])
    await page.close()
  })

  it("samples, rejects, hostile and mixed text: a Windows-1256 sample decodes, an empty input is explained, markup stays text, an English paragraph runs left to right", async () => {
    const { page, problems } = await open()
    await page.selectOption("#sample", "ar-cp1256-legacy.txt")
    await page.waitForSelector(SETTLED, { state: "attached" })
    // The legacy file decodes to Arabic text in the box (khabar's own decoder, in the page).
    expect(await page.inputValue("#text")).toMatch(/[\u0621-\u064A]{3}/)
    expect(await page.inputValue("#text")).not.toContain("\uFFFD")

    expect(await analyse(page, "")).toBe("rejected")
    expect(await page.textContent("#status")).toContain("empty")
    expect(await page.isHidden("#result")).toBe(true)

    const hostile = AR.replace(/^[^\n]*/, '<img src=x onerror="window.__pwned=1"> عنوان <b>تجريبي</b>')
    expect(await analyse(page, hostile)).toBe("done")
    expect(await page.textContent("#title")).toContain("<img src=x")
    expect(await page.$$eval("#result img, #result b, #result script", (xs) => xs.length)).toBe(0)
    expect(await page.evaluate("typeof window.__pwned")).toBe("undefined")

    // Mixed text: an English paragraph in an Arabic article runs left to right inside the right-to-left page.
    const mixed = AR.replace("\n// انتهى //", "\nThe agency also published the figures in English for visiting pilgrims.\n// انتهى //")
    expect(await analyse(page, mixed)).toBe("done")
    expect(await page.getAttribute("article", "dir")).toBe("rtl")
    const directions = await page.$$eval("article p.para", (ps) =>
      ps.map((p) => [(p.textContent ?? "").slice(0, 3), p.ownerDocument.defaultView?.getComputedStyle(p).direction])
    )
    expect(directions.at(-1)).toEqual(["The", "ltr"])
    expect(directions.slice(0, -1).every(([, d]) => d === "rtl")).toBe(true)
    expect(problems).toEqual([])
    await page.close()
  })
})
