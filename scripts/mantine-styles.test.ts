import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  mantineImportsOf,
  styleFilesFor,
  stylesModulePath,
  stylesModuleSource,
  webAppMantineImports,
} from './mantine-styles.js';

describe("the app's Mantine stylesheets", () => {
  it('are the ones its imports need (run `npx tsx scripts/mantine-styles.ts --write` after using a new component)', () => {
    const expected = stylesModuleSource(styleFilesFor(webAppMantineImports()));
    expect(readFileSync(stylesModulePath, 'utf8')).toBe(expected);
  });
});

describe('the stylesheets a component needs', () => {
  it('start with the reset, the theme variables and the static classes', () => {
    expect(styleFilesFor(new Map()).slice(0, 3)).toEqual([
      'baseline.css',
      'default-css-variables.css',
      'global.css',
    ]);
  });

  it('include the components it is built on, those first', () => {
    const files = styleFilesFor(new Map([['core', new Set(['Button'])]]));
    expect(files).toContain('Loader.css');
    expect(files.indexOf('UnstyledButton.css')).toBeLessThan(files.indexOf('Button.css'));
    expect(files).not.toContain('Table.css');
  });

  it('follow a component without styles of its own to those it draws', () => {
    const files = styleFilesFor(new Map([['core', new Set(['Select'])]]));
    expect(files).toEqual(
      expect.arrayContaining(['Combobox.css', 'Input.css', 'Popover.css', 'ScrollArea.css']),
    );
  });

  it('follow the dates package into the core components it draws', () => {
    const files = styleFilesFor(new Map([['dates', new Set(['DateInput'])]]));
    expect(files).toEqual(expect.arrayContaining(['Input.css', 'Popover.css', 'UnstyledButton.css']));
  });

  it('reject a name the package does not export', () => {
    expect(() => styleFilesFor(new Map([['core', new Set(['NoSuchComponent'])]]))).toThrow(
      /exports no NoSuchComponent/,
    );
  });
});

describe('the names read from a source file', () => {
  it('are the drawing packages’ value imports, type-only ones left out', () => {
    const source = [
      "import { Button, type ButtonProps, Table as Grid } from '@mantine/core';",
      "import type { Modal } from '@mantine/core';",
      "import { useDisclosure } from '@mantine/hooks';",
      "import { notifications } from '@mantine/notifications';",
    ].join('\n');
    const found = mantineImportsOf(source);
    expect([...(found.get('core') ?? [])]).toEqual(['Button', 'Table']);
    expect([...(found.get('notifications') ?? [])]).toEqual(['notifications']);
    expect(found.has('hooks' as never)).toBe(false);
  });
});

describe('an import the reader cannot follow', () => {
  it('is refused rather than missed', () => {
    expect(() => mantineImportsOf("import * as Mantine from '@mantine/core';")).toThrow(/by name only/);
    expect(() => mantineImportsOf("export { Button } from '@mantine/core';")).toThrow(/by name only/);
  });
});
