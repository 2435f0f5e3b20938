// Parser speed of two versions, measured in one process: the bench articles' sentences (tagged
// once) are parsed alternately by A and B in chunks of 40, in ABBA order, over six rounds, so the
// drift of a shared machine cancels out. Also says whether A and B give the same trees.
//   node --import tsx scripts/parser-ab.ts --lang en --a-tree ../cronaca-old          (code: another checkout, same models)
//   node --import tsx scripts/parser-ab.ts --lang it --a-model old/it/parser.bin      (models: this code, two model files)
//   add --ud to parse the UD dev file's sentences (gold words, tagged by the tagger) instead
// --a-tree: a checkout of another version (with its node_modules, or a link to these); its parser
// reads the same model file unless --a-model is given. B is always this tree with --b-model or the
// shipped model.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createDocument } from '../src/core/document.js';
import { STAGES } from '../src/core/pipeline.js';
import { generateArticles } from '../bench/generate.js';
import { syntaxModels } from '../src/stages/syntax/models.js';
import { readConllu } from '../src/learn/ud.js';
import { resolveModelDir, udFile } from '../src/syntax/model-dir.js';
import { uposIndex } from '../src/syntax/tagger/morph-choice.js';
import { loadParserModel } from '../src/syntax/parser/model-io.js';
import type { TaggedWord } from '../src/syntax/types.js';

interface Parses {
  parse(words: TaggedWord[]): { heads: Int32Array; deprels: string[] };
}

const { values } = parseArgs({
  options: { lang: { type: 'string', default: 'en' }, 'a-tree': { type: 'string' }, 'a-model': { type: 'string' }, 'b-model': { type: 'string' }, articles: { type: 'string', default: '300' }, ud: { type: 'boolean', default: false } },
});
const lang = values.lang as string;
const shipped = resolve(resolveModelDir(), lang, 'parser.bin');

/** The bench articles of `lang`, run through the stages before syntax and tagged. */
function taggedSentences(count: number): { sentences: TaggedWord[][]; articles: number } {
  const articles = generateArticles(count).filter((a) => a.language === lang);
  const m = syntaxModels(lang, resolveModelDir());
  if (!m.tagger || !m.expander) throw new Error(`no ${lang} tagger model`);
  const sentences: TaggedWord[][] = [];
  for (const a of articles) {
    const doc = createDocument(a.text, { id: a.id, published: a.published });
    for (const stage of STAGES) {
      if (stage.name === 'syntax') break;
      stage.run(doc, {});
    }
    for (const s of doc.sentences) {
      const forms: string[] = [];
      const morph: number[] = [];
      for (let t = s.tokenStart; t < s.tokenEnd; t++) {
        const tok = doc.tokens[t];
        for (const f of m.expander.expand(tok.text, tok.norm) ?? [tok.text]) {
          forms.push(f);
          morph.push(uposIndex(tok.pos));
        }
      }
      sentences.push(m.tagger.tag(forms, new Int32Array(morph)));
    }
  }
  return { sentences, articles: articles.length };
}

/** The UD dev file's sentences (gold words), tagged; "articles" of ~600 words for the per-article figures. */
function udSentences(): { sentences: TaggedWord[][]; articles: number } {
  const m = syntaxModels(lang, resolveModelDir());
  if (!m.tagger) throw new Error(`no ${lang} tagger model`);
  const tagger = m.tagger;
  const sentences = readConllu(udFile(lang, 'dev')).map((s) => tagger.tag(s.words.map((w) => w.form)));
  const words = sentences.reduce((n, s) => n + s.length, 0);
  return { sentences, articles: words / 600 };
}

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

async function main(): Promise<void> {
  const aTree = values['a-tree'] ? resolve(values['a-tree']) : resolve('.');
  const io = (await import(pathToFileURL(resolve(aTree, 'src/syntax/parser/model-io.ts')).href)) as typeof import('../src/syntax/parser/model-io.js');
  const a: Parses = io.loadParserModel(resolve(values['a-model'] ?? shipped)).model;
  const b: Parses = loadParserModel(resolve(values['b-model'] ?? shipped)).model;
  const { sentences, articles } = values.ud ? udSentences() : taggedSentences(Number(values.articles));
  const same = sentences.every((s) => {
    const x = a.parse(s);
    const y = b.parse(s);
    return x.heads.join() === y.heads.join() && x.deprels.join() === y.deprels.join();
  });
  const chunk = 40;
  let ta = 0;
  let tb = 0;
  const ratios: number[] = [];
  for (let round = 0; round < 6; round++) {
    let ra = 0;
    let rb = 0;
    for (let i = 0; i < sentences.length; i += chunk) {
      const part = sentences.slice(i, i + chunk);
      for (const p of (i / chunk + round) % 2 === 0 ? [a, b] : [b, a]) {
        const t = cpuMs();
        for (const s of part) p.parse(s);
        if (p === a) ra += cpuMs() - t;
        else rb += cpuMs() - t;
      }
    }
    ta += ra;
    tb += rb;
    ratios.push(rb / ra);
  }
  const perArticle = (ms: number) => (ms / 6 / articles).toFixed(2);
  console.log(`${lang}: ${sentences.length} sentences (${values.ud ? 'UD dev, per 600 words' : `${articles} bench articles`}); A and B give ${same ? 'the same' : 'DIFFERENT'} trees`);
  console.log(`A ${perArticle(ta)} ms/article, B ${perArticle(tb)} ms/article (CPU); B/A ${(tb / ta).toFixed(3)}, per round ${ratios.map((r) => r.toFixed(2)).join(' ')}`);
}

main().catch((e: unknown) => {
  console.error(`parser-ab: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
