// The warm-up's steps on a thread of their own (see warm-up-intl.ts): ICU's data and V8's lists of
// locales are shared by the renderer's threads, so the page's first formats find them loaded.
import { isLocale } from './i18n/detect-language.js';
import { warmUpSteps } from './warm-up-intl-steps.js';

type WorkerScope = {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  postMessage: (message: unknown) => void;
  close: () => void;
};
const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const locale = isLocale(event.data) ? event.data : 'fr';
  for (const step of warmUpSteps) step(locale);
  scope.postMessage('warm');
  scope.close();
};
