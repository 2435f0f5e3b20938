// General English rules found while checking against news-corpus conventions: goal infinitives look
// ahead, embedded "would" is future-in-the-past, "as long as" is no conditional, and ended,
// cancelled, delayed or nearly-done events are negated.
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
  {name: "reduced if-clause conditions nothing", text: "Exports rose sharply if compared with last year.", trigger: "rose", want: "CERTAIN/POS/NON_FUTURE/NONE/COMMITTED [author]"},
  {name: "full if-clause still conditions", text: "Exports will fall if the strike continues.", trigger: "fall", want: "POSSIBLE/POS/FUTURE/COND_MAIN_CLAUSE/COMMITTED [author]"},
];

runCases('en', 'general rules', RULES);
