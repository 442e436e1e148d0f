/**
 * The words the whole atlas shares — content, map, state, treaty layers and the data pipeline —
 * kept in one leaf module that imports nothing, so no layer has to import another to name them.
 */

/** How exact a date is. */
export const DATE_PRECISIONS = ['day', 'approximate', 'month'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** How exactly a venue's location is known. */
export const VENUE_PRECISIONS = ['site', 'locality', 'approximate'] as const;
export type VenuePrecision = (typeof VENUE_PRECISIONS)[number];

/** What kind of step in the story a milestone is; the scrubber marks each kind differently. */
export const MILESTONE_KINDS = [
	'in-person-round',
	'video-round',
	'ministers',
	'leaders',
	'statement',
	'document',
	'military',
	'later-account'
] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

/**
 * Where the map looks when a milestone is reached: its venues, a region of the fighting, all of
 * Ukraine, Europe, or the world (the guarantor states reach from North America to China).
 */
export const MILESTONE_FRAMES = [
	'venues',
	'north',
	'south',
	'east',
	'ukraine',
	'europe',
	'world'
] as const;
export type MilestoneFrame = (typeof MILESTONE_FRAMES)[number];

/** The optional map layers about what the documents proposed; their ids are used in URLs. */
export const TREATY_LAYER_IDS = ['guarantors', 'crimea', 'forces'] as const;
export type TreatyLayerId = (typeof TREATY_LAYER_IDS)[number];

/** The documents whose guarantor lists the atlas can show; their ids are used in URLs. */
export const TREATY_DOCUMENT_IDS = ['communique', 'draft-15-april'] as const;
export type TreatyDocumentId = (typeof TREATY_DOCUMENT_IDS)[number];

export type Box = [[number, number], [number, number]];

/** The extent of the basemap data (the Natural Earth clip box): west-south, east-north. */
export const DATA_BOUNDS: Box = [
	[20, 34],
	[45, 58]
];
