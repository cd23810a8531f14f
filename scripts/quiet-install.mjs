// Filters `yarn install`'s output (on standard input) for people: drops the
// peer-dependency notes every install of this repository prints (YN0002,
// YN0060, YN0086; README, "Install warnings", says why they are expected)
// and says how many it dropped. Everything else, errors included, passes.
// INSTALL_VERBOSE=1 passes everything.
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const EXPECTED = /\bYN00(02|60|86)\b/;

export function isExpectedNote(line) {
  return EXPECTED.test(line);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const verbose = process.env.INSTALL_VERBOSE === '1';
  let hidden = 0;
  createInterface({ input: process.stdin })
    .on('line', line => {
      if (!verbose && isExpectedNote(line)) hidden += 1;
      else process.stdout.write(`${line}\n`);
    })
    .on('close', () => {
      if (hidden > 0) {
        console.log(
          `➤ ${hidden} expected peer-dependency notes not shown (see README, "Install warnings"; INSTALL_VERBOSE=1 shows them)`,
        );
      }
    });
}
