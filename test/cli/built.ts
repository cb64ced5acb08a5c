/**
 * The built `khabar` (dist/cli.js, dist/worker.js), made when missing or
 * older than a file under src/, and a helper to run it as users do.
 */
import { execFileSync, spawnSync, type SpawnSyncOptions } from "node:child_process"
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs"
import { join } from "node:path"

export const root = join(import.meta.dirname, "..", "..")
export const cli = join(root, "dist", "cli.js")
export const workerEntry = join(root, "dist", "worker.js")
export const distNode = join(root, "dist", "node.js")

const newest = (dir: string): number =>
  Math.max(
    ...readdirSync(dir, { withFileTypes: true }).map((e) =>
      e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs
    )
  )

const stale = (): boolean => {
  const built = [cli, workerEntry, distNode]
  return built.some((f) => !existsSync(f)) || Math.min(...built.map((f) => statSync(f).mtimeMs)) < newest(join(root, "src"))
}

const sleep = (ms: number): void => void Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)

/**
 * Builds dist/ when a built file is missing or older than the sources. Test
 * files run in parallel: a lock folder keeps two builds from writing dist/ at
 * once (a lock older than 5 minutes is taken as left by a killed run).
 */
export const ensureBuilt = (): void => {
  const lock = join(root, "node_modules", ".khabar-build-lock")
  for (;;) {
    if (!stale()) return
    try {
      mkdirSync(lock)
    } catch {
      if (Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > 300_000) rmSync(lock, { recursive: true, force: true })
      sleep(250)
      continue
    }
    try {
      if (stale()) execFileSync("npx", ["tsup"], { cwd: root, stdio: "pipe" })
      return
    } finally {
      rmSync(lock, { recursive: true, force: true })
    }
  }
}

export interface Run {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

/** Runs the built command with `args`; `prefix` runs it through another program (e.g. setpriv). */
export const khabar = (
  args: ReadonlyArray<string>,
  options: { readonly input?: string | Uint8Array; readonly prefix?: ReadonlyArray<string>; readonly env?: NodeJS.ProcessEnv } = {}
): Run => {
  const [cmd, ...pre] = options.prefix === undefined ? [process.execPath] : [...options.prefix, process.execPath]
  const spawnOptions: SpawnSyncOptions = {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    ...(options.input === undefined ? {} : { input: options.input }),
    ...(options.env === undefined ? {} : { env: options.env })
  }
  const r = spawnSync(cmd!, [...pre, cli, ...args], spawnOptions)
  return { code: r.status, stdout: String(r.stdout), stderr: String(r.stderr) }
}

export const ndjson = <A>(text: string): Array<A> =>
  text
    .split("\n")
    .filter((l) => l.length > 0)
    .map((l) => JSON.parse(l) as A)
