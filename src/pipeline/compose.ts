/**
 * Building a pipeline: parse → stages → validate, checked before it runs.
 *
 * @module
 */
import type { Effect } from "effect"
import type { KhabarError } from "../errors.js"
import type { DecodedInput, KhabarDocument } from "../model/document.js"
import type { Capability, Stage } from "./stage.js"

/** Turns a decoded input into the first document. */
export type Parser = (input: DecodedInput) => Effect.Effect<KhabarDocument, KhabarError>

export interface Pipeline<R = never> {
  readonly parse: Parser
  /** What the parser provides to the stages after it. */
  readonly parserProvides: ReadonlyArray<Capability>
  readonly stages: ReadonlyArray<Stage<R>>
}

/** Thrown when a pipeline is put together in an order that cannot work. */
export class PipelineDefinitionError extends Error {
  override readonly name = "PipelineDefinitionError"
}

/**
 * Builds a pipeline and checks it: every stage's `requires` must be provided
 * by the parser or by a stage before it, and stage names must be unique.
 * The result is frozen.
 */
export const compose = <R>(
  parse: Parser,
  parserProvides: ReadonlyArray<Capability>,
  stages: ReadonlyArray<Stage<R>>
): Pipeline<R> => {
  const seen = new Set<Capability>(parserProvides)
  const names = new Set<string>()
  for (const s of stages) {
    if (names.has(s.name)) {
      throw new PipelineDefinitionError(`Two stages are named "${s.name}"; give each stage its own name`)
    }
    names.add(s.name)
    const missing = s.requires.filter((r) => !seen.has(r))
    if (missing.length > 0) {
      throw new PipelineDefinitionError(
        `Stage "${s.name}" requires ${missing.map((m) => `"${m}"`).join(", ")}, which no stage before it provides; ` +
          `add a stage that provides it earlier, or drop "${s.name}"`
      )
    }
    for (const p of s.provides) seen.add(p)
  }
  return Object.freeze({ parse, parserProvides: Object.freeze([...parserProvides]), stages: Object.freeze([...stages]) })
}

/** A new pipeline with `stage` inserted after the stage named `after` (or at the end). */
export const addStage = <R, R2>(pipeline: Pipeline<R>, stage: Stage<R2>, after?: string): Pipeline<R | R2> => {
  const stages: Array<Stage<R | R2>> = [...pipeline.stages]
  const at = after === undefined ? stages.length : stages.findIndex((s) => s.name === after) + 1
  if (after !== undefined && at === 0) throw new PipelineDefinitionError(`No stage named "${after}"`)
  stages.splice(at, 0, stage)
  return compose(pipeline.parse, pipeline.parserProvides, stages)
}

/** A new pipeline without the stage named `name`. */
export const dropStage = <R>(pipeline: Pipeline<R>, name: string): Pipeline<R> => {
  if (!pipeline.stages.some((s) => s.name === name)) throw new PipelineDefinitionError(`No stage named "${name}"`)
  return compose(
    pipeline.parse,
    pipeline.parserProvides,
    pipeline.stages.filter((s) => s.name !== name)
  )
}

/** A new pipeline with the stage named `name` replaced by `stage`. */
export const replaceStage = <R, R2>(pipeline: Pipeline<R>, name: string, stage: Stage<R2>): Pipeline<R | R2> => {
  const at = pipeline.stages.findIndex((s) => s.name === name)
  if (at < 0) throw new PipelineDefinitionError(`No stage named "${name}"`)
  const stages: Array<Stage<R | R2>> = [...pipeline.stages]
  stages[at] = stage
  return compose(pipeline.parse, pipeline.parserProvides, stages)
}
