// Inverts the morph-it derived npm dictionaries (lemma -> forms) into form -> analyses.
// Used by scripts/build-morph.ts to write build/morph-it.tsv, and at run time when that file is
// missing.
import { createRequire } from 'node:module';
import type { Feats, Upos } from '../../core/types.js';
import { encodeAnalysis } from './analysis.js';

type Slots = Record<string, string | Record<string, string>>;
type VerbEntry = Record<string, Slots>;

const MOODS: Record<string, Feats['Mood']> = { ind: 'Ind', sub: 'Sub', cond: 'Cnd', impr: 'Imp' };
const TENSES: Record<string, Feats['Tense']> = { pres: 'Pres', past: 'Past', impf: 'Imp', fut: 'Fut' };
const PART_SLOTS: Record<string, Feats> = {
  S: { Number: 'Sing', Gender: 'Masc' },
  SF: { Number: 'Sing', Gender: 'Fem' },
  P: { Number: 'Plur', Gender: 'Masc' },
  PF: { Number: 'Plur', Gender: 'Fem' },
};
const GERUND_END = 'ndo';

/** Lower-cased form -> encoded analyses (lemma,UPOS,TAG;...) with full lemmas. */
export type LexiconMap = Map<string, string>;

export function buildItalianLexicon(): LexiconMap {
  const require = createRequire(import.meta.url);
  const verbs = require('italian-verbs-dict/dist/verbs.json') as Record<string, VerbEntry>;
  const nouns = require('italian-words-dict/dist/words.json') as Record<string, { G: string; P?: string; S?: string }>;
  const adjectives = require('italian-adjectives-dict/dist/adjectives.json') as Record<string, Record<string, string>>;
  const helperNouns = require('morph-it-helper/resources_pub/nouns.json') as Record<string, string>;
  const helperAdjs = require('morph-it-helper/resources_pub/adjectives.json') as Record<string, [string, boolean]>;

  const forms = new Map<string, string[]>();
  const add = (form: string, lemma: string, pos: Upos, feats: Feats) => {
    if (!form || form.includes(',') || form.includes(';') || form.includes('\t')) return;
    const key = form.toLowerCase();
    const enc = encodeAnalysis({ lemma, pos, feats });
    const list = forms.get(key);
    if (!list) forms.set(key, [enc]);
    else if (!list.includes(enc)) list.push(enc);
  };
  const hasPos = (form: string, pos: Upos) => forms.get(form.toLowerCase())?.some((a) => a.includes(`,${pos},`)) ?? false;

  for (const [lemma, entry] of Object.entries(verbs)) {
    add(lemma, lemma, 'VERB', { VerbForm: 'Inf' });
    for (const [mood, tenses] of Object.entries(entry)) {
      for (const [tense, slots] of Object.entries(tenses)) {
        if (mood === 'inf') continue; // stored with clitics; the key is the plain infinitive
        if (mood === 'ger') {
          const g = String(slots);
          const cut = g.lastIndexOf(GERUND_END);
          if (cut > 0) add(g.slice(0, cut + GERUND_END.length), lemma, 'VERB', { VerbForm: 'Ger' });
          continue;
        }
        if (typeof slots !== 'object') continue;
        if (mood === 'part') {
          for (const [slot, form] of Object.entries(slots)) {
            const nf = PART_SLOTS[slot];
            if (nf) add(form, lemma, 'VERB', { VerbForm: 'Part', Tense: tense === 'past' ? 'Past' : 'Pres', ...nf });
          }
          continue;
        }
        const Mood = MOODS[mood];
        const Tense = TENSES[tense];
        if (!Mood) continue;
        for (const [slot, form] of Object.entries(slots)) {
          const Person = slot[1] as Feats['Person'];
          const Number = slot[0] === 'S' ? 'Sing' : 'Plur';
          add(form, lemma, 'VERB', { Mood, ...(Mood === 'Imp' ? {} : { Tense }), VerbForm: 'Fin', Person, Number });
        }
      }
    }
  }
  for (const [lemma, e] of Object.entries(nouns)) {
    const Gender = e.G === 'F' ? 'Fem' : e.G === 'M' ? 'Masc' : undefined;
    add(lemma, lemma, 'NOUN', { Number: 'Sing', ...(Gender ? { Gender } : {}) });
    if (e.P) add(e.P, lemma, 'NOUN', { Number: e.P === lemma ? undefined : 'Plur', ...(Gender ? { Gender } : {}) });
  }
  for (const [form, lemma] of Object.entries(helperNouns)) {
    if (form.endsWith('.') || hasPos(form, 'NOUN')) continue;
    add(form, lemma, 'NOUN', form === lemma ? {} : { Number: 'Plur' });
  }
  for (const [lemma, e] of Object.entries(adjectives)) {
    add(lemma, lemma, 'ADJ', { Number: 'Sing', Gender: 'Masc' });
    if (e.MP) add(e.MP, lemma, 'ADJ', { Number: 'Plur', Gender: 'Masc' });
    if (e.FS) add(e.FS, lemma, 'ADJ', { Number: 'Sing', Gender: 'Fem' });
    if (e.FP) add(e.FP, lemma, 'ADJ', { Number: 'Plur', Gender: 'Fem' });
  }
  for (const [form, [lemma, isParticiple]] of Object.entries(helperAdjs)) {
    if (isParticiple || form.endsWith('.') || hasPos(form, 'ADJ')) continue;
    add(form, lemma, 'ADJ', {});
  }
  const out: LexiconMap = new Map();
  for (const [form, list] of forms) out.set(form, list.join(';'));
  return out;
}

/** Lemma relative to its form: "<chars to drop from the end><ending>", or "=" when equal. */
export function encodeLemma(form: string, lemma: string): string {
  if (form === lemma) return '=';
  let i = 0;
  while (i < form.length && i < lemma.length && form[i] === lemma[i]) i++;
  if (i === 0) return '!' + lemma;
  return String(form.length - i) + lemma.slice(i);
}

export function decodeLemma(form: string, enc: string): string {
  if (enc === '=') return form;
  if (enc[0] === '!') return enc.slice(1);
  let i = 0;
  while (i < enc.length && enc.charCodeAt(i) >= 48 && enc.charCodeAt(i) <= 57) i++;
  return form.slice(0, form.length - Number(enc.slice(0, i))) + enc.slice(i);
}

/** Sorted lines "form TAB analyses" with lemmas written relative to the form (see encodeLemma). */
export function serializeLexicon(lex: LexiconMap): string {
  const lines: string[] = [];
  for (const [form, enc] of lex) {
    const rel = enc
      .split(';')
      .map((a) => {
        const comma = a.indexOf(',');
        return encodeLemma(form, a.slice(0, comma)) + a.slice(comma);
      })
      .join(';');
    lines.push(form + '\t' + rel);
  }
  lines.sort();
  return lines.join('\n') + '\n';
}
