// General English rules found while checking against news-corpus conventions: goal infinitives look
// ahead, embedded "would" is future-in-the-past, "as long as" is no conditional, ended, cancelled,
// delayed or nearly-done events are negated, feared events, efforts and purposes are possible, plans
// stated in the past leave the outcome unsaid; and the clause boundaries these rules rely on.
import { runCases, type Case } from './cases.js';

const RULES: Case[] = [
  {name: "goal infinitive looks ahead", text: "The council met on Monday to discuss the budget.", trigger: "discuss", want: "CERTAIN/POS/FUTURE/NONE/COMMITTED [author]", time: ["factuality.goal-infinitive","to"]},
  {name: "infinitive under a cue keeps the cue's reading", text: "The army failed to capture the city.", trigger: "capture", want: "CERTAIN/NEG/NON_FUTURE/NONE/COMMITTED [author]", time: ["factuality.default","capture"]},
  {name: "embedded would", text: "The town approved a plan which would double the tax.", trigger: "double", want: "CERTAIN/POS/FUTURE/NONE/COMMITTED [author]", time: ["factuality.embedded-would","would"]},
  {name: "main-clause would stays hypothetical", text: "A new tax would hurt small shops.", trigger: "hurt", want: "POSSIBLE/POS/FUTURE/NONE/COMMITTED [author]"},
  {name: "as long as is not a conditional", text: "Farmers kept protesting as long as the price stayed low.", trigger: "stayed", want: "CERTAIN/POS/NON_FUTURE/NONE/COMMITTED [author]"},
  {name: "stop + gerund", text: "The factory stopped making cars in May.", trigger: "making", want: "CERTAIN/NEG/NON_FUTURE/NONE/COMMITTED [author]", polarity: ["en:factuality:stop","stopped"]},
  {name: "cancelled event noun", text: "Officials criticised the now-cancelled visit.", trigger: "visit", want: "CERTAIN/NEG/NON_FUTURE/NONE/COMMITTED [author]", polarity: ["en:factuality:now-cancelled","now-cancelled"]},
  {name: "stop: the stopping itself is asserted", text: "The factory stopped making cars in May.", trigger: "stopped", want: "CERTAIN/POS/NON_FUTURE/NONE/COMMITTED [author]"},
  {name: "delay in", text: "Farmers complained about the delay in payments.", trigger: "payments", want: "CERTAIN/NEG/NON_FUTURE/NONE/COMMITTED [author]", polarity: ["en:factuality:delay in","delay in"]},
  {name: "nearly", text: "The river nearly flooded the village.", trigger: "flooded", want: "CERTAIN/NEG/NON_FUTURE/NONE/COMMITTED [author]", polarity: ["en:factuality:nearly","nearly"]},
  {name: "declining is no implicative", text: "Shares fell amid declining demand for steel.", trigger: "demand", want: "CERTAIN/POS/NON_FUTURE/NONE/COMMITTED [author]"},
  {name: "declined to", text: "The minister declined to answer questions.", trigger: "answer", want: "CERTAIN/NEG/NON_FUTURE/NONE/COMMITTED [author]", polarity: ["en:factuality:decline to","declined to"]},
  {name: "have to: a settled later act", text: "The ship will have to refuel in Malta.", trigger: "refuel", want: "CERTAIN/POS/FUTURE/NONE/COMMITTED [author]", time: ["en:factuality:have to","have to"]},
  {name: "may have to: a possible necessity", text: "The ship may have to refuel in Malta.", trigger: "refuel", want: "POSSIBLE/POS/FUTURE/NONE/COMMITTED [author]", certainty: ["en:factuality:may have to","may have to"]},
  {name: "reduced if-clause conditions nothing", text: "Exports rose sharply if compared with last year.", trigger: "rose", want: "CERTAIN/POS/NON_FUTURE/NONE/COMMITTED [author]"},
  {name: "full if-clause still conditions", text: "Exports will fall if the strike continues.", trigger: "fall", want: "POSSIBLE/POS/FUTURE/COND_MAIN_CLAUSE/COMMITTED [author]"},
  // cancelled, postponed or delayed events (MEANTIME: the delayed flight is NEG), object or passive subject
  {name: "postponed: passive subject", text: "The summit was postponed because of the storm.", trigger: "summit", want: "CERTAIN/NEG/NON_FUTURE/NONE/COMMITTED [author]", polarity: ["factuality.cancelled-theme","postponed"]},
  {name: "delayed: headline", text: "Airline strike delayed after talks", trigger: "strike", want: "CERTAIN/NEG/NON_FUTURE/NONE/COMMITTED [author]", polarity: ["factuality.cancelled-theme","delayed"]},
  {name: "cancelled: object", text: "The ministry cancelled the parade on Friday.", trigger: "parade", want: "CERTAIN/NEG/NON_FUTURE/NONE/COMMITTED [author]", polarity: ["factuality.cancelled-theme","cancelled"]},
  {name: "not cancelled: the negations cancel out", text: "The parade was not cancelled.", trigger: "parade", want: "CERTAIN/POS/NON_FUTURE/NONE/COMMITTED [author]"},
  {name: "a cause is no theme", text: "The storm killed four people.", trigger: "storm", want: "CERTAIN/POS/NON_FUTURE/NONE/COMMITTED [author]"},
  {name: "noun complement shares the noun's negation", text: "The ministry criticised the scrapped plan to build a dam.", trigger: "build", want: "POSSIBLE/NEG/NON_FUTURE/NONE/COMMITTED [author]", polarity: ["factuality.noun-complement","scrapped"]},
  // negation of a non-verbal predicate
  {name: "not + adjective after a copula", text: "The new airport is not profitable enough.", trigger: "profitable", want: "CERTAIN/NEG/NON_FUTURE/NONE/COMMITTED [author]", polarity: ["factuality.predicate-negation","not"]},
  {name: "as not + adjective", text: "Analysts described the rescue package as not sufficient.", trigger: "sufficient", want: "CERTAIN/NEG/NON_FUTURE/NONE/COMMITTED [author]", polarity: ["factuality.predicate-negation","not"]},
  // feared and hoped-for events, efforts, goals
  {name: "fears of + noun", text: "Shares fell on fears of a recession in Europe.", trigger: "recession", want: "POSSIBLE/POS/FUTURE/NONE/COMMITTED [author]", certainty: ["en:factuality:fears of","fears of"]},
  {name: "fears that", text: "Shares fell on fears that the bank will collapse.", trigger: "collapse", want: "POSSIBLE/POS/FUTURE/NONE/COMMITTED [author]", certainty: ["en:factuality:fears that","fears that"]},
  {name: "afraid of", text: "Voters were afraid of higher taxes.", trigger: "taxes", want: "POSSIBLE/POS/FUTURE/NONE/COMMITTED [author]", certainty: ["en:factuality:afraid of","afraid of"]},
  {name: "fears of + gerund", text: "Shares fell on fears of losing more jobs.", trigger: "losing", want: "POSSIBLE/POS/FUTURE/NONE/COMMITTED [author]", certainty: ["en:factuality:fears of","fears of"]},
  {name: "afraid of + noun + gerund", text: "Voters were afraid of panic selling.", trigger: "selling", want: "POSSIBLE/POS/FUTURE/NONE/COMMITTED [author]", certainty: ["en:factuality:afraid of","afraid of"]},
  {name: "a gerund after a verb cue is no feared event", text: "The factory stopped selling cars.", trigger: "selling", want: "CERTAIN/NEG/NON_FUTURE/NONE/COMMITTED [author]"},
  {name: "working to", text: "Unions are working to end the dispute.", trigger: "end", want: "POSSIBLE/POS/NON_FUTURE/NONE/COMMITTED [author]", certainty: ["en:factuality:work to","working to"]},
  {name: "a definite object is presupposed, not attempted", text: "Unions are working to end the dispute.", trigger: "dispute", want: "CERTAIN/POS/NON_FUTURE/NONE/COMMITTED [author]"},
  {name: "effort to", text: "The government announced an effort to cut emissions.", trigger: "cut", want: "POSSIBLE/POS/NON_FUTURE/NONE/UNCOMMITTED [author > government]", certainty: ["en:factuality:effort to","effort to"]},
  {name: "a noun cue governs its complement only", text: "The effort to cut emissions has failed, officials said.", trigger: "failed", want: "CERTAIN/POS/NON_FUTURE/NONE/UNCOMMITTED [author > officials]"},
  {name: "in order to", text: "The central bank lowered rates in order to support growth.", trigger: "support", want: "POSSIBLE/POS/FUTURE/NONE/COMMITTED [author]", certainty: ["factuality.purpose","in order to"]},
  {name: "negotiated object", text: "The airline negotiates the purchase of ten jets.", trigger: "purchase", want: "POSSIBLE/POS/FUTURE/NONE/COMMITTED [author]", certainty: ["factuality.attempted-theme","negotiates"]},
  {name: "be allowed to", text: "The firm was allowed to bid for the contract.", trigger: "bid", want: "POSSIBLE/POS/FUTURE/NONE/COMMITTED [author]", certainty: ["en:factuality:allowed to","allowed to"]},
  // plans stated in the past, and "could" in a complement
  {name: "was due to: outcome not told", text: "The ferry was due to leave the port.", trigger: "leave", want: "UNDERSPECIFIED/POS/NON_FUTURE/NONE/COMMITTED [author]", certainty: ["en:factuality:was due to","was due to"]},
  {name: "is due to: a settled plan", text: "The ferry is due to leave on Monday.", trigger: "leave", want: "CERTAIN/POS/FUTURE/NONE/COMMITTED [author]"},
  {name: "could in a that-complement is a possibility", text: "We must remember that prices could rise further.", trigger: "rise", want: "POSSIBLE/POS/FUTURE/NONE/COMMITTED [author]", certainty: ["en:factuality:could","could"]},
  {name: "could reaches the infinitive of its verb", text: "Analysts think that prices could continue to rise.", trigger: "rise", want: "POSSIBLE/POS/FUTURE/NONE/UNCOMMITTED [author > Analysts]"},
  {name: "subject of a raising hedge", text: "The recovery is likely to be slow.", trigger: "recovery", want: "PROBABLE/POS/NON_FUTURE/NONE/COMMITTED [author]", certainty: ["factuality.raised-subject","is likely to"]},
  // clause boundaries
  {name: "a comma closes a relative clause with its complements", text: "The bridge, which is believed to be unsafe, has been closed.", trigger: "closed", want: "CERTAIN/POS/NON_FUTURE/NONE/COMMITTED [author]"},
  {name: "a verb with its own complement is no trailing report", text: "As the agency reported that exports fell, investors fear that the economy will shrink.", trigger: "fell", want: "CERTAIN/POS/NON_FUTURE/NONE/UNCOMMITTED [author > agency]"},
  {name: "a finite verb after a conjunction leaves the infinitive clause", text: "The company refused to sign the deal, and workers have started a strike.", trigger: "strike", want: "CERTAIN/POS/NON_FUTURE/NONE/COMMITTED [author]"},
  {name: "unlikely to: probably not, and ahead", text: "The troops are unlikely to withdraw this year.", trigger: "withdraw", want: "PROBABLE/NEG/FUTURE/NONE/COMMITTED [author]"},
  {name: "a noun in a prepositional phrase takes nothing from the support verb", text: "There was no progress under the current circumstances.", trigger: "circumstances", want: "CERTAIN/POS/NON_FUTURE/NONE/COMMITTED [author]"},
  {name: "an event that may follow: the subject of an occurrence verb takes its modal", text: "More arrests may follow in the coming days.", trigger: "arrests", want: "POSSIBLE/POS/FUTURE/NONE/COMMITTED [author]", certainty: ["en:factuality:may","may"]},
  {name: "a weapon used takes the verb's reading: reportedly used", text: "Security forces reportedly used live ammunition against the crowd.", trigger: "live ammunition", want: "PROBABLE/POS/NON_FUTURE/NONE/DISTANCED [author > unnamed]", certainty: ["en:factuality:reportedly","reportedly"]},
  {name: "a noun a support verb brings about takes the verb's future", text: "The party said it would file an impeachment motion against him.", trigger: "impeachment motion", want: "CERTAIN/POS/FUTURE/NONE/UNCOMMITTED [author > party]"},
  {name: "a condition not yet met lies ahead of a past main clause", text: "Farmers threatened to extend their blockade unless Brussels restores the quotas.", trigger: "restores", want: "POSSIBLE/POS/FUTURE/COND_IF_CLAUSE/UNCOMMITTED [author > Farmers]", time: ["factuality.condition-ahead","restores"]},
  {name: "a counterfactual condition stays behind", text: "If the balloon had been downed over land, debris could have hurt people.", trigger: "downed", want: "POSSIBLE/POS/NON_FUTURE/COND_IF_CLAUSE/COMMITTED [author]"},
  {name: "an order performs its object: an ordered investigation is under way", text: "The president ordered an investigation last Friday.", trigger: "investigation", want: "CERTAIN/POS/NON_FUTURE/NONE/COMMITTED [author]"},
  {name: "a threat with a condition is asserted: the condition qualifies the threatened act", text: "The rebels threatened new attacks if the army did not withdraw.", trigger: "threatened", want: "CERTAIN/POS/NON_FUTURE/NONE/COMMITTED [author]"},
];

runCases('en', 'general rules', RULES);
