// Reads Stryker's JSON reports (the mutation-testing-report schema) for `npm run bench:mutatie`
// (scripts/bench-mutation.ts) and sums them up per folder. Pure: the script reads and writes the files.

/** What each folder's Stryker run mutates: the pure and validating code, and the pure build steps. */
export const MUTATION_FOLDERS = {
  lib: ['src/lib/**/*.ts'],
  validation: ['src/validation/**/*.ts'],
  // The pure parts of the build steps: the security policy (hashes, placement). The redirects step's
  // logic is src/lib/redirects.ts; the rest of src/integrations/ is Astro hooks and file handling.
  integrations: ['src/integrations/csp.ts'],
  // The schemas are declarations; their only logic is in the shared field types (real dates, period order).
  // The declarations themselves (whole euros, not below 0) run once, when the module loads: see ignoreStatic.
  schemas: ['src/schemas/common.ts'],
} as const satisfies Record<string, readonly string[]>;

export type FolderName = keyof typeof MUTATION_FOLDERS;

export interface Mutant {
  mutatorName: string;
  replacement?: string | undefined;
  status: string;
  location: { start: { line: number; column: number } };
}

export interface Report {
  files: Record<string, { mutants: Mutant[] }>;
}

/** A Stryker JSON report, checked for the parts the summary reads. */
export function readReport(json: string): Report {
  const report = JSON.parse(json) as Partial<Report>;
  if (!report.files || typeof report.files !== 'object') throw new Error('Not a mutation report: no "files"');
  return report as Report;
}

/** Mutants a test noticed: a failing test, or a test that ran into the time limit (an endless loop). */
const DETECTED = new Set(['Killed', 'Timeout']);
/** Mutants no test noticed: the ones that ran, and the ones no test even reaches. */
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

export interface Score {
  detected: number;
  undetected: number;
  /** Percentage of the mutants that count (detected and undetected) that were detected, 0 when none count. */
  percent: number;
}

/** The mutation score of the mutants in `reports`, as Stryker counts it: mutants that do not compile do not count. */
export function scoreOf(mutants: readonly Mutant[]): Score {
  const detected = mutants.filter((mutant) => DETECTED.has(mutant.status)).length;
  const undetected = mutants.filter((mutant) => UNDETECTED.has(mutant.status)).length;
  const counted = detected + undetected;
  return { detected, undetected, percent: counted === 0 ? 0 : Math.round((detected / counted) * 1000) / 10 };
}

/** "src/lib/money.ts:13:7  ConditionalExpression → true (Survived)", sorted by file and place. */
export function survivors(report: Report): string[] {
  return Object.entries(report.files)
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([file, { mutants }]) =>
      mutants
        .filter((mutant) => UNDETECTED.has(mutant.status))
        .sort((a, b) => a.location.start.line - b.location.start.line || a.location.start.column - b.location.start.column)
        .map(
          ({ mutatorName, replacement, status, location: { start } }) =>
            `${file}:${start.line}:${start.column}  ${mutatorName}${replacement === undefined ? '' : ` → ${oneLine(replacement)}`} (${status})`,
        ),
    );
}

const oneLine = (text: string) => {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 80 ? `${flat.slice(0, 77)}...` : flat;
};

/** A run of `npm run bench:mutatie`: a whole folder ("lib") or single files of it ("lib-bestanden"). */
export interface Run {
  name: string;
  report: Report;
  seconds?: number | undefined;
}

/** The folder a run belongs to: "lib-bestanden" is a run of single files of "lib". */
const folderOfRun = (name: string) => name.replace(/-bestanden$/, '');

const keyOf = (mutant: Mutant) =>
  `${mutant.location.start.line}:${mutant.location.start.column}:${mutant.mutatorName}:${mutant.replacement ?? ''}`;

/**
 * One report of `runs`, oldest first, in which each mutant (file, place, mutator, replacement) counts once,
 * as the newest run that tested it found it. A run of single files after new tests thus replaces what the
 * folder's run found for those mutants, instead of adding them a second time.
 */
export function mergeRuns(runs: readonly Run[]): Report {
  const byFile = new Map<string, Map<string, Mutant>>();
  for (const { report } of runs) {
    for (const [file, { mutants }] of Object.entries(report.files)) {
      const known = byFile.get(file) ?? new Map<string, Mutant>();
      for (const mutant of mutants) known.set(keyOf(mutant), mutant);
      byFile.set(file, known);
    }
  }
  return { files: Object.fromEntries([...byFile].map(([file, mutants]) => [file, { mutants: [...mutants.values()] }])) };
}

/**
 * The score of each folder and of all of them, each mutant counted once (see mergeRuns), then the time of
 * each run and every surviving mutant. `runs` are oldest first.
 */
export function summarise(runs: readonly Run[]): string {
  const folders = [...new Set(runs.map(({ name }) => folderOfRun(name)))];
  const merged = folders.map((folder) => ({ folder, report: mergeRuns(runs.filter(({ name }) => folderOfRun(name) === folder)) }));
  const mutantsOf = (report: Report) => Object.values(report.files).flatMap((file) => file.mutants);
  const line = (name: string, score: Score) =>
    `${name.padEnd(12)} ${`${score.percent.toFixed(1)} %`.padStart(8)}  ${String(score.detected).padStart(5)} detected  ${String(score.undetected).padStart(4)} survived`;
  const surviving = merged.flatMap(({ report }) => survivors(report));
  return [
    'Mutation score per folder (detected / (detected + survived); mutants that do not compile do not count;',
    'a mutant tested by several runs counts once, as the newest run found it)',
    ...merged.map(({ folder, report }) => line(folder, scoreOf(mutantsOf(report)))),
    line('total', scoreOf(merged.flatMap(({ report }) => mutantsOf(report)))),
    '',
    'Time per run',
    ...runs.map(({ name, seconds }) => `${name.padEnd(22)} ${seconds === undefined ? 'unknown' : `${seconds} s`}`),
    '',
    `Surviving mutants: ${surviving.length}`,
    ...surviving,
  ].join('\n');
}
