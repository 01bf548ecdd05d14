/**
 * Converts a pack's body nodes to the Lexical JSON that Payload's rich-text editor stores (and
 * produces itself), and back. The shapes follow lexical 0.50 `exportJSON()` and Payload's
 * `LinkNode` (version 3) and `ServerBlockNode` (version 2): see test/unit/packs/lexical.test.ts,
 * which loads the output into a headless editor with Payload's own nodes.
 *
 * Ids of blocks, block rows and links are derived from their position, so the same body always
 * gives the same JSON and body → Lexical → body is exact.
 */
import type { BodyNode, HotlineFields } from './types'

import {
  BOLD,
  ITALIC,
  type InlineLeaf,
  type InlineNode,
  parseInline,
  serializeInline,
} from './inline'

export interface SerializedTextNode {
  detail: 0
  format: number
  mode: 'normal'
  style: ''
  text: string
  type: 'text'
  version: 1
}

export interface SerializedLineBreakNode {
  type: 'linebreak'
  version: 1
}

interface ElementBase<Type extends string, Child> {
  children: Child[]
  direction: null
  format: ''
  indent: 0
  type: Type
  version: number
}

export type SerializedLeaf = SerializedLineBreakNode | SerializedTextNode

export interface SerializedLinkNode extends ElementBase<'link', SerializedLeaf> {
  fields: { linkType: 'custom'; newTab: boolean; url: string }
  id: string
  version: 3
}

export type SerializedInline = SerializedLeaf | SerializedLinkNode

export interface SerializedParagraphNode extends ElementBase<'paragraph', SerializedInline> {
  textFormat: number
  textStyle: ''
  version: 1
}

export interface SerializedHeadingNode extends ElementBase<'heading', SerializedInline> {
  tag: 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6'
  version: 1
}

export interface SerializedListItemNode extends ElementBase<'listitem', SerializedInline> {
  value: number
  version: 1
}

export interface SerializedListNode extends ElementBase<'list', SerializedListItemNode> {
  listType: 'bullet' | 'number'
  start: 1
  tag: 'ol' | 'ul'
  version: 1
}

export type BlockFields =
  | ({ blockType: 'hotline' } & Omit<HotlineFields, 'lastVerified'> & { lastVerified?: string })
  | { blockType: 'image'; caption: string; media: number | string }
  | { blockType: 'rights'; rights: { id: string; right: string }[]; title: string }
  | { blockType: 'warningSigns'; signs: { id: string; sign: string }[]; title: string }

export interface SerializedBlockNode {
  fields: { blockName: ''; id: string } & BlockFields
  format: ''
  type: 'block'
  version: 2
}

export type SerializedTopNode =
  SerializedBlockNode | SerializedHeadingNode | SerializedListNode | SerializedParagraphNode

export interface SerializedRootNode extends ElementBase<'root', SerializedTopNode> {
  version: 1
}

/** The value of a Payload `richText` field edited with the Lexical editor. */
export interface SerializedEditorState {
  root: SerializedRootNode
}

export interface BodyToLexicalOptions {
  /** Maps an image's `media` (a pack file or an upload id) to the upload id Payload stores. */
  resolveMedia?: (media: number | string) => number | string
}

const hex = (value: number, width: number) => value.toString(16).padStart(width, '0')

/** Block ids look like Payload's (24 hex digits, as ObjectIDs) but come from the position. */
export const blockId = (index: number): string => `b10c${hex(index, 10)}${hex(0, 10)}`
export const blockRowId = (index: number, row: number): string =>
  `b10c${hex(index, 10)}${hex(row + 1, 10)}`
export const linkId = (index: number, link: number): string =>
  `11c0${hex(index, 10)}${hex(link, 10)}`

const element = <Type extends string, Child>(type: Type, children: Child[]) => ({
  children,
  direction: null,
  format: '' as const,
  indent: 0 as const,
  type,
  version: 1 as const,
})

const textNode = (text: string, format: number): SerializedTextNode => ({
  detail: 0,
  format,
  mode: 'normal',
  style: '',
  text,
  type: 'text',
  version: 1,
})

const leaf = (node: InlineLeaf): SerializedLeaf =>
  node.type === 'linebreak' ? { type: 'linebreak', version: 1 } : textNode(node.text, node.format)

/** Converts inline text; `nextLink` numbers the links of one top-level node. */
const inlineToLexical = (text: string, nextLink: () => string): SerializedInline[] =>
  parseInline(text).nodes.map((node) =>
    node.type === 'link'
      ? {
          ...element('link', node.children.map(leaf)),
          fields: { linkType: 'custom', newTab: false, url: node.url },
          id: nextLink(),
          version: 3,
        }
      : leaf(node),
  )

const block = (index: number, fields: BlockFields): SerializedBlockNode => ({
  fields: { id: blockId(index), blockName: '', ...fields },
  format: '',
  type: 'block',
  version: 2,
})

export function bodyToLexical(
  nodes: BodyNode[],
  options: BodyToLexicalOptions = {},
): SerializedEditorState {
  const children = nodes.map((node, index): SerializedTopNode => {
    let links = 0
    const nextLink = () => linkId(index, links++)
    if ('heading' in node) {
      return {
        ...element('heading', inlineToLexical(node.heading, nextLink)),
        tag: `h${node.level}`,
      }
    }
    if ('paragraph' in node) {
      const inline = inlineToLexical(node.paragraph, nextLink)
      const firstText = inline.find((child): child is SerializedTextNode => child.type === 'text')
      return {
        ...element('paragraph', inline),
        textFormat: firstText?.format ?? 0,
        textStyle: '',
      }
    }
    if ('list' in node) {
      return {
        ...element(
          'list',
          node.list.map((entry, position) => ({
            ...element('listitem', inlineToLexical(entry, nextLink)),
            value: position + 1,
          })),
        ),
        listType: node.ordered ? 'number' : 'bullet',
        start: 1,
        tag: node.ordered ? 'ol' : 'ul',
      }
    }
    if ('warningSigns' in node) {
      return block(index, {
        blockType: 'warningSigns',
        title: node.warningSigns.title,
        signs: node.warningSigns.signs.map((sign, row) => ({ id: blockRowId(index, row), sign })),
      })
    }
    if ('rights' in node) {
      return block(index, {
        blockType: 'rights',
        title: node.rights.title,
        rights: node.rights.rights.map((right, row) => ({ id: blockRowId(index, row), right })),
      })
    }
    if ('hotline' in node) {
      const { name, country, phone, url, hours, languages, placeholder, lastVerified } =
        node.hotline
      return block(index, {
        blockType: 'hotline',
        name,
        country,
        phone,
        url,
        hours,
        languages: [...languages],
        placeholder,
        ...(lastVerified ? { lastVerified } : {}),
      })
    }
    const media = options.resolveMedia ? options.resolveMedia(node.image.media) : node.image.media
    return block(index, { blockType: 'image', media, caption: node.image.caption })
  })
  return { root: { ...element('root', children), version: 1 } }
}

// ---------------------------------------------------------------------------------------------
// Lexical → body

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

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : [])
const asNode = (value: unknown): LexicalNodeLike =>
  value && typeof value === 'object' ? (value as LexicalNodeLike) : {}
const asText = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : ''

const defaultMediaRef = (value: unknown): number | string | undefined => {
  if (typeof value === 'number' || typeof value === 'string') return value
  if (value && typeof value === 'object') {
    const id = (value as { id?: unknown }).id
    if (typeof id === 'number' || typeof id === 'string') return id
  }
  return undefined
}

export function lexicalToBody(
  state: LexicalStateLike | null | undefined,
  options: LexicalToBodyOptions = {},
): BodyNode[] {
  const loss = options.onLoss ?? (() => undefined)
  const mediaRef = options.mediaRef ?? defaultMediaRef

  const checkElement = (node: LexicalNodeLike, path: string) => {
    if (node.format && node.format !== '') loss(`alignment "${asText(node.format)}" dropped`, path)
    if (typeof node.indent === 'number' && node.indent > 0) loss('indentation dropped', path)
  }

  const leafOf = (node: LexicalNodeLike, at: string): InlineLeaf | null => {
    if (node.type === 'text') {
      const format = typeof node.format === 'number' ? node.format : 0
      if ((format & ~(BOLD | ITALIC)) !== 0) {
        loss('text formatting other than bold and italic dropped', at)
      }
      if (node.style) loss('text style dropped', at)
      return { type: 'text', text: asText(node.text), format: format & (BOLD | ITALIC) }
    }
    if (node.type === 'linebreak') return { type: 'linebreak' }
    if (node.type === 'tab') return { type: 'text', text: '\t', format: 0 }
    loss(`inline node "${asText(node.type)}" dropped`, at)
    return null
  }

  const toLeaves = (children: unknown, path: string): InlineLeaf[] =>
    asArray(children).flatMap((raw, index) => {
      const converted = leafOf(asNode(raw), `${path}/children/${index}`)
      return converted ? [converted] : []
    })

  const toInline = (children: unknown, path: string): string => {
    const out: InlineNode[] = []
    asArray(children).forEach((raw, index) => {
      const node = asNode(raw)
      const at = `${path}/children/${index}`
      if (node.type === 'link' || node.type === 'autolink') {
        const fields = asNode(node.fields)
        if (fields.newTab === true) loss('"open in new tab" dropped from a link', at)
        if (fields.linkType === 'internal') {
          loss('internal link (to a document) kept as text only', at)
          out.push(...toLeaves(node.children, at))
          return
        }
        out.push({ type: 'link', url: asText(fields.url), children: toLeaves(node.children, at) })
        return
      }
      const converted = leafOf(node, at)
      if (converted) out.push(converted)
    })
    return serializeInline(out)
  }

  const rows = (value: unknown, field: string): string[] =>
    asArray(value).map((row) => asText(asNode(row)[field]))

  const toBlock = (node: LexicalNodeLike, path: string): BodyNode | null => {
    const fields = asNode(node.fields)
    switch (fields.blockType) {
      case 'warningSigns':
        return { warningSigns: { title: asText(fields.title), signs: rows(fields.signs, 'sign') } }
      case 'rights':
        return { rights: { title: asText(fields.title), rights: rows(fields.rights, 'right') } }
      case 'hotline':
        return {
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
        }
      case 'image': {
        const media = mediaRef(fields.media)
        if (media === undefined) {
          loss('image without media dropped', path)
          return null
        }
        return { image: { media, caption: asText(fields.caption) } }
      }
      default:
        loss(`block "${asText(fields.blockType)}" dropped`, path)
        return null
    }
  }

  const listEntries = (node: LexicalNodeLike, path: string): string[] => {
    const entries: string[] = []
    asArray(node.children).forEach((raw, index) => {
      const item = asNode(raw)
      const at = `${path}/children/${index}`
      const nested = asArray(item.children).map(asNode)
      if (nested.length > 0 && nested.every((child) => child.type === 'list')) {
        loss('nested list flattened', at)
        for (const [position, child] of nested.entries()) {
          entries.push(...listEntries(child, `${at}/children/${position}`))
        }
        return
      }
      checkElement(item, at)
      entries.push(toInline(item.children, at))
    })
    return entries
  }

  const body: BodyNode[] = []
  asArray(state?.root?.children).forEach((raw, index) => {
    const node = asNode(raw)
    const path = `/root/children/${index}`
    switch (node.type) {
      case 'heading': {
        checkElement(node, path)
        const level = Number(asText(node.tag).slice(1))
        body.push({
          heading: toInline(node.children, path),
          level: (level >= 1 && level <= 6 ? level : 2) as 1 | 2 | 3 | 4 | 5 | 6,
        })
        return
      }
      case 'paragraph':
      case 'quote':
        if (node.type === 'quote') loss('quote turned into a paragraph', path)
        checkElement(node, path)
        body.push({ paragraph: toInline(node.children, path) })
        return
      case 'list':
        checkElement(node, path)
        if (node.listType === 'check') loss('check list turned into a bullet list', path)
        body.push({ list: listEntries(node, path), ordered: node.listType === 'number' })
        return
      case 'block': {
        const converted = toBlock(node, path)
        if (converted) body.push(converted)
        return
      }
      default:
        loss(`"${asText(node.type)}" dropped`, path)
    }
  })
  return body
}
