/** A word as the tagger outputs it and the parser reads it. */
export interface TaggedWord {
  form: string;
  lemma: string;
  upos: string;
  /** CoNLL-U features, "Mood=Ind|Number=Sing", or "_" when none. */
  feats: string;
}
