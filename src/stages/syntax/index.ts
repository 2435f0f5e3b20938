// Syntax stage: splits tokens into syntactic words (multiword tokens), tags them with the learned
// tagger, parses them when a parser model exists, and projects the analysis back onto the tokens.
// Without a tagger model the morph stage's rule-based analysis stays and an info message says so.
import type { Stage } from '../../core/stage.js';
import type { CronacaDocument, Upos } from '../../core/types.js';
import { resolveModelDir } from '../../syntax/model-dir.js';
import type { TaggedWord } from '../../syntax/types.js';
import type { ParseResult } from '../../syntax/parser/parser.js';
import { uposIndex } from '../../syntax/tagger/morph-choice.js';
import { syntaxModels, type SyntaxModels } from './models.js';
import { projectToken, type ProjectOptions } from './project.js';
import { CLITIC_ARTICLE_RULE, repairCliticArticles } from './clitic-articles.js';
import { COORDINATED_PARTICIPLE_RULE, repairCoordinatedParticiples } from './coordinated-participles.js';
import { INFINITIVE_AFTER_MODAL_RULE, repairInfinitivesAfterModals } from './infinitive-after-modal.js';
import { FINITE_AFTER_SUBJECT_RULE, repairFiniteAfterSubject } from './finite-after-subject.js';
import { SUBORDINATOR_BEFORE_CLAUSE_RULE, repairSubordinatorBeforeClause } from './subordinator-before-clause.js';
import { VERB_READ_AS_NOUN_RULE, repairVerbReadAsNoun } from './verb-read-as-noun.js';
import { CAPITALISED_VERB_RULE, repairCapitalisedVerbs } from './capitalised-verb.js';
import { PARTICIPLE_BEFORE_NOUN_RULE, repairParticipleBeforeNoun } from './participle-before-noun.js';
import { DEMONYM_READ_AS_VERB_RULE, repairDemonymReadAsVerb } from './demonym-read-as-verb.js';
import { ROLE_READ_AS_VERB_RULE, repairRoleReadAsVerb } from './role-read-as-verb.js';
import { TIME_WORD_NAME_RULE, repairTimeWordName } from './time-word-name.js';
import { OBJECT_RELATIVE_RULE, repairObjectRelative } from './object-relative.js';
import { NAME_AFTER_OBLIQUE_RULE, repairNameAfterOblique } from './name-after-oblique.js';
import { PARTICIPLE_TOOK_SUBJECT_RULE, repairParticipleTookSubject } from './participle-took-subject.js';
import { PASSIVE_SUBJECT_OF_ACTIVE_RULE, repairPassiveSubjectOfActive } from './passive-subject-of-active.js';
import { OBJECT_AFTER_ADVERBIALS_RULE, repairObjectAfterAdverbials } from './object-after-adverbials.js';

/** Repairs of the parse that read the pack (language data), after the parser's own universal ones. */
const POST_PARSE_REPAIRS: [string, (lang: string, words: readonly TaggedWord[], r: ParseResult) => number[]][] = [
  [TIME_WORD_NAME_RULE, repairTimeWordName],
  [OBJECT_RELATIVE_RULE, repairObjectRelative],
  [NAME_AFTER_OBLIQUE_RULE, repairNameAfterOblique],
  [PARTICIPLE_TOOK_SUBJECT_RULE, repairParticipleTookSubject],
  [PASSIVE_SUBJECT_OF_ACTIVE_RULE, repairPassiveSubjectOfActive],
  [OBJECT_AFTER_ADVERBIALS_RULE, repairObjectAfterAdverbials],
];

interface SentenceWords {
  forms: string[];
  /** The token of each word. */
  owner: number[];
  tagged: TaggedWord[];
  /** Tagging repairs between tagging and parsing, as the parse's repairs: the rule and the words it changed. */
  repairs: { rule: string; words: number[] }[];
}

// The morph stage's tag of each word's token (a feature of the tagger), reused between sentences.
let morphScratch = new Int32Array(256);

function tagSentence(doc: CronacaDocument, m: SyntaxModels, sentence: number, lang: string): SentenceWords {
  const s = doc.sentences[sentence];
  const tokens = doc.tokens;
  const forms: string[] = [];
  const owner: number[] = [];
  let morph = morphScratch;
  for (let t = s.tokenStart; t < s.tokenEnd; t++) {
    const tok = tokens[t];
    const split = m.expander!.expand(tok.text, tok.norm);
    const tag = uposIndex(tok.pos);
    const words = split === undefined ? 1 : split.length;
    if (forms.length + words > morph.length) {
      const grown = new Int32Array(2 * (forms.length + words));
      grown.set(morph);
      morph = morphScratch = grown;
    }
    if (split === undefined) {
      morph[forms.length] = tag;
      forms.push(tok.text);
      owner.push(t);
      continue;
    }
    for (const f of split) {
      morph[forms.length] = tag;
      forms.push(f);
      owner.push(t);
    }
  }
  const tagged = m.tagger!.tag(forms, morph);
  const repairs = [
    { rule: CAPITALISED_VERB_RULE, words: repairCapitalisedVerbs(tagged) },
    { rule: CLITIC_ARTICLE_RULE, words: repairCliticArticles(lang, tagged) },
    { rule: COORDINATED_PARTICIPLE_RULE, words: repairCoordinatedParticiples(lang, tagged) },
    { rule: INFINITIVE_AFTER_MODAL_RULE, words: repairInfinitivesAfterModals(lang, tagged) },
    { rule: FINITE_AFTER_SUBJECT_RULE, words: repairFiniteAfterSubject(lang, tagged) },
    { rule: SUBORDINATOR_BEFORE_CLAUSE_RULE, words: repairSubordinatorBeforeClause(lang, tagged) },
    { rule: VERB_READ_AS_NOUN_RULE, words: repairVerbReadAsNoun(lang, tagged) },
    { rule: PARTICIPLE_BEFORE_NOUN_RULE, words: repairParticipleBeforeNoun(lang, tagged) },
    { rule: DEMONYM_READ_AS_VERB_RULE, words: repairDemonymReadAsVerb(lang, tagged) },
    { rule: ROLE_READ_AS_VERB_RULE, words: repairRoleReadAsVerb(lang, tagged) },
  ];
  return { forms, owner, tagged, repairs };
}

function addWords(doc: CronacaDocument, m: SyntaxModels, sentence: number, sw: SentenceWords, rules: { word: string }, project: ProjectOptions): void {
  const { forms, owner, tagged } = sw;
  const tokens = doc.tokens;
  const parse = m.parser?.parse(tagged);
  if (parse) {
    for (const [rule, repair] of POST_PARSE_REPAIRS) {
      const moved = repair(doc.language.code, tagged, parse);
      if (moved.length) (parse.repairs ??= []).push({ rule, words: moved });
    }
  }
  const words = doc.words;
  const base = words.length;
  for (let i = 0; i < tagged.length; i++) {
    const tok = tokens[owner[i]];
    const tw = tagged[i];
    words.push({
      index: base + i,
      sentence,
      token: owner[i],
      start: tok.start,
      end: tok.end,
      form: forms[i],
      lemma: tw.lemma,
      pos: tw.upos as Upos,
      feats: tw.feats,
      head: parse ? (parse.heads[i] === 0 ? -1 : base + parse.heads[i] - 1) : -1,
      deprel: parse ? parse.deprels[i] : '',
      rule: rules.word,
    });
  }
  for (const { rule, words: moved } of [...sw.repairs, ...(parse?.repairs ?? [])]) for (const i of moved) words[base + i].rule += `+${rule}`;
  let i = 0;
  while (i < owner.length) {
    let j = i + 1;
    while (j < owner.length && owner[j] === owner[i]) j++;
    projectToken(tokens[owner[i]], words, base + i, base + j, project);
    i = j;
  }
}

const ruleCache = new Map<string, { word: string; token: string }>();
function rulesFor(lang: string, parsed: boolean): { word: string; token: string } {
  const key = `${lang}:${parsed}`;
  let r = ruleCache.get(key);
  if (!r) {
    r = { token: `${lang}:tagger`, word: parsed ? `${lang}:tagger+${lang}:parser` : `${lang}:tagger` };
    ruleCache.set(key, r);
  }
  return r;
}

export const syntaxStage: Stage = {
  name: 'syntax',
  run(doc, options) {
    const lang = doc.language.code;
    const m = syntaxModels(lang, resolveModelDir(options.modelDir));
    if (m.problems.length) {
      doc.messages.push({
        level: 'info',
        code: m.tagger ? 'syntax-parser-missing' : 'syntax-model-missing',
        text: m.tagger
          ? `Dependency parsing skipped: ${m.problems.join('; ')}.`
          : `Part-of-speech tags and lemmas come from the rule-based morph stage (fallback): ${m.problems.join('; ')}.`,
      });
    }
    if (!m.tagger) return;
    const rules = rulesFor(lang, m.parser !== undefined);
    const predictsVoice = m.tagger.layout.values[m.tagger.layout.names.indexOf('Voice')]?.length > 1;
    const project: ProjectOptions = { rule: rules.token, predictsVoice, parsed: m.parser !== undefined };
    // All sentences are tagged before any is parsed: the tagger's and the parser's tables then do
    // not evict each other from the CPU caches at every sentence.
    const tagged: SentenceWords[] = [];
    for (let s = 0; s < doc.sentences.length; s++) tagged.push(tagSentence(doc, m, s, lang));
    for (let s = 0; s < doc.sentences.length; s++) addWords(doc, m, s, tagged[s], rules, project);
  },
};
