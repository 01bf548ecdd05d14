import type { HTMLConverter, HTMLConvertersFunction } from '@payloadcms/richtext-lexical/html'
import type { SerializedBlockNode } from '@payloadcms/richtext-lexical'

import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import { escapeHtml } from './escapeHtml'

import type { LocaleCode } from '../../domain/locales'
import type { HotlineBlock, ImageBlock, RightsBlock, WarningSignsBlock } from '../../payload-types'
import type { EditorState, StoredMedia } from './publishedContent'

import { isRightToLeft } from '../../domain/locales'
import { campaignMediaPath } from './campaignMediaPath'
import { hotlineView } from './hotlines'
import { pickLocale } from './localized'
import { sanitizeBodyHtml } from './sanitizeBodyHtml'

type BlockConverter<Fields extends { blockType: string }> = HTMLConverter<
  SerializedBlockNode<Fields>
>

const listSection = (className: string, title: string, entries: string[]) =>
  `<section class="${className}"><h3>${escapeHtml(title)}</h3><ul>${entries
    .map((entry) => `<li>${escapeHtml(entry)}</li>`)
    .join('')}</ul></section>`

const warningSigns: BlockConverter<WarningSignsBlock> = ({ node }) =>
  listSection(
    'aware-warning-signs',
    node.fields.title,
    node.fields.signs.map((row) => row.sign),
  )

const rights: BlockConverter<RightsBlock> = ({ node }) =>
  listSection(
    'aware-rights',
    node.fields.title,
    node.fields.rights.map((row) => row.right),
  )

const hotline: BlockConverter<HotlineBlock> = ({ node }) => {
  const view = hotlineView(node.fields)
  const phone = view.phone
    ? view.telephone
      ? `<p class="aware-hotline-phone"><a href="tel:${escapeHtml(view.telephone)}">${escapeHtml(view.phone)}</a></p>`
      : `<p class="aware-hotline-phone">${escapeHtml(view.phone)}</p>`
    : ''
  const hours = view.hours ? `<p class="aware-hotline-hours">${escapeHtml(view.hours)}</p>` : ''
  const url = view.url
    ? `<p class="aware-hotline-url"><a href="${escapeHtml(view.url)}">${escapeHtml(view.url)}</a></p>`
    : ''
  const placeholder = view.placeholder ? ' data-placeholder="true"' : ''
  return `<aside class="aware-hotline" data-country="${escapeHtml(view.country)}"${placeholder}><h3>${escapeHtml(view.name)}</h3>${phone}${hours}${url}</aside>`
}

/** Where an image's file is fetched from: by default the public path of published campaigns. */
export type MediaPath = (filename: string) => string

const image =
  (
    media: Map<number | string, StoredMedia>,
    locale: LocaleCode,
    mediaPath: MediaPath,
  ): BlockConverter<ImageBlock> =>
  ({ node }) => {
    const id = typeof node.fields.media === 'object' ? node.fields.media.id : node.fields.media
    const stored = media.get(id)
    if (!stored) return ''
    const alt = pickLocale(stored.alt, locale).value ?? ''
    const size =
      stored.width && stored.height ? ` width="${stored.width}" height="${stored.height}"` : ''
    const caption = node.fields.caption
      ? `<figcaption>${escapeHtml(node.fields.caption)}</figcaption>`
      : ''
    return `<figure><img src="${escapeHtml(mediaPath(stored.filename))}" alt="${escapeHtml(alt)}"${size} loading="lazy">${caption}</figure>`
  }

/**
 * The body as HTML for partners who do not render Lexical themselves: Payload's own converters
 * for text, headings, lists and links, ours for the campaign blocks, then sanitized.
 */
export const bodyHtml = (
  body: EditorState | undefined,
  media: Map<number | string, StoredMedia>,
  locale: LocaleCode,
  mediaPath: MediaPath = campaignMediaPath,
): string => {
  if (!body) return ''
  const converters: HTMLConvertersFunction = ({ defaultConverters }) => ({
    ...defaultConverters,
    blocks: { hotline, image: image(media, locale, mediaPath), rights, warningSigns },
  })
  const html = convertLexicalToHTML({
    converters,
    data: body as Parameters<typeof convertLexicalToHTML>[0]['data'],
    disableContainer: true,
    disableIndent: true,
    disableTextAlign: true,
  })
  return sanitizeBodyHtml(html, { rightToLeft: isRightToLeft(locale) })
}
