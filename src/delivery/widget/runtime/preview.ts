import type { Tracker } from './tracker'

/**
 * What a preview reports instead of a tracker's events: nothing. No session, no event, nothing
 * kept on the device; a post check is "sent" at once with no feedback (its results follow).
 */
export const previewTracker = (): Tracker => {
  let respondent = 'preview'
  return {
    cta: () => undefined,
    engagement: () => undefined,
    impression: () => undefined,
    respondent: () => respondent,
    sendScored: (_phase, _answers, onFeedback) => {
      queueMicrotask(() => onFeedback(null))
      return Promise.resolve(false)
    },
    sendPre: () => undefined,
    setConsent: (consent) => {
      respondent = consent ? 'preview-consented' : 'preview'
    },
  }
}

type PreviewMessage = { locale?: unknown; ready?: unknown; type?: unknown }

/**
 * Payload's Live Preview frames the page and talks to it with postMessage: the frame says it is
 * ready, the admin then sends `payload-document-event` after every save (autosave included) and
 * `payload-live-preview` with the form and its locale as the editor types. A save reloads the
 * draft; a change of locale reloads it in that language. Only Aware's own origin is listened to.
 */
export const followLivePreview = (shownLocale: string, reload: (locale?: string) => void): void => {
  if (window.parent === window) return
  let locale = shownLocale
  addEventListener('message', (event: MessageEvent<PreviewMessage>) => {
    if (event.origin !== location.origin || typeof event.data !== 'object' || !event.data) return
    const { type } = event.data
    if (type === 'payload-document-event') reload()
    else if (type === 'payload-live-preview' && typeof event.data.locale === 'string') {
      if (event.data.locale === locale) return
      locale = event.data.locale
      reload(locale)
    }
  })
  window.parent.postMessage({ ready: true, type: 'payload-live-preview' }, location.origin)
}
