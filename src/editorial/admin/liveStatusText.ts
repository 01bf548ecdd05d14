import type { TFunction } from '@payloadcms/translations'

import type { AwareTranslationKey } from '../../admin/i18n/translations'
import type { LiveStatus } from '../schedule/liveStatus'

import { formatDay, formatMoment } from '../schedule/liveStatus'

const inHours = (hours: number, t: TFunction<AwareTranslationKey>) =>
  hours < 48
    ? t('aware:liveInHours', { count: hours })
    : t('aware:liveInDays', { count: Math.round(hours / 24) })

/**
 * The live status in the reader's admin language, from the instants the server computed: the
 * long sentence for the edit view and the few words for the list (the server's `label` and
 * `short` are the English of these).
 */
export const liveStatusText = (
  status: LiveStatus,
  t: TFunction<AwareTranslationKey>,
  language: string,
): { label: string; short: string } => {
  const { endsAt, startsAt, startsInHours, timeZone } = status
  const lastDay = endsAt === null ? null : formatDay(Date.parse(endsAt) - 1, timeZone, language)
  if (status.state === 'draft') {
    return { label: t('aware:liveNotPublishedLong'), short: t('aware:liveNotPublished') }
  }
  if (status.state === 'ended') {
    return {
      label: t('aware:liveEndedOn', { day: lastDay ?? '', timeZone }),
      short: t('aware:liveEnded'),
    }
  }
  if (status.state === 'scheduled') {
    if (startsAt === null) {
      return { label: t('aware:liveNoStartDateLong'), short: t('aware:liveNoStartDate') }
    }
    const when = inHours(startsInHours ?? 1, t)
    const moment = formatMoment(Date.parse(startsAt), timeZone, language)
    return {
      label: t('aware:liveGoesLiveOn', { moment, timeZone, when }),
      short: t('aware:liveGoesLive', { when }),
    }
  }
  return {
    label:
      lastDay === null ? t('aware:liveNow') : t('aware:liveNowUntil', { day: lastDay, timeZone }),
    short: t('aware:liveNow'),
  }
}
