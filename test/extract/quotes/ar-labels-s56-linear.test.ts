import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The fifty-sixth session's label rules (docs/history/quotes.md, "Fifty-sixth session: arlabel") read a bounded window
 * at each mark however long the text: two words back for a label's noun, the token after the close for a body's name,
 * seven words inside the marks for an aside, six words (eighteen tokens) back for a song's noun. Texts of many labels,
 * names, asides, songs and chants, and runs of empty marks and punctuation with no full stop.
 */
const cases: Record<string, (n: number) => string> = {
  "labels after a label's noun and an adjective": (n) => "غرد مرة تحت هاشتاق كاذب: «الشرطة تقتل مواطنا» ".repeat(n),
  "bodies' names in marks after their verbs": (n) => "وقال \"تجمع أهالي المعتقلين\" في بيان ان \"السلطات اعتقلت العشرات\". ".repeat(n),
  "asides on unnamed sources": (n) => "وقال مسؤول \"فضل عدم ذكر اسمه\" إن العقود ستوقع. ".repeat(n),
  "songs' lines with no full stop": (n) => "ورددت الجماهير أهازيج خاصة، \"يا فرحة العيد\"، ".repeat(n),
  "empty marks and commas after a song's noun": (n) => "أهازيج " + "، «» ".repeat(n) + "قال سامي الحداد «كلام طويل هنا».",
  "chants after participles": (n) => "وخرج المحتجون مرددين \"نحن مستعدون للحرب\" هاتفين «لا للرسوم» ".repeat(n)
}

linearQuoteCases("fifty-sixth session, Arabic labels, asides and chants: the rules stay linear", cases, taggedBy([["سامي الحداد", "PERSON"]]), 200)
