// Benchmark 4's start, paired: several built checkouts (or one with other Node flags or
// environment) started turn about on the same PGlite data dir, as the benchmark starts them
// (wall clock and CPU to the first 200 from /api/health, VmRSS 2 s later). On a shared machine
// only such alternation compares two builds: the load changes between two separate runs.
//
//   npx tsx bench/compare-starts.ts --data-dir bench/data/quick --runs 5 \
//     --start 'main=../cadence-main' --start 'branch=.' \
//     --start 'budget=. --wasm-tiering-budget=18000000' --start 'tunables=. GLIBC_TUNABLES=…' --floor
//
// A `--start` is `label=checkout [node flag | NAME=value]…`. `--floor` adds the floor of the first
// checkout (Node + createDb + bare Fastify). The data dir must have been started once (pg-boss installed).
import { loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { type Sample, type StartOptions, startOnce } from './benchmarks/cold-start.js';
import { summarise } from './lib/stats.js';

type Contender = { label: string; script: string; options: StartOptions };

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    runs: { type: 'string', default: '5' },
    start: { type: 'string', multiple: true },
    floor: { type: 'boolean', default: false },
  },
});

function contenderFrom(specification: string): Contender {
  const [label, rest = ''] = specification.split(/=(.*)/s);
  const [checkout = '.', ...words] = rest.trim().split(/\s+/);
  const environment: Record<string, string> = {};
  const nodeArguments: string[] = [];
  for (const word of words) {
    const variable = /^([A-Z_][A-Z0-9_]*)=(.*)$/.exec(word);
    if (variable?.[1] !== undefined) environment[variable[1]] = variable[2] ?? '';
    else nodeArguments.push(word);
  }
  return {
    label: label ?? specification,
    script: path.resolve(checkout, 'dist/server/main.js'),
    options: { nodeArguments, environment },
  };
}

const dataDir = values['data-dir'];
if (!dataDir || !values.start?.length) {
  console.error(
    'Usage: tsx bench/compare-starts.ts --data-dir DIR --start label=checkout [--start …] [--runs N] [--floor]',
  );
  process.exit(2);
}
const contenders = values.start.map(contenderFrom);
const firstCheckout = path.dirname(path.dirname(path.dirname(contenders[0]?.script ?? '')));
if (values.floor)
  contenders.push({
    label: 'floor',
    script: path.join(firstCheckout, 'bench/lib/floor-server.mjs'),
    options: {},
  });

const load = () =>
  loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');
const loadAtStart = load();
const samples = new Map<string, Sample[]>(contenders.map((contender) => [contender.label, []]));
const runs = Number(values.runs);
for (let run = 0; run < runs; run++) {
  // The order turns each round, so that no contender always follows the same one.
  const order = contenders.map((_, index) => contenders[(index + run) % contenders.length] as Contender);
  for (const contender of order) {
    const sample = await startOnce(contender.script, path.resolve(dataDir), contender.options);
    samples.get(contender.label)?.push(sample);
    console.log(
      `run ${run + 1} ${contender.label}: ${sample.startMs.toFixed(0)} ms, ${sample.cpuMs} ms CPU, ${sample.rssMb.toFixed(1)} MB (load ${load()})`,
    );
  }
}

const range = (numbers: number[], digits: number) => {
  const summary = summarise(numbers);
  return `${Math.min(...numbers).toFixed(digits)}–${Math.max(...numbers).toFixed(digits)} (median ${summary.median.toFixed(digits)})`;
};
console.log(`\n${runs} runs each, load ${loadAtStart} at the start, ${load()} at the end\n`);
console.log('| start | wall to first /api/health, ms | CPU, ms | VmRSS 2 s later, MB |\n|---|---|---|---|');
for (const [label, list] of samples)
  console.log(
    `| ${label} | ${range(
      list.map((sample) => sample.startMs),
      0,
    )} | ${range(
      list.map((sample) => sample.cpuMs),
      0,
    )} | ${range(
      list.map((sample) => sample.rssMb),
      1,
    )} |`,
  );
