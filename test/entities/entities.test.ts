import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runPipeline } from '../../src/core/pipeline.js';
import type { CronacaDocument, Entity, Mention } from '../../src/core/types.js';
import { entityById, entityForSpan, mentionAt, mentionsInSentence } from '../../src/stages/entities/index.js';

function analyse(text: string, language: string): CronacaDocument {
  return runPipeline(text, { language });
}

function mention(doc: CronacaDocument, text: string, nth = 0): Mention {
  const found = doc.mentions.filter((m) => m.text === text);
  assert.ok(found[nth], `no mention "${text}" (#${nth}) in ${JSON.stringify(doc.mentions.map((m) => m.text))}`);
  return found[nth];
}

function entity(doc: CronacaDocument, text: string, nth = 0): Entity {
  const e = entityById(doc, mention(doc, text, nth).entity);
  assert.ok(e);
  return e;
}

/** The texts of the mentions, without the modifiers kept inside longer ones (tested on their own below). */
function texts(doc: CronacaDocument): string[] {
  return doc.mentions.filter((m) => m.within === undefined).map((m) => m.text);
}

test('it: role + demonym + known name is one mention; cities get coordinates', () => {
  const doc = analyse('Il presidente kazako Kassym-Jomart Tokayev ha incontrato a Mosca il presidente russo Vladimir Putin.', 'it');
  assert.deepEqual(texts(doc), ['presidente kazako Kassym-Jomart Tokayev', 'Mosca', 'presidente russo Vladimir Putin']);
  const tokayev = entity(doc, 'presidente kazako Kassym-Jomart Tokayev');
  assert.equal(tokayev.name, 'Kassym-Jomart Tokayev');
  assert.equal(tokayev.type, 'PER');
  assert.equal(tokayev.country, 'KAZ');
  assert.deepEqual(tokayev.sectors, ['GOV']);
  assert.equal(mention(doc, 'presidente kazako Kassym-Jomart Tokayev').kind, 'name');
  assert.equal(mention(doc, 'presidente kazako Kassym-Jomart Tokayev').rule,
    'world:actors:kassym-jomart-tokayev+it:roles:president+it:demonyms:KAZ');
  const moscow = entity(doc, 'Mosca');
  assert.equal(moscow.name, 'Moscow');
  assert.equal(moscow.type, 'GPE');
  assert.equal(moscow.country, 'RUS');
  assert.equal(moscow.geonameid, 524901);
  assert.deepEqual(moscow.coordinates, { lat: 55.7522, lon: 37.6156 });
  assert.equal(entity(doc, 'presidente russo Vladimir Putin').wikidata, 'Q7747');
});

test('a role + name mention carries the span of the name proper; a bare name has none', () => {
  const doc = analyse('Il senatore Lucio Ferrandi ha criticato il governo. Ferrandi ha poi lasciato Genova.', 'it');
  const full = mention(doc, 'senatore Lucio Ferrandi');
  assert.ok(full.name);
  assert.equal(doc.text.slice(full.name.start, full.name.end), 'Lucio Ferrandi');
  assert.equal(full.name.end, full.end);
  assert.equal(mention(doc, 'Ferrandi').name, undefined);
  assert.equal(mention(doc, 'Genova').name, undefined);
  const en = analyse('Senator Lucy Fernham criticised the plan.', 'en');
  const lucy = mention(en, 'Senator Lucy Fernham');
  assert.equal(en.text.slice(lucy.name?.start, lucy.name?.end), 'Lucy Fernham');
});

test('it: countries by full, short and official names; "usa" the verb is not the USA', () => {
  const doc = analyse('Gli Stati Uniti e il Regno Unito hanno criticato la Corea del Nord. Il governo usa la forza. Gli Usa protestano.', 'it');
  assert.deepEqual(doc.entities.filter((e) => e.type === 'GPE').map((e) => e.country), ['USA', 'GBR', 'PRK']);
  assert.equal(mention(doc, 'Usa').entity, mention(doc, 'Stati Uniti').entity);
  assert.equal(entity(doc, 'Stati Uniti').name, 'United States');
  assert.equal(entity(doc, 'Stati Uniti').wikidata, 'Q30');
  assert.ok(!texts(doc).includes('usa'));
});

test('it: an institution written with a lower-case first word is found when a capital further on marks the name', () => {
  const doc = analyse('Il dipartimento di Stato americano ha criticato la decisione. Gli stati uniti del continente non hanno risposto.', 'it');
  assert.equal(entity(doc, 'dipartimento di Stato americano').name, 'US State Department');
  // A phrase with no capital at all is still no name.
  assert.ok(!texts(doc).some((t) => t.toLowerCase().includes('stati uniti')), JSON.stringify(texts(doc)));
});

test('a bare plural role is a group of its holders; a bare singular one stays a title', () => {
  const en = analyse('Ministers will decide on Monday. He was elected president in May.', 'en');
  assert.equal(mention(en, 'Ministers').kind, 'role');
  assert.ok(!texts(en).includes('president'), JSON.stringify(texts(en)));
  const it = analyse('Ministri e sindacati si incontreranno lunedì.', 'it');
  assert.equal(mention(it, 'Ministri').kind, 'role');
});

test('it: exonyms and historical names of cities', () => {
  const doc = analyse('Da Alma-Ata a Pechino, passando per Ginevra e Napoli.', 'it');
  assert.deepEqual(doc.entities.map((e) => [e.name, e.country]), [
    ['Almaty', 'KAZ'], ['Beijing', 'CHN'], ['Geneva', 'CHE'], ['Naples', 'ITA'],
  ]);
  assert.equal(mention(doc, 'Alma-Ata').rule, 'it:exonyms:1526384');
  const capitals = analyse('Le delegazioni sono partite da Zagabria, Addis Abeba e Mogadiscio.', 'it');
  assert.deepEqual(capitals.entities.map((e) => [e.name, e.country]), [['Zagreb', 'HRV'], ['Addis Ababa', 'ETH'], ['Mogadishu', 'SOM']]);
});

test('it: groups take a country from a demonym, an "of" complement or the context', () => {
  const doc = analyse(
    'Le proteste sono scoppiate in Kazakistan. Le forze di sicurezza kazake hanno disperso i manifestanti. ' +
      'La polizia di Almaty ha arrestato dieci persone. I servizi segreti russi non hanno commentato.',
    'it',
  );
  const forces = entity(doc, 'forze di sicurezza kazake');
  assert.deepEqual([forces.name, forces.type, forces.country, forces.sectors], ['Kazakhstan security forces', 'GROUP', 'KAZ', ['COP']]);
  assert.equal(mention(doc, 'forze di sicurezza kazake').kind, 'group');
  const protesters = entity(doc, 'manifestanti');
  assert.deepEqual([protesters.country, protesters.sectors], ['KAZ', ['CVL']]);
  assert.equal(mention(doc, 'manifestanti').rule, 'it:groups:protesters+entities.context-country');
  const police = entity(doc, 'polizia');
  assert.deepEqual([police.name, police.country, police.sectors], ['police of Almaty', 'KAZ', ['COP']]);
  const spies = entity(doc, 'servizi segreti russi');
  assert.deepEqual([spies.name, spies.country, spies.sectors], ['Russia intelligence services', 'RUS', ['SPY']]);
});

test('weapons with a country are its armed forces; weapons alone are no actor', () => {
  const en = analyse('The war entered its third year. Russian missiles struck Kharkiv overnight, and missiles also hit Odesa.', 'en');
  const missiles = entity(en, 'Russian missiles');
  assert.deepEqual([missiles.name, missiles.type, missiles.country, missiles.sectors], ['Russia armed forces', 'GROUP', 'RUS', ['MIL']]);
  assert.deepEqual(en.mentions.filter((m) => m.text === 'missiles'), [], 'bare "missiles" takes no country from the context');
  const it = analyse('I droni ucraini hanno attaccato una raffineria russa.', 'it');
  assert.deepEqual([entity(it, 'droni ucraini').country, entity(it, 'droni ucraini').sectors], ['UKR', ['MIL']]);
});

test('it: acronym aliases, the Alliance anaphor and peacekeepers of the organisation', () => {
  const doc = analyse(
    "Tokayev si è rivolto alla CSTO per inviare forze di pace. L'OTSC ha accettato e le forze armate dell'Alleanza sono arrivate.",
    'it',
  );
  const csto = entity(doc, 'CSTO');
  assert.equal(csto.name, 'Collective Security Treaty Organization');
  assert.equal(csto.country, 'IGO');
  assert.equal(mention(doc, 'OTSC').entity, csto.id);
  assert.equal(mention(doc, 'Alleanza').entity, csto.id);
  assert.equal(mention(doc, 'Alleanza').kind, 'alias');
  assert.equal(mention(doc, 'CSTO').kind, 'acronym');
  const peace = entity(doc, 'forze di pace');
  assert.deepEqual([peace.name, peace.country, peace.sectors], ['Collective Security Treaty Organization peacekeepers', 'IGO', ['MIL']]);
  assert.equal(entity(doc, 'forze armate').name, 'armed forces of Collective Security Treaty Organization');
  assert.deepEqual(csto.mentions, [mention(doc, 'CSTO').id, mention(doc, 'OTSC').id, mention(doc, 'Alleanza').id]);
});

test('it: "il partito" and "l\'agenzia" refer back to the last party and agency named; regional organisations by Italian name and title-case acronym', () => {
  const doc = analyse("La polizia ha perquisito la sede di Fratelli d'Italia. Il governo ha accusato il partito di aver mentito.", 'it');
  assert.equal(mention(doc, 'partito').entity, entity(doc, "Fratelli d'Italia").id);
  const igo = analyse("La Comunità di sviluppo dell'Africa australe ha sospeso il Madagascar. La Csto e la Cedeao hanno taciuto.", 'it');
  assert.equal(entity(igo, "Comunità di sviluppo dell'Africa australe").name, 'SADC');
  assert.equal(entity(igo, 'Csto').name, 'Collective Security Treaty Organization');
  assert.equal(entity(igo, 'Cedeao').name, 'ECOWAS');
});

test('it: bare roles link to the last holder; unknown names by surname; no names at clause starts', () => {
  const doc = analyse(
    'Il ministro degli Esteri Mario Bianchi è arrivato. Probabilmente il ministro degli Esteri parlerà domani. ' +
      'Contemporaneamente Bianchi ha incontrato il capo dei servizi segreti.',
    'it',
  );
  assert.deepEqual(texts(doc), ['ministro degli Esteri Mario Bianchi', 'ministro degli Esteri', 'Bianchi', 'capo', 'servizi segreti']);
  const bianchi = entity(doc, 'ministro degli Esteri Mario Bianchi');
  assert.deepEqual([bianchi.name, bianchi.type, bianchi.sectors], ['Mario Bianchi', 'PER', ['GOV']]);
  assert.equal(mention(doc, 'ministro degli Esteri').entity, bianchi.id);
  assert.equal(mention(doc, 'Bianchi').entity, bianchi.id);
  const head = entity(doc, 'capo');
  assert.deepEqual([head.type, head.sectors], ['PER', ['SPY']]);
  assert.equal(mention(doc, 'capo').kind, 'role');
});

test('it: organisation keyword names, with lower-case continuation and initials', () => {
  const doc = analyse('Il Consiglio di sicurezza nazionale si è riunito. Il Partito Popolare Unito (PPU) ha protestato.', 'it');
  assert.ok(texts(doc).includes('Consiglio di sicurezza nazionale'));
  assert.equal(entity(doc, 'Consiglio di sicurezza nazionale').type, 'ORG');
  assert.equal(mention(doc, 'PPU').entity, mention(doc, 'Partito Popolare Unito').entity);
});

test('en: modifiers before the noun, former officials, bare roles and the Alliance', () => {
  const doc = analyse(
    'Russian President Vladimir Putin met Kazakh President Kassym-Jomart Tokayev in Moscow. ' +
      'The president thanked the Collective Security Treaty Organization. The Alliance sent troops. ' +
      'Former defence minister John Harker criticised NATO troops and Kazakh security forces.',
    'en',
  );
  assert.deepEqual(texts(doc), [
    'Russian President Vladimir Putin', 'Kazakh President Kassym-Jomart Tokayev', 'Moscow', 'president',
    'Collective Security Treaty Organization', 'Alliance', 'troops', 'Former defence minister John Harker', 'NATO troops',
    'Kazakh security forces',
  ]);
  assert.equal(mention(doc, 'president').entity, mention(doc, 'Kazakh President Kassym-Jomart Tokayev').entity);
  assert.equal(mention(doc, 'Alliance').entity, mention(doc, 'Collective Security Treaty Organization').entity);
  const harker = entity(doc, 'Former defence minister John Harker');
  assert.deepEqual([harker.name, harker.sectors], ['John Harker', ['ELI']]);
  const nato = entity(doc, 'NATO troops');
  assert.deepEqual([nato.name, nato.country, nato.sectors], ['NATO troops', 'IGO', ['MIL']]);
  assert.equal(entity(doc, 'Kazakh security forces').country, 'KAZ');
});

test('en: capitalised words at sentence start are not places or names', () => {
  const doc = analyse('Nice weather returned to Nice on Monday. Meanwhile the Ministry of Defence in London said nothing.', 'en');
  assert.deepEqual(texts(doc), ['Nice', 'Ministry of Defence', 'London']);
  assert.equal(mention(doc, 'Nice').start, 25);
  assert.equal(entity(doc, 'Ministry of Defence').type, 'ORG');
  assert.equal(entity(doc, 'London').country, 'GBR');
});

test('helpers: mentionAt, mentionsInSentence, entityForSpan', () => {
  const doc = analyse('Le truppe russe sono entrate in Ucraina. Zelensky ha chiesto aiuto alla NATO.', 'it');
  const troops = mention(doc, 'truppe russe');
  assert.equal(mentionAt(doc, troops.tokenStart)?.id, troops.id);
  assert.equal(mentionAt(doc, troops.tokenStart - 1), undefined);
  assert.deepEqual(mentionsInSentence(doc, 1).map((m) => m.text), ['Zelensky', 'NATO']);
  const e = entityForSpan(doc, troops.tokenStart - 1, troops.tokenEnd);
  assert.deepEqual([e?.name, e?.country], ['Russia troops', 'RUS']);
  assert.equal(entity(doc, 'Zelensky').name, 'Volodymyr Zelensky');
});

test('it: members of a family take the family sector; the head of a service takes its sector', () => {
  const doc = analyse(
    "I membri della famiglia di Nazarbayev hanno lasciato i loro incarichi. Il capo dei servizi di intelligence è stato arrestato.",
    'it',
  );
  const members = entity(doc, 'membri');
  assert.deepEqual([members.name, members.country, members.sectors], ['members of family of Nursultan Nazarbayev', 'KAZ', ['ELI']]);
  const family = entity(doc, 'famiglia');
  assert.deepEqual([family.name, family.sectors], ['family of Nursultan Nazarbayev', ['ELI']]);
  const head = entity(doc, 'capo');
  assert.deepEqual([head.type, head.sectors, head.name], ['PER', ['SPY'], 'head of intelligence services']);
});

test('it: a role and its "of" complement in apposition to a name are that person', () => {
  const doc = analyse(
    'Il portavoce del Cremlino, Dmitrij Peskov, ha risposto. Mario Rossi, presidente dell\'associazione Libera Terra, ha protestato.',
    'it',
  );
  assert.equal(mention(doc, 'portavoce').entity, mention(doc, 'Dmitrij Peskov').entity);
  assert.equal(mention(doc, 'portavoce').rule, 'it:roles:spokesperson+entities.apposition');
  assert.equal(mention(doc, 'presidente').entity, mention(doc, 'Mario Rossi').entity);
  const ngo = entity(doc, 'Libera Terra');
  assert.deepEqual([ngo.type, mention(doc, 'Libera Terra').rule], ['ORG', 'entities.org-noun']);
});

test('en: possessive owners, apposition, nationality nouns, regions and states', () => {
  const doc = analyse(
    "Ukraine's foreign minister, Andrii Sybiha, spoke in Brussels. Israeli forces killed 12 Palestinians in the West Bank. " +
      'Senator Jane Doe, a Republican from South Carolina, disagreed.',
    'en',
  );
  assert.deepEqual(texts(doc), [
    'Ukraine', 'foreign minister', 'Andrii Sybiha', 'Brussels', 'Israeli forces', 'Palestinians', 'West Bank',
    'Senator Jane Doe', 'Republican', 'South Carolina',
  ]);
  assert.equal(mention(doc, 'foreign minister').entity, mention(doc, 'Andrii Sybiha').entity);
  const palestinians = entity(doc, 'Palestinians');
  assert.deepEqual([palestinians.type, palestinians.country, palestinians.name], ['GROUP', 'PSE', 'Palestine nationals']);
  // regions with a government of their own are GPE (docs/annotation.md §8), regions of the gazetteer
  assert.deepEqual([entity(doc, 'West Bank').type, entity(doc, 'West Bank').country, entity(doc, 'West Bank').placeKind], ['GPE', 'PSE', 'region']);
  assert.deepEqual([entity(doc, 'South Carolina').type, entity(doc, 'Brussels').placeKind, entity(doc, 'Ukraine').placeKind], ['GPE', 'city', 'country']);
  const doe = entity(doc, 'Senator Jane Doe');
  assert.deepEqual([doe.name, doe.country, doe.sectors], ['Jane Doe', 'USA', ['LEG']]);
  assert.equal(entity(doc, 'South Carolina').country, 'USA');
});

test('a name or nationality that modifies a group or a role is a mention of its own inside it', () => {
  const en = analyse('Labour leader Mark Osei demanded an election. EU leaders met in Brussels. Russian troops advanced, and Taliban fighters dispersed the crowd.', 'en');
  const nested = en.mentions.filter((m) => m.within !== undefined).map((m) => `${m.text} ${m.type} ${m.kind} in "${en.mentions.find((o) => o.id === m.within)?.text}"`);
  assert.deepEqual(nested, [
    'Labour ORG name in "Labour leader Mark Osei"', 'EU ORG acronym in "EU leaders"', 'Russian GPE demonym in "Russian troops"', 'Taliban ORG name in "Taliban fighters"',
  ]);
  // its entity is the organisation or country itself, which lists the mention
  const eu = en.mentions.find((m) => m.text === 'EU')!;
  assert.equal(entity(en, 'EU').name, 'European Union');
  assert.ok(en.entities.find((e) => e.id === eu.entity)?.mentions.includes(eu.id));
  // after the noun in Italian
  const it = analyse('Le truppe russe sono avanzate.', 'it');
  assert.deepEqual(it.mentions.map((m) => `${m.text}${m.within ? ' within' : ''}`), ['truppe russe', 'russe within']);
});

test('mentions are sorted, never overlap (but for the modifiers inside), and entities list their mentions in order', () => {
  const doc = analyse(
    'Il presidente russo Vladimir Putin ha incontrato a Mosca il presidente kazako Tokayev. Le forze di sicurezza kazake ' +
      "hanno arrestato l'ex capo dei servizi segreti Karim Massimov. La CSTO ha inviato forze di pace; l'Alleanza si è ritirata. " +
      'Il ministro degli Esteri Sergej Lavrov ha parlato con il segretario generale dell\'ONU António Guterres a Ginevra.',
    'it',
  );
  const outer = doc.mentions.filter((m) => m.within === undefined);
  for (let i = 1; i < outer.length; i++) {
    assert.ok(outer[i - 1].end <= outer[i].start, `${outer[i - 1].text} / ${outer[i].text}`);
  }
  for (let i = 1; i < doc.mentions.length; i++) assert.ok(doc.mentions[i - 1].start <= doc.mentions[i].start);
  for (const m of doc.mentions) {
    if (m.within === undefined) continue;
    const o = doc.mentions.find((x) => x.id === m.within);
    assert.ok(o && o.start <= m.start && m.end <= o.end, `${m.text} inside ${o?.text}`);
  }
  for (const m of doc.mentions) {
    assert.equal(m.text, doc.text.slice(m.start, m.end));
    assert.equal(m.start, doc.tokens[m.tokenStart].start);
    assert.equal(m.end, doc.tokens[m.tokenEnd - 1].end);
  }
  const ids = new Set(doc.mentions.map((m) => m.id));
  for (const e of doc.entities) {
    assert.ok(e.mentions.length > 0);
    for (const id of e.mentions) assert.ok(ids.has(id));
    const order = e.mentions.map((id) => doc.mentions.findIndex((m) => m.id === id));
    assert.deepEqual(order, [...order].sort((a, b) => a - b));
  }
  assert.deepEqual(doc.entities.map((e) => e.id), doc.entities.map((_, i) => `E${i + 1}`));
  assert.equal(mention(doc, 'ex capo').entity, mention(doc, 'Karim Massimov').entity);
  assert.deepEqual(entity(doc, 'servizi segreti').sectors, ['SPY']);
  assert.equal(mention(doc, 'segretario generale').entity, mention(doc, 'António Guterres').entity);
});

test('en: headline lines and holidays do not make names; datelines still give places', () => {
  const doc = analyse(
    'Thousands Rally In Paris Against Pension Reform\nPARIS (AP) — On Thursday, after Christmas, protesters marched in Lyon.',
    'en',
  );
  assert.deepEqual(texts(doc), ['Paris', 'PARIS', 'AP', 'protesters', 'Lyon']);
  assert.equal(mention(doc, 'PARIS').entity, mention(doc, 'Paris').entity);
  assert.deepEqual([entity(doc, 'protesters').country, entity(doc, 'AP').name], ['FRA', 'Associated Press']);
});

test('it: compound roles, particles inside surnames, bare national roles take the country in focus', () => {
  const doc = analyse(
    'Il presidente della Repubblica Sergio Mattarella ha incontrato il presidente del Consiglio a Roma. ' +
      'Giovanni Di Maio, sindaco di Torre del Greco, era presente.',
    'it',
  );
  assert.deepEqual(texts(doc), [
    'presidente della Repubblica Sergio Mattarella', 'presidente del Consiglio', 'Roma', 'Giovanni Di Maio', 'sindaco', 'Torre del Greco',
  ]);
  const pm = entity(doc, 'presidente del Consiglio');
  assert.deepEqual([pm.name, pm.country, pm.sectors], ['Italy prime minister', 'ITA', ['GOV']]);
  assert.equal(mention(doc, 'presidente del Consiglio').rule, 'it:roles:prime-minister+entities.context-country');
  assert.equal(mention(doc, 'sindaco').entity, mention(doc, 'Giovanni Di Maio').entity);
  assert.deepEqual(entity(doc, 'Torre del Greco').coordinates, { lat: 40.7893, lon: 14.3681 });
});

test('dependencies fold into their controlling state; same-named cities follow the countries of the text', () => {
  const doc = analyse('Gli Stati Uniti hanno inviato aiuti a Porto Rico e a San Juan. La Groenlandia non è in vendita.', 'it');
  assert.deepEqual(doc.entities.map((e) => [e.name, e.country]), [
    ['United States', 'USA'], ['Puerto Rico', 'USA'], ['San Juan', 'USA'], ['Greenland', 'DNK'],
  ]);
  assert.equal(mention(doc, 'San Juan').rule, 'world:cities:4568127+entities.city-context');
  const alone = analyse('Il sindaco di San Juan ha parlato.', 'it');
  assert.equal(entity(alone, 'San Juan').country, 'ARG');
});

test('en: organisation names with a country adjective; actors as modifiers of roles', () => {
  const doc = analyse(
    'The Russian Orthodox Church backed the war. Kremlin spokesman Dmitry Peskov said UN Secretary-General António Guterres was wrong. ' +
      'Pro-Russian separatists shelled Donetsk.',
    'en',
  );
  assert.deepEqual(texts(doc), [
    'Russian Orthodox Church', 'Kremlin spokesman Dmitry Peskov', 'UN Secretary-General António Guterres', 'separatists', 'Donetsk',
  ]);
  const church = entity(doc, 'Russian Orthodox Church');
  assert.deepEqual([church.type, church.country], ['ORG', 'RUS']);
  const guterres = entity(doc, 'UN Secretary-General António Guterres');
  assert.deepEqual([guterres.name, guterres.country], ['António Guterres', 'UNO']);
});

test('it: a surname with its particle links back to the full name, also at a sentence start', () => {
  const doc = analyse('Giovanni Di Maio è arrivato. Di Maio ha detto che la Russia sbaglia.', 'it');
  assert.deepEqual(texts(doc), ['Giovanni Di Maio', 'Di Maio', 'Russia']);
  assert.equal(mention(doc, 'Di Maio').entity, mention(doc, 'Giovanni Di Maio').entity);
  assert.deepEqual(entity(doc, 'Di Maio').mentions, ['M1', 'M2']);
});

test('en: the surname of a known person opening a sentence is that person, whatever its tag', () => {
  const doc = analyse("Serbia's president Aleksandar Vucic spoke on Sunday. Vucic accused foreign services of funding the protests.", 'en');
  assert.equal(entity(doc, 'Vucic').name, entity(doc, 'president Aleksandar Vucic').name);
  // A capitalised common word opening a sentence stays no name.
  const other = analyse('The National Guard was deployed. Protesters gathered in the square.', 'en');
  assert.ok(!texts(other).includes('Protesters') || mention(other, 'Protesters').kind === 'group');
});

test('an acronym in brackets after a name whose initials it spells is that name, there and later, whatever the gazetteer reads it as', () => {
  const doc = analyse('Sudan\'s army and the paramilitary Rapid Support Forces (RSF) fought in Khartoum on Monday. The RSF said it would respond. Reporters Without Borders (RWB) condemned the shelling.', 'en');
  const rsf = entity(doc, 'Rapid Support Forces');
  assert.equal(entity(doc, 'RSF', 0).id, rsf.id);
  assert.equal(entity(doc, 'RSF', 1).id, rsf.id);
  assert.match(mention(doc, 'RSF', 1).rule, /entities\.bracketed-initials/);
  // initials that do not match leave the acronym to the gazetteer
  assert.notEqual(entity(doc, 'RSF').name, 'Reporters Without Borders');
});

test("a role after an owner's possessive and a modifier is a mention of that owner's official", () => {
  const doc = analyse("Japan's health minister criticised the plan, and his deputy minister resigned.", 'en');
  assert.equal(mention(doc, 'minister').kind, 'role');
  assert.equal(entity(doc, 'minister').country, 'JPN');
  assert.equal(mention(doc, 'minister', 1).kind, 'role');
});

test('a name in apposition to a role holds the role: its sectors and country', () => {
  const doc = analyse('The Australian foreign minister, Penny Wong, criticised the plan.', 'en');
  assert.equal(entity(doc, 'Penny Wong').country, 'AUS');
  assert.deepEqual(entity(doc, 'Penny Wong').sectors, ['GOV']);
  // the role is still a mention of its own
  assert.equal(mention(doc, 'Australian foreign minister').kind, 'role');
});
