// The language scores (ngram-scores.ts over packs/world/language-ngrams.tsv) must be eld's own:
// same languages, same order, same scores, same reliability, on texts in many scripts. eld stays a
// development dependency for this check and for scripts/build-language-ngrams.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eld } from 'eld/extrasmall';
import { languageScores } from '../../src/stages/language/ngram-scores.js';
import { parseNgramTable } from '../../src/stages/language/ngram-table.js';
import { goldDirCandidate } from '../../src/gold/paths.js';

function assertSameAsEld(text: string): void {
  const ours = languageScores(text);
  const theirs = eld.detect(text);
  const where = JSON.stringify(text.slice(0, 60));
  assert.deepEqual(ours.ranked, Object.entries(theirs.getScores()), where);
  assert.equal(ours.reliable, theirs.isReliable(), where);
}

// Written for this test: one or two sentences per language and script, with punctuation,
// apostrophes, digits, a URL, capitals and characters of 2, 3 and 4 UTF-8 bytes.
const SAMPLES = [
  'Il ministro dell\'Interno ha detto che l\'indagine durerà almeno tre mesi.',
  'The minister said the inquiry, which began on 3 May, wouldn\'t end before autumn.',
  'El gobierno anunció el martes nuevas sanciones contra los responsables del fraude electoral.',
  'Le président a reçu hier soir les syndicats à l\'Élysée, sans annoncer de compromis.',
  'Die Regierung hat am Dienstag neue Sanktionen gegen drei Minister verhängt.',
  'O tribunal condenou o antigo governador a oito anos de prisão por corrupção.',
  'Правительство объявило о новых санкциях против трёх министров во вторник.',
  'Η κυβέρνηση ανακοίνωσε νέα μέτρα μετά τις διαδηλώσεις στην Αθήνα.',
  'أعلنت الحكومة عن إجراءات جديدة بعد الاحتجاجات في العاصمة.',
  '政府周二宣布对三名部长实施新的制裁。',
  '政府は火曜日に三人の大臣に対する新たな制裁を発表した。',
  '정부는 화요일 세 명의 장관에 대한 새로운 제재를 발표했다.',
  'Hükümet salı günü üç bakana yeni yaptırımlar uyguladığını açıkladı.',
  'सरकार ने मंगलवार को तीन मंत्रियों पर नए प्रतिबंधों की घोषणा की।',
  'Rząd ogłosił we wtorek nowe sankcje wobec trzech ministrów.',
  'ממשלה הודיעה ביום שלישי על סנקציות חדשות נגד שלושה שרים.',
  'Emoji and rare letters: 😀 𝔄𝔅 ﬁ İstanbul ǅ — see https://example.org/a?b=1 or mail x@y.z!',
  'Words longer than seventy bytes: supercalifragilisticexpialidocioussupercalifragilisticexpialidociousxyz and a tail.',
  'a b c',
  'è',
  '   ',
  '12345 67890 !!!',
  '`quoted\' words\' and ’curly’ ones',
];

test('the byte n-gram scores equal eld\'s on written samples in many scripts', () => {
  for (const text of SAMPLES) assertSameAsEld(text);
});

test('the scores equal eld\'s on texts longer than the 1,000 characters read', () => {
  const long = SAMPLES.slice(0, 8).join(' ').repeat(3);
  assert.ok(long.length > 1000);
  assertSameAsEld(long);
  // cut inside a multi-byte character's run of bytes near the byte limits
  for (let n = 300; n < 420; n += 7) assertSameAsEld('à'.repeat(n) + ' ciao');
});

test('the scores equal eld\'s on every own gold text', () => {
  const dir = join(import.meta.dirname, '../../gold/own/src');
  let n = 0;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const { sentences } = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { sentences: string[] };
    assertSameAsEld(sentences.join(' '));
    for (const s of sentences) assertSameAsEld(s);
    n++;
  }
  assert.ok(n >= 400, `${n} gold texts`);
});

test('the scores equal eld\'s on the UD dev sentences', (t) => {
  const files = [join(goldDirCandidate(), 'ud/UD_Italian-ISDT/it_isdt-ud-dev.conllu'), join(goldDirCandidate(), 'ud/UD_English-EWT/en_ewt-ud-dev.conllu')];
  if (!files.every(existsSync)) return t.skip(`UD dev files not found under ${goldDirCandidate()} (set CRONACA_GOLD_DIR)`);
  let n = 0;
  for (const file of files) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.startsWith('# text = ')) continue;
      assertSameAsEld(line.slice(9));
      n++;
    }
  }
  assert.ok(n > 2000, `${n} sentences`);
});

test('a malformed n-gram table is refused, naming the file and the line', () => {
  assert.throws(() => parseNgramTable('# header\nlanguages\tit en\nblanks\tc0\n'), /packs\/world\/language-ngrams\.tsv: expected a "average" line, found "blanks\\tc0"/);
  assert.throws(() => parseNgramTable(''), /packs\/world\/language-ngrams\.tsv: expected a "languages" line/);
  assert.throws(() => parseNgramTable('languages\tit\naverage\t0.8\nblanks\tc0\nzz\t0:1\n'), /packs\/world\/language-ngrams\.tsv: bad n-gram row "zz\\t0:1"/);
  const t = parseNgramTable('languages\tit en\naverage\t0.8 0.7\nblanks\tc0\n2061626320\t0:10 1:3\n');
  assert.deepEqual([t.languages, t.average, t.blank[0xc0], t.index.get(' abc '), [...t.entries]], [['it', 'en'], [0.8, 0.7], 1, 2, [10, (1 << 8) | 3]]);
});
