/** A word as the tagger outputs it and the parser reads it. */
export interface TaggedWord {
  form: string;
  lemma: string;
  upos: string;
  /** CoNLL-U features, "Mood=Ind|Number=Sing", or "_" when none. */
  feats: string;
  /** The tagger's runner-up UPOS when it scored close to the chosen one, and how close (score units). */
  alt?: string;
  altMargin?: number;
}
