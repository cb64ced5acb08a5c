/**
 * Lines of text from chunks of UTF-8 bytes, for line-by-line commands
 * (`khabar normalize`). A line is what stands between `\n`s; a `\r` before
 * the `\n` is kept for the command to decide; a last line without `\n` is
 * yielded too. Decoding is streaming, so a character cut between chunks
 * stays whole.
 *
 * @module
 */
import { decodedLines } from "../internal/lines.js"

export async function* utf8Lines(chunks: AsyncIterable<Uint8Array | string>): AsyncGenerator<string> {
  const rest = yield* decodedLines(chunks)
  if (rest.length > 0) yield rest
}
