// Scanner throughput: ~20 MB of article-like text (the seed articles plus generated newsroom
// sentences) through scanFigures, best of five runs, reported in MB/s. Run `npm run build` first.
// Time is the process's CPU time (user + system), so other work on a shared machine does not count.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { scanFigures } from '../../dist/extract/scan.js';

const seeds = readdirSync('seeds').map((f) => readFileSync(join('seeds', f), 'utf8'));
const sentences = [
  'The death toll rose to 275 on Tuesday, with 1,100 injured, officials said.',
  'The company raised $75m in a Series B round led by investors, valuing it at about $1.2bn.',
  'The regulator fined the bank £10m, or about $12.5m, for failures between 2019 and 2021.',
  'The state budget allocates Rs 5,000 crore (about $600m) for roads, up 12% from last year.',
  'Inflation slowed to 3.4 per cent in March, down 0.6 percentage points, the statistics office said.',
  'Exports of sanctioned goods exceeded 60 million dollars in April–May 2024, almost twice as much as before.',
  'Nearly two-thirds of the 31 districts reported more than 500 cases a day, according to the ministry.',
  'Officials said the project, first announced on July 31, would take five years and cost €3bn ($3.3bn).',
];
function corpus(pick) {
  const parts = [];
  let size = 0;
  for (let k = 0; size < 20e6; k++) {
    const s = pick(k);
    parts.push(s);
    size += s.length + 1;
  }
  return parts.join('\n');
}

function measure(name, text) {
  let best = Infinity;
  let count = 0;
  for (let run = 0; run < 5; run++) {
    const t0 = process.cpuUsage();
    count = scanFigures(text).length;
    const used = process.cpuUsage(t0);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  const mb = text.length / 1e6;
  process.stdout.write(`${name}: ${mb.toFixed(1)} MB, ${count} figures, best ${best.toFixed(0)} ms CPU, ${(mb / (best / 1000)).toFixed(1)} MB/s\n`);
}

// Mostly real articles, with one dense newsroom sentence after every seed.
measure('articles', corpus((k) => (k % 2 === 0 ? seeds[(k / 2) % seeds.length] : sentences[((k - 1) / 2) % sentences.length])));
// Figure-dense: every line carries two or three figures (the worst case for per-figure work).
measure('dense', corpus((k) => sentences[k % sentences.length]));
