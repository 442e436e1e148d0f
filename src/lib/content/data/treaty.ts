import type { Citation } from '../works';
import type {
	CountryCode,
	ForceCap,
	GuaranteeStep,
	GuarantorRole,
	TreatyDocument
} from '../treaty';

/*
 * What the documents of spring 2022 proposed, as written: checked by the build, served in
 * /data/content.json and read through src/lib/content/treaty.ts.
 */

const COUNTRY_NAMES: Record<CountryCode, string> = {
	BLR: 'Belarus',
	CAN: 'Canada',
	CHN: 'China',
	DEU: 'Germany',
	FRA: 'France',
	GBR: 'United Kingdom',
	ISR: 'Israel',
	ITA: 'Italy',
	POL: 'Poland',
	RUS: 'Russia',
	TUR: 'Türkiye',
	UKR: 'Ukraine',
	USA: 'United States'
};

const ROLE_LABELS: Record<GuarantorRole, string> = {
	guarantor: 'Named as a guarantor',
	proposed: 'Proposed by Russia',
	bracketed: 'In brackets: not agreed'
};

const TREATY_DOCUMENTS: readonly TreatyDocument[] = [
	{
		id: 'communique',
		label: 'Communiqué, 29 Mar',
		title: 'Istanbul communiqué, 29 March 2022',
		date: '2022-03-29',
		milestone: 'istanbul-communique',
		roles: {
			GBR: 'guarantor',
			CHN: 'guarantor',
			FRA: 'guarantor',
			RUS: 'guarantor',
			USA: 'guarantor',
			CAN: 'guarantor',
			DEU: 'guarantor',
			ISR: 'guarantor',
			ITA: 'guarantor',
			POL: 'guarantor',
			TUR: 'guarantor',
			BLR: 'proposed'
		},
		notes: [
			'Listed as “possible guarantors”: none of the outside states had agreed to the role. Washington, a former US official told the authors of Foreign Affairs, was consulted only after the communiqué.',
			'Belarus appears only as Russia’s proposal.',
			'One of Ukraine’s readouts that day leaves Italy out; the others and the text include it.'
		],
		sources: [
			{
				work: 'fa-2024',
				quote:
					'the permanent members of the UN Security Council (including Russia) along with Canada, Germany, Israel, Italy, Poland, and Turkey'
			},
			{
				work: 'communique-2022-03-29',
				quote: 'the Russian Federation proposes Belarus'
			},
			{ work: 'research-notes', note: 'D4: the readouts of 29 March compared.' }
		]
	},
	{
		id: 'draft-15-april',
		label: 'Draft, 15 Apr',
		title: 'Draft treaty of 15 April 2022',
		date: '2022-04-15',
		milestone: 'draft-15-april',
		roles: {
			GBR: 'guarantor',
			CHN: 'guarantor',
			RUS: 'guarantor',
			USA: 'guarantor',
			FRA: 'guarantor',
			BLR: 'bracketed',
			TUR: 'bracketed'
		},
		notes: [
			'Belarus and Türkiye stand in brackets: not agreed. Which side proposed each is uncertain; Sergey Radchenko assumes Belarus was Russia’s idea and Türkiye Ukraine’s.',
			'The sources quoted here do not give the guarantor list of the 12 April draft.'
		],
		sources: [
			{
				work: 'fa-2024',
				quote:
					'The United Kingdom, China, the Russian Federation, the United States, France, (the Republic of Belarus, the Republic of Turkey)'
			},
			{
				work: 'npr-onpoint-2024',
				quote:
					'plus Belarus. I assume on Russia’s insistence, plus Turkey, which I assume was Ukraine’s idea'
			}
		]
	}
];

const GUARANTEE = {
	steps: [
		{ title: 'Armed attack on Ukraine', detail: 'Ukraine asks the guarantors for help.' },
		{
			title: 'Consultations',
			detail: 'The guarantors consult Ukraine and each other: three days at most.'
		},
		{
			title: 'Assistance',
			detail:
				'Closing Ukraine’s airspace (a no-fly zone), supplying weapons, or the guarantor’s own armed forces.'
		}
	] satisfies GuaranteeStep[],
	/** Who decides whether help is given, by document. */
	rules: [
		{
			documents: 'Communiqué (29 Mar) and draft of 12 April',
			rule: 'Each guarantor decides for itself and is obliged to act.',
			veto: false,
			sources: [
				{
					work: 'fa-2024',
					quote:
						'the communiqué and the April 12 draft made clear that guarantor states would decide independently whether to come to Kyiv’s aid'
				},
				{ work: 'nv-2022-03-29', note: 'Consultations within three days (Ukraine’s readout).' }
			]
		},
		{
			documents: 'Draft of 15 April: Russia’s amendment',
			rule: 'Help only “on the basis of a decision agreed to by all guarantor-states”. Russia, itself a guarantor, could block it: a veto. Ukraine rejected the amendment.',
			veto: true,
			sources: [
				{
					work: 'fa-2024',
					quote: 'and on the basis of a decision agreed to by all guarantor-states'
				},
				{ work: 'fa-2024', quote: 'giving the likely invader, Russia, a veto' }
			]
		}
	],
	/** What Ukraine wrote into the 15 April text and Russia had not accepted. */
	ukrainianAdditions: {
		text: 'In the same article, Ukraine’s own unagreed additions spell out the help: a no-fly zone over Ukraine and the necessary weapons.',
		sources: [
			{
				work: 'fa-2024',
				quote: 'the establishment of a no-fly zone over Ukraine, provision of necessary armaments'
			}
		]
	}
} as const;

const CRIMEA_CLAUSE = {
	title: 'Crimea: status deferred',
	years: '15 years (10–15 in some accounts)',
	text: 'The sides would seek to settle the status of Crimea and Sevastopol peacefully, in talks over the next 15 years, without using force meanwhile. Foreign Affairs gives both 15 and “ten to 15” years; Radchenko says “10, 15”.',
	sources: [
		{ work: 'fa-2024', quote: 'during the next 15 years' },
		{ work: 'fa-2024', quote: 'during the next ten to 15 years' },
		{ work: 'npr-onpoint-2024', quote: 'In the course of the next 10, 15 years' },
		{ work: 'nv-2022-03-29', note: '15 years, no military force meanwhile (Podolyak).' }
	] satisfies Citation[]
} as const;

const EXCLUDED_AREAS = {
	title: 'Not covered by the guarantees',
	text: 'The guarantees would not have applied to Crimea, Sevastopol and “certain areas” of the Donetsk and Luhansk regions. Where those areas ended was not settled: each side was to give its own reading. The map shades the areas Russian and Russian-backed forces held before 24 February 2022 and outlines both regions whole; neither is a line the sides agreed.',
	sources: [
		{ work: 'nv-2022-03-29', note: 'Ukraine’s readout of the communiqué.' },
		{ work: 'communique-2022-03-29', note: 'Point 3, on the areas excluded.' },
		{ work: 'research-notes', note: '§4: the boundaries of the excluded areas.' }
	] satisfies Citation[]
} as const;

const TERRITORY_NOTE = {
	text: 'No treaty line: the talks left borders and territory aside, evidently, in the view of Foreign Affairs, for Putin and Zelensky to settle at a summit that never took place.',
	sources: [
		{
			work: 'fa-2024',
			quote: 'The talks had deliberately skirted the question of borders and territory.'
		},
		{
			work: 'fa-2024',
			quote:
				'Evidently, the idea was for Putin and Zelensky to decide on those issues at the planned summit.'
		}
	] satisfies Citation[]
} as const;

const NEUTRALITY = {
	points: [
		{ label: 'Permanently neutral', detail: 'A permanently neutral, non-nuclear state.' },
		{ label: 'No alliances, no foreign bases', detail: 'No foreign military bases or troops.' },
		{
			label: 'Exercises by consent',
			detail: 'Drills with foreign forces only with the guarantors’ agreement, Russia included.'
		},
		{
			label: 'EU membership left open',
			detail: 'The guarantors would “facilitate” it: an intention, not a legal guarantee.'
		}
	],
	sources: [
		{ work: 'fa-2024', quote: 'a permanently neutral, nonnuclear state' },
		{
			work: 'fa-2024',
			quote:
				'renounce any intention to join military alliances or allow foreign military bases or troops on its soil'
		},
		{
			work: 'communique-2022-03-29',
			note: 'Point 4: exercises with foreign forces only with the guarantors’ consent (research notes, §4).'
		},
		{
			work: 'npr-onpoint-2024',
			quote:
				'only upon agreement with guarantor states among which would be the Russian Federation',
			note: 'The host, paraphrasing what Medinsky said Kyiv had offered in writing; not the treaty text.'
		},
		{
			work: 'fa-2024',
			quote: 'confirm their intention to facilitate Ukraine’s membership in the European Union'
		}
	] satisfies Citation[]
} as const;

const FORCE_CAPS = {
	title: 'Caps on Ukraine’s forces, 15 April (not agreed)',
	caps: [
		{ id: 'army', label: 'Peacetime army', unit: 'people', ukraine: 250_000, russia: 85_000 },
		{ id: 'tanks', label: 'Tanks', unit: 'tanks', ukraine: 800, russia: 342 },
		{ id: 'missile-range', label: 'Missile range', unit: 'km', ukraine: 280, russia: 40 }
	] satisfies ForceCap[],
	sources: [
		{
			work: 'fa-2024',
			quote:
				'The Ukrainians wanted a peacetime army of 250,000 people; the Russians insisted on a maximum of 85,000'
		},
		{
			work: 'fa-2024',
			quote: 'The Ukrainians wanted 800 tanks; the Russians would allow only 342.'
		},
		{
			work: 'fa-2024',
			quote:
				'280 kilometers, or about 174 miles, (the Ukrainian position), and a mere 40 kilometers'
		}
	] satisfies Citation[]
} as const;

/** The missile-range bands on the map: how far each cap reaches beyond Ukraine's borders. */
const MISSILE_BANDS_NOTE =
	'Illustrative: how far 40 km and 280 km reach beyond Ukraine’s borders, measured from the border. These are the caps each side proposed on missile range, not deployments or targets.';

/**
 * The articles Russia added to the drafts, outside the communiqué, which Ukraine refused to
 * discuss: shown with the 15 April draft, where Foreign Affairs describes them.
 */
const RUSSIAN_ADDITIONS = {
	title: 'Articles Russia added, which Ukraine refused to discuss',
	points: [
		'Ukraine would ban “fascism, Nazism, neo-Nazism, and aggressive nationalism”.',
		'To that end it would repeal six Ukrainian laws, fully or in part, dealing broadly with Soviet-era history and the role of Ukrainian nationalists in the Second World War; Radchenko says the list was in “the special protocol”.',
		'They were not in the communiqué, and Ukraine refused to discuss them. Charap: “Ukraine didn’t accept any of these demands”.'
	],
	assessment:
		'Charap and Radchenko’s reading: the articles may have been “poison pills”, or a way to let Putin “save face” by claiming “denazification”; whether they would have been a deal-breaker “remains unclear”.',
	sources: [
		{
			work: 'fa-2024',
			quote:
				'several articles that were added to the treaty at Russia’s insistence but were not part of the communiqué and related to matters that Ukraine refused to discuss'
		},
		{
			work: 'fa-2024',
			quote:
				'ban "fascism, Nazism, neo-Nazism, and aggressive nationalism"—and, to that end, to repeal six Ukrainian laws (fully or in part)'
		},
		{
			work: 'fa-2024',
			quote: 'the provisions were intended to allow Putin to save face'
		},
		{
			work: 'fa-2024',
			quote:
				'In the end, it remains unclear whether these provisions would have been a deal-breaker.'
		},
		{
			work: 'npr-onpoint-2024',
			quote: 'the list of laws was actually appended in the special protocol'
		},
		{
			work: 'npr-onpoint-2024',
			quote:
				'Ukraine didn’t accept any of these demands that Russia was putting on the table late in the talks'
		}
	] satisfies Citation[]
} as const;

export const TREATY_DATA = {
	countryNames: COUNTRY_NAMES,
	roleLabels: ROLE_LABELS,
	documents: TREATY_DOCUMENTS,
	guarantee: GUARANTEE,
	crimeaClause: CRIMEA_CLAUSE,
	excludedAreas: EXCLUDED_AREAS,
	territoryNote: TERRITORY_NOTE,
	neutrality: NEUTRALITY,
	forceCaps: FORCE_CAPS,
	missileBandsNote: MISSILE_BANDS_NOTE,
	russianAdditions: RUSSIAN_ADDITIONS
};
