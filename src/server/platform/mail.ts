import { createRequire } from 'node:module';
import type * as Nodemailer from 'nodemailer';
import type { Logger } from 'pino';

/** `html` beside `text` (both always: some people read plain text); `headers` such as List-Unsubscribe. */
export type MailMessage = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  headers?: Record<string, string>;
};
export type Mailer = { isConfigured: boolean; send: (message: MailMessage) => Promise<void> };

/**
 * SMTP when SMTP_URL is set; otherwise only the fact that a mail was not sent is logged, never its
 * text (invitation links are bearer tokens): the interface shows the link to whoever invited.
 */
export function createMailer({
  smtpUrl,
  from,
  logger,
}: {
  smtpUrl: string | undefined;
  from: string;
  logger: Logger;
}): Mailer {
  if (!smtpUrl) {
    return {
      isConfigured: false,
      async send(message) {
        logger.info(`Mail not sent (no SMTP_URL configured): ${message.subject}`);
      },
    };
  }
  // Loaded only where mail is configured (~40 modules a start without SMTP never needs), and
  // synchronously, so that a bad SMTP_URL still fails at start.
  const nodemailer = createRequire(import.meta.url)('nodemailer') as typeof Nodemailer;
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    isConfigured: true,
    async send(message) {
      await transport.sendMail({ from, ...message });
    },
  };
}
