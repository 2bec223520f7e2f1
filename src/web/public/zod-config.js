// Read by zod when its code first runs (before the app's own modules can call z.config): no
// compiled parsers. Otherwise zod probes `new Function` while the contracts load; the CSP
// forbids it (script-src 'self') and Chrome lists the refused probe as an issue on every page.
globalThis.__zod_globalConfig = { ...globalThis.__zod_globalConfig, jitless: true };
