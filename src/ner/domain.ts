// Training on several domains (Daumé 2007, "frustratingly easy domain adaptation"): every feature
// key gets a copy tagged with the document's domain, so the model learns what holds everywhere
// (the plain keys) apart from what holds in one domain (the tagged copies). The saved model serves
// one domain, the target: each plain key's weights are summed with those of its target copy, so
// at run time the features are the plain ones and tagging costs nothing more.
// KIND fiction (FIC) added this way to Wikinews (WN): WN dev token F1 +0.4 (plain concatenation
// lowered it, docs/decisions.md).
import { basename } from 'node:path';
import { hashInts } from '../learn/feature-hash.js';
import { AveragedPerceptron, decodePerceptron } from '../learn/averaged-perceptron.js';
import type { NerDocument } from './data.js';
import type { TokenFeatures } from './features.js';

/** Domain of a KIND-style file: its name up to the first "_" ("WN_train.tsv" -> "WN"). */
export function domainOf(path: string): string {
  const name = basename(path);
  const cut = name.indexOf('_');
  return cut > 0 ? name.slice(0, cut) : name.replace(/\.[^.]*$/, '');
}

/** A domain name as the int its feature copies are tagged with. */
export function domainTag(domain: string): number {
  let h = 0x0d0a1;
  for (let k = 0; k < domain.length; k++) h = Math.imul(h ^ domain.charCodeAt(k), 0x01000193);
  return h | 0;
}

/** The features with, after each key, its copy tagged with the domain. */
export function withDomain(features: TokenFeatures, tag: number): TokenFeatures {
  const { offsets, keys } = features;
  const n = offsets.length - 1;
  const out = new Int32Array(keys.length * 2);
  const outOffsets = new Int32Array(n + 1);
  let at = 0;
  for (let i = 0; i < n; i++) {
    outOffsets[i] = at;
    for (let k = offsets[i]; k < offsets[i + 1]; k++) {
      out[at++] = keys[k];
      out[at++] = hashInts(keys[k], tag);
    }
  }
  outOffsets[n] = at;
  return { ...features, offsets: outOffsets, keys: out };
}

export function documentsWithDomain(docs: NerDocument[], tag: number): NerDocument[] {
  return docs.map((d) => ({ ...d, features: withDomain(d.features, tag) }));
}

/** Every plain key the documents use. */
export function plainKeys(docs: NerDocument[]): Set<number> {
  const out = new Set<number>();
  for (const d of docs) for (const k of d.features.keys) out.add(k);
  return out;
}

/**
 * The perceptron a target-domain tagger runs with: for every plain key, its weights plus those of
 * its copy tagged `tag`; tagged copies themselves are dropped.
 */
export function foldDomain(p: AveragedPerceptron, plain: Set<number>, tag: number): AveragedPerceptron {
  const { nc, rows, keys, f32 } = decodePerceptron(new Uint8Array(p.toBuffer()));
  if (!f32) throw new Error('foldDomain: expected float weights');
  const rowOf = new Map<number, number>();
  for (let r = 0; r < rows; r++) rowOf.set(keys[r], r);
  const outKeys: number[] = [];
  const outWeights: number[] = [];
  for (const key of plain) {
    const own = rowOf.get(key);
    const copy = rowOf.get(hashInts(key, tag));
    if (own === undefined && copy === undefined) continue;
    outKeys.push(key);
    for (let c = 0; c < nc; c++) outWeights.push((own === undefined ? 0 : f32[own * nc + c]) + (copy === undefined ? 0 : f32[copy * nc + c]));
  }
  // the serialised form (AveragedPerceptron.toBuffer): header, float64 scale, keys, float32 rows
  const header = new Int32Array([0x43415031, nc, outKeys.length, 0]);
  return AveragedPerceptron.fromBuffer(Buffer.concat([
    Buffer.from(header.buffer),
    Buffer.from(new Float64Array([1]).buffer),
    Buffer.from(Int32Array.from(outKeys).buffer),
    Buffer.from(Float32Array.from(outWeights).buffer),
  ]));
}
