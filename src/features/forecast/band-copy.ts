/** How often sales should fall inside a band, in words a planner reads at a glance. */
const IN_WORDS: Record<number, string> = {
  0.5: 'half the time',
  0.8: '8 times out of 10',
  0.9: '9 times out of 10',
  0.95: '19 times out of 20',
};

export function bandFrequencyWords(level: number): string {
  return IN_WORDS[level] ?? `${Math.round(level * 100)}% of the time`;
}

/** "80% interval (p10–p90)" for the chart's legend. */
export function bandName(level: number): string {
  const percent = Math.round(level * 100);
  const lower = Math.round(((1 - level) / 2) * 100 * 10) / 10;
  const upper = Math.round(((1 + level) / 2) * 100 * 10) / 10;
  return `${percent}% interval (p${lower}–p${upper})`;
}
