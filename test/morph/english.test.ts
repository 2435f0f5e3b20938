import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse, pick } from './helpers.js';
import { spellingVariant } from '../../src/stages/morph/morph-data.js';

test('verb forms in every tense get lemma, Tense and VerbForm', () => {
  const toks = analyse('Police arrested two men. The army arrests critics and is arresting more. They will arrest him.', 'en');
  assert.deepEqual(pick(toks, 'arrested', 'arrests', 'arresting', 'arrest'), [
    'arrest VERB Mood=Ind|Tense=Past|VerbForm=Fin',
    'arrest VERB Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin',
    'arrest VERB VerbForm=Ger',
    'arrest VERB VerbForm=Inf',
  ]);
  assert.deepEqual(pick(toks, 'is', 'will'), ['be AUX Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin', 'will AUX VerbForm=Fin']);
});

test('perfect and passive: have + participle is active, be/get + participle is passive', () => {
  const toks = analyse('The rebels have seized the airport. He has been arrested. Troops were deployed and the governor was removed. Two men got arrested.', 'en');
  const row = (text: string) => toks.filter((t) => t.text === text).map((t) => `${t.lemma} ${t.pos} ${t.feats.VerbForm ?? ''} ${t.feats.Voice ?? '-'}`);
  assert.deepEqual(row('seized'), ['seize VERB Part -']);
  assert.deepEqual(row('arrested'), ['arrest VERB Part Pass', 'arrest VERB Part Pass']);
  assert.deepEqual(row('deployed'), ['deploy VERB Part Pass']);
  assert.deepEqual(row('removed'), ['remove VERB Part Pass']);
  assert.deepEqual(pick(toks, 'have', 'has', 'been', 'got'), [
    'have AUX Mood=Ind|Tense=Pres|VerbForm=Fin',
    'have AUX Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin',
    'be AUX Tense=Past|VerbForm=Part',
    'get AUX Mood=Ind|Tense=Past|VerbForm=Fin',
  ]);
});

test('be, have and do are VERB when no verb form follows', () => {
  const toks = analyse('The situation was tense. The government has a plan. They did it.', 'en');
  assert.deepEqual(pick(toks, 'was', 'has', 'did'), [
    'be VERB Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin',
    'have VERB Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin',
    'do VERB Mood=Ind|Tense=Past|VerbForm=Fin',
  ]);
});

test('modals, negation and clitics', () => {
  const toks = analyse("The minister wouldn't resign and couldn't stay; she'd said it won't happen.", 'en');
  assert.deepEqual(toks.map((t) => `${t.text}/${t.lemma}/${t.pos}`), [
    'The/the/DET', 'minister/minister/NOUN', 'would/would/AUX', "n't/not/PART", 'resign/resign/VERB', 'and/and/CCONJ',
    'could/could/AUX', "n't/not/PART", 'stay/stay/VERB', ';/;/PUNCT', 'she/she/PRON', "'d/have/AUX", 'said/say/VERB', 'it/it/PRON',
    'wo/will/AUX', "n't/not/PART", 'happen/happen/VERB', '././PUNCT',
  ]);
});

test("possessive 's after a name, copula 's after a pronoun", () => {
  const toks = analyse("Russia's envoy left. It's over and he's leaving.", 'en');
  assert.deepEqual(toks.filter((t) => t.norm === "'s").map((t) => `${t.lemma} ${t.pos}`), ["'s PART", 'be VERB', 'be AUX']);
});

test('nouns: plural to singular, determiners force a nominal reading', () => {
  const toks = analyse('The arrests and the protests continued in the cities.', 'en');
  assert.deepEqual(pick(toks, 'arrests', 'protests', 'cities', 'continued'), [
    'arrest NOUN Number=Plur',
    'protest NOUN Number=Plur',
    'city NOUN Number=Plur',
    'continue VERB Mood=Ind|Tense=Past|VerbForm=Fin',
  ]);
});

test('proper nouns, acronyms, hyphenated words and unknown words', () => {
  const toks = analyse('The US and NATO backed a cease-fire in Almaty after Tokayev spoke; the rebels regrouped.', 'en');
  assert.deepEqual(pick(toks, 'US', 'NATO', 'cease-fire', 'Almaty', 'Tokayev', 'regrouped'), [
    'US PROPN', 'NATO PROPN', 'cease-fire NOUN Number=Sing', 'Almaty PROPN', 'Tokayev PROPN', 'regroup VERB Mood=Ind|Tense=Past|VerbForm=Fin',
  ]);
  assert.equal(toks.find((t) => t.text === 'cease-fire')?.morphRule, 'en:compound');
});

test("'d is had before a participle and would before an infinitive", () => {
  const toks = analyse("She'd go home. She'd gone home.", 'en');
  assert.deepEqual(toks.filter((t) => t.norm === "'d").map((t) => `${t.lemma} ${t.pos}`), ['would AUX', 'have AUX']);
});

test('irregular verbs from the pack list: past, participle and passive', () => {
  const toks = analyse('Thousands fled. The rebels were beaten and the minister was sworn in. Troops have withdrawn.', 'en');
  assert.deepEqual(pick(toks, 'fled', 'beaten', 'sworn', 'withdrawn'), [
    'flee VERB Mood=Ind|Tense=Past|VerbForm=Fin',
    'beat VERB Tense=Past|VerbForm=Part|Voice=Pass',
    'swear VERB Tense=Past|VerbForm=Part|Voice=Pass',
    'withdraw VERB Tense=Past|VerbForm=Part',
  ]);
});

test('unknown words: suffix guesses with lemma fallbacks', () => {
  const toks = analyse('Russia-backed separatists shelled the town. She tweeted that militias were regrouping.', 'en');
  assert.deepEqual(pick(toks, 'Russia-backed', 'separatists', 'tweeted', 'that', 'regrouping'), [
    'russia-backed ADJ', 'separatist NOUN Number=Plur', 'tweet VERB Mood=Ind|Tense=Past|VerbForm=Fin', 'that SCONJ', 'regroup VERB VerbForm=Ger',
  ]);
});

test('future, conditional perfect and passive chains', () => {
  const toks = analyse('He will be arrested. They would have been killed.', 'en');
  assert.deepEqual(toks.map((t) => `${t.lemma}/${t.pos}${t.feats.Voice ? '/' + t.feats.Voice : ''}`), [
    'he/PRON', 'will/AUX', 'be/AUX', 'arrest/VERB/Pass', './PUNCT', 'they/PRON', 'would/AUX', 'have/AUX', 'be/AUX', 'kill/VERB/Pass', './PUNCT',
  ]);
});

test('capitalised months are proper nouns; lower-case forms keep their readings', () => {
  const toks = analyse('Elections were held in May. They march and it may rain.', 'en');
  assert.deepEqual(toks.map((t) => `${t.lemma}/${t.pos}`), [
    'election/NOUN', 'be/AUX', 'hold/VERB', 'in/ADP', 'May/PROPN', './PUNCT', 'they/PRON', 'march/VERB', 'and/CCONJ', 'it/PRON', 'may/AUX', 'rain/VERB', './PUNCT',
  ]);
  assert.equal(toks[4].morphRule, 'en:capitalised');
  assert.equal(toks[2].morphRule, 'en:irregular-verbs+morph.passive');
});

test('an adverb between subject and verb does not hide the finite verb', () => {
  const toks = analyse('The army reportedly bombed several villages and has repeatedly arrested critics.', 'en');
  assert.deepEqual(pick(toks, 'bombed', 'arrested'), ['bomb VERB Mood=Ind|Tense=Past|VerbForm=Fin', 'arrest VERB Tense=Past|VerbForm=Part']);
});

test('British spellings the lexicon lacks are read as its American ones (spelling-variants.tsv)', () => {
  const toks = analyse('Neighbouring states organised talks on defence programmes at the centre.', 'en');
  assert.deepEqual(toks.map((t) => `${t.text}:${t.pos}:${t.lemma}`).slice(0, 9), [
    'Neighbouring:VERB:neighbor', 'states:NOUN:state', 'organised:VERB:organize', 'talks:NOUN:talk', 'on:ADP:on',
    'defence:NOUN:defense', 'programmes:NOUN:program', 'at:ADP:at', 'the:DET:the',
  ]);
  assert.equal(toks.find((t) => t.text === 'centre')?.lemma, 'center');
  // A name that only looks like a variant stays a name.
  assert.equal(analyse('Seymour arrived.', 'en')[0].pos, 'PROPN');
  // A malformed pack row is refused, naming the file and the row.
  assert.deepEqual(spellingVariant(['our', 'or', 'inside'], 'en'), { from: 'our', to: 'or', atEnd: false });
  assert.throws(() => spellingVariant(['ise', 'ize', 'suffix'], 'en'), /packs\/en\/spelling-variants\.tsv: bad row "ise\tize\tsuffix"/);
  assert.throws(() => spellingVariant(['ise'], 'en'), /spelling-variants\.tsv: bad row/);
});
