import path from 'node:path';
import { parseAst } from 'rolldown/parseAst';
import type { Plugin } from 'vite';

/**
 * The web build's contracts, their schemas built on first use (src/web/app/deferred-schema.ts).
 *
 * Written as they are, `src/contracts/*.ts` build every schema when their module is evaluated:
 * zod's code run for the first time and ~3,000 schema objects, 200–500 ms at 4× inside the two
 * longest tasks of a load (the entry's and the `workspace` chunk's evaluation), most of them for
 * pages other than the one loaded. For the web build only, this plugin rewrites each top-level
 * `const` whose value is built with zod (or with another such const, or a schema imported from a
 * contract) into `deferred(() => value)`, marked pure: a schema no module of the app uses is
 * dropped from the bundle, the others are built when a page first parses with them. The
 * contracts stay the one source, and the server (not built by Vite) builds them as written.
 * src/core's few schemas (the routine's shapes, whose limits the contracts import) are treated the
 * same way: evaluated as written, their first `z.string()` alone cost ~30 ms at 4× inside the
 * `workspace` chunk's evaluation, for schemas the web app never parses with.
 */
export function deferredContracts(contractsDir: string, coreDir: string, helperPath: string): Plugin {
  const contractsPrefix = contractsDir + path.sep;
  const corePrefix = coreDir + path.sep;
  return {
    name: 'cadence-deferred-contracts',
    apply: 'build',
    enforce: 'pre',
    transform: {
      filter: { id: /[\\/]src[\\/](contracts|core)[\\/].+\.ts$/ },
      handler(code, id) {
        if (id.endsWith('.test.ts')) return null;
        // A contract's siblings are contracts (their exports schemas); src/core's are plain code,
        // so there only what is built with zod itself is deferred.
        const isContract = id.startsWith(contractsPrefix);
        if (!isContract && !(id.startsWith(corePrefix) && /from 'zod'/.test(code))) return null;
        const helper = helperPath.split(path.sep).join('/');
        const deferredCode = deferSchemas(code, helper, { siblingsAreSchemas: isContract });
        return deferredCode === null ? null : { code: deferredCode, map: null };
      },
    },
  };
}

type Node = { type: string; start: number; end: number; [key: string]: unknown };

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';

/** Whether `node` reads one of `names` (an identifier in an expression, not a property's key). */
function reads(node: Node, names: ReadonlySet<string>): boolean {
  if (node.type === 'Identifier') return names.has(node.name as string);
  for (const [key, child] of Object.entries(node)) {
    if (key === 'typeAnnotation' || key === 'typeArguments') continue;
    // `a.b`: only `a` is read; `{ b: … }`: only the value.
    if (
      (node.type === 'MemberExpression' && key === 'property' && !node.computed) ||
      (node.type === 'Property' && key === 'key' && !node.computed)
    )
      continue;
    const children = Array.isArray(child) ? child : [child];
    if (children.some((grandChild) => isNode(grandChild) && reads(grandChild, names))) return true;
  }
  return false;
}

/** `x as const`, `x satisfies T`: the value under them. */
function valueUnder(node: Node): Node {
  return node.type === 'TSAsExpression' || node.type === 'TSSatisfiesExpression'
    ? valueUnder(node.expression as Node)
    : node;
}

/** Values worth deferring: built by calls (`z.object(…)`, `a.extend(…)`) or groups of fields. */
const buildsSomething = (node: Node) =>
  ['CallExpression', 'MemberExpression', 'ObjectExpression', 'ChainExpression'].includes(
    valueUnder(node).type,
  );

/**
 * A contract module's source with its schemas deferred, or null when it builds none. Exported for
 * its test.
 */
export function deferSchemas(
  code: string,
  helperPath: string,
  { siblingsAreSchemas } = { siblingsAreSchemas: true },
): string | null {
  const program = parseAst(code, { lang: 'ts' }) as unknown as { body: Node[] };
  // What a deferred value may be built from: zod, the other contracts' exports, this file's
  // deferred consts (found top down; a value read before its const is declared fails as before).
  const schemaNames = new Set(['z']);
  for (const statement of program.body)
    if (
      siblingsAreSchemas &&
      statement.type === 'ImportDeclaration' &&
      /^\.\/[^/]+\.js$/.test((statement.source as Node).value as string)
    )
      for (const specifier of statement.specifiers as Node[])
        if (!(statement.importKind === 'type' || specifier.importKind === 'type'))
          schemaNames.add((specifier.local as Node).name as string);
  const wraps: Node[] = [];
  for (const statement of program.body) {
    const declaration =
      statement.type === 'ExportNamedDeclaration' ? (statement.declaration as Node | null) : statement;
    if (declaration?.type !== 'VariableDeclaration' || declaration.kind !== 'const') continue;
    for (const declarator of declaration.declarations as Node[]) {
      const init = declarator.init as Node | null;
      if (!init || !buildsSomething(init) || !reads(init, schemaNames)) continue;
      wraps.push(init);
      schemaNames.add((declarator.id as Node).name as string);
    }
  }
  if (wraps.length === 0) return null;
  let deferredCode = code;
  // In parentheses: an object literal after `=>` would read as a block.
  for (const init of wraps.reverse())
    deferredCode = `${deferredCode.slice(0, init.start)}/* @__PURE__ */ deferredSchema(() => (${deferredCode.slice(init.start, init.end)}))${deferredCode.slice(init.end)}`;
  return `import { deferred as deferredSchema } from ${JSON.stringify(helperPath)};\n${deferredCode}`;
}
