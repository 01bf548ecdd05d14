/** Where previews are served (see mountPreview.ts); the admin and the link endpoint build on these. */
export const LIVE_PREVIEW_PATH = '/preview/campaigns'
export const PREVIEW_LINK_PATH = '/preview/links'
