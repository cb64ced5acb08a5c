import { defineConfig } from "tsup"

// Two library entries and the CLI:
// - `index`: the browser-safe core (parse → normalize → extract → validate, export to JSON/NDJSON);
// - `node`: file-system inputs, encodings, writers and corpus runs for Node;
// - `cli`: the `khabar` command (ESM only, with a shebang).
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
  {
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    sourcemap: true,
    clean: false,
    target: "node20",
    platform: "node",
    splitting: false,
    banner: { js: "#!/usr/bin/env node" }
  }
])
