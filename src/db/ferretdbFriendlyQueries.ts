import type { MongooseQueryMiddleware, Query, Schema } from 'mongoose'

import type { Filter } from './flattenFilter'

import { flattenFilter } from './flattenFilter'

const filtering = [
  'countDocuments',
  'deleteMany',
  'deleteOne',
  'distinct',
  'find',
  'findOne',
  'findOneAndDelete',
  'findOneAndReplace',
  'findOneAndUpdate',
  'replaceOne',
  'updateMany',
  'updateOne',
] satisfies MongooseQueryMiddleware[]

/**
 * A Mongoose plugin for every model of Payload's MongoDB adapter, so that its queries are ones
 * FerretDB 1.24 (the MongoDB-wire server the tests run on) serves, and fast. Each change is as
 * right, and costs nothing, on MongoDB itself:
 *
 * - **Flat filters.** FerretDB turns a filter's top-level paths into SQL, but filters a `$and`
 *   document by document after decoding every candidate. Payload nests its version lookups in
 *   `$and` lists: `{ $and: [{ parent }, { latest: true }] }` took 880 ms where
 *   `{ parent, latest: true }` took 50 ms, on one campaign's 30 versions. MongoDB's planner
 *   treats both alike.
 * - **No projection on findAndModify**, which FerretDB refuses ("support for field "fields" … is
 *   not implemented yet"). The adapter sends one whenever a write asks for `select`, as Payload's
 *   login-attempt counter does: a wrong password failed with a 500 and never locked the account.
 *   The whole document is a superset of what was asked for; Payload's callers read only what
 *   they selected, and its afterRead still removes unselected fields from what a client sees.
 */
export const ferretdbFriendlyQueries = (schema: Schema): void => {
  schema.pre(filtering, function (this: Query<unknown, unknown>) {
    this.setQuery(flattenFilter(this.getQuery() as Filter))
  })
  schema.pre('findOneAndUpdate', function (this: Query<unknown, unknown>) {
    this.projection(null)
  })
}
