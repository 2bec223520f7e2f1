import nodemailer from 'nodemailer';
import type { Logger } from 'pino';

export type MailMessage = { to: string; subject: string; text: string };
export type Mailer = { isConfigured: boolean; send: (message: MailMessage) => Promise<void> };

/**
 * SMTP when SMTP_URL is set; otherwise messages are written to the log, so a self-hoster without
 * a mail server still sees invitation links.
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
        logger.info(
          { mail: message },
          `Mail not sent (no SMTP_URL configured) to ${message.to}: ${message.subject}`,
        );
      },
    };
  }
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    isConfigured: true,
    async send(message) {
      await transport.sendMail({ from, ...message });
    },
  };
}
