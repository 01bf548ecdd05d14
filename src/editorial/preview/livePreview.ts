import type { LivePreviewConfig } from 'payload'

import { LIVE_PREVIEW_PATH } from './previewPaths'

/**
 * Payload's Live Preview for campaigns: the admin frames Aware's preview page (the real widget
 * reading the newest draft) in the locale chosen in the admin, at a phone's and a desktop's width.
 * The URL is absolute on the admin's own origin: the admin only listens to a frame whose URL
 * starts with the origin of its messages.
 */
export const campaignLivePreview: LivePreviewConfig = {
  breakpoints: [
    { height: 740, label: 'Phone (360 px)', name: 'phone', width: 360 },
    { height: 800, label: 'Desktop (1280 px)', name: 'desktop', width: 1280 },
  ],
  url: ({ data, locale, req }) =>
    data?.id === undefined || data.id === null
      ? null
      : `${req.origin ?? ''}${LIVE_PREVIEW_PATH}/${encodeURIComponent(String(data.id))}?locale=${locale.code}`,
}
