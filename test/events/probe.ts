import { events } from './helpers.js';
const [lang, text, ...ms] = process.argv.slice(2);
const mentions = ms.map((m) => { const [t, type, sec] = m.split(':'); return { text: t, type: type as 'PER', sectors: sec ? sec.split(',') : undefined }; });
console.log(JSON.stringify(events(lang, text, mentions)));
