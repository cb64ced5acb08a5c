/**
 * Lines of text from chunks of UTF-8 bytes, for line-by-line commands
 * (`khabar normalize`). A line is what stands between `\n`s; a `\r` before
 * the `\n` is kept for the command to decide; a last line without `\n` is
 * yielded too. Decoding is streaming, so a character cut between chunks
 * stays whole.
 *
 * @module
 */
export async function* utf8Lines(chunks: AsyncIterable<Uint8Array | string>): AsyncGenerator<string> {
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
  rest += decoder.decode()
  if (rest.length > 0) yield rest
}
