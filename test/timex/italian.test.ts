import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tag, tagSummary } from './helpers.js';

// Anchor: Thursday 20 January 2022 (ISO week 2022-W03).
const PUB = '2022-01-20';
const cases = (rows: [string, string | undefined, string[]][]): void => {
  for (const [text, published, expected] of rows) {
    it(`${text} @${published ?? 'none'}`, () => assert.deepEqual(tagSummary('it', text, published), expected));
  }
};

describe('it timex: absolute dates', () => {
  cases([
    ['Il 16 gennaio 2022 il governo si è dimesso.', PUB, ['16 gennaio 2022|DATE|2022-01-16|absolute']],
    ['Le elezioni si sono tenute il 16/01/2022.', PUB, ['16/01/2022|DATE|2022-01-16|absolute']],
    ['La legge è in vigore dal 2022-01-16.', PUB, ['2022-01-16|DATE|2022-01-16|absolute']],
    ['Nel novembre 1989 cadde il muro di Berlino.', PUB, ['novembre 1989|DATE|1989-11|absolute']],
    ['Nel 2015 il paese ha firmato l’accordo.', PUB, ['2015|DATE|2015|absolute']],
    ['Lunedì 3 gennaio 2022 sono iniziate le proteste.', PUB, ['Lunedì 3 gennaio 2022|DATE|2022-01-03|absolute']],
    ['Il primo maggio 2021 i sindacati sono scesi in piazza.', PUB, ['primo maggio 2021|DATE|2021-05-01|absolute']],
    ['Il 1° marzo 2020 è stato chiuso il confine.', PUB, ['1° marzo 2020|DATE|2020-03-01|absolute']],
    ['Negli anni \'90 l’economia crebbe.', PUB, ["anni '90|DATE|199|absolute"]],
    ['Negli anni Novanta il paese cambiò.', PUB, ['anni Novanta|DATE|199|absolute']],
    ['Nel XX secolo la città raddoppiò.', PUB, ['XX secolo|DATE|19|absolute']],
    ['Nel Novecento la città raddoppiò.', PUB, ['Novecento|DATE|19|absolute']],
    ['All’inizio del 2021 il governo cadde.', PUB, ['inizio del 2021|DATE|2021|absolute|mod=START']],
    ['Alla fine di gennaio 2022 la crisi era finita.', PUB, ['fine di gennaio 2022|DATE|2022-01|absolute|mod=END']],
    ['Nell’estate del 2021 ci furono incendi.', PUB, ['estate del 2021|DATE|2021-SU|absolute']],
    ['Nel secondo trimestre del 2021 il Pil è cresciuto.', PUB, ['secondo trimestre del 2021|DATE|2021-Q2|absolute']],
    ['Gli attentati dell’11 settembre 2001 cambiarono tutto.', PUB, ['11 settembre 2001|DATE|2001-09-11|absolute']],
    ['La legge 104 del 1992 tutela i disabili.', PUB, ['1992|DATE|1992|absolute']],
    ['Il Natale 2020 fu triste.', PUB, ['Natale 2020|DATE|2020-12-25|absolute']],
  ]);
});

describe('it timex: dates without a year take it from the anchor', () => {
  cases([
    ['Il 16 gennaio è stato riferito che la famiglia lasciava gli incarichi.', PUB, ['16 gennaio|DATE|2022-01-16|published']],
    // up to ~2 months after the anchor: same year (announced dates)
    ['Il vertice si terrà il 16 gennaio.', '2022-01-05', ['16 gennaio|DATE|2022-01-16|published']],
    ['Il vertice si terrà a marzo.', PUB, ['marzo|DATE|2022-03|published']],
    ['A Natale il governo ha varato la manovra.', PUB, ['Natale|DATE|2021-12-25|published']],
    // later than that: the nearest past occurrence
    ['Il 15 giugno il parlamento ha votato.', PUB, ['15 giugno|DATE|2021-06-15|published']],
    ['Il 20 dicembre è stato firmato l’accordo.', '2022-01-05', ['20 dicembre|DATE|2021-12-20|published']],
    ['Il 10 gennaio inizierà il processo.', '2022-12-20', ['10 gennaio|DATE|2023-01-10|published']],
    ['A maggio scorso il presidente si è dimesso.', PUB, ['maggio scorso|DATE|2021-05|published']],
    ['Lo scorso 16 gennaio il governo è caduto.', PUB, ['scorso 16 gennaio|DATE|2022-01-16|published']],
    ['Il decreto del 28 febbraio scorso è stato ritirato.', '2022-03-10', ['28 febbraio scorso|DATE|2022-02-28|published']],
    ['L’8 marzo migliaia di donne hanno manifestato.', '2022-03-10', ['8 marzo|DATE|2022-03-08|published']],
    ['Il governo interverrà entro la fine del mese.', PUB, ['fine del mese|DATE|2022-01|published|mod=END']],
    ['All’inizio del mese di marzo si vota.', PUB, ['inizio del mese di marzo|DATE|2022-03|published|mod=START']],
    // no anchor: the year stays unknown
    ['Il 16 gennaio è stato riferito.', undefined, ['16 gennaio|DATE|XXXX-01-16|unanchored']],
    ['Il vertice si terrà a marzo.', undefined, ['marzo|DATE|XXXX-03|unanchored']],
  ]);
});

describe('it timex: ranges', () => {
  cases([
    ['Ha governato il paese dal 1989 al 2019.', PUB, ['dal 1989 al 2019|DATE|1989|absolute|range=1989/2019']],
    ['Tra il 2010 e il 2012 il debito è cresciuto.', PUB, ['Tra il 2010 e il 2012|DATE|2010|absolute|range=2010/2012']],
    ['Le proteste sono durate dal 16 al 18 gennaio.', PUB, ['dal 16 al 18 gennaio|DATE|2022-01-16|published|range=2022-01-16/2022-01-18']],
    ['Il piano copre il periodo 2019-2021.', PUB, ['2019-2021|DATE|2019|absolute|range=2019/2021']],
    ['Dal 2010 al 2019 il paese è cresciuto.', PUB, ['Dal 2010 al 2019|DATE|201|absolute|range=2010/2019']],
    ['Da gennaio a dicembre 2021 i prezzi sono saliti.', PUB, ['Da gennaio a dicembre 2021|DATE|2021|absolute|range=2021-01/2021-12']],
    ['Dal 28 dicembre al 3 gennaio le scuole restano chiuse.', PUB, ['Dal 28 dicembre al 3 gennaio|DATE|2021-12-28|published|range=2021-12-28/2022-01-03']],
    ['Dal 16 gennaio al 3 febbraio 2022 resterà chiuso.', PUB, ['Dal 16 gennaio al 3 febbraio 2022|DATE|2022-01-16|absolute|range=2022-01-16/2022-02-03']],
    ['Tra il 16 e il 18 gennaio ci sono stati scontri.', PUB, ['Tra il 16 e il 18 gennaio|DATE|2022-01-16|published|range=2022-01-16/2022-01-18']],
    ['Dal 16 al 18 gennaio ci saranno scioperi.', undefined, ['Dal 16 al 18 gennaio|DATE|XXXX-01-16|unanchored|range=XXXX-01-16/XXXX-01-18']],
  ]);
});

describe('it timex: relative to the publication date', () => {
  cases([
    ['Oggi il governo ha votato.', PUB, ['Oggi|DATE|2022-01-20|published']],
    ['Ieri la polizia ha arrestato tre persone.', PUB, ['Ieri|DATE|2022-01-19|published']],
    ['Domani si vota.', PUB, ['Domani|DATE|2022-01-21|published']],
    ['L’altro ieri è arrivato a Roma.', PUB, ['L’altro ieri|DATE|2022-01-18|published']],
    ['Tre giorni fa è iniziato lo sciopero.', PUB, ['Tre giorni fa|DATE|2022-01-17|published']],
    ['Due settimane fa il ministro si è dimesso.', PUB, ['Due settimane fa|DATE|2022-W01|published']],
    ['Un anno fa il paese era in guerra.', PUB, ['Un anno fa|DATE|2021|published']],
    ['La settimana scorsa il governo ha annunciato nuove misure.', PUB, ['settimana scorsa|DATE|2022-W02|published']],
    ['Il mese scorso la polizia ha arrestato il sindaco.', PUB, ['mese scorso|DATE|2021-12|published']],
    ['L’anno scorso l’inflazione è salita.', PUB, ['anno scorso|DATE|2021|published']],
    ['Lo scorso anno l’inflazione è salita.', PUB, ['scorso anno|DATE|2021|published']],
    ['L’anno prossimo si terranno le elezioni.', PUB, ['anno prossimo|DATE|2023|published']],
    ['Quest’anno il raccolto è stato scarso.', PUB, ['Quest’anno|DATE|2022|published']],
    ['Il ministro ha parlato lunedì.', PUB, ['lunedì|DATE|2022-01-17|published']],
    // the same weekday as the anchor is the anchor day ("said on Thursday" in Thursday's paper)
    ['Il ministro ha parlato giovedì.', PUB, ['giovedì|DATE|2022-01-20|published']],
    ['Lunedì prossimo si riunirà il consiglio.', PUB, ['Lunedì prossimo|DATE|2022-01-24|published']],
    ['Giovedì scorso si è riunito il consiglio.', PUB, ['Giovedì scorso|DATE|2022-01-13|published']],
    ['Lo scorso fine settimana ci sono stati scontri.', PUB, ['scorso fine settimana|DATE|2022-W02-WE|published']],
    ['Stamattina il presidente ha firmato il decreto.', PUB, ['Stamattina|TIME|2022-01-20TMO|published']],
    ['Ieri sera ci sono stati scontri.', PUB, ['Ieri sera|TIME|2022-01-19TEV|published']],
    // the named moments of the day: dawn is a morning, midday and midnight are clock times
    ['Ieri all’alba la polizia ha sgomberato il campo.', PUB, ['Ieri all’alba|TIME|2022-01-19TMO|published']],
    ['Domenica all’alba i blindati sono entrati in città.', PUB, ['Domenica all’alba|TIME|2022-01-16TMO|published']],
    ['All’alba di martedì sono cominciati i raid.', PUB, ['alba di martedì|TIME|2022-01-18TMO|published']],
    ['Il coprifuoco scatta a mezzanotte.', PUB, ['mezzanotte|TIME|2022-01-20T24:00|published']],
    ['La sera di martedì un giovane è stato accoltellato.', PUB, ['sera di martedì|TIME|2022-01-18TEV|published']],
    ['Nella notte dell’11 gennaio le truppe sono entrate.', PUB, ['notte dell’11 gennaio|TIME|2022-01-11TNI|published']],
    ['Il partito Alba Dorata è stato sciolto.', PUB, []],
    ['In questi giorni la tensione è alta.', PUB, ['In questi giorni|DATE|PRESENT_REF|published']],
    // adverbs of the present moment are no time expressions (neither gold set annotates them: docs/decisions.md)
    ['Il paese è attualmente in crisi.', PUB, []],
    ['Al momento non ci sono vittime.', PUB, []],
    ['Ora il governo deve decidere.', PUB, []],
    ['Nei prossimi giorni arriveranno gli aiuti.', PUB, ['prossimi giorni|DURATION|PXD|absolute']],
    ['Tra due settimane scade il termine.', PUB, ['due settimane|DATE|2022-W05|published']],
    ['Fra tre giorni si vota.', PUB, ['tre giorni|DATE|2022-01-23|published']],
    // without a publication date the calendar value stays unknown at the right granularity
    ['Ieri la polizia ha arrestato tre persone.', undefined, ['Ieri|DATE|XXXX-XX-XX|unanchored']],
    ['La settimana scorsa il governo è caduto.', undefined, ['settimana scorsa|DATE|XXXX-WXX|unanchored']],
    ['Il ministro ha parlato lunedì.', undefined, ['lunedì|DATE|XXXX-WXX-1|unanchored']],
  ]);
});

describe('it timex: relative to the previous date in the text', () => {
  cases([
    [
      'Il 5 gennaio 2022 sono iniziate le proteste. Pochi giorni dopo il governo si è dimesso.',
      PUB,
      ['5 gennaio 2022|DATE|2022-01-05|absolute', 'Pochi giorni|DURATION|PXD|absolute'],
    ],
    [
      'Il 5 gennaio 2022 sono iniziate le proteste. Due giorni dopo il governo si è dimesso.',
      PUB,
      ['5 gennaio 2022|DATE|2022-01-05|absolute', 'Due giorni|DURATION|P2D|absolute'],
    ],
    [
      'Il 5 gennaio 2022 sono iniziate le proteste. Il giorno dopo è intervenuta la polizia.',
      PUB,
      ['5 gennaio 2022|DATE|2022-01-05|absolute', 'giorno dopo|DATE|2022-01-06|previous'],
    ],
    [
      'Il 5 gennaio 2022 sono iniziate le proteste; la settimana successiva sono finite.',
      PUB,
      ['5 gennaio 2022|DATE|2022-01-05|absolute', 'settimana successiva|DATE|2022-W02|previous'],
    ],
    [
      'Il 5 gennaio 2022 sono iniziate le proteste. L’indomani è arrivato l’esercito.',
      PUB,
      ['5 gennaio 2022|DATE|2022-01-05|absolute', 'L’indomani|DATE|2022-01-06|previous'],
    ],
    [
      'Nel 2015 è stato eletto. Tre anni dopo si è dimesso.',
      PUB,
      ['2015|DATE|2015|absolute', 'Tre anni|DURATION|P3Y|absolute'],
    ],
    // the previous date is coarser than the shift: its own granularity, approximately
    [
      'Ha governato dal 1989 al 2019. Pochi giorni dopo il golpe tutto è cambiato.',
      PUB,
      ['dal 1989 al 2019|DATE|1989|absolute|range=1989/2019', 'Pochi giorni|DURATION|PXD|absolute'],
    ],
    [
      'Nel 1992 fu ucciso Falcone; due mesi dopo fu ucciso Borsellino.',
      PUB,
      ['1992|DATE|1992|absolute', 'due mesi|DURATION|P2M|absolute'],
    ],
    // no earlier date: the publication date is the base
    ['Pochi giorni dopo il governo è caduto.', PUB, ['Pochi giorni|DURATION|PXD|absolute']],
    ['Il voto è arrivato dopo settimane di tensioni.', PUB, ['settimane|DURATION|PXW|absolute']],
    ['Nel fine settimana le delegazioni hanno discusso il piano.', PUB, ['fine settimana|DATE|2022-W02-WE|published']],
    ['Pochi giorni dopo il governo è caduto.', undefined, ['Pochi giorni|DURATION|PXD|absolute']],
  ]);
});

describe('it timex: durations, sets and clock times', () => {
  cases([
    ['Lo sciopero è durato per tre giorni.', PUB, ['tre giorni|DURATION|P3D|absolute']],
    ['Lo sciopero è iniziato due giorni dopo il voto.', PUB, ['due giorni|DURATION|P2D|absolute']],
    ["L'aereo è decollato alle 18:00 UTC.", PUB, ['18:00 UTC|TIME|2022-01-20T18:00Z|published']],
    ['Il governo è caduto poche settimane prima delle elezioni.', PUB, ['poche settimane|DURATION|PXW|absolute']],
    ['Vive in esilio da dieci anni.', PUB, ['dieci anni|DURATION|P10Y|absolute']],
    ['Il partito è rimasto al potere per 30 anni.', PUB, ['30 anni|DURATION|P30Y|absolute']],
    ['Il partito è rimasto al potere per trentacinque anni.', PUB, ['trentacinque anni|DURATION|P35Y|absolute']],
    ['Il confine resterà chiuso per due settimane.', PUB, ['due settimane|DURATION|P2W|absolute']],
    ['Negli ultimi tre anni il debito è raddoppiato.', PUB, ['tre anni|DURATION|P3Y|absolute']],
    ['È al potere da più di dieci anni.', PUB, ['dieci anni|DURATION|P10Y|absolute']],
    ['Hanno trattato per anni.', PUB, ['anni|DURATION|PXY|absolute']],
    ['Nell’ultimo anno i prezzi sono saliti.', PUB, ['ultimo anno|DURATION|P1Y|absolute']],
    ['In pochi giorni la calma è tornata.', PUB, ['pochi giorni|DURATION|PXD|absolute']],
    ['La riunione è durata per tre ore.', PUB, ['tre ore|DURATION|PT3H|absolute']],
    ['Il vertice si tiene ogni anno.', PUB, ['ogni anno|SET|P1Y|absolute']],
    ['Il consiglio si riunisce ogni lunedì.', PUB, ['ogni lunedì|SET|XXXX-WXX-1|absolute']],
    ['Si vota ogni due anni.', PUB, ['ogni due anni|SET|P2Y|absolute']],
    ['La piazza si riempie tutti i giorni.', PUB, ['tutti i giorni|SET|P1D|absolute']],
    ['La riunione inizierà alle 10.', PUB, ['10|TIME|2022-01-20T10:00|published']],
    ['La riunione inizierà alle 10:30.', PUB, ['10:30|TIME|2022-01-20T10:30|published']],
    [
      'Il 16 gennaio 2022 alle 10:30 è iniziato il vertice.',
      PUB,
      ['16 gennaio 2022|DATE|2022-01-16|absolute', '10:30|TIME|2022-01-16T10:30|absolute'],
    ],
    ['Il 5 gennaio 2022, in serata, il ministro ha parlato.', PUB, ['5 gennaio 2022|DATE|2022-01-05|absolute', 'serata|TIME|2022-01-05TEV|absolute']],
    ['Il 16 gennaio 2022, ore 10, è iniziato il vertice.', PUB, ['16 gennaio 2022, ore 10|TIME|2022-01-16T10:00|absolute']],
    // a quantity of time with no preposition before it, as the guideline annotates it
    ['È stato condannato a sei anni di carcere.', PUB, ['sei anni|DURATION|P6Y|absolute']],
    ['Ci vuole un’ora per arrivare.', PUB, ['un’ora|DURATION|PT1H|absolute']],
    // "ore" before dopo/prima: the duration it contains ("poche ore dopo il voto")
    ['Poche ore dopo il voto è arrivata la polizia.', PUB, ['Poche ore|DURATION|PTXH|absolute']],
    ['Nelle prossime ore il governo deciderà.', PUB, ['prossime ore|DURATION|PTXH|absolute']],
  ]);
});

describe('it timex: the same day, that evening, seasons', () => {
  cases([
    [
      'Il 5 gennaio 2022 sono iniziate le proteste. Lo stesso giorno il governo si è dimesso e quella sera stessa è arrivato l’esercito.',
      PUB,
      ['5 gennaio 2022|DATE|2022-01-05|absolute', 'Lo stesso giorno|DATE|2022-01-05|previous', 'quella sera stessa|TIME|2022-01-05TEV|previous'],
    ],
    ['In estate le proteste erano cresciute.', PUB, ['estate|DATE|2021-SU|published']],
    ['La primavera araba ha cambiato la regione.', PUB, []],
  ]);
});

describe('it timex: things that are not time expressions', () => {
  cases([
    ['Il COVID-19 ha colpito il paese.', PUB, []],
    ['Il ministro ha incontrato Luca Maggio.', PUB, []],
    ['La famiglia di Maggio vive a Napoli.', PUB, []],
    ['Vedi pagina 2019 del rapporto.', PUB, []],
    ['Hanno partecipato 2000 persone.', PUB, []],
    ['Novecento persone hanno manifestato.', PUB, []],
    ['Il bilancio è di 1.950 euro.', PUB, []],
    ['Un uomo di 30 anni è stato arrestato.', PUB, []],
    ['La partita è finita 3-1.', PUB, []],
    ['È ora di agire.', PUB, []],
    ['Le 20 vittime sono state identificate.', PUB, []],
    ['Il Mar Mediterraneo è agitato.', PUB, []],
    ['In una giornata di sole la piazza era piena.', PUB, []],
    ['Arrivò al momento giusto.', PUB, []],
    ['È tornato nella sua città natale.', PUB, []],
  ]);
});

describe('it timex: spans and rule ids', () => {
  it('gives exact offsets and names the pattern', () => {
    const text = 'Ha governato il paese dal 1989 al 2019 e il 16 gennaio si è dimesso.';
    const ts = tag('it', text, PUB);
    assert.deepEqual(
      ts.map((t) => [t.start, t.end, t.rule, t.id, t.sentence]),
      [
        [22, 38, 'it:timex:range-years', 'T1', 0],
        [44, 54, 'it:timex:day-month', 'T2', 0],
      ],
    );
    for (const t of ts) assert.equal(text.slice(t.start, t.end), t.text);
  });
});

describe('it timex: a weekday after "per" or "entro" is the next one', () => {
  cases([
    ['Gli studenti hanno annunciato una nuova marcia per domenica.', '2022-01-20', ['domenica|DATE|2022-01-23|published']],
    ['Il governo dovrà rispondere entro lunedì.', '2022-01-20', ['lunedì|DATE|2022-01-24|published']],
  ]);
});
