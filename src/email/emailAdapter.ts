import type { EmailAdapter } from 'payload'

import nodemailer from 'nodemailer'

export type EmailSettings = { from: string; isProduction: boolean; smtpUrl: string | undefined }

const parseFrom = (from: string) => {
  const match = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(from)
  return match ? { address: match[2], name: match[1] || 'Aware' } : { address: from, name: 'Aware' }
}

/**
 * Password resets and invitations go out by SMTP when SMTP_URL is set (nodemailer: the transport
 * Payload's own adapter wraps). Without it, a local installation logs each message so a
 * newcomer can still reset a password; a production one logs only that a message was lost,
 * never its content (reset links are credentials).
 */
export const createEmailAdapter =
  ({ from, isProduction, smtpUrl }: EmailSettings): EmailAdapter =>
  ({ payload }) => {
    const sender = parseFrom(from)
    const transport = smtpUrl ? nodemailer.createTransport(smtpUrl) : undefined
    return {
      defaultFromAddress: sender.address,
      defaultFromName: sender.name,
      name: transport ? 'smtp' : 'log',
      sendEmail: async (message) => {
        if (transport) return transport.sendMail({ from, ...message })
        if (isProduction) {
          payload.logger.error({ msg: 'Email not sent: set SMTP_URL', subject: message.subject })
        } else {
          payload.logger.info({
            msg: 'Email (not sent: SMTP_URL is not set)',
            subject: message.subject,
            text: message.text ?? message.html,
            to: message.to,
          })
        }
        return undefined
      },
    }
  }
