import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The sixty-second session's rules (docs/history/quotes.md, "Sixty-second session: arquote21") read a bounded window
 * at each mark or verb however long the text: the word before marks and their words (six at most, kept in a set for
 * the names seen again), the words around a passive of considering and its sentence back (sixty tokens at most), the
 * parentheses after a sentence's verb, the subject and noun after a verb of directing. One long paragraph each, with
 * no full stop.
 */
const cases: Record<string, (n: number) => string> = {
  "names after verbal nouns of founding, and again": (n) => "وقال الوزير إن إطلاق «مركز الملك سلمان للأعمال الإغاثية» ساهم، وإن قوافل «مركز الملك سلمان للأعمال الإغاثية» وصلت ".repeat(n) + "وانتهى.",
  "passives of considering after nouns": (n) => "وقال المدرب في تعليقه على حركة اعتبرت غير مقبولة جماهيريا ولم يضف ".repeat(n) + "وانتهى.",
  "parentheses after verbs": (n) => "أدان (المؤتمر الدولي لوزراء الثقافة) استخدام العنف مطالبا بالالتزام بمبادئ الحوار ".repeat(n) + "وانتهى.",
  "appeals with long marks": (n) => "كما وجه المشاركون نداء إلى المنظمة، لكي تضمن \"مراعاة مبادئ الحوار بين الثقافات والتسامح والاحترام المتبادل\" ".repeat(n) + "وانتهى."
}

linearQuoteCases("sixty-second session, arquote21: the rules stay linear", cases, taggedBy([["المنظمة", "ORGANIZATION"]]), 200)
