import { once } from 'node:events'
import { createServer } from 'node:http'

/** A partner's page pasting a snippet, in Tagalog, as the browser tests and the bench load it. */
export const partnerPageHtml = (snippet: string): string =>
  `<!doctype html><html lang="tl"><head><meta charset="utf-8"><title>A partner page</title></head>` +
  `<body><h1>Before you leave</h1><p>Our partner's own text.</p>${snippet}</body></html>`

/**
 * Serves a partner's page on loopback, an origin of its own (Chromium lets only a page on a local
 * address load Aware's scripts from loopback, so a page the browser made up itself would not do).
 */
export const startPartnerPage = async (
  html: () => string,
  { host = '127.0.0.1', port = 0 }: { host?: string; port?: number } = {},
): Promise<{ close: () => Promise<void>; url: string }> => {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'Cache-Control': 'no-store', 'Content-Type': 'text/html; charset=utf-8' })
    res.end(html())
  })
  server.listen(port, '127.0.0.1')
  await once(server, 'listening')
  const address = server.address()
  const bound = typeof address === 'object' && address ? address.port : port
  return {
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
    url: `http://${host}:${bound}`,
  }
}
