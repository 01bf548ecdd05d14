/**
 * Reads Payload's stored Lexical JSON (possibly edited in the admin) back into a pack's body
 * nodes, the inverse of bodyToLexical (lexical.ts). What the pack format cannot express is
 * dropped or simplified, and each such loss is reported with a JSON pointer into the state.
 */
import type { BodyNode } from './types'

import { BOLD, ITALIC, type InlineLeaf, type InlineNode, serializeInline } from './inline'

/** Any serialized Lexical node, as read back from Payload (possibly edited in the admin). */
export interface LexicalNodeLike {
  type?: unknown
  [key: string]: unknown
}

export interface LexicalStateLike {
  root?: { children?: unknown } | null
}

export interface LexicalToBodyOptions {
  /** Turns a stored `media` value (an id, or a populated upload) into the pack's reference. */
  mediaRef?: (value: unknown) => number | string | undefined
  /**
   * Called for content the pack format cannot express (underline, alignment, new-tab links,
   * quotes, unknown blocks…), which is dropped or simplified. `path` is a JSON pointer into the
   * Lexical state.
   */
  onLoss?: (message: string, path: string) => void
}

/** The options, resolved: every reading function below takes it first. */
type Reader = Required<LexicalToBodyOptions>

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : [])
const asNode = (value: unknown): LexicalNodeLike =>
  value && typeof value === 'object' ? (value as LexicalNodeLike) : {}
const asText = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : ''
const childPath = (path: string, index: number) => `${path}/children/${index}`

const defaultMediaRef = (value: unknown): number | string | undefined => {
  if (typeof value === 'number' || typeof value === 'string') return value
  if (value && typeof value === 'object') {
    const id = (value as { id?: unknown }).id
    if (typeof id === 'number' || typeof id === 'string') return id
  }
  return undefined
}

const checkElement = ({ onLoss }: Reader, node: LexicalNodeLike, path: string) => {
  if (node.format && node.format !== '') onLoss(`alignment "${asText(node.format)}" dropped`, path)
  if (typeof node.indent === 'number' && node.indent > 0) onLoss('indentation dropped', path)
}

const leafOf = ({ onLoss }: Reader, node: LexicalNodeLike, at: string): InlineLeaf | null => {
  if (node.type === 'text') {
    const format = typeof node.format === 'number' ? node.format : 0
    if ((format & ~(BOLD | ITALIC)) !== 0) {
      onLoss('text formatting other than bold and italic dropped', at)
    }
    if (node.style) onLoss('text style dropped', at)
    return { type: 'text', text: asText(node.text), format: format & (BOLD | ITALIC) }
  }
  if (node.type === 'linebreak') return { type: 'linebreak' }
  if (node.type === 'tab') return { type: 'text', text: '\t', format: 0 }
  onLoss(`inline node "${asText(node.type)}" dropped`, at)
  return null
}

const toLeaves = (reader: Reader, children: unknown, path: string): InlineLeaf[] =>
  asArray(children).flatMap((raw, index) => {
    const converted = leafOf(reader, asNode(raw), childPath(path, index))
    return converted ? [converted] : []
  })

const linkOf = (reader: Reader, node: LexicalNodeLike, at: string): InlineNode[] => {
  const fields = asNode(node.fields)
  if (fields.newTab === true) reader.onLoss('"open in new tab" dropped from a link', at)
  if (fields.linkType === 'internal') {
    reader.onLoss('internal link (to a document) kept as text only', at)
    return toLeaves(reader, node.children, at)
  }
  return [{ type: 'link', url: asText(fields.url), children: toLeaves(reader, node.children, at) }]
}

const toInline = (reader: Reader, children: unknown, path: string): string =>
  serializeInline(
    asArray(children).flatMap((raw, index): InlineNode[] => {
      const node = asNode(raw)
      const at = childPath(path, index)
      if (node.type === 'link' || node.type === 'autolink') return linkOf(reader, node, at)
      const converted = leafOf(reader, node, at)
      return converted ? [converted] : []
    }),
  )

const rows = (value: unknown, field: string): string[] =>
  asArray(value).map((row) => asText(asNode(row)[field]))

const hotlineOf = (fields: LexicalNodeLike): BodyNode => ({
  hotline: {
    name: asText(fields.name),
    country: asText(fields.country),
    phone: asText(fields.phone),
    url: asText(fields.url),
    hours: asText(fields.hours),
    languages: asArray(fields.languages).map(asText),
    placeholder: fields.placeholder === true,
    // Payload stores the date as an ISO date-time; packs keep the calendar day.
    lastVerified: asText(fields.lastVerified).slice(0, 10),
  },
})

const toBlock = (reader: Reader, node: LexicalNodeLike, path: string): BodyNode | null => {
  const fields = asNode(node.fields)
  switch (fields.blockType) {
    case 'warningSigns':
      return { warningSigns: { title: asText(fields.title), signs: rows(fields.signs, 'sign') } }
    case 'rights':
      return { rights: { title: asText(fields.title), rights: rows(fields.rights, 'right') } }
    case 'hotline':
      return hotlineOf(fields)
    case 'image': {
      const media = reader.mediaRef(fields.media)
      if (media === undefined) {
        reader.onLoss('image without media dropped', path)
        return null
      }
      return { image: { media, caption: asText(fields.caption) } }
    }
    default:
      reader.onLoss(`block "${asText(fields.blockType)}" dropped`, path)
      return null
  }
}

const listEntries = (reader: Reader, node: LexicalNodeLike, path: string): string[] =>
  asArray(node.children).flatMap((raw, index) => {
    const item = asNode(raw)
    const at = childPath(path, index)
    const nested = asArray(item.children).map(asNode)
    if (nested.length > 0 && nested.every((child) => child.type === 'list')) {
      reader.onLoss('nested list flattened', at)
      return nested.flatMap((child, position) =>
        listEntries(reader, child, childPath(at, position)),
      )
    }
    checkElement(reader, item, at)
    return [toInline(reader, item.children, at)]
  })

const headingLevel = (node: LexicalNodeLike): 1 | 2 | 3 | 4 | 5 | 6 => {
  const level = Number(asText(node.tag).slice(1))
  return (level >= 1 && level <= 6 ? level : 2) as 1 | 2 | 3 | 4 | 5 | 6
}

const topNodeOf = (reader: Reader, node: LexicalNodeLike, path: string): BodyNode | null => {
  switch (node.type) {
    case 'heading':
      checkElement(reader, node, path)
      return { heading: toInline(reader, node.children, path), level: headingLevel(node) }
    case 'paragraph':
    case 'quote':
      if (node.type === 'quote') reader.onLoss('quote turned into a paragraph', path)
      checkElement(reader, node, path)
      return { paragraph: toInline(reader, node.children, path) }
    case 'list':
      checkElement(reader, node, path)
      if (node.listType === 'check') reader.onLoss('check list turned into a bullet list', path)
      return { list: listEntries(reader, node, path), ordered: node.listType === 'number' }
    case 'block':
      return toBlock(reader, node, path)
    default:
      reader.onLoss(`"${asText(node.type)}" dropped`, path)
      return null
  }
}

export function lexicalToBody(
  state: LexicalStateLike | null | undefined,
  { mediaRef = defaultMediaRef, onLoss = () => undefined }: LexicalToBodyOptions = {},
): BodyNode[] {
  const reader: Reader = { mediaRef, onLoss }
  return asArray(state?.root?.children).flatMap((raw, index) => {
    const converted = topNodeOf(reader, asNode(raw), `/root/children/${index}`)
    return converted ? [converted] : []
  })
}
