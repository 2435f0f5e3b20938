// Acceptance: factuality of the gold events in test/fixtures/{factuality,events}/{it,en}.json.
// Each gold event is found by its trigger: the pipeline's event overlapping the trigger when the
// events stage produced one, else assessFactuality on the trigger tokens. Pass rates are printed
// per field and must stay above the floors below (raise them as the engine improves).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CronacaDocument, Factuality } from '../../src/core/types.js';
import { eventsStage } from '../../src/stages/events/index.js';
import { assessFactuality, factualityStage, predicateFromSpans } from '../../src/stages/factuality/index.js';
import { actorMatches, loadFixtures, overlaps, triggerSpan, type FixtureEvent, type FixtureKind } from '../fixtures/fixtures.js';
import { analyze } from './helpers.js';

const FIELDS = ['certainty', 'polarity', 'time', 'special', 'attribution', 'commitment', 'all'] as const;
type Field = (typeof FIELDS)[number];

function attributionMatches(gold: string[], f: Factuality): boolean {
  if (gold.length !== f.attribution.length) return false;
  return gold.every((g, i) => {
    const p = f.attribution[i].text;
    if (g === 'author' || g === 'unnamed' || p === 'author' || p === 'unnamed') return g === p;
    return actorMatches(g, p);
  });
}

function compare(gold: FixtureEvent, f: Factuality): Record<Field, boolean | undefined> {
  const r: Record<Field, boolean | undefined> = {
    certainty: gold.certainty === f.certainty.value,
    polarity: gold.polarity === f.polarity.value,
    time: gold.time === f.time.value,
    special: (gold.special ?? 'NONE') === f.special.value,
    attribution: attributionMatches(gold.attribution, f),
    commitment: gold.commitment === undefined ? undefined : gold.commitment === f.commitment.value,
    all: undefined,
  };
  r.all = FIELDS.every((k) => k === 'all' || r[k] !== false);
  return r;
}

function factualityOf(doc: CronacaDocument, gold: FixtureEvent, text: string, published: string): { f: Factuality; via: string } {
  const span = triggerSpan(text, gold);
  assert.ok(span, `trigger "${gold.trigger}" not in text`);
  const produced = doc.events.find((e) => e.trigger.spans.some((s) => overlaps(s, span)) && e.factuality.certainty.rule !== 'factuality.pending');
  if (produced) return { f: produced.factuality, via: 'event' };
  const p = predicateFromSpans(doc, [span]);
  assert.ok(p, `no tokens under "${gold.trigger}"`);
  return { f: assessFactuality(doc, p, { published, eventDate: gold.date }), via: 'direct' };
}

const FLOORS: Record<FixtureKind, Partial<Record<Field, number>>> = {
  factuality: { certainty: 0.9, polarity: 0.95, time: 0.9, special: 0.95, attribution: 0.9, commitment: 0.9, all: 0.85 },
  events: { certainty: 0.9, polarity: 0.95, time: 0.9, special: 0.95, attribution: 0.9, all: 0.85 },
};

for (const kind of ['factuality', 'events'] as FixtureKind[]) {
  for (const lang of ['it', 'en']) {
    test(`fixtures ${kind}/${lang}: factuality pass rates`, () => {
      const file = loadFixtures(kind, lang);
      const hits: Record<Field, number> = { certainty: 0, polarity: 0, time: 0, special: 0, attribution: 0, commitment: 0, all: 0 };
      const totals: Record<Field, number> = { ...hits };
      const failures: string[] = [];
      let viaEvent = 0;
      let n = 0;
      for (const c of file.cases) {
        const doc = analyze(c.text, lang, c.published);
        try {
          eventsStage.run(doc, { published: c.published });
          factualityStage.run(doc, { published: c.published });
        } catch {
          doc.events = [];
        }
        for (const gold of c.events) {
          const { f, via } = factualityOf(doc, gold, c.text, c.published);
          if (via === 'event') viaEvent++;
          n++;
          const r = compare(gold, f);
          for (const k of FIELDS) {
            if (r[k] === undefined) continue;
            totals[k]++;
            if (r[k]) hits[k]++;
          }
          if (!r.all) {
            const got = `${f.certainty.value}/${f.polarity.value}/${f.time.value}/${f.special.value}/${f.commitment.value} [${f.attribution.map((l) => l.text).join(', ')}]`;
            const want = `${gold.certainty}/${gold.polarity}/${gold.time}/${gold.special ?? 'NONE'}/${gold.commitment ?? '-'} [${gold.attribution.join(', ')}]`;
            failures.push(`${c.id} "${gold.trigger}": got ${got} want ${want}`);
          }
        }
      }
      const rates = FIELDS.map((k) => `${k} ${hits[k]}/${totals[k]} (${((100 * hits[k]) / Math.max(1, totals[k])).toFixed(0)}%)`);
      console.log(`[factuality fixtures ${kind}/${lang}] ${n} events (${viaEvent} via events stage): ${rates.join(', ')}`);
      if (process.env.FACTUALITY_FAILURES) for (const f of failures) console.log('  ' + f);
      assert.ok(n > 0);
      for (const [k, floor] of Object.entries(FLOORS[kind])) {
        const rate = hits[k as Field] / Math.max(1, totals[k as Field]);
        assert.ok(rate >= floor!, `${kind}/${lang} ${k}: ${(100 * rate).toFixed(1)}% < floor ${(100 * floor!).toFixed(0)}%`);
      }
    });
  }
}
