import type { ForceCap } from '../content/treaty';

export interface CapBar {
	side: 'ukraine' | 'russia';
	label: string;
	value: number;
	/** Bar length as a share of the larger position, 0–1: each cap has its own scale. */
	share: number;
	text: string;
}

const NUMBER = new Intl.NumberFormat('en-GB');

/** The two positions on one cap as bars, longest first being Ukraine's in every case here. */
export function capBars(cap: ForceCap): CapBar[] {
	const max = Math.max(cap.ukraine, cap.russia);
	const bar = (side: CapBar['side'], value: number): CapBar => ({
		side,
		label: side === 'ukraine' ? 'Ukraine’s position' : 'Russia’s position',
		value,
		share: max > 0 ? value / max : 0,
		text: `${NUMBER.format(value)} ${cap.unit}`
	});
	return [bar('ukraine', cap.ukraine), bar('russia', cap.russia)];
}

/** "Russia's figure is 34 % of Ukraine's": the gap in words, for the chart's text alternative. */
export function capGap(cap: ForceCap): string {
	const percent = Math.round((cap.russia / cap.ukraine) * 100);
	return `${cap.label}: Ukraine proposed ${NUMBER.format(cap.ukraine)} ${cap.unit}, Russia ${NUMBER.format(cap.russia)} (${percent} % of Ukraine’s figure).`;
}
