/**
 * Timings for the distinct-count sketch; not a test. Run:
 *   node --import tsx test/bench/sketchBench.ts
 */
import { createHmac } from 'node:crypto'

import { DistinctSketch, EXACT_LIMIT, unionOf } from '../../src/evaluation/sketch'

const PSEUDONYMS = 1_000_000
const CELLS = 10_000
const REPEATS = 5

function pseudonym(seed: string, index: number): string {
  return createHmac('sha256', seed).update(String(index)).digest('hex')
}

/** Best of REPEATS runs, in milliseconds: the figure least disturbed by GC and JIT warm-up. */
function time(run: () => unknown): number {
  let best = Infinity
  for (let repeat = 0; repeat < REPEATS; repeat += 1) {
    const start = performance.now()
    run()
    best = Math.min(best, performance.now() - start)
  }
  return best
}

function report(label: string, milliseconds: number, note = ''): void {
  console.log(`${label.padEnd(52)} ${milliseconds.toFixed(1).padStart(8)} ms  ${note}`)
}

/** Deterministic xorshift32, so every run builds the same cells. */
function random(seed: number): () => number {
  let state = seed >>> 0 || 1
  return () => {
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    return (state >>> 0) / 2 ** 32
  }
}

let start = performance.now()
const ids = Array.from({ length: PSEUDONYMS }, (_, index) => pseudonym('bench', index))
report(`generate ${PSEUDONYMS} HMAC pseudonyms (setup)`, performance.now() - start)

console.log(`\nadding ${PSEUDONYMS} distinct pseudonyms, best of ${REPEATS}`)
let estimate = 0
report(
  'DistinctSketch.add(hex)',
  time(() => {
    const sketch = new DistinctSketch()
    for (const id of ids) sketch.add(id)
    estimate = sketch.estimate().value
  }),
  `estimate ${estimate}, error ${(((estimate - PSEUDONYMS) / PSEUDONYMS) * 100).toFixed(2)} %`,
)
report(
  'addHash(parseInt(slice)) (alternative hex parsing)',
  time(() => {
    const sketch = new DistinctSketch()
    for (const id of ids) {
      sketch.addHash(parseInt(id.slice(0, 8), 16), parseInt(id.slice(8, 16), 16))
    }
  }),
)
report(
  'addHash(BigInt(0x…)) (BigInt in the hot path)',
  time(() => {
    const sketch = new DistinctSketch()
    for (const id of ids) {
      const hash = BigInt(`0x${id.slice(0, 16)}`)
      sketch.addHash(Number(hash >> 32n), Number(hash & 0xffffffffn))
    }
  }),
)
report(
  'exact Set<string> of the same pseudonyms (reference)',
  time(() => new Set(ids).size),
)

console.log('\nserialized size (bytes)')
for (const size of [0, 1, 10, 100, EXACT_LIMIT, EXACT_LIMIT + 1, PSEUDONYMS]) {
  const sketch = new DistinctSketch()
  for (let index = 0; index < size; index += 1) sketch.add(ids[index])
  const bytes = sketch.toBytes()
  console.log(
    `${String(size).padStart(8)} distinct: ${String(bytes.length).padStart(6)} bytes, base64 ${sketch.toBase64().length} chars`,
  )
}

// Cells as a report sees them: most hold a few respondents, a few hold hundreds of thousands,
// drawn from one population so that cells overlap the way days and breakdowns do.
const draw = random(2024)
const cells: DistinctSketch[] = []
for (let cell = 0; cell < CELLS; cell += 1) {
  const large = cell % 1000 === 0
  const size = large ? 100_000 + Math.floor(draw() * 200_000) : Math.floor(-20 * Math.log(draw()))
  const sketch = new DistinctSketch()
  for (let index = 0; index < size; index += 1) sketch.add(ids[Math.floor(draw() * PSEUDONYMS)])
  cells.push(sketch)
}
const stored = cells.map((sketch) => sketch.toBytes())
const dense = cells.filter((sketch) => !sketch.isExact).length
const storedBytes = stored.reduce((sum, bytes) => sum + bytes.length, 0)
console.log(
  `\nmerging ${CELLS} cells (${dense} dense, ${CELLS - dense} exact; ${storedBytes} bytes stored), best of ${REPEATS}`,
)
let union = new DistinctSketch()
report(
  'unionOf(stored bytes) (mergeBytes, no decoding)',
  time(() => {
    union = unionOf(stored)
  }),
  `estimate ${union.estimate().value}`,
)
report(
  'fromBytes each, then merge',
  time(() => {
    const merged = new DistinctSketch()
    for (const bytes of stored) merged.merge(DistinctSketch.fromBytes(bytes))
  }),
)
report(
  'merge of live sketches',
  time(() => unionOf(cells)),
)
report(
  'serialize all cells (toBytes)',
  time(() => cells.map((sketch) => sketch.toBytes())),
)

const small = stored.filter((bytes) => bytes.length <= 2 + 8 * 100)
report(
  `unionOf ${small.length} small stored cells only`,
  time(() => unionOf(small)),
)

const denseCell = cells.find((sketch) => !sketch.isExact) ?? new DistinctSketch()
const denseStored = Array.from({ length: CELLS }, () => denseCell.toBytes())
start = performance.now()
unionOf(denseStored)
report(`worst case: unionOf ${CELLS} dense stored cells`, performance.now() - start)
