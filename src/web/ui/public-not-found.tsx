import { NotFound } from './not-found.js';
import { PublicLayout } from './public-layout.js';

/** An unknown address, in the public frame (it works signed in or not). */
export function PublicNotFound() {
  return (
    <PublicLayout size={560}>
      <NotFound />
    </PublicLayout>
  );
}
