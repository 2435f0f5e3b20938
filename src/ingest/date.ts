/** YYYY-MM-DD, or an ISO 8601 date-time (seconds, fraction and zone optional). */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** True for a real calendar date in ISO form (2022-02-30 is rejected). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value.trim());
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d > days) return false;
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 60)) return false;
  return true;
}

/** A feed or meta-tag date (RFC 822, ISO, ...) as ISO 8601, or undefined when it does not parse. */
export function toIsoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const v = value.trim();
  if (isIsoDate(v)) return v;
  const t = Date.parse(v);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}
