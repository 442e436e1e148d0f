import { AttributionControl, type Map as MapLibreMap } from 'maplibre-gl';
import { escapeMarkup } from '../escape-markup';
import { COMPACT_QUERY } from '../layout/sheet';
import { m } from '../paraglide/messages';
import { localizeHref } from '../paraglide/runtime';

/** The credits for a map: the assessment drawn (if any), then the basemap. */
export function creditParts(frontlineCredit: string | null): string[] {
	const basemap = m.map_credit_basemap();
	return frontlineCredit ? [frontlineCredit, basemap] : [basemap];
}

/**
 * The map-corner credit, linking to the credits (in a new tab from an embed, so the host page's
 * frame is not navigated away).
 */
export function attributionHtml(frontlineCredit: string | null, embedded = false): string {
	const target = embedded ? ' target="_blank" rel="noopener"' : '';
	const text = creditParts(frontlineCredit).map(escapeMarkup).join(' · ');
	return `<a href="${localizeHref('/about')}#credits"${target}>${text}</a>`;
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
	// The compact layout (a phone, either way up) always folds the credit behind its ⓘ.
	const compactLayout = matchMedia(COMPACT_QUERY);
	const control = () =>
		new AttributionControl({
			customAttribution: attributionHtml(credit, embedded),
			...(embedded ? { compact: false } : compactLayout.matches ? { compact: true } : {})
		});
	// MapLibre opens the folded (ⓘ) credit of a narrow map at first; on a phone it would cover a
	// fifth of the map, and the legend's chip already names the assessment shown.
	const fold = () => {
		const folded = map.getContainer().querySelector('.maplibregl-ctrl-attrib.maplibregl-compact');
		folded?.classList.remove('maplibregl-compact-show');
		// It is a <details>: closed, so assistive technology hears it folded too.
		folded?.removeAttribute('open');
	};
	let current = control();
	map.addControl(current);
	fold();
	// MapLibre has no setter for a control's attribution or its folding: replace the control.
	const replace = () => {
		map.removeControl(current);
		current = control();
		map.addControl(current);
		fold();
	};
	if (!embedded) compactLayout.addEventListener('change', replace);
	map.once('remove', () => compactLayout.removeEventListener('change', replace));
	return {
		set(next) {
			if (next === credit) return;
			credit = next;
			replace();
		},
		text: () => creditParts(credit).join(' · ')
	};
}
