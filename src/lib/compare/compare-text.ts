import { formatDay, formatEventDate } from '../dates';
import type { Milestone } from '../content/milestones';
import { startOf } from '../story/milestones';
import { DATA_LAST } from '../frontlines/range';
import { formatNumber } from '../i18n/locale';
import { m } from '../paraglide/messages';
import type { ControlChanges } from './changes';
import type { ComparePlan } from './compare-plan';

const km2 = (n: number) => m.atlas_area_km2({ area: formatNumber(Math.round(n)) });
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
			? m.atlas_compare_no_map({ source: source.label, date: formatDay(reference.day) })
			: m.atlas_compare_line({ date: formatDay(reference.asOf), source: source.label });
	const days = { referenceDay: formatDay(refDay), currentDay: formatDay(curDay) };
	const total =
		reference.km2 !== null && current.km2 !== null
			? m.atlas_compare_total({
					...days,
					reference: km2(reference.km2),
					current: km2(current.km2),
					change: signed(current.km2 - reference.km2)
				})
			: null;
	if (!changes) return { line, gained: null, lost: null, total };
	return {
		line,
		gained: m.atlas_compare_gained({ ...days, area: km2(changes.gainedKm2) }),
		lost: m.atlas_compare_lost({ ...days, area: km2(changes.lostKm2) }),
		total
	};
}

/** What the reader can compare with: every milestone, in order, and the last day of data. */
export function compareChoices(
	milestones: readonly Milestone[]
): { value: string; label: string }[] {
	return [
		...milestones.map((milestone) => ({
			value: milestone.id,
			label: `${formatEventDate(milestone.date, milestone.precision)}: ${milestone.title}`,
			start: startOf(milestone)
		})),
		{
			value: DATA_LAST,
			label: m.atlas_compare_latest({ date: formatDay(DATA_LAST) }),
			start: DATA_LAST
		}
	]
		.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0))
		.map(({ value, label }) => ({ value, label }));
}

/** The line an exported image carries under its date, so the picture explains its comparison. */
export function compareCaption(plan: ComparePlan): string | null {
	const { reference, current, source } = plan;
	if (reference.asOf === null || current.asOf === null) return null;
	return m.atlas_compare_caption({
		reference: formatDay(reference.asOf),
		source: source.label,
		current: formatDay(current.asOf)
	});
}
