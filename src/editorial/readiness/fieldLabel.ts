import type { FieldPart } from './campaignTexts'

/** The words a field path is told in; the admin passes its own translations. */
export type FieldWords = Record<FieldPart['part'], string>

export const englishFieldWords: FieldWords = {
  body: 'Body',
  caption: 'Caption',
  choice: 'Choice',
  explanation: 'Explanation',
  heading: 'Heading',
  hotline: 'Hotline',
  hours: 'Hours',
  image: 'Image',
  item: 'Item',
  knowledgeCheck: 'Knowledge check',
  list: 'List',
  name: 'Name',
  paragraph: 'Paragraph',
  phone: 'Phone',
  question: 'Question',
  rights: 'Rights',
  summary: 'Summary',
  title: 'Title',
  url: 'Web address',
  warningSigns: 'Warning signs',
}

/** e.g. `Body › Hotline “1343 Actionline” › Phone` or `Knowledge check › Question 3 › Choice 2`. */
export const fieldLabel = (where: FieldPart[], words: FieldWords = englishFieldWords): string =>
  where
    .map((step) => {
      const word = words[step.part]
      if ('label' in step) return `${word} “${step.label}”`
      if ('n' in step) return `${word} ${step.n}`
      return word
    })
    .join(' › ')
