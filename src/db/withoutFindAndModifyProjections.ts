import type { BaseDatabaseAdapter, DatabaseAdapterObj } from 'payload'

/**
 * FerretDB 1.24 refuses `findAndModify` with a projection ("support for field "fields" … is not
 * implemented yet"), and Payload's MongoDB adapter sends one whenever a write asks for `select`:
 * its login-attempt counter does, so on FerretDB a wrong password failed with a 500 and never
 * locked the account. Without `select` the adapter answers with the whole document, a superset
 * of what was asked for: Payload's callers read only the fields they selected, and its afterRead
 * still removes unselected fields from what a client sees. On MongoDB this costs a few more
 * bytes per such write and nothing else, so one setting stays right on every server.
 */
export const withoutFindAndModifyProjections = <T extends BaseDatabaseAdapter>(
  adapterObj: DatabaseAdapterObj<T>,
): DatabaseAdapterObj<T> => ({
  ...adapterObj,
  init: (args) => {
    const adapter = adapterObj.init(args)
    const { updateGlobal, updateGlobalVersion, updateOne, updateVersion } = adapter
    adapter.updateGlobal = function (this: T, write: Parameters<typeof updateGlobal>[0]) {
      return updateGlobal.call(this, { ...write, select: undefined })
    } as typeof updateGlobal
    adapter.updateGlobalVersion = function (
      this: T,
      write: Parameters<typeof updateGlobalVersion>[0],
    ) {
      return updateGlobalVersion.call(this, { ...write, select: undefined })
    } as typeof updateGlobalVersion
    adapter.updateOne = function (write) {
      return updateOne.call(this, { ...write, select: undefined })
    }
    adapter.updateVersion = function (this: T, write: Parameters<typeof updateVersion>[0]) {
      return updateVersion.call(this, { ...write, select: undefined })
    } as typeof updateVersion
    return adapter
  },
})
