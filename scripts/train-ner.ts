/**
 * Trains the entity tagger of one language and writes its model file.
 *
 *   npm run train:ner -- --lang ar|en [--epochs 15] [--bits 20] [--seed 7] [--scale 0.02] [--min-count C]
 *                        [--select cv|dev|fixed [--outside-bias B]] [--folds 4] [--cv-biases 0,4,8] [--seeds 3] [--aqmar] [--wojood] [--augment | --extra-weight 1]
 *                        [--seed-spread] [--without-dev] [--out FILE] [--no-write] [--cv-only]
 *                        [--learner perceptron|crf [--c2 1] [--eta 0.1] [--crf-scale 10] [--average-from 2]]
 *                        [--dropout P] [--pa C] [--context N]
 *
 * The learner (`--learner`): the averaged structured perceptron (the default,
 * the shipped models) or a linear-chain CRF trained by averaged SGD with L2
 * (`src/extract/entities/crf.ts`: `--c2` the L2 coefficient, `--eta` the first
 * step size, `--average-from` the epoch the averaging of iterates starts,
 * `--crf-scale` the factor the weights are multiplied by before the `O` prior
 * shift and quantization). Both write the same model file, read by the same
 * decoder. Perceptron variants: `--dropout P` leaves each feature occurrence
 * out of a visit with probability P; `--pa C` takes passive-aggressive steps
 * (PA-I, Hamming cost) capped at C instead of steps of 1. `--cv-only` stops
 * after the cross-validation (exploring settings without ever scoring the dev
 * split). Measured in docs/history/evaluation.md ("Another learner over the same
 * features"): none of them is shipped.
 *
 * Reads ../shared/data/ner/ (relative to the repository root):
 * - en: CoNLL-2003 train; dev = CoNLL-2003 dev.
 * - ar: ANERcorp train without its last tenth (the dev split: the last 10% of
 *   its sentences, a contiguous block of articles, as the test split is);
 *   with --aqmar, AQMAR train and dev too, their updates scaled by
 *   --extra-weight (default 1; measured at 1 and 0.3: they lower the ANERcorp
 *   dev score, so the shipped model leaves them out; see docs/evaluation.md);
 *   with --wojood, the public Wojood sample (train, val and test: all of it is
 *   training data here), its nested tags flattened to PER/LOC/ORG/MISC
 *   (`parseWojood` in src/extract/entities/conll.ts).
 *   With --augment, each source is its own domain and features are augmented
 *   (Daumé III 2007: a shared copy and a copy per source); the model written
 *   is the merge shared + ANERcorp's copy (`TrainOptions.domains`, and
 *   `CrfOptions.domains` with `--learner crf`).
 *
 * Two settings are chosen from data: the number of epochs and how far the
 * `O` tag's prior is lowered (the perceptron favours `O`: precision runs
 * above recall).
 * - `--select cv` (the default for Arabic): by cross-validation on the
 *   training part only. It is cut into `--folds` contiguous blocks; each is
 *   tagged after every epoch by a model trained on the others, and the epoch
 *   count and prior shift with the best pooled F1 (PER+LOC+ORG) win. The
 *   final model is then trained on the whole training part, `--seeds` times
 *   with different sentence orders, and the weights averaged (one order's
 *   luck moves the dev score by ±1 point; the mean does not). The dev split is
 *   tagged once, at the end: its score is an honest estimate.
 * - `--select fixed`: no search; `--epochs` and `--outside-bias` as given
 *   (settings an earlier `--select cv` run chose, to train the final seeds
 *   again without repeating the cross-validation), then as `cv`.
 * - `--select dev` (the default for English, whose CoNLL-2003 dev set is the
 *   official tuning set): after each epoch the averaged weights tag the dev
 *   split, the best epoch is kept and the prior shift is chosen on dev.
 * - Arabic, after that: the final seeds are trained again on the training part
 *   AND the dev split, with the same settings, and that model is written
 *   (`--without-dev` writes the model trained without it). Nothing is chosen
 *   on the dev split, and the dev block is the part of ANERcorp that stands
 *   next to its test split: holding out one block of ANERcorp costs the
 *   blocks beside it about a point of F1, the distant ones a tenth (see
 *   docs/evaluation.md). The model's `training.dev` then holds the scores of
 *   the model trained without the dev split, and `training.devIncluded` is
 *   true.
 * Tagging always goes through the same path as `khabar tag` (tokens joined
 * into text, entities extracted, spans mapped back to tokens). `--context N`
 * tags the cross-validation's held-out blocks and the dev split in runs of N
 * consecutive sentences extracted together, as `khabar tag` does by default
 * (N = 25); the default here stays 1, every sentence alone, the setting the
 * shipped models were chosen and scored with, so that the same data and
 * options still give the same bytes. The model is
 * quantized, written, read back through the loader and scored again. Same
 * data and options → the same bytes.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs"
import { dirname, join, relative } from "node:path"
import { fileURLToPath } from "node:url"
import { parseConll, parseWojood, splitAnercorp, type ConllSentence } from "../src/extract/entities/conll.js"
import { evaluate, formatEvaluation, type Evaluation } from "../src/extract/entities/conlleval.js"
import { TAG_COUNT } from "../src/extract/entities/decode.js"
import { BIAS_FEATURE } from "../src/extract/entities/features.js"
import { gazetteer, type Lang } from "../src/extract/entities/gazetteer.js"
import { encodeModel, loadModel, type NerModel, type TrainingInfo } from "../src/extract/entities/model.js"
import { evaluateSentences, tagSentences } from "../src/extract/entities/tokens.js"
import { trainCrf } from "../src/extract/entities/crf.js"
import { averageTrained, denseModel, inDomain, prepareExamples, trainPerceptron, type Example, type Trained } from "../src/extract/entities/train.js"

const root = join(dirname(fileURLToPath(import.meta.url)), "..")
const shared = join(root, "..", "shared", "data", "ner")

const args = process.argv.slice(2)
const opt = (name: string, fallback: string): string => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1]! : fallback
}
const lang = opt("lang", "") as Lang
if (lang !== "ar" && lang !== "en") {
  console.error("usage: npm run train:ner -- --lang ar|en [--epochs N] [--bits B] [--seed S] [--scale Q] [--min-count C] [--select cv|dev|fixed [--outside-bias B]] [--folds K] [--cv-biases L] [--seeds N] [--aqmar] [--wojood] [--augment | --extra-weight W] [--context N] [--out FILE] [--no-write]")
  process.exit(2)
}
const epochs = Number(opt("epochs", "15"))
const bits = Number(opt("bits", "20"))
const seed = Number(opt("seed", "7"))
const scale = Number(opt("scale", "0.02"))
// features seen in fewer units than this get no weight: 2 for Arabic (less overfitting on the small ANERcorp), 1 for English
const minCount = Number(opt("min-count", lang === "ar" ? "2" : "1"))
// the learner over the same features and decoder: the averaged perceptron (shipped) or a linear-chain CRF trained by
// averaged SGD with L2 (src/extract/entities/crf.ts; --c2, --eta, --crf-scale, --average-from are its settings)
const learner = opt("learner", "perceptron")
if (learner !== "perceptron" && learner !== "crf") {
  console.error(`train-ner: --learner must be perceptron or crf, not ${learner}`)
  process.exit(2)
}
const c2 = Number(opt("c2", "1"))
const eta0 = Number(opt("eta", "0.1"))
const crfScale = Number(opt("crf-scale", "10"))
const averageFrom = Number(opt("average-from", "2"))
// perceptron variants (TrainOptions in src/extract/entities/train.ts): feature dropout, passive-aggressive steps capped at --pa
const dropout = Number(opt("dropout", "0"))
const pa = args.includes("--pa") ? Number(opt("pa", "1")) : undefined
if ((dropout !== 0 || pa !== undefined) && learner !== "perceptron") {
  console.error("train-ner: --dropout and --pa are perceptron options")
  process.exit(2)
}
// how the epoch count and the O prior are chosen: by cross-validation on the training part (Arabic: the dev split stays
// unseen until the final score) or on the dev split (English: CoNLL-2003 dev is the official tuning set)
const select = opt("select", lang === "ar" ? "cv" : "dev")
if (select !== "cv" && select !== "dev" && select !== "fixed") {
  console.error(`train-ner: --select must be cv, dev or fixed, not ${select}`)
  process.exit(2)
}
const folds = Number(opt("folds", "4"))
// sentences extracted together when the cross-validation and the dev split are tagged (1: each alone; khabar tag: 25)
const context = Number(opt("context", "1"))
if (!(Number.isInteger(context) && context >= 1)) {
  console.error(`train-ner: --context must be a positive integer`)
  process.exit(2)
}
// shifts of the O prior tried on dev; cross-validation tries three unless --cv-biases lists others (each tags every
// held-out block once per epoch)
const BIASES = [0, 1, 2, 3, 4, 6, 8, 12, 16]
const CV_BIASES = opt("cv-biases", "0,4,8").split(",").map(Number)
if (!CV_BIASES.every((x) => Number.isFinite(x) && x >= 0)) {
  console.error("train-ner: --cv-biases takes non-negative numbers separated by commas")
  process.exit(2)
}
// cross-validation mode: the final weights are the mean of models trained with seeds seed … seed + seeds − 1
const seeds = Number(opt("seeds", lang === "ar" ? "3" : "1"))
if (!(Number.isInteger(seeds) && seeds >= 1)) {
  console.error(`train-ner: --seeds must be a positive integer`)
  process.exit(2)
}
const out = opt("out", join(root, "src", "models", `ner-${lang}.json`))
const write = !args.includes("--no-write")
// Arabic: the written model is trained on the dev split too (settings chosen without it), unless --without-dev
const withDev = lang === "ar" && (select === "cv" || select === "fixed") && !args.includes("--without-dev")

if (!existsSync(shared)) {
  console.error(`train-ner: ${shared} is missing; the training data lives in ../shared/data/ner beside the repository.`)
  process.exit(1)
}
const read = (name: string): Array<ConllSentence> => parseConll(readFileSync(join(shared, name), "utf8"))
const tokenCount = (xs: ReadonlyArray<ConllSentence>) => xs.reduce((n, s) => n + s.tokens.length, 0)

let train: Array<ConllSentence>
let dev: Array<ConllSentence>
let data: Array<string>
// other sources (AQMAR: Wikipedia; Wojood: mixed domains), never held out in cross-validation: trained on with updates of
// size --extra-weight, or, with --augment, each as its own domain (domain 0 is ANERcorp, the news the model will tag)
let extra: Array<ConllSentence> = []
let extraSources: Array<{ readonly name: string; readonly sentences: ReadonlyArray<ConllSentence> }> = []
const extraWeight = Number(opt("extra-weight", "1"))
const augment = args.includes("--augment")
if (augment && extraWeight !== 1) {
  console.error("train-ner: --augment and --extra-weight do not combine")
  process.exit(2)
}
if (lang === "en") {
  train = read("conll2003-en-train.txt")
  dev = read("conll2003-en-dev.txt")
  data = ["conll2003-en-train.txt (all)"]
} else {
  const aner = splitAnercorp(read("anercorp-train.txt"))
  const aqmar = args.includes("--aqmar") ? [...read("aqmar-train.txt"), ...read("aqmar-dev.txt")] : []
  const wojood = args.includes("--wojood")
    ? ["train.txt", "val.txt", "test.txt"].flatMap((f) => parseWojood(readFileSync(join(shared, "wojood-sample", f), "utf8")))
    : []
  train = [...aner.train]
  extraSources = [
    ...(aqmar.length > 0 ? [{ name: "aqmar", sentences: aqmar }] : []),
    ...(wojood.length > 0 ? [{ name: "wojood", sentences: wojood }] : [])
  ]
  extra = extraSources.flatMap((x) => [...x.sentences])
  dev = [...aner.dev]
  data = [
    "anercorp-train.txt (first 90% of sentences)",
    ...(aqmar.length > 0 ? ["aqmar-train.txt (all)", "aqmar-dev.txt (all)"] : []),
    ...(wojood.length > 0 ? ["wojood-sample/train.txt, val.txt, test.txt (all; nested tags flattened)"] : [])
  ]
}
if (augment && extraSources.length === 0) {
  console.error("train-ner: --augment needs another source (--aqmar, --wojood)")
  process.exit(2)
}
// with --augment: ANERcorp is domain 0, the other sources 1, 2, … in the order above
const domains = augment ? 1 + extraSources.length : 0
const asTarget = (xs: Array<Example>): Array<Example> => (augment ? inDomain(xs, 0) : xs)
const g = gazetteer(lang)
const t0 = performance.now()
const extraExamples = augment
  ? extraSources.flatMap((x, k) => inDomain(prepareExamples(x.sentences, lang, g), 1 + k))
  : extra.length > 0
    ? prepareExamples(extra, lang, g, extraWeight)
    : []
const examples = [...asTarget(prepareExamples(train, lang, g)), ...extraExamples]
const featureCount = examples.reduce((n, e) => n + e.feats.length, 0)
console.log(
  `${lang}: ${train.length} training sentences (${tokenCount(train)} tokens)` +
    `${extra.length > 0 ? ` + ${extra.length} (${tokenCount(extra)} tokens) ${augment ? `as ${extraSources.length} more domains (feature augmentation)` : `at weight ${extraWeight}`}` : ""}` +
    ` → ${examples.length} sequences, ${featureCount} features; ` +
    `dev ${dev.length} sentences (${tokenCount(dev)} tokens); prepared in ${((performance.now() - t0) / 1000).toFixed(1)} s`
)

const key = (e: Evaluation) => (lang === "ar" ? e.subset.f1 : e.overall.f1)
const biasIndex = (BIAS_FEATURE & (2 ** bits - 1)) * TAG_COUNT
const withOutsideBias = (model: NerModel, delta: number): NerModel => {
  if (delta === 0) return model
  const weights = model.weights.slice()
  weights[biasIndex] = weights[biasIndex]! - delta
  return { ...model, weights }
}

/**
 * Trains the chosen learner: `onEpoch` gets each epoch's (averaged) weights and a progress figure (the perceptron's
 * sentences wrong, the CRF's summed loss); returns the weights of the epoch `pick` chooses (default: the last).
 */
function fit(
  xs: ReadonlyArray<Example>,
  o: { readonly epochs: number; readonly seed: number; readonly onEpoch: (epoch: number, model: NerModel, progress: number) => void },
  pick?: (epoch: number) => boolean
): Trained {
  if (learner === "crf") {
    return trainCrf(xs, lang, { bucketBits: bits, epochs: o.epochs, seed: o.seed, minCount, c2, eta0, outputScale: crfScale, averageFrom, domains, onEpoch: o.onEpoch }, pick)
  }
  return trainPerceptron(
    xs,
    lang,
    { bucketBits: bits, epochs: o.epochs, seed: o.seed, minCount, domains, onEpoch: o.onEpoch, ...(dropout > 0 ? { dropout } : {}), ...(pa !== undefined ? { pa } : {}) },
    pick
  )
}
const progress = (x: number) => (learner === "crf" ? `loss ${x.toFixed(1)}` : `${x} sentences wrong`)

// Settings chosen without the dev split (Arabic): the number of epochs and the O prior that score best when the
// training part is cut into `folds` contiguous blocks, each tagged by a model trained on the others (pooled scores).
const chooseByCrossValidation = (): { readonly epochs: number; readonly outsideBias: number } => {
  const size = Math.ceil(train.length / folds)
  const predicted = new Map<string, Array<Array<string>>>() // "epoch/bias" → tags per held-out sentence, in corpus order
  const gold: Array<ReadonlyArray<string>> = []
  for (let f = 0; f < folds; f++) {
    const held = train.slice(f * size, (f + 1) * size)
    const rest = [...train.slice(0, f * size), ...train.slice((f + 1) * size)]
    gold.push(...held.map((s) => s.tags))
    fit([...asTarget(prepareExamples(rest, lang, g)), ...extraExamples], {
      epochs,
      seed,
      onEpoch: (epoch, model) => {
        for (const delta of CV_BIASES) {
          const tagger = { lang, model: withOutsideBias(model, delta), gazetteer: g }
          const k = `${epoch}/${delta}`
          const xs = predicted.get(k) ?? []
          for (let a = 0; a < held.length; a += context) xs.push(...tagSentences(held.slice(a, a + context).map((s) => s.tokens), tagger))
          predicted.set(k, xs)
        }
      }
    })
    console.log(`fold ${f + 1}/${folds}: trained on ${rest.length} sentences, tagged ${held.length} (${((performance.now() - t0) / 1000).toFixed(0)} s)`)
  }
  let best = { epochs: epochs, outsideBias: 0, score: -1 }
  for (let epoch = 1; epoch <= epochs; epoch++) {
    const row: Array<string> = []
    for (const delta of CV_BIASES) {
      const score = key(evaluate(gold, predicted.get(`${epoch}/${delta}`)!))
      row.push(`${delta}: ${(100 * score).toFixed(2)}`)
      if (score > best.score + 1e-9) best = { epochs: epoch, outsideBias: delta, score }
    }
    console.log(`cv epoch ${String(epoch).padStart(2)}, F1 by O prior lowered by ${row.join(", ")}`)
  }
  console.log(`cross-validation (${folds} folds): ${best.epochs} epochs, O prior lowered by ${best.outsideBias} (pooled F1 ${(100 * best.score).toFixed(2)})`)
  return best
}

/** The final models: one per seed (seed … seed + seeds − 1), each over its own order of `xs`. */
function trainSeeds(xs: ReadonlyArray<Example>, epochCount: number): Array<Trained> {
  const runs: Array<Trained> = []
  for (let k = 0; k < seeds; k++) {
    runs.push(
      fit(xs, {
        epochs: epochCount,
        seed: seed + k,
        onEpoch: (epoch, _model, x) =>
          console.log(`seed ${seed + k}, epoch ${String(epoch).padStart(2)}: ${progress(x)} (${((performance.now() - t0) / 1000).toFixed(0)} s)`)
      })
    )
  }
  return runs
}

let bestEpoch = 0
let bestScore = -1
let outsideBias = 0
let trained: Trained
if (select === "cv" || select === "fixed") {
  const chosen = select === "cv" ? chooseByCrossValidation() : { epochs, outsideBias: Number(opt("outside-bias", "0")) }
  if (args.includes("--cv-only")) {
    // exploring settings by cross-validation: stop before anything touches the dev split
    console.log(`(--cv-only: no final model, dev not scored; ${((performance.now() - t0) / 1000).toFixed(0)} s)`)
    process.exit(0)
  }
  bestEpoch = chosen.epochs
  outsideBias = chosen.outsideBias
  const runs = trainSeeds(examples, chosen.epochs)
  trained = seeds === 1 ? runs[0]! : averageTrained(runs)
  trained.weights[biasIndex] = trained.weights[biasIndex]! - outsideBias
  if (seeds > 1 && args.includes("--seed-spread")) {
    // for the record only (how much one sentence order moves the dev score); nothing is chosen from it
    for (let k = 0; k < seeds; k++) {
      const one = { ...runs[k]!, weights: runs[k]!.weights.slice() }
      one.weights[biasIndex] = one.weights[biasIndex]! - outsideBias
      const e = evaluateSentences(dev, { lang, model: denseModel(lang, one, info({})), gazetteer: g }, context)
      console.log(`seed ${seed + k} alone (float weights): dev F1 all ${(100 * e.overall.f1).toFixed(2)}, PER+LOC+ORG ${(100 * e.subset.f1).toFixed(2)}`)
    }
  }
} else {
  trained = fit(
    examples,
    {
      epochs,
      seed,
      onEpoch: (epoch, model, x) => {
        const e = evaluateSentences(dev, { lang, model, gazetteer: g }, context)
        const score = key(e)
        if (score > bestScore) {
          bestScore = score
          bestEpoch = epoch
        }
        console.log(
          `epoch ${String(epoch).padStart(2)}: ${progress(x)}; dev F1 all ${(100 * e.overall.f1).toFixed(2)}, ` +
            `PER+LOC+ORG ${(100 * e.subset.f1).toFixed(2)} (${((performance.now() - t0) / 1000).toFixed(0)} s)`
        )
      }
    },
    (epoch) => epoch === bestEpoch
  )
  console.log(`best epoch ${bestEpoch}`)
  // The perceptron's O tag wins too often (precision above recall): lower the O prior, by the amount that scores best on dev.
  const prior = trained.weights[biasIndex]!
  let biasScore = -1
  for (const delta of BIASES) {
    trained.weights[biasIndex] = prior - delta
    const e = evaluateSentences(dev, { lang, model: denseModel(lang, trained, info({})), gazetteer: g }, context)
    console.log(`O prior -${delta}: dev F1 ${(100 * key(e)).toFixed(2)}`)
    if (key(e) > biasScore + 1e-9) {
      biasScore = key(e)
      outsideBias = delta
    }
  }
  trained.weights[biasIndex] = prior - outsideBias
  console.log(`O prior lowered by ${outsideBias}`)
}

const round = (x: number) => Math.round(x * 10000) / 10000
const scores = (e: Evaluation): TrainingInfo["dev"] => {
  const o: Record<string, { precision: number; recall: number; f1: number }> = {}
  for (const [t, s] of Object.entries(e.byType)) o[t] = { precision: round(s.precision), recall: round(s.recall), f1: round(s.f1) }
  o["ALL"] = { precision: round(e.overall.precision), recall: round(e.overall.recall), f1: round(e.overall.f1) }
  o["PER+LOC+ORG"] = { precision: round(e.subset.precision), recall: round(e.subset.recall), f1: round(e.subset.f1) }
  return o
}
function info(dev: TrainingInfo["dev"]): TrainingInfo {
  return { data, sentences: train.length + extra.length, tokens: tokenCount(train) + tokenCount(extra), epochs: bestEpoch, seed, outsideBias, dev }
}
const floatEval = evaluateSentences(dev, { lang, model: denseModel(lang, trained, info({})), gazetteer: g }, context)
const aqmarUsed = data.some((d) => d.startsWith("aqmar"))
const wojoodUsed = data.some((d) => d.startsWith("wojood"))
const ANERCORP = "ANERcorp (Y. Benajiba, P. Rosso, J. M. Benedí Ruiz, 'ANERsys: An Arabic Named Entity Recognition System Based on Maximum Entropy', CICLing 2007, LNCS 4394), as distributed by CAMeL Lab under CC BY-SA 4.0"
const AQMAR = "the AQMAR Arabic Wikipedia Named Entity Corpus (B. Mohit, N. Schneider, R. Bhowmick, K. Oflazer, N. A. Smith, 'Recall-Oriented Learning of Named Entities in Arabic Wikipedia', EACL 2012), CC BY-SA 3.0"
const WOJOOD =
  "the public sample of the Wojood corpus (M. Jarrar, M. Khalilia, S. Ghanem, 'Wojood: Nested Arabic Named Entity Corpus and Recognition using BERT', LREC 2022), from github.com/SinaLab/ArabicNER, MIT licence, (c) 2021 Mohammed Khalilia"
const sources = [ANERCORP, ...(aqmarUsed ? [AQMAR] : []), ...(wojoodUsed ? [WOJOOD] : [])]
const licence =
  lang === "ar"
    ? {
        license: "CC BY-SA 4.0: the weights are derived from CC BY-SA data; see src/models/NOTICE-ner-ar.md",
        attribution:
          `Trained on ${sources.length === 1 ? sources[0]! : `${sources.slice(0, -1).join("; ")}; and ${sources[sources.length - 1]!}`}.`
      }
    : {
        license: "Weights learned from the CoNLL-2003 English training data (Reuters RCV1 text, research use); the file holds hashed feature weights and no text. See src/models/README.md",
        attribution:
          "Trained on the CoNLL-2003 shared task data (E. F. Tjong Kim Sang, F. De Meulder, 'Introduction to the CoNLL-2003 Shared Task: Language-Independent Named Entity Recognition', CoNLL 2003), built on the Reuters Corpus (RCV1)."
      }
const file = encodeModel(trained, { lang, scale, training: info(scores(floatEval)), ...licence })
const json = JSON.stringify(file) + "\n"
const loaded = loadModel(JSON.parse(json), lang)
const quantEval = evaluateSentences(dev, { lang, model: loaded, gazetteer: g }, context)
let file2 = encodeModel(trained, { lang, scale, training: info(scores(quantEval)), ...licence })

console.log(context === 1 ? "\ntagged sentence by sentence" : `\ntagged in blocks of ${context} sentences (--context)`)
console.log(`\nfloat weights on dev:\n${formatEvaluation(floatEval)}`)
console.log(`\nquantized model on dev (scale ${scale}, ${file2.rows} rows of ${2 ** bits}, ${TAG_COUNT} tags):\n${formatEvaluation(quantEval)}`)

if (withDev) {
  // the same seeds and settings over the training part and the dev split; the dev scores recorded stay the honest ones above
  console.log(`\ntraining the final seeds again with the dev split (${dev.length} sentences) included`)
  const all = [...examples, ...asTarget(prepareExamples(dev, lang, g))]
  const runs = trainSeeds(all, bestEpoch)
  const final = seeds === 1 ? runs[0]! : averageTrained(runs)
  final.weights[biasIndex] = final.weights[biasIndex]! - outsideBias
  const training: TrainingInfo = {
    ...info(scores(quantEval)),
    data: [data[0]!.replace("(first 90% of sentences)", "(all: the first 90% and the dev split)"), ...data.slice(1)],
    sentences: train.length + dev.length + extra.length,
    tokens: tokenCount(train) + tokenCount(dev) + tokenCount(extra),
    devIncluded: true
  }
  file2 = encodeModel(final, { lang, scale, training, ...licence })
  const inSample = evaluateSentences(dev, { lang, model: loadModel(JSON.parse(JSON.stringify(file2)), lang), gazetteer: g }, context)
  console.log(`\nthe written model on dev (in its training data: a fit check, not an estimate):\n${formatEvaluation(inSample)}`)
}
const json2 = JSON.stringify(file2) + "\n"
console.log(`model file: ${(json2.length / 1024 / 1024).toFixed(2)} MB`)
if (write) {
  writeFileSync(out, json2)
  console.log(`wrote ${relative(root, out)}`)
}
