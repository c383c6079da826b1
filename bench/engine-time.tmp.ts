import { analyzeSheet } from '../src/core/check';
import { roadmapGrid } from './generate';
const grid = roadmapGrid(50_000, 1);
analyzeSheet(grid);
const times: number[] = [];
for (let i = 0; i < 7; i++) { const t = process.cpuUsage(); analyzeSheet(grid); const u = process.cpuUsage(t); times.push((u.user + u.system) / 1000); }
times.sort((a, b) => a - b);
console.log(Math.round(times[3]));
