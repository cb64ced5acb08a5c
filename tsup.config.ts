import { defineConfig } from "tsup"

// Two library entries and the CLI:
// - `index`: the browser-safe core (parse → normalize → extract → validate, export to JSON/NDJSON);
// - `node`: file-system inputs, encodings, writers and corpus runs for Node;
// - `cli`: the `khabar` command (ESM only, with a shebang);
// - `worker`: the worker-thread entry of corpus runs with --workers / `workers` (ESM only, self-contained:
//   the library's ESM and CJS builds and the CLI all start `dist/worker.js`).
export default defineConfig([
  {
    entry: { index: "src/index.ts", node: "src/node.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "node20",
    platform: "node",
    // One shared chunk for the core, so `khabar` and `khabar/node` hold the same
    // classes (an `InputError` from one is `instanceof InputError` of the other).
    splitting: true,
    treeshake: true,
    shims: true
  },
  // The command and the worker bundle what they use of `effect` (tree-shaken: a fraction of the memory of the
  // whole library, which each worker thread would load again), and the command splits off what only some
  // commands load (tables, the HTML report), so a corpus run does not hold their libraries in memory.
  {
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    sourcemap: true,
    clean: false,
    target: "node20",
    platform: "node",
    splitting: true,
    noExternal: ["effect"],
    banner: { js: "#!/usr/bin/env node" }
  },
  {
    entry: { worker: "src/node/worker.ts" },
    format: ["esm"],
    sourcemap: true,
    clean: false,
    target: "node20",
    platform: "node",
    splitting: false,
    noExternal: ["effect"]
  }
])
