export { toRecord, RECORD_SCHEMA_ID, type CronacaRecord, type EntityRecord, type RecordOptions } from './record.js';
export { toCsv, toCsvRows, csvHeader, CSV_COLUMNS } from './csv.js';
export { formatReport, type ReportOptions } from './report.js';
export { createOutputStream, OUTPUT_FORMATS, type OutputFormat, type OutputStream, type StreamOptions } from './formats.js';
export { validateRecord, RECORD_SCHEMA_PATH } from './validate.js';
