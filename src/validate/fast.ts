/**
 * A fast path for the validate stage: a checker-and-copier compiled once from
 * a schema's AST into plain closures.
 *
 * Why it exists: the strict decode the validate stage needs
 * (`{ errors: "all", onExcessProperty: "error" }`) makes Effect's parser take
 * its general, generator-based path for every struct of the record, and it was
 * about 6% of the default pipeline's CPU time and 12% of the bytes it
 * allocates. Almost every document is valid, so the stage first asks this
 * checker, which only ever answers "valid, and here is the copy the decoder
 * would have returned" or {@link UNSURE}. On UNSURE the stage runs the strict
 * decode exactly as before, so the decoder stays the single authority on what
 * fails and with which message; this module must only never call an input
 * valid that the decoder would reject, nor return a different value.
 *
 * What it handles, mirroring Effect 4's parser for these nodes:
 * - `String` / `Number` / `Boolean` (a `typeof` test), `Null`, `Literal` (`===`);
 * - `Objects` with declared properties (optional keys allowed), or with one
 *   string-keyed index signature and no declared properties: the copy has the
 *   declared keys in schema order (the index keys in `Object.keys` order), and
 *   any own enumerable key the schema does not declare is an excess property;
 * - `Arrays` of one rest element type (`Schema.Array(X)`), copied densely;
 * - `Union` in the default `anyOf` mode: the first member that accepts wins;
 * - `checks` (filters such as `isInt`, `isFinite`, `isNonEmpty`) on any of
 *   these, run on the copied value through each filter's own `run`.
 * Anything else (declarations, transformations, `Schema.optional`'s
 * `undefined`, `oneOf` unions, symbol or `__proto__` keys …) makes
 * {@link compileChecker} return `undefined`: the stage then always decodes.
 * Inputs it is not sure about (an undeclared inherited key, a symbol-keyed
 * property, a `__proto__` key in a record …) give UNSURE and are left to the
 * decoder too. The proof that it agrees with the decoder is the differential
 * property test in `test/validate/validate.test.ts`.
 *
 * @module
 */
import type { SchemaAST } from "effect"

/** The checker could not prove the value valid: decode it for the verdict. */
export const UNSURE: unique symbol = Symbol("khabar/validate/unsure")

/** Returns a fresh copy equal to what the decoder would return, or {@link UNSURE}. */
export type Checker = (input: unknown) => unknown

type Check = SchemaAST.Check<unknown>

// Filters receive the parse options only to build an issue when they fail;
// the decode they stand in for runs with no option that changes a verdict.
const filterOptions: SchemaAST.ParseOptions = {}

const passes = (checks: ReadonlyArray<Check>, value: unknown, ast: SchemaAST.AST): boolean => {
  for (const check of checks) {
    if (check._tag === "FilterGroup") {
      if (!passes(check.checks, value, ast)) return false
    } else if (check.run(value, ast, filterOptions) !== undefined) return false
  }
  return true
}

const isPlainObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === "object" && x !== null && !Array.isArray(x)

/**
 * Compiles a checker for a schema AST (decoding side), or `undefined` when the
 * AST uses a node this module does not mirror.
 */
export const compileChecker = (ast: SchemaAST.AST): Checker | undefined => {
  const cache = new Map<SchemaAST.AST, Checker | undefined>()
  const go = (node: SchemaAST.AST): Checker | undefined => {
    if (cache.has(node)) return cache.get(node)
    // A node met again while being compiled would be a recursive schema (only
    // possible through Suspend, which is not handled anyway).
    cache.set(node, undefined)
    const checker = compileNode(node, go)
    cache.set(node, checker)
    return checker
  }
  return go(ast)
}

const compileNode = (
  node: SchemaAST.AST,
  go: (node: SchemaAST.AST) => Checker | undefined
): Checker | undefined => {
  if (node.encoding !== undefined || ("encodingChecks" in node && node.encodingChecks !== undefined)) return undefined
  const base = compileBase(node, go)
  if (base === undefined) return undefined
  const checks = node.checks
  if (checks === undefined) return base
  return (input) => {
    const out = base(input)
    return out === UNSURE || !passes(checks, out, node) ? UNSURE : out
  }
}

const compileBase = (
  node: SchemaAST.AST,
  go: (node: SchemaAST.AST) => Checker | undefined
): Checker | undefined => {
  switch (node._tag) {
    case "String":
      return (x) => (typeof x === "string" ? x : UNSURE)
    case "Number":
      return (x) => (typeof x === "number" ? x : UNSURE)
    case "Boolean":
      return (x) => (typeof x === "boolean" ? x : UNSURE)
    case "Null":
      return (x) => (x === null ? x : UNSURE)
    case "Literal": {
      const literal = node.literal
      return (x) => (x === literal ? x : UNSURE)
    }
    case "Arrays": {
      if (node.elements.length !== 0 || node.rest.length !== 1) return undefined
      const item = go(node.rest[0]!)
      if (item === undefined) return undefined
      return (x) => {
        if (!Array.isArray(x)) return UNSURE
        const out: Array<unknown> = []
        for (let i = 0; i < x.length; i++) {
          const v = item(x[i])
          if (v === UNSURE) return UNSURE
          out.push(v)
        }
        return out
      }
    }
    case "Union": {
      if (node.options?.mode === "oneOf") return undefined
      const members: Array<Checker> = []
      for (const type of node.types) {
        const member = go(type)
        if (member === undefined) return undefined
        members.push(member)
      }
      return (x) => {
        for (const member of members) {
          const v = member(x)
          if (v !== UNSURE) return v
        }
        return UNSURE
      }
    }
    case "Objects":
      return node.indexSignatures.length === 0 ? compileStruct(node, go) : compileRecord(node, go)
    default:
      return undefined
  }
}

/** A struct of declared properties: schema-order copy, excess keys refused. */
const compileStruct = (
  node: SchemaAST.Objects,
  go: (node: SchemaAST.AST) => Checker | undefined
): Checker | undefined => {
  const names: Array<string> = []
  const optional: Array<boolean> = []
  const fields: Array<Checker> = []
  for (const ps of node.propertySignatures) {
    if (typeof ps.name !== "string" || ps.name === "__proto__") return undefined
    const field = go(ps.type)
    if (field === undefined) return undefined
    names.push(ps.name)
    optional.push(ps.type.context?.isOptional === true)
    fields.push(field)
  }
  if (names.length === 0) return undefined
  const declared = new Set(names)
  return (x) => {
    if (!isPlainObject(x)) return UNSURE
    // An own enumerable key the schema does not declare is an excess
    // property. Keys usually come in schema order, so compare by position
    // first. An undeclared inherited key (which the decoder ignores) or any
    // symbol key (it rejects the enumerable ones) sends the input to the decoder.
    let n = 0
    let inOrder = true
    for (const key in x) {
      if (key !== names[n]) {
        if (!declared.has(key)) return UNSURE
        inOrder = false
      }
      n++
    }
    if (Object.getOwnPropertySymbols(x).length !== 0) return UNSURE
    // When every declared key was enumerated, all are present (`key in x`,
    // the decoder's test); otherwise each is tested.
    const complete = inOrder && n === names.length
    const out: Record<string, unknown> = {}
    for (let i = 0; i < names.length; i++) {
      const name = names[i]!
      if (!complete && !(name in x)) {
        if (optional[i] === true) continue
        return UNSURE
      }
      const v = fields[i]!(x[name])
      if (v === UNSURE) return UNSURE
      out[name] = v
    }
    return out
  }
}

/** `Schema.Record(Schema.String, V)`: every own string key, in `Object.keys` order. */
const compileRecord = (
  node: SchemaAST.Objects,
  go: (node: SchemaAST.AST) => Checker | undefined
): Checker | undefined => {
  if (node.propertySignatures.length !== 0 || node.indexSignatures.length !== 1) return undefined
  const index = node.indexSignatures[0]!
  const parameter = index.parameter
  if (parameter._tag !== "String" || parameter.checks !== undefined || parameter.encoding !== undefined) return undefined
  const value = go(index.type)
  if (value === undefined) return undefined
  return (x) => {
    if (!isPlainObject(x)) return UNSURE
    if (Object.getOwnPropertySymbols(x).length !== 0) return UNSURE
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(x)) {
      if (key === "__proto__") return UNSURE
      const v = value(x[key])
      if (v === UNSURE) return UNSURE
      out[key] = v
    }
    return out
  }
}
