// The third stage of the boot (main.tsx): the router, the query cache and i18next, evaluated in a
// task of their own before the app's modules that use them.
export { QueryClient } from '@tanstack/react-query';
export { createRouter } from '@tanstack/react-router';
export { default as i18next } from 'i18next';
export { initReactI18next } from 'react-i18next';
