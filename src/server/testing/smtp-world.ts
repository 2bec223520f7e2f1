import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import pino from 'pino';
import { SMTPServer } from 'smtp-server';
import { createMailer, type Mailer } from '../platform/mail.js';

/**
 * A real SMTP server on a local port (smtp-server -> mailparser) and the app's own mailer pointed
 * at it, so a test sees the mails exactly as a mailbox would. STARTTLS is off: the certificate
 * smtp-server bundles has expired. `stop` then `restart` stand for an SMTP server that goes down
 * and comes back on the same port.
 */
export type SmtpWorld = {
  /** Every mail delivered so far, in order; a test empties it with `received.length = 0`. */
  received: ParsedMail[];
  mailer: Mailer;
  stop: () => Promise<void>;
  restart: () => Promise<void>;
};

export async function startSmtpWorld(): Promise<SmtpWorld> {
  const received: ParsedMail[] = [];
  let server = createServer(received);
  const port = await listen(server, 0);
  const mailer = createMailer({
    smtpUrl: `smtp://127.0.0.1:${port}`,
    from: 'Cadence <cadence@example.com>',
    logger: pino({ level: 'silent' }),
  });
  return {
    received,
    mailer,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
    async restart() {
      server = createServer(received);
      await listen(server, port);
    },
  };
}

function createServer(received: ParsedMail[]): SMTPServer {
  return new SMTPServer({
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
}

function listen(server: SMTPServer, port: number): Promise<number> {
  return new Promise<number>((resolve) =>
    server.listen(port, '127.0.0.1', () => resolve((server.server.address() as AddressInfo).port)),
  );
}
