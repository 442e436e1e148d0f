import { TREATY_DOCUMENTS } from '../content/treaty';
import { m } from '../paraglide/messages';
import {
	TREATY_DOCUMENT_IDS,
	TREATY_LAYER_IDS,
	type TreatyDocumentId,
	type TreatyLayerId
} from '../vocabulary';

export { TREATY_LAYER_IDS, type TreatyLayerId };

/**
 * The treaty layers in menu order, with what the menu says of each: getters, read when shown, in
 * the page's language (the server renders both editions in one process).
 */
export const TREATY_LAYERS: readonly { id: TreatyLayerId; label: string; hint: string }[] = [
	{
		id: 'guarantors',
		get label() {
			return m.story_layer_guarantors();
		},
		get hint() {
			return m.story_layer_guarantors_hint();
		}
	},
	{
		id: 'crimea',
		get label() {
			return m.story_layer_crimea();
		},
		get hint() {
			return m.story_layer_crimea_hint();
		}
	},
	{
		id: 'forces',
		get label() {
			return m.story_layer_forces();
		},
		get hint() {
			return m.story_layer_forces_hint();
		}
	}
];

export const DEFAULT_DOCUMENT: TreatyDocumentId = 'communique';

/** What the treaty layers show: which are on, and whose guarantor list. */
export interface TreatyView {
	layers: readonly TreatyLayerId[];
	document: TreatyDocumentId;
}

export const NO_TREATY: TreatyView = { layers: [], document: DEFAULT_DOCUMENT };

export function isTreatyLayer(value: string): value is TreatyLayerId {
	return (TREATY_LAYER_IDS as readonly string[]).includes(value);
}

export function isTreatyDocument(value: string): value is TreatyDocumentId {
	return (TREATY_DOCUMENT_IDS as readonly string[]).includes(value);
}

/**
 * `guarantors,crimea` → the known layers in menu order, without repeats, and the names that are
 * not layers (for a notice).
 */
export function parseLayerList(text: string): { layers: TreatyLayerId[]; unknown: string[] } {
	const names = text
		.split(',')
		.map((n) => n.trim())
		.filter(Boolean);
	return {
		layers: TREATY_LAYER_IDS.filter((id) => names.includes(id)),
		unknown: [...new Set(names.filter((n) => !isTreatyLayer(n)))]
	};
}

/** The latest document on or before a day; the communiqué before it existed. */
export function documentForDate(date: string): TreatyDocumentId {
	const latest = TREATY_DOCUMENTS.filter((d) => d.date <= date).at(-1);
	return latest?.id ?? DEFAULT_DOCUMENT;
}

/** The layers a milestone opens, as the content declares them. */
export interface LayeredMilestone {
	id: string;
	layers?: readonly TreatyLayerId[];
	document?: TreatyDocumentId;
}

export function milestoneView(milestone: LayeredMilestone | null | undefined): TreatyView | null {
	if (!milestone?.layers?.length) return null;
	return { layers: milestone.layers, document: milestone.document ?? DEFAULT_DOCUMENT };
}

/**
 * Whether the panel shows the articles Russia added to the drafts: with the 15 April draft, that
 * is its guarantor list or its force caps (the `forces` layer).
 */
export function showsRussianAdditions(view: TreatyView): boolean {
	return (
		view.layers.includes('forces') ||
		(view.layers.includes('guarantors') && view.document === 'draft-15-april')
	);
}

/** Two views show the same thing (the document matters only while guarantors are shown). */
export function sameView(a: TreatyView, b: TreatyView): boolean {
	return (
		a.layers.length === b.layers.length &&
		a.layers.every((l) => b.layers.includes(l)) &&
		(!a.layers.includes('guarantors') || a.document === b.document)
	);
}

/**
 * What a URL asks for: its own `layers`/`treaty` if it has them, else what its milestone opens.
 * Without a `treaty`, the guarantors are the milestone's document's, or the latest by the date.
 */
export function treatyFromUrl(
	layers: readonly TreatyLayerId[] | null,
	document: TreatyDocumentId | null,
	milestone: LayeredMilestone | null | undefined,
	date: string
): TreatyView {
	const implied = milestoneView(milestone);
	const base =
		layers !== null
			? { layers: [...layers], document: implied?.document ?? documentForDate(date) }
			: (implied ?? NO_TREATY);
	return document ? { ...base, document } : base;
}

/**
 * What a URL must say for a view: nothing while the view is what the milestone opens anyway (so
 * story links stay short), otherwise the layers (possibly none) and the guarantors' document.
 */
export function treatyToUrl(
	view: TreatyView,
	milestone: LayeredMilestone | null | undefined
): { layers: TreatyLayerId[] | null; document: TreatyDocumentId | null } {
	if (sameView(view, milestoneView(milestone) ?? NO_TREATY))
		return { layers: null, document: null };
	return {
		layers: [...view.layers],
		document: view.layers.includes('guarantors') ? view.document : null
	};
}

/**
 * The story moved from one milestone to another. A milestone about a document opens its view;
 * leaving it for one that has none closes that view again, unless the reader has changed the
 * layers since (then they are the reader's, and stay).
 */
export function viewAfterMilestoneChange(
	current: TreatyView,
	from: LayeredMilestone | null | undefined,
	to: LayeredMilestone | null | undefined
): TreatyView {
	const opened = milestoneView(to);
	if (opened) return opened;
	const previous = milestoneView(from);
	if (previous && sameView(current, previous)) return { ...NO_TREATY };
	return current;
}

/** Switching a layer on or off from the menu; a guarantor layer opens on the document of the day. */
export function toggleLayer(
	current: TreatyView,
	layer: TreatyLayerId,
	on: boolean,
	date: string
): TreatyView {
	const layers = TREATY_LAYER_IDS.filter((id) => (id === layer ? on : current.layers.includes(id)));
	const opening = on && layer === 'guarantors' && !current.layers.includes('guarantors');
	return { layers, document: opening ? documentForDate(date) : current.document };
}
