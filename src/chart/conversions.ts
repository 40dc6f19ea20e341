import { CONVERSION_KEYS, type ConversionBehavior } from '../api/campaigns.js';
import { chartMessagesEn, type ChartMessages } from './messages.js';

/**
 * The name of one conversion event from its `conversion_behaviors` entry: `Makes Any Purchase` → Purchases,
 * `Makes Specific Purchase` → Purchases of <product>, `Performs Custom Event` → the event's name, `Starts Session` →
 * Sessions, any other type as Braze writes it. `undefined` when the entry has no type (the caller keeps
 * its generic label, "Conversions (B)").
 */
export function conversionLabel(
  behavior: ConversionBehavior | null | undefined,
  t: ChartMessages = chartMessagesEn,
): string | undefined {
  const words = t.sends.conversionEvents;
  const type = behavior?.type;
  if (!type) return undefined;
  switch (type) {
    case 'Makes Any Purchase':
      return words.purchases;
    case 'Makes Specific Purchase':
      return behavior?.product ? words.purchasesOf(behavior.product) : words.purchases;
    case 'Performs Custom Event':
      return behavior?.custom_event_name || type;
    case 'Starts Session':
      return words.sessions;
    default:
      return type;
  }
}

/**
 * Labels of the day counters `conversions`, `conversions1` … `conversions3` from a campaign's
 * `conversion_behaviors` (events A, B, C, D in order); keys without a usable entry are left out.
 */
export function conversionLabels(
  behaviors: readonly (ConversionBehavior | null | undefined)[] | null | undefined,
  t: ChartMessages = chartMessagesEn,
): Map<string, string> {
  const labels = new Map<string, string>();
  CONVERSION_KEYS.forEach((key, i) => {
    const label = conversionLabel(behaviors?.[i], t);
    if (label) labels.set(key, label);
  });
  return labels;
}

/**
 * The chart words with a campaign's conversion events named: every metric label, title and summary that reads
 * `t.sends.metrics` then says "Purchases" instead of "Conversions".
 */
export function withConversionNames(t: ChartMessages, labels: ReadonlyMap<string, string>): ChartMessages {
  return { ...t, sends: { ...t.sends, metrics: new Map([...t.sends.metrics, ...labels]) } };
}
