import { readFileSync } from 'node:fs';
import { SourceMapConsumer } from 'source-map-js';
const [file, ...positions] = process.argv.slice(2);
const map = new SourceMapConsumer(JSON.parse(readFileSync(file + '.map', 'utf8')));
for (const p of positions) { const [line, column] = p.split(':').map(Number); const o = map.originalPositionFor({ line, column }); console.log(p, o.source, o.line, o.name); }
