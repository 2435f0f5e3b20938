// The tagger model file: one gzip container with the two perceptrons and the JSON vocabulary.
import { jsonSection, parseJsonSection, readModelFile, writeModelFile } from '../../learn/model-file.js';
import { Tagger, type TaggerVocab } from './tagger.js';

export const TAGGER_FILE = 'tagger.bin';

export function saveTagger(path: string, tagger: Tagger, meta: object): void {
  writeModelFile(path, meta, {
    vocab: jsonSection(tagger.vocab),
    upos: tagger.uposModel.toBuffer({ quantize: true }),
    feats: tagger.featsModel.toBuffer({ quantize: true }),
  });
}

export function loadTaggerFile(path: string): { tagger: Tagger; meta: Record<string, unknown> } {
  const { meta, sections } = readModelFile(path);
  const vocab = parseJsonSection<TaggerVocab>(sections.vocab, 'vocab');
  if (!sections.upos || !sections.feats) throw new Error(`${path}: tagger model sections "upos"/"feats" are missing`);
  const tagger = new Tagger(vocab, sections.upos, sections.feats);
  return { tagger, meta };
}
