import { Query, update } from 'mingo'
import { describe, expect, it } from 'vitest'

import type { CellRecord } from '../../../src/evaluation/store/cellRecord'
import type { CellChanges } from '../../../src/evaluation/store/updateCells'

import { cellKeyOf } from '../../../src/evaluation/store/cellKey'
import { mergeSketches } from '../../../src/evaluation/store/mergeSketches'
import { cellFromDocument, cellUpdateOf } from '../../../src/evaluation/store/mongo/cellUpdate'
import {
  cellQueryFilter,
  submissionsOfRespondents,
} from '../../../src/evaluation/store/mongo/mongoFilters'
import { pairSubmissions } from '../../../src/evaluation/store/pairSubmissions'
import { updateCells } from '../../../src/evaluation/store/updateCells'
import { coordinates, event, pseudonym, submissionRecord } from './records'

type Document = Record<string, unknown>

/**
 * MongoDB's updateOne({ upsert: true }) run in memory with mingo: a missing document starts as
 * the filter's equality fields plus $setOnInsert, then $inc and $set apply.
 */
const upsert = (documents: Document[], filter: Document, modifier: Document): void => {
  const query = new Query(filter)
  let document = documents.find((candidate) => query.test(candidate))
  if (!document) {
    document = { ...filter, ...(modifier.$setOnInsert as Document) }
    documents.push(document)
  }
  const { $setOnInsert: _insertOnly, ...changes } = modifier
  update(document, changes)
}

/** What the MongoDB store does with one batch's changes. */
const applyInMongo = (documents: Document[], changes: CellChanges) => {
  for (const [key, delta] of updateCells(new Map(), changes)) {
    const stored = documents.find((document) => document.cellKey === key)
    const sketches = stored
      ? mergeSketches(cellFromDocument(stored).sketches, delta.sketches)
      : delta.sketches
    const { filter, update: modifier } = cellUpdateOf(delta, sketches)
    upsert(documents, filter, modifier)
  }
}

describe('the MongoDB tally updates (run with mingo; no MongoDB server exists here)', () => {
  const pre = submissionRecord('ana', 'pre', { a: 0, b: 1 })
  const post = submissionRecord('ana', 'post', { a: 1, b: 1 })
  const batches: CellChanges[] = [
    {
      events: [
        event({ respondent: pseudonym('ana') }),
        event({ consent: false, respondent: null }),
        event({ respondent: pseudonym('ben'), type: 'engagement' }),
      ],
      pairs: [],
      submissions: [pre],
    },
    {
      events: [event({ respondent: pseudonym('ana'), type: 'cta' })],
      pairs: pairSubmissions([post], [pre, post]),
      submissions: [post, submissionRecord('cy', 'pre', { a: 1, b: 1 }, { channel: 'seminar' })],
    },
  ]

  it('$inc and $set give the same tallies as the SQL store, batch after batch', () => {
    let sqlCells = new Map<string, CellRecord>()
    const documents: Document[] = []
    for (const batch of batches) {
      sqlCells = new Map([...sqlCells, ...updateCells(sqlCells, batch)])
      applyInMongo(documents, batch)
    }
    expect(documents).toHaveLength(2)
    for (const document of documents) {
      expect(cellFromDocument(document)).toEqual(sqlCells.get(String(document.cellKey)))
    }
  })

  it('adds counts, sums and histogram bins with $inc on plain dotted paths', () => {
    const { update: modifier } = cellUpdateOf(
      updateCells(new Map(), batches[0]).get(cellKeyOf(coordinates))!,
      {
        cta: null,
        engaged: null,
        reached: null,
      },
    )
    expect(modifier.$inc).toMatchObject({ impressions: 2, engagements: 1, 'scores.pre.n': 1 })
    expect(Object.keys(modifier.$inc ?? {}).every((path) => !path.includes('$'))).toBe(true)
  })

  it('filters tallies like the SQL WHERE clause', () => {
    const cells = [
      { ...coordinates, day: '2026-02-28' },
      { ...coordinates, day: '2026-03-01' },
      { ...coordinates, channel: 'seminar', day: '2026-03-02' },
      { ...coordinates, campaign: '4', day: '2026-03-01' },
      { ...coordinates, day: '2026-03-05', partner: null },
    ]
    const pick = (filter: Document) => cells.filter((cell) => new Query(filter).test(cell))
    expect(pick(cellQueryFilter({ campaign: '3' }))).toHaveLength(4)
    expect(pick(cellQueryFilter({ campaign: '3', from: '2026-03-01', to: '2026-03-02' }))).toEqual([
      cells[1],
      cells[2],
    ])
    expect(pick(cellQueryFilter({ campaign: '3', channel: 'seminar' }))).toEqual([cells[2]])
    expect(pick(cellQueryFilter({ campaign: '3', partner: '11', to: '2026-03-01' }))).toEqual([
      cells[0],
      cells[1],
    ])
  })

  it('finds every stored submission of the respondents that just submitted', () => {
    const stored = [
      pre,
      post,
      submissionRecord('ben', 'pre', { a: 1, b: 0 }),
      { ...pre, campaign: '4' },
    ]
    const filter = submissionsOfRespondents([post])
    expect(stored.filter((record) => new Query(filter).test(record))).toEqual([pre, post])
  })
})
