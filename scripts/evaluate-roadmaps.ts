/**
 * Scores the engine on a folder of roadmaps with truth files, printing every miss:
 *   npx ts-node --transpile-only scripts/evaluate-roadmaps.ts DIR [DIR...]
 * For roadmaps kept outside the repository (written by people outside the team), and the fixtures.
 */
import { evaluate, formatEvaluation } from '../test/support/roadmap-evaluation';

for (const dir of process.argv.slice(2)) console.log(formatEvaluation(dir, evaluate(dir)));
