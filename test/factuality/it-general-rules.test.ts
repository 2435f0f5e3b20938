// General Italian rules, the counterparts of en-general-rules: cancelled or postponed events are
// negated, feared events, efforts and purposes are possible, a plan stated in the past ("doveva")
// leaves the outcome unsaid, permission is possibility, a negotiated act is not concluded.
import { runCases, type Case } from './cases.js';

const RULES: Case[] = [
  {name: "rinviato: soggetto del passivo", text: "Il vertice è stato rinviato a causa della tempesta.", trigger: "vertice", want: "CERTAIN/NEG/NON_FUTURE/NONE/COMMITTED [author]", polarity: ["factuality.cancelled-theme","rinviato"]},
  {name: "annullato: oggetto", text: "Il ministero ha annullato la parata di venerdì.", trigger: "parata", want: "CERTAIN/NEG/NON_FUTURE/NONE/COMMITTED [author]", polarity: ["factuality.cancelled-theme","annullato"]},
  {name: "participio in testa al titolo", text: "Rinviato il vertice di Roma", trigger: "vertice", want: "CERTAIN/NEG/NON_FUTURE/NONE/COMMITTED [author]", polarity: ["factuality.cancelled-theme","Rinviato"]},
  {name: "la causa non è il tema", text: "La tempesta ha ucciso quattro persone.", trigger: "tempesta", want: "CERTAIN/POS/NON_FUTURE/NONE/COMMITTED [author]"},
  {name: "non + aggettivo", text: "Il nuovo aeroporto non è redditizio.", trigger: "redditizio", want: "CERTAIN/NEG/NON_FUTURE/NONE/COMMITTED [author]"},
  {name: "timori di + nome", text: "Le borse sono scese per i timori di una recessione in Europa.", trigger: "recessione", want: "POSSIBLE/POS/FUTURE/NONE/COMMITTED [author]", certainty: ["it:factuality:timori di","timori di"]},
  {name: "timori di + infinito", text: "Le borse sono scese per i timori di perdere posti di lavoro.", trigger: "perdere", want: "POSSIBLE/POS/FUTURE/NONE/COMMITTED [author]", certainty: ["it:factuality:timori di","timori di"]},
  {name: "paura che", text: "C'è paura che la banca fallisca.", trigger: "fallisca", want: "POSSIBLE/POS/FUTURE/NONE/COMMITTED [author]", certainty: ["it:factuality:paura che","paura che"]},
  {name: "per + infinito: lo scopo", text: "La banca ha tagliato i tassi per sostenere la crescita.", trigger: "sostenere", want: "POSSIBLE/POS/FUTURE/NONE/COMMITTED [author]", certainty: ["factuality.purpose","per"]},
  {name: "l'oggetto definito è presupposto", text: "La banca ha tagliato i tassi per sostenere la crescita.", trigger: "crescita", want: "CERTAIN/POS/NON_FUTURE/NONE/COMMITTED [author]"},
  {name: "doveva: esito non detto", text: "Il traghetto doveva partire lunedì.", trigger: "partire", want: "UNDERSPECIFIED/POS/NON_FUTURE/NONE/COMMITTED [author]", certainty: ["it:factuality:doveva","doveva"]},
  {name: "autorizzata a", text: "La società è stata autorizzata a partecipare alla gara.", trigger: "partecipare", want: "POSSIBLE/POS/FUTURE/NONE/COMMITTED [author]", certainty: ["it:factuality:autorizzata a","autorizzata a"]},
  {name: "negozia + oggetto", text: "La compagnia negozia l'acquisto di dieci aerei.", trigger: "acquisto", want: "POSSIBLE/POS/FUTURE/NONE/COMMITTED [author]", certainty: ["factuality.attempted-theme","negozia"]},
  {name: "tentativi di", text: "I tentativi di fermare la crisi sono falliti.", trigger: "fermare", want: "POSSIBLE/POS/NON_FUTURE/NONE/COMMITTED [author]", certainty: ["it:factuality:tentativi di","tentativi di"]},
  {name: "un verbo finito dopo la congiunzione chiude l'infinitiva", text: "Il governo ha rifiutato di firmare l'accordo e i sindacati hanno proclamato uno sciopero.", trigger: "sciopero", want: "CERTAIN/POS/NON_FUTURE/NONE/COMMITTED [author]"},
  {name: "difficilmente: probabilmente no", text: "Il governo difficilmente ritirerà la legge.", trigger: "ritirerà", want: "PROBABLE/NEG/FUTURE/NONE/COMMITTED [author]"},
  {name: "soggetto di sembrare", text: "La ripresa sembra essere lenta.", trigger: "ripresa", want: "PROBABLE/POS/NON_FUTURE/NONE/COMMITTED [author]", certainty: ["factuality.raised-subject","sembra"]},
  {name: "un evento che potrebbe seguire: il soggetto di un verbo di accadimento", text: "Nuove proteste potrebbero seguire nei prossimi giorni.", trigger: "proteste", want: "POSSIBLE/POS/FUTURE/NONE/COMMITTED [author]"},
  {name: "un nome che un verbo di supporto realizza prende il suo futuro", text: "La presidente ha annunciato che porrà il veto sul testo.", trigger: "veto", want: "CERTAIN/POS/FUTURE/NONE/UNCOMMITTED [author > presidente]"},
  {name: "un ordine compie ciò che ordina", text: "Il comandante ha ordinato ai reparti di ritirarsi.", trigger: "ritirarsi", want: "CERTAIN/POS/NON_FUTURE/NONE/COMMITTED [author]"},
  {name: "una minaccia con una condizione è asserita", text: "Il ministro ha minacciato nuovi raid se le truppe non si ritireranno.", trigger: "minacciato", want: "CERTAIN/POS/NON_FUTURE/NONE/COMMITTED [author]"},
  {name: "per con l'infinito passato dà una ragione, non uno scopo", text: "Il tribunale aveva sospeso il deputato per aver accusato il presidente di corruzione.", trigger: "accusato", want: "CERTAIN/POS/NON_FUTURE/NONE/COMMITTED [author]"},
];

runCases('it', 'general rules', RULES);
