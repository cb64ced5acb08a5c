/**
 * Debian's chromium for the browser tests, driven by playwright-core: the
 * launch flags this machine needs (headless, no sandbox, no background
 * network: the machine has no outside network), a fresh profile folder per
 * launch, and a page watcher that records console errors and requests.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { chromium, type BrowserContext, type Page } from "playwright-core"

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"

/** Whether chromium is there; says why the tests of `file` skip when it is not. */
export const chromiumFor = (file: string): boolean => {
  const ok = existsSync(CHROMIUM)
  if (!ok) console.warn(`${file} skipped: no chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`)
  return ok
}

/** A headless chromium with a fresh profile folder; `close` removes the folder too. */
export const launchChromium = async (options: {
  readonly width: number
  readonly acceptDownloads?: boolean
}): Promise<{ readonly browser: BrowserContext; readonly close: () => Promise<void> }> => {
  const profile = mkdtempSync(join(tmpdir(), "khabar-chromium-"))
  // playwright passes the profile folder as --user-data-dir
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    viewport: { width: options.width, height: 900 },
    deviceScaleFactor: 1,
    headless: true,
    acceptDownloads: options.acceptDownloads ?? false,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]
  })
  return {
    browser,
    close: async () => {
      await browser.close()
      rmSync(profile, { recursive: true, force: true })
    }
  }
}

/** A new page of `width` that records console errors and warnings, page errors, failed requests and every request. */
export const watchedPage = async (browser: BrowserContext, width: number) => {
  const page: Page = await browser.newPage()
  await page.setViewportSize({ width, height: 900 })
  const problems: Array<string> = []
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") problems.push(`${m.type()}: ${m.text()}`)
  })
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`))
  page.on("requestfailed", (r) => problems.push(`requestfailed: ${r.url()}`))
  const requests: Array<string> = []
  page.on("request", (r) => requests.push(r.url()))
  return { page, problems, requests }
}
