import { z } from 'zod';
import { i18n } from '../../app/i18n/index.js';

/** The length rule, checked before asking the server (which also refuses common passwords). */
export const newPasswordSchema = z.object({
  password: z
    .string()
    .min(8, { error: () => i18n.t('auth.passwordTooShort') })
    .max(128),
});
