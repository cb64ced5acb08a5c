/**
 * The stage contract.
 *
 * A stage is a pure function from one {@link KhabarDocument} to the next,
 * run as an Effect, that declares what it needs and what it adds. Pipelines
 * check these declarations when they are built (see `compose.ts`), so a stage
 * placed before the stage it depends on is a programmer error found at once,
 * not a silent empty field.
 *
 * @module
 */
import { Effect } from "effect"
import { StageFailed, isKhabarError, type KhabarError } from "../errors.js"
import type { KhabarDocument } from "../model/document.js"

/** What a stage can require or provide. */
export type Capability =
  | "structure" // title, dateline, byline, paragraphs, boilerplate, language (parse)
  | "views" // display and search views with alignment (normalize)
  | "entities"
  | "dates"
  | "published"
  | "quotes"
  | "numbers"
  | "keywords"
  | (string & {})

export interface Stage<R = never> {
  readonly name: string
  readonly requires: ReadonlyArray<Capability>
  readonly provides: ReadonlyArray<Capability>
  readonly run: (doc: KhabarDocument) => Effect.Effect<KhabarDocument, KhabarError, R>
}

/**
 * Lifts a pure function into a stage. An exception thrown by `f` becomes a
 * typed {@link StageFailed} for that document; the corpus run goes on.
 */
export const makeStage = (
  name: string,
  declaration: { readonly requires?: ReadonlyArray<Capability>; readonly provides?: ReadonlyArray<Capability> },
  f: (doc: KhabarDocument) => KhabarDocument
): Stage => ({
  name,
  requires: declaration.requires ?? [],
  provides: declaration.provides ?? [],
  run: (doc) =>
    Effect.try({
      try: () => f(doc),
      catch: (cause) =>
        isKhabarError(cause)
          ? cause
          : new StageFailed({ input: doc.id, stage: name, detail: describe(cause), place: null })
    })
})

export const describe = (cause: unknown): string =>
  cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause)
