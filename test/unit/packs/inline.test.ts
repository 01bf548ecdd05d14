import { describe, expect, it } from 'vitest'

import { parseInline, serializeInline } from '../../../src/packs'

const canonical = [
  'plain text',
  '**bold** and *italic* and ***both***',
  '**bold with *italic* inside**',
  '[a link](https://example.org)',
  '[**bold** link](https://example.org) after',
  '**[bold link](https://example.org)** after',
  '**see [the site](https://example.org) now**',
  'line one\nline two',
  '[PLACEHOLDER: unverified — check before publishing]',
  'a literal \\* asterisk and a \\\\ backslash',
  '[not a link] (really)',
  'call **1818** or write to [us](mailto:help@example.org)',
  'url with parens [x](https://example.org/a_(b\\))',
  'اتصل بالرقم **1343** على مدار الساعة',
]

describe('inline formatting', () => {
  it.each(canonical)('round-trips %j exactly', (text) => {
    const parsed = parseInline(text)
    expect(parsed.problems).toEqual([])
    expect(serializeInline(parsed.nodes)).toBe(text)
  })

  it('parses formats and links into Lexical-like nodes', () => {
    expect(parseInline('a **b** [*c*](https://x.org)').nodes).toEqual([
      { type: 'text', text: 'a ', format: 0 },
      { type: 'text', text: 'b', format: 1 },
      { type: 'text', text: ' ', format: 0 },
      { type: 'link', url: 'https://x.org', children: [{ type: 'text', text: 'c', format: 2 }] },
    ])
  })

  it('keeps brackets that do not form a link as text', () => {
    expect(parseInline('[PLACEHOLDER: x]').nodes).toEqual([
      { type: 'text', text: '[PLACEHOLDER: x]', format: 0 },
    ])
  })

  it('escapes text that would otherwise read as a link', () => {
    const nodes = [{ type: 'text' as const, text: '[x](https://y.org)', format: 0 }]
    const text = serializeInline(nodes)
    expect(parseInline(text).nodes).toEqual(nodes)
  })

  it('reports unclosed markers, bad link addresses and empty links', () => {
    expect(parseInline('**bold').problems).toEqual([
      'a ** (bold) marker is not closed; to show a literal asterisk write \\*',
    ])
    expect(parseInline('5 * 3').problems).toEqual([
      'a * (italic) marker is not closed; to show a literal asterisk write \\*',
    ])
    expect(parseInline('[x](javascript:alert(1\\))').problems).toEqual([
      'the link "x" points to "javascript:alert(1)": links must start with https://, http://, mailto: or tel:',
    ])
    expect(parseInline('[](https://x.org)').problems).toEqual([
      'the link to "https://x.org" has no text',
    ])
    expect(parseInline('[x](https://x.org').problems).toEqual([
      'the link "[x](" has no closing ")" after its address',
    ])
    expect(parseInline('****').problems).toHaveLength(1)
  })
})
