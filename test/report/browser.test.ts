/**
 * The report in a real browser: Debian's chromium driven by playwright-core,
 * over a localhost static server. No console errors, charts with content,
 * right-to-left layout; `UPDATE_SCREENSHOTS=1` saves docs/img/report.png.
 * Skips (with the reason) when /usr/bin/chromium is absent.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { mkdirSync, writeFileSync } from "node:fs"
import { createServer, type Server } from "node:http"
import { resolve } from "node:path"
import type { BrowserContext } from "playwright-core"
import { renderReport } from "../../src/report/html.js"
import { records, rejects } from "../export/fixtures.js"
import { chromiumFor, launchChromium, watchedPage } from "../util/chromium.js"

const hasChromium = chromiumFor("test/report/browser.test.ts")

const pages: Record<string, string> = {}
let server: Server | undefined
let base = ""
let browser: BrowserContext | undefined
let closeBrowser: (() => Promise<void>) | undefined

beforeAll(async () => {
  if (!hasChromium) return
  pages["/report.html"] = renderReport(records(), rejects(), { inputs: ["test/export/fixtures.ts"] })
  pages["/empty.html"] = renderReport([], [])
  pages["/english.html"] = renderReport(
    records().filter((r) => r.language.code === "en"),
    []
  )
  server = createServer((req, res) => {
    const body = pages[req.url ?? ""]
    if (body === undefined) {
      res.writeHead(404).end()
      return
    }
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(body)
  })
  await new Promise<void>((done) => server?.listen(0, "127.0.0.1", done))
  const address = server.address()
  base = `http://127.0.0.1:${typeof address === "object" && address !== null ? address.port : 0}`
  const launched = await launchChromium({ width: 1200 })
  browser = launched.browser
  closeBrowser = launched.close
})

afterAll(async () => {
  await closeBrowser?.()
  await new Promise<void>((done) => (server === undefined ? done() : server.close(() => done())))
})

const open = async (path: string, width = 1200) => {
  if (browser === undefined) throw new Error("no browser")
  const { page, problems, requests } = await watchedPage(browser, width)
  const response = await page.goto(base + path, { waitUntil: "load" })
  expect(response?.status()).toBe(200)
  return { page, problems, requests }
}

describe.skipIf(!hasChromium)("report in chromium", () => {
  it("renders with no console errors, no outside requests, and charts with content", async () => {
    const { page, problems, requests } = await open("/report.html")
    expect(problems).toEqual([])
    expect(requests).toEqual([base + "/report.html"]) // self-contained: nothing else is fetched
    expect(await page.getAttribute("html", "dir")).toBe("rtl")
    // Chart SVGs (legend swatches are small SVGs of their own).
    const charts = await page.$$eval("figure.chart svg", (svgs) =>
      svgs
        .map((s) => ({ rects: s.querySelectorAll("rect").length, texts: s.querySelectorAll("text").length, w: s.getBoundingClientRect().width }))
        .filter((c) => c.w > 40)
    )
    expect(charts.length).toBe(8) // outlets, four entity types, timeline, speakers, reject reasons
    for (const c of charts) {
      expect(c.rects).toBeGreaterThan(0)
      expect(c.texts).toBeGreaterThan(0)
      expect(c.w).toBeGreaterThan(200)
    }
    const people = await page.$$eval('figure[data-type="PERSON"] svg text', (ts) => ts.map((t) => t.textContent))
    expect(people).toContain("فهد العتيبي")
    const totals = await page.$$eval(".card", (cs) => cs.map((c) => c.textContent))
    expect(totals).toContain("9articles")
    expect(totals).toContain("3rejects")
    // Right to left: the name labels sit to the right of the bars, which grow leftwards from them.
    const side = await page.$eval('figure[data-type="LOCATION"] svg', (svg) => {
      const bars = [...svg.querySelectorAll('g[aria-label="bar"] rect')].map((r) => r.getBoundingClientRect())
      const labels = [...svg.querySelectorAll('g[aria-label="y-axis tick label"] text')].map((t) => t.getBoundingClientRect())
      return { barsRight: Math.max(...bars.map((b) => b.right)), labelsLeft: Math.min(...labels.map((l) => l.left)), n: bars.length }
    })
    expect(side.n).toBeGreaterThan(2)
    expect(side.labelsLeft).toBeGreaterThanOrEqual(side.barsRight - 1)
    // No text overflows its chart.
    const overflow = await page.$$eval("figure.chart svg", (svgs) =>
      svgs.flatMap((s) => {
        const box = s.getBoundingClientRect()
        return [...s.querySelectorAll("text")]
          .map((t) => t.getBoundingClientRect())
          .filter((r) => r.width > 0 && (r.left < box.left - 1 || r.right > box.right + 1))
          .map((r) => `${r.left}-${r.right} outside ${box.left}-${box.right}`)
      })
    )
    expect(overflow).toEqual([])
    if (process.env.UPDATE_SCREENSHOTS === "1") {
      const out = resolve(import.meta.dirname, "../../docs/img/report.png")
      mkdirSync(resolve(out, ".."), { recursive: true })
      writeFileSync(out, await page.screenshot({ fullPage: true }))
    }
    await page.close()
  })

  it("an empty run and a left-to-right run render without errors", async () => {
    const empty = await open("/empty.html")
    expect(empty.problems).toEqual([])
    expect(await empty.page.$$eval("p.empty", (ps) => ps.length)).toBeGreaterThanOrEqual(4)
    await empty.page.close()
    const en = await open("/english.html", 800)
    expect(en.problems).toEqual([])
    expect(await en.page.getAttribute("html", "dir")).toBe("ltr")
    expect(await en.page.$$eval("figure.chart svg rect", (rs) => rs.length)).toBeGreaterThan(5)
    await en.page.close()
  })
})
