import type { TreatyDocumentId } from '../vocabulary';
import type { TREATY_DATA } from './data/treaty';
import type { Citation } from './works';

/**
 * What the documents of spring 2022 proposed, in the atlas's own words with short quotes: the
 * guarantor states of each document, the guarantee itself, Crimea and the areas left out,
 * neutrality and the force caps. The map layers and the treaty panel read only this module.
 *
 * The text itself is in data/treaty.ts and comes, like the milestones, from /data/content.json
 * (see load.ts): the bindings below are filled by `setTreaty` before anything renders, and ES
 * modules' live bindings let every importer see them.
 */

/** The documents whose guarantor lists the map can show. */
export type { TreatyDocumentId };

/** ISO 3166-1 alpha-3 codes: the ids of the world map's country shapes. */
export type CountryCode =
	| 'BLR'
	| 'CAN'
	| 'CHN'
	| 'DEU'
	| 'FRA'
	| 'GBR'
	| 'ISR'
	| 'ITA'
	| 'POL'
	| 'RUS'
	| 'TUR'
	| 'UKR'
	| 'USA';

/**
 * How a document names a state: as a guarantor, as proposed by one side only (Belarus in the
 * communiqué), or in brackets, that is not agreed (Belarus and Türkiye on 15 April).
 */
export type GuarantorRole = 'guarantor' | 'proposed' | 'bracketed';

export interface TreatyDocument {
	id: TreatyDocumentId;
	/** For the switch between documents. */
	label: string;
	title: string;
	date: string;
	/** The milestone this document belongs to. */
	milestone: string;
	roles: Partial<Record<CountryCode, GuarantorRole>>;
	/** What the reader should know about this list: who proposed what, what is uncertain. */
	notes: string[];
	sources: Citation[];
}

/** The treaty content's shape, as written in data/treaty.ts. */
export type TreatyContent = typeof TREATY_DATA;

export let COUNTRY_NAMES: TreatyContent['countryNames'];
export let ROLE_LABELS: TreatyContent['roleLabels'];
export let TREATY_DOCUMENTS: readonly TreatyDocument[] = [];
export let TREATY_DOCUMENTS_BY_ID: ReadonlyMap<TreatyDocumentId, TreatyDocument> = new Map();
export let GUARANTEE: TreatyContent['guarantee'];
export let CRIMEA_CLAUSE: TreatyContent['crimeaClause'];
export let EXCLUDED_AREAS: TreatyContent['excludedAreas'];
export let TERRITORY_NOTE: TreatyContent['territoryNote'];
export let NEUTRALITY: TreatyContent['neutrality'];
export let FORCE_CAPS: TreatyContent['forceCaps'];
export let MISSILE_BANDS_NOTE: TreatyContent['missileBandsNote'];
export let RUSSIAN_ADDITIONS: TreatyContent['russianAdditions'];

export function setTreaty(content: TreatyContent): void {
	COUNTRY_NAMES = content.countryNames;
	ROLE_LABELS = content.roleLabels;
	TREATY_DOCUMENTS = content.documents;
	TREATY_DOCUMENTS_BY_ID = new Map(content.documents.map((d) => [d.id, d]));
	GUARANTEE = content.guarantee;
	CRIMEA_CLAUSE = content.crimeaClause;
	EXCLUDED_AREAS = content.excludedAreas;
	TERRITORY_NOTE = content.territoryNote;
	NEUTRALITY = content.neutrality;
	FORCE_CAPS = content.forceCaps;
	MISSILE_BANDS_NOTE = content.missileBandsNote;
	RUSSIAN_ADDITIONS = content.russianAdditions;
}

/** The states a document gives a role, in the document's own order. */
export function statesWithRole(document: TreatyDocument, role: GuarantorRole): CountryCode[] {
	return (Object.keys(document.roles) as CountryCode[]).filter((c) => document.roles[c] === role);
}

/** What changed from one document's list to the next, for "what changed" in the panel. */
export function guarantorChanges(
	from: TreatyDocument,
	to: TreatyDocument
): { dropped: CountryCode[]; added: CountryCode[]; changed: CountryCode[] } {
	const codes = (d: TreatyDocument) => Object.keys(d.roles) as CountryCode[];
	return {
		dropped: codes(from).filter((c) => !to.roles[c]),
		added: codes(to).filter((c) => !from.roles[c]),
		changed: codes(to).filter((c) => from.roles[c] && from.roles[c] !== to.roles[c])
	};
}

/** One step of what the guarantors would have had to do after an attack. */
export interface GuaranteeStep {
	title: string;
	detail: string;
}

/** A cap the two sides had not agreed by 15 April: Ukraine's figure and Russia's. */
export interface ForceCap {
	id: 'army' | 'tanks' | 'missile-range';
	label: string;
	unit: string;
	ukraine: number;
	russia: number;
}
