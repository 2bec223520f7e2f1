// The first stage of the boot (main.tsx): React and react-dom, evaluated in a task of their own.
// Both are CommonJS, evaluated when first required: these imports are that first require.
export { StrictMode, startTransition } from 'react';
export { createRoot } from 'react-dom/client';
