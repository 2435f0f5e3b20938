import type { AnalyzeOptions } from '../core/stage.js';
import type { InputDocument } from './types.js';

/**
 * Pipeline options for one input document. `overrides` (from the command line) win over what a
 * plain-text or HTML document says about itself; records of a batch (JSONL, JSON array, feed) keep
 * their own id, date and language, and take the overrides only as defaults.
 */
export function documentOptions(input: InputDocument, overrides: AnalyzeOptions = {}): AnalyzeOptions {
  const record = input.format === 'jsonl' || input.format === 'json' || input.format === 'rss';
  const pick = <K extends keyof AnalyzeOptions>(key: K, own: AnalyzeOptions[K]): AnalyzeOptions[K] =>
    record ? (own ?? overrides[key]) : (overrides[key] ?? own);
  const options: AnalyzeOptions = {
    id: pick('id', input.meta.id),
    published: pick('published', input.meta.published),
    language: pick('language', input.meta.language),
    url: pick('url', input.meta.url),
    title: pick('title', input.meta.title),
    source: pick('source', input.meta.source),
  };
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as AnalyzeOptions;
}
