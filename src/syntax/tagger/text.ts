// Word normalisation and shape, shared by training and tagging so both see the same strings.

const FOLD = /[\u2018\u2019\u02bc\u00b4`]/g;
const FOLD_QUOTES = /[\u201c\u201d\u00ab\u00bb]/g;

/** Lower-cased form with typographic apostrophes and quotes folded to ASCII (as Token.norm). */
export function normForm(form: string): string {
  return form.toLowerCase().replace(FOLD, "'").replace(FOLD_QUOTES, '"');
}

/** Compressed shape: "Roma" -> "Xx", "G7" -> "Xd", "2023" -> "dddd" (short digit runs kept), "l'" -> "x'". */
export function wordShape(form: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (const ch of form) {
    let c: string;
    if (ch >= '0' && ch <= '9') c = 'd';
    else if (ch.toLowerCase() !== ch) c = 'X';
    else if (ch.toUpperCase() !== ch) c = 'x';
    else c = ch;
    if (c === last) {
      run++;
      if (c === 'd' ? run > 4 : run > 1) continue;
    } else run = 0;
    last = c;
    out += c;
  }
  return out;
}
