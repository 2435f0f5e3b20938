// A morphological analysis and its compact on-disk encoding.
// Lexicon lines: form TAB analysis(;analysis)*, analysis = lemma,UPOS,TAG where TAG is six
// positional characters: Mood Tense VerbForm Person Number Gender ('-' when absent).
import type { Feats, Upos } from '../../core/types.js';

export interface Analysis {
  lemma: string;
  pos: Upos;
  feats: Feats;
}

const MOOD: Record<string, Feats['Mood']> = { I: 'Ind', S: 'Sub', C: 'Cnd', M: 'Imp' };
const TENSE: Record<string, Feats['Tense']> = { p: 'Pres', a: 'Past', i: 'Imp', f: 'Fut' };
const FORM: Record<string, Feats['VerbForm']> = { F: 'Fin', I: 'Inf', P: 'Part', G: 'Ger' };
const NUMBER: Record<string, Feats['Number']> = { s: 'Sing', p: 'Plur' };
const GENDER: Record<string, Feats['Gender']> = { m: 'Masc', f: 'Fem' };

function invert<T extends string>(table: Record<string, T | undefined>): Map<T, string> {
  return new Map(Object.entries(table).map(([k, v]) => [v as T, k]));
}
const MOOD_CODE = invert(MOOD);
const TENSE_CODE = invert(TENSE);
const FORM_CODE = invert(FORM);
const NUMBER_CODE = invert(NUMBER);
const GENDER_CODE = invert(GENDER);

export function encodeTag(f: Feats): string {
  return (
    (f.Mood ? MOOD_CODE.get(f.Mood) : '-')! +
    (f.Tense ? TENSE_CODE.get(f.Tense) : '-')! +
    (f.VerbForm ? FORM_CODE.get(f.VerbForm) : '-')! +
    (f.Person ?? '-') +
    (f.Number ? NUMBER_CODE.get(f.Number) : '-')! +
    (f.Gender ? GENDER_CODE.get(f.Gender) : '-')!
  );
}

const tagCache = new Map<string, Feats>();
/** Decoded features; the returned object is shared, copy it before changing it. */
export function decodeTag(tag: string): Feats {
  let f = tagCache.get(tag);
  if (f) return f;
  f = {};
  if (MOOD[tag[0]]) f.Mood = MOOD[tag[0]];
  if (TENSE[tag[1]]) f.Tense = TENSE[tag[1]];
  if (FORM[tag[2]]) f.VerbForm = FORM[tag[2]];
  if (tag[3] === '1' || tag[3] === '2' || tag[3] === '3') f.Person = tag[3];
  if (NUMBER[tag[4]]) f.Number = NUMBER[tag[4]];
  if (GENDER[tag[5]]) f.Gender = GENDER[tag[5]];
  tagCache.set(tag, f);
  return f;
}

export function encodeAnalysis(a: Analysis): string {
  return `${a.lemma},${a.pos},${encodeTag(a.feats)}`;
}

export function decodeAnalyses(encoded: string): Analysis[] {
  return encoded.split(';').map((part) => {
    const [lemma, pos, tag] = part.split(',');
    return { lemma, pos: pos as Upos, feats: decodeTag(tag ?? '------') };
  });
}

/** UD-style "Mood=Ind|Tense=Pres" (as written in pack files) to Feats. */
export function parseUdFeats(text: string | undefined): Feats {
  const f: Record<string, string> = {};
  if (!text || text === '_' || text === '-') return f as Feats;
  for (const pair of text.split('|')) {
    const [k, v] = pair.split('=');
    if (k && v) f[k] = v;
  }
  return f as Feats;
}
