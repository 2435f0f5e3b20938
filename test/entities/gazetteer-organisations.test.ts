// Parties, unions, business groups, armed and criminal groups, security bodies and media that
// 2022-2025 political news names often: the actor gazetteer knows them, so they are organisations
// with a country and sectors rather than the person an unknown capitalised name defaults to.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runPipeline } from '../../src/core/pipeline.js';
import type { Entity } from '../../src/core/types.js';
import { entityById } from '../../src/stages/entities/index.js';

/** sentence, the name as written, canonical name, PLOVER country, first sector */
type Case = [string, string, string, string, string];

function check(lang: string, cases: Case[]): void {
  for (const [text, name, canonical, country, sector] of cases) {
    const doc = runPipeline(text, { language: lang });
    const mention = doc.mentions.find((m) => m.text === name);
    const seen = doc.mentions.map((m) => `${m.text}/${m.type}`).join(' | ');
    assert.ok(mention, `"${name}" not found in: ${text} (${seen})`);
    assert.equal(mention.type, 'ORG', `${name}: ${seen}`);
    const entity = entityById(doc, mention.entity) as Entity;
    assert.equal(entity.name, canonical, text);
    assert.equal(entity.country, country, `${name} in: ${text}`);
    assert.equal(entity.sectors?.[0], sector, `${name} in: ${text}`);
  }
}

test('English: parties in government and opposition', () => {
  check('en', [
    ['Junts threatened on Monday to withdraw its support for the Socialist government in Madrid.', 'Junts', 'Junts per Catalunya', 'ESP', 'PTY'],
    ['The PSOE and Sumar signed a new coalition pact after weeks of talks.', 'PSOE', "Spanish Socialist Workers' Party", 'ESP', 'PTY'],
    ['Georgian Dream declared victory hours after polls closed in Tbilisi.', 'Georgian Dream', 'Georgian Dream', 'GEO', 'PTY'],
    ['The Kuomintang and the Taiwan People\'s Party together hold a majority in the legislature.', 'Kuomintang', 'Kuomintang', 'TWN', 'PTY'],
    ['Lawmakers from the Democratic Progressive Party walked out of the chamber in protest.', 'Democratic Progressive Party', 'Democratic Progressive Party', 'TWN', 'PTY'],
    ['The People Power Party chose a new leader after its defeat in the presidential election.', 'People Power Party', 'People Power Party', 'KOR', 'PTY'],
    ['Police detained dozens of supporters of the PTI outside the court in Islamabad.', 'PTI', 'Pakistan Tehreek-e-Insaf', 'PAK', 'PTY'],
    ['The BJP lost its outright majority but still leads the ruling alliance.', 'BJP', 'Bharatiya Janata Party', 'IND', 'PTY'],
    ['The ANC signed a coalition deal with the Democratic Alliance in Cape Town.', 'ANC', 'African National Congress', 'ZAF', 'PTY'],
    ['Zanu-PF dismissed the election observers\' report as biased.', 'Zanu-PF', 'ZANU–PF', 'ZWE', 'PTY'],
    ['The Scottish National Party elected a new leader in Edinburgh.', 'Scottish National Party', 'Scottish National Party', 'GBR', 'PTY'],
    ['Smer won the most seats in the parliamentary election in Bratislava.', 'Smer', 'Direction – Social Democracy', 'SVK', 'PTY'],
    ['Fidesz has governed Hungary with a two-thirds majority since 2010.', 'Fidesz', 'Fidesz', 'HUN', 'PTY'],
    ['New Democracy lost ground in the European election in Athens.', 'New Democracy', 'New Democracy (Greece)', 'GRC', 'PTY'],
    ['Morena holds a supermajority in the lower house of the Mexican Congress.', 'Morena', 'Morena', 'MEX', 'PTY'],
    ['The Awami League was barred from the election by the interim government.', 'Awami League', 'Awami League', 'BGD', 'PTY'],
  ]);
});

test('English: unions, farm and business groups', () => {
  check('en', [
    ['The TUC called on ministers to raise the minimum wage.', 'TUC', 'Trades Union Congress', 'GBR', 'LAB'],
    ['The RMT announced a fresh walkout on the railways next month.', 'RMT', 'National Union of Rail, Maritime and Transport Workers', 'GBR', 'LAB'],
    ['The Korean Medical Association urged trainee doctors to keep up their protest.', 'Korean Medical Association', 'Korean Medical Association', 'KOR', 'LAB'],
    ['The KCTU staged a general strike against the new labour law in Seoul.', 'KCTU', 'Korean Confederation of Trade Unions', 'KOR', 'LAB'],
    ['The CGT called a day of strikes against the pension reform in Paris.', 'CGT', 'General Confederation of Labour (France)', 'FRA', 'LAB'],
    ['Farmers from the FNSEA blocked the motorways around Lyon.', 'FNSEA', 'FNSEA', 'FRA', 'AGR'],
    ['The Histadrut declared a general strike to demand a deal on the hostages.', 'Histadrut', 'Histadrut', 'ISR', 'LAB'],
    ['The UAW extended its strike to two more assembly plants in Michigan.', 'UAW', 'United Auto Workers', 'USA', 'LAB'],
  ]);
});

test('English: armed and criminal groups, security forces', () => {
  check('en', [
    ['Washington designated Tren de Aragua a terrorist organisation.', 'Tren de Aragua', 'Tren de Aragua', 'VEN', 'CRM'],
    ['Gunmen of the Jalisco New Generation Cartel ambushed a police convoy in Michoacán.', 'Jalisco New Generation Cartel', 'Jalisco New Generation Cartel', 'MEX', 'CRM'],
    ['The Gulf Clan offered to enter talks with the government in Bogotá.', 'Gulf Clan', 'Gulf Clan', 'COL', 'CRM'],
    ['The Baloch Liberation Army claimed the attack on the train in Balochistan.', 'Baloch Liberation Army', 'Baloch Liberation Army', 'PAK', 'REB'],
    ['The TTP claimed responsibility for the bombing near Peshawar.', 'TTP', 'Tehrik-i-Taliban Pakistan', 'PAK', 'REB'],
    ['The Pakistani Taliban, not the Afghan Taliban, carried out the raid.', 'Pakistani Taliban', 'Tehrik-i-Taliban Pakistan', 'PAK', 'REB'],
    ['JNIM has blockaded the roads leading to Bamako since September.', 'JNIM', "Jama'at Nusrat al-Islam wal-Muslimin", 'IMG', 'REB'],
    ['The Arakan Army seized the last garrison town in northern Rakhine.', 'Arakan Army', 'Arakan Army', 'MMR', 'REB'],
    ['Amnesty accused the Allied Democratic Forces of killing dozens of villagers in Ituri.', 'Allied Democratic Forces', 'Allied Democratic Forces', 'UGA', 'REB'],
    ['The Carabinieri arrested the fugitive boss at a clinic in Palermo.', 'Carabinieri', 'Carabinieri', 'ITA', 'COP'],
    ['The Mossos d\'Esquadra closed the roads around the Catalan parliament.', "Mossos d'Esquadra", "Mossos d'Esquadra", 'ESP', 'COP'],
    ['The ISI denied any role in the abduction of the journalist.', 'ISI', 'Inter-Services Intelligence', 'PAK', 'SPY'],
    ['The Bundeswehr will send a brigade to Lithuania.', 'Bundeswehr', 'Bundeswehr', 'DEU', 'MIL'],
  ]);
});

test('English: news media and agencies', () => {
  check('en', [
    ['Infobae reported that the minister had resigned on Friday.', 'Infobae', 'Infobae', 'ARG', 'JRN'],
    ['According to Haaretz, the cabinet met late on Saturday.', 'Haaretz', 'Haaretz', 'ISR', 'JRN'],
    ['Meduza said its website had been blocked again inside Russia.', 'Meduza', 'Meduza', 'RUS', 'JRN'],
    ['NetBlocks said internet traffic in the country had collapsed overnight.', 'NetBlocks', 'NetBlocks', 'GBR', 'JRN'],
    ['The Kyiv Independent reported that two drones hit an energy plant.', 'The Kyiv Independent', 'The Kyiv Independent', 'UKR', 'JRN'],
  ]);
});

test('Italian: partiti di governo e di opposizione', () => {
  check('it', [
    ['Sogno georgiano ha rivendicato la vittoria poche ore dopo la chiusura dei seggi.', 'Sogno georgiano', 'Georgian Dream', 'GEO', 'PTY'],
    ['Alle europee Alleanza Verdi e Sinistra ha superato il sei per cento.', 'Alleanza Verdi e Sinistra', 'Greens and Left Alliance', 'ITA', 'PTY'],
    ['Noi Moderati ha presentato un emendamento alla legge di bilancio.', 'Noi Moderati', 'Noi Moderati', 'ITA', 'PTY'],
    ['Carlo Calenda, leader di Azione, ha criticato la manovra.', 'Azione', 'Azione', 'ITA', 'PTY'],
    ['I deputati di Italia Viva si sono astenuti sul decreto.', 'Italia Viva', 'Italia Viva', 'ITA', 'PTY'],
    ['Il Psoe ha firmato un accordo con Junts per l\'investitura del premier.', 'Psoe', "Spanish Socialist Workers' Party", 'ESP', 'PTY'],
    ['Ieri il Partito popolare ha chiesto elezioni anticipate in Spagna.', 'Partito popolare', "People's Party (Spain)", 'ESP', 'PTY'],
    ['Vox ha lasciato i governi regionali guidati dai popolari.', 'Vox', 'Vox', 'ESP', 'PTY'],
    ['Il Kuomintang ha chiesto un referendum sulla legge elettorale.', 'Kuomintang', 'Kuomintang', 'TWN', 'PTY'],
    ['Il Partito del potere popolare ha scelto un nuovo segretario a Seul.', 'Partito del potere popolare', 'People Power Party', 'KOR', 'PTY'],
    ['Il Bjp ha perso la maggioranza assoluta alla Camera bassa.', 'Bjp', 'Bharatiya Janata Party', 'IND', 'PTY'],
    ['La polizia ha arrestato decine di sostenitori del Pti a Lahore.', 'Pti', 'Pakistan Tehreek-e-Insaf', 'PAK', 'PTY'],
    ['Il Partito progressista serbo ha vinto le elezioni locali a Belgrado.', 'Partito progressista serbo', 'Serbian Progressive Party', 'SRB', 'PTY'],
    ['Il Pis ha presentato una mozione di sfiducia contro il ministro.', 'Pis', 'Law and Justice', 'POL', 'PTY'],
    ['Il Congresso nazionale africano ha perso la maggioranza assoluta.', 'Congresso nazionale africano', 'African National Congress', 'ZAF', 'PTY'],
    ['Il Pasok è tornato a essere il secondo partito greco.', 'Pasok', 'PASOK', 'GRC', 'PTY'],
    ['Ennahda ha denunciato l\'arresto di altri due dirigenti a Tunisi.', 'Ennahda', 'Ennahda', 'TUN', 'PTY'],
  ]);
});

test('Italian: sindacati, associazioni e magistratura', () => {
  check('it', [
    ['La Cgil e la Uil hanno proclamato uno sciopero generale per venerdì.', 'Cgil', 'Italian General Confederation of Labour', 'ITA', 'LAB'],
    ['La Cisl non ha aderito alla protesta contro la manovra.', 'Cisl', "Italian Confederation of Workers' Trade Unions", 'ITA', 'LAB'],
    ['L\'Usb ha organizzato un presidio davanti al porto di Genova.', 'Usb', 'Unione Sindacale di Base', 'ITA', 'LAB'],
    ['Secondo Coldiretti la siccità ha dimezzato il raccolto di grano.', 'Coldiretti', 'Coldiretti', 'ITA', 'AGR'],
    ['Confindustria ha chiesto al governo di tagliare il costo dell\'energia.', 'Confindustria', 'Confindustria', 'ITA', 'BUS'],
    ['L\'Associazione nazionale magistrati ha proclamato una giornata di sciopero contro la riforma.', 'Associazione nazionale magistrati', 'National Association of Magistrates', 'ITA', 'JUD'],
    ['La Cgt ha bloccato le raffinerie in tutta la Francia.', 'Cgt', 'General Confederation of Labour (France)', 'FRA', 'LAB'],
    ['La Cgt argentina ha proclamato uno sciopero generale contro il governo di Buenos Aires.', 'Cgt argentina', 'General Confederation of Labour (Argentina)', 'ARG', 'LAB'],
  ]);
});

test('Italian: gruppi armati, criminalità e forze di sicurezza', () => {
  check('it', [
    ['Il Tren de Aragua controllava il traffico di migranti nella zona.', 'Tren de Aragua', 'Tren de Aragua', 'VEN', 'CRM'],
    ['Secondo gli inquirenti il cartello di Sinaloa gestiva la rotta.', 'cartello di Sinaloa', 'Sinaloa Cartel', 'MEX', 'CRM'],
    ['Il boss di Cosa nostra è stato arrestato a Palermo.', 'Cosa nostra', 'Sicilian Mafia', 'ITA', 'CRM'],
    ['L\'Eln ha liberato tre ostaggi nel nord del Paese.', 'Eln', 'National Liberation Army (Colombia)', 'COL', 'REB'],
    ['La Guardia di finanza ha sequestrato beni per due milioni di euro.', 'Guardia di finanza', 'Guardia di Finanza', 'ITA', 'COP'],
    ['Il comandante generale dell\'Arma ha incontrato il ministro a Roma.', 'Arma', 'Carabinieri', 'ITA', 'COP'],
    ['I Mossos hanno sgomberato la piazza davanti al Parlament.', 'Mossos', "Mossos d'Esquadra", 'ESP', 'COP'],
    ['L\'Esercito di liberazione del Belucistan ha rivendicato l\'attentato.', 'Esercito di liberazione del Belucistan', 'Baloch Liberation Army', 'PAK', 'REB'],
  ]);
});

test('Italian: giornali e agenzie', () => {
  check('it', [
    ['Lo ha riferito Infobae citando fonti del governo argentino.', 'Infobae', 'Infobae', 'ARG', 'JRN'],
    ['Secondo NetBlocks il traffico internet è crollato nella notte.', 'NetBlocks', 'NetBlocks', 'GBR', 'JRN'],
    ['Lo riporta l\'Adnkronos citando fonti della procura.', 'Adnkronos', 'Adnkronos', 'ITA', 'JRN'],
    ['Secondo Haaretz il governo ha respinto la proposta egiziana.', 'Haaretz', 'Haaretz', 'ISR', 'JRN'],
  ]);
});
