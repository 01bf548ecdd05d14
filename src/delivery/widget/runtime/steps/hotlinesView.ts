import type { Strings } from '../words'
import type { Hotline } from '../types'

import { h } from '../dom'

/** A number or address kept left to right inside right-to-left text (Arabic, Urdu). */
const leftToRight = (text: string) => h('bdi', { dir: 'ltr' }, text)

/** "Call {n}" in the learner's language, the number isolated wherever the sentence puts it. */
const callLabel = (sentence: string, telephone: string) => {
  const [before, ...after] = sentence.split('{n}')
  return [before, leftToRight(telephone), after.join(telephone)]
}

/**
 * The lines to call, last and always (also to people who did not take part). Lines still
 * marked as placeholders are left out: a wrong number is worse than none for someone at risk.
 */
export const hotlinesView = (
  hotlines: Hotline[],
  strings: Strings,
  onUse: () => void,
  lang?: string,
) => {
  const verified = hotlines.filter((hotline) => !hotline.placeholder)
  if (hotlines.length > verified.length) {
    console.warn('[aware] hotlines marked as unverified placeholders are not shown')
  }
  if (verified.length === 0) return null
  const section = h(
    'section',
    { 'aria-labelledby': 'aw-help', class: 'aw-card aw-hotlines' },
    h('h3', { id: 'aw-help', lang }, strings.help),
    h(
      'ul',
      {},
      ...verified.map((hotline) =>
        h(
          'li',
          {},
          h('strong', {}, hotline.name),
          hotline.phone ? h('div', {}, leftToRight(hotline.phone)) : null,
          hotline.hours ? h('div', {}, hotline.hours) : null,
          hotline.telephone
            ? h(
                'a',
                { class: 'aw-call', href: `tel:${hotline.telephone}`, lang },
                ...callLabel(strings.call, hotline.telephone),
              )
            : null,
          hotline.url
            ? h(
                'div',
                {},
                h(
                  'a',
                  { href: hotline.url, rel: 'noopener', target: '_blank' },
                  leftToRight(hotline.url),
                ),
              )
            : null,
        ),
      ),
    ),
  )
  section.addEventListener('click', (event) => {
    if ((event.target as Element).closest('a')) onUse()
  })
  return section
}
