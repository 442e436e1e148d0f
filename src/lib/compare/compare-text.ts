import { formatDay, formatEventDate } from '../dates';
import type { Milestone } from '../content/milestones';
import { startOf } from '../story/milestones';
import { DATA_LAST } from '../frontlines/range';
import type { ControlChanges } from './changes';
import type { ComparePlan } from './compare-plan';

const km2 = (n: number) => `${Math.round(n).toLocaleString('en-GB')} km²`;
const signed = (n: number) => `${n > 0 ? '+' : n < 0 ? '−' : '±'}${km2(Math.abs(n))}`;

/** The legend's words for a comparison: what each key means, with its area. */
export function compareKeys(
	plan: ComparePlan,
	changes: ControlChanges | null
): { line: string; gained: string | null; lost: string | null; total: string | null } {
	const { reference, current, source } = plan;
	const refDay = reference.asOf ?? reference.day;
	const curDay = current.asOf ?? current.day;
	const line =
		reference.asOf === null
			? `${source.label} has no map on or before ${formatDay(reference.day)}`
			: `Front line of ${formatDay(reference.asOf)} (${source.label}), dashed`;
	const total =
		reference.km2 !== null && current.km2 !== null
			? `Under Russian control, as the chart has it: ${km2(reference.km2)} on ${formatDay(refDay)}, ${km2(current.km2)} on ${formatDay(curDay)} (${signed(current.km2 - reference.km2)})`
			: null;
	if (!changes) return { line, gained: null, lost: null, total };
	return {
		line,
		gained: `Under Russian control on ${formatDay(curDay)}, not on ${formatDay(refDay)}: ${km2(changes.gainedKm2)}`,
		lost: `Under Russian control on ${formatDay(refDay)}, not on ${formatDay(curDay)}: ${km2(changes.lostKm2)}`,
		total
	};
}

/** What the reader can compare with: every milestone, in order, and the last day of data. */
export function compareChoices(
	milestones: readonly Milestone[]
): { value: string; label: string }[] {
	return [
		...milestones.map((m) => ({
			value: m.id,
			label: `${formatEventDate(m.date, m.precision)}: ${m.title}`,
			start: startOf(m)
		})),
		{ value: DATA_LAST, label: `${formatDay(DATA_LAST)}: the latest data`, start: DATA_LAST }
	]
		.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0))
		.map(({ value, label }) => ({ value, label }));
}

/** The line an exported image carries under its date, so the picture explains its comparison. */
export function compareCaption(plan: ComparePlan): string | null {
	const { reference, current, source } = plan;
	if (reference.asOf === null || current.asOf === null) return null;
	const ref = formatDay(reference.asOf);
	return `Dashed: front line of ${ref} (${source.label}) · orange: Russian-held on ${formatDay(current.asOf)}, not on ${ref} · teal: the reverse`;
}
