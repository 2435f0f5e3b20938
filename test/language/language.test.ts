import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDocument } from '../../src/core/document.js';
import { languageStage, detectLanguage } from '../../src/stages/language/index.js';

function run(text: string, options: { language?: string } = {}) {
  const doc = createDocument(text, { language: options.language });
  languageStage.run(doc, options);
  return doc;
}

test('detects Italian and English news sentences', () => {
  const it = run('Il governo ha annunciato nuove misure dopo le proteste nelle principali città del paese.');
  assert.equal(it.language.code, 'it');
  assert.equal(it.language.supported, true);
  assert.equal(it.language.rule, 'lang.eld');
  assert.ok((it.language.scores?.it ?? 0) > 0);
  assert.deepEqual(it.messages, []);
  const en = run('The government announced new measures after protests in the main cities of the country.');
  assert.equal(en.language.code, 'en');
  assert.equal(en.language.supported, true);
});

test('a given language wins over detection', () => {
  const doc = run('The government announced new measures.', { language: 'it' });
  assert.deepEqual(doc.language, { code: 'it', supported: true, rule: 'lang.given' });
  const meta = createDocument('Texto cualquiera.', { language: 'EN' });
  languageStage.run(meta, {});
  assert.equal(meta.language.code, 'en');
  assert.equal(meta.language.rule, 'lang.given');
});

test('unsupported languages are reported with their code', () => {
  const doc = run('Die Regierung hat nach den Protesten in den großen Städten des Landes neue Maßnahmen angekündigt.');
  assert.equal(doc.language.code, 'de');
  assert.equal(doc.language.supported, false);
  assert.equal(doc.messages.length, 1);
  assert.equal(doc.messages[0].level, 'error');
  assert.equal(doc.messages[0].code, 'unsupported-language');
  assert.match(doc.messages[0].text, /German \(de\)/);
});

test('a given unsupported language is reported too', () => {
  const doc = run('Bonjour.', { language: 'fr' });
  assert.equal(doc.language.code, 'fr');
  assert.equal(doc.language.supported, false);
  assert.equal(doc.messages[0].code, 'unsupported-language');
});

test('empty and whitespace-only text is und', () => {
  for (const text of ['', '   \n\t ']) {
    const doc = run(text);
    assert.equal(doc.language.code, 'und');
    assert.equal(doc.language.supported, false);
    assert.equal(doc.messages[0].code, 'unsupported-language');
  }
});

test('short texts lean towards a language with a pack', () => {
  // Very short strings: other languages score close to the top; the pack languages win.
  const g = detectLanguage('Tokayev ha detto');
  assert.equal(g.code, 'it');
  assert.equal(g.supported, true);
  const e = detectLanguage('Police said');
  assert.equal(e.code, 'en');
});
