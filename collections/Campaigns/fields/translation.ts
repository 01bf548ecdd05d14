import type { Field } from 'payload'
import { inEveryLanguage } from '../../../src/admin/i18n/translations'

/**
 * What the list and the edit view show about translations, kept by recordTranslationStatus on
 * every save (whatever a client sends is replaced): each language's state, and the title in the
 * default language, which the list shows, marked, where a language has no title yet.
 */
export const translationFields: Field[] = [
  {
    name: 'translationStatus',
    type: 'json',
    admin: {
      components: {
        Cell: '/src/editorial/admin/TranslationStatusCell#TranslationStatusCell',
        Field: '/src/editorial/admin/TranslationStatusField#TranslationStatusField',
      },
      position: 'sidebar',
      readOnly: true,
    },
    label: inEveryLanguage('fieldTranslations'),
  },
  {
    name: 'defaultTitle',
    type: 'text',
    admin: { disableListColumn: true, disableListFilter: true, hidden: true },
  },
]
