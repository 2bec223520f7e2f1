const words = {
  fr: {
    title: 'Se désabonner',
    ask: 'Ne plus recevoir ce type de message par e-mail\u00a0? Vous pourrez le rétablir dans votre compte.',
    button: 'Me désabonner',
    done: 'C’est fait\u00a0: vous ne recevrez plus ce type de message par e-mail. Vous pouvez changer d’avis dans votre compte.',
    account: 'Ouvrir mon compte',
  },
  en: {
    title: 'Unsubscribe',
    ask: 'Stop receiving this kind of message by mail? You can turn it back on in your account.',
    button: 'Unsubscribe me',
    done: 'Done: you will no longer receive this kind of message by mail. You can change your mind in your account.',
    account: 'Open my account',
  },
};

/**
 * The small page an unsubscribe link opens: a button that posts back (nothing changes on GET),
 * then a confirmation. The token is the only value written into it, percent-encoded.
 */
export function unsubscribePage(
  locale: 'fr' | 'en',
  view: { state: 'ask'; token: string } | { state: 'done' },
) {
  const text = words[locale];
  const body =
    view.state === 'ask'
      ? `<p>${text.ask}</p><form method="post" action="/api/notifications/unsubscribe?token=${encodeURIComponent(view.token)}"><button type="submit">${text.button}</button></form>`
      : `<p role="status">${text.done}</p><p><a href="/account#notifications">${text.account}</a></p>`;
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${text.title} · Cadence</title>
<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;color:#1a1b1e;line-height:1.5}button{font:inherit;padding:.6rem 1.2rem;background:#3b5bdb;color:#fff;border:0;border-radius:6px;cursor:pointer}a{color:#364fc7}</style>
</head><body><main><h1>${text.title}</h1>${body}</main></body></html>`;
}
