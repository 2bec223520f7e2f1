import { describe, expect, it } from 'vitest';
import { undefinedMantineClasses } from './check-mantine-classes.mjs';

describe("the built scripts' Mantine classes", () => {
  const scripts = ['var Button={root:`m_77c9d27d`,inner:`m_80f1301b`};', 'const Loader={bars:"m_5d2b3b9d"}'];

  it('pass when a stylesheet defines each, as a class or as keyframes', () => {
    const stylesheets = [
      '.m_77c9d27d{height:1rem}.m_80f1301b:where(x){}',
      '@keyframes m_5d2b3b9d{0%{opacity:0}}',
    ];
    expect(undefinedMantineClasses(scripts, stylesheets)).toEqual([]);
  });

  it('name those no stylesheet defines, a mere mention not counting', () => {
    const stylesheets = ['.m_77c9d27d{animation:m_5d2b3b9d 1s}'];
    expect(undefinedMantineClasses(scripts, stylesheets)).toEqual(['m_5d2b3b9d', 'm_80f1301b']);
  });
});
