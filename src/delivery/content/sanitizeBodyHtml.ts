import sanitizeHtml from 'sanitize-html'

import { isolateLeftToRight } from './isolateLeftToRight'

/**
 * Partners insert the body into their own pages, so only plain structural markup survives:
 * no scripts, styles, event handlers or foreign schemes, whatever an editor pasted.
 */
const options: sanitizeHtml.IOptions = {
  allowedAttributes: {
    a: ['href', 'rel', 'target'],
    aside: ['class', 'data-country', 'data-placeholder'],
    bdi: ['dir'],
    img: ['src', 'alt', 'width', 'height', 'loading'],
    li: ['value'],
    ol: ['start'],
    p: ['class'],
    section: ['class'],
  },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowedTags: [
    'a',
    'aside',
    'bdi',
    'blockquote',
    'br',
    'code',
    'em',
    'figcaption',
    'figure',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'hr',
    'img',
    'li',
    'ol',
    'p',
    'section',
    'strong',
    'sub',
    'sup',
    'ul',
  ],
  transformTags: {
    // The body sits under the campaign's title, so it never opens a second page-level heading.
    h1: 'h2',
    a: (tagName, attribs) => ({
      attribs: attribs.target === '_blank' ? { ...attribs, rel: 'noopener noreferrer' } : attribs,
      tagName,
    }),
  },
}

/**
 * The body's HTML, sanitized; in a right-to-left language its left-to-right runs are isolated
 * too (isolateLeftToRight.ts, given the text sanitize-html has already escaped).
 */
export const sanitizeBodyHtml = (html: string, { rightToLeft = false } = {}): string =>
  sanitizeHtml(html, rightToLeft ? { ...options, textFilter: isolateLeftToRight } : options)
