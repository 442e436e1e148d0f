import type { Judgement, Milestone } from './schema';

export type { Disagreement, Judgement, Milestone } from './schema';
export type { MilestoneFrame, MilestoneKind } from '../vocabulary';

/**
 * Foreign Affairs' verdict on the claim that the West made Ukraine leave the talks. Two milestones
 * carry it (Johnson's visit and the end of the talks), so it is written once.
 */
const WEST_NOT_TO_BLAME: Judgement = {
	by: 'Charap and Radchenko, Foreign Affairs',
	says: 'The claim that the West forced Ukraine out of the talks “is baseless”. In his discussions with Western leaders, Zelensky “did not prioritize the pursuit of diplomacy with Russia”, though the lack of Western enthusiasm “does seem to have dampened his interest in diplomacy”.',
	source: {
		work: 'fa-2024',
		quote:
			'the claim that the West forced Ukraine to back out of the talks with Russia is baseless … in his discussions with Western leaders, Zelensky did not prioritize the pursuit of diplomacy with Russia to end the war'
	}
};

export const MILESTONES: readonly Milestone[] = [
	{
		id: 'invasion',
		date: '2022-02-24',
		precision: 'day',
		kind: 'military',
		title: 'Russia invades Ukraine',
		summary:
			'In the early hours Russia launches a full-scale invasion: air strikes across Ukraine and, at the same time, ground forces from Belarus, Russia and occupied Crimea. In a speech Putin justifies it with the vague aim of “denazification”. Within days Russian forces try to encircle Kyiv.',
		venues: [],
		frame: 'ukraine',
		sources: [
			{ work: 'fa-2024', quote: 'the vague goal of "denazification"' },
			{
				work: 'fa-2024',
				quote: 'At the same time, Moscow’s infantry and armor poured into the country'
			},
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
						says: 'Near the village of “Lyakhavichy, about 30 miles from the Belarusian-Ukrainian border”.',
						source: { work: 'npr-onpoint-2024' }
					},
					{
						says: 'Lyakhavichy is a different town, in Brest region, about 127 km from the Ukrainian border and 164 km from Liaskavichy, so it cannot be the place meant: almost certainly a transcription error.',
						source: {
							work: 'research-notes',
							note: 'D1 and §5: distances computed from Natural Earth borders.'
						}
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
			'Kherson, on the Dnipro north-west of Crimea, becomes the first major Ukrainian city taken by Russian forces.' +
			' The map’s ISW assessments show the city out of Russian control again from 9 November 2022.',
		venues: [],
		frame: 'south',
		sources: [
			{ work: 'csmonitor-2022-03-03' },
			{
				work: 'isw-ctp-2022',
				note: 'Assessed Russian control: the city is inside it on the map of 8 November 2022 and outside it from 9 November.'
			}
		]
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
			'The delegations meet again in Belarus, this time in the Belovezhskaya Pushcha forest near the Polish border. At this round or the next, on 7 March, Ukraine asks for an immediate ceasefire and humanitarian corridors. Afterwards Medinsky says the key issue resolved is “saving the civilians who found themselves in a combat zone”.',
		venues: ['kamyanyuki'],
		frame: 'venues',
		sources: [
			{
				work: 'fa-2024',
				quote: 'an immediate cease-fire and the establishment of humanitarian corridors',
				note: 'Gives the Ukrainian demands for the rounds of 3 and 7 March together, without saying at which.'
			},
			{
				work: 'npr-onpoint-2024',
				quote:
					'the key issue we’ve resolved today is the issue of saving people, saving the civilians who found themselves in a combat zone',
				note: 'Medinsky to the press on 3 March 2022, as played on the programme.'
			},
			{ work: 'tass-2022-03-02', note: 'A preview of the round, for the venue.' }
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
			'Israel’s prime minister Naftali Bennett flies to Moscow to mediate and meets Putin for about three hours, then speaks with Zelensky. Bennett later recalls telling Zelensky that American guarantees “won’t happen”.',
		venues: ['moscow-kremlin'],
		frame: 'europe',
		sources: [
			{ work: 'hamodia-2022-03-06' },
			{ work: 'fa-2024', quote: 'was actively mediating between the two sides' },
			{ work: 'fa-2024', quote: 'Volodymyr, it won’t happen.' }
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
					{
						says: 'The meeting was “in Moscow in March of 2022. A month after the invasion.” The month is right; it was nine days after.',
						source: { work: 'npr-onpoint-2024' }
					}
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
					'Some chronologies count this meeting as a round of talks; it was a ministers’ meeting, not a delegation round.',
				versions: [
					{
						says: 'A meeting of the two foreign ministers, hosted by Türkiye.',
						source: { work: 'dailysabah-2022-03-10' }
					},
					{
						says: 'Counted as a round in some later chronologies.',
						source: {
							work: 'research-notes',
							note: 'D6: copies of Wikipedia’s article on the 2022 negotiations call 10 and 14 March the fourth and fifth rounds; the LCIL Cambridge chronology lists video rounds on 14–17 and 21 March.'
						}
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
		sources: [
			{ work: 'nbc-2022-03-25' },
			{ work: 'fa-2024', quote: 'By mid-March, the Russian army’s thrust toward Kyiv had stalled' }
		]
	},
	{
		id: 'istanbul-communique',
		date: '2022-03-29',
		precision: 'day',
		kind: 'in-person-round',
		title: 'Istanbul: the communiqué on security guarantees',
		summary:
			'The delegations meet in person again, at Dolmabahçe in Istanbul. They announce a joint communiqué, “Key Provisions of the Treaty on Ukraine’s Security Guarantees”, by participants’ account largely drafted by Ukraine and provisionally accepted by Russia as a framework: Ukraine’s permanent neutrality in exchange for security guarantees. Russia announces it will sharply reduce military activity around Kyiv and Chernihiv, calling it an effort “to build mutual trust”; Foreign Affairs calls the withdrawal “a forced retreat”. Both heads of delegation, Medinsky and Arakhamia, say a presidents’ summit is possible.',
		venues: ['istanbul-dolmabahce'],
		frame: 'world',
		layers: ['guarantors', 'crimea'],
		document: 'communique',
		sources: [
			{
				work: 'fa-2024',
				quote:
					'the Ukrainians had largely drafted the communiqué and the Russians provisionally accepted the idea'
			},
			{ work: 'fa-2024', quote: 'the withdrawal was a forced retreat' },
			{ work: 'fa-2024', quote: 'Putin and Zelensky would sign it at a summit' },
			{
				work: 'npr-onpoint-2024',
				quote: 'a meeting between the presidents … can be made possible'
			},
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
					{
						says: 'In the course of “the next 10, 15 years”.',
						source: { work: 'npr-onpoint-2024' }
					}
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
			'Russian forces pull back from the Kyiv, Chernihiv and Sumy fronts. Russia presents the pullback, announced in Istanbul on 29 March, as an effort “to build mutual trust”; Foreign Affairs calls it “a forced retreat” presented as a diplomatic gesture, and Radchenko says “the Russians were defeated”. Ukraine declares the Kyiv region free on 2 April; by 8 April British intelligence reports a full withdrawal to Belarus and Russia.',
		venues: [],
		frame: 'north',
		sources: [
			{ work: 'fa-2024', quote: 'calling it an effort “to build mutual trust.”' },
			{
				work: 'fa-2024',
				quote:
					'In fact, the withdrawal was a forced retreat. The Russians had overestimated their capabilities and underestimated the Ukrainian resistance'
			},
			{
				work: 'npr-onpoint-2024',
				quote:
					'They called it, this was done as if to promote negotiation. The reality was, of course, that the Russians were defeated.'
			},
			{ work: 'reuters-2022-04-02' },
			{ work: 'reuters-2022-04-08' }
		]
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
					{
						says: '“The next day” after the Istanbul talks of 29 March.',
						source: { work: 'fa-2024' }
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
			'After the Russian withdrawal, reports of killings of civilians in Bucha and Irpin make headlines worldwide. Zelensky visits Bucha on 4 April. The public mood in Ukraine hardens against a settlement, yet Foreign Affairs notes that work on the draft treaty “continued and even intensified” in the weeks after.',
		venues: ['bucha'],
		frame: 'venues',
		sources: [
			{ work: 'fa-2024', quote: 'On April 4, Zelensky visited the town.' },
			{
				work: 'fa-2024',
				quote:
					'The public mood in Ukraine hardened with the discovery of Russian atrocities at Irpin and Bucha.'
			},
			{
				work: 'fa-2024',
				quote:
					'the behind-the-scenes work on the draft treaty continued and even intensified in the days and weeks after the discovery of Russia’s war crimes'
			},
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
						says: 'Johnson was “the first foreign leader to visit after the Russian withdrawal from the capital”.',
						source: { work: 'fa-2024' }
					},
					{
						says: 'Slovakia’s prime minister was in Kyiv on 8 April and Austria’s chancellor on 9 April; Johnson was the first G7 leader.',
						source: { work: 'research-notes' }
					}
				]
			}
		],
		judgements: [
			{
				by: 'Charap and Radchenko, Foreign Affairs',
				says: 'The Western response to the talks was “certainly lukewarm”, though “a far cry from Putin’s caricature”.',
				source: {
					work: 'fa-2024',
					quote:
						'The Western response to these negotiations, while a far cry from Putin’s caricature, was certainly lukewarm.'
				}
			},
			WEST_NOT_TO_BLAME
		]
	},
	{
		id: 'draft-12-april',
		date: '2022-04-12',
		precision: 'day',
		kind: 'document',
		title: 'Draft treaty of 12 April',
		summary:
			'A draft treaty is exchanged; Foreign Affairs examined it. What it reports is that, like the communiqué, the draft lets each guarantor decide for itself whether to help Ukraine if it is attacked. Its list of guarantors is not given in the sources, so the map shows none.',
		venues: [],
		frame: 'europe',
		sources: [
			{ work: 'fa-2024', quote: 'one that is dated April 12' },
			{
				work: 'fa-2024',
				quote:
					'the communiqué and the April 12 draft made clear that guarantor states would decide independently whether to come to Kyiv’s aid'
			}
		]
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
		title: 'Draft treaty of 15 April',
		summary:
			'The last draft exchanged, according to participants, still leaves key points open: the list of guarantors, Russia’s proposal that help require the agreement of all guarantors (a Russian veto), and the size of Ukraine’s army. The drafts also contain articles added at Russia’s insistence, which Ukraine refuses to discuss, requiring Ukraine to ban “fascism, Nazism, neo-Nazism, and aggressive nationalism” and to repeal six Ukrainian laws, fully or in part. Foreign Affairs reads the draft as foreseeing signature within two weeks, a date that “might have shifted”.',
		venues: [],
		frame: 'world',
		layers: ['guarantors', 'forces'],
		document: 'draft-15-april',
		sources: [
			{
				work: 'fa-2024',
				quote:
					'which participants in the talks told us was the last one exchanged between the parties'
			},
			{
				work: 'fa-2024',
				quote:
					'several articles that were added to the treaty at Russia’s insistence but were not part of the communiqué and related to matters that Ukraine refused to discuss'
			},
			{
				work: 'fa-2024',
				quote:
					'the April 15 draft suggests that the treaty would be signed within two weeks. Granted, that date might have shifted'
			},
			{
				work: 'npr-onpoint-2024',
				quote:
					'Ukraine didn’t accept any of these demands that Russia was putting on the table late in the talks'
			}
		],
		disagreements: [
			{
				id: 'D11',
				summary: 'How close the sides were, as a Ukrainian negotiator later put it.',
				versions: [
					{ says: 'The sides were “very close in mid-April 2022”.', source: { work: 'fa-2024' } },
					{
						says: 'They were very close “in the middle of April, in the end of April”.',
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
			'By late April Ukraine demands a Russian withdrawal from the Donbas as a precondition for any treaty.' +
			' Foreign Affairs links the change to the Ukrainians’ “newfound confidence that they could win the war” after the Russian retreat from the north.' +
			' Danilov’s remark of 2 May sums up the new mood.',
		venues: [],
		frame: 'east',
		sources: [
			{ work: 'fa-2024', quote: 'by late April, Ukraine had hardened its position' },
			{
				work: 'fa-2024',
				quote:
					'The Ukrainians’ newfound confidence that they could win the war also clearly played a role.'
			}
		]
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
		title: 'Danilov: a treaty with Russia “is impossible”',
		summary:
			'Oleksii Danilov, secretary of Ukraine’s National Security and Defence Council, says: “A treaty with Russia is impossible—only capitulation can be accepted.”' +
			' Reports at the time give the capitulation as Russia’s.' +
			' By then Kyiv demands a Russian withdrawal from the Donbas before any treaty.',
		venues: [],
		frame: 'ukraine',
		sources: [
			{
				work: 'fa-2024',
				quote: '“A treaty with Russia is impossible—only capitulation can be accepted.”'
			},
			{
				work: 'research-notes',
				note: 'Timeline row 36 and §2: early-May reports of his interview on Ukrainian television say only Russia’s capitulation could be signed. Danilov was the Council’s secretary; Foreign Affairs calls him its chair (the President chairs it).'
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
					{
						says: 'The talks broke off “in May”; elsewhere, “the end of May”.',
						source: { work: 'fa-2024' }
					}
				]
			}
		],
		judgements: [
			{
				by: 'Charap and Radchenko, Foreign Affairs',
				says: 'No single cause: Western reluctance, the mood in Ukraine after Bucha, Zelensky’s growing confidence of winning on the battlefield, and negotiators who “aimed too high, too soon”.',
				source: { work: 'fa-2024', quote: 'they aimed too high, too soon' }
			},
			{
				by: 'Charap and Radchenko, Foreign Affairs',
				says: 'The negotiators “put the cart of a postwar security order before the horse of ending the war”, skipping a cease-fire and troop withdrawals.',
				source: {
					work: 'fa-2024',
					quote:
						'the negotiators put the cart of a postwar security order before the horse of ending the war'
				}
			},
			WEST_NOT_TO_BLAME
		]
	},
	{
		id: 'bennett-interview',
		date: '2023-02-04',
		precision: 'day',
		kind: 'later-account',
		title: 'Bennett looks back on his mediation',
		summary:
			'In a long interview posted online, Bennett says he saw 17 or 18 working drafts and told Zelensky that American guarantees “won’t happen”.' +
			' Foreign Affairs uses the interview as evidence of how hard real guarantees were to obtain.',
		venues: [],
		frame: 'europe',
		sources: [
			{ work: 'aljazeera-2023-02-05' },
			{ work: 'fa-2024', quote: '17 or 18 working drafts' },
			{ work: 'fa-2024', quote: 'Volodymyr, it won’t happen.' }
		],
		disagreements: [
			{
				id: 'D12',
				summary: 'The interview was in Hebrew; translations differ on one phrase.',
				versions: [
					{ says: 'The US would send soldiers “in several years”.', source: { work: 'fa-2024' } },
					{ says: 'It would send soldiers “in seven years”.', source: { work: 'npr-onpoint-2024' } }
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
			'Ukraine’s chief negotiator says on Ukrainian television that Russia mainly wanted Ukraine to be neutral, like Finland during the Cold War.' +
			' He adds that after Istanbul “Boris Johnson came to Kyiv and said that we won’t sign anything at all” with the Russians; Foreign Affairs says he seemed to hold Johnson responsible for the outcome.' +
			' Putin has since used these remarks to blame the West for the failure of the talks.',
		venues: [],
		frame: 'europe',
		sources: [
			{
				work: 'fa-2024',
				quote: 'a November 2023 interview on a Ukrainian television news program'
			},
			{
				work: 'fa-2024',
				quote:
					'by seeming to hold Johnson responsible for the outcome. “When we returned from Istanbul,” he said, “Boris Johnson came to Kyiv and said that we won’t sign anything at all with [the Russians]—and let’s just keep fighting.'
			},
			{
				work: 'fa-2024',
				quote:
					'Putin has repeatedly used Arakhamia’s remarks to blame the West for the collapse of the talks'
			}
		],
		judgements: [
			{
				by: 'Charap and Radchenko, Foreign Affairs',
				says: 'Notwithstanding Putin’s “manipulative spin”, Arakhamia “was pointing to a real problem”: the communiqué’s framework would require the West to engage with Russia and “consider a genuine security guarantee for Ukraine”. “Neither was a priority for the United States and its allies at the time.”',
				source: {
					work: 'fa-2024',
					quote:
						'Notwithstanding Putin’s manipulative spin, Arakhamia was pointing to a real problem'
				}
			},
			{
				by: 'Radchenko, On Point',
				says: 'To say Johnson alone stopped a deal “is just naive”: “Zelenskyy was in charge.”',
				source: {
					work: 'npr-onpoint-2024',
					quote: 'That is just naive, right? This is just too simplistic. Zelenskyy was in charge.'
				}
			}
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
		sources: [
			{ work: 'fa-2024', quote: 'at a public appearance in December 2023' },
			{
				work: 'research-notes',
				note: 'Timeline row 41: the event was at the Geneva Centre for Security Policy in early December; its video was posted on 22 December 2023.'
			},
			{ work: 'npr-onpoint-2024', note: 'Plays the same remarks, undated.' }
		]
	},
	{
		id: 'lukashenko-putin-2024',
		date: '2024-04-11',
		precision: 'day',
		kind: 'later-account',
		title: 'Lukashenko proposes going back to the 2022 draft',
		summary:
			'Meeting Putin in the Kremlin, Lukashenko calls for a return to the spring-2022 draft treaty, saying Ukraine “agreed to this position”; Putin chimes in: “They agreed, of course”.' +
			' Foreign Affairs replies that the two sides “never arrived at a final compromise text”, and Radchenko points to “a huge gap” between them on Ukraine’s armed forces.',
		venues: ['moscow-kremlin'],
		frame: 'venues',
		sources: [
			{ work: 'fa-2024', quote: '"It\'s a reasonable position,"' },
			{ work: 'fa-2024', quote: 'They agreed to this position.' },
			{
				work: 'fa-2024',
				quote:
					'In reality, however, the Russians and the Ukrainians never arrived at a final compromise text.'
			},
			{
				work: 'npr-onpoint-2024',
				quote:
					'Putin would later claim this was all a done deal and we agreed, et cetera, et cetera. No, we can see that there was a huge gap'
			},
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
