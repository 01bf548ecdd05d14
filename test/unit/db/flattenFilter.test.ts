import { Types } from 'mongoose'
import { describe, expect, it } from 'vitest'

import { flattenFilter } from '../../../src/db/flattenFilter'

describe('flattenFilter', () => {
  const parent = new Types.ObjectId('64b7f0c2a1b2c3d4e5f60718')

  it('lifts what Payload builds for the latest version into one document of paths', () => {
    expect(
      flattenFilter({
        $and: [
          { $and: [{ parent: { $eq: parent } }] },
          {
            $and: [{ parent: { $eq: new Types.ObjectId(parent.toHexString()) } }, { latest: true }],
          },
        ],
      }),
    ).toEqual({ latest: true, parent: { $eq: parent } })
  })

  it('keeps a path with two different conditions in a $and', () => {
    expect(flattenFilter({ $and: [{ n: { $gt: 1 } }, { n: { $lt: 5 } }, { slug: 'a' }] })).toEqual({
      $and: [{ n: { $lt: 5 } }],
      n: { $gt: 1 },
      slug: 'a',
    })
  })

  it('lifts a lone $or and flattens inside a $or of several', () => {
    expect(
      flattenFilter({
        $and: [
          { _id: { $ne: 1 } },
          { $or: [{ parent: { $eq: 7 } }] },
          { $or: [{ $and: [{ a: 1 }, { b: 2 }] }, { c: 3 }] },
        ],
      }),
    ).toEqual({ $or: [{ a: 1, b: 2 }, { c: 3 }], _id: { $ne: 1 }, parent: { $eq: 7 } })
  })

  it('keeps two $or lists apart, as both must hold', () => {
    expect(
      flattenFilter({ $and: [{ $or: [{ a: 1 }, { b: 1 }] }, { $or: [{ c: 1 }, { d: 1 }] }] }),
    ).toEqual({ $and: [{ $or: [{ c: 1 }, { d: 1 }] }], $or: [{ a: 1 }, { b: 1 }] })
  })

  it('leaves a flat filter, $nor and operators as they are', () => {
    const filter = { $nor: [{ a: 1 }], b: { $in: [1, 2] }, 'version._status': 'draft' }
    expect(flattenFilter(filter)).toEqual(filter)
    expect(flattenFilter({})).toEqual({})
  })
})
