import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The forty-seventh session's rules of helper docspk (docs/history/quotes.md, "Forty-seventh session: docspk") read a
 * bounded window however long the text: five tokens after a text an according phrase cites, the words after `البيان
 * الصادر عن`, at most nine tokens back to an epithet before `of`, eighteen tokens after a quote for a dash apposition,
 * and at most 250 tokens back for the body that owns `its report`.
 */
const cases: Record<string, (n: number) => string> = {
  "according phrases citing texts, each before a bare verb and marks": (n) => "وقال الوزير سعد المالكي إن الخطة ماضية. " + "وأشار إلى أن الأعمال تسير وفق الجدول الزمني المعتمد، وقال: «نحن ملتزمون بالمواعيد». ".repeat(n),
  "statements issued by bodies, then bare verbs": (n) => "وقال البيان الصادر عن مكتب رئيس الوزراء سامي الحداد إن الاجتماع انتهى. وأوضح أنه \"تم الاتفاق على الإجراءات\". ".repeat(n),
  "epithets before of and works, no full stop": (n) => "Jack Morrow spoke. The star of " + "Blue Harbour and ".repeat(n) + "Night Train said it was \"in a very bad way\".",
  "dashes after quotes with no verb": (n) => "\"We used to see this kind of thing,\" Jo Hill - then adviser " + "- to the board ".repeat(n) + "left.",
  "its report with no organisation before, many times": (n) => "The scheme was reviewed. " + "\"We do not believe that a change would be sensible,\" says its report. ".repeat(n)
}

linearQuoteCases("forty-seventh session, speakers that are documents: the rules stay linear", cases, taggedBy([["سعد المالكي", "PERSON"], ["سامي الحداد", "PERSON"], ["Jack Morrow", "PERSON"], ["Blue Harbour", "PERSON"], ["Night Train", "PERSON"], ["Jo Hill", "PERSON"]]), 200)
