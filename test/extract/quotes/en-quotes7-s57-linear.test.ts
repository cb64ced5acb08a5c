import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The fifty-seventh session's English rules of helper enquote7 (docs/history/quotes.md, "Fifty-seventh session:
 * enquote7") read bounded windows however long the text: the forms of `sue` within 600 tokens before a filing that
 * speaks, the person within 80 tokens before `his`/`her` and a document, three words of an addressee after `telling`,
 * six words of a person after a verb set off by commas, forty tokens from an earlier piece to the verb that closes its
 * sentence. Texts with no paragraph break: many suits and lawsuits, many reports of hers, long runs of progressives and
 * asides, many pieces before a trailing verb.
 */
const cases: Record<string, (n: number) => string> = {
  "many suits before many quotes of the lawsuit": (n) => "Tom Hale is suing the label. " + "A woman is suing them and sued it. The lawsuit says they \"hid the profits for years\". ".repeat(n),
  "many reports of hers": (n) => "Ann Price has criticised the jail. " + "Her report said it was \"dirty and unsafe for staff\". Her latest annual report said so. ".repeat(n),
  "runs of progressives": (n) => "Tom Hale " + "is saying was telling voters is saying ".repeat(n) + ": \"We will win the seat.\"",
  "runs of asides": (n) => "The councils, " + "suggests Ann Price, could act, suggests it, ".repeat(n) + "as a \"broker\" for forums.",
  "many pieces before a trailing verb": (n) => "If voters " + "\"stayed at home\" and ".repeat(n) + "they lost, he added."
}

linearQuoteCases("fifty-seventh session, English pieces, progressives and documents' owners: the rules stay linear", cases, taggedBy([["Ann Price", "PERSON"], ["Tom Hale", "PERSON"]]), 200)
