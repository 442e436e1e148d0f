import { runCommand, type EmbedTarget } from './commands';
import { event, parseMessage, type EmbedEvent } from './messages';

export interface Bridge {
	/** Sends an event to the host page (to each allowed origin, or to any if none is set). */
	post(message: EmbedEvent): void;
	stop(): void;
}

/**
 * The widget's end of the postMessage API. Only the parent window is listened to; with an origin
 * list, only those origins may command the widget (others get an `error`). Messages are data:
 * they are validated, never evaluated or rendered, and nothing here throws.
 */
export function startBridge(
	win: Window,
	origins: readonly string[] | null,
	target: EmbedTarget
): Bridge {
	const host = win.parent;
	if (!host || host === win) return { post() {}, stop() {} };
	const send = (message: EmbedEvent, origin: string) => {
		try {
			host.postMessage(message, origin);
		} catch {
			// A host that went away, or an origin the browser will not post to: nothing to do.
		}
	};
	const listener = (message: MessageEvent) => {
		if (message.source !== host) return;
		const parsed = parseMessage(message.data);
		if (parsed.kind === 'ignore') return;
		const replyTo = message.origin && message.origin !== 'null' ? message.origin : '*';
		if (origins !== null && !origins.includes(message.origin)) {
			send(
				event('error', { reason: 'this widget does not take commands from this origin' }),
				replyTo
			);
			return;
		}
		if (parsed.kind === 'invalid') {
			send(
				event('error', {
					reason: parsed.reason,
					...(parsed.id === undefined ? {} : { id: parsed.id })
				}),
				replyTo
			);
			return;
		}
		try {
			send(runCommand(parsed.command, target), replyTo);
		} catch {
			send(event('error', { reason: 'the command could not be carried out' }), replyTo);
		}
	};
	win.addEventListener('message', listener);
	return {
		post(message) {
			for (const origin of origins ?? ['*']) send(message, origin);
		},
		stop() {
			win.removeEventListener('message', listener);
		}
	};
}
