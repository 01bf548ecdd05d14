/**
 * Converts a pack's body nodes to the Lexical JSON that Payload's rich-text editor stores (and
 * produces itself); lexicalToBody.ts reads it back. The shapes follow lexical 0.50 `exportJSON()` and Payload's
 * `LinkNode` (version 3) and `ServerBlockNode` (version 2): see test/unit/packs/lexical.test.ts,
 * which loads the output into a headless editor with Payload's own nodes.
 *
 * Ids of blocks, block rows and links are derived from their position, so the same body always
 * gives the same JSON and body → Lexical → body is exact.
 */
import type { BodyNode, HotlineFields } from './types'

import { type InlineLeaf, parseInline } from './inline'

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

type BlockBodyNode = Exclude<
  BodyNode,
  { heading: string } | { paragraph: string } | { list: string[] }
>

const blockOf = (
  node: BlockBodyNode,
  index: number,
  options: BodyToLexicalOptions,
): SerializedBlockNode => {
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
    const { name, country, phone, url, hours, languages, placeholder, lastVerified } = node.hotline
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
}

const topNodeOf = (
  node: BodyNode,
  index: number,
  options: BodyToLexicalOptions,
): SerializedTopNode => {
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
  return blockOf(node, index, options)
}

export function bodyToLexical(
  nodes: BodyNode[],
  options: BodyToLexicalOptions = {},
): SerializedEditorState {
  const children = nodes.map((node, index) => topNodeOf(node, index, options))
  return { root: { ...element('root', children), version: 1 } }
}
