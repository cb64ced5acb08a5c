/**
 * A small static file server for the playground (no dependencies): GET and
 * HEAD of files under one folder, with content types, no directory listing,
 * nothing outside the folder.
 *
 *   npx tsx scripts/serve-playground.ts [--port 5178] [--host 127.0.0.1] [--no-build] [--dir dist/playground]
 *
 * Builds the playground first (scripts/build-playground.ts) unless `--no-build`.
 *
 * @module
 */
import { createReadStream, statSync } from "node:fs"
import { createServer, type Server } from "node:http"
import { extname, join, relative, resolve, sep } from "node:path"
import { fileURLToPath } from "node:url"
import { ROOT } from "./build-browser.js"
import { buildPlayground } from "./build-playground.js"

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml"
}

/** The file under `root` that a URL path names (`/` → index.html), or null when it is outside `root` or not a file. */
export const fileFor = (root: string, urlPath: string): string | null => {
  let path: string
  try {
    path = decodeURIComponent(urlPath.split("?")[0]!.split("#")[0]!)
  } catch {
    return null
  }
  if (path.includes("\0")) return null
  const file = resolve(root, "." + (path.endsWith("/") ? path + "index.html" : path))
  if (file !== root && !file.startsWith(root.endsWith(sep) ? root : root + sep)) return null
  try {
    return statSync(file).isFile() ? file : null
  } catch {
    return null
  }
}

/** Serves `dir` on `host:port` (port 0: any free port); resolves with the server and its base URL. */
export const serveStatic = async (dir: string, port = 0, host = "127.0.0.1"): Promise<{ server: Server; url: string }> => {
  const root = resolve(dir)
  const server = createServer((req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD" }).end()
      return
    }
    const file = fileFor(root, req.url ?? "/")
    if (file === null) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not found\n")
      return
    }
    res.writeHead(200, {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "content-length": statSync(file).size,
      "cache-control": "no-cache",
      "x-content-type-options": "nosniff"
    })
    if (req.method === "HEAD") res.end()
    else createReadStream(file).pipe(res)
  })
  await new Promise<void>((done, fail) => {
    server.once("error", fail)
    server.listen(port, host, done)
  })
  const address = server.address()
  const actual = typeof address === "object" && address !== null ? address.port : port
  return { server, url: `http://${host.includes(":") ? `[${host}]` : host}:${actual}/` }
}

const main = async (): Promise<void> => {
  const args = process.argv.slice(2)
  const opt = (name: string): string | undefined => {
    const at = args.indexOf(name)
    return at >= 0 ? args[at + 1] : undefined
  }
  const dir = resolve(opt("--dir") ?? join(ROOT, "dist/playground"))
  if (!args.includes("--no-build")) {
    await buildPlayground(dir)
    console.log(`playground built in ${relative(process.cwd(), dir) || "."}`)
  }
  const { url } = await serveStatic(dir, Number(opt("--port") ?? process.env["PORT"] ?? 5178), opt("--host") ?? "127.0.0.1")
  console.log(`khabar playground: ${url}  (Ctrl+C to stop)`)
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e: unknown) => {
    console.error(e)
    process.exitCode = 1
  })
}
