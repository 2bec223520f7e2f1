import type { DigestWorkspaceWeek } from '../regularity/digest-week.js';
import { networkLabels } from './network-labels.js';
import type { MailLocale } from './notification-mail.js';

export type DigestSection = DigestWorkspaceWeek & { workspaceId: string; workspaceName: string };

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
const frenchSpacing = (text: string) => text.replace(/ ([:;!?])/g, '\u00a0$1');

function hours(minutes: number, locale: MailLocale): string {
  const whole = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (locale === 'fr')
    return rest === 0 ? `${whole}\u00a0h` : `${whole}\u00a0h\u00a0${String(rest).padStart(2, '0')}`;
  return rest === 0 ? `${whole} h` : `${whole} h ${rest} min`;
}

const day = (locale: MailLocale, date: string) =>
  new Date(`${date}T12:00:00Z`).toLocaleDateString(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  });

const words = {
  fr: {
    subject: (date: string) => `Votre semaine du ${date} sur Cadence`,
    intro: 'Le bilan du vendredi : ce qui était prévu, ce qui est fait, et la semaine qui vient.',
    hours: 'Heures',
    hoursLine: (tracked: string, planned: string, budget: string) =>
      `${tracked} suivies pour ${planned} prévues dans la routine (budget : ${budget}).`,
    posts: 'Publications face aux objectifs',
    postsLine: (network: string, done: number, target: string, streak: number) =>
      `${network} : ${done} sur ${target}${streak > 0 ? `, ${streak} semaine${streak > 1 ? 's' : ''} tenue${streak > 1 ? 's' : ''} d’affilée` : ''}`,
    silent: (date: string) => `silence à partir du ${date}`,
    noTargets: 'Aucun objectif de publication : fixez-en un par réseau dans la stratégie.',
    best: 'Publication de la semaine',
    bestLine: (count: number) => `publiée sur ${count} réseau${count > 1 ? 'x' : ''}`,
    noBest: 'Aucune publication cette semaine.',
    slots: 'Créneaux vides la semaine prochaine',
    noSlots: 'Tous vos créneaux de la semaine prochaine ont leur publication.',
    open: 'Voir la régularité',
    review: 'Ouvrir la revue de la semaine',
    why: 'Vous recevez ce bilan chaque vendredi à 16 h, à l’heure de votre fuseau.',
    settings: 'Choisir ce que vous recevez',
    unsubscribe: 'Ne plus recevoir ce bilan',
  },
  en: {
    subject: (date: string) => `Your week of ${date} on Cadence`,
    intro: 'The Friday review: what was planned, what was done, and the week ahead.',
    hours: 'Hours',
    hoursLine: (tracked: string, planned: string, budget: string) =>
      `${tracked} tracked for ${planned} planned in the routine (budget: ${budget}).`,
    posts: 'Posts against targets',
    postsLine: (network: string, done: number, target: string, streak: number) =>
      `${network}: ${done} of ${target}${streak > 0 ? `, ${streak} week${streak > 1 ? 's' : ''} kept in a row` : ''}`,
    silent: (date: string) => `silent from ${date}`,
    noTargets: 'No posting target: set one per network in the strategy.',
    best: 'Post of the week',
    bestLine: (count: number) => `published on ${count} network${count > 1 ? 's' : ''}`,
    noBest: 'No post this week.',
    slots: 'Empty slots next week',
    noSlots: 'Every slot of next week has its post.',
    open: 'See regularity',
    review: 'Open the weekly review',
    why: 'You receive this review every Friday at 4 pm, in your time zone.',
    settings: 'Choose what you receive',
    unsubscribe: 'Stop this review',
  },
};

/**
 * The Friday digest: per workspace, hours tracked against the routine and the budget, posts
 * against targets per network (with streaks and coming silences), the post of the week and next
 * week's empty slots. HTML (headings and lists, so screen readers can move through it) and plain
 * text say the same; what people wrote is escaped.
 */
export function renderDigestMail(input: {
  locale: MailLocale;
  weekStart: string;
  sections: DigestSection[];
  baseUrl: string;
  unsubscribeLink: string;
  settingsLink: string;
}) {
  const { locale, baseUrl } = input;
  const w = words[locale];
  const fix = locale === 'fr' ? frenchSpacing : (text: string) => text;
  const number = new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 1 });
  const subject = fix(w.subject(day(locale, input.weekStart)));
  const text: string[] = [fix(w.intro), ''];
  let html = '';
  for (const section of input.sections) {
    const link = `${baseUrl}/w/${section.workspaceId}/regularity`;
    const reviewLink = `${baseUrl}/w/${section.workspaceId}/review?week=${section.weekStart}`;
    const hoursLine = fix(
      w.hoursLine(
        hours(section.hours.trackedMinutes, locale),
        hours(section.hours.routineMinutes, locale),
        hours(section.hours.budgetMinutes, locale),
      ),
    );
    const postLines = section.networks.map((line) => {
      const base = w.postsLine(
        networkLabels[locale][line.network],
        line.thisWeek.published,
        number.format(line.target ?? 0),
        line.streakWeeks,
      );
      const silence =
        line.gap !== 'none' && line.silentFrom ? ` (${w.silent(day(locale, line.silentFrom))})` : '';
      return fix(base + silence);
    });
    const best = section.bestPost;
    const slotLines = section.emptySlots.map(
      (slot) => `${networkLabels[locale][slot.network]} · ${day(locale, slot.localDate)} ${slot.time}`,
    );
    text.push(
      `== ${section.workspaceName} ==`,
      '',
      `${w.hours}`,
      hoursLine,
      '',
      fix(w.posts),
      ...(postLines.length > 0 ? postLines.map((line) => `- ${line}`) : [fix(w.noTargets)]),
      '',
      w.best,
      best ? `"${best.text}" (${w.bestLine(best.publishedOn)})` : w.noBest,
      '',
      w.slots,
      ...(slotLines.length > 0 ? slotLines.map((line) => `- ${line}`) : [w.noSlots]),
      '',
      `${w.review}: ${reviewLink}`,
      `${w.open}: ${link}`,
      '',
    );
    html += `<section style="margin:0 0 24px;padding:20px;background:#ffffff;border-radius:8px;">
<h2 style="margin:0 0 12px;font-size:18px;">${escapeHtml(section.workspaceName)}</h2>
<h3 style="margin:16px 0 4px;font-size:15px;">${escapeHtml(w.hours)}</h3>
<p style="margin:0;">${escapeHtml(hoursLine)}</p>
<h3 style="margin:16px 0 4px;font-size:15px;">${escapeHtml(fix(w.posts))}</h3>
${postLines.length > 0 ? `<ul style="margin:0;padding-left:20px;">${postLines.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>` : `<p style="margin:0;">${escapeHtml(fix(w.noTargets))}</p>`}
<h3 style="margin:16px 0 4px;font-size:15px;">${escapeHtml(w.best)}</h3>
${best ? `<p style="margin:0;"><a href="${escapeHtml(`${baseUrl}/w/${section.workspaceId}/posts/${best.postId}`)}" style="color:#364fc7;">${escapeHtml(best.text)}</a> <span style="color:#495057;">(${escapeHtml(w.bestLine(best.publishedOn))})</span></p>` : `<p style="margin:0;">${escapeHtml(w.noBest)}</p>`}
<h3 style="margin:16px 0 4px;font-size:15px;">${escapeHtml(w.slots)}</h3>
${slotLines.length > 0 ? `<ul style="margin:0;padding-left:20px;">${slotLines.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>` : `<p style="margin:0;">${escapeHtml(w.noSlots)}</p>`}
<p style="margin:20px 0 0;"><a href="${escapeHtml(reviewLink)}" style="display:inline-block;background:#3b5bdb;color:#ffffff;text-decoration:none;padding:10px 18px;border-radius:6px;font-weight:600;">${escapeHtml(w.review)}</a> <a href="${escapeHtml(link)}" style="display:inline-block;color:#364fc7;padding:10px 8px;">${escapeHtml(w.open)}</a></p>
</section>
`;
  }
  text.push(
    '--',
    fix(w.why),
    `${w.settings}: ${input.settingsLink}`,
    `${w.unsubscribe}: ${input.unsubscribeLink}`,
  );
  const page = `<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:24px;background:#f4f5f7;font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1a1b1e;line-height:1.5;">
<main style="max-width:600px;margin:0 auto;">
<p style="margin:0 0 4px;font-size:14px;color:#495057;">Cadence</p>
<h1 style="margin:0 0 8px;font-size:22px;">${escapeHtml(subject)}</h1>
<p style="margin:0 0 20px;">${escapeHtml(fix(w.intro))}</p>
${html}</main>
<footer style="max-width:600px;margin:0 auto;font-size:13px;color:#495057;">
<p style="margin:0 0 8px;">${escapeHtml(fix(w.why))}</p>
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
