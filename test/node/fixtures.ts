/**
 * Inputs the Node and CLI tests generate in a temporary folder: articles in
 * several encodings, binary files, broken JSON. Every sentence is our own.
 */
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"

export const arabicArticle =
  "وزير النقل يفتتح طريقا جديدا\n\nالرياض - واس\n\nافتتح وزير النقل صباح اليوم طريقا جديدا يربط العاصمة بالمدن الشمالية بطول ثلاثمئة كيلومتر.\n\nوقال الوزير في كلمته إن المشروع سيخفف الازدحام ويختصر زمن الرحلة إلى النصف.\n"

export const englishArticle =
  "Harbour bridge reopens after repairs\n\nLISBON, March 3 (Reuters) - The city's main harbour bridge reopened on Monday after six weeks of repairs, the transport authority said.\n\nEngineers replaced worn cables and resurfaced the deck, a spokeswoman told reporters.\n"

/**
 * Windows-1256 bytes of Arabic letters, from the code page chart (hand-built,
 * not derived from a decoder), plus ASCII for spaces, punctuation and digits.
 */
const CP1256: Readonly<Record<string, number>> = {
  ء: 0xc1, آ: 0xc2, أ: 0xc3, ؤ: 0xc4, إ: 0xc5, ئ: 0xc6, ا: 0xc7, ب: 0xc8, ة: 0xc9, ت: 0xca, ث: 0xcb, ج: 0xcc,
  ح: 0xcd, خ: 0xce, د: 0xcf, ذ: 0xd0, ر: 0xd1, ز: 0xd2, س: 0xd3, ش: 0xd4, ص: 0xd5, ض: 0xd6, ط: 0xd8, ظ: 0xd9,
  ع: 0xda, غ: 0xdb, ف: 0xdd, ق: 0xde, ك: 0xdf, ل: 0xe1, م: 0xe3, ن: 0xe4, ه: 0xe5, و: 0xe6, ى: 0xec, ي: 0xed
}

export const cp1256 = (text: string): Uint8Array =>
  Uint8Array.from([...text].map((ch) => {
    const b = ch.charCodeAt(0) < 0x80 ? ch.charCodeAt(0) : CP1256[ch]
    if (b === undefined) throw new Error(`no Windows-1256 byte for ${ch} in the test table`)
    return b
  }))

/** Latin-1: code points below 256 are their own byte. */
export const latin1 = (text: string): Uint8Array =>
  Uint8Array.from([...text].map((ch) => {
    const c = ch.charCodeAt(0)
    if (c > 0xff) throw new Error(`${ch} is not Latin-1`)
    return c
  }))

export const utf16 = (text: string, endian: "le" | "be", bom: boolean): Uint8Array => {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2)
  const units = bom ? "\ufeff" + text : text
  for (let i = 0; i < units.length; i++) {
    const c = units.charCodeAt(i)
    out[2 * i + (endian === "le" ? 0 : 1)] = c & 0xff
    out[2 * i + (endian === "le" ? 1 : 0)] = c >> 8
  }
  return out
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)

export const concat = (...parts: ReadonlyArray<Uint8Array | ReadonlyArray<number>>): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => [...p]))

export const MAGIC = {
  pdf: [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a],
  png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d],
  zip: [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]
} as const

/** SaudiNewsNet-like objects, our own text. */
export const jsonArticles = [
  { source: "spa", url: "https://example.org/a/1", date_extracted: "2015-08-10 09:15:00", title: "افتتاح معرض الكتاب", author: "جدة - واس", content: "افتتح أمير المنطقة مساء أمس معرض الكتاب الدولي بمشاركة أربعمئة دار نشر.\n\nويستمر المعرض عشرة أيام." },
  { source: "sabq", url: "https://example.org/a/2", date_extracted: "2015-08-10 10:40:00", title: "أمطار غزيرة على المرتفعات", author: "", content: "توقعت الأرصاد هطول أمطار غزيرة على المرتفعات الجنوبية خلال اليومين المقبلين.\n\nودعت السكان إلى الحذر." },
  { source: "wire", url: "https://example.org/a/3", date_extracted: "2015-08-11 07:05:00", title: "Port strike ends", author: "By Dana Reyes", content: "ROTTERDAM (AP) — Dock workers ended a three-day strike on Tuesday after unions accepted a new pay offer.\n\nShipping resumed within hours." }
] as const

/** A fresh temporary folder with `files` written into it (paths with `/` create folders). */
export const tempTree = async (files: Readonly<Record<string, string | Uint8Array>> = {}): Promise<{
  readonly root: string
  readonly path: (rel: string) => string
  readonly cleanup: () => Promise<void>
}> => {
  const root = await mkdtemp(join(tmpdir(), "khabar-test-"))
  for (const [rel, content] of Object.entries(files)) {
    const full = join(root, rel)
    await mkdir(dirname(full), { recursive: true })
    await writeFile(full, content)
  }
  return { root, path: (rel) => join(root, rel), cleanup: () => rm(root, { recursive: true, force: true }) }
}

export const isRoot = typeof process.getuid === "function" && process.getuid() === 0
