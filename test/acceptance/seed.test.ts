// The first acceptance case: the seed commentary (read from ../shared/seed, never copied here).
// Expectations are about what the text says, matched through general properties (type, actor
// entity names, certainty), not through rules written for this text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/core/packs.js';
import { runPipeline } from '../../src/core/pipeline.js';
import type { ActorRef, CronacaDocument, PloverEvent } from '../../src/core/types.js';

const seedPath = join(PROJECT_ROOT, '..', 'shared', 'seed', '000_3bb6a7bcede1e649.txt');
const skip = existsSync(seedPath) ? false : `seed article not found at ${seedPath}`;

let cached: CronacaDocument | undefined;
function seed(): CronacaDocument {
  cached ??= runPipeline(readFileSync(seedPath, 'utf8'), { published: '2022-01-25' });
  return cached;
}

function actorNames(doc: CronacaDocument, refs: ActorRef[]): string[] {
  return refs.map((r) => {
    const entity = doc.entities.find((e) => e.id === r.entity);
    return `${r.text} | ${entity?.name ?? ''}`.toLowerCase();
  });
}

interface Want {
  what: string;
  trigger: RegExp;
  types?: string[];
  source?: RegExp;
  target?: RegExp;
  certainty?: string;
  date?: string;
  attributedTo?: string;
}

function find(doc: CronacaDocument, want: Want): PloverEvent {
  const candidates = doc.events.filter((e) => want.trigger.test(e.trigger.text));
  const listing = doc.events
    .map((e) => `${e.type} "${e.trigger.text}" S=[${actorNames(doc, e.source)}] T=[${actorNames(doc, e.target)}] ${e.factuality.certainty.value}`)
    .join('\n  ');
  assert.ok(candidates.length > 0, `${want.what}: no event triggered by ${want.trigger}; events:\n  ${listing}`);
  const ok = candidates.find((e) =>
    (!want.types || want.types.includes(e.type)) &&
    (!want.source || actorNames(doc, e.source).some((n) => want.source!.test(n))) &&
    (!want.target || actorNames(doc, e.target).some((n) => want.target!.test(n))) &&
    (!want.certainty || e.factuality.certainty.value === want.certainty) &&
    (!want.date || e.date?.value === want.date) &&
    (!want.attributedTo || e.factuality.attribution.some((a) => a.text === want.attributedTo)));
  assert.ok(ok, `${want.what}: candidates do not match ${JSON.stringify(want, (_k, v) => (v instanceof RegExp ? String(v) : v))}; events:\n  ${listing}`);
  return ok;
}

const WANTED: Want[] = [
  { what: 'the coup attempt', trigger: /colpo di stato|tentativo/i },
  { what: 'the purge of old politicians', trigger: /epurazione/i, types: ['COERCE', 'SANCTION'] },
  { what: 'roads, rail links and the airport occupied', trigger: /occupa/i, types: ['COERCE', 'ASSAULT'], certainty: 'PROBABLE' },
  { what: 'Nazarbayev removed as head of the Security Council', trigger: /rimoss/i, target: /nazarbayev/, certainty: 'CERTAIN' },
  { what: 'the intelligence chief arrested for treason', trigger: /arrestat/i, types: ['COERCE'], target: /capo|head|chief/, certainty: 'CERTAIN' },
  { what: "Nazarbayev's family leaving their posts (reported)", trigger: /lasciando/i, types: ['RETREAT'], date: '2022-01-16', attributedTo: 'unnamed' },
  { what: 'protests after the subsidy was removed', trigger: /protest/i, types: ['PROTEST'] },
  { what: "the secret services' help to the militants", trigger: /aiuto/i, types: ['AID'], source: /servizi segreti|intelligence/, target: /militant/, certainty: 'CERTAIN' },
  { what: 'guards withdrawn from Almaty airport', trigger: /ritirat/i, types: ['RETREAT'], source: /servizi segreti|intelligence/ },
  { what: "Tokayev's request to the CSTO", trigger: /richiesta|rivolt/i, types: ['REQUEST'], source: /tokayev/, target: /collective security|csto/ },
  { what: 'the CSTO agreeing to the request', trigger: /aderito/i, types: ['AGREE'], source: /collective security|csto/ },
  { what: 'CSTO forces landing in Kazakhstan', trigger: /sbarcat/i, types: ['MOBILIZE'], source: /collective security|csto|alleanza/ },
  { what: 'the West criticising the CSTO', trigger: /criticat/i, types: ['ACCUSE'], target: /collective security|csto/ },
  { what: 'the peacekeepers withdrawing', trigger: /ritirando/i, types: ['RETREAT'] },
  { what: 'a possible voluntary hand-over', trigger: /lasciato/i, source: /nazarbayev/, certainty: 'POSSIBLE' },
  { what: 'a possible dispute between Nazarbayev and Tokayev', trigger: /disputa/i, certainty: 'POSSIBLE' },
  { what: 'Western involvement', trigger: /zampino|coinvolt/i, certainty: 'PROBABLE' },
];

for (const want of WANTED) {
  test(`seed: ${want.what}`, { skip }, () => {
    find(seed(), want);
  });
}

test('seed: the family leaving is dated 16 January 2022 by a time expression', { skip }, () => {
  const doc = seed();
  const ev = find(doc, WANTED.find((w) => w.date)!);
  assert.ok(ev.date?.timex, 'date comes from a timex');
  assert.equal(doc.text.slice(ev.date.spans[0].start, ev.date.spans[0].end).includes('16 gennaio'), true);
});

test('seed: the main entities are found and resolved', { skip }, () => {
  const doc = seed();
  const byName = (re: RegExp) => doc.entities.find((e) => re.test(e.name));
  const kaz = byName(/^Kazakhstan$/);
  assert.equal(kaz?.country, 'KAZ');
  const almaty = byName(/^Almaty$/);
  assert.ok(almaty?.coordinates, 'Almaty has coordinates');
  assert.ok(Math.abs(almaty.coordinates.lat - 43.25) < 0.5 && Math.abs(almaty.coordinates.lon - 76.9) < 0.5);
  assert.ok(byName(/Nazarbayev$/), 'Nazarbayev');
  assert.ok(byName(/Tokayev$/), 'Tokayev');
  assert.ok(byName(/^Russia$/), 'Russia');
  const csto = byName(/^Collective Security Treaty Organization$/);
  assert.ok(csto, 'CSTO');
  const cstoTexts = doc.mentions.filter((m) => m.entity === csto.id).map((m) => m.text);
  assert.ok(cstoTexts.includes('CSTO'), `CSTO mentions: ${cstoTexts}`);
  const alliance = doc.mentions.find((m) => /^Alleanza$/i.test(m.text));
  assert.ok(alliance, 'a mention of the Alliance');
  const allianceEntity = doc.entities.find((e) => e.id === alliance.entity);
  assert.ok(allianceEntity?.id === csto.id || /Collective Security/.test(allianceEntity?.name ?? ''), `Alleanza resolves to the CSTO, got ${allianceEntity?.name}`);
});
