import type { Citation, Echo, Milestone } from '../content/schema';

/** One end of an echo, seen from a milestone: the other milestone, what links them, and who says so. */
export interface EchoLink {
	milestone: Milestone;
	says: string;
	source: Citation;
}

export interface Echoes {
	/** Earlier milestones this one refers back to. */
	back: EchoLink[];
	/** Later milestones that refer back to this one, in date order. */
	later: EchoLink[];
}

/** A milestone's echoes both ways: what it takes up, and what takes it up later. */
export function echoesOf(milestone: Milestone, milestones: readonly Milestone[]): Echoes {
	const byId = new Map(milestones.map((m) => [m.id, m]));
	const link = (other: Milestone | undefined, echo: Echo): EchoLink[] =>
		other ? [{ milestone: other, says: echo.says, source: echo.source }] : [];
	return {
		back: (milestone.echoes ?? []).flatMap((echo) => link(byId.get(echo.to), echo)),
		later: milestones.flatMap((later) =>
			(later.echoes ?? [])
				.filter((echo) => echo.to === milestone.id)
				.flatMap((echo) => link(later, echo))
		)
	};
}
