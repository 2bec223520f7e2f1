import { z } from 'zod';
import { networkKeys } from '../core/strategy/networks.js';

export { networkKeys };
export const networkKeySchema = z.enum(networkKeys);
export type NetworkKey = z.infer<typeof networkKeySchema>;
