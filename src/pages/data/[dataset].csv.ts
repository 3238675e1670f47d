import { csvFile, datasetPaths } from '../../data/dataset-files.ts';
import { toCsv } from '../../lib/csv.ts';

export const getStaticPaths = datasetPaths;
export const GET = csvFile(toCsv);
