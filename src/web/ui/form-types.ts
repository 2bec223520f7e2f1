import type { useForm } from '@mantine/form';

// @mantine/form's ESM typings re-export their types from './types' without an extension, which
// TypeScript's NodeNext resolution cannot follow; these derive the same types from useForm itself.

export type InputProps = ReturnType<ReturnType<typeof useForm>['getInputProps']>;
