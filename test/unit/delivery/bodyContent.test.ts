import { describe, expect, it } from 'vitest'

import { dialNumber } from '../../../src/delivery/content/dialNumber'
import { isolateLeftToRight } from '../../../src/delivery/content/isolateLeftToRight'
import { sanitizeBodyHtml } from '../../../src/delivery/content/sanitizeBodyHtml'

describe('body HTML for partner pages', () => {
  it('keeps structure and links but drops scripts, styles, handlers and foreign schemes', () => {
    const html = sanitizeBodyHtml(
      '<h1>T</h1><p style="color:red" onclick="x()">a <strong>b</strong></p><script>alert(1)</script>' +
        '<a href="javascript:alert(1)">j</a><a href="tel:1343">call</a><a href="https://x.org" target="_blank">x</a>' +
        '<aside class="aware-hotline" data-placeholder="true"><h3>H</h3></aside><iframe src="https://x.org"></iframe>',
    )
    expect(html).toBe(
      '<h2>T</h2><p>a <strong>b</strong></p><a>j</a><a href="tel:1343">call</a>' +
        '<a href="https://x.org" target="_blank" rel="noopener noreferrer">x</a>' +
        '<aside class="aware-hotline" data-placeholder="true"><h3>H</h3></aside>',
    )
  })

  it('finds the number to dial in a hotline written for people', () => {
    expect(dialNumber('1343 (Metro Manila) · (02) 1343 (from the provinces)')).toBe('1343')
    expect(dialNumber('+632 1348 (from abroad)')).toBe('+6321348')
    expect(dialNumber('17 · 112 · 114 (by text message)')).toBe('17')
    expect(dialNumber('Dial 5')).toBe(null)
    expect(dialNumber('Line 1818')).toBe('1818')
    expect(dialNumber('[PLACEHOLDER: unverified]')).toBe(null)
    expect(dialNumber(null)).toBe(null)
  })

  it('isolates the left-to-right runs of right-to-left text, and only there', () => {
    const arabic =
      '<p>اتصل بالرقم <a href="tel:+63287211144">+63 2 8721 1144</a> أو زر www.poea.gov.ph.</p>' +
      '<p>اتفاقية ILO C189 &amp; قانون RA 10022</p><bdi dir="rtl" onclick="x()">ب</bdi>'
    expect(sanitizeBodyHtml(arabic, { rightToLeft: true })).toBe(
      '<p>اتصل بالرقم <a href="tel:+63287211144"><bdi dir="ltr">+63 2 8721 1144</bdi></a> ' +
        'أو زر <bdi dir="ltr">www.poea.gov.ph</bdi>.</p>' +
        '<p>اتفاقية <bdi dir="ltr">ILO C189</bdi> &amp; قانون <bdi dir="ltr">RA 10022</bdi></p>' +
        '<bdi dir="rtl">ب</bdi>',
    )
    // Left-to-right languages keep their text as it was.
    expect(sanitizeBodyHtml('<p>Call +63 2 8721 1144</p>')).toBe('<p>Call +63 2 8721 1144</p>')
  })

  it('never opens or closes a run inside an escaped entity', () => {
    for (const escaped of [
      'l&#x27;OIT',
      'AT&amp;T',
      '&lt;b&gt; 12',
      'ء&quot;x&quot;',
      '&#39;42&#39;',
    ]) {
      const isolated = isolateLeftToRight(escaped)
      expect(isolated.replace(/<\/?bdi[^>]*>/g, '')).toBe(escaped)
      expect(isolated).not.toMatch(/&[#\w]*<bdi|&[#\w]*<\/bdi/)
    }
    expect(isolateLeftToRight('بلا أرقام')).toBe('بلا أرقام')
  })
})
