import { describe, expect, it } from 'vitest';
import { MILESTONES } from './milestones';
import {
	COUNTRY_NAMES,
	FORCE_CAPS,
	TREATY_DOCUMENTS,
	TREATY_DOCUMENTS_BY_ID,
	guarantorChanges,
	statesWithRole,
	type CountryCode
} from './treaty';
import { WORKS_BY_ID } from './works';

const doc = (id: 'communique' | 'draft-15-april') => TREATY_DOCUMENTS_BY_ID.get(id)!;
// The quoted text of a document's sources, to check the lists against the words they rest on.
const quoted = (id: 'communique' | 'draft-15-april') =>
	doc(id)
		.sources.map((s) => s.quote ?? '')
		.join(' ');
const QUOTE_NAMES: Partial<Record<CountryCode, string>> = { TUR: 'Turkey' };
const P5: CountryCode[] = ['CHN', 'FRA', 'GBR', 'RUS', 'USA'];

describe('the guarantor lists', () => {
	it('the communiqué: the P5 and six more, with Belarus proposed by Russia', () => {
		expect(statesWithRole(doc('communique'), 'guarantor').sort()).toEqual(
			[...P5, 'CAN', 'DEU', 'ISR', 'ITA', 'POL', 'TUR'].sort()
		);
		expect(statesWithRole(doc('communique'), 'proposed')).toEqual(['BLR']);
		expect(quoted('communique')).toContain('proposes Belarus');
	});

	it('15 April: the P5, with Belarus and Türkiye in brackets', () => {
		expect(statesWithRole(doc('draft-15-april'), 'guarantor').sort()).toEqual(P5);
		expect(statesWithRole(doc('draft-15-april'), 'bracketed').sort()).toEqual(['BLR', 'TUR']);
		expect(quoted('draft-15-april')).toContain('(the Republic of Belarus, the Republic of Turkey)');
	});

	it('every state named as a guarantor is named in the quoted source', () => {
		for (const document of TREATY_DOCUMENTS) {
			const text = quoted(document.id);
			for (const code of statesWithRole(document, 'guarantor')) {
				if (P5.includes(code) && text.includes('permanent members')) continue;
				expect(text, `${document.id}: ${code}`).toContain(QUOTE_NAMES[code] ?? COUNTRY_NAMES[code]);
			}
		}
	});

	it('what changed between the two', () => {
		expect(guarantorChanges(doc('communique'), doc('draft-15-april'))).toEqual({
			dropped: ['CAN', 'DEU', 'ISR', 'ITA', 'POL'],
			added: [],
			changed: ['BLR', 'TUR']
		});
	});

	it('each document belongs to a milestone that opens it, and cites real works', () => {
		for (const document of TREATY_DOCUMENTS) {
			const milestone = MILESTONES.find((m) => m.id === document.milestone);
			expect(milestone?.layers).toContain('guarantors');
			expect(milestone?.document).toBe(document.id);
			for (const source of document.sources) expect(WORKS_BY_ID.has(source.work)).toBe(true);
		}
	});
});

describe('the force caps', () => {
	it('are the 15 April positions as Foreign Affairs gives them', () => {
		const text = FORCE_CAPS.sources.map((s) => s.quote).join(' ');
		for (const cap of FORCE_CAPS.caps) {
			for (const value of [cap.ukraine, cap.russia]) {
				expect(text).toContain(value.toLocaleString('en-US'));
			}
		}
	});
});
