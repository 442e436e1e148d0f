import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from './command-names';
import { API_VERSION, commandSchema, COMPARE_REASON, MESSAGE_TYPE, parseMessage } from './messages';

/**
 * The reliability probe's postMessage fuzzing, kept as a property: random values, messages that
 * look like ours, and objects whose getters throw, through the message parser. Never a throw;
 * always ignore, a valid command, or an error with one of the widget's fixed reasons.
 */
const RUNS = 10_000;

const REASONS = [
	`unsupported version: this widget speaks version ${API_VERSION}`,
	`unknown command; the commands are ${COMMANDS.join(', ')}`,
	'date must be a calendar day, YYYY-MM-DD',
	'milestone must be a milestone id',
	'source must be isw or liveuamap',
	COMPARE_REASON,
	'id must be a string of at most 64 characters or a number',
	'the message could not be read'
];

const field = fc.oneof(
	fc.anything({ maxDepth: 3 }),
	fc.constantFrom('2022-03-29', '2022-02-30', 'bucha', 'isw', 'liveuamap', '__proto__', 'EVIL'),
	fc.string({ unit: 'binary', maxLength: 100 }),
	fc.double(),
	fc.bigInt()
);
const ours = fc.record(
	{
		type: fc.constantFrom(MESSAGE_TYPE, MESSAGE_TYPE, 'other'),
		v: fc.constantFrom(API_VERSION, API_VERSION, 2, '1'),
		command: fc.oneof(fc.constantFrom(...COMMANDS), field),
		id: fc.oneof(fc.string({ maxLength: 80 }), fc.double(), field),
		date: field,
		milestone: field,
		source: field
	},
	{ requiredKeys: ['type'] }
);

/** One of the message's properties (or all) reads by a getter that throws. */
const throwing = fc
	.tuple(ours, fc.constantFrom('type', 'v', 'command', 'id', 'date', 'milestone', 'source', '*'))
	.map(([message, trap]) => {
		const target: Record<string, unknown> = { ...message };
		const keys = trap === '*' ? Object.keys(target).concat('then', 'constructor') : [trap];
		for (const key of keys)
			Object.defineProperty(target, key, {
				enumerable: true,
				get() {
					throw new Error('EVIL getter');
				}
			});
		return target;
	});
const throwingProxy = ours.map(
	(message) =>
		new Proxy(message, {
			get(target, key) {
				if (key === 'type') return MESSAGE_TYPE;
				throw new Error('EVIL proxy');
			},
			ownKeys() {
				throw new Error('EVIL proxy');
			}
		})
);

const message = fc.oneof(fc.anything(), ours, throwing, throwingProxy);

describe('the message parser under random and hostile messages', () => {
	it('never throws, and sorts every message into ignore, a valid command or a fixed error', () => {
		fc.assert(
			fc.property(message, (data) => {
				const parsed = parseMessage(data);
				if (parsed.kind === 'command') {
					expect(commandSchema.safeParse(parsed.command).success).toBe(true);
					expect(COMMANDS).toContain(parsed.command.command);
				} else if (parsed.kind === 'invalid') {
					expect(REASONS).toContain(parsed.reason);
					if (parsed.id !== undefined)
						expect(
							typeof parsed.id === 'number' ? Number.isFinite(parsed.id) : parsed.id.length <= 64
						).toBe(true);
				} else expect(parsed).toEqual({ kind: 'ignore' });
			}),
			{ numRuns: RUNS }
		);
	}, 60_000);

	it('answers an object whose getters throw, rather than throwing', () => {
		const trap = { type: MESSAGE_TYPE, v: API_VERSION };
		Object.defineProperty(trap, 'command', {
			enumerable: true,
			get() {
				throw new Error('EVIL');
			}
		});
		expect(parseMessage(trap)).toEqual({
			kind: 'invalid',
			reason: 'the message could not be read'
		});
		const typeTrap = Object.defineProperty({}, 'type', {
			get() {
				throw new Error('EVIL');
			}
		});
		expect(parseMessage(typeTrap)).toEqual({ kind: 'ignore' });
	});

	it('lists the same commands as the schema', () => {
		const names = commandSchema.options.map((o) => o.shape.command.value);
		expect([...names].sort()).toEqual([...COMMANDS].sort());
	});
});
