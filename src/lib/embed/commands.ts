import { event, type Command, type EmbedEvent, type EmbedState } from './messages';

/** What a command can do to the widget; the embed page wires it to its session. */
export interface EmbedTarget {
	state(): EmbedState;
	setDate(date: string): void;
	/** False when there is no such milestone. */
	goToMilestone(id: string): boolean;
	setSource(source: EmbedState['source']): void;
	/** False when there is no such milestone. */
	setCompare(compare: string | null): boolean;
	play(): void;
	pause(): void;
}

/** Carries out one valid command and says what to answer: the state, an ack or an error. */
export function runCommand(command: Command, target: EmbedTarget): EmbedEvent {
	const id = command.id === undefined ? {} : { id: command.id };
	switch (command.command) {
		case 'getState':
			return event('state', { ...id, state: target.state() });
		case 'setDate':
			target.setDate(command.date);
			break;
		case 'goToMilestone':
			if (!target.goToMilestone(command.milestone))
				return event('error', { ...id, reason: 'there is no milestone with that id' });
			break;
		case 'setSource':
			target.setSource(command.source);
			break;
		case 'setCompare':
			if (!target.setCompare(command.compare))
				return event('error', { ...id, reason: 'there is no milestone with that id' });
			break;
		case 'play':
			target.play();
			break;
		case 'pause':
			target.pause();
			break;
	}
	return event('ack', { ...id, command: command.command });
}
