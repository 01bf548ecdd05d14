import { escapeHtml } from '../../delivery/content/escapeHtml'
import { isRightToLeft, type LocaleCode } from '../../domain/locales'

/**
 * Preview pages load only Aware's own script (the real widget, /embed.js) and fetch only from
 * Aware; the widget's styles live in its shadow root, hence 'unsafe-inline' for styles (a style
 * cannot run script). `frameAncestors` is 'self' where the admin's Live Preview frames the page.
 */
export const previewPagePolicy = (frameAncestors: "'none'" | "'self'") =>
  [
    "default-src 'none'",
    "script-src 'self'",
    "connect-src 'self'",
    "img-src 'self' data:",
    "style-src 'self' 'unsafe-inline'",
    `frame-ancestors ${frameAncestors}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ')

const styles = `
body { margin: 0; font-family: system-ui, sans-serif; background: #f3f4f6; color: #111827 }
.aware-preview-banner { margin: 0; padding: 8px 16px; background: #1f2937; color: #f9fafb;
  font-size: 14px; line-height: 1.4 }
.aware-preview-page { max-width: 760px; margin: 0 auto; padding: 16px }
.aware-preview-problem { max-width: 560px; margin: 48px auto; padding: 0 16px; line-height: 1.5 }
`

const shell = (options: { body: string; lang: LocaleCode; title: string }) => `<!doctype html>
<html lang="${options.lang}" dir="${isRightToLeft(options.lang) ? 'rtl' : 'ltr'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${escapeHtml(options.title)} — Aware preview</title>
<style>${styles}</style>
</head>
<body>
${options.body}
</body>
</html>
`

/**
 * The widget as a partner page embeds it, reading a draft instead of the delivery API
 * (`data-aware-preview`): nothing it does is sent, counted or kept on the device.
 */
export const previewPage = (options: {
  banner: string
  locale: LocaleCode
  slug: string
  title: string
  viewPath: string
}): string =>
  shell({
    body: `<p class="aware-preview-banner" lang="en" dir="ltr">${escapeHtml(options.banner)}</p>
<main class="aware-preview-page">
<div data-aware-campaign="${escapeHtml(options.slug)}" data-aware-locale="${options.locale}" data-aware-preview="${escapeHtml(options.viewPath)}"></div>
</main>
<script src="/embed.js" async></script>`,
    lang: options.locale,
    title: options.title,
  })

/** Why a preview cannot be shown, as a page (people open these links, not programs). */
export const previewProblemPage = (title: string, message: string): string =>
  shell({
    body: `<main class="aware-preview-problem"><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p></main>`,
    lang: 'en',
    title,
  })
