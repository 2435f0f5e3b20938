// Source and target through the real pipeline (tagger, parser, entities, events) on sentences
// written for this test, one per construction that word-order heuristics get wrong. Needs the
// parser models in models/<lang>/; skipped, saying so, without them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/core/packs.js';
import { runPipeline } from '../../src/core/pipeline.js';
import { antecedentOf, mentionById } from '../../src/stages/entities/index.js';
import type { ActorRef, CronacaDocument } from '../../src/core/types.js';

const skip = (lang: string): false | string => (existsSync(join(PROJECT_ROOT, 'models', lang, 'parser.bin')) ? false : `no ${lang} parser model`);

function eventsOf(lang: string, text: string): CronacaDocument {
  return runPipeline(text, { language: lang, published: '2024-05-02' });
}

/** An actor's text; a resolved pronoun as "him -> the words of its antecedent". */
function actorText(doc: CronacaDocument, a: ActorRef): string {
  const m = a.mention === undefined ? undefined : mentionById(doc, a.mention);
  const ante = m && antecedentOf(doc, m);
  return ante ? `${a.text} -> ${ante.text}` : a.text;
}

function roles(doc: CronacaDocument, trigger: string): { source: string[]; target: string[]; rules: string[] } {
  const e = doc.events.find((x) => x.trigger.text === trigger);
  assert.ok(e, `no event on "${trigger}": ${doc.events.map((x) => x.trigger.text).join(', ')}`);
  return { source: e.source.map((a) => actorText(doc, a)), target: e.target.map((a) => actorText(doc, a)), rules: [...e.source, ...e.target].map((a) => a.rule) };
}

// `todo`: a case the shipped parser gets wrong, run and reported but not failing the suite.
const CASES: { lang: string; name: string; text: string; trigger: string; source: string[]; target: string[]; todo?: string }[] = [
  { lang: 'it', name: 'subject drop carries the previous subject', text: "Il governo serbo ha chiesto l'intervento dell'ONU. Ha poi espulso l'ambasciatore croato.", trigger: 'espulso', source: ['governo serbo'], target: ['ambasciatore croato'] },
  { lang: 'it', name: 'a subject that names no actor is not replaced by an earlier one', text: "La polizia ha arrestato il dissidente Ivan Petrov lunedì. Il quotidiano ha definito illegale l'arresto e ha accusato il governo di repressione.", trigger: 'accusato', source: [], target: ['governo'] },
  { lang: 'it', name: 'passive with a "per" oblique before the agent', text: 'Il generale Petrov è stato arrestato per tradimento dai servizi segreti bulgari.', trigger: 'arrestato', source: ['servizi segreti bulgari'], target: ['generale Petrov'] },
  { lang: 'it', name: '"da parte di" agent of a noun', text: "L'arresto del giornalista da parte della polizia ungherese ha provocato proteste.", trigger: 'arresto', source: ['polizia ungherese'], target: ['giornalista'] },
  { lang: 'it', name: 'preverbal clitic with no antecedent: the clitic itself, no guessed actor', text: 'Il premier lo ha arrestato.', trigger: 'arrestato', source: ['premier'], target: ['lo'] },
  { lang: 'en', name: 'an object pronoun for things with no antecedent: no target', text: 'The ministry rejected it on Monday.', trigger: 'rejected', source: ['ministry'], target: [] },
  { lang: 'it', name: 'preverbal clitic refers to an earlier actor', text: 'La polizia ha fermato il dissidente Ivan Petrov domenica. Un tribunale lo ha condannato a nove anni.', trigger: 'condannato', source: ['tribunale'], target: ['lo -> dissidente Ivan Petrov'] },
  { lang: 'it', name: 'a clitic object of a verb that takes persons is not hidden by a nearer thing', text: 'Il deputato Marco Rossi ha scelto lo scontro con il governo. Il tribunale lo ha condannato a due anni.', trigger: 'condannato', source: ['tribunale'], target: ['lo -> deputato Marco Rossi'] },
  { lang: 'it', name: 'an enclitic object is resolved, and not to the controller of its infinitive', text: 'Evo Morales è stato attaccato domenica: lui accusa il governo di aver tentato di ucciderlo.', trigger: 'ucciderlo', source: ['governo'], target: ['lo -> Evo Morales'] },
  { lang: 'it', name: 'an enclitic object meets the object condition of its verb', text: 'Carles Puigdemont è tornato a Barcellona, ma la polizia non è riuscita a fermarlo.', trigger: 'fermarlo', source: ['polizia'], target: ['lo -> Carles Puigdemont'] },
  { lang: 'it', name: 'an enclitic object in a complement of a refusal', text: 'Il giornalista Marco Rossi era stato fermato a Minsk. Un tribunale ha rifiutato di estradarlo.', trigger: 'estradarlo', source: ['tribunale'], target: ['lo -> giornalista Marco Rossi'] },
  { lang: 'it', name: 'a named person satisfies an object condition listing persons (@per)', text: 'La polizia ha fermato Pavel Orlov per alcune ore.', trigger: 'fermato', source: ['polizia'], target: ['Pavel Orlov'] },
  { lang: 'en', name: 'a possessive names the owner of the object: its owner is the target', text: 'Mexico broke off diplomatic relations with Ecuador after Ecuadorian soldiers stormed its embassy in Quito.', trigger: 'stormed', source: ['Ecuadorian soldiers'], target: ['its -> Mexico'] },
  { lang: 'en', name: 'a possessive of the subject\'s own is no target', text: 'Russia recalled its ambassador on Monday.', trigger: 'recalled', source: ['Russia'], target: [] },
  { lang: 'en', name: 'a person\'s possessive after a body is someone else\'s: the object is the target', text: 'Parliament ousted his government in a vote of no confidence.', trigger: 'ousted', source: ['Parliament'], target: ['government'] },
  { lang: 'en', name: 'a possessive on a noun trigger is its target', text: 'Opposition leader Anna Berg fled to Vilnius. A court in Minsk issued a warrant for her arrest.', trigger: 'warrant', source: ['court'], target: ['her -> Opposition leader Anna Berg'] },
  { lang: 'en', name: 'a reply verb\'s "with" phrase is the subject\'s act', text: 'Beijing retaliated with tariffs on Australian wine.', trigger: 'tariffs', source: ['Beijing'], target: ['Australian'] },
  { lang: 'it', name: 'a reply verb\'s "con" phrase is the subject\'s act', text: 'Ottawa ha risposto con nuovi dazi sulle merci americane.', trigger: 'dazi', source: ['Ottawa'], target: ['americane'] },
  { lang: 'it', name: 'a nationality\'s goods hit by a measure hung on its support verb ("su" is no "at" for a sanction)', text: 'Il Canada ha imposto dazi sulle merci americane.', trigger: 'dazi', source: ['Canada'], target: ['americane'] },
  { lang: 'en', name: 'a nationality\'s goods hit by a measure', text: 'The European Union imposed sanctions on Russian oil.', trigger: 'sanctions', source: ['European Union'], target: ['Russian'] },
  { lang: 'it', name: 'a passive "da" phrase naming an office is no agent', text: 'Il generale Petrov è stato rimosso dal suo posto di capo del Consiglio di sicurezza.', trigger: 'rimosso', source: [], target: ['generale Petrov'] },
  { lang: 'en', name: 'a passive "from" phrase naming an office is no agent; the "by" phrase is', text: 'General Petrov was removed from his post as head of the Security Council by President Ivanov.', trigger: 'removed', source: ['President Ivanov'], target: ['General Petrov'] },
  { lang: 'en', name: 'talks told as the occasion of the parties\' act are a meeting of those parties, hosted by a third', text: 'Saudi Arabia and Iran agreed on Friday to restore diplomatic relations, after several days of secret talks in Beijing hosted by China\'s top diplomat, Wang Yi.', trigger: 'talks', source: ['Saudi Arabia', 'Iran'], target: [] },
  { lang: 'it', name: 'colloqui told as the occasion of the parties\' act are their meeting', text: 'Armenia e Azerbaigian hanno firmato una dichiarazione comune dopo tre giorni di colloqui a Washington mediati dagli Stati Uniti.', trigger: 'colloqui', source: ['Armenia', 'Azerbaigian'], target: [] },
  { lang: 'it', name: 'dative clitic is the target of a blocking act', text: 'Il premier Ariel Henry si trova a Porto Rico. Le bande armate gli impediscono di rientrare.', trigger: 'impediscono', source: ['bande armate'], target: ['gli -> premier Ariel Henry'] },
  { lang: 'it', name: 'a noun after the verb that the parse makes a second subject is not the doer', text: 'Le truppe etiopi hanno bombardato Bahir Dar, uccidendo sei civili.', trigger: 'bombardato', source: ['truppe etiopi'], target: ['civili'] },
  { lang: 'it', name: 'an object the parse makes a second subject is the target', text: "La polizia ha arrestato l'attivista Ivan Sokolov.", trigger: 'arrestato', source: ['polizia'], target: ['attivista Ivan Sokolov'] },
  { lang: 'en', name: 'a subject after a temporal conjunction the parse read as a preposition', text: 'Pakistan struck militants in Iran on Thursday, two days after Iranian missiles and drones hit what Tehran called militant bases in Pakistan.', trigger: 'hit', source: ['Iranian missiles'], target: [] },
  { lang: 'en', name: 'a same-type participle adjunct is part of the attack: its victims are the target', text: 'Russian aircraft bombed a market in Idlib on Sunday, killing twelve civilians.', trigger: 'bombed', source: ['Russian aircraft'], target: ['civilians'] },
  { lang: 'en', name: 'the object of a support verb falls under the act its "under" phrase names', text: 'Soldiers placed Machar under house arrest on Wednesday.', trigger: 'house arrest', source: ['Soldiers'], target: ['Machar'] },
  { lang: 'it', name: 'the passive subject of a support verb falls under the act its "agli" phrase names', text: 'Il presidente è stato posto agli arresti domiciliari dai militari.', trigger: 'arresti domiciliari', source: ['militari'], target: ['presidente'] },
  { lang: 'it', name: 'relative clause subject', text: 'I manifestanti che hanno occupato la piazza sono stati dispersi dalla polizia.', trigger: 'occupato', source: ['manifestanti'], target: [] },
  { lang: 'it', name: 'passive subject of the main clause after a relative clause', text: 'I manifestanti che hanno occupato la piazza sono stati dispersi dalla polizia.', trigger: 'dispersi', source: ['polizia'], target: ['manifestanti'] },
  { lang: 'it', name: 'coordination shares the subject', text: 'Il presidente Vucic ha rimosso il ministro Dacic e arrestato il generale Mladenov.', trigger: 'arrestato', source: ['presidente Vucic'], target: ['generale Mladenov'] },
  { lang: 'it', name: 'reported act keeps its own subject', text: 'Secondo il ministro, la Russia ha attaccato la Georgia.', trigger: 'attaccato', source: ['Russia'], target: ['Georgia'] },
  { lang: 'en', name: 'pronoun subject refers to the previous subject', text: 'The Serbian government asked the UN to intervene. It then expelled the Croatian ambassador.', trigger: 'expelled', source: ['It -> Serbian government'], target: ['Croatian ambassador'] },
  { lang: 'en', name: 'object pronoun refers to an earlier actor, not to its own subject', text: 'Biden met Xi in Bali. He later accused him of spying.', trigger: 'accused', source: ['He -> Biden'], target: ['him -> Xi'] },
  { lang: 'en', name: 'a group named after a person is the group (compound)', text: 'Police detained several Navalny supporters in Moscow.', trigger: 'detained', source: ['Police'], target: ['supporters'] },
  { lang: 'en', name: 'a group named after a person is the group (passive subject)', text: 'Several Navalny supporters were arrested in Moscow on Sunday.', trigger: 'arrested', source: [], target: ['supporters'] },
  { lang: 'it', name: 'a group named after a person is the group', text: 'Alcuni sostenitori di Navalny sono stati fermati a Mosca.', trigger: 'fermati', source: [], target: ['sostenitori'] },
  { lang: 'en', name: 'weapons with a country stand for its armed forces', text: 'Russian missiles struck Kharkiv overnight.', trigger: 'struck', source: ['Russian missiles'], target: [] },
  { lang: 'it', name: 'weapons with a country stand for its armed forces', text: 'I droni ucraini hanno attaccato una raffineria russa.', trigger: 'attaccato', source: ['droni ucraini'], target: ['russa'] },
  { lang: 'en', name: 'a request\'s clausal complement names its target', text: 'Azerbaijan demanded that Moscow punish those responsible.', trigger: 'demanded', source: ['Azerbaijan'], target: ['Moscow'] },
  { lang: 'en', name: 'a promise\'s clausal complement does not', text: 'Rubio promised that the United States would respond.', trigger: 'promised', source: ['Rubio'], target: [] },
  { lang: 'en', name: 'the particle of a phrasal trigger read as a preposition: its noun is the object', text: 'A US fighter jet shot down a Chinese balloon.', trigger: 'shot down', source: ['US'], target: ['Chinese'] },
  { lang: 'en', name: 'the carried subject is the main clause\'s in the parse, not an earlier sentence\'s', text: 'Police arrested dozens of protesters. Trade unions, however, staged strikes at ports, schools and banks last month against fuel taxes demanded by the lender, and promised more stoppages.', trigger: 'promised', source: ['Trade unions'], target: [] },
  { lang: 'en', name: 'requested act: the asked party is the target', text: 'The Serbian government asked the UN to intervene.', trigger: 'asked', source: ['Serbian government'], target: ['UN'] },
  { lang: 'en', name: 'passive with a "for" oblique before the agent', text: 'General Petrov was arrested for treason by Bulgarian intelligence.', trigger: 'arrested', source: ['Bulgarian intelligence'], target: ['General Petrov'] },
  { lang: 'en', name: '"by" agent of a noun', text: 'The arrest of the journalist by Hungarian police sparked protests.', trigger: 'arrest', source: ['Hungarian police'], target: ['journalist'] },
  // The en parser reads "the square were dispersed" as a clause inside the relative clause; the
  // relcl-root repair (src/syntax/parser/repair.ts) restores the main clause.
  { lang: 'en', name: 'relative clause subject and passive main clause', text: 'The protesters who occupied the square were dispersed by police.', trigger: 'dispersed', source: ['police'], target: ['protesters'] },
  { lang: 'en', name: 'relative clause with an object, passive main clause', text: 'The gunmen who stormed the hotel were killed by special forces.', trigger: 'killed', source: ['special forces'], target: ['gunmen'] },
  { lang: 'en', name: 'relative clause subject', text: 'The protesters who occupied the square were dispersed by police.', trigger: 'occupied', source: ['protesters'], target: [] },
  { lang: 'en', name: 'coordination shares the subject', text: 'President Vucic dismissed minister Dacic and arrested general Mladenov.', trigger: 'arrested', source: ['President Vucic'], target: ['Mladenov'] },
  { lang: 'it', name: 'a verb with no object shares the object of the verb coordinated after it', text: 'La polizia georgiana ha picchiato e fermato decine di manifestanti.', trigger: 'picchiato', source: ['polizia georgiana'], target: ['manifestanti'] },
  { lang: 'en', name: 'a verb with no object shares the object of the verb coordinated after it', text: 'Soldiers tortured and killed three prisoners.', trigger: 'tortured', source: ['Soldiers'], target: ['prisoners'] },
  { lang: 'it', name: 'a passive participle on a noun makes the noun its target', text: 'La polizia ha arrestato tre giornalisti accusati di estremismo dalla procura.', trigger: 'accusati', source: ['procura'], target: ['giornalisti'] },
  { lang: 'en', name: 'a passive participle on a noun makes the noun its target', text: 'Police arrested three journalists accused of extremism by prosecutors.', trigger: 'accused', source: ['prosecutors'], target: ['journalists'] },
  { lang: 'en', name: 'a verb the parse hung on its subject with a caseless noun after it stays active', text: 'Several lawmakers accused Biden of lying.', trigger: 'accused', source: ['lawmakers'], target: ['Biden'] },
  { lang: 'it', name: 'a subject after an oblique, hung on it without a case marker, is the passive subject', text: 'Sono stati arrestati ieri a Minsk tre giornalisti.', trigger: 'arrestati', source: [], target: ['giornalisti'] },
  { lang: 'en', name: 'a conjunct of a verb the parse hung on its subject shares that subject', text: 'Protesters set fire to the parliament building and clashed with police.', trigger: 'clashed', source: ['Protesters', 'police'], target: [] },
  { lang: 'en', name: 'a counterpart with a country of its own is the other party, possessive or not', text: "Iran's foreign minister met his Saudi counterpart in Beijing.", trigger: 'met', source: ['foreign minister', 'Saudi counterpart'], target: [] },
  { lang: 'it', name: 'a counterpart with a country of its own is the other party, possessive or not', text: 'Il ministro degli Esteri iraniano ha incontrato a Pechino il suo omologo saudita.', trigger: 'incontrato', source: ['ministro degli Esteri iraniano', 'omologo saudita'], target: [] },
  { lang: 'en', name: 'a possessor beside an "of" complement is the doer', text: "Israel's killing of the Hamas leader raised fears of a wider war.", trigger: 'killing', source: ['Israel'], target: ['Hamas leader'] },
  { lang: 'en', name: 'a possessor beside an "of" complement is the doer', text: "China's detention of two Canadians angered Ottawa.", trigger: 'detention', source: ['China'], target: ['Canadians'] },
  { lang: 'en', name: 'the agent of a passive receiving verb receives the noun act', text: "The prime minister's resignation was accepted by the king.", trigger: 'resignation', source: ['prime minister'], target: ['king'] },
  { lang: 'it', name: 'a reason clause with a perfect infinitive tells what the object did', text: "La Corte suprema ha condannato l'ex presidente Jair Bolsonaro per aver tentato un colpo di Stato.", trigger: 'colpo di Stato', source: ['ex presidente Jair Bolsonaro'], target: [] },
  { lang: 'it', name: 'a purpose clause with a plain infinitive keeps the subject', text: 'I manifestanti hanno bloccato la strada per protestare contro il governo.', trigger: 'bloccato', source: ['manifestanti'], target: ['governo'] },
  { lang: 'it', name: 'a source phrase the parse coordinated with the object is no second object', text: 'La polizia ha arrestato 40 manifestanti, secondo il ministero.', trigger: 'arrestato', source: ['polizia'], target: ['manifestanti'] },
  { lang: 'en', name: 'the subject of an allegation\'s clause is its target', text: 'Kyiv alleged that Russian troops had executed prisoners.', trigger: 'alleged', source: ['Kyiv'], target: ['Russian troops'] },
  { lang: 'en', name: 'a protest lodged with someone has them as its target', text: 'Japan lodged a protest with China over the detention of its citizen.', trigger: 'protest', source: ['Japan'], target: ['China'] },
  { lang: 'en', name: 'reported act keeps its own subject, not the speaker', text: 'Officials said Russia had attacked Georgia.', trigger: 'attacked', source: ['Russia'], target: ['Georgia'] },
  { lang: 'en', name: 'a subject the parse hung on a fronted date is still the subject (English has no subject drop)', text: 'Chile recalled its envoy last week. On Friday a senior Peruvian diplomat, Ana Quispe, accused Santiago of meddling.', trigger: 'accused', source: ['Ana Quispe'], target: ['Santiago'] },
  { lang: 'en', name: 'a subject the parse put under a fronted date\'s preposition is the subject, not its owner', text: "On Monday Japan's foreign minister summoned the Chinese ambassador over the calls.", trigger: 'summoned', source: ['foreign minister'], target: ['Chinese ambassador'] },
  { lang: 'en', name: 'an -ing adjunct read as a present participle shares the main subject; its "of" complement is its object\'s act', text: 'The minister dissolved the FNDC, accusing it of attacking the police.', trigger: 'attacking', source: ['it -> FNDC'], target: ['police'] },
  { lang: 'en', name: 'an -ing adjunct read as a present participle shares the main subject', text: 'The minister dissolved the FNDC, accusing it of attacking the police.', trigger: 'accusing', source: ['minister'], target: ['it -> FNDC'] },
  { lang: 'it', name: 'a fronted date with "a" is no object controlling the complement; the accused is', text: 'A dicembre il Ghana aveva accusato Ouagadougou di aver ingaggiato i mercenari.', trigger: 'ingaggiato', source: ['Ouagadougou'], target: [] },
  { lang: 'en', name: 'an unresolved person possessive on the object, not the subject\'s own, is whose the object is', text: 'A 19-year-old man was arrested in Ternitz. Officers who searched his home found chemicals.', trigger: 'searched', source: ['Officers'], target: ['his'] },
  { lang: 'it', name: 'an object after a place phrase, read as the place name\'s modifier, is the object', text: 'Domenica la polizia federale ha arrestato a Rio de Janeiro i fratelli Domingos e Chiquinho Brazão.', trigger: 'arrestato', source: ['polizia federale'], target: ['Domingos', 'Chiquinho Brazão'] },
  { lang: 'en', name: 'a measure on a nationality\'s goods or people targets that state (policy measureTarget)', text: 'Chinese customs suspended all imports of Japanese seafood.', trigger: 'suspended', source: ['Chinese customs'], target: ['Japanese'] },
  { lang: 'en', name: 'a measure for a group of nationals targets that group', text: 'India suspended visa services for Canadian citizens on Thursday.', trigger: 'suspended', source: ['India'], target: ['Canadian citizens'] },
  { lang: 'en', name: 'force at a crowd is no measure on it', text: 'Police fired tear gas at the protesters in Nairobi.', trigger: 'tear gas', source: ['Police'], target: ['protesters'] },
  { lang: 'it', name: 'whose the rejected thing is, by an unresolved possessive, is the target', text: 'Il giudice ha respinto la sua richiesta di scarcerazione.', trigger: 'respinto', source: ['giudice'], target: ['sua'] },
  { lang: 'en', name: 'one\'s own thing challenged in court is no target', text: 'The former minister will challenge his conviction in the Supreme Court.', trigger: 'challenge', source: ['former minister'], target: [] },
  { lang: 'it', name: 'the sides of the story asked to act are the target as such', text: 'Il Kirghizistan e il Tagikistan si sono scontrati al confine. Il Cremlino ha chiesto alle parti di fermare i combattimenti.', trigger: 'chiesto', source: ['Cremlino'], target: ['parti'] },
  { lang: 'en', name: 'both sides urged are the target as such', text: 'Kyrgyzstan and Tajikistan clashed on the border. The Kremlin urged both sides to stop the fighting.', trigger: 'urged', source: ['Kremlin'], target: ['sides'] },
  { lang: 'en', name: 'a role after an owner and a modifier is a mention', text: "Japan's health minister criticised the plan.", trigger: 'criticised', source: ['minister'], target: [] },
  { lang: 'en', name: 'a warning\'s target is the subject of its condition', text: 'The Latvian foreign ministry warned that Riga would respond if Minsk did not close the camps.', trigger: 'warned', source: ['ministry'], target: ['Minsk'] },
  { lang: 'en', name: 'a threat\'s target is the phrase its act is aimed at', text: 'Hungary threatened to send the migrants to Vienna by train.', trigger: 'threatened', source: ['Hungary'], target: ['Vienna'] },
  { lang: 'it', name: 'the target of a threat under a causative is the object of the threatened act', text: 'Il presidente ha minacciato di far arrestare il giudice Marco Serra.', trigger: 'minacciato', source: ['presidente'], target: ['giudice Marco Serra'] },
  { lang: 'it', name: 'the subject of the condition of a warning is its target', text: 'Il Cremlino ha avvertito che la Russia risponderà se la Finlandia aprirà le basi.', trigger: 'avvertito', source: ['Cremlino'], target: ['Finlandia'] },
  { lang: 'en', name: 'a warning that someone would be punished has them as its target', text: 'The junta warned that organisers of unauthorised rallies would be arrested.', trigger: 'warned', source: ['junta'], target: ['organisers'] },
  { lang: 'en', name: 'a relative clause the parse leaves off its noun: the noun before the pronoun is the object, the subject after it the doer', text: 'Marín, whom Boric pardoned in 2023, is barred from the vote.', trigger: 'pardoned', source: ['Boric'], target: ['Marín'] },
  { lang: 'en', name: 'a noun for a body of people that names no actor is the doer itself', text: 'Opposition leader Tendai Moyo said his party would challenge the outcome.', trigger: 'challenge', source: ['party'], target: [] },
  { lang: 'it', name: 'a noun for a body of people that names no actor is the doer itself', text: "Il leader dell'opposizione Marco Rossi ha detto che il suo partito contesterà il risultato.", trigger: 'contesterà', source: ['partito'], target: [] },
  { lang: 'en', name: 'a person noun that names no actor is the doer itself', text: 'Witnesses say plain-clothes men with clubs attacked the protesters.', trigger: 'attacked', source: ['men'], target: ['protesters'] },
  { lang: 'it', name: 'the owner of a searched thing is the target when only a noun names it', text: 'La polizia ha perquisito gli uffici del gruppo a Niamey.', trigger: 'perquisito', source: ['polizia'], target: ['gruppo'] },
  { lang: 'en', name: 'the owner of a raided thing is the target when only a noun names it', text: 'Police raided the offices of two monitoring groups in Harare.', trigger: 'raided', source: ['Police'], target: ['groups'] },
  { lang: 'it', name: 'a passive subject that is a noun for a person names the target itself', text: 'Il fondatore della setta è accusato di abusi su minori.', trigger: 'accusato', source: [], target: ['fondatore'] },
  { lang: 'it', name: 'a comparative clause leaves its object out: the noun after its verb is the subject', text: "La corte non ha ordinato il cessate il fuoco, come chiedeva il Cile.", trigger: 'chiedeva', source: ['Cile'], target: [] },
  { lang: 'it', name: 'a reported conditional conjunct shares the subject of the indicative before it', text: 'Le forze di sicurezza hanno disperso la folla e, secondo i media, avrebbero fermato diversi manifestanti.', trigger: 'fermato', source: ['forze di sicurezza'], target: ['manifestanti'] },
  { lang: 'en', name: 'a reduced relative after the subject: the participle\'s agent did the noun\'s act', text: 'The tariffs imposed by Washington took effect on Wednesday.', trigger: 'tariffs', source: ['Washington'], target: [] },
  { lang: 'en', name: 'a reduced relative after a subject noun for people: its agent did the participle\'s act', text: 'Guard troops sent by the president have patrolled the port since Sunday.', trigger: 'sent', source: ['president'], target: [] },
  { lang: 'en', name: 'a participle with an agent phrase after an object noun: the agent did the noun\'s act', text: 'Farmers defied the ban imposed by the government in May.', trigger: 'ban', source: ['government'], target: [] },
  { lang: 'en', name: 'a means aimed at someone hits the object of the purpose it was used for', text: 'Police fired tear gas to drive the protesters back.', trigger: 'tear gas', source: ['Police'], target: ['protesters'] },
  { lang: 'it', name: 'un mezzo puntato contro qualcuno colpisce l\'oggetto dello scopo per cui è usato', text: 'La polizia ha usato gli idranti per respingere i manifestanti.', trigger: 'idranti', source: ['polizia'], target: ['manifestanti'] },
  { lang: 'en', name: 'a pronoun for a counted group refers to what was counted, in the role of the count', text: 'Thousands of students marched on the ministry. Police fired tear gas to drive them back.', trigger: 'tear gas', source: ['Police'], target: ['them -> students'] },
  { lang: 'it', name: 'un pronome per un gruppo contato rimanda ai contati, nel ruolo del numerale', text: 'Centinaia di studenti hanno marciato verso il ministero. La polizia li ha dispersi con i lacrimogeni.', trigger: 'dispersi', source: ['polizia'], target: ['li -> studenti'] },
  { lang: 'it', name: 'un numero di attori dopo un complemento anteposto è il soggetto', text: "Da lunedì centinaia di studenti dell'ateneo di Bari, riuniti in un collettivo, manifestano ogni sera.", trigger: 'manifestano', source: ['studenti'], target: [] },
  { lang: 'en', name: 'a bare count is a crowd: the doer', text: 'As thousands protested outside, lawmakers passed the bill.', trigger: 'protested', source: ['thousands'], target: [] },
  { lang: 'en', name: 'a conjunct shares a subject that is a noun for an actor naming none', text: 'The group said on Monday that it would free the hostages, and accused the army of blocking the handover.', trigger: 'accused', source: ['group'], target: ['army'] },
  { lang: 'it', name: 'un congiunto condivide un soggetto che è un nome di attore senza nome proprio', text: "Il gruppo ha detto che libererà gli ostaggi e ha accusato l'esercito di ostacolare la consegna.", trigger: 'accusato', source: ['gruppo'], target: ['esercito'] },
  { lang: 'en', name: 'a pronoun subject of a reported clause is its reporter, a noun for an actor naming none', text: 'The party said it would challenge the result in court.', trigger: 'challenge', source: ['party'], target: [] },
  { lang: 'en', name: 'a conjunct\'s own subject after a date the parse hung it on beats the first conjunct\'s', text: 'Kabul denied the report, and on the night of May 3 Taliban fighters attacked two border posts.', trigger: 'attacked', source: ['Taliban fighters'], target: [] },
  { lang: 'it', name: 'il soggetto proprio di un congiunto dopo una data cui la parse lo ha appeso', text: "A febbraio il ministro aveva criticato la decisione, e domenica Elon Musk ha definito «folle» l'esclusione.", trigger: 'definito', source: ['Elon Musk'], target: [] },
  { lang: 'en', name: 'a count of things is no crowd', text: 'Thousands of homes were destroyed by the shelling.', trigger: 'destroyed', source: [], target: [] },
  { lang: 'it', name: 'un numero senza complemento è una folla: chi agisce', text: 'Ieri migliaia hanno manifestato davanti al Parlamento.', trigger: 'manifestato', source: ['migliaia'], target: [] },
  { lang: 'en', name: 'a second verb after "and" shares the first one\'s subject, not the object before it', text: 'Dagmar Holm called the interior minister, Piet Varga, a liar and vowed to sue him.', trigger: 'vowed', source: ['Dagmar Holm'], target: ['him -> Piet Varga'] },
  { lang: 'en', name: 'an act done at someone\'s request: the doer is the one asked', text: 'Norway extradited the banker at Ottawa\'s request last spring.', trigger: 'request', source: ['Ottawa'], target: ['Norway'] },
  { lang: 'it', name: 'su richiesta di: chi agisce è il destinatario della richiesta', text: 'Su richiesta di Vilnius, la Polonia ha inviato duecento agenti al confine.', trigger: 'richiesta', source: ['Vilnius'], target: ['Polonia'] },
  { lang: 'en', name: 'a request noun in a meeting place is no behest: talks at a summit ask nothing', text: 'At the request of the opposition, the speaker postponed the vote.', trigger: 'request', source: ['opposition'], target: ['speaker'] },
  { lang: 'it', name: 'una promessa letta come minaccia colpisce chi sarà punito', text: 'Il presidente Ortega ha promesso che i colpevoli saranno puniti.', trigger: 'promesso', source: ['presidente Ortega'], target: ['colpevoli'] },
  { lang: 'en', name: 'a vow that the perpetrators will be punished threatens them', text: 'The prime minister vowed that the perpetrators would be punished.', trigger: 'vowed', source: ['prime minister'], target: ['perpetrators'] },
  { lang: 'it', name: 'chiedere che qualcuno sia liberato non chiede nulla a lui', text: 'Il sindacato ha chiesto che i due attivisti siano liberati.', trigger: 'chiesto', source: ['sindacato'], target: [] },
  { lang: 'it', name: 'chi subisce l\'atto chiesto non è a chi lo si chiede', text: 'Amnesty ha chiesto la liberazione dei due giornalisti.', trigger: 'chiesto', source: ['Amnesty'], target: [] },
  { lang: 'it', name: 'chi deve compiere l\'atto chiesto è a chi lo si chiede', text: 'Mosca ha chiesto il ritiro delle truppe ucraine.', trigger: 'chiesto', source: ['Mosca'], target: ['truppe ucraine'] },
  { lang: 'en', name: 'whom a demanded release frees is not the one asked', text: 'The union demanded the release of the detained organisers.', trigger: 'demanded', source: ['union'], target: [] },
  { lang: 'it', name: 'chiedere aiuto a qualcuno lo chiede a lui', text: "Il premier ha chiesto aiuto all'Unione europea.", trigger: 'chiesto', source: ['premier'], target: ['Unione europea'] },
  { lang: 'it', name: 'un agente del passivo appeso dalla parse al nome di un complemento è l\'agente del verbo', text: 'Un agente è stato ucciso domenica a Banjska, nel nord del Kosovo, da un commando di uomini armati.', trigger: 'ucciso', source: ['commando'], target: ['agente'] },
  { lang: 'en', name: 'the agent of an occasion phrase is not the passive verb\'s', text: 'The reporter was arrested in Geneva in 2017, after a complaint by Amnesty International.', trigger: 'arrested', source: [], target: ['reporter'] },
  { lang: 'it', name: 'il nome dopo il complemento del ruolo e una virgola è chi ricopre il ruolo', text: 'A gennaio il capo delle forze armate, Jone Kalouniwai, aveva criticato le riforme del governo.', trigger: 'criticato', source: ['Jone Kalouniwai'], target: ['governo'] },
  { lang: 'it', name: 'un vice è un ruolo: il nome dopo il suo complemento è chi lo ricopre', text: 'Il vicecapo della polizia iraniana Qasem Rezaei ha accusato i talebani.', trigger: 'accusato', source: ['Qasem Rezaei'], target: ['talebani'] },
  { lang: 'it', name: 'un edificio cui si dà fuoco in una rivolta non è contro chi si protesta', text: 'Ieri i manifestanti hanno dato alle fiamme il Parlamento.', trigger: 'dato alle fiamme', source: ['manifestanti'], target: [] },
  { lang: 'en', name: 'a protest against a person keeps that person as its target', text: 'Protesters marched against Emmanuel Macron in Paris.', trigger: 'marched', source: ['Protesters'], target: ['Emmanuel Macron'] },
  { lang: 'it', name: '"da" su un nome davanti a un luogo dice da dove, non chi', text: 'Il ministero della Difesa ha annunciato il ritiro delle truppe dalla Siria.', trigger: 'ritiro', source: ['ministero della Difesa'], target: [] },
  { lang: 'en', name: 'a later conjunct hung on the first verb takes the subject of the nearest conjunct before it that has one', text: 'In May France and Germany issued warrants for his arrest; Lebanese prosecutors then confiscated his passports and barred him from travelling, but did not detain him.', trigger: 'detain', source: ['Lebanese prosecutors'], target: ['him'] },
  { lang: 'en', name: 'a fronted participle of a transitive act is passive: it befalls the sentence\'s subject', text: 'If convicted, Hernández could spend the rest of his life in an American prison.', trigger: 'convicted', source: [], target: ['Hernández'] },
  { lang: 'en', name: 'a passive conjunct that shares its auxiliaries: its subject is the target, nobody the doer', text: 'The army said six officers had been killed and 14 suspects detained after the raid.', trigger: 'detained', source: [], target: ['suspects'] },
  { lang: 'en', name: 'a noun for a person after a name and a comma is its apposition, whatever the parse hung it on', text: 'Crowds mourned the death of Sara Khalil, a young woman detained by the police in Cairo.', trigger: 'detained', source: ['police'], target: ['Sara Khalil'] },
  { lang: 'en', name: 'a name the parse made a second subject of its relative clause is the subject of the verb after it', text: 'Rebels have urged her to quit, but Maria Lopez, who took office when Congress removed Juan Perez in 2022, has refused to step down.', trigger: 'refused', source: ['Maria Lopez'], target: [] },
  { lang: 'en', name: 'an active participle on the thing a verb made is the act of that verb\'s subject', text: 'On Tuesday the Senate passed a resolution condemning the coup in Niger.', trigger: 'condemning', source: ['Senate'], target: [] },
  { lang: 'en', name: 'an agent with no marker of its own ("accused Duda of", read as a passive) is the object', text: 'Tusk called the law illegal, accused Duda of helping the Kremlin, and said he would appeal.', trigger: 'accused', source: ['Tusk'], target: ['Duda'] },
  { lang: 'it', name: 'una critica cade su chi ha fatto l\'atto criticato, non su chi l\'ha subito', text: 'Meloni ha condannato gli attacchi contro la missione.', trigger: 'condannato', source: ['Meloni'], target: [] },
  { lang: 'en', name: 'a criticism falls on the doer of the act it names, not on its victim', text: 'The foreign minister condemned the attacks against the peacekeepers.', trigger: 'condemned', source: ['foreign minister'], target: [] },
  { lang: 'en', name: 'a criticism of an act with a named doer falls on that doer', text: "The foreign minister condemned Russia's attacks against the peacekeepers.", trigger: 'condemned', source: ['foreign minister'], target: ['Russia'] },
  { lang: 'it', name: 'firmare un patto con qualcuno: anche l\'altra parte firma (cornice MUT)', text: "Nell'aprile 2022 le Isole Salomone avevano firmato un patto di sicurezza con Pechino.", trigger: 'firmato', source: ['Isole Salomone', 'Pechino'], target: [] },
  { lang: 'it', name: 'un nome coordinato all\'oggetto di un verbo di supporto ne ha lo stesso verbo', text: 'Castillo ha decretato lo scioglimento del Congresso e il coprifuoco notturno.', trigger: 'coprifuoco', source: ['Castillo'], target: [] },
];

for (const c of CASES) {
  test(`${c.lang}: ${c.name}`, { skip: skip(c.lang), todo: c.todo }, () => {
    const r = roles(eventsOf(c.lang, c.text), c.trigger);
    assert.deepEqual({ source: r.source, target: r.target }, { source: c.source, target: c.target }, r.rules.join(', '));
  });
}

test('a meeting at a meeting is one event; a definite meeting in an occasion phrase refers back', { skip: skip('en') }, () => {
  const summit = eventsOf('en', 'Xi may meet President Joe Biden at a summit in San Francisco in November.');
  assert.deepEqual(summit.events.map((e) => e.trigger.text), ['meet']);
  const after = eventsOf('en', 'Biden and Zelensky met in Rome. After the talks, Biden and Zelensky signed a security agreement.');
  assert.ok(!after.events.some((e) => e.trigger.text === 'talks'), after.events.map((e) => e.trigger.text).join(', '));
});

test('words moved by a parse repair carry its rule id', { skip: skip('en') }, () => {
  const doc = runPipeline('The gunmen who stormed the hotel were killed by special forces.', { language: 'en' });
  const moved = doc.words.filter((w) => w.rule.endsWith('+syntax.repair.relcl-root')).map((w) => `${w.form}:${w.deprel}`);
  assert.deepEqual(moved.sort(), ['.:punct', 'gunmen:nsubj:pass', 'hotel:obj', 'killed:root']);
});

test('parse-based rules name the relation; heuristics say they are heuristics', { skip: skip('en') }, () => {
  const r = roles(eventsOf('en', 'President Vucic dismissed minister Dacic and arrested general Mladenov.'), 'arrested');
  assert.deepEqual(r.rules, ['arg.dep.conj-nsubj', 'arg.dep.obj']);
  const carried = roles(eventsOf('it', "Il governo serbo ha chiesto l'intervento dell'ONU. Ha poi espulso l'ambasciatore croato."), 'espulso');
  assert.match(carried.rules[0], /^args\.heuristic\./);
  const pronoun = roles(eventsOf('en', 'The Serbian government asked the UN to intervene. It then expelled the Croatian ambassador.'), 'expelled');
  assert.equal(pronoun.rules[0], 'arg.dep.nsubj');
});

test('a same-type participle adjunct is not coded apart', { skip: skip('en') }, () => {
  const doc = eventsOf('en', 'Gunmen attacked a bus near the border, wounding five passengers, and then kidnapped the driver.');
  assert.deepEqual(doc.events.map((e) => `${e.type} ${e.trigger.text}`), ['ASSAULT attacked', 'ASSAULT kidnapped']);
  assert.ok(doc.events[0].rules.includes('events.merge.participle-adjunct'), doc.events[0].rules.join(', '));
});

test('a physical act\'s comma gerund elaborates the last act of its type, wherever the parse hung it', { skip: skip('en') }, () => {
  const shooting = eventsOf('en', 'Late on Friday a gunman opened fire outside a busy cafe in the old town, wounding four people and killing two.');
  assert.deepEqual(shooting.events.map((e) => `${e.type} ${e.trigger.text}`), ['ASSAULT opened fire']);
  assert.ok(shooting.events[0].rules.includes('events.merge.comma-adjunct'), shooting.events[0].rules.join(', '));
  const it = eventsOf('it', "Nella notte l'esercito ha bombardato il porto di Odessa, uccidendo tre civili.");
  assert.deepEqual(it.events.map((e) => `${e.type} ${e.trigger.text}`), ['ASSAULT bombardato']);
});

test('a reported act is attributed to the speaker', { skip: skip('en') }, () => {
  const e = eventsOf('en', 'Officials said Russia had attacked Georgia.').events.find((x) => x.trigger.text === 'attacked');
  assert.deepEqual(e?.factuality.attribution.map((a) => a.text), ['author', 'Officials']);
});

test('a conjunct the parser hung on a participle modifying a noun takes the subject of the clause above', { skip: skip('en') }, () => {
  const doc = eventsOf('en', 'Dock workers staged strikes at several ports against pay cuts imposed by the ministry, and promised more stoppages.');
  const promised = roles(doc, 'promised');
  assert.deepEqual(promised.source, ['Dock workers']);
});

test('a noun in an occasion phrase does not take the subject of a support verb before it', { skip: skip('it') }, () => {
  const doc = eventsOf('it', "Il ministro degli Esteri ha convocato l'ambasciatore russo dopo l'attacco.");
  assert.deepEqual(doc.events.filter((e) => e.source.some((a) => a.text.includes('ministro'))).map((e) => e.trigger.text), ['convocato']);
});

test('an attack named in the oblique of a killing is the same act: its doer and means join the verb', { skip: skip('en') || skip('it') }, () => {
  const en = eventsOf('en', 'Three journalists were killed in an Israeli airstrike on Tuesday.');
  assert.deepEqual(en.events.map((e) => `${e.type} ${e.trigger.text} ${e.modes.join('+')}`), ['ASSAULT killed targeted+aerial']);
  assert.ok(en.events[0].rules.includes('events.merge.means'));
  assert.deepEqual(roles(en, 'killed').source, ['Israeli']);
  const it = eventsOf('it', 'Tre giornalisti sono stati uccisi in un raid aereo israeliano martedì.');
  assert.deepEqual(it.events.map((e) => e.trigger.text), ['uccisi']);
  // An act it follows is another one.
  const after = eventsOf('en', 'Two soldiers were killed after the attack.');
  assert.ok(!after.events.some((e) => e.rules.includes('events.merge.means')));
});

test('a participial clause without an agent phrase is background, not coded', { skip: skip('en') || skip('it') }, () => {
  assert.deepEqual(eventsOf('en', 'Police arrested three journalists accused of extremism.').events.map((e) => e.trigger.text), ['arrested']);
  assert.deepEqual(eventsOf('it', 'Il governo ha arrestato tre giornalisti accusati di estremismo.').events.map((e) => e.trigger.text), ['arrestato']);
});

test('the future act a warning announces is its content, not an event of its own, even with an event noun between them', { skip: skip('en') || skip('it') }, () => {
  assert.deepEqual(eventsOf('en', 'The junta warned that organisers of unauthorised rallies would be arrested.').events.map((e) => e.trigger.text), ['warned']);
  assert.deepEqual(eventsOf('it', 'Il governo ha avvertito che gli organizzatori delle manifestazioni non autorizzate saranno arrestati.').events.map((e) => e.trigger.text), ['avvertito']);
  // a past act the warning reports stays an event
  assert.deepEqual(eventsOf('en', 'Officials warned that Russia had attacked the convoy.').events.map((e) => e.trigger.text).includes('attacked'), true);
});

test('in a protest story a demand by a bare noun for people (no named doer) is the protest\'s, not a REQUEST', { skip: skip('it') }, () => {
  const doc = eventsOf('it', "Migliaia di agricoltori hanno bloccato le strade di Bruxelles. Le organizzazioni agricole chiedono lo stop all'accordo con il Mercosur.");
  assert.deepEqual(doc.events.map((e) => e.type), ['PROTEST']);
});

test('an actor named by a modifier of a noun has that noun among its evidence', { skip: skip('en') || skip('it') }, () => {
  const words = (doc: CronacaDocument, trigger: string): string[] => {
    const e = doc.events.find((x) => x.trigger.text === trigger);
    assert.ok(e, doc.events.map((x) => x.trigger.text).join(', '));
    return e.target.flatMap((a) => a.spans.map((s) => doc.text.slice(s.start, s.end)));
  };
  const demonym = eventsOf('en', 'Taliban fighters attacked Pakistani border posts on Saturday.');
  assert.deepEqual(words(demonym, 'attacked'), ['posts', 'Pakistani']);
  const italian = eventsOf('it', "Bangkok ha espulso il rappresentante cambogiano mercoledì sera.");
  assert.deepEqual(words(italian, 'espulso'), ['rappresentante', 'cambogiano']);
});

test('a verb phrase whose verb the tagger read as a noun is still the phrase ("A mob set fire to a hotel")', { skip: skip('en') }, () => {
  const doc = eventsOf('en', 'A mob set fire to a hotel housing asylum seekers.');
  assert.ok(doc.tokens.some((t) => t.text === 'set' && t.pos !== 'VERB'), 'the tagger reads "set" as a verb here: pick another sentence');
  assert.deepEqual(doc.events.map((e) => [e.type, e.trigger.text]), [['PROTEST', 'set fire']]);
});

test('an actor named by the possessor or the "of" complement of a noun has that noun among its evidence', { skip: skip('en') || skip('it') }, () => {
  const sourceWords = (doc: CronacaDocument, trigger: string): string[][] => {
    const e = doc.events.find((x) => x.trigger.text === trigger);
    assert.ok(e, doc.events.map((x) => x.trigger.text).join(', '));
    return e.source.map((a) => a.spans.map((s) => doc.text.slice(s.start, s.end)));
  };
  assert.deepEqual(sourceWords(eventsOf('en', "Beijing's office in the city rejected the criticism."), 'rejected'), [['office', 'Beijing']]);
  assert.deepEqual(sourceWords(eventsOf('it', 'Una delegazione della Cedeao incontrerà domani i militari.'), 'incontrerà')[0], ['delegazione', 'Cedeao']);
});

test('the people a verb done to people is done to are its target, even behind a possessive ("detained their crews")', { skip: skip('en') || skip('it') }, () => {
  assert.deepEqual(roles(eventsOf('en', 'Commandos seized two tankers and detained their crews.'), 'detained').target, ['crews']);
  assert.deepEqual(roles(eventsOf('it', 'La polizia ha fermato il direttore e ha espulso due stranieri.'), 'espulso').target, ['due stranieri']);
  // a thing of the subject's own stays no target
  assert.deepEqual(roles(eventsOf('en', 'Britain recalled its ambassador on Monday.'), 'recalled').target, []);
});

test('a cabinet is a government body, the subject of what it is expected to do', { skip: skip('en') }, () => {
  assert.deepEqual(roles(eventsOf('en', 'His cabinet is expected to ask the legislature to reconsider the law.'), 'ask'), { source: ['cabinet'], target: ['legislature'], rules: ['arg.dep.xcomp-nsubj', 'arg.dep.iobj'] });
});

test('in a protest story, a doer made a protester only by a pronoun still requests', { skip: skip('en') }, () => {
  const doc = eventsOf('en', 'President Duda met the prisoner\'s wife on Tuesday. He went on hunger strike last week. On Thursday Duda asked the prosecutor general to release the prisoner.');
  assert.ok(doc.events.some((e) => e.type === 'PROTEST'), doc.events.map((e) => e.type).join(', '));
  assert.deepEqual(roles(doc, 'asked').source, ['Duda']);
});

test('the verb that carries a noun trigger is among the trigger\'s spans; a factuality cue verb is not', { skip: skip('en') || skip('it') }, () => {
  const spansOf = (doc: CronacaDocument, trigger: string): string[] => {
    const e = doc.events.find((x) => x.trigger.text === trigger);
    assert.ok(e, doc.events.map((x) => x.trigger.text).join(', '));
    return e.trigger.spans.map((s) => doc.text.slice(s.start, s.end));
  };
  assert.deepEqual(spansOf(eventsOf('en', "Kyiv accused Moscow's services of staging the attack."), 'attack'), ['staging', 'attack']);
  assert.deepEqual(spansOf(eventsOf('en', 'New sanctions were imposed on Iran on Monday.'), 'sanctions'), ['sanctions', 'imposed']);
  // "annunciato" reports the removal: the removal is its content, attributed to the speaker
  const reported = eventsOf('it', 'Il presidente Tokayev ha annunciato la rimozione del ministro Rossi.');
  assert.deepEqual(spansOf(reported, 'rimozione'), ['rimozione']);
  // a verb that is an event of its own keeps its own trigger
  assert.deepEqual(spansOf(eventsOf('en', 'The minister condemned the attack on the convoy.'), 'condemned'), ['condemned']);
  // a verb naming its object is no support verb
  assert.deepEqual(spansOf(eventsOf('en', 'On Tuesday India called the ban concerning.'), 'ban'), ['ban']);
  // a reporting verb that performs the act it names is one (marker class `performative`)
  assert.deepEqual(spansOf(eventsOf('en', 'The president declared a state of emergency on Friday.'), 'state of emergency'), ['declared', 'state of emergency']);
});

test('it: a carried subject agrees in gender with a participle after "essere"', { skip: skip('it') }, () => {
  // "rifiutata" is feminine: "il Senato" is not who refused (and no one else is carried past it)
  assert.deepEqual(roles(eventsOf('it', 'Il Senato aveva ordinato il suo arresto perché si era rifiutata di presentarsi.'), 'rifiutata').source, []);
  assert.deepEqual(roles(eventsOf('it', 'La polizia ha fermato il sindaco. Poi lo ha rilasciato perché si era rifiutata di interrogarlo.'), 'rifiutata').source, ['polizia']);
});

test('en: "accused X of doing": the gerund after "of" is what the object did', { skip: skip('en') }, () => {
  assert.deepEqual(roles(eventsOf('en', 'Hamas accused Israel of assassinating its leader.'), 'assassinating').source, ['Israel']);
});

test('it: a participle on its noun with no agent of its own is background, with no doer guessed for it', { skip: skip('it') }, () => {
  const doc = eventsOf('it', 'La Francia ha chiesto la liberazione di Cécile Kohler. Teheran vorrebbe scambiarla con due attivisti arrestati a Lione a febbraio.');
  assert.equal(doc.events.some((e) => e.trigger.text === 'arrestati'), false, doc.events.map((e) => e.trigger.text).join(', '));
  // with an agent of its own it is coded
  assert.deepEqual(roles(eventsOf('it', 'Ha incontrato i manifestanti arrestati dalla polizia a gennaio.'), 'arrestati'), { source: ['polizia'], target: ['manifestanti'], rules: ['arg.dep.obl-agent', 'arg.dep.acl-passive-agent'] });
});

test('a date inside a relative clause dates that clause, not the verbs around it', { skip: skip('en') }, () => {
  const doc = eventsOf('en', 'Rebels have urged her to quit, but Maria Lopez, who took office when Congress removed Juan Perez in December 2022, has refused to step down.');
  const date = (t: string) => doc.events.find((e) => e.trigger.text === t)?.date?.value;
  assert.equal(date('removed'), '2022-12');
  assert.equal(date('urged'), undefined);
  assert.equal(date('refused'), undefined);
});
