/**
 * The bibliography: every work the app cites, once. Content files cite works by id, so a title or
 * link is corrected in one place. Seed 002 (a derivative commentary with factual errors) is
 * deliberately absent: it is never a source for a fact.
 */
export interface Work {
	id: string;
	/** Who wrote or said it; omitted for wire copy without a byline. */
	authors?: readonly string[];
	title: string;
	publisher: string;
	/** ISO date, as precise as known: YYYY, YYYY-MM or YYYY-MM-DD. */
	date: string;
	url?: string;
	note?: string;
}

export const WORKS = [
	{
		id: 'fa-2024',
		authors: ['Samuel Charap', 'Sergey Radchenko'],
		title: 'The Talks That Could Have Ended the War in Ukraine',
		publisher: 'Foreign Affairs',
		date: '2024-04-16',
		url: 'https://www.foreignaffairs.com/ukraine/talks-could-have-ended-war-ukraine',
		note: 'The main source of this atlas.'
	},
	{
		id: 'npr-onpoint-2024',
		authors: ['Samuel Charap', 'Sergey Radchenko', 'Meghna Chakrabarti (host)'],
		title: 'The story behind 2022’s secret Ukraine-Russia peace negotiations',
		publisher: 'On Point, WBUR (published by NPR Illinois)',
		date: '2024',
		note: 'The broadcast date is not given in the transcript; some dates in it are loose.'
	},
	{
		id: 'belta-2022-02-28',
		title: 'Report on the first round of Russian–Ukrainian talks in Gomel region',
		publisher: 'BelTA (Belarusian Telegraph Agency)',
		date: '2022-02-28',
		note: 'Gomel region, on the Pripyat River; the exact site was withheld for security.'
	},
	{
		id: 'tass-2022-03-02',
		title: 'Second round of Russia–Ukraine talks to be held in Belovezhskaya Pushcha',
		publisher: 'TASS',
		date: '2022-03-02',
		url: 'https://tass.com/world/1414641'
	},
	{
		id: 'interfax-2022-03-07',
		title: 'Third round of Russian–Ukrainian talks held in Belovezhskaya Pushcha',
		publisher: 'Interfax',
		date: '2022-03-07',
		url: 'https://interfax.com/newsroom/top-stories/75823/'
	},
	{
		id: 'hamodia-2022-03-06',
		title: 'Bennett meets Putin in Moscow, then Scholz in Berlin',
		publisher: 'Hamodia',
		date: '2022-03-06'
	},
	{
		id: 'dailysabah-2022-03-10',
		title: 'Kuleba, Lavrov meet in Antalya with Çavuşoğlu',
		publisher: 'Daily Sabah',
		date: '2022-03-10'
	},
	{
		id: 'efe-2022-03-29',
		title: 'Russia to drastically reduce military activity near Kyiv and Chernihiv',
		publisher: 'EFE',
		date: '2022-03-29'
	},
	{
		id: 'nv-2022-03-29',
		title: 'Ukraine’s proposals at the Istanbul talks',
		publisher: 'NV (New Voice of Ukraine)',
		date: '2022-03-29'
	},
	{
		id: 'reuters-2022-04-02',
		title: 'Ukraine says entire Kyiv region freed from Russian forces',
		publisher: 'Reuters',
		date: '2022-04-02'
	},
	{
		id: 'pravda-2022-04-04',
		title: 'Reports from Bucha after the Russian withdrawal',
		publisher: 'Ukrainska Pravda',
		date: '2022-04-04',
		url: 'https://www.pravda.com.ua/eng/news/2022/04/4/7337064/'
	},
	{
		id: 'dod-2022-04-25',
		title: 'Austin, Blinken visit Kyiv, pledge more aid to Ukraine',
		publisher: 'U.S. Department of Defense',
		date: '2022-04-25'
	},
	{
		id: 'globaltimes-2022-03-15',
		title: 'Russia–Ukraine talks by video link paused until March 15',
		publisher: 'Global Times',
		date: '2022-03-15',
		url: 'https://www.globaltimes.cn/page/202203/1254879.shtml'
	},
	{
		id: 'ryazan-2022-03-30',
		title: 'Medinsky on Rossiya-24: Kyiv gave its principles in writing “yesterday”',
		publisher: 'Ryazan News (reporting Rossiya-24)',
		date: '2022-03-30'
	},
	{
		id: 'telesur-2022-03-30',
		title: 'Johnson: sanctions must intensify until Russian troops leave Ukraine',
		publisher: 'teleSUR',
		date: '2022-03-30'
	},
	{
		id: 'nbc-2022-03-25',
		title: 'Russia says first phase of its operation is largely complete',
		publisher: 'NBC News',
		date: '2022-03-25'
	},
	{
		id: 'reuters-2022-04-08',
		title: 'UK defence intelligence: Russian forces have fully withdrawn from northern Ukraine',
		publisher: 'Reuters',
		date: '2022-04-08'
	},
	{
		id: 'cnn-2022-04-05',
		title: 'Zelensky addresses the UN Security Council (live updates)',
		publisher: 'CNN',
		date: '2022-04-05'
	},
	{
		id: 'huffpost-2022-04-09',
		title: 'Boris Johnson makes surprise visit to Kyiv',
		publisher: 'HuffPost UK',
		date: '2022-04-09'
	},
	{
		id: 'interfax-ua-2022-05-17',
		title: 'Podolyak: negotiation process with Russia is suspended',
		publisher: 'Interfax-Ukraine',
		date: '2022-05-17',
		url: 'https://en.interfax.com.ua/news/general/832825.html'
	},
	{
		id: 'aljazeera-2023-02-05',
		title: 'Israel’s former PM Bennett recounts his 2022 mediation (AP)',
		publisher: 'Al Jazeera / Associated Press',
		date: '2023-02-05',
		note: 'The interview was posted online late on 4 February 2023.'
	},
	{
		id: 'dailysabah-2024-04-12',
		title: 'Putin and Lukashenko discuss the 2022 draft treaty',
		publisher: 'Daily Sabah',
		date: '2024-04-12'
	},
	{
		id: 'csmonitor-2022-03-03',
		title: 'Kherson becomes the first major Ukrainian city to fall',
		publisher: 'The Christian Science Monitor',
		date: '2022-03-03'
	},
	{
		id: 'pravda-2022-05-20',
		title: 'Azovstal garrison ordered to stop defending; Russia claims Mariupol',
		publisher: 'Ukrainska Pravda',
		date: '2022-05-20'
	},
	{
		id: 'lb-2022-05-14',
		title: 'Russian forces pushed back from Kharkiv',
		publisher: 'LB.ua',
		date: '2022-05-14'
	},
	{
		id: 'mezha-2022-04-14',
		title: 'Cruiser Moskva sinks after being hit',
		publisher: 'Mezha',
		date: '2022-04-14'
	},
	{
		id: 'communique-2022-03-29',
		title:
			'Key Provisions of the Treaty on Ukraine’s Security Guarantees (the Istanbul communiqué)',
		publisher: 'Delegations of Ukraine and Russia (public copy of the text)',
		date: '2022-03-29',
		note: 'The research notes checked a public copy of the text; The New York Times published the documents in June 2024. Its header speaks of consultations on 28–30 March.'
	},
	{
		id: 'isw-ctp-2022',
		title:
			'Assessed control of terrain in Ukraine: daily map layers, 24 February to 30 November 2022',
		publisher: 'Institute for the Study of War and AEI’s Critical Threats Project (ISW/CTP)',
		date: '2022',
		url: 'https://github.com/Nikkei-Visual-Data-Journalism/ISW',
		note: 'The map’s front-line data: daily exports of ISW’s interactive time-lapse, as archived by Nikkei Visual Data Journalism (commit fa58be5). No open licence; © ISW/CTP, used with attribution.'
	},
	{
		id: 'research-notes',
		title: 'Talks Atlas research notes: fact-checked chronology, §5 geocoding',
		publisher: 'Talks Atlas project',
		date: '2026',
		note: 'Coordinates and the distinction between Liaskavichy and Lyakhavichy.'
	}
] as const satisfies readonly Work[];

export type WorkId = (typeof WORKS)[number]['id'];

export const WORKS_BY_ID: ReadonlyMap<string, Work> = new Map(WORKS.map((w) => [w.id, w]));

export type { Citation } from './schema';
