import type { Judgement, Milestone } from '../schema';

/*
 * The story's milestones as written. The app reads them through `../milestones` (MILESTONES),
 * which the build fills from here and the browser from /data/content.json (see ../load.ts).
 */

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

export const MILESTONE_DATA: readonly Milestone[] = [
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
		id: 'putin-shows-draft',
		date: '2023-06-17',
		precision: 'day',
		kind: 'later-account',
		title: 'Putin shows African leaders a 2022 draft treaty',
		summary:
			'Meeting a peace mission of African leaders at the Konstantinovsky Palace in St Petersburg, Putin holds up a document he presents as the treaty drafted with Ukraine in spring 2022, saying the head of Kyiv’s delegation “put his signature there”.' +
			' He says Ukraine discarded it once Russian troops had withdrawn from around Kyiv.' +
			' Kyiv did not respond to his remarks.',
		venues: ['konstantinovsky-palace'],
		frame: 'venues',
		sources: [
			{
				work: 'tass-2023-06-17',
				quote:
					'This draft agreement was initialed by the head of the Kiev negotiation team. He put his signature there.'
			},
			{
				work: 'hindustantimes-2023-06-18',
				quote:
					'The peace agreement was discarded by Ukraine as soon as Russia obliged the request and withdrew troops from Kyiv, Vladimir Putin alleged'
			},
			{
				work: 'hindustantimes-2023-06-18',
				quote: "Kyiv did not react to Vladimir Putin's comments."
			},
			{ work: 'republicworld-2023-06-18', quote: 'on Saturday, June 17' }
		],
		echoes: [
			{
				to: 'istanbul-communique',
				says: 'Putin tied the document to the talks held in Istanbul in spring 2022; the reports checked do not establish which of the drafts it was.',
				source: {
					work: 'hindustantimes-2023-06-18',
					quote: 'a peace treaty was signed by the two countries in Istanbul'
				}
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
		id: 'wsj-draft-report',
		date: '2024-03-01',
		precision: 'day',
		kind: 'later-account',
		title: 'The Wall Street Journal reports the draft treaty of 15 April 2022',
		summary:
			'By Ukrainska Pravda’s account, The Wall Street Journal reports on a 17-page draft treaty dated 15 April 2022, which it had reviewed.' +
			' The draft would have made Ukraine a “permanently neutral state” outside military blocs, barred it from rebuilding its armed forces with Western support and left Crimea under de facto Russian control.' +
			' By the Journal’s figures, Russia proposed a limit of 85,000 troops and Ukraine one of 250,000.',
		venues: [],
		frame: 'ukraine',
		sources: [
			{
				work: 'pravda-2024-03-01',
				quote:
					'The document, dated 15 April 2022, sketches out how negotiators on both sides sought to end the fighting'
			},
			{
				work: 'hromadske-2024-03',
				quote: 'The document, dated April 15, 2022, which the journalists saw'
			},
			{ work: 'babel-2024-03', quote: 'Moscow wanted Ukrainian troops to have 85 000 soldiers' },
			{ work: 'babel-2024-03', quote: 'the Ukrainian side wanted to have 250 000 soldiers' }
		],
		echoes: [
			{
				to: 'draft-15-april',
				says: 'The report concerns the draft of 15 April 2022, whose full text, the Journal said, had not been made public.',
				source: {
					work: 'pravda-2024-03-01',
					quote:
						'the full 17-page document, which was reviewed by The Wall Street Journal and others familiar with the negotiations, hasn’t been made public'
				}
			}
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
		sources: [
			{
				work: 'fa-2024',
				quote:
					'In reality, however, the Russians and the Ukrainians never arrived at a final compromise text.'
			}
		]
	},
	{
		id: 'nyt-drafts-published',
		date: '2024-06-15',
		precision: 'day',
		kind: 'later-account',
		title: 'The New York Times publishes the 2022 drafts',
		summary:
			'The New York Times publishes documents from the spring-2022 talks, among them a draft treaty of April 2022 “published here in full for the first time”.' +
			' LB.ua lists three documents: a draft of 17 March, the communiqué of the Istanbul consultations of 29 March, and a draft of 15 April 2022.' +
			' According to the Times, the documents “shed light on the points of disagreement that would have to be overcome.”',
		venues: [],
		frame: 'europe',
		sources: [
			{
				work: 'nyt-2024-06-15',
				quote:
					'A draft Ukraine-Russia treaty from April 2022, published here in full for the first time.'
			},
			{ work: 'lb-2024-06-15', quote: 'including a draft peace treaty of 17 March 2022' },
			{
				work: 'lb-2024-06-15',
				quote:
					'a communiqué following consultations in Istanbul on 29 March 2022, and a later draft treaty of 15 April 2022'
			},
			{ work: 'almayadeen-2024-06', quote: 'was published by The New York Times on Saturday' }
		],
		echoes: [
			{
				to: 'draft-15-april',
				says: 'The Times published the draft of 15 April 2022 in full.',
				source: { work: 'lb-2024-06-15', quote: 'a later draft treaty of 15 April 2022' }
			},
			{
				to: 'istanbul-communique',
				says: 'By LB.ua’s account, the documents published include the communiqué of the Istanbul round of 29 March 2022.',
				source: {
					work: 'lb-2024-06-15',
					quote: 'a communiqué following consultations in Istanbul on 29 March 2022'
				}
			}
		]
	},
	{
		id: 'riyadh-us-russia',
		date: '2025-02-18',
		precision: 'day',
		kind: 'ministers',
		title: 'Riyadh: the first high-level US–Russian talks since the invasion',
		summary:
			'Secretary of State Marco Rubio and Foreign Minister Sergey Lavrov lead their delegations at the Diriyah Palace in Riyadh, with Saudi hosts, in the first high-level US–Russian meeting since the 2022 invasion.' +
			' Zelensky says Kyiv was not invited and “cannot recognise any things or any agreements about us without us”.' +
			' Rubio says the sides will appoint “high-level teams” to negotiate a peace deal.',
		venues: ['diriyah-palace'],
		frame: 'venues',
		sources: [
			{
				work: 'shafaq-2025-02-18',
				quote:
					"marking the first high-level diplomatic engagement between the two countries since Russia's invasion of Ukraine in 2022"
			},
			{
				work: 'dailytimes-2025-02',
				quote:
					'Ukrainian President Volodymyr Zelensky said Kyiv was not invited to the discussions.'
			},
			{
				work: 'dailytimes-2025-02',
				quote: 'cannot recognise any things or any agreements about us without us'
			},
			{ work: 'unn-2025-02-18', quote: 'appointing "high-level teams" to negotiate a peace deal' },
			{
				work: 'euromaidanpress-2025-02-18',
				quote: 'held nearly five hours of talks in Riyadh',
				note: 'The New Zealand Herald gives four and a half hours.'
			}
		],
		disagreements: [
			{
				id: 'L1',
				summary: 'Where in Riyadh the talks were held.',
				versions: [
					{
						says: 'At the Diriyah Palace.',
						source: {
							work: 'shafaq-2025-02-18',
							quote: 'led their respective delegations at the Diriyah Palace in Riyadh'
						}
					},
					{
						says: 'In the Diriyah Palace (a pool photo caption).',
						source: { work: 'mdr-2025-02', quote: 'im Diriyah-Palast in Riad' }
					},
					{
						says: 'At the Ritz-Carlton, in a summary bullet; the same article’s text says only that the Russian negotiators stayed there.',
						source: {
							work: 'nzherald-2025-02-20',
							quote: 'were held at the Ritz-Carlton in Riyadh'
						}
					}
				]
			}
		]
	},
	{
		id: 'witkoff-guidepost',
		date: '2025-02-23',
		precision: 'day',
		kind: 'statement',
		title: 'Witkoff calls the 2022 “Istanbul Protocol” a guidepost',
		summary:
			'In a CNN interview, US envoy Steve Witkoff says the 2022 talks were “cogent and substantive negotiations” framed in what he calls the “Istanbul Protocol Agreement”, that the sides came “very, very close to signing something”, and that the US will use that framework “as a guidepost” for a peace deal.' +
			' In the same interview he says the war “was provoked”, adding that this does not necessarily mean by the Russians.',
		venues: [],
		frame: 'europe',
		sources: [
			{
				work: 'trtworld-2025-02',
				quote:
					"We came very, very close to signing something, and I think we'll be using that framework as a guidepost to get a peace deal done between Ukraine and Russia"
			},
			{ work: 'gulfobserver-2025-02', quote: 'In an interview with CNN on Sunday' },
			{ work: 'newrepublic-2025-02', quote: 'February 23, 2025' },
			{
				work: 'newrepublic-2025-02',
				quote:
					'The war didn’t need to happen. It was provoked. It doesn’t necessarily mean it was provoked by the Russians,'
			}
		],
		echoes: [
			{
				to: 'istanbul-communique',
				says: 'Witkoff named the 2022 Istanbul talks as the framework to build on; the sources do not say whether he meant the communiqué of 29 March or a later draft.',
				source: {
					work: 'trtworld-2025-02',
					quote: "framed in something that's called the Istanbul Protocol Agreement"
				}
			}
		]
	},
	{
		id: 'jeddah-us-ukraine',
		date: '2025-03-11',
		precision: 'day',
		kind: 'ministers',
		title: 'Jeddah: Ukraine backs a US proposal for a 30-day ceasefire',
		summary:
			'US and Ukrainian delegations, led by Marco Rubio and Andriy Yermak, meet in Jeddah.' +
			' In a joint statement Ukraine expresses “readiness to accept the US proposal to enact an immediate, interim 30-day ceasefire”, subject to Russia accepting it too, and the US agrees to “immediately lift the pause on intelligence sharing and resume security assistance to Ukraine”.' +
			' “The ball is now in their court”, Rubio says of Russia.',
		venues: ['jeddah'],
		frame: 'venues',
		sources: [
			{
				work: 'interfax-ua-2025-03-11',
				quote:
					'Ukraine expressed readiness to accept the US proposal to enact an immediate, interim 30-day ceasefire, which can be extended by mutual agreement of the parties, and which is subject to acceptance and concurrent implementation by the Russian Federation.'
			},
			{
				work: 'lurer-2025-03-11',
				quote:
					'immediately lift the pause on intelligence sharing and resume security assistance to Ukraine'
			},
			{ work: 'nzherald-2025-03', quote: 'The ball is now in their court.' },
			{
				work: 'scoontv-2025-03',
				quote:
					'The Ukrainians were represented by Andriy Yermak, chief of staff to President Volodymyr Zelenskyy, Foreign Minister Andriy Sybiha and Defense Minister Rustem Umerov.'
			}
		]
	},
	{
		id: 'riyadh-technical-talks',
		date: '2025-03-23/2025-03-25',
		precision: 'day',
		kind: 'in-person-round',
		title: 'Riyadh: US technical talks with each side on the Black Sea and energy',
		summary:
			'US officials hold technical talks in Riyadh with a Ukrainian team and, separately, a Russian one.' +
			' On 25 March the White House announces parallel agreements with each side to ensure safe navigation in the Black Sea and to develop measures implementing a ban on strikes against energy facilities.' +
			' In the statement on Russia, the US says it will help restore Russia’s “access to the world market for agricultural and fertilizer exports”.',
		venues: ['ritz-carlton-riyadh'],
		frame: 'venues',
		sources: [
			{
				work: 'interfax-ua-2025-03-25',
				quote:
					'the United States facilitated bilateral technical-level talks with the Ukrainian delegation March 23-25 in Riyadh, Saudi Arabia.'
			},
			{
				work: 'safety4sea-2025-03',
				quote:
					'The United States brokered separate agreements on 25 March with Ukraine and Russia to pause attacks at sea and on energy infrastructure.'
			},
			{
				work: 'safety4sea-2025-03',
				quote:
					'The United States and Russia agreed to develop measures for implementing President Trump’s and President Putin’s agreement to ban strikes against energy facilities of Russia and Ukraine.'
			},
			{
				work: 'newsat-2025-03',
				quote: 'shows a view of the Ritz-Carlton hotel in Riyadh where talks are underway'
			}
		]
	},
	{
		id: 'putin-proposes-istanbul',
		date: '2025-05-11',
		precision: 'day',
		kind: 'statement',
		title: 'Putin proposes direct talks in Istanbul “without any preconditions”',
		summary:
			'Speaking at the Kremlin in the early hours, after Kyiv and the leaders of France, Germany, Britain and Poland had called for an unconditional 30-day ceasefire, Putin proposes that direct Russia–Ukraine talks resume in Istanbul on 15 May.' +
			' He presents them as resuming the talks that, he says, Kyiv broke off in 2022.' +
			' Zelensky replies that he expects Russia to confirm a ceasefire from 12 May, and that Ukraine “is ready to meet”.',
		venues: ['moscow-kremlin'],
		frame: 'venues',
		sources: [
			{
				work: 'hurriyet-2025-05-12',
				quote:
					'We propose to the Kiev authorities to resume the talks that they broke off in 2022, and, I emphasize, without any preconditions'
			},
			{ work: 'hurriyet-2025-05-12', quote: 'and Ukraine is ready to meet' },
			{ work: 'turkiyetoday-2025-05', quote: 'in a middle-of-the-night statement at the Kremlin' },
			{
				work: 'rbc-ukraine-2025-05-11',
				quote: 'The place where they were previously held and where they were interrupted'
			}
		],
		disagreements: [
			{
				id: 'L2',
				summary: 'When Putin said Kyiv had broken off the talks: the translations differ.',
				versions: [
					{
						says: 'In 2022 (an agency translation).',
						source: {
							work: 'hurriyet-2025-05-12',
							quote: 'resume the talks that they broke off in 2022'
						}
					},
					{
						says: 'At the end of 2022 (Ukrainian outlets’ translations).',
						source: {
							work: 'censor-2025-05-11',
							quote: 'resume the negotiations that were interrupted by them at the end of 2022'
						}
					},
					{
						says: 'At the end of 2022, after saying it was the Ukrainian side that broke them off.',
						source: {
							work: 'rbc-ukraine-2025-05-11',
							quote: 'the negotiations they interrupted at the end of 2022'
						}
					}
				]
			}
		],
		echoes: [
			{
				to: 'talks-suspended',
				says: 'Putin framed the proposal as resuming the negotiations that, he said, Kyiv broke off in 2022.',
				source: {
					work: 'rbc-ukraine-2025-05-11',
					quote: 'it was not us who broke off the negotiations in 2022. It was the Ukrainian side.'
				}
			},
			{
				to: 'istanbul-communique',
				says: 'He proposed Istanbul because, he said, the 2022 talks had been held and interrupted there.',
				source: {
					work: 'rbc-ukraine-2025-05-11',
					quote: 'The place where they were previously held and where they were interrupted'
				}
			}
		]
	},
	{
		id: 'istanbul-2025-may',
		date: '2025-05-16',
		precision: 'day',
		kind: 'in-person-round',
		title: 'Istanbul: the first direct Russia–Ukraine talks since 2022',
		summary:
			'Delegations led by Vladimir Medinsky and Rustem Umerov meet for less than two hours at Dolmabahçe, with Türkiye’s foreign minister Hakan Fidan in the chair.' +
			' They agree to exchange 1,000 prisoners of war each, to set out their ceasefire conditions in writing and, in principle, to meet again; there is no ceasefire.' +
			' Medinsky calls the talks a continuation of the 2022 peace process; Kyiv rejects the link, Andriy Yermak saying that what ties them to 2022 “is exclusively the city of Istanbul”.',
		venues: ['istanbul-dolmabahce'],
		frame: 'venues',
		sources: [
			{
				work: 'aljazeera-2025-05-16',
				quote:
					'The delegations met on Friday at Istanbul’s Dolmabahce Palace in Turkiye, where the two sides failed to agree on a ceasefire'
			},
			{
				work: 'aljazeera-2025-05-16',
				quote: 'Kyiv and Moscow agreed to exchange 1,000 prisoners of war each'
			},
			{ work: 'newsaz-2025-05', quote: 'Turkish Foreign Minister Hakan Fidan led the talks' },
			{
				work: 'pravda-2025-05-16',
				quote:
					'written coordination with the other side on the terms that would make a ceasefire possible'
			},
			{
				work: 'pravda-2025-05-16',
				quote: 'The parties have also reached a principled agreement to resume negotiations'
			},
			{
				work: 'censor-2025-05-15',
				quote:
					'Russia considers the current talks in Istanbul to be a continuation of the previously interrupted peace process of 2022'
			},
			{
				work: 'liga-2025-05-16',
				quote:
					'But all that ties the negotiations to this is exclusively the city of Istanbul. And nothing more'
			}
		],
		disagreements: [
			{
				id: 'L3',
				summary: 'Whether the 2025 talks continue those of 2022.',
				versions: [
					{
						says: 'Medinsky: a continuation of the peace process interrupted in 2022.',
						source: {
							work: 'censor-2025-05-15',
							quote:
								'Russia considers the current talks in Istanbul to be a continuation of the previously interrupted peace process of 2022'
						}
					},
					{
						says: 'Yermak: only the city links them to 2022.',
						source: {
							work: 'liga-2025-05-16',
							quote: 'All attempts by the Russians to tie today to 2022 will not work'
						}
					},
					{
						says: 'Sybiha: Russia kept talking about the 2022 Istanbul talks and was “focused on the past”.',
						source: { work: 'pravda-2025-05-19', quote: 'focused on the past' }
					}
				]
			}
		],
		echoes: [
			{
				to: 'istanbul-communique',
				says: 'Medinsky presented the talks as continuing the Istanbul peace process of 2022, which he said Ukraine had interrupted; Yermak rejected the link.',
				source: {
					work: 'censor-2025-05-15',
					quote:
						'Russia considers the current talks in Istanbul to be a continuation of the previously interrupted peace process of 2022'
				}
			},
			{
				to: 'talks-suspended',
				says: 'UNN, citing Russian media, reports Medinsky calling the new talks a continuation of the peace process interrupted in 2022.',
				source: {
					work: 'unn-2025-05-15',
					quote: 'a continuation of the peace process interrupted in 2022'
				}
			},
			{
				to: 'putin-proposes-istanbul',
				says: 'The round Putin had proposed on 11 May.',
				source: {
					work: 'liga-2025-05-16',
					quote:
						'the negotiations taking place between the Ukrainian and Russian delegations in Istanbul on May 16'
				}
			}
		]
	},
	{
		id: 'istanbul-2025-june',
		date: '2025-06-02',
		precision: 'day',
		kind: 'in-person-round',
		title: 'Istanbul: second round at Çırağan Palace; memoranda handed over',
		summary:
			'The delegations meet again, at Çırağan Palace, for a little over an hour.' +
			' Russia hands over its memorandum, which Medinsky says has two parts, one on a lasting peace and one on steps towards a ceasefire; Ukraine had sent its own terms beforehand.' +
			' They agree an all-for-all exchange of severely wounded and sick prisoners and of soldiers aged 18 to 25, and the return of 6,000 bodies.' +
			' Russia proposes ceasefires of two to three days in some areas to collect the dead; Ukraine, which wants a full ceasefire, proposes a leaders’ meeting at the end of June.',
		venues: ['ciragan-palace'],
		frame: 'venues',
		sources: [
			{
				work: 'unn-2025-06-02',
				quote:
					'The second round of negotiations between Russia and Ukraine in the Chiragan Palace in Istanbul on June 2 ended, it lasted more than an hour.'
			},
			{
				work: 'tass-2025-06-02',
				quote: 'We handed over to the Ukrainian side our memorandum, which consists of two parts.'
			},
			{
				work: 'unn-2025-06-02',
				quote:
					'Ukraine had previously handed over to the Russian Federation a document with the terms of the ceasefire'
			},
			{
				work: 'dw-2025-06-03',
				quote:
					'We agreed to exchange all-for-all seriously wounded and seriously sick prisoners of war. The second category is young soldiers who are from 18 to 25 years old — all-for-all. Also we agreed to return 6,000 bodies of fallen soldiers,'
			},
			{
				work: 'dw-2025-06-03',
				quote:
					'He also said Russia had suggested a ceasefire of two to three days in certain areas.'
			},
			{
				work: 'politico-2025-06',
				quote:
					'Kyiv is proposing that a meeting of the two countries’ leaders take place at the end of June'
			},
			{ work: 'liga-2025-06-02', quote: 'The meeting is taking place in the Çiragan Palace' }
		],
		echoes: [
			{
				to: 'istanbul-2025-may',
				says: 'The second round of the direct talks that resumed in Istanbul on 16 May.',
				source: {
					work: 'unn-2025-06-02',
					quote: 'following the second round of negotiations between Ukraine and Russia in Istanbul'
				}
			}
		]
	},
	{
		id: 'istanbul-2025-july',
		date: '2025-07-23',
		precision: 'day',
		kind: 'in-person-round',
		title: 'Istanbul: third round; Ukraine proposes a leaders’ meeting',
		summary:
			'The third round, again at Çırağan Palace, lasts less than an hour.' +
			' Medinsky says the sides agreed to exchange 1,200 prisoners of war each; he offers to return 3,000 bodies and proposes truces of 24 to 48 hours to recover the dead and wounded, and three online working groups.' +
			' Umerov says Ukraine proposed a meeting of Zelensky and Putin, with Trump and Erdoğan, by the end of August, and is ready for a ceasefire.' +
			' Medinsky calls the two sides’ positions “quite distant”.',
		venues: ['ciragan-palace'],
		frame: 'venues',
		sources: [
			{
				work: 'anews-2025-07-23',
				quote:
					'Russia and Ukraine on Wednesday concluded their third round of Istanbul peace talks in less than an hour'
			},
			{
				work: 'cna-2025-07-24',
				quote:
					'Medinsky said both sides had agreed to exchange 1,200 prisoners of war and that Russia had offered to return the bodies of 3,000 Ukrainian soldiers.'
			},
			{
				work: 'cna-2025-07-24',
				quote:
					'He also proposed temporary ceasefires lasting 24 to 48 hours to allow the recovery of dead and wounded soldiers.'
			},
			{
				work: 'anews-2025-07-23',
				quote: 'Russia suggested forming three online working groups'
			},
			{
				work: 'censor-2025-07-23',
				quote:
					'Ukraine proposed to the Russian side a meeting between Volodymyr Zelenskyy and Vladimir Putin, with the participation of the presidents of Turkey and the United States, Trump, to be held by the end of August.'
			},
			{
				work: 'censor-2025-07-23',
				quote: 'the Ukrainian side also expressed readiness for a ceasefire'
			},
			{
				work: 'cna-2025-07-24',
				quote: 'The positions are quite distant. We agreed to continue contacts,'
			},
			{
				work: 'patrika-2025-07-24',
				quote:
					'Delegations from both countries met at the Çırağan Palace in Istanbul for the third round of peace talks.'
			}
		],
		echoes: [
			{
				to: 'istanbul-2025-june',
				says: 'The third of the three Istanbul rounds of 2025.',
				source: {
					work: 'anews-2025-07-23',
					quote: 'concluded their third round of Istanbul peace talks'
				}
			}
		]
	},
	{
		id: 'anchorage-summit',
		date: '2025-08-15',
		precision: 'day',
		kind: 'leaders',
		title: 'Anchorage: Trump and Putin meet; no agreement',
		summary:
			'Donald Trump and Vladimir Putin meet for about three hours at Joint Base Elmendorf–Richardson in Alaska.' +
			' Trump calls the meeting “very productive” but says that a couple of big points are unresolved and that “There’s no deal until there’s a deal”; the two leave without taking questions.' +
			' Six days later Lavrov says Moscow supports the security-guarantee framework drafted at the 2022 Istanbul negotiations.',
		venues: ['jber-anchorage'],
		frame: 'venues',
		sources: [
			{
				work: 'washexam-2025-08',
				quote:
					'President Donald Trump has concluded three hours of talks with Russian President Vladimir Putin without a peace deal'
			},
			{ work: 'washexam-2025-08', quote: 'I believe we had a very productive meeting' },
			{
				work: 'washexam-2025-08',
				quote:
					'a couple of big ones that we haven’t quite gotten there, but we’ve made some headway'
			},
			{
				work: 'washexam-2025-08',
				quote:
					'the pair departed their respective podiums without answering questions about its details'
			},
			{ work: 'bbc-2025-08-16', quote: 'There’s no deal until there’s a deal,' },
			{
				work: 'turkiyetoday-2025-08-22',
				quote:
					'Russian Foreign Minister Sergei Lavrov said Thursday that Moscow supports the security guarantees framework agreed upon during 2022 Istanbul negotiations with Ukraine'
			},
			{ work: 'espreso-2025-08', note: 'Reports the same remarks of Lavrov, citing BBC Russian.' }
		],
		echoes: [
			{
				to: 'istanbul-communique',
				says: 'Six days after the summit Lavrov said Moscow still supports the security-guarantee framework of the 2022 Istanbul negotiations.',
				source: {
					work: 'turkiyetoday-2025-08-22',
					quote:
						'Moscow supports the security guarantees framework agreed upon during 2022 Istanbul negotiations with Ukraine'
				}
			}
		]
	},
	{
		id: 'twenty-eight-point-plan',
		date: '2025-11-20',
		precision: 'approximate',
		kind: 'document',
		title: 'A US 28-point peace plan becomes public',
		summary:
			'A US draft of 28 points for ending the war becomes public; the Kyiv Independent reports it was developed by Steve Witkoff with the Kremlin envoy Kirill Dmitriev.' +
			' In the text AFP obtained, Ukraine would give up the parts of the Donbas it still holds, cap its armed forces at 600,000 and be barred from joining NATO.' +
			' Zelensky warns of a choice between “the loss of dignity, or the risk of losing a key partner”; Trump names Thanksgiving, 27 November, as the time to accept, then says on 25 November that “The deadline for me is when it’s over”.',
		venues: [],
		frame: 'east',
		sources: [
			{
				work: 'rferl-2025-11-26',
				quote: 'in the six days since a US-drafted peace proposal first leaked'
			},
			{
				work: 'kyivindependent-2025-11-25-deadline',
				quote:
					'A U.S.-drafted framework for ending the war developed behind closed doors by U.S. Special Envoy Steve Witkoff in coordination with Kremlin envoy Kirill Dmitriev'
			},
			{
				work: 'babel-2025-11',
				quote:
					'the document was developed over several weeks with Russian negotiator Kirill Dmitriev'
			},
			{
				work: 'polskieradio-2025-11',
				quote: 'Ukraine would give up the eastern Donbas regions'
			},
			{
				work: 'polskieradio-2025-11',
				quote: 'Under the proposal, Ukraine’s armed forces would be cut to 600,000 personnel.'
			},
			{
				work: 'polskieradio-2025-11',
				quote:
					'Ukraine would be barred from joining the alliance both by changes to its constitution and by NATO’s own statutes'
			},
			{
				work: 'interfax-ua-2025-11-21',
				quote: 'either the loss of dignity, or the risk of losing a key partner'
			},
			{ work: 'inquirer-2025-11', quote: 'Trump set the Thanksgiving Day deadline on Friday' },
			{
				work: 'kyivindependent-2025-11-25-deadline',
				quote: 'The deadline for me is when it’s over'
			}
		],
		disagreements: [
			{
				id: 'L4',
				summary: 'The cap on Ukraine’s armed forces in the draft.',
				versions: [
					{
						says: '600,000 personnel, in the draft text AFP obtained.',
						source: {
							work: 'polskieradio-2025-11',
							quote: 'Ukraine’s armed forces would be cut to 600,000 personnel'
						}
					},
					{
						says: '400,000 personnel, in an early report from sources speaking to AFP.',
						source: {
							work: 'livemint-2025-11-21',
							quote: 'The plan calls for Ukraine to reduce its army to 400,000 personnel'
						}
					}
				]
			}
		]
	},
	{
		id: 'geneva-talks-2025',
		date: '2025-11-23',
		precision: 'day',
		kind: 'ministers',
		title: 'Geneva: the US and Ukraine rework the 28-point plan',
		summary:
			'A US delegation under Marco Rubio meets a Ukrainian one led by Andriy Yermak at the US Mission in Geneva.' +
			' Their joint statement says the parties “drafted an updated and refined peace framework” and that final decisions will be made by the two presidents.' +
			' The Kyiv Independent, citing the Financial Times, reports that the plan was cut to 19 points.',
		venues: ['us-mission-geneva'],
		frame: 'venues',
		sources: [
			{
				work: 'marshalnews-2025-11',
				quote:
					'Head of the Office of the President of Ukraine Andriy Yermak, second right, and U.S. Secretary of State Marco Rubio talk to the press'
			},
			{ work: 'united24-2025-11', quote: 'Andriy Yermak, who headed the Ukrainian delegation' },
			{
				work: 'united24-2025-11',
				quote:
					'As a result of the discussions, the parties drafted an updated and refined peace framework'
			},
			{
				work: 'united24-2025-11',
				quote:
					'Final decisions under this framework will be made by the Presidents of Ukraine and the United States'
			},
			{
				work: 'fmt-2025-11-24',
				quote:
					'As a result of the discussions, the parties drafted an updated and refined peace framework.'
			},
			{
				work: 'kyivindependent-2025-11-25-deadline',
				quote:
					'The Financial Times previously reported that the 28-point plan had been cut down to 19 points during talks among U.S., Ukrainian, and European delegations in Geneva.'
			}
		],
		echoes: [
			{
				to: 'twenty-eight-point-plan',
				says: 'The Geneva talks revised the 28-point draft.',
				source: {
					work: 'kyivindependent-2025-11-25-deadline',
					quote:
						'had been cut down to 19 points during talks among U.S., Ukrainian, and European delegations in Geneva'
				}
			}
		]
	},
	{
		id: 'abu-dhabi-driscoll',
		date: '2025-11-24/2025-11-25',
		precision: 'day',
		kind: 'in-person-round',
		title: 'Abu Dhabi: US Army Secretary Driscoll meets a Russian delegation',
		summary:
			'US Army Secretary Dan Driscoll holds talks in Abu Dhabi with a Russian delegation, beginning on the evening of 24 November and continuing the next day, according to CBS News and the Financial Times.' +
			' The Financial Times reports that he also meets Ukraine’s military-intelligence chief Kyrylo Budanov; Ukraine’s intelligence directorate did not comment.',
		venues: ['abu-dhabi'],
		frame: 'venues',
		sources: [
			{
				work: 'kyivindependent-2025-11-25-abudhabi',
				quote:
					"U.S. Army Secretary Dan Driscoll traveled to Abu Dhabi on Nov. 24 for negotiations with Kyrylo Budanov, Ukraine's military intelligence chief, and a Russian delegation, the Financial Times (FT) reported."
			},
			{
				work: 'liga-2025-11-25',
				quote:
					'Driscoll met with the Russian delegation in the UAE capital Abu Dhabi on the evening of Monday, November 24.'
			},
			{
				work: 'liga-2025-11-25',
				quote: 'He is planning to meet with them again during the day [November 25]'
			},
			{ work: 'i24news-2025-11-25', quote: 'The GUR did not respond to requests for comment.' }
		]
	},
	{
		id: 'florida-shell-bay',
		date: '2025-11-30',
		precision: 'day',
		kind: 'ministers',
		title: 'Florida: US and Ukrainian teams meet at the Shell Bay Club',
		summary:
			'Marco Rubio, Steve Witkoff and Jared Kushner meet a Ukrainian delegation led by Rustem Umerov at Witkoff’s golf club in Hallandale Beach, north of Miami.' +
			' Rubio calls the meeting “very productive” but says there is “another party involved” that will have to be part of the equation, with Witkoff due in Moscow that week.',
		venues: ['shell-bay-club'],
		frame: 'venues',
		sources: [
			{
				work: 'gcaptain-2025-11-30',
				quote:
					'are attending the talks at Witkoff’s Shell Bay golf club in Hallandale Beach, north of Miami, the State Department said'
			},
			{
				work: 'gcaptain-2025-11-30',
				quote:
					'National Security and Defense Council Secretary Rustem Umerov is leading the Ukrainian negotiating team'
			},
			{
				work: 'timeslive-2025-12-01',
				quote:
					'A meeting between US and Ukrainian officials in Florida on Sunday was “very productive”'
			},
			{
				work: 'timeslive-2025-12-01',
				quote:
					'obviously there’s another party involved that will have to be a part of the equation. That will continue later this week, when Steve Witkoff [US Middle East special envoy] travels to Moscow'
			}
		]
	},
	{
		id: 'kremlin-witkoff-kushner',
		date: '2025-12-02',
		precision: 'day',
		kind: 'leaders',
		title: 'Kremlin: Putin meets Witkoff and Kushner',
		summary:
			'Putin receives the US envoys Steve Witkoff and Jared Kushner in the Kremlin for hours of talks.' +
			' His aide Yuri Ushakov says some US proposals look “more or less acceptable” but that no compromise has been found, with territory the most sensitive issue, and that besides a 27-point US outline Russia has received four further documents.',
		venues: ['moscow-kremlin'],
		frame: 'venues',
		sources: [
			{
				work: 'meaww-2025-12',
				quote: 'KREMLIN, MOSCOW: Russian President Vladimir Putin met on Tuesday, December 2'
			},
			{
				work: 'etvbharat-2025-12-06',
				quote: 'at the Senate Palace of the Kremlin in Moscow, Russia, Tuesday, Dec. 2, 2025'
			},
			{
				work: 'novinite-2025-12-04',
				quote:
					'while several American ideas appear “more or less acceptable,” key formulations remain unacceptable to Russia'
			},
			{
				work: 'novinite-2025-12-04',
				quote: 'questions related to territory remain the most sensitive issue for both sides'
			},
			{
				work: 'novinite-2025-12-04',
				quote:
					'Alongside the initial 27-point American outline, Russia has received four additional documents'
			},
			{
				work: 'unn-2025-12-03',
				quote:
					"some of the American side's proposals are acceptable to Russia, while others are not suitable"
			}
		]
	},
	{
		id: 'florida-december-4-6',
		date: '2025-12-04/2025-12-06',
		precision: 'day',
		kind: 'in-person-round',
		title: 'Florida: three days of US–Ukrainian talks',
		summary:
			'Steve Witkoff and Jared Kushner meet Rustem Umerov and the chief of Ukraine’s general staff, Andrii Hnatov, over three days in the Miami area; the session of 5 December is reported at the Shell Bay Club.' +
			' Their readout says they agreed on the framework of security arrangements and that “real progress toward any agreement depends on Russia’s readiness to show serious commitment to long-term peace”.',
		venues: ['shell-bay-club'],
		frame: 'venues',
		sources: [
			{
				work: 'hurriyet-2025-12-06',
				quote:
					"President Donald Trump's special envoy Steve Witkoff and son-in-law Jared Kushner have been meeting top Ukrainian negotiator Rustem Umerov and Andrii Hnatov, the chief of staff of Kiev's armed forces."
			},
			{
				work: 'hurriyet-2025-12-06',
				quote:
					'also agreed on the framework of security arrangements and discussed necessary deterrence capabilities to sustain a lasting peace.'
			},
			{
				work: 'rferl-2025-12',
				quote:
					'Both parties agreed that real progress toward any agreement depends on Russia’s readiness to show serious commitment to long-term peace, including steps toward de-escalation and cessation of killings,'
			},
			{
				work: 'etvbharat-2025-12-06',
				quote: 'Parties also separately reviewed the future prosperity agenda'
			},
			{
				work: 'shropshirestar-2025-12-06',
				quote: 'session took place at the Shell Bay Club in Hallandale Beach'
			}
		]
	},
	{
		id: 'berlin-talks',
		date: '2025-12-14/2025-12-15',
		precision: 'day',
		kind: 'in-person-round',
		title: 'Berlin: Zelensky and the US envoys meet at the Chancellery',
		summary:
			'Hosted by Chancellor Friedrich Merz, Zelensky and his negotiators meet Steve Witkoff and Jared Kushner for more than five hours on 14 December and again the next day, discussing the 20-point peace plan.' +
			' Witkoff reports “a lot of progress”; the talks end without a breakthrough on the territory Russia demands that Ukraine give up.' +
			' European leaders join Merz at the Chancellery on the evening of 15 December.',
		venues: ['berlin-chancellery'],
		frame: 'venues',
		sources: [
			{
				work: 'bluewin-2025-12-14',
				quote:
					'The 20-point peace plan, economic issues and other questions were discussed in depth. The meeting in Berlin with Ukrainian President Volodymyr Zelensky and the delegations from the USA and Ukraine lasted more than five hours.'
			},
			{ work: 'heute-2025-12', quote: 'im Kanzleramt in Berlin' },
			{
				work: 'novayagazeta-2025-12-15',
				quote:
					'US Special Envoy Steve Witkoff had reported that “a lot of progress” had been made during the first round of talks on Sunday.'
			},
			{
				work: 'novayagazeta-2025-12-15',
				quote:
					'have come to an end with no breakthrough being made on the contentious issue of Kyiv ceding some of its territory to Russia'
			},
			{
				work: 'bluewin-2025-12-14',
				quote:
					'Merz has invited European heads of state and government to the Chancellery on Monday evening.'
			},
			{
				work: 'rbc-ukraine-2025-12-16',
				quote: 'Indeed, there was progress on many issues. What is important is that we were heard.'
			}
		]
	},
	{
		id: 'miami-december-19-21',
		date: '2025-12-19/2025-12-21',
		precision: 'day',
		kind: 'in-person-round',
		title: 'Miami: separate US meetings with Ukrainian, European and Russian envoys',
		summary:
			'Over one weekend Witkoff and Kushner meet Rustem Umerov together with the national security advisers of the UK, France and Germany, and on 20 December Russia’s envoy Kirill Dmitriev.' +
			' The Miami Herald places the meetings in Miami without naming a building.',
		venues: ['miami'],
		frame: 'venues',
		sources: [
			{
				work: 'spokesman-2025-12-19',
				quote: 'including the head of Russia’s sovereign wealth fund Kirill Dmitriev on Saturday'
			},
			{
				work: 'spokesman-2025-12-19',
				quote:
					'On Friday morning, Witkoff and Kushner met with Ukraine’s national security secretary, Rustem Umerov, “as well as National Security Advisors from the United Kingdom, France, and Germany,” according to a White House official.'
			}
		]
	},
	{
		id: 'mar-a-lago-meeting',
		date: '2025-12-28',
		precision: 'day',
		kind: 'leaders',
		title: 'Mar-a-Lago: Trump and Zelensky say they are “getting a lot closer”',
		summary:
			'After a phone call with Putin, Donald Trump receives Volodymyr Zelensky at Mar-a-Lago.' +
			' Zelensky says an agreement on security guarantees has been reached; Trump puts it at 95 per cent and calls the Donbas “a very tough issue”, still unresolved.' +
			' Kremlin aide Yuri Ushakov says Putin told Trump that a 60-day ceasefire proposed by the EU and Ukraine would prolong the war.',
		venues: ['mar-a-lago'],
		frame: 'venues',
		sources: [
			{
				work: 'cna-2025-12-29',
				quote:
					"The two leaders spoke at a joint press conference late Sunday afternoon after meeting at Trump's Mar-a-Lago resort in Florida."
			},
			{
				work: 'cna-2025-12-29',
				quote:
					'Zelenskyy said an agreement on security guarantees for Ukraine has been reached. Trump was slightly more cautious, saying that they were 95 per cent of the way to such an agreement'
			},
			{
				work: 'cna-2025-12-29',
				quote: "It's unresolved, but it's getting a lot closer. That's a very tough issue,"
			},
			{
				work: 'cna-2025-12-29',
				quote:
					'Ushakov, in Moscow, said Putin told Trump a 60-day ceasefire proposed by the European Union and Ukraine would prolong the war.'
			},
			{ work: 'msnow-2025-12', quote: 'I do think we’re getting a lot closer, maybe very close' }
		]
	},
	{
		id: 'paris-declaration',
		date: '2026-01-06',
		precision: 'day',
		kind: 'document',
		title: 'The Paris Declaration on security guarantees for Ukraine',
		summary:
			'Members of the Coalition of the Willing, Ukraine and the United States, represented by Steve Witkoff and Jared Kushner, meet in Paris and adopt the Paris Declaration; beforehand Emmanuel Macron had hosted Zelensky and the two US envoys for lunch at the Élysée.' +
			' The participants say they “stand ready to commit to a system of politically and legally binding guarantees that will be activated once a ceasefire enters into force”, including taking part in a proposed US-led ceasefire monitoring mechanism.' +
			' France, the United Kingdom and Ukraine also sign a declaration of intent on a multinational force.',
		venues: ['elysee-palace'],
		frame: 'venues',
		sources: [
			{
				work: 'president-ua-2026-01-06',
				quote:
					'The members of the Coalition of the Willing, Ukraine and the United States have convened today in Paris.'
			},
			{
				work: 'president-ua-2026-01-06',
				quote:
					'We stand ready to commit to a system of politically and legally binding guarantees that will be activated once a ceasefire enters into force'
			},
			{
				work: 'president-ua-2026-01-06',
				quote: 'Participation in a proposed US-led ceasefire monitoring and verification mechanism.'
			},
			{
				work: 'ergosum-2026-01',
				quote:
					'The commitment was formalised in Paris in a declaration of intent signed by France, the United Kingdom and Ukraine.'
			},
			{
				work: 'ergosum-2026-01',
				quote:
					'The United States was represented by Washington’s envoy Steve Witkoff and by President Donald Trump’s son-in-law, Jared Kushner.'
			},
			{ work: 'interfax-ua-2026-01-06', quote: 'to lunch at the Elysee Palace' },
			{
				work: 'beninwebtv-2026-01',
				quote:
					'Les présidents ukrainien et français se sont entretenus en tête-à-tête avant de partager un déjeuner auquel ont également pris part les émissaires américains Steve Witkoff et Jared Kushner'
			}
		]
	},
	{
		id: 'kremlin-january-2026',
		date: '2026-01-22',
		precision: 'day',
		kind: 'leaders',
		title: 'Kremlin: Putin meets Witkoff, Kushner and Gruenbaum',
		summary:
			'Putin receives the US envoys Steve Witkoff and Jared Kushner, with Josh Gruenbaum, at the Kremlin.' +
			' His aide Yuri Ushakov, speaking after midnight, then announces that a trilateral working group on security will meet in Abu Dhabi later that day, 23 January, and says that without resolving territorial matters “according to the Anchorage formula” there is no hope of a long-term settlement.',
		venues: ['moscow-kremlin'],
		frame: 'venues',
		sources: [
			{
				work: 'wion-2026-01-23',
				quote: 'during a meeting at the Kremlin in Moscow on January 22, 2026'
			},
			{
				work: 'kuna-2026-01-23',
				quote:
					'President Vladimir Putin met at the Kremlin with US Special Presidential Envoy Steve Witkoff, alongside Jared Kushner and Joshua Greenbaum'
			},
			{
				work: 'wion-2026-01-23',
				quote:
					'It was agreed that the first meeting of a trilateral working group on security issues will take place today in Abu Dhabi'
			},
			{
				work: 'rks-2026-01',
				quote:
					'without resolving territorial matters according to the Anchorage formula, there is no hope for a long-term solution'
			},
			{
				work: 'californiainsider-2026-01',
				quote:
					'without resolving the territorial issue according to the formula agreed upon in Anchorage, there is no hope of achieving a long-term settlement'
			}
		],
		echoes: [
			{
				to: 'anchorage-summit',
				says: 'Ushakov tied any territorial settlement to what he called the formula agreed at the Anchorage summit.',
				source: {
					work: 'rks-2026-01',
					quote:
						'without resolving territorial matters according to the Anchorage formula, there is no hope for a long-term solution'
				}
			}
		]
	},
	{
		id: 'abu-dhabi-january',
		date: '2026-01-23/2026-01-24',
		precision: 'day',
		kind: 'in-person-round',
		title: 'Abu Dhabi: the first US–Ukraine–Russia trilateral talks',
		summary:
			'The first trilateral meeting of the three countries since the 2022 invasion opens in Abu Dhabi and continues the next day.' +
			' Russia’s delegation is headed by the military-intelligence chief Admiral Igor Kostyukov; Ukraine’s by Rustem Umerov, with Kyrylo Budanov, Serhiy Kyslytsya and David Arakhamia; the US team includes Witkoff, Kushner, Army Secretary Daniel Driscoll and General Alexus Grynkewich.' +
			' The sources disagree on the building.',
		venues: ['abu-dhabi'],
		frame: 'venues',
		sources: [
			{
				work: 'xinhua-2026-01-23',
				quote:
					'The meeting is the first trilateral engagement since the outbreak of the conflict in Ukraine in 2022.'
			},
			{
				work: 'liga-2026-01-23',
				quote:
					"the occupiers' negotiation group was headed by the head of military intelligence, the Main Directorate of the General Staff of Russia, admiral Igor Kostyukov"
			},
			{
				work: 'liga-2026-01-23',
				quote:
					'Ukraine was represented by the head of the presidential Office Kyrylo Budanov, his first deputy Serhiy Kyslytsya and the head of the ruling faction Servant of the people David Arakhamia'
			},
			{
				work: 'interfax-ua-2026-01-24',
				quote:
					'Rustem Umerov announced on Saturday more meetings at the trilateral talks between Ukraine, the USA and the Russian Federation'
			}
		],
		disagreements: [
			{
				id: 'L5',
				summary:
					'Which building in Abu Dhabi the first day was held in; both reports come from state news agencies.',
				versions: [
					{
						says: 'The Emirates Palace hotel, according to the UAE foreign ministry as reported by Xinhua.',
						source: {
							work: 'xinhua-2026-01-23',
							quote:
								'began on Friday evening at the Emirates Palace hotel in Abu Dhabi, the United Arab Emirates (UAE) foreign ministry said'
						}
					},
					{
						says: 'Al Shati Palace, a residence of the UAE president, according to Sputnik’s correspondent.',
						source: {
							work: 'sputnik-2026-01-24',
							quote:
								'The first day of trilateral talks on Ukraine was held at Al Shati Palace in Abu Dhabi'
						}
					}
				]
			}
		],
		echoes: [
			{
				to: 'kremlin-january-2026',
				says: 'The round Ushakov announced after the Kremlin meeting of 22 January.',
				source: {
					work: 'wion-2026-01-23',
					quote:
						'It was agreed that the first meeting of a trilateral working group on security issues will take place today in Abu Dhabi'
				}
			},
			{
				to: 'istanbul-2025-may',
				says: 'LIGA.net contrasts the Russian delegation, headed by Kostyukov, with the Istanbul rounds of 2025, which Medinsky had headed.',
				source: {
					work: 'liga-2026-01-23',
					quote: 'During the negotiations in Istanbul in 2025, the Russian delegation was headed by'
				}
			}
		]
	},
	{
		id: 'abu-dhabi-february',
		date: '2026-02-04/2026-02-05',
		precision: 'day',
		kind: 'in-person-round',
		title: 'Abu Dhabi: second trilateral round; a 157-for-157 prisoner exchange',
		summary:
			'The US, Ukrainian and Russian delegations meet again in Abu Dhabi for two days.' +
			' According to Witkoff, Russia and Ukraine agree to release 157 prisoners of war each, “the first exchange in the last five months”, and the US and Russia agree to a military-to-military dialogue led by General Alexus Grynkewich.' +
			' Ceasefire mechanisms and monitoring are discussed, and the delegations are to report to their capitals and meet again in the coming weeks.' +
			' ABC News lists both Kirill Dmitriev and Igor Kostyukov on the Russian team; the sources checked do not say who led it.',
		venues: ['abu-dhabi'],
		frame: 'venues',
		sources: [
			{
				work: 'turkiyetoday-2026-02',
				quote:
					'Witkoff said the delegations reached an agreement under which Russia and Ukraine will each release 157 prisoners of war.'
			},
			{ work: 'anews-2026-02-05', quote: 'This is the first exchange in the last five months,' },
			{
				work: 'anews-2026-02-05',
				quote:
					'The US and Russia also agreed to establish a military-to-military dialogue to be led by General Alexus Grynkewich, commander of US European Command, Witkoff said.'
			},
			{
				work: 'turkiyetoday-2026-02',
				quote:
					'including possible mechanisms to implement a ceasefire and monitor a halt to military activities'
			},
			{
				work: 'turkiyetoday-2026-02',
				quote:
					'Witkoff said the delegations agreed to report back to their respective capitals and continue trilateral talks in the coming weeks.'
			},
			{
				work: 'abcnews-2026-02-05',
				quote:
					'The Russian team included Kiril Dmitriev, the CEO of the Russian Direct Investment Fund, and Igor Kostyukov, the head of the GRU military intelligence service.'
			}
		],
		echoes: [
			{
				to: 'istanbul-2025-july',
				says: 'The previous exchange, on 2 October 2025, had been carried out under deals reached at the Istanbul talks of 2025.',
				source: {
					work: 'turkiyetoday-2026-02',
					quote:
						'Russia and Ukraine last carried out a prisoner exchange on Oct. 2, 2025, under deals reached in Istanbul, which hosted three rounds of direct peace talks earlier that year.'
				}
			}
		]
	},
	{
		id: 'geneva-february-2026',
		date: '2026-02-17/2026-02-18',
		precision: 'day',
		kind: 'in-person-round',
		title: 'Geneva: third trilateral round; Medinsky returns',
		summary:
			'The third trilateral round meets in Geneva over two days, with Vladimir Medinsky replacing Igor Kostyukov at the head of Russia’s delegation.' +
			' Medinsky calls the talks “difficult but businesslike” and announces a new meeting soon; Zelensky reports progress in the military track on monitoring a ceasefire, while the political track remains difficult.' +
			' Afterwards Medinsky meets the Ukrainian side behind closed doors at the InterContinental Hotel.',
		venues: ['intercontinental-geneva'],
		frame: 'venues',
		sources: [
			{
				work: 'euromaidanpress-2026-02-13',
				quote:
					'Medinsky replaces GRU chief Igor Kostyukov, who headed the Russian side in two previous rounds of Abu Dhabi talks'
			},
			{
				work: 'unn-2026-02-18',
				quote:
					'The third round of trilateral peace talks involving Ukraine, the US, and Russia took place in Geneva on February 17-18 after two rounds in Abu Dhabi.'
			},
			{
				work: 'unn-2026-02-18',
				quote: 'Medinsky agreed, telling Russian media that they were "difficult but businesslike."'
			},
			{
				work: 'unn-2026-02-18',
				quote:
					'President Volodymyr Zelenskyy stated progress in the military part of the talks on monitoring the ceasefire. The political part of the talks remains difficult'
			},
			{
				work: 'unn-2026-02-18',
				quote:
					'Medinsky confirmed the fact of the meeting, which took place at the InterContinental Hotel.'
			},
			{
				work: 'unn-2026-02-17',
				quote:
					'Sky News confirmed that members of the Russian delegation have arrived at the Intercontinental Hotel in Geneva'
			}
		],
		echoes: [
			{
				to: 'istanbul-2025-may',
				says: 'Medinsky, who had headed Russia’s delegation at the Istanbul talks of 2025, led it again.',
				source: {
					work: 'euromaidanpress-2026-02-13',
					quote: 'The last time Medinsky led peace talks—in Istanbul in May 2025'
				}
			},
			{
				to: 'istanbul-communique',
				says: 'According to an unnamed source quoted by RBC-Ukraine, Medinsky again appealed to the 2022 Istanbul talks as a basis, and the Ukrainian delegation steered the discussion elsewhere.',
				source: {
					work: 'rbc-ukraine-2026-02-18',
					quote:
						'Мединский снова начал апеллировать к переговорам в Стамбуле 2022 года, предлагая базироваться на тех условиях и позициях'
				}
			}
		]
	},
	{
		id: 'march-2026-postponed',
		date: '2026-03-03/2026-03-10',
		precision: 'day',
		kind: 'statement',
		title: 'The fourth trilateral round is postponed; the record ends',
		summary:
			'A fourth round, planned for 5–9 March in Abu Dhabi, is put off: Zelensky points to “another war in the Middle East”, and TRT World reports Iranian strikes on the Gulf hub; on 3 March Kremlin spokesman Dmitry Peskov calls a meeting in Abu Dhabi “pretty much impossible” for now.' +
			' On 5 March Zelensky says Ukraine has asked the US about moving and postponing it; days later he says a meeting planned for that week is postponed at the suggestion of the US side.' +
			' On 10 March Peskov says no date or venue has been set, and Witkoff tells CNBC the meeting may take place the following week.' +
			' No later round appears in the sources of this atlas.',
		venues: [],
		frame: 'europe',
		sources: [
			{
				work: 'trtworld-2026-03-05',
				quote:
					'New negotiations to end the four-year-old war had been expected to take place in Abu Dhabi before the Gulf hub was targeted by Iranian strikes.'
			},
			{
				work: 'dawn-2026-03-05',
				quote:
					'The next Ukraine-US-Russia trilateral meeting was planned for the period from March 5 to 9, depending on developments around the world. Currently, there is another war in the Middle East,'
			},
			{
				work: 'moscowtimes-2026-03-03',
				quote: 'pretty much impossible to talk about a potential meeting in Abu Dhabi at the moment'
			},
			{
				work: 'unn-2026-03',
				quote:
					'The trilateral meeting, which was scheduled for this week, is being postponed at the suggestion of the American side'
			},
			{
				work: 'vedomosti-2026-03-10',
				quote:
					'Новый раунд переговоров России, США и Украины, возможно, пройдет на следующей неделе.'
			},
			{
				work: 'vedomosti-2026-03-10',
				quote:
					'нового раунда трехсторонних переговоров по Украине пока не назначено – ни дата, ни место их проведения пока не определены'
			},
			{
				work: 'kommersant-2026-03-10',
				quote: 'При этом пока нет договоренности о дате следующей встречи в таком формате.'
			}
		],
		disagreements: [
			{
				id: 'L6',
				summary: 'Who proposed postponing; the two statements may concern different planned dates.',
				versions: [
					{
						says: 'Ukraine raised moving and postponing the round with the US, which invites both sides (Zelensky, 5 March).',
						source: {
							work: 'trtworld-2026-03-05',
							quote:
								'We spoke with the American side, since they are the party inviting Ukraine and Russia to the meeting, about the possibility of changing the location and postponing the meeting for a while due to the war in the Middle East.'
						}
					},
					{
						says: 'The meeting planned for that week was postponed at the suggestion of the US side (Zelensky, a few days later).',
						source: {
							work: 'unn-2026-03',
							quote:
								"is being postponed at the suggestion of the American side, as all partners' attention is focused on Iran"
						}
					}
				]
			}
		],
		echoes: [
			{
				to: 'geneva-february-2026',
				says: 'The round that was to follow the Geneva talks of 17–18 February; Kommersant writes that it had been planned for late February or early March in Abu Dhabi.',
				source: {
					work: 'kommersant-2026-03-10',
					quote: 'следующая встреча планировалась на конец февраля-начало марта в Абу-Даби'
				}
			}
		]
	}
];
