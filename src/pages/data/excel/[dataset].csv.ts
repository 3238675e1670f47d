import { csvFile, datasetPaths } from '../../../data/dataset-files.ts';
import { toExcelCsv } from '../../../lib/csv.ts';

// The copy of each CSV file for Excel with Dutch settings: semicolons, decimal comma, same rows.
export const getStaticPaths = datasetPaths;
export const GET = csvFile(toExcelCsv);
