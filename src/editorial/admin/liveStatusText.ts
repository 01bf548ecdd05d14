import type { AdminWords } from '../../admin/i18n/adminWords'
import type { LiveStatus } from '../schedule/liveStatus'

import { plural } from '../../admin/i18n/plural'
import { formatDay, formatMoment } from '../schedule/liveStatus'

const inHours = (hours: number, words: AdminWords) =>
  hours < 48
    ? plural(words, 'liveInHours', hours)
    : plural(words, 'liveInDays', Math.round(hours / 24))

/**
 * The live status in the reader's admin language, from the instants the server computed: the
 * long sentence for the edit view and the few words for the list (the server's `label` and
 * `short` are the English of these).
 */
export const liveStatusText = (
  status: LiveStatus,
  words: AdminWords,
): { label: string; short: string } => {
  const { language, t } = words
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
    const when = inHours(startsInHours ?? 1, words)
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
