'use client'

import React from 'react'

import { adminWordsOf } from '../../admin/i18n/adminWords'
import { plural } from '../../admin/i18n/plural'
import { useAwareTranslation } from '../../admin/i18n/useAwareTranslation'
import { locales } from '../../domain/locales'
import { blockerSentence } from '../readiness/blockerSentence'
import { useReadiness } from './useReadiness'
import './editorial.scss'

/**
 * “Before publishing”: per language, every placeholder and unverified hotline that will make a
 * publish fail, so an editor fixes them before pressing the button rather than after.
 */
export const PublishingChecklist: React.FC = () => {
  const { i18n, t } = useAwareTranslation()
  const words = adminWordsOf(i18n)
  const { error, readiness } = useReadiness()
  if (error) {
    return <p className="aware-checklist__error">{t('aware:checklistCouldNotCheck', { error })}</p>
  }
  if (!readiness) return null
  const byLocale = locales
    .map(({ code, label }) => ({
      blockers: readiness.blockers.filter((blocker) => blocker.locale === code),
      code,
      label,
    }))
    .filter((group) => group.blockers.length > 0)
  return (
    <section aria-labelledby="aware-checklist-title" className="aware-checklist">
      <h3 id="aware-checklist-title">{t('aware:checklistTitle')}</h3>
      {readiness.ready ? (
        <p className="aware-checklist__ready">{t('aware:checklistReady')}</p>
      ) : (
        <>
          <p>{plural(words, 'checklistBlocks', readiness.blockers.length)}</p>
          {byLocale.map((group) => (
            <div className="aware-checklist__locale" key={group.code} lang={group.code}>
              <h4>
                {group.label} <code>{group.code}</code>
              </h4>
              <ul>
                {group.blockers.map((blocker) => (
                  <li data-reason={blocker.reason} key={`${blocker.path}:${blocker.reason}`}>
                    {blockerSentence(blocker, words)}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </>
      )}
    </section>
  )
}
