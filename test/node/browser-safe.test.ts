/**
 * The core under src/ must run in a browser: nothing outside src/node.ts,
 * src/node/ and src/cli/ may import a Node built-in or touch `process`.
 * The scan reads the TypeScript syntax tree, so comments and strings never
 * trip it.
 */
import { readdirSync, readFileSync } from "node:fs"
import { builtinModules } from "node:module"
import { join, relative } from "node:path"
import ts from "typescript"
import { describe, expect, it } from "vitest"

const root = join(import.meta.dirname, "..", "..")
const src = join(root, "src")
const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]))

const isNodeOnly = (rel: string): boolean => rel === "node.ts" || rel.startsWith("node/") || rel.startsWith("cli/")

const files = (dir: string): Array<string> =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.(?:m|c)?tsx?$/.test(e.name) ? [join(dir, e.name)] : []
  )

/** Every Node-only use in one source file: `node:`/built-in module specifiers and `process` references. */
const nodeUses = (fileName: string, text: string): Array<string> => {
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true)
  const found: Array<string> = []
  const at = (node: ts.Node) => `line ${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`
  const checkSpecifier = (node: ts.Node, spec: ts.Expression | undefined) => {
    if (spec !== undefined && ts.isStringLiteralLike(spec)) {
      const name = spec.text
      if (name.startsWith("node:") || builtins.has(name) || builtins.has(name.split("/")[0]!)) {
        found.push(`${at(node)}: imports "${spec.text}"`)
      }
    }
  }
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) checkSpecifier(node, node.moduleSpecifier)
    else if (ts.isCallExpression(node)) {
      const callee = node.expression
      if (callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === "require")) {
        checkSpecifier(node, node.arguments[0])
      }
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      checkSpecifier(node, node.argument.literal as ts.Expression)
    } else if (ts.isIdentifier(node) && node.text === "process") {
      const parent = node.parent
      // `process` as a value (process.env, process.stdout, typeof process): not a property name or a declaration of ours
      const isPropertyName = ts.isPropertyAccessExpression(parent) && parent.name === node
      const isKey = (ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent) || ts.isMethodDeclaration(parent)) && parent.name === node
      if (!isPropertyName && !isKey) found.push(`${at(node)}: uses process`)
    }
    ts.forEachChild(node, visit)
  }
  visit(sf)
  return found
}

describe("browser-safe core", () => {
  it("finds Node-only uses, and ignores them in comments, strings and property names", () => {
    const sample = [
      `import { readFile } from "node:fs/promises"`,
      `import path from "path"`,
      `export * from "node:url"`,
      `const m = await import("node:crypto")`,
      `const env = process.env.HOME`,
      `// process.exit() in a comment, import "node:fs"`,
      `const s = "process.argv and node:fs in a string"`,
      `const o = { process: 1 }; o.process`
    ].join("\n")
    expect(nodeUses("sample.ts", sample)).toEqual([
      "line 1: imports \"node:fs/promises\"",
      "line 2: imports \"path\"",
      "line 3: imports \"node:url\"",
      "line 4: imports \"node:crypto\"",
      "line 5: uses process"
    ])
  })

  it("has no node:* import and no process use outside src/node.ts, src/node/ and src/cli/", () => {
    const scanned = files(src).filter((f) => !isNodeOnly(relative(src, f).split("\\").join("/")))
    expect(scanned.length).toBeGreaterThan(5)
    const problems = scanned.flatMap((f) => nodeUses(f, readFileSync(f, "utf8")).map((p) => `src/${relative(src, f)} ${p}`))
    expect(problems).toEqual([])
  })
})
