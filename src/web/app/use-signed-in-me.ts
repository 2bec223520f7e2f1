import type { Me } from '../../contracts/me.js';
import { useMe } from './me-queries.js';

/** The signed-in person, inside the signed-in area (AuthedLayout guarantees there is one). */
export function useSignedInMe(): Me {
  const { data } = useMe();
  if (!data) throw new Error('useSignedInMe used outside the signed-in area');
  return data;
}
