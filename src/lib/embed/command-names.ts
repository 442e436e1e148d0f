/**
 * The commands of the embed's postMessage API (version 1), by name. A module of its own without
 * the schemas, so a page that only lists them (`/embed-api`) does not load the validator.
 */
export const COMMANDS = [
	'setDate',
	'goToMilestone',
	'setSource',
	'setCompare',
	'play',
	'pause',
	'getState'
] as const;

export type CommandName = (typeof COMMANDS)[number];
