// The second stage of the boot (main.tsx): the Mantine components and hooks the app's frame draws
// with (the file holds those the app loads, scripts/vite-chunk-groups.ts), in a task of their own.
import { MantineProvider } from '@mantine/core';

export { MantineProvider };
