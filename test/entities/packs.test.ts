import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readPackTsv } from '../../src/core/packs.js';
import { getLexicon } from '../../src/stages/entities/index.js';

const SPECIAL_CODES = new Set(['IGO', 'UNO', 'EUR', 'NGO', 'ISM', 'IMG', 'MNC']);
const SECTORS = new Set([
  'COP', 'GOV', 'JUD', 'LEG', 'MIL', 'PRM', 'PTY', 'REB', 'SPY', 'UAF', 'UNK', 'AGR', 'BUS', 'CRM', 'CVL', 'EDU',
  'ELI', 'JRN', 'LAB', 'MED', 'REF', 'OPP', 'PRE', 'REL', 'SOC',
]);
const LANGS = ['it', 'en'];

test('actors: well-formed rows, known countries and sectors, Wikidata ids shaped Q<n>', () => {
  const countries = new Set(readPackTsv('world', 'countries.tsv').map((r) => r[0]));
  const ids = new Set<string>();
  for (const row of readPackTsv('world', 'actors.tsv')) {
    const [id, name, type, country, sectors, kind, qid] = row;
    assert.equal(row.length, 7, `columns of ${id}`);
    assert.ok(!ids.has(id), `duplicate actor ${id}`);
    ids.add(id);
    assert.ok(name, id);
    assert.match(type, /^(PER|ORG|GPE|LOC|GROUP)$/, id);
    assert.ok(country === '' || countries.has(country) || SPECIAL_CODES.has(country), `${id}: country ${country}`);
    for (const s of sectors.split(',').filter(Boolean)) assert.ok(SECTORS.has(s), `${id}: sector ${s}`);
    assert.ok(kind, id);
    assert.ok(qid === '' || /^Q\d+$/.test(qid), `${id}: ${qid}`);
  }
  for (const [id, alias] of readPackTsv('world', 'actor-aliases.tsv')) assert.ok(ids.has(id) && alias, `world alias ${id}`);
  for (const lang of LANGS) {
    for (const [alias, id] of readPackTsv(lang, 'actor-aliases.tsv')) assert.ok(ids.has(id) && alias, `${lang} alias ${alias} -> ${id}`);
  }
});

test('groups and roles: every phrase names a defined id with PLOVER sectors', () => {
  for (const file of ['groups.tsv', 'roles.tsv']) {
    const defined = new Set<string>();
    for (const [id, , sectors] of readPackTsv('world', file)) {
      defined.add(id);
      for (const s of (sectors ?? '').split(',').filter(Boolean)) assert.ok(SECTORS.has(s), `${file} ${id}: ${s}`);
    }
    for (const lang of LANGS) {
      for (const [phrase, id] of readPackTsv(lang, file)) assert.ok(defined.has(id), `${lang}/${file}: ${phrase} -> ${id}`);
    }
  }
});

test('country names, demonyms and exonyms point at known countries and cities', () => {
  const countries = new Set(readPackTsv('world', 'countries.tsv').map((r) => r[0]));
  for (const lang of LANGS) {
    for (const file of ['country-names.tsv', 'country-short-names.tsv', 'demonyms.tsv']) {
      for (const [name, code] of readPackTsv(lang, file)) assert.ok(countries.has(code), `${lang}/${file}: ${name} -> ${code}`);
    }
    const lex = getLexicon(lang);
    const cityKeys = new Set([...lex.cities.values()].map((c) => `${c.geoName}\t${c.country}`));
    for (const [name, geoName, code] of readPackTsv(lang, 'exonyms.tsv')) {
      assert.ok(cityKeys.has(`${geoName}\t${code}`), `${lang}/exonyms.tsv: ${name} -> ${geoName} ${code}`);
    }
  }
});

test('cities.tsv: precomputed trie keys agree with the runtime folding', async () => {
  const { caseRequirement, fold, phrasePieces } = await import('../../src/stages/entities/text.js');
  let rows = 0;
  for (const [id, name, code, , lat, lon, , keys, cases] of readPackTsv('world', 'cities.tsv')) {
    const pieces = phrasePieces(name);
    assert.equal(keys, pieces.map(fold).join(' '), `${id} ${name}`);
    assert.equal(cases, pieces.map(caseRequirement).join(''), `${id} ${name}`);
    assert.match(code, /^[A-Z]{3}$/);
    assert.ok(Math.abs(Number(lat)) <= 90 && Math.abs(Number(lon)) <= 180);
    rows++;
  }
  assert.ok(rows > 9000);
});
