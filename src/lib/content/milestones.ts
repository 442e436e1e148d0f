import type { TreatyLayerId } from '../treaty/layers';
import type { TreatyDocumentId } from './treaty';
import type { DatePrecision } from './venues';
import type { Citation } from './works';

/** What kind of step in the story a milestone is; the scrubber marks each kind differently. */
export type MilestoneKind =
	| 'in-person-round'
	| 'video-round'
	| 'ministers'
	| 'leaders'
	| 'statement'
	| 'document'
	| 'military'
	| 'later-account';

/**
 * Where the map looks when a milestone is reached: its venues, a region of the fighting, all of
 * Ukraine, Europe, or the world (the guarantor states reach from North America to China). The
 * map module turns a frame into a camera.
 */
export type MilestoneFrame = 'venues' | 'north' | 'south' | 'east' | 'ukraine' | 'europe' | 'world';

/** Where sources disagree (D1–D15 in the research notes): each version with its source. */
export interface Disagreement {
	id: `D${number}`;
	summary: string;
	versions: { says: string; source: Citation }[];
}

export interface Milestone {
	/** Stable, readable, used in URLs: `?milestone=istanbul-communique`. */
	id: string;
	/** YYYY-MM-DD, or a range YYYY-MM-DD/YYYY-MM-DD. */
	date: string;
	precision: DatePrecision;
	kind: MilestoneKind;
	title: string;
	/** Two to four sentences in the atlas's own neutral words. */
	summary: string;
	venues: string[];
	frame: MilestoneFrame;
	/** Treaty layers the milestone switches on (its document's view of what was on the table). */
	layers?: TreatyLayerId[];
	/** Whose guarantor list the `guarantors` layer shows at this milestone. */
	document?: TreatyDocumentId;
	sources: Citation[];
	disagreements?: Disagreement[];
}

export const MILESTONES: readonly Milestone[] = [
	{
		id: 'invasion',
		date: '2022-02-24',
		precision: 'day',
		kind: 'military',
		title: 'Russia invades Ukraine',
		summary:
			'In the early hours Russia launches a full-scale invasion: air strikes across Ukraine, then ground forces from Belarus, Russia and occupied Crimea. In a speech Putin justifies it with the vague aim of “denazification”. Within days Russian forces try to encircle Kyiv.',
		venues: [],
		frame: 'ukraine',
		sources: [
			{ work: 'fa-2024', quote: 'the vague goal of "denazification"' },
			{ work: 'npr-onpoint-2024' }
		]
	},
	{
		id: 'round-1-liaskavichy',
		date: '2022-02-28',
		precision: 'day',
		kind: 'in-person-round',
		title: 'First round of talks, near Liaskavichy (Belarus)',
		summary:
			'Four days into the war the delegations meet at one of Lukashenko’s countryside residences in Belarus’s Gomel region. Davyd Arakhamia leads Ukraine’s delegation, Vladimir Medinsky Russia’s. Russia’s opening conditions amount to a demand for Ukraine’s capitulation.',
		venues: ['liaskavichy'],
		frame: 'venues',
		sources: [
			{
				work: 'fa-2024',
				quote: "effectively demanding Ukraine's capitulation"
			},
			{ work: 'belta-2022-02-28' }
		],
		disagreements: [
			{
				id: 'D1',
				summary: 'The village is named differently, and the site was never officially disclosed.',
				versions: [
					{
						says: 'Near the village of Liaskavichy, about 30 miles from the Belarusian–Ukrainian border.',
						source: { work: 'fa-2024' }
					},
					{
						says: '“Lyakhavichy” — a different town in Brest region, about 160 km away; almost certainly a transcription error.',
						source: { work: 'npr-onpoint-2024' }
					},
					{
						says: 'Gomel region, on the Pripyat River; the exact site withheld for security.',
						source: { work: 'belta-2022-02-28' }
					}
				]
			}
		]
	},
	{
		id: 'kherson-falls',
		date: '2022-03-02',
		precision: 'day',
		kind: 'military',
		title: 'Kherson falls',
		summary:
			'Kherson becomes the first major Ukrainian city taken by Russian forces, extending the occupied land bridge north of Crimea.' +
			' It is the only regional capital Russia takes after the invasion.',
		venues: [],
		frame: 'south',
		sources: [{ work: 'csmonitor-2022-03-03' }]
	},
	{
		id: 'mariupol-encircled',
		date: '2022-03-02/2022-03-05',
		precision: 'approximate',
		kind: 'military',
		title: 'Mariupol encircled',
		summary:
			'Russian forces cut off Mariupol on the Sea of Azov. The siege lasts until the Azovstal garrison leaves in mid-May.',
		venues: [],
		frame: 'south',
		sources: [{ work: 'research-notes', note: 'Contemporary reports from 3 to 5 March 2022.' }]
	},
	{
		id: 'round-2-belovezhskaya',
		date: '2022-03-03',
		precision: 'day',
		kind: 'in-person-round',
		title: 'Second round, Belovezhskaya Pushcha',
		summary:
			'The delegations meet again in Belarus, this time in the Belovezhskaya Pushcha forest near the Polish border. Ukraine asks for an immediate ceasefire and humanitarian corridors; the sides agree to work on corridors for civilians.',
		venues: ['kamyanyuki'],
		frame: 'venues',
		sources: [
			{
				work: 'fa-2024',
				quote: 'an immediate cease-fire and the establishment of humanitarian corridors'
			},
			{ work: 'tass-2022-03-02' }
		],
		disagreements: [
			{
				id: 'D2',
				summary: 'The region is certain; the village is named by one source only.',
				versions: [
					{
						says: 'Kamyanyuki, Belarus, “just across the border from Poland”.',
						source: { work: 'fa-2024' }
					},
					{
						says: 'Belovezhskaya Pushcha, Brest region (no village named).',
						source: { work: 'tass-2022-03-02' }
					}
				]
			}
		]
	},
	{
		id: 'bennett-putin',
		date: '2022-03-05',
		precision: 'day',
		kind: 'leaders',
		title: 'Bennett meets Putin in Moscow',
		summary:
			'Israel’s prime minister Naftali Bennett flies to Moscow to mediate and meets Putin for about three hours, then speaks with Zelensky. He later says he warned Kyiv that Western guarantees would be hard to get.',
		venues: ['moscow-kremlin'],
		frame: 'europe',
		sources: [
			{ work: 'hamodia-2022-03-06' },
			{ work: 'fa-2024', quote: 'was actively mediating between the two sides' }
		],
		disagreements: [
			{
				id: 'D7',
				summary: 'The date of the visit.',
				versions: [
					{
						says: '5 March 2022, nine days after the invasion.',
						source: { work: 'hamodia-2022-03-06' }
					},
					{ says: '“A month after the invasion.”', source: { work: 'npr-onpoint-2024' } }
				]
			}
		]
	},
	{
		id: 'round-3-belovezhskaya',
		date: '2022-03-07',
		precision: 'day',
		kind: 'in-person-round',
		title: 'Third round: first draft texts',
		summary:
			'At the third round, in the same place, the delegations appear to look at draft texts for the first time; according to Medinsky they are Russian drafts. In-person meetings then stop for about three weeks and talks continue by video.',
		venues: ['kamyanyuki'],
		frame: 'venues',
		sources: [
			{ work: 'fa-2024', quote: 'examined drafts for the first time' },
			{ work: 'interfax-2022-03-07' }
		]
	},
	{
		id: 'kuleba-lavrov-antalya',
		date: '2022-03-10',
		precision: 'day',
		kind: 'ministers',
		title: 'Kuleba and Lavrov meet in Antalya',
		summary:
			'The two foreign ministers meet for the first time since the invasion, with Türkiye’s Mevlüt Çavuşoğlu, at a hotel in Belek. There is no progress on a ceasefire, but Kuleba speaks of a lasting settlement and of security guarantees.',
		venues: ['belek-antalya'],
		frame: 'venues',
		sources: [
			{ work: 'fa-2024', quote: 'a "systematic, sustainable solution" for Ukraine' },
			{ work: 'dailysabah-2022-03-10' }
		],
		disagreements: [
			{
				id: 'D6',
				summary:
					'Some chronologies number this a “round”; it was a ministers’ meeting, not a delegation round.',
				versions: [
					{
						says: 'A meeting of the two foreign ministers, hosted by Türkiye.',
						source: { work: 'dailysabah-2022-03-10' }
					},
					{
						says: 'Counted as a fourth round in some later chronologies.',
						source: { work: 'research-notes' }
					}
				]
			}
		]
	},
	{
		id: 'video-round-guarantees',
		date: '2022-03-14',
		precision: 'day',
		kind: 'video-round',
		title: 'Talks by video; Zelensky asks for real guarantees',
		summary:
			'While the delegations meet by video link, Zelensky calls publicly for security guarantees unlike the 1994 Budapest Memorandum. Two days later his adviser Mykhailo Podolyak says Kyiv wants guarantors who would help defend Ukraine if attacked.',
		venues: [],
		frame: 'europe',
		sources: [
			{ work: 'fa-2024', quote: '“normal, effective security guarantees”' },
			{ work: 'globaltimes-2022-03-15' }
		]
	},
	{
		id: 'first-phase-over',
		date: '2022-03-25',
		precision: 'day',
		kind: 'military',
		title: 'Russia says its “first phase” is over',
		summary:
			'Russia’s general staff says the first stage of the operation is largely complete and that its forces will concentrate on the Donbas. The advance on Kyiv had stalled by mid-March.',
		venues: [],
		frame: 'ukraine',
		sources: [{ work: 'nbc-2022-03-25' }, { work: 'fa-2024', quote: 'failed spectacularly' }]
	},
	{
		id: 'istanbul-communique',
		date: '2022-03-29',
		precision: 'day',
		kind: 'in-person-round',
		title: 'Istanbul: the communiqué on security guarantees',
		summary:
			'The delegations meet in person again, at Dolmabahçe in Istanbul. They announce a joint communiqué, “Key Provisions of the Treaty on Ukraine’s Security Guarantees”: permanent neutrality for Ukraine in exchange for guarantees from a group of states. Russia announces it will sharply reduce military activity around Kyiv and Chernihiv, calling it a step to build trust; Medinsky sounds upbeat about a leaders’ summit.',
		venues: ['istanbul-dolmabahce'],
		frame: 'world',
		layers: ['guarantors', 'crimea'],
		document: 'communique',
		sources: [
			{ work: 'fa-2024', quote: 'calling it an effort “to build mutual trust.”' },
			{ work: 'efe-2022-03-29' },
			{ work: 'nv-2022-03-29' }
		],
		disagreements: [
			{
				id: 'D3',
				summary: 'How long Crimea’s status was to be negotiated.',
				versions: [
					{
						says: 'During the next 15 years (Ukraine’s statements that day).',
						source: { work: 'nv-2022-03-29' }
					},
					{
						says: 'Both “15 years” and “ten to 15 years” in different passages.',
						source: { work: 'fa-2024' }
					},
					{ says: '“The next 10, 15 years.”', source: { work: 'npr-onpoint-2024' } }
				]
			}
		]
	},
	{
		id: 'northern-withdrawal',
		date: '2022-03-29/2022-04-08',
		precision: 'day',
		kind: 'military',
		title: 'Russian forces withdraw from the north',
		summary:
			'After the announcement in Istanbul, Russian forces pull back from the Kyiv, Chernihiv and Sumy fronts. Ukraine declares the Kyiv region free on 2 April; by 8 April British intelligence reports a full withdrawal to Belarus and Russia.',
		venues: [],
		frame: 'north',
		sources: [{ work: 'reuters-2022-04-02' }, { work: 'reuters-2022-04-08' }]
	},
	{
		id: 'medinsky-johnson',
		date: '2022-03-30',
		precision: 'day',
		kind: 'statement',
		title: 'Medinsky on Kyiv’s written proposals; Johnson on sanctions',
		summary:
			'Medinsky says that for the first time Kyiv has put the principles of a settlement in writing. In London, Boris Johnson says sanctions should keep intensifying until every Russian soldier has left Ukraine.',
		venues: [],
		frame: 'europe',
		sources: [
			{ work: 'ryazan-2022-03-30' },
			{
				work: 'fa-2024',
				quote: 'we should continue to intensify sanctions with a rolling program'
			},
			{ work: 'telesur-2022-03-30' }
		],
		disagreements: [
			{
				id: 'D8',
				summary: 'The day of Medinsky’s remark, which begins “Yesterday…”.',
				versions: [
					{
						says: 'The day after Istanbul, 30 March, on Rossiya-24.',
						source: { work: 'ryazan-2022-03-30' }
					},
					{ says: '“Here’s Medinsky again on March 29th.”', source: { work: 'npr-onpoint-2024' } }
				]
			}
		]
	},
	{
		id: 'izium-taken',
		date: '2022-04-01',
		precision: 'day',
		kind: 'military',
		title: 'Izium under Russian control',
		summary:
			'Ukraine’s military confirms that Izium, south-east of Kharkiv, is under Russian control: a staging point for the offensive in the Donbas.' +
			' Ukrainian forces retake the town in September 2022.',
		venues: [],
		frame: 'east',
		sources: [{ work: 'research-notes', note: 'Cross-checked date; see §3 of the notes.' }]
	},
	{
		id: 'bucha',
		date: '2022-04-02/2022-04-04',
		precision: 'day',
		kind: 'statement',
		title: 'Killings in Bucha come to light',
		summary:
			'After the Russian withdrawal, reports of killings of civilians in Bucha and Irpin make headlines worldwide. Zelensky visits Bucha on 4 April. The public mood in Ukraine hardens against a settlement.',
		venues: ['bucha'],
		frame: 'venues',
		sources: [
			{ work: 'fa-2024', quote: 'On April 4, Zelensky visited the town.' },
			{ work: 'pravda-2022-04-04' }
		]
	},
	{
		id: 'zelensky-un',
		date: '2022-04-05',
		precision: 'day',
		kind: 'statement',
		title: 'Zelensky at the UN Security Council',
		summary:
			'By video, Zelensky accuses Russia of war crimes in Bucha, compares its forces to the Islamic State group and asks for Russia’s expulsion from the Council. Drafting of the treaty nonetheless continues.',
		venues: [],
		frame: 'europe',
		sources: [{ work: 'fa-2024' }, { work: 'cnn-2022-04-05' }]
	},
	{
		id: 'johnson-kyiv',
		date: '2022-04-09',
		precision: 'day',
		kind: 'leaders',
		title: 'Boris Johnson in Kyiv',
		summary:
			'The UK prime minister visits Zelensky in Kyiv, one of the first Western leaders to come after the withdrawal. He reportedly tells Zelensky that any deal with Putin would be “pretty sordid”.',
		venues: ['kyiv'],
		frame: 'venues',
		sources: [
			{ work: 'fa-2024', quote: '“any deal with Putin was going to be pretty sordid.”' },
			{ work: 'huffpost-2022-04-09' }
		],
		disagreements: [
			{
				id: 'D10',
				summary: 'Whether he was the first foreign leader to visit after the withdrawal.',
				versions: [
					{
						says: '“The first foreign leader to visit after the Russian withdrawal from the capital.”',
						source: { work: 'fa-2024' }
					},
					{
						says: 'Slovakia’s prime minister was in Kyiv on 8 April and Austria’s chancellor on 9 April; Johnson was the first G7 leader.',
						source: { work: 'research-notes' }
					}
				]
			}
		]
	},
	{
		id: 'draft-12-april',
		date: '2022-04-12',
		precision: 'day',
		kind: 'document',
		title: 'Draft treaty of 12 April',
		summary:
			'A draft treaty is exchanged. Like the communiqué, it lets each guarantor decide for itself whether to help Ukraine if it is attacked.',
		venues: [],
		frame: 'world',
		layers: ['guarantors'],
		document: 'communique',
		sources: [{ work: 'fa-2024', quote: 'one that is dated April 12' }]
	},
	{
		id: 'moskva-sunk',
		date: '2022-04-13/2022-04-14',
		precision: 'approximate',
		kind: 'military',
		title: 'The cruiser Moskva sinks',
		summary:
			'The flagship of Russia’s Black Sea Fleet is hit — by Ukrainian Neptune missiles, according to Ukraine — and sinks the next day.' +
			' Russia says a fire set off ammunition on board and that the ship sank under tow.',
		venues: [],
		frame: 'south',
		sources: [{ work: 'mezha-2022-04-14' }]
	},
	{
		id: 'draft-15-april',
		date: '2022-04-15',
		precision: 'day',
		kind: 'document',
		title: 'Draft treaty of 15 April, the last exchanged',
		summary:
			'The last draft exchanged, according to participants, still leaves key points open: the list of guarantors, Russia’s proposal that help require the agreement of all guarantors (a Russian veto), and the size of Ukraine’s army. It foresees signature within two weeks.',
		venues: [],
		frame: 'world',
		layers: ['guarantors', 'forces'],
		document: 'draft-15-april',
		sources: [
			{
				work: 'fa-2024',
				quote: 'the April 15 draft suggests that the treaty would be signed within two weeks'
			},
			{ work: 'npr-onpoint-2024' }
		],
		disagreements: [
			{
				id: 'D11',
				summary: 'How close the sides were, as a Ukrainian negotiator later put it.',
				versions: [
					{ says: '“Very close in mid-April 2022.”', source: { work: 'fa-2024' } },
					{
						says: '“In the middle of April, in the end of April.”',
						source: { work: 'npr-onpoint-2024' }
					}
				]
			}
		]
	},
	{
		id: 'ukraine-hardens',
		date: '2022-04-20/2022-04-30',
		precision: 'approximate',
		kind: 'statement',
		title: 'Ukraine hardens its terms',
		summary:
			'By late April Ukraine demands a Russian withdrawal from the Donbas as a precondition for any treaty, as Russia’s offensive in the east gathers pace.' +
			' Danilov’s remark of 2 May sums up the new mood.',
		venues: [],
		frame: 'east',
		sources: [{ work: 'fa-2024', quote: 'by late April, Ukraine had hardened its position' }]
	},
	{
		id: 'blinken-austin-kyiv',
		date: '2022-04-24',
		precision: 'day',
		kind: 'ministers',
		title: 'Blinken and Austin in Kyiv',
		summary:
			'The US secretaries of state and defence travel to Kyiv, mainly to coordinate more military aid, and brief the press in Poland the next day.' +
			' Blinken sums up the strategy as massive support for Ukraine and massive pressure on Russia.',
		venues: ['kyiv'],
		frame: 'venues',
		sources: [
			{ work: 'fa-2024', quote: 'visited Kyiv two weeks after Johnson' },
			{ work: 'dod-2022-04-25' }
		]
	},
	{
		id: 'danilov',
		date: '2022-05-02',
		precision: 'day',
		kind: 'statement',
		title: 'Danilov: “only capitulation can be accepted”',
		summary:
			'Oleksii Danilov, secretary of Ukraine’s National Security and Defence Council, says a treaty with Russia is impossible.' +
			' By then Kyiv demands a Russian withdrawal from the Donbas before any treaty.',
		venues: [],
		frame: 'ukraine',
		sources: [
			{
				work: 'fa-2024',
				quote: '“A treaty with Russia is impossible—only capitulation can be accepted.”'
			}
		]
	},
	{
		id: 'kharkiv-pushback',
		date: '2022-05-13/2022-05-14',
		precision: 'approximate',
		kind: 'military',
		title: 'Russian forces pushed back from Kharkiv',
		summary:
			'Ukrainian forces push Russian troops back from Kharkiv towards the border. ISW assesses that Ukraine appears to have won the battle for the city.',
		venues: [],
		frame: 'east',
		sources: [{ work: 'lb-2022-05-14' }]
	},
	{
		id: 'azovstal',
		date: '2022-05-16/2022-05-20',
		precision: 'day',
		kind: 'military',
		title: 'Azovstal: Mariupol’s last defenders leave',
		summary:
			'The garrison of the Azovstal steel works in Mariupol leaves its positions and is taken prisoner. On 20 May Russia claims full control of the city.',
		venues: [],
		frame: 'south',
		sources: [{ work: 'pravda-2022-05-20' }]
	},
	{
		id: 'talks-suspended',
		date: '2022-05-17',
		precision: 'day',
		kind: 'statement',
		title: 'The talks are suspended',
		summary:
			'Podolyak says the negotiation process is suspended; Russia’s deputy foreign minister Andrei Rudenko says talks are not continuing in any form. No further drafts are known to have been exchanged.',
		venues: [],
		frame: 'europe',
		sources: [
			{ work: 'interfax-ua-2022-05-17' },
			{ work: 'fa-2024', quote: 'But in May, the talks broke off.' }
		],
		disagreements: [
			{
				id: 'D5',
				summary: 'When the talks ended.',
				versions: [
					{
						says: 'Publicly suspended on 17 May 2022.',
						source: { work: 'interfax-ua-2022-05-17' }
					},
					{ says: '“In May”, and elsewhere “the end of May”.', source: { work: 'fa-2024' } }
				]
			}
		]
	},
	{
		id: 'bennett-interview',
		date: '2023-02-04',
		precision: 'day',
		kind: 'later-account',
		title: 'Bennett looks back on his mediation',
		summary:
			'In a long interview posted online, Bennett says he saw 17 or 18 working drafts and warned Zelensky that American guarantees were unlikely.' +
			' Foreign Affairs uses the interview as evidence of how hard real guarantees were to obtain.',
		venues: [],
		frame: 'europe',
		sources: [
			{ work: 'aljazeera-2023-02-05' },
			{ work: 'fa-2024', quote: '17 or 18 working drafts' }
		],
		disagreements: [
			{
				id: 'D12',
				summary: 'The interview was in Hebrew; translations differ on one phrase.',
				versions: [
					{ says: 'The US would send soldiers “in several years”.', source: { work: 'fa-2024' } },
					{ says: '“In seven years”.', source: { work: 'npr-onpoint-2024' } }
				]
			}
		]
	},
	{
		id: 'arakhamia-interview',
		date: '2023-11-24',
		precision: 'approximate',
		kind: 'later-account',
		title: 'Arakhamia: neutrality was Russia’s main aim',
		summary:
			'Ukraine’s chief negotiator says on Ukrainian television that Russia mainly wanted Ukraine to be neutral, like Finland during the Cold War, and that Johnson urged Kyiv not to sign anything.' +
			' Putin has since used these remarks to blame the West for the failure of the talks.',
		venues: [],
		frame: 'europe',
		sources: [
			{ work: 'fa-2024', quote: 'a November 2023 interview on a Ukrainian television news program' }
		]
	},
	{
		id: 'chalyi-geneva',
		date: '2023-12-01',
		precision: 'month',
		kind: 'later-account',
		title: 'Chalyi: “very close” in April 2022',
		summary:
			'At a public event in Geneva, negotiator Oleksandr Chalyi says the sides were very close to a settlement in April 2022.' +
			' He adds that a week into the invasion Putin had concluded he had made a huge mistake.',
		venues: [],
		frame: 'europe',
		sources: [{ work: 'fa-2024', quote: 'at a public appearance in December 2023' }]
	},
	{
		id: 'lukashenko-putin-2024',
		date: '2024-04-11',
		precision: 'day',
		kind: 'later-account',
		title: 'Lukashenko proposes going back to the 2022 draft',
		summary:
			'Meeting Putin in the Kremlin, Lukashenko calls for a return to the spring-2022 draft treaty, describing it as acceptable to Ukraine at the time.' +
			' Putin agrees that Ukraine had accepted it then.',
		venues: ['moscow-kremlin'],
		frame: 'venues',
		sources: [
			{ work: 'fa-2024', quote: '"It\'s a reasonable position,"' },
			{ work: 'dailysabah-2024-04-12' }
		],
		disagreements: [
			{
				id: 'D13',
				summary: 'The date, and who said “a reasonable position”.',
				versions: [
					{ says: '11 April 2024; Lukashenko said it.', source: { work: 'fa-2024' } },
					{
						says: 'Reported on 12 April; some outlets give the line to Putin.',
						source: { work: 'dailysabah-2024-04-12' }
					}
				]
			}
		]
	},
	{
		id: 'foreign-affairs-article',
		date: '2024-04-16',
		precision: 'day',
		kind: 'later-account',
		title: 'The Foreign Affairs account',
		summary:
			'Samuel Charap and Sergey Radchenko publish their reconstruction of the talks from the draft documents and interviews with participants — the main source of this atlas.' +
			' The atlas cross-checks their account against contemporary reports and notes where sources differ.',
		venues: [],
		frame: 'europe',
		sources: [{ work: 'fa-2024' }]
	}
];
