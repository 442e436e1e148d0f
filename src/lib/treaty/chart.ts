import type { ForceCap } from '../content/treaty';
import { formatNumber } from '../i18n/locale';
import { m } from '../paraglide/messages';

export interface CapBar {
	side: 'ukraine' | 'russia';
	label: string;
	value: number;
	/** Bar length as a share of the larger position, 0–1: each cap has its own scale. */
	share: number;
	text: string;
}

/** The two positions on one cap as bars, longest first being Ukraine's in every case here. */
export function capBars(cap: ForceCap): CapBar[] {
	const max = Math.max(cap.ukraine, cap.russia);
	const bar = (side: CapBar['side'], value: number): CapBar => ({
		side,
		label:
			side === 'ukraine' ? m.story_treaty_ukraine_position() : m.story_treaty_russia_position(),
		value,
		share: max > 0 ? value / max : 0,
		text: `${formatNumber(value)} ${cap.unit}`
	});
	return [bar('ukraine', cap.ukraine), bar('russia', cap.russia)];
}

/** "Russia's figure is 34 % of Ukraine's": the gap in words, for the chart's text alternative. */
export function capGap(cap: ForceCap): string {
	return m.story_treaty_cap_gap({
		label: cap.label,
		ukraine: formatNumber(cap.ukraine),
		unit: cap.unit,
		russia: formatNumber(cap.russia),
		percent: formatNumber(Math.round((cap.russia / cap.ukraine) * 100))
	});
}
