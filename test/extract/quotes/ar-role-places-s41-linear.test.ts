import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The forty-first session's rules on a role's place (docs/history/quotes.md, "Forty-first session: two fresh samples at
 * the start (A78, A79)") read a bounded window: the source of `نقل عن` at most fourteen tokens with short names in
 * marks skipped, four tokens back from a closing mark to its opener, two words in construct after `في`, a relative
 * clause of at most twelve tokens before `بأنه`. Texts with no full stop: many sources with names in marks, many roles
 * with places and marks before one name, many objects of verbs of describing.
 */
const cases: Record<string, (n: number) => string> = {
  "sources of نقل عن with names in marks, no full stop": (n) => "ونقلت الوكالة عن مسؤول لجنة حي \"البستان\" ".repeat(n) + "سامر الخطيب قوله: إن السلطات أبلغت السكان",
  "roles with places and short marks, no full stop": (n) => "وقال المنسق الإعلامي في مركز شؤون المدينة \"مدار\" ".repeat(n) + "سامر الخطيب: إن الحملة ستتواصل",
  "verbs of describing, objects and relative clauses before بأنه, no full stop": (n) => "ووصف رئيس الوزراء اللقاء، الذي استمر ساعتين، بأنه \"صريح ومثمر للغاية\" و".repeat(n),
  "bodies in construct after في, no full stop": (n) => "وقال الباحث في مركز الدراسات الاستراتيجية و".repeat(n) + "سامر الخطيب إن الحملة \"ستتواصل حتى نهاية الشهر\""
}

linearQuoteCases("forty-first session, Arabic role places: the rules stay linear", cases, taggedBy([["سامر الخطيب", "PERSON"]]), 200)
