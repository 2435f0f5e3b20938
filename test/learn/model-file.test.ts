import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jsonSection, parseJsonSection, readModelFile, writeModelFile } from '../../src/learn/model-file.js';
import { parseConllu } from '../../src/learn/ud.js';

test('a model file keeps its metadata and sections', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cronaca-model-'));
  const path = join(dir, 'sub', 'm.bin');
  const weights = Buffer.from(new Float32Array([1.5, -2, 0.25]).buffer);
  writeModelFile(path, { kind: 'test', seed: 1 }, { labels: jsonSection(['a', 'b']), weights });
  const m = readModelFile(path);
  assert.deepEqual(m.meta, { kind: 'test', seed: 1 });
  assert.deepEqual(parseJsonSection<string[]>(m.sections.labels, 'labels'), ['a', 'b']);
  assert.deepEqual(new Float32Array(new Uint8Array(m.sections.weights).buffer), new Float32Array([1.5, -2, 0.25]));
  const bad = join(dir, 'bad.bin');
  writeFileSync(bad, 'plain text');
  assert.throws(() => readModelFile(bad), /bad\.bin: not a gzip-compressed cronaca model/);
});

test('CoNLL-U reader keeps multiword tokens, skips empty nodes, names bad lines', () => {
  const text = [
    '# sent_id = s1',
    '# text = Vado al mare.',
    '1\tVado\tandare\tVERB\tV\tMood=Ind\t0\troot\t_\t_',
    '2-3\tal\t_\t_\t_\t_\t_\t_\t_\t_',
    '2\ta\ta\tADP\tE\t_\t4\tcase\t_\t_',
    '3\til\til\tDET\tRD\t_\t4\tdet\t_\t_',
    '4\tmare\tmare\tNOUN\tS\t_\t1\tobl\t_\tSpaceAfter=No',
    '4.1\tx\tx\tX\tX\t_\t_\t_\t_\t_',
    '5\t.\t.\tPUNCT\tFS\t_\t1\tpunct\t_\t_',
    '',
  ].join('\n');
  const [s] = parseConllu(text);
  assert.equal(s.id, 's1');
  assert.equal(s.words.length, 5);
  assert.deepEqual(s.tokens.map((t) => t.form), ['Vado', 'al', 'mare', '.']);
  assert.deepEqual(s.tokens[1], { form: 'al', wordStart: 1, wordEnd: 3, spaceAfter: true });
  assert.equal(s.tokens[2].spaceAfter, false);
  assert.equal(s.words[3].head, 1);
  assert.throws(() => parseConllu('1\tonly\tthree\n', 'x.conllu'), /x\.conllu:1: expected 10/);
});
