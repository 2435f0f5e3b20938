// Language stage: the user's language when given, else the byte n-gram guess (ngram-scores.ts),
// leaning towards languages we have a pack for when the text is short or the scores are close.
import type { Stage } from '../../core/stage.js';
import { hasPack, packLanguages } from '../../core/packs.js';
import type { CronacaDocument, LanguageGuess } from '../../core/types.js';
import { languageScores } from './ngram-scores.js';

/** Characters of text given to the detector: enough for a stable guess, cheap on long inputs. */
const SAMPLE_CHARS = 1000;
/** A pack language within this fraction of the top score wins over it. */
const CLOSE_RATIO = 0.93;
/** Below this many characters, any pack language within LOOSE_RATIO of the top wins. */
const SHORT_TEXT = 150;
const LOOSE_RATIO = 0.8;

let packCodes: string[] | undefined;
function supportedCodes(): string[] {
  packCodes ??= packLanguages();
  return packCodes;
}

const packCache = new Map<string, boolean>();
/** hasPack, cached: it touches the file system. */
function supported(code: string): boolean {
  let s = packCache.get(code);
  if (s === undefined) {
    s = hasPack(code);
    packCache.set(code, s);
  }
  return s;
}

function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The first SAMPLE_CHARS characters, cut at a space so no word is halved. */
function sample(text: string): string {
  if (text.length <= SAMPLE_CHARS) return text;
  const cut = text.lastIndexOf(' ', SAMPLE_CHARS);
  return text.slice(0, cut > SAMPLE_CHARS / 2 ? cut : SAMPLE_CHARS);
}

/** Detects the language of a text; exported for callers that only need the guess. */
export function detectLanguage(text: string): LanguageGuess {
  if (text.trim() === '') return { code: 'und', supported: false, rule: 'lang.empty' };
  const part = sample(text);
  const { ranked, reliable } = languageScores(part);
  const scores = Object.fromEntries(ranked);
  if (ranked.length === 0) return { code: 'und', supported: false, rule: 'lang.undetected', scores };
  const [topCode, topScore] = ranked[0];
  const short = part.trim().length < SHORT_TEXT || !reliable;
  const ratio = short ? LOOSE_RATIO : CLOSE_RATIO;
  if (!supported(topCode)) {
    const packs = new Set(supportedCodes());
    const best = ranked.find(([code]) => packs.has(code));
    if (best && best[1] >= topScore * ratio) {
      return { code: best[0], supported: true, rule: 'lang.eld.prefer-pack', scores };
    }
  }
  return { code: topCode, supported: supported(topCode), rule: 'lang.eld', scores };
}

function report(doc: CronacaDocument): void {
  const { code, supported } = doc.language;
  if (supported) return;
  const text = code === 'und'
    ? 'No language could be detected (empty or too little text); the document was not analysed.'
    : `Language ${languageName(code)} (${code}) has no cronaca pack; the document was not analysed.`;
  doc.messages.push({ level: 'error', code: 'unsupported-language', text });
}

export const languageStage: Stage = {
  name: 'language',
  run(doc, options) {
    const given = (options.language ?? doc.meta.language)?.trim().toLowerCase();
    if (given) {
      doc.language = { code: given, supported: /^[a-z]{2,3}$/.test(given) && supported(given), rule: 'lang.given' };
    } else {
      doc.language = detectLanguage(doc.text);
    }
    report(doc);
  },
};
