import type { NotificationKind, NotificationSubject } from '../../../contracts/notifications.js';
import { networkLabels } from './network-labels.js';

export type MailLocale = 'fr' | 'en';

type Words = { subject: string; lead: string; action: string };

const dateIn = (locale: MailLocale, date: string) =>
  new Date(`${date}T12:00:00Z`).toLocaleDateString(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  });

/** French spacing: a no-break space before the high signs, as the interface writes them. */
const frenchSpacing = (text: string) => text.replace(/ ([:;!?])/g, '\u00a0$1');

function wordsFor(
  locale: MailLocale,
  kind: NotificationKind,
  subject: NotificationSubject,
  workspace: string,
): Words {
  const network = subject.network ? networkLabels[locale][subject.network] : '';
  const label = subject.label ? ` « ${subject.label} »` : '';
  const date = subject.date ? dateIn(locale, subject.date) : '';
  if (locale === 'en') {
    const quoted = subject.label ? ` "${subject.label}"` : '';
    const english: Record<NotificationKind, Words> = {
      by_hand_due: {
        subject: `To publish now on ${network}`,
        lead: `The post${quoted} is due on ${network}. Copy it, publish it, then mark it published in Cadence.`,
        action: 'Open the post',
      },
      publication_failed: {
        subject: `Publication failed on ${network}`,
        lead: `The post${quoted} could not be published on ${network}.`,
        action: 'See what happened',
      },
      publication_missed: {
        subject: `Publication missed on ${network}`,
        lead: `The post${quoted} was not published on ${network} at its time.`,
        action: 'Open the post',
      },
      connection_failing: {
        subject: `The ${network} connection needs you`,
        lead: `Cadence can no longer publish to ${network}${quoted}: connect the account again.`,
        action: 'Check the connection',
      },
      coming_gap: {
        subject: `${network} goes silent ${date ? `from ${date}` : 'soon'}`,
        lead: `Nothing is planned on ${network} from ${date}: schedule a post to keep your rhythm.`,
        action: 'See regularity',
      },
      forgotten_timer: {
        subject: 'Your timer is still running',
        lead: `A timer${quoted} has been running for a long time. Stop it or cut it back to when you stopped working.`,
        action: 'Open the timer',
      },
      approval_requested: {
        subject: 'A post awaits your approval',
        lead: `The post${quoted} awaits your approval.`,
        action: 'Review the post',
      },
      approval_given: {
        subject: 'Your post was approved',
        lead: `The post${quoted} was approved.`,
        action: 'Open the post',
      },
      backup_failed: {
        subject: 'The instance backup failed',
        lead: `The backup could not be written${subject.label ? `: ${subject.label}` : ''}. Until one succeeds, the latest data is not backed up. You are told once; another mail follows when backups work again.`,
        action: 'Open the Instance page',
      },
      backup_recovered: {
        subject: 'Backups are working again',
        lead: 'A backup was written again after the failures you were told about.',
        action: 'Open the Instance page',
      },
    };
    return { ...english[kind], subject: `${english[kind].subject} · ${workspace}` };
  }
  const french: Record<NotificationKind, Words> = {
    by_hand_due: {
      subject: `À publier maintenant sur ${network}`,
      lead: `La publication${label} est à publier sur ${network}. Copiez-la, publiez-la, puis marquez-la publiée dans Cadence.`,
      action: 'Ouvrir la publication',
    },
    publication_failed: {
      subject: `Publication échouée sur ${network}`,
      lead: `La publication${label} n’a pas pu être publiée sur ${network}.`,
      action: 'Voir ce qui s’est passé',
    },
    publication_missed: {
      subject: `Publication manquée sur ${network}`,
      lead: `La publication${label} n’est pas partie sur ${network} à son heure.`,
      action: 'Ouvrir la publication',
    },
    connection_failing: {
      subject: `La connexion ${network} a besoin de vous`,
      lead: `Cadence ne peut plus publier sur ${network}${label} : reconnectez le compte.`,
      action: 'Vérifier la connexion',
    },
    coming_gap: {
      subject: `${network} sans publication ${date ? `à partir du ${date}` : 'bientôt'}`,
      lead: `Rien n’est prévu sur ${network} à partir du ${date} : programmez une publication pour garder le rythme.`,
      action: 'Voir la régularité',
    },
    forgotten_timer: {
      subject: 'Votre minuteur tourne toujours',
      lead: `Un minuteur${label} tourne depuis longtemps. Arrêtez-le ou ramenez-le à l’heure où vous avez arrêté.`,
      action: 'Ouvrir le minuteur',
    },
    approval_requested: {
      subject: 'Une publication attend votre validation',
      lead: `La publication${label} attend votre validation.`,
      action: 'Relire la publication',
    },
    approval_given: {
      subject: 'Votre publication est validée',
      lead: `La publication${label} a été validée.`,
      action: 'Ouvrir la publication',
    },
    backup_failed: {
      subject: 'La sauvegarde de l’instance a échoué',
      lead: `La sauvegarde n’a pas pu être écrite${subject.label ? ` : ${subject.label}` : ''}. Tant qu’aucune ne réussit, les dernières données ne sont pas sauvegardées. Vous êtes prévenu une fois ; un autre e-mail suivra quand les sauvegardes fonctionneront de nouveau.`,
      action: 'Ouvrir la page Instance',
    },
    backup_recovered: {
      subject: 'Les sauvegardes fonctionnent de nouveau',
      lead: 'Une sauvegarde a de nouveau été écrite après les échecs signalés.',
      action: 'Ouvrir la page Instance',
    },
  };
  const words = french[kind];
  return {
    subject: frenchSpacing(`${words.subject} · ${workspace}`),
    lead: frenchSpacing(words.lead),
    action: words.action,
  };
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/**
 * One notification as a mail: subject, plain text and HTML saying the same thing, a link back
 * to the subject, and the one-click unsubscribe link (also in the headers, RFC 2369 and 8058).
 * Everything a person wrote (a post's words, a workspace's name) is escaped in the HTML.
 */
export function renderNotificationMail(input: {
  locale: MailLocale;
  kind: NotificationKind;
  subject: NotificationSubject;
  workspaceName: string;
  link: string;
  unsubscribeLink: string;
  settingsLink: string;
}) {
  const { locale, link, unsubscribeLink, settingsLink } = input;
  const words = wordsFor(locale, input.kind, input.subject, input.workspaceName);
  const footer =
    locale === 'fr'
      ? {
          why: frenchSpacing(
            `Vous recevez ce message parce que vous êtes membre de « ${input.workspaceName} » sur Cadence.`,
          ),
          settings: 'Choisir ce que vous recevez',
          unsubscribe: 'Ne plus recevoir ce type de message',
        }
      : {
          why: `You receive this because you are a member of "${input.workspaceName}" on Cadence.`,
          settings: 'Choose what you receive',
          unsubscribe: 'Stop this kind of mail',
        };
  const text = [
    words.lead,
    '',
    `${words.action}: ${link}`,
    '',
    '--',
    footer.why,
    `${footer.settings}: ${settingsLink}`,
    `${footer.unsubscribe}: ${unsubscribeLink}`,
  ].join('\n');
  const html = `<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(words.subject)}</title></head>
<body style="margin:0;padding:24px;background:#f4f5f7;font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1a1b1e;">
<main style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:24px;">
<p style="margin:0 0 8px;font-size:14px;color:#495057;">Cadence · ${escapeHtml(input.workspaceName)}</p>
<h1 style="margin:0 0 16px;font-size:20px;line-height:1.3;">${escapeHtml(words.subject)}</h1>
<p style="margin:0 0 24px;font-size:16px;line-height:1.5;">${escapeHtml(words.lead)}</p>
<p style="margin:0 0 24px;"><a href="${escapeHtml(link)}" style="display:inline-block;background:#3b5bdb;color:#ffffff;text-decoration:none;padding:12px 20px;border-radius:6px;font-weight:600;">${escapeHtml(words.action)}</a></p>
</main>
<footer style="max-width:560px;margin:16px auto 0;font-size:13px;line-height:1.5;color:#495057;">
<p style="margin:0 0 8px;">${escapeHtml(footer.why)}</p>
<p style="margin:0;"><a href="${escapeHtml(settingsLink)}" style="color:#364fc7;">${escapeHtml(footer.settings)}</a> · <a href="${escapeHtml(unsubscribeLink)}" style="color:#364fc7;">${escapeHtml(footer.unsubscribe)}</a></p>
</footer>
</body>
</html>`;
  return {
    subject: words.subject,
    text,
    html,
    headers: {
      'List-Unsubscribe': `<${unsubscribeLink}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  };
}
