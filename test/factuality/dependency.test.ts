// Scope from a dependency parse: heads written by hand (UD, as the syntax stage would fill them)
// on our own sentences; the parse-based scope must read them, and a sentence without heads must
// keep the clause heuristics.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CronacaDocument } from '../../src/core/types.js';
import { assessFactuality } from '../../src/stages/factuality/index.js';
import { analyze, findTokens, summary } from './helpers.js';
import { runPipeline } from '../../src/core/pipeline.js';

/** UD heads (1-based within the sentence, 0 = root) and relations for the single sentence of `doc`. */
function parse(doc: CronacaDocument, arcs: [number, string][]): void {
  assert.equal(doc.tokens.length, arcs.length, doc.tokens.map((t) => t.text).join(' '));
  doc.tokens.forEach((t, i) => {
    t.head = arcs[i][0] === 0 ? -1 : arcs[i][0] - 1;
    t.deprel = arcs[i][1];
  });
}

function judge(doc: CronacaDocument, trigger: string) {
  return assessFactuality(doc, findTokens(doc, trigger));
}


test('dependency scope: a conjunct of a negative implicative is not under it; its complement is', () => {
  const doc = analyze('The company refused to sign the deal, and workers have started a strike.', 'en');
  parse(doc, [
    [2, 'det'], [3, 'nsubj'], [0, 'root'], [5, 'mark'], [3, 'xcomp'], [7, 'det'], [5, 'obj'], [12, 'punct'],
    [12, 'cc'], [12, 'nsubj'], [12, 'aux'], [3, 'conj'], [14, 'det'], [12, 'obj'], [3, 'punct'],
  ]);
  assert.equal(summary(judge(doc, 'sign')).split(' ')[0], 'CERTAIN/NEG/NON_FUTURE/NONE/COMMITTED');
  const strike = judge(doc, 'strike');
  assert.equal(summary(strike), 'CERTAIN/POS/NON_FUTURE/NONE/COMMITTED [author]');
});

test('dependency scope: a reporting verb governs its clausal complement across a relative clause', () => {
  const doc = analyze('Officials said the bridge, which opened in May, had collapsed.', 'en');
  parse(doc, [
    [2, 'nsubj'], [0, 'root'], [4, 'det'], [11, 'nsubj'], [4, 'punct'], [7, 'nsubj'], [4, 'acl:relcl'], [9, 'case'],
    [7, 'obl'], [4, 'punct'], [11, 'aux'], [2, 'ccomp'], [2, 'punct'],
  ]);
  const f = judge(doc, 'collapsed');
  assert.equal(summary(f), 'CERTAIN/POS/NON_FUTURE/NONE/UNCOMMITTED [author > Officials]');
  assert.ok(f.attribution[1].rule.length > 0);
});

test('dependency negation: "not" attached to an adjectival predicate past the copula', () => {
  const doc = analyze('The new airport is not profitable.', 'en');
  parse(doc, [[3, 'det'], [3, 'amod'], [6, 'nsubj'], [6, 'cop'], [6, 'advmod'], [0, 'root'], [6, 'punct']]);
  const f = judge(doc, 'profitable');
  assert.equal(f.polarity.value, 'NEG');
  assert.equal(f.polarity.rule, 'scope.dependency.negation');
});

test('dependency negation: a negator of another verb does not reach the predicate', () => {
  const doc = analyze('Police did not say that the protesters attacked the station.', 'en');
  parse(doc, [
    [4, 'nsubj'], [4, 'aux'], [4, 'advmod'], [0, 'root'], [8, 'mark'], [7, 'det'], [8, 'nsubj'], [4, 'ccomp'],
    [10, 'det'], [8, 'obj'], [4, 'punct'],
  ]);
  assert.equal(judge(doc, 'say').polarity.value, 'NEG');
  // "X did not say that Y": Y is left open (factuality.md §6, English traps)
  assert.equal(judge(doc, 'attacked').polarity.value, 'UNDERSPECIFIED');
});

test('without a parse the clause heuristics decide, with their own rule ids', () => {
  const doc = analyze('The new airport is not profitable.', 'en');
  for (const t of doc.tokens) t.head = undefined;
  const f = judge(doc, 'profitable');
  assert.equal(f.polarity.value, 'NEG');
  assert.notEqual(f.polarity.rule, 'scope.dependency.negation');
});

test('dependency theme: the passive subject of a cancelling verb is negated, a cause is not', () => {
  const doc = analyze('The summit was postponed because of the storm.', 'en');
  parse(doc, [[2, 'det'], [4, 'nsubj:pass'], [4, 'aux:pass'], [0, 'root'], [8, 'case'], [5, 'fixed'], [8, 'det'], [4, 'obl'], [4, 'punct']]);
  const f = judge(doc, 'summit');
  assert.equal(f.polarity.value, 'NEG');
  assert.equal(f.polarity.rule, 'scope.dependency.theme');
  assert.equal(judge(doc, 'storm').polarity.value, 'POS');
});

test('dependency scope: a participial modifier is background, its governor gives the source only', () => {
  const doc = analyze('Analysts think that prices of homes built last year could fall.', 'en');
  parse(doc, [
    [2, 'nsubj'], [0, 'root'], [11, 'mark'], [11, 'nsubj'], [6, 'case'], [4, 'nmod'], [6, 'acl'], [9, 'amod'],
    [7, 'obl:tmod'], [11, 'aux'], [2, 'ccomp'], [2, 'punct'],
  ]);
  const built = judge(doc, 'built');
  assert.equal(built.certainty.value, 'CERTAIN');
  assert.deepEqual(built.attribution.map((l) => l.text), ['author', 'Analysts']);
  assert.equal(judge(doc, 'fall').certainty.value, 'POSSIBLE');
});

test('dependency scope: "could" heading a clausal complement is a possibility, in a relative clause a capacity', () => {
  // the heuristics alone read "mind that" as a relative clause; the parse says ccomp
  const doc = analyze('Traders must keep in mind that oil prices could fall again.', 'en');
  parse(doc, [
    [3, 'nsubj'], [3, 'aux'], [0, 'root'], [5, 'case'], [3, 'obl'], [10, 'mark'], [8, 'compound'], [10, 'nsubj'],
    [10, 'aux'], [3, 'ccomp'], [10, 'advmod'], [3, 'punct'],
  ]);
  const fall = judge(doc, 'fall');
  assert.equal(summary(fall), 'POSSIBLE/POS/FUTURE/NONE/COMMITTED [author]');
  assert.equal(fall.certainty.rule, 'en:factuality:could');

  const rel = analyze('The firm built a plane that could carry 500 people.', 'en');
  parse(rel, [
    [2, 'det'], [3, 'nsubj'], [0, 'root'], [5, 'det'], [3, 'obj'], [8, 'nsubj'], [8, 'aux'], [5, 'acl:relcl'],
    [10, 'nummod'], [8, 'obj'], [3, 'punct'],
  ]);
  assert.equal(summary(judge(rel, 'carry')), 'CERTAIN/POS/NON_FUTURE/NONE/COMMITTED [author]');
});

test('dependency scope: a verb governing the host of an if-clause through a complement is not conditional', () => {
  const text = 'Officials say new rules are needed if the market is to recover.';
  const arcs: [number, string][] = [
    [2, 'nsubj'], [0, 'root'], [4, 'amod'], [6, 'nsubj:pass'], [6, 'aux:pass'], [2, 'ccomp'], [12, 'mark'], [9, 'det'],
    [12, 'nsubj'], [12, 'aux'], [12, 'mark'], [6, 'advcl'], [2, 'punct'],
  ];
  const doc = analyze(text, 'en');
  parse(doc, arcs);
  assert.equal(judge(doc, 'say').special.value, 'NONE');
  assert.equal(judge(doc, 'say').certainty.value, 'CERTAIN');
  const needed = judge(doc, 'needed');
  assert.equal(needed.special.value, 'COND_MAIN_CLAUSE');
  assert.equal(needed.certainty.value, 'POSSIBLE');
  // without the parse the linear heuristics cannot tell the report from its content
  assert.equal(judge(analyze(text, 'en'), 'say').special.value, 'COND_MAIN_CLAUSE');
});

test('dependency scope: an if-clause attached to a parenthetical report still conditions the main verb', () => {
  const doc = analyze('If talks fail, officials said, the state could sue.', 'en');
  parse(doc, [
    [3, 'mark'], [3, 'nsubj'], [6, 'advcl'], [3, 'punct'], [6, 'nsubj'], [11, 'parataxis'], [6, 'punct'], [9, 'det'],
    [11, 'nsubj'], [11, 'aux'], [0, 'root'], [11, 'punct'],
  ]);
  assert.equal(judge(doc, 'sue').special.value, 'COND_MAIN_CLAUSE');
});

test('a complement cue keeps its clause when the parse misreads its "that" as a determiner', () => {
  const doc = analyze('Shares fell on worries that weak sales hurt profits.', 'en');
  // the misreading: "that weak sales" as a noun phrase, "hurt" as an adverbial clause of "fell"
  parse(doc, [
    [2, 'nsubj'], [0, 'root'], [4, 'case'], [2, 'obl'], [7, 'det'], [7, 'amod'], [8, 'nsubj'], [2, 'advcl'],
    [8, 'obj'], [2, 'punct'],
  ]);
  const misread = judge(doc, 'hurt');
  assert.equal(misread.certainty.value, 'POSSIBLE');
  assert.equal(misread.certainty.rule, 'en:factuality:worries that');
  // read right ("that" marks the clause of "worries"), the same
  doc.tokens[4].head = 7;
  doc.tokens[4].deprel = 'mark';
  doc.tokens[7].head = 3;
  doc.tokens[7].deprel = 'acl';
  assert.equal(judge(doc, 'hurt').certainty.value, 'POSSIBLE');
  // and "fell", outside the complement, stays certain
  assert.equal(judge(doc, 'fell').certainty.value, 'CERTAIN');
});

test('dependency scope: a bare participle conjunct shares its head verb\'s auxiliary (conditional, future)', () => {
  const seized = analyze('La guardia avrebbe perquisito la sede e sequestrato i computer.', 'it');
  parse(seized, [[2, 'det'], [4, 'nsubj'], [4, 'aux'], [0, 'root'], [6, 'det'], [4, 'obj'], [8, 'cc'], [4, 'conj'], [10, 'det'], [8, 'obj'], [4, 'punct']]);
  const f = judge(seized, 'sequestrato');
  assert.equal(summary(f).split(' ')[0], 'PROBABLE/POS/NON_FUTURE/NONE/DISTANCED');
  assert.equal(f.certainty.rule, 'factuality.reportive-conditional');
  const tried = analyze('Il sindaco sarà arrestato e processato.', 'it');
  parse(tried, [[2, 'det'], [4, 'nsubj:pass'], [4, 'aux:pass'], [0, 'root'], [6, 'cc'], [4, 'conj'], [4, 'punct']]);
  const g = judge(tried, 'processato');
  assert.equal(g.time.value, 'FUTURE');
  assert.equal(g.time.rule, 'factuality.shared-auxiliary');
  // Without a parse the conjunct keeps its own (empty) verb group.
  assert.equal(judge(analyze('Il sindaco sarà arrestato e processato.', 'it'), 'processato').time.rule, 'factuality.default');
});

test('dependency scope: the object of a verb in the reportive conditional is hearsay too', () => {
  const doc = analyze('La società avrebbe esercitato forti pressioni sul ministero.', 'it');
  parse(doc, [[2, 'det'], [4, 'nsubj'], [4, 'aux'], [0, 'root'], [6, 'amod'], [4, 'obj'], [8, 'case'], [4, 'obl'], [4, 'punct']]);
  const f = judge(doc, 'pressioni');
  assert.equal(summary(f).split(' ')[0], 'PROBABLE/POS/NON_FUTURE/NONE/DISTANCED');
  // "sul ministero" is no argument: it keeps the author's certainty.
  assert.equal(judge(doc, 'ministero').certainty.value, 'CERTAIN');
});

test('dependency scope: a relative clause on a noun cue\'s own modifier is the author\'s ("su richiesta della procura, che lo accusa")', () => {
  const doc = runPipeline('Era stato arrestato il 7 maggio dalla Guardia di finanza su richiesta della procura di Genova, che lo accusa di corruzione.', { language: 'it', published: '2025-06-10' });
  const accuse = doc.events.find((e) => e.trigger.text === 'accusa');
  assert.deepEqual(accuse && [accuse.source.map((a) => a.text), accuse.factuality.attribution.map((a) => a.text)], [['procura'], ['author']]);
});

test('the object of the verb before a coordinated reporting verb is no source of it', () => {
  const doc = runPipeline('Gli studenti chiedono le sue dimissioni e hanno annunciato una nuova marcia per domenica.', { language: 'it', published: '2025-03-10' });
  const march = doc.events.find((e) => e.trigger.text === 'marcia');
  assert.deepEqual(march?.factuality.attribution.map((a) => a.text), ['author', 'studenti']);
});

test('a hedge before a passive infinitive looks ahead too ("unlikely to be freed"): a firm future release is a concession', () => {
  const freed = runPipeline('Khan is unlikely to be freed any time soon.', { language: 'en' }).events.find((e) => e.trigger.text === 'freed');
  assert.deepEqual(freed && [freed.type, freed.factuality.time.value], ['CONCEDE', 'FUTURE']);
});

test('"is expected to" is a probable hedge that looks ahead', () => {
  const e = runPipeline('The two leaders are expected to meet in Geneva next week.', { language: 'en' }).events.find((x) => x.trigger.text === 'meet');
  assert.deepEqual(e && [e.type, e.factuality.certainty.value, e.factuality.time.value], ['AGREE', 'PROBABLE', 'FUTURE']);
});

test('dependency scope: a gerund adjunct of a verb about the future happens then, as possibly as that verb (trained parse)', () => {
  const judged = (text: string, language: string, trigger: string) => {
    const doc = runPipeline(text, { language, published: '2024-03-15' });
    return assessFactuality(doc, findTokens(doc, trigger));
  };
  const blocking = judged('Budapest may well retaliate by blocking decisions.', 'en', 'blocking');
  assert.equal(summary(blocking), 'POSSIBLE/POS/FUTURE/NONE/COMMITTED [author]');
  assert.equal(blocking.time.rule, 'factuality.gerund-adjunct');
  assert.equal(summary(judged('Budapest retaliated by blocking decisions.', 'en', 'blocking')), 'CERTAIN/POS/NON_FUTURE/NONE/COMMITTED [author]');
  // an English "-ing" adjunct without its marker only describes
  assert.notEqual(judged('The jet can fly for twenty hours, giving it a long range.', 'en', 'giving').time.rule, 'factuality.gerund-adjunct');
  const bloccando = judged('Il governo risponderà bloccando le importazioni.', 'it', 'bloccando');
  assert.equal(bloccando.time.value, 'FUTURE');
});

test('dependency scope: a noun event that is the subject of a hedge predicate is predicted: ahead, with the hedge', () => {
  const talks = analyze('Talks seem unlikely before November.', 'en');
  parse(talks, [[2, 'nsubj'], [0, 'root'], [2, 'xcomp'], [5, 'case'], [2, 'obl'], [2, 'punct']]);
  const t = judge(talks, 'Talks');
  assert.equal(summary(t), 'PROBABLE/NEG/FUTURE/NONE/COMMITTED [author]');
  assert.equal(t.time.rule, 'factuality.predicted-subject');
  const protests = analyze('More protests are likely this weekend.', 'en');
  parse(protests, [[2, 'amod'], [4, 'nsubj'], [4, 'cop'], [0, 'root'], [6, 'det'], [4, 'obl'], [4, 'punct']]);
  assert.equal(summary(judge(protests, 'protests')), 'PROBABLE/POS/FUTURE/NONE/COMMITTED [author]');
  // with a perfect the predicted act lies behind
  const planned = analyze('The attack is likely to have been planned.', 'en');
  parse(planned, [[2, 'det'], [4, 'nsubj'], [4, 'cop'], [0, 'root'], [8, 'mark'], [8, 'aux'], [8, 'aux:pass'], [4, 'xcomp'], [4, 'punct']]);
  assert.notEqual(judge(planned, 'attack').time.value, 'FUTURE');
});

test('with a parse, a goal infinitive looks ahead only for the infinitive itself, not a finite verb the clause heuristics put after it', () => {
  const doc = runPipeline('The regional government, which needs Turkey to export its oil, merely condemned the shelling.', { language: 'en', published: '2024-05-10' });
  const condemned = doc.events.find((e) => e.trigger.text === 'condemned');
  assert.equal(condemned?.factuality.time.value, 'NON_FUTURE');
});

test('with a parse, a fronted purpose clause and an if-clause reach only the verbs below their own', () => {
  const deployed = runPipeline('Per blindare la cerimonia il governo aveva schierato migliaia di militari a Caracas.', { language: 'it', published: '2025-01-11' })
    .events.find((e) => e.trigger.text === 'schierato');
  assert.equal(deployed?.factuality.certainty.value, 'CERTAIN');
  const doc = analyze('Mickoski accuses the government, and if the vote fails, Bulgaria could block it.', 'en');
  parse(doc, [
    [2, 'nsubj'], [0, 'root'], [4, 'det'], [2, 'obj'], [14, 'punct'], [14, 'cc'], [10, 'mark'], [9, 'det'], [10, 'nsubj'],
    [14, 'advcl'], [10, 'punct'], [14, 'nsubj'], [14, 'aux'], [2, 'conj'], [14, 'obj'], [2, 'punct'],
  ]);
  assert.equal(judge(doc, 'accuses').special.value, 'NONE');
});

test('"al potere" is power, no modal', () => {
  const doc = runPipeline("A marzo la giunta al potere a Niamey aveva denunciato l'accordo militare con Washington.", { language: 'it', published: '2024-05-10' });
  assert.equal(doc.events.find((e) => e.trigger.text === 'denunciato')?.factuality.certainty.value, 'CERTAIN');
});

test('dependency scope: a finite verb the parse joined to an adjective is a conjunct of the verb above, not under it', () => {
  const doc = analyze('Moscow dismissed the measures as illegal and vowed retaliation.', 'en');
  parse(doc, [[2, 'nsubj'], [0, 'root'], [4, 'det'], [2, 'obj'], [6, 'mark'], [2, 'xcomp'], [8, 'cc'], [6, 'conj'], [8, 'obj'], [2, 'punct']]);
  doc.tokens[7].feats = { ...doc.tokens[7].feats, VerbForm: 'Fin' };
  doc.tokens[7].pos = 'VERB';
  assert.equal(summary(judge(doc, 'vowed')), 'CERTAIN/POS/NON_FUTURE/NONE/COMMITTED [author]');
  assert.equal(judge(doc, 'illegal').polarity.value, 'NEG', 'the adjective itself stays under the dismissal');
});
