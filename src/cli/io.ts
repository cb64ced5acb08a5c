/**
 * What a command reads and writes, so that commands run the same from the
 * `khabar` binary and inside tests.
 *
 * @module
 */

export interface CliIo {
  /** The bytes of stdin, read when an input is `-`. */
  readonly stdin: () => AsyncIterable<Uint8Array>
  /** Where records go when there is no `--out`. */
  readonly stdout: NodeJS.WritableStream
  /** Messages, rejects without `--rejects`, progress and the summary. */
  readonly stderr: { readonly write: (text: string) => unknown; readonly isTTY?: boolean | undefined }
  /**
   * Aborted on the first Ctrl-C: no new input is taken, the batches in flight
   * finish and the outputs are closed whole (a run that can be resumed).
   */
  readonly stop?: AbortSignal | undefined
  /** Aborted on the second Ctrl-C: the run stops at once and unfinished outputs are removed. */
  readonly signal?: AbortSignal | undefined
}

/** The process's own stdin, stdout and stderr. */
export const processIo = (signals: { readonly stop?: AbortSignal; readonly signal?: AbortSignal } = {}): CliIo => ({
  stdin: () => process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  stop: signals.stop,
  signal: signals.signal
})

/** Exit codes of the `khabar` command. */
export const EXIT = {
  /** Every input was handled (rejects included). */
  ok: 0,
  /** An output could not be written (full disk, permissions, closed pipe); for `normalize`, the input file could not be read. */
  io: 1,
  /** A wrong command line: unknown option, missing value, no inputs. */
  usage: 2,
  /**
   * Stopped by Ctrl-C: after one, the outputs are whole and hold every input
   * taken (resume with --resume); after two, unfinished outputs were removed.
   */
  interrupted: 130
} as const
