import type { HotlineBlock } from '../../payload-types'
import type { EditorState, LexicalNode } from './publishedContent'

import { dialNumber } from './dialNumber'

/** The call to action partners show: where a person who recognises a sign gets help. */
export type HotlineView = {
  country: string
  hours: null | string
  languages: string[]
  name: string
  phone: null | string
  /** True while the number or address is unverified: do not show it as a working line. */
  placeholder: boolean
  /** The number to dial (for a tel: link), when the phone text has one. */
  telephone: null | string
  url: null | string
}

const isHotlineBlock = (fields: unknown): fields is HotlineBlock =>
  typeof fields === 'object' && fields !== null && 'blockType' in fields
    ? fields.blockType === 'hotline'
    : false

export const hotlineView = (block: HotlineBlock): HotlineView => ({
  country: block.country,
  hours: block.hours || null,
  languages: block.languages ?? [],
  name: block.name,
  phone: block.phone || null,
  placeholder: block.placeholder === true || (block.phone ?? '').includes('[PLACEHOLDER'),
  telephone: block.placeholder ? null : dialNumber(block.phone),
  url: block.url || null,
})

/** Every hotline block of a body, in reading order. */
export const hotlinesIn = (body: EditorState | undefined): HotlineView[] => {
  const found: HotlineView[] = []
  const visit = (node: LexicalNode) => {
    if (node.type === 'block' && isHotlineBlock(node.fields)) found.push(hotlineView(node.fields))
    node.children?.forEach(visit)
  }
  if (body) visit(body.root)
  return found
}
