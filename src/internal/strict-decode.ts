/**
 * Decoding a data file with its Effect Schema the strict way (every issue, excess keys are errors), and the issues of
 * a failed decode as one line of text. Shared by the lexicon, gazetteer and model loaders and the record validator,
 * which each throw or fail with an error of their own (sixtieth session, helper tidy4: three copies of the decoder
 * before).
 *
 * @module
 * @internal
 */
import { Schema, SchemaIssue } from "effect"

const format = SchemaIssue.makeFormatterStandardSchemaV1()

/** The issues of a failed decode, `path: message` each, joined by `; ` (the first `limit` only, when given). */
export const issuesText = (issue: Schema.SchemaError["issue"], limit?: number): string => {
  const issues = format(issue).issues
  return (limit === undefined ? issues : issues.slice(0, limit)).map((i) => `${i.path?.map(String).join(".") ?? ""}: ${i.message}`).join("; ")
}

/**
 * A strict decoder for `schema` (all issues, excess keys are errors): the typed content of `u`, or, when it does not
 * decode, whatever `fail` makes of the issues' text ({@link issuesText}) and `u` (`fail` throws).
 */
export const strictDecoder =
  <S extends Schema.Top>(schema: S, fail: (issues: string, u: unknown) => never) =>
  (u: unknown): S["Type"] => {
    const r = Schema.decodeUnknownResult(schema as never, { errors: "all", onExcessProperty: "error" })(u) as
      | { readonly _tag: "Success"; readonly success: S["Type"] }
      | { readonly _tag: "Failure"; readonly failure: Schema.SchemaError }
    return r._tag === "Success" ? r.success : fail(issuesText(r.failure.issue), u)
  }

/** The `id` of a data file that did not decode, for its error (`(unknown file)` when it has none). */
export const fileIdOf = (u: unknown): string => (typeof u === "object" && u !== null && "id" in u ? String((u as { id: unknown }).id) : "(unknown file)")
