import type { Venue } from './schema';

export type { Venue, VenueEvent } from './schema';
export type { DatePrecision, VenuePrecision } from '../vocabulary';

export const VENUES: readonly Venue[] = [
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
			'The delegations met in person again after three weeks of video talks. They announced a joint communiqué, “Key Provisions of the Treaty on Ukraine’s Security Guarantees”, as a framework for a treaty, and Russia announced it would sharply reduce its military activity around Kyiv and Chernihiv.',
		events: [{ date: '2022-03-29', precision: 'day', title: 'Istanbul round and communiqué' }],
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
			}
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
			'Israel’s prime minister Naftali Bennett flew to Moscow on 5 March to mediate, meeting Vladimir Putin for about three hours. The On Point broadcast puts the visit a month after the invasion; it was nine days after. On 11 April 2024 Lukashenko and Putin, meeting here, claimed Ukraine had agreed to the 2022 draft; Foreign Affairs says no final text was ever reached.',
		events: [
			{ date: '2022-03-05', precision: 'day', title: 'Bennett meets Putin' },
			{ date: '2024-04-11', precision: 'day', title: 'Lukashenko and Putin on the 2022 draft' }
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
			{ work: 'dailysabah-2024-04-12' }
		]
	}
];

export const VENUES_BY_ID: ReadonlyMap<string, Venue> = new Map(VENUES.map((v) => [v.id, v]));
