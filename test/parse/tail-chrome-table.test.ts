/**
 * Page chrome after the last paragraph, as Arabic and English sites print it
 * (link boxes, share and follow lines, tags, copyright, newsletter boxes,
 * comment chrome, update notes): `test/fixtures/tail-chrome-table.json` holds
 * the language and the lines (one or more, `\n` between them). Each is cut
 * and the article's two paragraphs stay whole; sentences that open with the
 * same words stay text.
 */
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { doc, frameOf, ROOT } from "./helpers.js"

const rows = JSON.parse(readFileSync(join(ROOT, "test", "fixtures", "tail-chrome-table.json"), "utf8")) as Array<[string, string]>

describe("chrome after the article", () => {
  it.each(rows)("%s: %s", (lang, tail) => {
    const [title, first, second] = frameOf(lang)
    const d = doc(`${title}\n\n${first}\n\n${second}\n\n${tail}`)
    expect(d.paragraphs.map((p) => p.text)).toEqual([first, second])
  })

  it.each([
    ["en", "Comments made by the minister on Monday drew sharp criticism from opposition parties in parliament."],
    ["en", "Advertisement revenue at the broadcaster fell by a third last year, the company said in its annual report."],
    ["en", "Print and broadcast outlets were barred from the hearing, lawyers for the defendants said."],
    ["ar", "طباعة الكتب المدرسية تأخرت هذا العام بسبب نقص الورق في الأسواق المحلية، بحسب مسؤولين في الوزارة."],
    ["ar", "مشاركة المرأة في سوق العمل ارتفعت إلى 35 في المئة خلال العام الماضي وفقا للهيئة العامة للإحصاء."],
    // (a wire's closing credit is cut in brackets only: sentences open with the same words)
    ["ar", "إعداد الميزانية العامة للدولة يستغرق عادة نحو ستة أشهر من العمل بين الوزارات والهيئات."],
    ["ar", "إعداد الكوادر الطبية المؤهلة يمثل أولوية للوزارة في خطتها للسنوات الخمس المقبلة."],
    ["ar", "تحرير أسعار الوقود بالكامل سيتم على مراحل خلال العامين المقبلين بحسب مسؤولين في الحكومة."],
    ["ar", "تغطية صحفية واسعة رافقت زيارة الوفد الرسمي إلى العاصمة، وسط اهتمام شعبي كبير بنتائجها."]
  ] as const)("%s: a last paragraph that opens with a chrome word stays text: %s", (lang, last) => {
    const [title, first, second] = frameOf(lang)
    const d = doc(`${title}\n\n${first}\n\n${second}\n\n${last}`)
    expect(d.paragraphs.map((p) => p.text)).toEqual([first, second, last])
  })
})
