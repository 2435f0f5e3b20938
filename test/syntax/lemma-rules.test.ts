// Lemma edit rules (src/syntax/tagger/lemma-rules.ts): learned per form and per suffix, applied to
// unknown words by their longest known suffix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyLemmaRule, learnLemmaTables, lemmaRules, suffixRule } from '../../src/syntax/tagger/lemma-rules.js';

const word = (form: string, upos: string, lemma: string) => ({ form, norm: form.toLowerCase(), upos, lemma });

test('an edit rule keeps the shared prefix and replaces the rest', () => {
  assert.deepEqual(lemmaRules('Arrested', 'arrest'), ['k8:arrest', 'l2:']);
  assert.equal(applyLemmaRule('troops', 'l1:'), 'troop');
  assert.equal(applyLemmaRule('went', '=go'), 'go');
});

test('unknown words take the rule of their longest known suffix', () => {
  const t = learnLemmaTables([word('arrests', 'NOUN', 'arrest'), word('protests', 'NOUN', 'protest'), word('sanctions', 'NOUN', 'sanction')]);
  const suffixes = new Map(Object.entries(t.suffixes));
  assert.equal(applyLemmaRule('strikes', suffixRule(suffixes, t.maxSuffix, 'strikes', 'NOUN')), 'strike');
});

test('a rule that would replace the whole form is no suffix rule: the unknown word stays as written', () => {
  // One PROPN type whose lemma shares nothing with its lower-cased form ("tiger" -> "Tiger").
  const t = learnLemmaTables([word('tiger', 'PROPN', 'Tiger')]);
  const suffixes = new Map(Object.entries(t.suffixes));
  assert.equal(applyLemmaRule('Niger', suffixRule(suffixes, t.maxSuffix, 'niger', 'PROPN')), 'Niger');
});
