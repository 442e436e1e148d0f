import { AttributionControl, type Map as MapLibreMap } from 'maplibre-gl';
import { escapeMarkup } from '../escape-markup';

export const BASEMAP_CREDIT = 'Made with Natural Earth';

/** The credits for a map: the assessment drawn (if any), then the basemap. */
export function creditParts(frontlineCredit: string | null): string[] {
	return frontlineCredit ? [frontlineCredit, BASEMAP_CREDIT] : [BASEMAP_CREDIT];
}

/**
 * The map-corner credit, linking to the credits (in a new tab from an embed, so the host page's
 * frame is not navigated away).
 */
export function attributionHtml(frontlineCredit: string | null, embedded = false): string {
	const target = embedded ? ' target="_blank" rel="noopener"' : '';
	const text = creditParts(frontlineCredit).map(escapeMarkup).join(' · ');
	return `<a href="/about#credits"${target}>${text}</a>`;
}

export interface MapCredit {
	/** Credits the assessment whose lines are drawn now (null: none drawn). */
	set(frontlineCredit: string | null): void;
	/** The credit line as plain text (burned into exported images). */
	text(): string;
}

/** The map's attribution control; MapLibre folds it behind an (i) on maps narrower than 640 px. */
export function createMapCredit(map: MapLibreMap, embedded: boolean): MapCredit {
	let credit: string | null = null;
	const control = () =>
		new AttributionControl({
			customAttribution: attributionHtml(credit, embedded),
			...(embedded ? { compact: false } : {})
		});
	let current = control();
	map.addControl(current);
	return {
		set(next) {
			if (next === credit) return;
			credit = next;
			// MapLibre has no setter for a control's attribution: replace the control.
			map.removeControl(current);
			current = control();
			map.addControl(current);
		},
		text: () => creditParts(credit).join(' · ')
	};
}
