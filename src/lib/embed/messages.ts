import { z } from 'zod';
import { isIsoDay } from '../dates';
import { COMMANDS, type CommandName } from './command-names';

export { COMMANDS, type CommandName } from './command-names';

/**
 * The embed's postMessage API, version 1. Every message is checked against these schemas; a
 * message that is not addressed to the atlas is ignored, and one that is but does not fit gets an
 * `error` event with a fixed reason (never the message's own text).
 */
export const MESSAGE_TYPE = 'talks-atlas';
export const API_VERSION = 1;

const id = z.union([z.string().max(64), z.number().finite()]).optional();
const envelope = { type: z.literal(MESSAGE_TYPE), v: z.literal(API_VERSION), id };

export const COMPARE_REASON = 'compare must be a calendar day, a milestone id or null';
const isoDay = z.string().length(10).refine(isIsoDay, 'date must be a calendar day, YYYY-MM-DD');
const milestoneId = z
	.string()
	.max(80)
	.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'milestone must be a milestone id');

export const commandSchema = z.discriminatedUnion('command', [
	z.object({
		...envelope,
		command: z.literal('setDate'),
		date: z.string().length(10).refine(isIsoDay, 'date must be a calendar day, YYYY-MM-DD')
	}),
	z.object({
		...envelope,
		command: z.literal('goToMilestone'),
		milestone: milestoneId
	}),
	z.object({ ...envelope, command: z.literal('setSource'), source: z.enum(['isw', 'liveuamap']) }),
	z.object({
		...envelope,
		command: z.literal('setCompare'),
		// A day or a milestone id to compare with; null stops comparing.
		compare: z.union([isoDay, milestoneId, z.null()], { error: COMPARE_REASON })
	}),
	z.object({ ...envelope, command: z.literal('play') }),
	z.object({ ...envelope, command: z.literal('pause') }),
	z.object({ ...envelope, command: z.literal('getState') })
]);

export type Command = z.infer<typeof commandSchema>;

/** What the widget shows, as events report it. */
export interface EmbedState {
	date: string;
	milestone: string | null;
	source: 'isw' | 'liveuamap';
	playing: boolean;
	layers: string[];
	/** The day or milestone id compared with, or null. */
	compare: string | null;
}

export type EmbedEvent =
	| { type: typeof MESSAGE_TYPE; v: 1; event: 'ready'; state: EmbedState }
	| { type: typeof MESSAGE_TYPE; v: 1; event: 'statechange'; state: EmbedState }
	| { type: typeof MESSAGE_TYPE; v: 1; event: 'resize'; height: number }
	| { type: typeof MESSAGE_TYPE; v: 1; event: 'state'; id?: string | number; state: EmbedState }
	| { type: typeof MESSAGE_TYPE; v: 1; event: 'ack'; id?: string | number; command: CommandName }
	| { type: typeof MESSAGE_TYPE; v: 1; event: 'error'; id?: string | number; reason: string };

export function event<E extends EmbedEvent['event']>(
	name: E,
	body: Omit<Extract<EmbedEvent, { event: E }>, 'type' | 'v' | 'event'>
): EmbedEvent {
	return { type: MESSAGE_TYPE, v: API_VERSION, event: name, ...body } as unknown as EmbedEvent;
}

export type ParsedMessage =
	| { kind: 'ignore' }
	| { kind: 'command'; command: Command }
	| { kind: 'invalid'; reason: string; id?: string | number };

/**
 * Sorts an incoming message: not ours (ignored), a valid command, or ours but invalid (with a
 * reason of the widget's own words). Never throws, whatever `data` is.
 */
export function parseMessage(data: unknown): ParsedMessage {
	// A value from another script can be anything, even an object whose getters throw (a message
	// sent within the page; postMessage itself copies values, not getters).
	let type: unknown;
	try {
		type = typeof data === 'object' && data !== null ? (data as { type?: unknown }).type : null;
	} catch {
		return { kind: 'ignore' };
	}
	if (type !== MESSAGE_TYPE) return { kind: 'ignore' };
	try {
		const result = commandSchema.safeParse(data);
		if (result.success) return { kind: 'command', command: result.data };
		const echo = id.safeParse((data as { id?: unknown }).id);
		const reason = reasonFor(data as Record<string, unknown>, result.error.issues[0]?.path ?? []);
		return {
			kind: 'invalid',
			reason,
			...(echo.success && echo.data !== undefined ? { id: echo.data } : {})
		};
	} catch {
		return { kind: 'invalid', reason: 'the message could not be read' };
	}
}

function reasonFor(data: Record<string, unknown>, path: PropertyKey[]): string {
	if (data.v !== API_VERSION)
		return `unsupported version: this widget speaks version ${API_VERSION}`;
	if (typeof data.command !== 'string' || !(COMMANDS as readonly string[]).includes(data.command))
		return `unknown command; the commands are ${COMMANDS.join(', ')}`;
	const field = String(path[0] ?? 'message');
	const rules: Record<string, string> = {
		date: 'date must be a calendar day, YYYY-MM-DD',
		milestone: 'milestone must be a milestone id',
		source: 'source must be isw or liveuamap',
		compare: COMPARE_REASON,
		id: 'id must be a string of at most 64 characters or a number'
	};
	return rules[field] ?? `invalid ${field}`;
}
