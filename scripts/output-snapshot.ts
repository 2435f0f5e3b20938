// Writes every output layer of the pipeline over a fixed corpus as one JSON line per document, so
// a speed change can be checked to leave the output byte-identical:
//   CRONACA_MODELS=DIR node --import tsx scripts/output-snapshot.ts OUT.jsonl [ARTICLES]
// Corpus: ARTICLES (default 200) bench articles, the own gold documents, the event and
// factuality fixtures and the examples. Keys keep their insertion order (stricter than sorting).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runPipeline } from '../src/core/pipeline.js';
import { PROJECT_ROOT } from '../src/core/packs.js';
import { generateArticles } from '../bench/generate.js';

interface Input {
  id: string;
  text: string;
  published?: string;
  language?: string;
}

function jsonl(path: string): Input[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Input);
}

function fixtureCases(path: string): Input[] {
  const file = JSON.parse(readFileSync(path, 'utf8')) as { language: string; cases: Input[] };
  return file.cases.map((c) => ({ id: c.id, text: c.text, published: c.published, language: file.language }));
}

function corpus(articles: number): Input[] {
  const root = PROJECT_ROOT;
  const out: Input[] = generateArticles(articles).map((a) => ({ id: a.id, text: a.text, published: a.published }));
  for (const split of ['dev', 'test']) {
    out.push(...jsonl(join(root, 'gold', 'own', `${split}.jsonl`)).map((d) => ({ id: d.id, text: d.text, published: d.published })));
  }
  for (const kind of ['events', 'factuality']) {
    for (const lang of ['it', 'en']) out.push(...fixtureCases(join(root, 'test', 'fixtures', kind, `${lang}.json`)));
  }
  for (const f of readdirSync(join(root, 'examples')).filter((n) => n.endsWith('.txt')).sort()) {
    out.push({ id: `example-${f}`, text: readFileSync(join(root, 'examples', f), 'utf8'), published: '2023-03-14' });
  }
  return out;
}

function main(): void {
  const [outPath, count] = process.argv.slice(2);
  if (!outPath) throw new Error('usage: output-snapshot.ts OUT.jsonl [ARTICLES]');
  const lines: string[] = [];
  for (const input of corpus(Number(count ?? 200))) {
    const doc = runPipeline(input.text, { id: input.id, published: input.published, language: input.language });
    const { id, language, sentences, tokens, words, mentions, entities, timexes, events, messages } = doc;
    lines.push(JSON.stringify({ id, language, sentences, tokens, words, mentions, entities, timexes, events, messages }));
  }
  writeFileSync(outPath, `${lines.join('\n')}\n`);
  console.log(`${lines.length} documents written to ${outPath}`);
}

main();
