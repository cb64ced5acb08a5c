/**
 * Fifty-eighth session (lead, at the merge): since the entity stage lists the names of the credits (a byline's
 * reporter, a dateline's agency: `creditMentions`, helper arbyline), the quote stage reads only the entities of the
 * title and the paragraphs as speakers' candidates (`bodyEntities` in quotes/stage.ts). Before that fix, a quote with no
 * speaker named in the body went to the reporter in 310 SaudiNewsNet articles (`وقال: «…»` after `الرياض - X`).
 *
 * Articles written for these tests in the style of the Saudi papers and the wires.
 */
import { describe, expect, it } from "vitest"
import { processText } from "../../../src/index.js"

const cases: ReadonlyArray<{ readonly name: string; readonly text: string; readonly speakers: ReadonlyArray<string | null>; readonly credit: string }> = [
  {
    name: "a bare verb with no speaker in the body keeps no speaker, not the reporter of the byline",
    text: "اتفاق على تمديد الهدنة في المدينة\n\nالرياض - خالد الزهراني\n\nوقال في تصريح صحافي أمس: «لن نسمح لأحد بالعبث بأمن المواطنين، والوضع تحت السيطرة».",
    speakers: [null],
    credit: "خالد الزهراني"
  },
  {
    name: "the speaker named in the body stays the speaker",
    text: "الأمطار تغلق طرقا في المنطقة\n\nأبها - سعيد القحطاني\n\nأكد مدير الدفاع المدني اللواء عبدالله الشهري أن الفرق الميدانية انتشرت في الأودية. وقال: «نطلب من الجميع الابتعاد عن مجاري السيول».",
    speakers: ["عبدالله الشهري"],
    credit: "سعيد القحطاني"
  },
  {
    name: "an agency of the dateline is no speaker of a quote with none named",
    text: "اجتماع وزاري لبحث أسعار النفط\n\nفيينا - رويترز\n\nوأضاف في مؤتمر صحافي: «الأسواق ستستقر خلال الأشهر المقبلة إذا التزم المنتجون بالاتفاق».",
    speakers: [null],
    credit: "رويترز"
  }
]

describe("quotes: the credits' names are no speakers (session 58)", () => {
  for (const c of cases) {
    it(c.name, async () => {
      const r = await processText(c.text, { id: "t" })
      expect(r.quotes.map((q) => q.speaker)).toEqual(c.speakers)
      // the credit is an entity of the record all the same (the entity stage lists it)
      expect(r.entities.some((e) => e.text === c.credit)).toBe(true)
    })
  }
})
