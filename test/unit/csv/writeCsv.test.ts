import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'

import { writeCsv } from '../../../src/evaluation/csv/writeCsv'

describe('writeCsv', () => {
  it('prefixes every text cell that starts with =, +, -, @, tab or carriage return', () => {
    const cells = ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', 'plain', 'a=b', '']
    const [row] = parse(writeCsv([cells])) as string[][]
    expect(row).toEqual(["'=1+1", "'+1", "'-1", "'@SUM(A1)", "'\tx", "'\rx", 'plain', 'a=b', ''])
  })

  it('leaves numbers and booleans as they are, negative ones included', () => {
    expect(writeCsv([[-0.12, 3, true, null]], ['a', 'b', 'c', 'd'])).toBe(
      'a,b,c,d\r\n-0.12,3,true,\r\n',
    )
  })
})
