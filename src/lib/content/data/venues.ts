import type { Venue } from '../schema';

/* The venues as written; the app reads them through `../venues` (see ../load.ts). */

export const VENUE_DATA: readonly Venue[] = [
	{
		id: 'liaskavichy',
		name: 'Liaskavichy',
		mapLabel: 'Liaskavichy',
		place: 'Petrykaw district, Gomel region, Belarus',
		country: 'BLR',
		lonLat: [28.15, 52.11],
		precision: 'approximate',
		uncertaintyKm: 10,
		locationNote:
			'The exact site was never disclosed. Foreign Affairs places the first round at one of Lukashenko’s countryside residences near this village; contemporary reports say only “Gomel region, on the Pripyat River”. The pin is the village, the headquarters of Pripyatsky National Park, about 50 km from the Ukrainian border.',
		notToConfuseWith: [
			{
				name: 'Lyakhavichy',
				note: 'The spelling in the NPR transcript, but Lyakhavichy is a different town in Brest region, about 160 km away.'
			}
		],
		summary:
			'The first round of talks met here four days after the invasion, with Belarus’s president Alexander Lukashenko as host. Russia’s opening terms amounted to a demand for Ukraine’s capitulation; the delegations agreed to meet again.',
		events: [{ date: '2022-02-28', precision: 'day', title: 'First round of talks' }],
		sources: [
			{
				work: 'fa-2024',
				quote:
					'near the village of Liaskavichy, about 30 miles from the Belarusian-Ukrainian border'
			},
			{ work: 'belta-2022-02-28' },
			{
				work: 'research-notes',
				note: 'Coordinates ≈52.11 N, 28.15 E (±5 km for the village), in Pripyatsky National Park (§5).'
			}
		]
	},
	{
		id: 'kamyanyuki',
		name: 'Kamyanyuki',
		mapLabel: 'Kamyanyuki',
		place: 'Belovezhskaya Pushcha, Brest region, Belarus',
		country: 'BLR',
		lonLat: [23.8, 52.57],
		precision: 'locality',
		locationNote:
			'Contemporary reports place the second and third rounds in Belovezhskaya Pushcha national park, in the same hunting lodge both times. Foreign Affairs names Kamyanyuki, the park’s headquarters village a few kilometres from the Polish border; the building itself is not pinned.',
		summary:
			'The second and third rounds met in the Belovezhskaya Pushcha forest. Ukraine asked for a ceasefire and humanitarian corridors; after the second round Russia’s chief negotiator Vladimir Medinsky said the key issue resolved was saving civilians. At the third round the delegations appear, by Foreign Affairs’ account, to have examined draft texts for the first time; according to Medinsky, they were Russian drafts.',
		events: [
			{ date: '2022-03-03', precision: 'day', title: 'Second round of talks' },
			{ date: '2022-03-07', precision: 'day', title: 'Third round of talks' }
		],
		sources: [
			{
				work: 'fa-2024',
				quote: 'this time in Kamyanyuki, Belarus, just across the border from Poland'
			},
			{
				work: 'fa-2024',
				quote:
					'appear to have examined drafts for the first time. According to Medinsky, these were Russian drafts'
			},
			{
				work: 'npr-onpoint-2024',
				quote: 'the key issue we’ve resolved today is the issue of saving people'
			},
			{ work: 'tass-2022-03-02' },
			{ work: 'interfax-2022-03-07' }
		]
	},
	{
		id: 'belek-antalya',
		name: 'Belek (Antalya)',
		mapLabel: 'Belek',
		place: 'Antalya province, Türkiye',
		country: 'TUR',
		lonLat: [31.05, 36.86],
		precision: 'locality',
		locationNote:
			'The ministers met at a resort hotel in Belek, east of Antalya, the day before the Antalya Diplomacy Forum; the pin is Belek, not Antalya’s city centre.',
		summary:
			'The foreign ministers Dmytro Kuleba and Sergey Lavrov met for the first time since the invasion, with Türkiye’s foreign minister Mevlüt Çavuşoğlu. There was no progress on a ceasefire, but Kuleba spoke of a lasting settlement with security guarantees.',
		events: [{ date: '2022-03-10', precision: 'day', title: 'Kuleba–Lavrov meeting' }],
		sources: [
			{
				work: 'fa-2024',
				quote: 'spoke of a "systematic, sustainable solution" for Ukraine'
			},
			{ work: 'dailysabah-2022-03-10' }
		]
	},
	{
		id: 'istanbul-dolmabahce',
		name: 'Dolmabahçe, Istanbul',
		mapLabel: 'Istanbul',
		place: 'Beşiktaş, Istanbul, Türkiye',
		country: 'TUR',
		lonLat: [29.0003, 41.0391],
		precision: 'site',
		locationNote:
			'The round was held in the Presidential Office at Dolmabahçe Palace and opened by President Erdoğan.',
		summary:
			'The delegations met in person again after three weeks of video talks. They announced a joint communiqué, “Key Provisions of the Treaty on Ukraine’s Security Guarantees”, as a framework for a treaty, and Russia announced it would sharply reduce its military activity around Kyiv and Chernihiv. On 16 May 2025 Russian and Ukrainian delegations met here again, in their first direct talks since 2022.',
		events: [
			{ date: '2022-03-29', precision: 'day', title: 'Istanbul round and communiqué' },
			{
				date: '2025-05-16',
				precision: 'day',
				title: 'First direct Russia–Ukraine talks since 2022'
			}
		],
		sources: [
			{
				work: 'fa-2024',
				quote: 'returned to meeting in person on March 29, this time in Istanbul'
			},
			{ work: 'efe-2022-03-29' },
			{ work: 'nv-2022-03-29' },
			{
				work: 'research-notes',
				note: 'Timeline §2: the Presidential Office at Dolmabahçe, opened by Erdoğan (move2turkey.com, Hürriyet).'
			},
			{
				work: 'aljazeera-2025-05-16',
				quote: 'The delegations met on Friday at Istanbul’s Dolmabahce Palace in Turkiye'
			},
			{ work: 'newsaz-2025-05', quote: 'took place at the Dolmabahce Palace in Istanbul' }
		]
	},
	{
		id: 'kyiv',
		name: 'Kyiv',
		mapLabel: 'Kyiv',
		place: 'Kyiv, Ukraine',
		country: 'UKR',
		lonLat: [30.5234, 50.4501],
		precision: 'locality',
		locationNote:
			'City centre; the meetings took place in government buildings that are not pinned.',
		summary:
			'Ukraine’s capital, which Russian forces failed to encircle. After the withdrawal from the north, Western leaders came to Kyiv: the UK prime minister Boris Johnson on 9 April, and the US secretaries Antony Blinken and Lloyd Austin on 24 April, mainly to coordinate military aid.',
		events: [
			{ date: '2022-04-09', precision: 'day', title: 'Boris Johnson visits Zelensky' },
			{ date: '2022-04-24', precision: 'day', title: 'Blinken and Austin visit Kyiv' }
		],
		sources: [
			{
				work: 'fa-2024',
				quote: 'On April 9, Johnson turned up in Kyiv'
			},
			{ work: 'dod-2022-04-25' }
		]
	},
	{
		id: 'bucha',
		name: 'Bucha',
		mapLabel: 'Bucha',
		place: 'Kyiv Oblast, Ukraine',
		country: 'UKR',
		lonLat: [30.2203, 50.5457],
		precision: 'locality',
		locationNote: 'Town centre, north-west of Kyiv.',
		summary:
			'After Russian forces withdrew from the Kyiv region (declared free on 2 April), reports of killings of civilians in Bucha and Irpin made world headlines in early April. Zelensky visited the town on 4 April. The public mood in Ukraine hardened against a settlement, though work on the draft treaty went on.',
		events: [
			{
				date: '2022-04-02/2022-04-04',
				precision: 'day',
				title: 'Atrocities discovered; Zelensky visits'
			}
		],
		sources: [
			{ work: 'fa-2024', quote: 'On April 4, Zelensky visited the town.' },
			{
				work: 'fa-2024',
				quote: 'the behind-the-scenes work on the draft treaty continued and even intensified'
			},
			{ work: 'pravda-2022-04-04' },
			{ work: 'reuters-2022-04-02' }
		]
	},
	{
		id: 'moscow-kremlin',
		name: 'Kremlin, Moscow',
		mapLabel: 'Moscow',
		place: 'Moscow, Russia',
		country: 'RUS',
		lonLat: [37.6175, 55.752],
		precision: 'site',
		locationNote: 'The Kremlin.',
		summary:
			'Israel’s prime minister Naftali Bennett flew to Moscow on 5 March to mediate, meeting Vladimir Putin for about three hours. The On Point broadcast puts the visit a month after the invasion; it was nine days after. On 11 April 2024 Lukashenko and Putin, meeting here, claimed Ukraine had agreed to the 2022 draft; Foreign Affairs says no final text was ever reached. Putin proposed resuming direct talks with Ukraine in a statement here on 11 May 2025, and received the US envoys Steve Witkoff and Jared Kushner on 2 December 2025 and 22 January 2026.',
		events: [
			{ date: '2022-03-05', precision: 'day', title: 'Bennett meets Putin' },
			{ date: '2024-04-11', precision: 'day', title: 'Lukashenko and Putin on the 2022 draft' },
			{ date: '2025-05-11', precision: 'day', title: 'Putin proposes direct talks in Istanbul' },
			{ date: '2025-12-02', precision: 'day', title: 'Putin meets Witkoff and Kushner' },
			{ date: '2026-01-22', precision: 'day', title: 'Putin meets Witkoff, Kushner and Gruenbaum' }
		],
		sources: [
			{ work: 'fa-2024', quote: 'was actively mediating between the two sides' },
			{ work: 'hamodia-2022-03-06' },
			{
				work: 'npr-onpoint-2024',
				note: 'Gives “March of 2022” and “A month after the invasion.”: the month is right, the interval wrong.'
			},
			{ work: 'fa-2024', quote: 'On April 11, 2024, Lukashenko' },
			{ work: 'fa-2024', quote: 'never arrived at a final compromise text' },
			{ work: 'dailysabah-2024-04-12' },
			{
				work: 'hurriyet-2025-05-12',
				quote: 'Speaking at the Kremlin in the early hours yesterday'
			},
			{ work: 'turkiyetoday-2025-05', quote: 'in a middle-of-the-night statement at the Kremlin' },
			{
				work: 'etvbharat-2025-12-06',
				quote: 'at the Senate Palace of the Kremlin in Moscow, Russia, Tuesday, Dec. 2, 2025'
			},
			{
				work: 'wion-2026-01-23',
				quote: 'during a meeting at the Kremlin in Moscow on January 22, 2026'
			},
			{
				work: 'kuna-2026-01-23',
				quote:
					'President Vladimir Putin met at the Kremlin with US Special Presidential Envoy Steve Witkoff'
			}
		]
	},
	{
		id: 'konstantinovsky-palace',
		name: 'Konstantinovsky Palace, Strelna',
		mapLabel: 'Strelna',
		place: 'Strelna, St Petersburg, Russia',
		country: 'RUS',
		lonLat: [30.064, 59.853],
		precision: 'approximate',
		uncertaintyKm: 1,
		locationNote:
			'Two Indian outlets name the palace; the TASS report gives only the city. The pin is an estimate of the palace’s position on the Gulf of Finland shore west of St Petersburg, to within about 500 m, and has not yet been geocoded.',
		summary:
			'Putin received a peace mission of African leaders here and showed them a document he presented as the draft treaty of spring 2022, saying the head of Ukraine’s delegation had initialled it.',
		events: [
			{
				date: '2023-06-17',
				precision: 'day',
				title: 'Putin shows African leaders a 2022 draft treaty'
			}
		],
		sources: [
			{ work: 'hindustantimes-2023-06-18', quote: "at St. Petersberg's Konstantinovsky Palace" },
			{
				work: 'wion-2023-06',
				quote: "at St. Petersberg's historic Konstantinovsky Palace on Saturday, June 17"
			},
			{ work: 'tass-2023-06-17' }
		]
	},
	{
		id: 'diriyah-palace',
		name: 'Diriyah Palace, Riyadh',
		mapLabel: 'Riyadh (Diriyah)',
		place: 'Diriyah, Riyadh, Saudi Arabia',
		country: 'SAU',
		lonLat: [46.575, 24.737],
		precision: 'approximate',
		uncertaintyKm: 5,
		locationNote:
			'Three reports place the talks in the Diriyah Palace in Riyadh, a royal palace, but its exact position has not been geocoded: the pin is the Diriyah area north-west of central Riyadh, within about 5 km. The New Zealand Herald’s summary says the talks were held at the Ritz-Carlton; its own text says only that the Russian negotiators stayed there.',
		summary:
			'The first high-level US–Russian meeting since the 2022 invasion: Secretary of State Marco Rubio and Foreign Minister Sergey Lavrov led the delegations, with Saudi hosts. Zelensky said Kyiv had not been invited.',
		events: [{ date: '2025-02-18', precision: 'day', title: 'US–Russia talks (Rubio and Lavrov)' }],
		sources: [
			{
				work: 'shafaq-2025-02-18',
				quote: 'led their respective delegations at the Diriyah Palace in Riyadh'
			},
			{ work: 'mdr-2025-02', quote: 'im Diriyah-Palast in Riad' },
			{
				work: 'dailytimes-2025-02',
				quote: 'At Diriyah Palace in Riyadh, the talks began without visible handshakes'
			},
			{
				work: 'nzherald-2025-02-20',
				quote: 'were held at the Ritz-Carlton in Riyadh',
				note: 'A summary bullet; the article itself says only that the Russian negotiators stayed at the hotel.'
			}
		]
	},
	{
		id: 'jeddah',
		name: 'Jeddah',
		mapLabel: 'Jeddah',
		place: 'Jeddah, Makkah Province, Saudi Arabia',
		country: 'SAU',
		lonLat: [39.1728, 21.5433],
		precision: 'locality',
		locationNote:
			'City centre. Agency reports say only that the delegations met in a hotel in Jeddah; the one report naming the building (the Ritz-Carlton) is a single partisan page that was not checked, so the building is not pinned.',
		summary:
			'US and Ukrainian delegations met here for most of a day. In a joint statement Ukraine said it was ready to accept a US proposal for an immediate, interim 30-day ceasefire if Russia accepted it too, and the US said it would resume intelligence sharing and security aid.',
		events: [
			{
				date: '2025-03-11',
				precision: 'day',
				title: 'US–Ukraine talks: the 30-day ceasefire proposal'
			}
		],
		sources: [
			{
				work: 'nzherald-2025-03',
				quote: 'nine hours of talks in an ornate hotel in Jeddah'
			},
			{
				work: 'interfax-ua-2025-03-11',
				quote: 'following the meeting of the Ukrainian and US delegations in Jeddah'
			},
			{
				work: 'lurer-2025-03-11',
				quote: 'following talks with a U.S. delegation in Jeddah, Saudi Arabia'
			}
		]
	},
	{
		id: 'ritz-carlton-riyadh',
		name: 'The Ritz-Carlton, Riyadh',
		mapLabel: 'Ritz-Carlton Riyadh',
		place: 'Al Hada, Riyadh, Saudi Arabia',
		country: 'SAU',
		lonLat: [46.628, 24.666],
		precision: 'approximate',
		uncertaintyKm: 1,
		locationNote:
			'An AFP photo of 23 March 2025 shows the hotel where the US-mediated talks were under way. The pin is an estimate of the hotel’s position, not yet geocoded, within about 1 km. Which sessions sat in the hotel (the US–Ukrainian ones, the US–Russian one, or both) is not stated by the sources checked.',
		summary:
			'The United States held technical talks in Riyadh with a Ukrainian team and, separately, a Russian one. On 25 March the White House announced parallel agreements with each side on safe navigation in the Black Sea and on measures against strikes on energy facilities.',
		events: [
			{
				date: '2025-03-23/2025-03-25',
				precision: 'day',
				title: 'US technical talks with Ukraine, and separately Russia'
			}
		],
		sources: [
			{
				work: 'newsat-2025-03',
				quote: 'shows a view of the Ritz-Carlton hotel in Riyadh where talks are underway'
			},
			{
				work: 'interfax-ua-2025-03-25',
				quote:
					'the United States facilitated bilateral technical-level talks with the Ukrainian delegation March 23-25 in Riyadh, Saudi Arabia.'
			},
			{
				work: 'safety4sea-2025-03',
				quote:
					'The United States brokered separate agreements on 25 March with Ukraine and Russia to pause attacks at sea and on energy infrastructure.'
			}
		]
	},
	{
		id: 'ciragan-palace',
		name: 'Çırağan Palace, Istanbul',
		// The map's label faces are Latin only (ğ is Latin Extended): the spelling of the English-
		// language reports; the name above keeps the Turkish.
		mapLabel: 'Ciragan Palace',
		place: 'Beşiktaş, Istanbul, Türkiye',
		country: 'TUR',
		lonLat: [29.0157, 41.0435],
		precision: 'site',
		locationNote:
			'The palace houses the Çırağan Palace Kempinski hotel. The pin comes from two public hotel datasets that agree to within about 100 m; it has not yet been checked against OpenStreetMap. It lies about 1.4 km up the Bosphorus from Dolmabahçe, where the rounds of March 2022 and May 2025 met.',
		summary:
			'The second and third rounds of direct Russia–Ukraine talks in 2025 met here, chaired by Türkiye’s foreign minister Hakan Fidan. Both ended with agreements to exchange prisoners, and with offers or agreements on returning the bodies of the dead, but not with a ceasefire.',
		events: [
			{
				date: '2025-06-02',
				precision: 'day',
				title: 'Second Istanbul round: memoranda handed over'
			},
			{ date: '2025-07-23', precision: 'day', title: 'Third Istanbul round' }
		],
		sources: [
			{ work: 'liga-2025-06-02', quote: 'The meeting is taking place in the Çiragan Palace' },
			{
				work: 'unn-2025-06-02',
				quote:
					'The second round of negotiations between Russia and Ukraine in the Chiragan Palace in Istanbul on June 2 ended'
			},
			{
				work: 'nzherald-2025-06',
				quote: 'inside a large conference at the Ciragan Palace in Istanbul'
			},
			{
				work: 'anews-2025-07-23',
				quote:
					'after the third round of talks between Russia and Ukraine at Çırağan palace in Istanbul on July 23, 2025'
			},
			{
				work: 'patrika-2025-07-24',
				quote:
					'Delegations from both countries met at the Çırağan Palace in Istanbul for the third round of peace talks.'
			}
		]
	},
	{
		id: 'jber-anchorage',
		name: 'Joint Base Elmendorf–Richardson, Anchorage',
		mapLabel: 'Anchorage (JBER)',
		place: 'Anchorage, Alaska, United States',
		country: 'USA',
		lonLat: [-149.8064, 61.2514],
		precision: 'approximate',
		uncertaintyKm: 5,
		locationNote:
			'The base covers a large area north of downtown Anchorage. The pin is the base’s reference point as cited by the research lead from Wikipedia (not re-checked); the building where the leaders met is not pinned, hence the halo of about 5 km.',
		summary:
			'Donald Trump and Vladimir Putin met here for about three hours. They spoke of progress but announced no ceasefire or agreement, and left their joint appearance without taking questions.',
		events: [{ date: '2025-08-15', precision: 'day', title: 'Trump–Putin summit' }],
		sources: [
			{
				work: 'washexam-2025-08',
				quote: 'told reporters on Friday in Joint Base Elmendorf-Richardson in Anchorage, Alaska'
			},
			{
				work: 'meaww-2025-12',
				quote: 'at Joint Base Elmendorf-Richardson in Anchorage, Alaska, on August 15, 2025'
			}
		]
	},
	{
		id: 'us-mission-geneva',
		name: 'Permanent Mission of the United States, Geneva',
		mapLabel: 'US Mission, Geneva',
		place: 'Chambésy, Pregny-Chambésy, Geneva, Switzerland',
		country: 'CHE',
		lonLat: [6.141, 46.228],
		precision: 'approximate',
		uncertaintyKm: 1,
		locationNote:
			'Pin estimated from the mission’s address on the Route de Pregny in Chambésy, to within about 500 m; not yet geocoded. The building rests on two photo captions: a Getty caption carried by United24 Media, and an AP/Keystone caption on an aggregator’s copy of an AP report.',
		summary:
			'US and Ukrainian delegations led by Marco Rubio and Andriy Yermak met here to rework the US 28-point plan. Their joint statement said they had drafted an updated and refined peace framework.',
		events: [
			{ date: '2025-11-23', precision: 'day', title: 'US–Ukraine talks on the 28-point plan' }
		],
		sources: [
			{ work: 'united24-2025-11', quote: 'at the US Mission in Geneva on Nov. 23, 2025' },
			{
				work: 'marshalnews-2025-11',
				quote:
					'at the U.S. Mission to International Organizations in Geneva, Switzerland, Sunday, Nov. 23, 2025'
			}
		]
	},
	{
		id: 'abu-dhabi',
		name: 'Abu Dhabi',
		mapLabel: 'Abu Dhabi',
		place: 'Abu Dhabi, United Arab Emirates',
		country: 'ARE',
		lonLat: [54.3773, 24.4539],
		precision: 'locality',
		locationNote:
			'City centre; no building is pinned. No source checked names one for November 2025 or February 2026, and for January 2026 they disagree: Xinhua, citing the UAE foreign ministry, names the Emirates Palace hotel, while Sputnik’s correspondent names Al Shati Palace. Both are state news agencies.',
		summary:
			'The UAE capital hosted US Army Secretary Dan Driscoll’s talks with a Russian delegation in November 2025, and the first two rounds of US–Ukraine–Russia talks in January and February 2026.',
		events: [
			{
				date: '2025-11-24/2025-11-25',
				precision: 'day',
				title: 'Driscoll’s talks with a Russian delegation'
			},
			{ date: '2026-01-23/2026-01-24', precision: 'day', title: 'First trilateral round' },
			{ date: '2026-02-04/2026-02-05', precision: 'day', title: 'Second trilateral round' }
		],
		sources: [
			{
				work: 'kyivindependent-2025-11-25-abudhabi',
				quote: 'U.S. Army Secretary Dan Driscoll traveled to Abu Dhabi on Nov. 24'
			},
			{
				work: 'xinhua-2026-01-23',
				quote: 'began on Friday evening at the Emirates Palace hotel in Abu Dhabi'
			},
			{
				work: 'sputnik-2026-01-24',
				quote:
					'The first day of trilateral talks on Ukraine was held at Al Shati Palace in Abu Dhabi'
			},
			{
				work: 'turkiyetoday-2026-02',
				quote:
					'The first round of trilateral talks was held in Abu Dhabi on Jan. 23-24, with the second round taking place Feb. 4-5.'
			}
		]
	},
	{
		id: 'shell-bay-club',
		name: 'Shell Bay Club, Hallandale Beach',
		mapLabel: 'Shell Bay Club',
		place: 'Hallandale Beach, Florida, United States',
		country: 'USA',
		lonLat: [-80.129, 25.989],
		precision: 'approximate',
		uncertaintyKm: 1,
		locationNote:
			'A private golf club north of Miami owned by Steve Witkoff, according to Bloomberg citing the State Department. The pin is an estimate, not yet geocoded, within about 1 km.',
		summary:
			'Steve Witkoff’s golf club hosted US–Ukrainian talks on 30 November 2025, with Marco Rubio, Witkoff and Jared Kushner facing a delegation led by Rustem Umerov, and again during the talks of 4–6 December.',
		events: [
			{
				date: '2025-11-30',
				precision: 'day',
				title: 'US–Ukraine talks (Rubio, Witkoff, Kushner; Umerov)'
			},
			{
				date: '2025-12-05',
				precision: 'day',
				title: 'US–Ukraine session, part of the talks of 4–6 December'
			}
		],
		sources: [
			{
				work: 'gcaptain-2025-11-30',
				quote:
					'are attending the talks at Witkoff’s Shell Bay golf club in Hallandale Beach, north of Miami, the State Department said'
			},
			{
				work: 'shropshirestar-2025-12-06',
				quote: 'session took place at the Shell Bay Club in Hallandale Beach'
			}
		]
	},
	{
		id: 'miami',
		name: 'Miami',
		mapLabel: 'Miami',
		place: 'Miami, Florida, United States',
		country: 'USA',
		lonLat: [-80.1918, 25.7617],
		precision: 'locality',
		locationNote:
			'City centre. The Miami Herald places the meetings of 19–21 December 2025 in Miami without naming a building; whether they used the Shell Bay Club, as earlier rounds did, is not confirmed.',
		summary:
			'Over one weekend Witkoff and Kushner held separate meetings here: with Ukraine’s negotiator Rustem Umerov and the national security advisers of the UK, France and Germany, and with Russia’s envoy Kirill Dmitriev.',
		events: [
			{
				date: '2025-12-19/2025-12-21',
				precision: 'day',
				title: 'Separate US meetings with Ukrainian and Russian envoys'
			}
		],
		sources: [
			{
				work: 'spokesman-2025-12-19',
				quote:
					'International leaders are descending on Miami this weekend for rounds of negotiations'
			}
		]
	},
	{
		id: 'berlin-chancellery',
		name: 'Federal Chancellery, Berlin',
		mapLabel: 'Chancellery, Berlin',
		place: 'Tiergarten, Berlin, Germany',
		country: 'DEU',
		lonLat: [13.3689, 52.5203],
		precision: 'site',
		locationNote:
			'Pin estimated from the building’s address (Willy-Brandt-Straße 1), to within about 200 m; not yet geocoded.',
		summary:
			'Chancellor Friedrich Merz hosted two days of talks here between Zelensky’s team and the US envoys Steve Witkoff and Jared Kushner, and on the evening of 15 December a meeting of European leaders.',
		events: [
			{
				date: '2025-12-14/2025-12-15',
				precision: 'day',
				title: 'US–Ukraine talks; European leaders meet'
			}
		],
		sources: [
			{ work: 'bluewin-2025-12-14', quote: 'Later they went to the Chancellery.' },
			{
				work: 'bluewin-2025-12-14',
				quote:
					'Merz has invited European heads of state and government to the Chancellery on Monday evening.'
			},
			{ work: 'heute-2025-12', quote: 'im Kanzleramt in Berlin' }
		]
	},
	{
		id: 'mar-a-lago',
		name: 'Mar-a-Lago, Palm Beach',
		mapLabel: 'Mar-a-Lago',
		place: 'Palm Beach, Florida, United States',
		country: 'USA',
		lonLat: [-80.0369, 26.6769],
		precision: 'site',
		locationNote:
			'Pin from coordinates the research lead took from a Wikipedia mirror (not re-checked); the estate is compact, so the pin should be within about 200 m.',
		summary:
			'Donald Trump received Volodymyr Zelensky at his Florida resort after a phone call with Vladimir Putin. Both said they were close on security guarantees and that the future of the Donbas was unresolved.',
		events: [{ date: '2025-12-28', precision: 'day', title: 'Trump–Zelensky meeting' }],
		sources: [
			{ work: 'cna-2025-12-29', quote: "after meeting at Trump's Mar-a-Lago resort in Florida" },
			{ work: 'msnow-2025-12', quote: 'hosting Volodymyr Zelenskyy at his Mar-a-Lago resort' }
		]
	},
	{
		id: 'elysee-palace',
		name: 'Élysée Palace, Paris',
		mapLabel: 'Élysée, Paris',
		place: '8th arrondissement, Paris, France',
		country: 'FRA',
		lonLat: [2.3167, 48.8704],
		precision: 'site',
		locationNote:
			'Pin estimated from the palace’s address (55 rue du Faubourg Saint-Honoré), to within about 200 m. The sources place a working lunch of Macron, Zelensky, Witkoff and Kushner here; none checked says where the summit session that followed was held.',
		summary:
			'Emmanuel Macron received Volodymyr Zelensky and the US envoys Steve Witkoff and Jared Kushner here before the Paris summit of the Coalition of the Willing, which adopted the Paris Declaration on security guarantees for Ukraine.',
		events: [
			{ date: '2026-01-06', precision: 'day', title: 'Working lunch before the Paris summit' }
		],
		sources: [
			{ work: 'interfax-ua-2026-01-06', quote: 'to lunch at the Elysee Palace' },
			{ work: 'beninwebtv-2026-01', quote: 'au palais de l’Élysée à Paris' }
		]
	},
	{
		id: 'intercontinental-geneva',
		name: 'InterContinental Geneva',
		mapLabel: 'InterContinental',
		place: 'Petit-Saconnex, Geneva, Switzerland',
		country: 'CHE',
		lonLat: [6.1324, 46.2243],
		precision: 'site',
		locationNote:
			'Pin from a public hotel dataset (Chemin du Petit-Saconnex 7–9), to within about 100 m; not yet checked against OpenStreetMap. Reports place the delegations’ arrival and Medinsky’s side meeting here; none checked says in so many words that every session sat in the hotel.',
		summary:
			'The third round of US–Ukraine–Russia talks met in Geneva over two days, with Vladimir Medinsky again heading Russia’s delegation. Afterwards Medinsky met the Ukrainian side behind closed doors at the hotel.',
		events: [{ date: '2026-02-17/2026-02-18', precision: 'day', title: 'Third trilateral round' }],
		sources: [
			{
				work: 'unn-2026-02-17',
				quote:
					'drove up to the Intercontinental Hotel building, where trilateral negotiations between Russia, Ukraine, and the USA are expected to begin soon'
			},
			{
				work: 'unn-2026-02-18',
				quote:
					'Medinsky confirmed the fact of the meeting, which took place at the InterContinental Hotel.'
			}
		]
	}
];
