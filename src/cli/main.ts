/**
 * The `khabar` binary (built to `dist/cli.js`; `tsx src/cli/main.ts` in development).
 *
 * Ctrl-C (SIGINT, or SIGTERM as sent by schedulers) stops the run cleanly:
 * no new input is taken, the batches in flight finish, the outputs are closed
 * whole and the exit code is 130 (`khabar process` says how to resume). A
 * second one aborts: unfinished outputs are removed. A third exits at once.
 *
 * @module
 */
import { runCli } from "./cli.js"
import { EXIT, processIo } from "./io.js"

const stop = new AbortController()
const abort = new AbortController()
const onSignal = (): void => {
  if (abort.signal.aborted) process.exit(EXIT.interrupted)
  if (stop.signal.aborted) {
    process.stderr.write("\nkhabar: stopping now (Ctrl-C again to exit at once)\n")
    abort.abort()
    return
  }
  process.stderr.write("\nkhabar: stopping after the inputs in flight (Ctrl-C again to stop at once)\n")
  stop.abort()
}
// only `process` stops gracefully; the other commands keep Node's default (exit at once)
if (process.argv[2] === "process") {
  process.on("SIGINT", onSignal)
  process.on("SIGTERM", onSignal)
}

runCli(process.argv.slice(2), processIo({ stop: stop.signal, signal: abort.signal })).then(
  (code) => {
    process.exitCode = code
  },
  (e: unknown) => {
    process.stderr.write(`khabar: unexpected error (a bug; please report it): ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`)
    process.exitCode = 70
  }
)
