/**
 * Splitting streamed UTF-8 text into lines: shared by the line-by-line commands (`cli/lines.ts`, `utf8Lines`) and the
 * reading of an output to resume (`node/resume.ts`), which each decide what to do with a last line that has no `\n`
 * (sixty-first session, helper tidy5: the loop was written in both).
 *
 * @module
 * @internal
 */

/**
 * The lines of `chunks` (UTF-8 bytes or text), each without its `\n` (a `\r` before it is kept), in order; the
 * generator's return value is what follows the last `\n` (empty when the text ends with one). Decoding is streaming,
 * so a character cut between chunks stays whole; each chunk is decoded before the next is asked for, so a reader may
 * hand the same buffer again.
 */
export async function* decodedLines(chunks: AsyncIterable<Uint8Array | string>): AsyncGenerator<string, string> {
  const decoder = new TextDecoder("utf-8")
  let rest = ""
  for await (const chunk of chunks) {
    rest += typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true })
    let from = 0
    for (let nl = rest.indexOf("\n"); nl >= 0; nl = rest.indexOf("\n", from)) {
      yield rest.slice(from, nl)
      from = nl + 1
    }
    rest = rest.slice(from)
  }
  return rest + decoder.decode()
}
