// `cronaca convert FORMAT PATH`: the converters by format name.
import type { GoldDocument } from '../gold/types.js';
import { convertConllu } from './conllu.js';
import { convertFactuality } from './factuality.js';
import { convertKind } from './kind.js';
import { convertMeantime } from './meantime.js';
import { convertMeantimeIt } from './meantime-it.js';

export const CONVERT_FORMATS = ['kind', 'meantime', 'meantime-it', 'factuality', 'conllu'] as const;
export type ConvertFormat = (typeof CONVERT_FORMATS)[number];

export interface ConvertOptions {
  language?: string;
  /** Sentences per document for corpora without document boundaries (kind, conllu). */
  maxSentences?: number;
}

export function isConvertFormat(s: string): s is ConvertFormat {
  return (CONVERT_FORMATS as readonly string[]).includes(s);
}

export function convert(format: ConvertFormat, path: string, options: ConvertOptions = {}): GoldDocument[] {
  switch (format) {
    case 'kind':
      return convertKind(path, options);
    case 'meantime':
      return convertMeantime(path);
    case 'meantime-it':
      return convertMeantimeIt(path, options.language);
    case 'factuality':
      return convertFactuality(path, options.language);
    case 'conllu':
      return convertConllu(path, options);
  }
}
