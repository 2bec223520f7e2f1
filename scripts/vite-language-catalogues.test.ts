import { describe, expect, it } from 'vitest';
import { catalogueAsJson } from './vite-language-catalogues.js';

/** Runs a chunk's code as the browser would, as a module, and gives its exports. */
async function evaluate(code: string): Promise<Record<string, unknown>> {
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

describe('catalogueAsJson', () => {
  it('turns a catalogue chunk into one JSON.parse of the same strings', async () => {
    const chunk = `const e={title:'It\\'s "quoted", a \\\\ backslash and \`ticks\` \${not} a template'};
const n={menu:e,list:['one','two'],count:2};export{n as en};
//# sourceMappingURL=en-abc.js.map`;
    const code = await catalogueAsJson(chunk, 'en');

    expect(code).toMatch(/^const en=JSON\.parse\('/);
    expect(await evaluate(code)).toEqual(await evaluate(chunk));
  });

  it('applies the French spacing to the French catalogue, once, at build time', async () => {
    const chunk = `const f={question:'Supprimer ce post ?',label:'Heure :',time:'9:30'};export{f as fr};`;
    const { fr } = await evaluate(await catalogueAsJson(chunk, 'fr'));

    expect(fr).toEqual({ question: 'Supprimer ce post\u202f?', label: 'Heure\u00a0:', time: '9:30' });
  });

  it('refuses a catalogue JSON cannot carry, or a chunk without the language', async () => {
    await expect(catalogueAsJson(`const e={later:undefined};export{e as en};`, 'en')).rejects.toThrow(
      /JSON cannot carry/,
    );
    await expect(catalogueAsJson(`const e={a:'b'};export{e as fr};`, 'en')).rejects.toThrow(/no "en" object/);
  });
});
