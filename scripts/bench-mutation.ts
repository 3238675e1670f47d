// `npm run bench:mutatie [-- lib validation integrations]`: mutation testing (Stryker) of the pure and
// validating code. Stryker plants small bugs ("mutants") in the code one at a time and runs the unit tests
// that cover it; a mutant that no test notices "survives". Prints the mutation score per folder and every
// surviving mutant. Not part of `npm test`: a measurement, run on purpose (docs/mutation.md has the score,
// the time and the survivors that are equivalent).
//
// Each folder is its own Stryker run, with its own incremental file in bench/mutation/ (untracked): a
// second run only tests the mutants of code or tests that changed. Give folders to run only those (in
// parallel shells on a machine with cores to spare); the summary reads every folder's last report.
// `--samenvatting` only prints the summary of the last reports. `--alles` tests every mutant again (after
// new tests for survivors). `--zonder-typecheck` skips the TypeScript checker (faster; mutants that do not
// compile then count as killed or survived by the tests instead of being left out).
import { Stryker } from '@stryker-mutator/core';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { MUTATION_FOLDERS, readReport, summarise, type FolderName } from './lib/mutation-report.ts';

const OUT = 'bench/mutation';
const args = process.argv.slice(2);
const typecheck = !args.includes('--zonder-typecheck');
// Stryker's incremental mode reruns a mutant when its code or the tests that covered it changed, not when a new
// test might now cover it: after adding tests for survivors, run with --alles to test every mutant again.
const force = args.includes('--alles');
// Folder names run that folder; file paths (src/validation/markdown-rules.ts, or a range of lines:
// src/validation/cross-rules.ts:195-222) run only those, with a report and incremental file of their own
// ("validation-bestanden"), so a whole folder's report stays as it was.
const asked = args.filter((arg) => !arg.startsWith('--'));
const folderOf = (arg: string): FolderName => {
  const name = (Object.keys(MUTATION_FOLDERS) as FolderName[]).find((folder) => arg === folder || arg.startsWith(`src/${folder}/`));
  if (!name) throw new Error(`Unknown folder or file ${arg}: choose from ${Object.keys(MUTATION_FOLDERS).join(', ')} or a file in them`);
  return name;
};
const runs = new Map<string, readonly string[]>();
for (const arg of asked) {
  const folder = folderOf(arg);
  if (arg === folder) runs.set(folder, MUTATION_FOLDERS[folder]);
  else runs.set(`${folder}-bestanden`, [...(runs.get(`${folder}-bestanden`) ?? []), arg]);
}
// --samenvatting: no run, only the summary of the last reports.
if (asked.length === 0 && !args.includes('--samenvatting')) {
  for (const folder of Object.keys(MUTATION_FOLDERS) as FolderName[]) runs.set(folder, MUTATION_FOLDERS[folder]);
}

mkdirSync(OUT, { recursive: true });
const timesFile = `${OUT}/times.json`;
const times: Record<string, { seconds: number; measuredAt: string; typecheck: boolean; files: string[] }> = existsSync(timesFile)
  ? JSON.parse(readFileSync(timesFile, 'utf8'))
  : {};

for (const [name, mutate] of runs) {
  const started = performance.now();
  const stryker = new Stryker({
    mutate: [...mutate],
    testRunner: 'vitest',
    vitest: { configFile: 'vitest.mutation.config.ts', related: true },
    plugins: ['@stryker-mutator/vitest-runner', ...(typecheck ? ['@stryker-mutator/typescript-checker'] : [])],
    checkers: typecheck ? ['typescript'] : [],
    tsconfigFile: 'tsconfig.mutation.json',
    coverageAnalysis: 'perTest',
    incremental: true,
    force,
    incrementalFile: `${OUT}/${name}-incremental.json`,
    reporters: ['json', 'progress'],
    jsonReporter: { fileName: `${OUT}/${name}.json` },
    // One sandbox folder per run, so folders can run side by side.
    tempDirName: `.stryker-tmp/${name}`,
    ignorePatterns: ['dist', '.astro', 'bench', '.stryker-tmp', 'test-results'],
    concurrency: Number(process.env['MUTATION_CONCURRENCY'] ?? 2),
    timeoutMS: 20_000,
    thresholds: { high: 90, low: 80, break: null },
    cleanTempDir: 'always',
    // A mutant in code that runs once, when a module loads (a constant, a formatter's options), needs every
    // test run again in a fresh process: a third of the mutants, all the time. They are left out and
    // counted as "Ignored"; tests/unit/money.test.ts and the others check such constants by their output.
    ignoreStatic: true,
  });
  await stryker.runMutationTest();
  // Read again: another run (another folder, in another shell) may have written its time meanwhile.
  if (existsSync(timesFile)) Object.assign(times, JSON.parse(readFileSync(timesFile, 'utf8')));
  times[name] = {
    seconds: Math.round((performance.now() - started) / 1000),
    measuredAt: new Date().toISOString(),
    typecheck,
    files: [...mutate],
  };
  writeFileSync(timesFile, `${JSON.stringify(times, null, 2)}\n`);
}

// Each folder's last whole run, and the last run of single files of it, oldest first: where both tested a
// mutant, the newer run's finding counts.
const names = (Object.keys(MUTATION_FOLDERS) as FolderName[]).flatMap((folder) => [folder, `${folder}-bestanden`]);
const runsDone = names
  .filter((name) => existsSync(`${OUT}/${name}.json`))
  .map((name) => ({ name, report: readReport(readFileSync(`${OUT}/${name}.json`, 'utf8')), seconds: times[name]?.seconds }))
  .sort((a, b) => (times[a.name]?.measuredAt ?? '').localeCompare(times[b.name]?.measuredAt ?? ''));
console.log(summarise(runsDone));
for (const { name } of runsDone) if (name.endsWith('-bestanden')) console.log(`${name}: ${times[name]?.files.join(', ') ?? ''}`);
