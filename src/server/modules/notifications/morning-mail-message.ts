import type { NetworkKey } from '../../../contracts/networks.js';
import type { MorningSendExplanation } from '../../../core/notifications/index.js';
import type { MorningWorkspaceDay } from '../routine/morning-day.js';
import { categoryLabel, templateLabel } from '../routine/routine-labels.js';
import { networkLabels } from './network-labels.js';
import type { MailLocale } from './notification-mail.js';

export type MorningSection = MorningWorkspaceDay & { workspaceId: string; workspaceName: string };

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

const day = (locale: MailLocale, date: string) =>
  new Date(`${date}T12:00:00Z`).toLocaleDateString(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  });

/** '08:00' -> '8 h', '07:30' -> '7 h 30' (no-break spaces). */
function frenchTime(time: string): string {
  const [hour = '0', minute = '00'] = time.split(':');
  return minute === '00' ? `${Number(hour)}\u00a0h` : `${Number(hour)}\u00a0h\u00a0${minute}`;
}

const words = {
  fr: {
    subject: (date: string) => `Votre journée du ${date} sur Cadence`,
    intro: 'Les blocs de votre routine aujourd’hui, et ce qui est à publier à la main.',
    blocks: 'Routine du jour',
    noBlocks: 'Aucun bloc de routine aujourd’hui.',
    byHand: 'À publier à la main',
    open: 'Ouvrir Aujourd’hui',
    why: (time: string) =>
      `Vous recevez cet e-mail chaque matin à ${frenchTime(time)}, à l’heure de votre fuseau, les jours où il y a quelque chose.`,
    sent: {
      chosen_time: (sent: string) => `Envoyé à ${frenchTime(sent)}, l’heure que vous avez choisie.`,
      after_quiet_hours: (sent: string, chosen: string) =>
        `Envoyé à ${frenchTime(sent)}, après vos heures calmes (vous l’avez demandé pour ${frenchTime(chosen)}).`,
      late: (sent: string, chosen: string) =>
        `Envoyé à ${frenchTime(sent)}, en retard sur ${frenchTime(chosen)}\u00a0: le service d’envoi n’a pas pu le faire partir plus tôt.`,
    },
    settings: 'Choisir ce que vous recevez',
    unsubscribe: 'Ne plus recevoir l’e-mail du matin',
  },
  en: {
    subject: (date: string) => `Your day, ${date}, on Cadence`,
    intro: 'Your routine blocks today, and what to publish by hand.',
    blocks: 'Today’s routine',
    noBlocks: 'No routine block today.',
    byHand: 'To publish by hand',
    open: 'Open Today',
    why: (time: string) =>
      `You receive this mail every morning at ${time}, in your time zone, on days with something in them.`,
    sent: {
      chosen_time: (sent: string) => `Sent at ${sent}, the time you chose.`,
      after_quiet_hours: (sent: string, chosen: string) =>
        `Sent at ${sent}, after your quiet hours (you asked for ${chosen}).`,
      late: (sent: string, chosen: string) =>
        `Sent at ${sent}, later than ${chosen}: the sending service could not get it out earlier.`,
    },
    settings: 'Choose what you receive',
    unsubscribe: 'Stop this morning mail',
  },
};

/**
 * The morning mail: per workspace, the day's routine blocks in order and the posts due by hand
 * with their time. HTML (headings and lists) and plain text say the same; what people wrote is
 * escaped.
 */
export function renderMorningMail(input: {
  locale: MailLocale;
  localDate: string;
  /** When it actually left and why (quiet hours, a delay), said in the footer. */
  sending: MorningSendExplanation;
  sections: MorningSection[];
  baseUrl: string;
  unsubscribeLink: string;
  settingsLink: string;
}) {
  const { locale, baseUrl } = input;
  const w = words[locale];
  // French typography: a no-break space before the colon (what people wrote is left as is).
  const colon = locale === 'fr' ? '\u00a0:' : ':';
  const subject = w.subject(day(locale, input.localDate));
  const text: string[] = [w.intro, ''];
  let html = '';
  for (const section of input.sections) {
    const link = `${baseUrl}/w/${section.workspaceId}/today`;
    const blockLines = section.blocks.map((block) => {
      const label =
        block.title ?? templateLabel(block.templateKey, locale) ?? categoryLabel(block.category, locale);
      const network = block.networkKey
        ? ` · ${networkLabels[locale][block.networkKey as NetworkKey] ?? block.networkKey}`
        : '';
      return `${block.startTime}–${block.endTime} ${label}${network}`;
    });
    const postLines = section.dueByHand.map((post) => ({
      line: `${post.time} · ${networkLabels[locale][post.network]}${colon} ${post.text}`,
      postId: post.postId,
    }));
    text.push(
      `== ${section.workspaceName} ==`,
      '',
      w.blocks,
      ...(blockLines.length > 0 ? blockLines.map((line) => `- ${line}`) : [w.noBlocks]),
      '',
      ...(postLines.length > 0 ? [w.byHand, ...postLines.map(({ line }) => `- ${line}`), ''] : []),
      `${w.open}${colon} ${link}`,
      '',
    );
    html += `<section style="margin:0 0 24px;padding:20px;background:#ffffff;border-radius:8px;">
<h2 style="margin:0 0 12px;font-size:18px;">${escapeHtml(section.workspaceName)}</h2>
<h3 style="margin:16px 0 4px;font-size:15px;">${escapeHtml(w.blocks)}</h3>
${blockLines.length > 0 ? `<ul style="margin:0;padding-left:20px;">${blockLines.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>` : `<p style="margin:0;">${escapeHtml(w.noBlocks)}</p>`}
${postLines.length > 0 ? `<h3 style="margin:16px 0 4px;font-size:15px;">${escapeHtml(w.byHand)}</h3><ul style="margin:0;padding-left:20px;">${postLines.map(({ line, postId }) => `<li><a href="${escapeHtml(`${baseUrl}/w/${section.workspaceId}/posts/${postId}`)}" style="color:#364fc7;">${escapeHtml(line)}</a></li>`).join('')}</ul>` : ''}
<p style="margin:20px 0 0;"><a href="${escapeHtml(link)}" style="display:inline-block;background:#3b5bdb;color:#ffffff;text-decoration:none;padding:10px 18px;border-radius:6px;font-weight:600;">${escapeHtml(w.open)}</a></p>
</section>
`;
  }
  const { sentTime, chosenTime, reason } = input.sending;
  const why = `${w.sent[reason](sentTime, chosenTime)} ${w.why(chosenTime)}`;
  text.push(
    '--',
    why,
    `${w.settings}${colon} ${input.settingsLink}`,
    `${w.unsubscribe}${colon} ${input.unsubscribeLink}`,
  );
  const page = `<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:24px;background:#f4f5f7;font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1a1b1e;line-height:1.5;">
<main style="max-width:600px;margin:0 auto;">
<p style="margin:0 0 4px;font-size:14px;color:#495057;">Cadence</p>
<h1 style="margin:0 0 8px;font-size:22px;">${escapeHtml(subject)}</h1>
<p style="margin:0 0 20px;">${escapeHtml(w.intro)}</p>
${html}</main>
<footer style="max-width:600px;margin:0 auto;font-size:13px;color:#495057;">
<p style="margin:0 0 8px;">${escapeHtml(why)}</p>
<p style="margin:0;"><a href="${escapeHtml(input.settingsLink)}" style="color:#364fc7;">${escapeHtml(w.settings)}</a> · <a href="${escapeHtml(input.unsubscribeLink)}" style="color:#364fc7;">${escapeHtml(w.unsubscribe)}</a></p>
</footer>
</body>
</html>`;
  return {
    subject,
    text: text.join('\n'),
    html: page,
    headers: {
      'List-Unsubscribe': `<${input.unsubscribeLink}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  };
}
