// Small statistics for the bench: quantiles of repeated rounds and how a ratio is printed.

/** The `q` quantile (0–1) of `values`, linearly interpolated between the nearest ranks. */
export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

export const median = (values) => quantile(values, 0.5);

/** `1.23× (p10–p90 1.10–1.31× over 7 rounds)`. */
export function spread(ratios, digits = 2) {
  const f = (x) => x.toFixed(digits);
  return `${f(median(ratios))}× (p10–p90 ${f(quantile(ratios, 0.1))}–${f(quantile(ratios, 0.9))}× over ${ratios.length} rounds)`;
}
