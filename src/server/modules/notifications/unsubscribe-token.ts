import { createHmac, timingSafeEqual } from 'node:crypto';
import { type NotificationKind, notificationKinds } from '../../../contracts/notifications.js';

/** What a mail can unsubscribe from: one kind of notification, the Friday digest, the morning mail. */
export type MailTopic = NotificationKind | 'weekly_digest' | 'morning_mail';
const mailTopics: readonly string[] = [...notificationKinds, 'weekly_digest', 'morning_mail'];

/**
 * The one-click unsubscribe link's token: who and which kind of mail, signed with a key derived
 * from CADENCE_SECRET. It stops one kind of mail (the bell keeps it) and needs no sign-in, as
 * mail clients' one-click requests carry no session (RFC 8058). It never expires: a mail read a
 * year later must still unsubscribe.
 */
export function createUnsubscribeTokens(secret: string) {
  const key = createHmac('sha256', secret).update('cadence:unsubscribe:v1').digest();
  const sign = (payload: string) => createHmac('sha256', key).update(payload).digest('base64url');
  return {
    create(userId: string, kind: MailTopic): string {
      const payload = `${Buffer.from(userId).toString('base64url')}.${kind}`;
      return `${payload}.${sign(payload)}`;
    },
    read(token: string): { userId: string; kind: MailTopic } | null {
      const [encodedUser, kind, signature] = token.split('.');
      if (!encodedUser || !kind || !signature) return null;
      const expected = Buffer.from(sign(`${encodedUser}.${kind}`));
      const given = Buffer.from(signature);
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
      if (!mailTopics.includes(kind)) return null;
      return { userId: Buffer.from(encodedUser, 'base64url').toString(), kind: kind as MailTopic };
    },
  };
}

export type UnsubscribeTokens = ReturnType<typeof createUnsubscribeTokens>;
