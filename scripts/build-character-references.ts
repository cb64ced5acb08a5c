/**
 * Writes `src/normalize/character-references.json`: the 252 character entity references of HTML 4.01 (W3C, section 24:
 * HTMLlat1, HTMLsymbol, HTMLspecial) and `apos`, each with the code point the WHATWG table of named character
 * references gives it, read through the `entities` package (installed with linkedom).
 *
 *   npx tsx scripts/build-character-references.ts [--check]
 *
 * With `--check`, compares instead of writing and exits 1 when the file differs.
 */
import { readFileSync, writeFileSync } from "node:fs"
import { decodeHTMLStrict } from "entities"

const LATIN1 =
  "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml"
const SYMBOL =
  "fnof Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi Omicron Pi Rho Sigma Tau Upsilon Phi Chi Psi Omega alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigmaf sigma tau upsilon phi chi psi omega thetasym upsih piv bull hellip prime Prime oline frasl weierp image real trade alefsym larr uarr rarr darr harr crarr lArr uArr rArr dArr hArr forall part exist empty nabla isin notin ni prod sum minus lowast radic prop infin ang and or cap cup int there4 sim cong asymp ne equiv le ge sub sup nsub sube supe oplus otimes perp sdot lceil rceil lfloor rfloor lang rang loz spades clubs hearts diams"
const SPECIAL =
  "quot amp lt gt OElig oelig Scaron scaron Yuml circ tilde ensp emsp thinsp zwnj zwj lrm rlm ndash mdash lsquo rsquo sbquo ldquo rdquo bdquo dagger Dagger permil lsaquo rsaquo euro"

const names = [...LATIN1.split(" "), ...SYMBOL.split(" "), ...SPECIAL.split(" "), "apos"]
const references: Record<string, number> = {}
for (const name of names) {
  const decoded = decodeHTMLStrict(`&${name};`)
  const points = [...decoded].map((c) => c.codePointAt(0)!)
  if (points.length !== 1 || decoded === `&${name};`) throw new Error(`&${name}; decodes to ${JSON.stringify(decoded)}`)
  if (name in references) throw new Error(`&${name}; twice`)
  references[name] = points[0]!
}
const file = {
  id: "character-references",
  source:
    "The 252 character entity references of HTML 4.01 (W3C Recommendation, 24 December 1999, section 24: HTMLlat1, HTMLsymbol, HTMLspecial) and apos (XML 1.0), each name with the code point of the WHATWG HTML named character references table, read through the entities npm package (BSD-2-Clause) by scripts/build-character-references.ts. Names are case-sensitive and need their semicolon.",
  references
}
const text = JSON.stringify(file, null, 1).replace(/\n {2,}/g, " ") + "\n"
const path = new URL("../src/normalize/character-references.json", import.meta.url)
if (process.argv.includes("--check")) {
  if (readFileSync(path, "utf8") !== text) {
    console.error("src/normalize/character-references.json is not what scripts/build-character-references.ts writes")
    process.exit(1)
  }
  console.log(`character references: ${names.length} names, file current`)
} else {
  writeFileSync(path, text)
  console.log(`wrote ${names.length} character references`)
}
