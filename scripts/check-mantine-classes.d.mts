// Types of check-mantine-classes.mjs, for its test.
export function undefinedMantineClasses(scripts: string[], stylesheets: string[]): string[];
