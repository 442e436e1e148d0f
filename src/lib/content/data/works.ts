import type { Work } from '../works';

/*
 * The bibliography as written; the app reads it through `../works` (see ../load.ts). Seed 002 (a
 * derivative commentary with factual errors) is deliberately absent: it is never a source for a
 * fact.
 */
export const WORK_DATA = [
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
	},
	{
		id: 'tass-2023-06-17',
		title: 'Putin shows initialed draft agreement with Ukraine to African leaders',
		publisher: 'TASS',
		date: '2023-06-17',
		url: 'https://tass.com/politics/1634479',
		note: 'Russian state news agency; used for Putin’s own words, alongside other reports.'
	},
	{
		id: 'hindustantimes-2023-06-18',
		authors: ['Mallika Soni'],
		title: 'Russia-Ukraine signed peace treaty, Vladimir Putin says. Then, shows document',
		publisher: 'Hindustan Times',
		date: '2023-06-18',
		url: 'https://www.hindustantimes.com/world-news/russiaukraine-signed-peace-treaty-vladimir-putin-says-then-shows-document-101687079021115.html',
		note: 'Spells the city “St. Petersberg”.'
	},
	{
		id: 'wion-2023-06',
		title:
			'Putin says Ukraine signed peace treaty with Russia in spring of 2022, then threw it into “garbage of history”',
		titleFrom: 'url',
		publisher: 'WION',
		date: '2023-06',
		url: 'https://www.wionews.com/world/putin-says-ukraine-signed-peace-treaty-with-russia-in-spring-of-2022-then-threw-it-into-garbage-of-history-605673'
	},
	{
		id: 'republicworld-2023-06-18',
		title: 'Ukraine abandoned peace agreement, says Putin while flaunting documents',
		titleFrom: 'url',
		publisher: 'Republic World',
		date: '2023-06-18',
		url: 'https://www.republicworld.com/world-news/russia-ukraine-crisis/ukraine-abandoned-peace-agreement-says-putin-while-flaunting-documents-watch-articleshow.html'
	},
	{
		id: 'pravda-2024-03-01',
		title: 'WSJ analyses Putin’s demands for peace from 2022: turn Ukraine into neutral state',
		publisher: 'Ukrainska Pravda',
		date: '2024-03-01',
		url: 'https://www.pravda.com.ua/eng/news/2024/03/1/7444515/',
		note: 'Quotes The Wall Street Journal’s report “Document From 2022 Reveals Putin’s Punishing Terms for Peace”, whose authors are not given in the stored pages.'
	},
	{
		id: 'hromadske-2024-03',
		title:
			'WSJ journalists reveal terms of “peace treaty” that Ukraine and Russia almost signed in April 2022',
		publisher: 'Hromadske',
		date: '2024-03',
		url: 'https://hromadske.ua/en/amp/posts/wsj-journalists-reveal-terms-of-peace-treaty-that-ukraine-and-russia-almost-signed-in-april-2022'
	},
	{
		id: 'babel-2024-03',
		authors: ['Oleksandra Amru'],
		title:
			'The WSJ published the terms of the peace agreement between Russia and Ukraine. It was drawn up in April 2022, but never signed',
		publisher: 'Babel',
		date: '2024-03',
		url: 'https://babel.ua/en/news/104466-the-wsj-published-the-terms-of-the-peace-agreement-between-russia-and-ukraine-it-was-drawn-up-in-april-2022-but-never-signed',
		note: 'Reports the Wall Street Journal’s figures for the armed-forces caps.'
	},
	{
		id: 'nyt-2024-06-15',
		title: 'Ukraine-Russia Peace Is as Elusive as Ever. But in 2022 They Were Talking.',
		publisher: 'The New York Times (read in a verbatim copy on consumersadvisory.com)',
		date: '2024-06-15',
		url: 'https://consumersadvisory.com/ukraine-russia-peace-is-as-elusive-as-ever-but-in-2022-they-were-talking',
		note: 'The Times’s own page is not in the stored pages, and the copy does not name the authors. Other copies (mosaic.news, mzaxazm.com) carry the same text.'
	},
	{
		id: 'lb-2024-06-15',
		title: 'NYT publishes documents under discussion of Ukraine, Russia in spring of 2022',
		publisher: 'LB.ua',
		date: '2024-06-15',
		url: 'https://en.lb.ua/news/2024/06/15/29960_nyt_publishes_documents_under.html'
	},
	{
		id: 'almayadeen-2024-06',
		title: 'NYT discloses alleged 2022 Russia-Ukraine treaty draft',
		publisher: 'Al Mayadeen English',
		date: '2024-06',
		url: 'https://english.almayadeen.net/news/politics/nyt-discloses-alleged-2022-russia-ukraine-treaty-draft',
		note: 'Lebanese channel whose editorial line is close to Hezbollah and Iran; used only for the day of publication, with other sources.'
	},
	{
		id: 'shafaq-2025-02-18',
		title: 'US-Russia open high-stakes talks in Saudi Arabia to end Ukraine war',
		titleFrom: 'url',
		publisher: 'Shafaq News',
		date: '2025-02-18',
		url: 'https://www.shafaq.com/en/World/US-Russia-open-high-stakes-talks-in-Saudi-Arabia-to-end-Ukraine-war',
		note: 'Iraqi news site.'
	},
	{
		id: 'mdr-2025-02',
		title:
			'US-Außenminister Marco Rubio, zweiter von links, trifft sich mit dem saudischen Außenminister … im Diriyah-Palast in Riad',
		titleFrom: 'caption',
		publisher: 'MDR Aktuell (picture alliance/dpa/Pool Reuters, Evelyn Hockstein)',
		date: '2025-02',
		url: 'http://kika-live.de./nachrichten/welt/politik/mdraktuell-riad-102.html',
		note: 'A German photo caption, read on a copy of the MDR page.'
	},
	{
		id: 'dailytimes-2025-02',
		title: 'US and Russia hold talks in Saudi, no seat for Ukraine',
		titleFrom: 'url',
		publisher: 'Daily Times (Pakistan)',
		date: '2025-02',
		url: 'https://dailytimes.com.pk/1266941/us-and-russia-hold-talks-in-saudi-no-seat-for-ukraine/'
	},
	{
		id: 'euromaidanpress-2025-02-18',
		title: 'US-Russia hold five-hour talks in Saudi Arabia without Ukraine’s participation',
		titleFrom: 'url',
		publisher: 'Euromaidan Press',
		date: '2025-02-18',
		url: 'https://euromaidanpress.com/2025/02/18/us-russia-hold-five-hour-talks-in-saudi-arabia-without-ukraines-participation/',
		note: 'Ukrainian English-language outlet with a pro-Ukrainian line; cites Espreso for the length of the talks.'
	},
	{
		id: 'unn-2025-02-18',
		title:
			'“There is a lot of work to be done”: Rubio reveals details of talks after meeting with Russian officials in Riyadh',
		titleFrom: 'url',
		publisher: 'UNN (Ukrainian National News), citing Sky News',
		date: '2025-02-18',
		url: 'https://unn.ua/en/news/there-is-a-lot-of-work-to-be-done-rubio-reveals-details-of-talks-after-meeting-with-russian-officials-in-riyadh'
	},
	{
		id: 'nzherald-2025-02-20',
		title: 'Russian, US negotiators meet in Saudi Arabia for Ukraine war talks',
		titleFrom: 'url',
		publisher: 'The New Zealand Herald',
		date: '2025-02-20',
		url: 'https://www.nzherald.co.nz/world/russian-us-negotiators-meet-in-saudi-arabia-for-ukraine-war-talks/HXZJMEF2VJGB7JAMZJZGZDM43A/',
		note: 'Its summary bullet puts the talks at the Ritz-Carlton; its text says only that the Russian negotiators stayed there.'
	},
	{
		id: 'trtworld-2025-02',
		title: 'Istanbul Protocol will be “guidepost” to make Russia-Ukraine deal — US',
		publisher: 'TRT World',
		date: '2025-02',
		url: 'https://trtworld.com/europe/istanbul-protocol-will-be-guidepost-to-make-russia-ukraine-deal-us-18268104',
		note: 'Turkish state broadcaster. Reports Witkoff’s CNN interview “on Sunday” (23 February 2025); the CNN transcript itself was not found.'
	},
	{
		id: 'gulfobserver-2025-02',
		title: 'US Envoy Steve Witkoff Says Peace Deal Between Ukraine and Russia Is “Very Close”',
		publisher: 'The Gulf Observer',
		date: '2025-02',
		url: 'https://thegulfobserver.com/us-envoy-steve-witkoff-says-peace-deal-between-ukraine-and-russia-is-very-close',
		note: 'Small outlet; its wording follows TRT World’s report closely.'
	},
	{
		id: 'newrepublic-2025-02',
		title: 'Trump adviser on a crucial question about Russia and Ukraine',
		titleFrom: 'url',
		publisher: 'The New Republic',
		date: '2025-02',
		url: 'https://newrepublic.com/post/191878/donald-trump-adviser-crucial-question-russia-ukraine',
		note: 'Embeds a clip of the CNN interview posted on 23 February 2025.'
	},
	{
		id: 'interfax-ua-2025-03-11',
		title:
			'Ukraine ready to accept US proposal for immediate 30-day ceasefire on conditions of simultaneous implementation by Russia – joint statement',
		publisher: 'Interfax-Ukraine',
		date: '2025-03-11',
		url: 'https://en.interfax.com.ua/news/general/1054814.html'
	},
	{
		id: 'lurer-2025-03-11',
		title: 'Ukraine agrees to 30-day ceasefire during talks with US in Saudi Arabia - statement',
		publisher: 'Public Television of Armenia (1lurer.am), citing Reuters',
		date: '2025-03-11',
		url: 'https://www.1lurer.am/en/2025/03/11/Ukraine-agrees-to-30-day-ceasefire-during-talks-with-US-in-Saudi-Arabia-statement/1277796'
	},
	{
		id: 'nzherald-2025-03',
		title: 'US, Ukraine agree on 30-day ceasefire, lift aid restrictions',
		titleFrom: 'url',
		publisher: 'The New Zealand Herald',
		date: '2025-03',
		url: 'https://nzherald.co.nz/world/us-ukraine-agree-on-30-day-ceasefire-lift-aid-restrictions/SKGORMGTZZGTBDR24TSSDPZSZY',
		note: 'Agency copy (AFP style); names no hotel, only “an ornate hotel in Jeddah”.'
	},
	{
		id: 'scoontv-2025-03',
		title: 'US to reinstate aid to Ukraine after Saudi cease-fire talks',
		titleFrom: 'url',
		publisher: 'Scoon TV (apparently a copy of a Voice of America report)',
		date: '2025-03',
		url: 'https://www.scoontv.com/us-to-reinstate-aid-to-ukraine-after-saudi-cease-fire-talks/'
	},
	{
		id: 'interfax-ua-2025-03-25',
		title:
			'Outcomes of USA, Ukraine Expert Groups on Black Sea: agreed to ensure safe navigation without use of force – statement',
		publisher: 'Interfax-Ukraine',
		date: '2025-03-25',
		url: 'https://en.interfax.com.ua/news/general/1058621.html',
		note: 'Quotes the White House statement.'
	},
	{
		id: 'newsat-2025-03',
		title:
			'A picture taken on March 23, 2025 shows a view of the Ritz-Carlton hotel in Riyadh … (Photo by Fayez Nureldine / AFP)',
		titleFrom: 'caption',
		publisher: 'News.at (AFP photo)',
		date: '2025-03',
		url: 'https://www.news.at/politik/treffen-von-ukrainischer-und-us-delegation-am-dienstag'
	},
	{
		id: 'safety4sea-2025-03',
		title: 'New agreement sees the reinstatement of Black Sea security',
		titleFrom: 'url',
		publisher: 'SAFETY4SEA',
		date: '2025-03',
		url: 'https://safety4sea.com/new-agreement-sees-the-reinstatement-of-black-sea-security/',
		note: 'Maritime trade news site; reproduces the White House’s Russia statement point by point.'
	},
	{
		id: 'hurriyet-2025-05-12',
		title: 'Putin offers Ukraine to resume direct peace talks in Istanbul',
		publisher: 'Hürriyet Daily News',
		date: '2025-05-12',
		url: 'https://www.hurriyetdailynews.com/putin-offers-ukraine-to-resume-direct-peace-talks-in-istanbul-209017',
		note: 'Agency-based (AFP); dated from its “yesterday” for Putin’s statement of 11 May.'
	},
	{
		id: 'censor-2025-05-11',
		title: 'The Kremlin leader proposed negotiations with Ukraine in Istanbul',
		titleFrom: 'url',
		publisher: 'Censor.NET',
		date: '2025-05-11',
		url: 'https://censor.net/en/news/3551559/the-kremlin-leader-proposed-negotiations-with-ukraine-in-istanbul'
	},
	{
		id: 'rbc-ukraine-2025-05-11',
		title: 'Putin proposed date and place for direct negotiations with Ukraine',
		publisher: 'RBC-Ukraine',
		date: '2025-05-11',
		url: 'https://newsukraine.rbc.ua/news/putin-proposed-date-and-place-for-direct-1746919013.html'
	},
	{
		id: 'turkiyetoday-2025-05',
		title: 'Putin proposes Ukraine talks in Istanbul on May 15, cites Türkiye’s mediation role',
		titleFrom: 'url',
		publisher: 'Türkiye Today',
		date: '2025-05',
		url: 'https://www.turkiyetoday.com/world/putin-proposes-ukraine-talks-in-istanbul-on-may-15-cites-turkiyes-mediation-role-3201255',
		note: 'Turkish English-language outlet close to the government.'
	},
	{
		id: 'aljazeera-2025-05-16',
		title: 'Russia-Ukraine talks end in less than two hours with no ceasefire deal',
		titleFrom: 'url',
		publisher: 'Al Jazeera',
		date: '2025-05-16',
		url: 'https://www.aljazeera.com/news/2025/5/16/russia-ukraine-talks-end-in-less-than-two-hours-with-no-ceasefire-deal'
	},
	{
		id: 'newsaz-2025-05',
		title: 'Türkiye-Russia-Ukraine talks in Istanbul wrap up',
		titleFrom: 'url',
		publisher: 'News.Az',
		date: '2025-05',
		url: 'https://news.az/news/turkiye-russia-ukraine-talks-in-istanbul-wrap-up',
		note: 'Azerbaijani news site, reporting the Turkish foreign ministry.'
	},
	{
		id: 'censor-2025-05-15',
		title: 'Talks in Istanbul: Medinsky compares them to 2022',
		titleFrom: 'url',
		publisher: 'Censor.NET',
		date: '2025-05-15',
		url: 'https://censor.net/en/news/3552466/talks-in-istanbul-medinsky-compares-them-to-2022',
		note: 'Quotes Medinsky as reported by Russian media.'
	},
	{
		id: 'unn-2025-05-15',
		title:
			'“Continuation of the peace process interrupted in 2022”: how the Russian delegation views negotiations in Istanbul',
		titleFrom: 'url',
		publisher: 'UNN (Ukrainian National News)',
		date: '2025-05-15',
		url: 'https://unn.ua/en/news/continuation-of-the-peace-process-interrupted-in-2022-how-the-russian-delegation-views-negotiations-in-istanbul'
	},
	{
		id: 'liga-2025-05-16',
		title: 'Yermak: Russians want to build associations starting in 2022, it won’t work',
		publisher: 'LIGA.net',
		date: '2025-05-16',
		url: 'https://news.liga.net/en/politics/news/yermak-russians-want-to-build-associations-starting-in-2022-it-wont-work'
	},
	{
		id: 'pravda-2025-05-16',
		title: 'Turkish foreign minister: Ukraine and Russia have agreed “in principle” to meet again',
		publisher: 'Ukrainska Pravda',
		date: '2025-05-16',
		url: 'https://www.pravda.com.ua/eng/news/2025/05/16/7512579/'
	},
	{
		id: 'pravda-2025-05-19',
		title: 'Sybiha on the difference between Ukraine and Russia at the Istanbul talks',
		publisher: 'Ukrainska Pravda',
		date: '2025-05-19',
		url: 'https://www.pravda.com.ua/eng/news/2025/05/19/7512923/',
		note: 'Headline not in the stored text; the title here is descriptive.'
	},
	{
		id: 'liga-2025-06-02',
		title: 'Delegations of Ukraine and Russia meet with Turkey in Istanbul',
		titleFrom: 'url',
		publisher: 'LIGA.net',
		date: '2025-06-02',
		url: 'https://news.liga.net/en/politics/news/delegations-of-ukraine-and-russia-meet-with-turkey-in-istanbul'
	},
	{
		id: 'unn-2025-06-02',
		title:
			'The Russian Federation only today, during the negotiations, handed over its memorandum to the Ukrainian delegation – Umerov',
		titleFrom: 'url',
		publisher: 'UNN (Ukrainian National News)',
		date: '2025-06-02',
		url: 'https://unn.ua/en/news/the-russian-federation-only-today-during-the-negotiations-handed-over-its-memorandum-to-the-ukrainian-delegation-umerov'
	},
	{
		id: 'tass-2025-06-02',
		title: 'Russia’s memorandum handed to Ukraine consists of two parts, Medinsky says',
		publisher: 'TASS',
		date: '2025-06-02',
		url: 'https://tass.com/politics/1967245',
		note: 'Russian state news agency; used only for what Medinsky said of Russia’s own memorandum, and for the venue with other sources. Headline not in the stored text; the title here is descriptive.'
	},
	{
		id: 'dw-2025-06-03',
		title: 'Russia and Ukraine agree new prisoner exchange after talks',
		titleFrom: 'url',
		publisher: 'DW (Deutsche Welle), copy on Webdunia',
		date: '2025-06-03',
		url: 'https://m-english.webdunia.com/article/deutsche-welle-news/russia-and-ukraine-agree-new-prisoner-exchange-after-talks-125060300007_1.html'
	},
	{
		id: 'politico-2025-06',
		title: 'Russia-Ukraine war: ceasefire and peace talks',
		titleFrom: 'url',
		publisher: 'Politico Europe',
		date: '2025-06',
		url: 'https://www.politico.eu/article/russia-ukraine-war-ceasefire-peace-talks/'
	},
	{
		id: 'nzherald-2025-06',
		title: 'Russia offers three-day ceasefire in Ukraine war to collect the dead',
		titleFrom: 'url',
		publisher: 'The New Zealand Herald (reprinting The Telegraph)',
		date: '2025-06',
		url: 'https://www.nzherald.co.nz/world/russia-offers-three-day-ceasefire-in-ukraine-war-to-collect-the-dead/TODAG3FA4VHABMXNNCG57FKC4Q'
	},
	{
		id: 'cna-2025-07-24',
		title: 'Ukraine calls for Zelenskyy-Putin talks, Russia proposes brief truces',
		titleFrom: 'url',
		publisher: 'CNA',
		date: '2025-07-24',
		url: 'https://www.channelnewsasia.com/world/ukraine-calls-zelenskyy-putin-talks-russia-proposes-brief-truces-5255186',
		note: 'Agency report.'
	},
	{
		id: 'anews-2025-07-23',
		title:
			'In Istanbul talks with Ukraine, Russia proposes exchanging 1,200 more soldiers being held prisoner',
		publisher: 'A News',
		date: '2025-07-23',
		url: 'https://www.anews.com.tr/world/2025/07/23/in-istanbul-talks-with-ukraine-russia-proposes-exchanging-1200-more-soldiers-being-held-prisoner',
		note: 'Turkish pro-government channel, reporting Anadolu; its photo caption is AFP’s.'
	},
	{
		id: 'patrika-2025-07-24',
		title: 'Third round of Russia-Ukraine talks end without breakthrough',
		titleFrom: 'url',
		publisher: 'Patrika',
		date: '2025-07-24',
		url: 'https://www.patrika.com/en/world-news/third-round-of-russia-ukraine-talks-end-without-breakthrough-19803126'
	},
	{
		id: 'censor-2025-07-23',
		title: 'Ukraine proposed meeting between Zelenskyy and Putin by end of August – Umerov',
		publisher: 'Censor.NET',
		date: '2025-07-23',
		url: 'https://censor.net/en/news/3564947/umerov-ukraine-proposes-a-meeting-between-zelenskyy-and-putin-by-the-end-of-august'
	},
	{
		id: 'washexam-2025-08',
		title:
			'“No deal until there’s a deal”: Trump sums up Putin meeting in surprisingly brief press conference',
		publisher: 'Washington Examiner',
		date: '2025-08',
		url: 'https://washexam.com/news/3099013/no-deal-until-theres-a-deal-trump-sums-up-putin-meeting-in-surprisingly-brief-press-conference',
		note: 'Carries an AP photo caption dated Friday, 15 August 2025.'
	},
	{
		id: 'bbc-2025-08-16',
		authors: ['Anthony Zurcher'],
		title: 'Live page on the Trump–Putin summit in Alaska (entry of 00:27 BST, 16 August)',
		titleFrom: 'atlas',
		publisher: 'BBC News',
		date: '2025-08-16',
		url: 'https://feeds.bbci.co.uk/news/live/c2kzn1nw1d4t?page=5'
	},
	{
		id: 'turkiyetoday-2025-08-22',
		title:
			'Russia backs 2022 Istanbul security guarantees as US, Europe draft Ukraine peace options',
		publisher: 'Türkiye Today',
		date: '2025-08-22',
		url: 'https://www.turkiyetoday.com/world/russia-backs-2022-istanbul-security-guarantees-as-us-europe-draft-ukraine-peace-optio-3205765',
		note: 'Turkish English-language outlet close to the government.'
	},
	{
		id: 'espreso-2025-08',
		title: 'Lavrov says Russia, China and the West should be guarantors of Ukraine’s security',
		titleFrom: 'url',
		titleLanguage: 'uk',
		originalTitle:
			'Війна з Росією: Лавров заявив, що гарантами безпеки для України мають стати Росія, Китай і Захід',
		publisher: 'Espreso (citing BBC Russian)',
		date: '2025-08',
		url: 'https://espreso.tv/viyna-z-rosiyeyu-lavrov-zayaviv-shcho-garantami-bezpeki-dlya-ukraini-mayut-stati-rosiya-kitay-i-zakhid'
	},
	{
		id: 'interfax-ua-2025-11-21',
		title:
			'Zelenskyy: Now is one of most difficult moments in our history: either difficult 28 points, or extremely difficult winter',
		publisher: 'Interfax-Ukraine',
		date: '2025-11-21',
		url: 'https://en.interfax.com.ua/news/general/1122496.html'
	},
	{
		id: 'polskieradio-2025-11',
		title: 'US-backed Ukraine peace plan would cede Donbas to Russia, curb army, bar NATO bid',
		titleFrom: 'url',
		publisher: 'Polish Radio English service (AFP report), read on a mirror',
		date: '2025-11',
		url: 'https://polskiegoradia.com/395/9766/artykul/3610597,usbacked-ukraine-peace-plan-would-cede-donbas-to-russia-curb-army-bar-nato-bid',
		note: 'AFP’s reading of the draft text it obtained. The address is a mirror of Polskie Radio’s site.'
	},
	{
		id: 'livemint-2025-11-21',
		title:
			'Trump blueprint to end Russia-Ukraine war: European jets in Poland, give up Donbas, military cut by more than half',
		titleFrom: 'url',
		publisher: 'Mint (Livemint)',
		date: '2025-11-21',
		url: 'https://www.livemint.com/news/world/trump-blueprint-to-end-russia-ukraine-war-european-jets-in-poland-give-up-donbas-military-cut-by-more-than-half/amp-11763683454473.html',
		note: 'An early report, from sources speaking to AFP, before the draft text circulated.'
	},
	{
		id: 'inquirer-2025-11',
		title: 'Trump gives Ukraine ultimatum to accept US-backed peace plan',
		publisher: 'Philippine Daily Inquirer (Inquirer Plus)',
		date: '2025-11',
		url: 'https://plus.inquirer.net/news/trump-gives-ukraine-ultimatum-to-accept-us-backed-peace-plan'
	},
	{
		id: 'babel-2025-11',
		title: 'Trump names deadline to approve peace plan for Ukraine',
		titleFrom: 'url',
		publisher: 'Babel',
		date: '2025-11',
		url: 'https://babel.ua/en/news/123234-trump-names-deadline-to-approve-peace-plan-for-ukraine'
	},
	{
		id: 'kyivindependent-2025-11-25-deadline',
		title: 'Trump walks back Ukraine deadline, says 28-point peace plan was “just a map”',
		publisher: 'The Kyiv Independent',
		date: '2025-11-25',
		url: 'https://kyivindependent.com/trump-walks-back-deadline-for-ukraine-peace-deal'
	},
	{
		id: 'rferl-2025-11-26',
		title:
			'Witkoff To Moscow. Zelenskyy Is Wary. A Phone Call Leaks. A Ukraine Peace Plan Coalesces.',
		publisher: 'Radio Free Europe/Radio Liberty',
		date: '2025-11-26',
		url: 'https://staging.rferl.org/a/russia-ukraine-witkoff-dmitriev-peace-ushakov/33606177.html',
		note: 'US government-funded broadcaster; read on its staging mirror.'
	},
	{
		id: 'united24-2025-11',
		authors: ['Maryna Kulakova'],
		title: 'Washington and Kyiv Agree on Revised Peace Framework After High-Level Geneva Talks',
		publisher: 'United24 Media',
		date: '2025-11',
		url: 'https://united24media.com/latest-news/washington-and-kyiv-agree-on-revised-peace-framework-after-high-level-geneva-talks-13705',
		note: 'Media arm of UNITED24, the Ukrainian government’s fundraising platform. Its photo caption (Getty Images) places the talks at the US Mission.'
	},
	{
		id: 'marshalnews-2025-11',
		title: 'In Geneva, U.S. and Ukrainian officials report progress in ending the war with Russia',
		titleFrom: 'url',
		publisher:
			'Marshal News (copy of an NPR/AP report with an AP/Keystone photo by Martial Trezzini)',
		date: '2025-11',
		url: 'https://marshalnews.com/in-geneva-u-s-and-ukrainian-officials-report-progress-in-ending-the-war-with-russia',
		note: 'Aggregator copy; never the only source. The caption was checked by the earlier research pass and not re-opened for this draft.'
	},
	{
		id: 'fmt-2025-11-24',
		title: 'US hails “significant step forward” in Ukraine peace framework talks',
		titleFrom: 'url',
		publisher: 'Free Malaysia Today (AFP report)',
		date: '2025-11-24',
		url: 'https://dev-v4.freemalaysiatoday.com/category/world/2025/11/24/us-hails-significant-step-forward-in-ukraine-peace-framework-talks'
	},
	{
		id: 'kyivindependent-2025-11-25-abudhabi',
		title: 'US holding secret Ukraine-Russia peace talks in Abu Dhabi, FT reports',
		titleFrom: 'url',
		publisher: 'The Kyiv Independent',
		date: '2025-11-25',
		url: 'https://kyivindependent.com/us-holding-secret-ukraine-russia-peace-talks-in-abu-dhabi-ft-reports/'
	},
	{
		id: 'liga-2025-11-25',
		title: 'US Army Secretary holds talks with Russians in Abu Dhabi – CBS News, FT',
		titleFrom: 'url',
		publisher: 'LIGA.net',
		date: '2025-11-25',
		url: 'https://news.liga.net/en/politics/news/us-army-secretary-holds-talks-with-russians-in-abu-dhabi-cbs-news-ft'
	},
	{
		id: 'i24news-2025-11-25',
		title: 'US holds Russia-Ukraine peace talks in Abu Dhabi',
		titleFrom: 'url',
		publisher: 'i24NEWS',
		date: '2025-11-25',
		url: 'https://www.i24news.tv/en/news/international/ukraine-russia-war/artc-us-holds-russia-ukraine-peace-talks-in-abu-dhabi'
	},
	{
		id: 'gcaptain-2025-11-30',
		authors: ['Greg Sullivan'],
		title: 'Rubio, Witkoff Meeting Ukrainian Team In Florida',
		publisher: 'gCaptain (reprinting Bloomberg; Reuters photo)',
		date: '2025-11-30',
		url: 'https://gcaptain.com/rubio-witkoff-meeting-ukrainian-team-in-florida/'
	},
	{
		id: 'timeslive-2025-12-01',
		title:
			'More work needed to reach Ukraine peace deal after “productive” talks in Florida, Rubio says',
		titleFrom: 'url',
		publisher: 'TimesLIVE (Reuters report)',
		date: '2025-12-01',
		url: 'https://www.timeslive.co.za/news/world/2025-12-01-more-work-needed-to-reach-ukraine-peace-deal-after-productive-talks-in-florida-rubio-says/'
	},
	{
		id: 'dailymiaminews-2025-12',
		title: 'How Steve Witkoff’s Shell Bay Club became ground zero for global conflict negotiations',
		titleFrom: 'url',
		publisher: 'Daily Miami News (citing Axios)',
		date: '2025-12',
		url: 'https://dailymiaminews.com/2025/12/how-steve-witkoffs-shell-bay-club-became-ground-zero-for-global-conflict-negotiations',
		note: 'Local aggregator retelling Axios; never the only source.'
	},
	{
		id: 'meaww-2025-12',
		title: 'Putin meets Witkoff and Kushner for 5 hours in Moscow, no Ukraine peace deal achieved',
		publisher: 'MEAWW',
		date: '2025-12',
		url: 'https://news.meaww.com/putin-meets-witkoff-and-kushner-for-five-hours-in-moscow-no-ukraine-peace-deal-achieved'
	},
	{
		id: 'novinite-2025-12-04',
		title: 'Kremlin: no compromise yet after talks with Trump’s envoys',
		titleFrom: 'atlas',
		publisher: 'Novinite',
		date: '2025-12-04',
		url: 'https://www.novinite.com/view_news.php?id=235759',
		note: 'Bulgarian English-language news site.'
	},
	{
		id: 'unn-2025-12-03',
		title: 'Trump revealed details of American negotiators’ meeting with Putin',
		publisher: 'UNN (Ukrainian National News)',
		date: '2025-12-03',
		url: 'https://unn.ua/en/news/trump-revealed-details-of-american-negotiators-meeting-with-putin'
	},
	{
		id: 'etvbharat-2025-12-06',
		title:
			'US, Ukraine Officials Say They’ll Meet For 3rd Day After Progress On Creating A Security Framework',
		publisher: 'ETV Bharat (AP report and photo)',
		date: '2025-12-06',
		url: 'https://www.etvbharat.com/en/international/us-and-ukraine-officials-meet-for-3rd-day-after-progress-on-creating-a-security-framework-enn25120600429'
	},
	{
		id: 'bluewin-2025-12-14',
		title: 'US delegation sees progress in talks in Berlin',
		publisher: 'blue News (dpa report)',
		date: '2025-12-14',
		url: 'https://www.bluewin.ch/en/news/international/us-delegation-sees-progress-in-talks-in-berlin-3009001.html'
	},
	{
		id: 'heute-2025-12',
		title: 'Selenskyj setzt Ukraine-Gespräche in Berlin fort',
		titleFrom: 'url',
		publisher: 'Heute (Austria)',
		date: '2025-12',
		url: 'https://www.heute.at/s/selenskyj-setzt-ukraine-gespraeche-in-berlin-fort-120149980'
	},
	{
		id: 'novayagazeta-2025-12-15',
		title: 'Ukraine, US and Europe continue discussion of peace plan in Berlin',
		titleFrom: 'url',
		publisher: 'Novaya Gazeta Europe',
		date: '2025-12-15',
		url: 'https://novayagazeta.eu/articles/2025/12/15/ukraine-us-and-europe-continue-discussion-of-peace-plan-in-berlin-en-news',
		note: 'Russian independent outlet in exile; cites The Guardian and AFP.'
	},
	{
		id: 'rbc-ukraine-2025-12-16',
		title: 'Two days in Berlin: What Ukraine discussed with US and Europe',
		publisher: 'RBC-Ukraine',
		date: '2025-12-16',
		url: 'https://newsukraine.rbc.ua/analytics/two-days-in-berlin-what-ukraine-discussed-1765862876.html'
	},
	{
		id: 'hurriyet-2025-12-06',
		title: 'Ukraine, US to meet for third day, agree “real progress” depends on Russia',
		publisher: 'Hürriyet Daily News (AFP report)',
		date: '2025-12-06',
		url: 'https://www.hurriyetdailynews.com/ukraine-us-to-meet-for-third-day-agree-real-progress-depends-on-russia-216511'
	},
	{
		id: 'rferl-2025-12',
		title: 'US and Ukraine begin third day of talks in Miami',
		titleFrom: 'atlas',
		publisher: 'Radio Free Europe/Radio Liberty',
		date: '2025-12',
		url: 'https://www.rferl.org/a/ukraine-peace-plan-witkoff-kushner-putin-zelenskyy-miami/33614965.html',
		note: 'US government-funded broadcaster.'
	},
	{
		id: 'shropshirestar-2025-12-06',
		title: 'US and Ukraine officials to meet for third day after security framework progress',
		titleFrom: 'url',
		publisher: 'Shropshire Star (PA/AP report)',
		date: '2025-12-06',
		url: 'https://www.shropshirestar.com/world-news/2025/12/06/us-and-ukraine-officials-to-meet-for-third-day-after-security-framework-progress/',
		note: 'Checked by the earlier research pass; the stored text breaks off mid-word (“Mr Witk…”).'
	},
	{
		id: 'spokesman-2025-12-19',
		authors: ['Claire Heddle'],
		title: 'Trump aides hold another round of Ukraine peace talks',
		titleFrom: 'url',
		publisher: 'The Spokesman-Review (reprinting the Miami Herald)',
		date: '2025-12-19',
		url: 'https://www.spokesman.com/stories/2025/dec/19/trump-aides-hold-another-round-of-ukraine-peace-ta/'
	},
	{
		id: 'msnow-2025-12',
		title: 'Trump hosts Zelenskyy at Mar-a-Lago in push for a Russia-Ukraine peace deal',
		titleFrom: 'url',
		publisher: 'MS NOW (read on a staging copy)',
		date: '2025-12',
		url: 'https://stg01.ms.now/news/trump-zelenskyy-mar-a-lago-ukraine-russia-peace-deal?nb=1'
	},
	{
		id: 'cna-2025-12-29',
		title: 'Trump and Zelenskyy say they are getting a lot closer to a peace deal',
		titleFrom: 'url',
		publisher: 'CNA (Reuters report)',
		date: '2025-12-29',
		url: 'https://www.channelnewsasia.com/world/trump-zelenskyy-meeting-russia-ukraine-war-peace-deal-close-5725216'
	},
	{
		id: 'president-ua-2026-01-06',
		title: 'Paris Declaration: Robust Security Guarantees for a Solid and Lasting Peace in Ukraine',
		publisher: 'President of Ukraine (official website)',
		date: '2026-01-06',
		url: 'https://www.president.gov.ua/en/news/parizka-deklaraciya-nadijni-garantiyi-bezpeki-dlya-micnogo-j-102313',
		note: 'The text of the declaration as published by a party to it.'
	},
	{
		id: 'ergosum-2026-01',
		title: 'Coalition of the Willing and US endorse security guarantees for Ukraine',
		publisher: 'Ergo Sum Europa',
		date: '2026-01',
		url: 'https://ergosum-europa.eu/en/news/coalition-of-the-willing-and-us-endorse-security-g',
		note: 'Small European news site; agency-based.'
	},
	{
		id: 'interfax-ua-2026-01-06',
		title:
			'Summit in Paris to be preceded by lunch with Macron, Zelenskyy, Witkoff and Kushner - media',
		publisher: 'Interfax-Ukraine (citing Le Figaro)',
		date: '2026-01-06',
		url: 'https://en.interfax.com.ua/news/general/1133981.html'
	},
	{
		id: 'beninwebtv-2026-01',
		title: 'Zelensky à l’Élysée pour le sommet des alliés ukrainiens',
		publisher: 'Bénin Web TV (AFP report)',
		date: '2026-01',
		url: 'https://beninwebtv.com/zelensky-a-lelysee-pour-le-sommet-des-allies-ukrainiens'
	},
	{
		id: 'wion-2026-01-23',
		authors: ['Prajvi Mathur'],
		title:
			'“Useful in every respect”: Russia hails Putin-Witkoff meet on Ukraine, announces trilateral talks in UAE',
		publisher: 'WION',
		date: '2026-01-23',
		url: 'https://www.wionews.com/world/-useful-in-every-respect-russia-hails-putin-witkoff-meet-on-ukraine-announces-trilateral-talks-in-uae-1769129245047',
		note: 'Its AFP photo caption dates the Kremlin meeting to 22 January.'
	},
	{
		id: 'kuna-2026-01-23',
		title: 'Kremlin: first trilateral security working group to meet in Abu Dhabi',
		titleFrom: 'atlas',
		publisher: 'KUNA (Kuwait News Agency)',
		date: '2026-01-23',
		url: 'https://www.kuna.net.kw/ArticlePrintPage.aspx?id=3271619&language=en',
		note: 'Kuwaiti state news agency, reporting Ushakov’s statement.'
	},
	{
		id: 'rks-2026-01',
		title:
			'Putin agrees with U.S. envoys on next steps, but territorial issues remain key for Kremlin',
		titleFrom: 'url',
		publisher: 'RKS News (citing Reuters)',
		date: '2026-01',
		url: 'https://rks.news/putin-agrees-with-u-s-envoys-on-next-steps-but-territorial-issues-remain-key-for-kremlin',
		note: 'Small outlet; misdates the Kremlin meeting and places it in Abu Dhabi. Used only for Ushakov’s quoted words, with another source.'
	},
	{
		id: 'californiainsider-2026-01',
		title: 'Putin to meet Witkoff, Kushner in Moscow',
		titleFrom: 'url',
		publisher: 'California Insider (The Epoch Times group)',
		date: '2026-01',
		url: 'https://californiainsider.com/news/putin-to-meet-witkoff-kushner-in-moscow-5974654',
		note: 'Partisan outlet; used only for Ushakov’s quoted words, with another source.'
	},
	{
		id: 'xinhua-2026-01-23',
		title: 'Russia, U.S., and Ukraine meet in Abu Dhabi for first trilateral talks: UAE FM',
		publisher: 'Xinhua (chinaview.cn)',
		date: '2026-01-23',
		url: 'http://chinaview.cn/20260123/a22dd24714ee4484a0e896f76f3ef0c4/c.html',
		note: 'Chinese state news agency, citing the UAE foreign ministry.'
	},
	{
		id: 'sputnik-2026-01-24',
		title: 'Russia-US-Ukraine Trilateral Talks Took Place at Al Shati Palace in Abu Dhabi',
		publisher: 'Sputnik',
		date: '2026-01-24',
		url: 'https://sputnikglobe.com/20260124/russia-us-ukraine-trilateral-talks-took-place-at-al-shati-palace-in-abu-dhabi-1123522766.html',
		note: 'Russian state news agency; cited only for its own correspondent’s report of the venue.'
	},
	{
		id: 'liga-2026-01-23',
		title:
			'The first meeting of Ukraine, Russia and the United States in the UAE is over: what topics and participants were',
		publisher: 'LIGA.net',
		date: '2026-01-23',
		url: 'https://news.liga.net/en/politics/news/the-first-meeting-of-ukraine-russia-and-the-united-states-in-the-uae-is-over-what-topics-and-participants-were'
	},
	{
		id: 'interfax-ua-2026-01-24',
		title: 'Umerov on trilateral talks between Ukraine, USA and Russia: More meetings today',
		publisher: 'Interfax-Ukraine',
		date: '2026-01-24',
		url: 'https://en.interfax.com.ua/news/general/1139181.html'
	},
	{
		id: 'turkiyetoday-2026-02',
		title: 'UAE hails progress in Russia-Ukraine-US talks',
		titleFrom: 'url',
		publisher: 'Türkiye Today',
		date: '2026-02',
		url: 'https://www.turkiyetoday.com/world/uae-hails-progress-in-russia-ukraine-us-talks-3214116',
		note: 'Turkish English-language outlet close to the government.'
	},
	{
		id: 'anews-2026-02-05',
		title: 'Ukraine discussions in Abu Dhabi “constructive”: US special envoy',
		titleFrom: 'url',
		publisher: 'A News',
		date: '2026-02-05',
		url: 'https://www.anews.com.tr/world/2026/02/05/ukraine-discussions-in-abu-dhabi-constructive-us-special-envoy',
		note: 'Turkish pro-government channel.'
	},
	{
		id: 'abcnews-2026-02-05',
		title: 'Ukraine, Russia plan new POW swap after trilateral talks with US end, Witkoff says',
		publisher: 'ABC News (read on a radio station’s copy, k1053.com)',
		date: '2026-02-05',
		url: 'https://www.k1053.com/?p=123957',
		note: 'Checked by the earlier research pass; not re-opened for this draft.'
	},
	{
		id: 'euromaidanpress-2026-02-13',
		title:
			'Russia swaps GRU chief for Kremlin ideologue Medinsky ahead of Geneva talks with Ukraine',
		titleFrom: 'url',
		publisher: 'Euromaidan Press',
		date: '2026-02-13',
		url: 'https://euromaidanpress.com/2026/02/13/russia-swaps-gru-chief-for-kremlin-ideologue-medinsky-ahead-of-geneva-talks-with-ukraine',
		note: 'Ukrainian English-language outlet with a pro-Ukrainian line.'
	},
	{
		id: 'unn-2026-02-17',
		title: 'Delegations gather at the Ukraine-US-Russia negotiation site in Geneva',
		publisher: 'UNN (Ukrainian National News), citing BBC and Sky News',
		date: '2026-02-17',
		url: 'https://unn.ua/en/news/delegations-gather-at-the-ukraine-us-russia-negotiation-site-in-geneva'
	},
	{
		id: 'unn-2026-02-18',
		title:
			'Medinsky held a two-hour meeting with the Ukrainian side after official negotiations - Russian media',
		publisher: 'UNN (Ukrainian National News)',
		date: '2026-02-18',
		url: 'https://unn.ua/en/news/medinsky-held-a-two-hour-meeting-with-the-ukrainian-side-after-official-negotiations-russian-media'
	},
	{
		id: 'rbc-ukraine-2026-02-18',
		title: 'Did Ukraine and Russia reach agreement in Geneva',
		titleFrom: 'url',
		// The address is the Ukrainian edition (/ukr/), its words Ukrainian (diyshli, ukrayina).
		titleLanguage: 'uk',
		originalTitle: 'Чи дійшли згоди Україна та РФ у Женеві',
		publisher: 'RBC-Ukraine',
		date: '2026-02-18',
		url: 'https://www.rbc.ua/ukr/news/chi-diyshli-zgodi-ukrayina-ta-rf-zhenevi-1771438151.html/amp',
		note: 'Reports an unnamed source in the talks. The page was read in Russian; its address is the Ukrainian edition’s.'
	},
	{
		id: 'euromaidanpress-2026-02-18',
		title:
			'Peace theater in Geneva: Putin’s top negotiator once again lectures Ukrainians on history',
		titleFrom: 'url',
		publisher: 'Euromaidan Press',
		date: '2026-02-18',
		url: 'https://euromaidanpress.com/2026/02/18/peace-theater-in-geneva-putins-top-negotiator-once-again-lectures-ukrainians-on-history-during-talks-in-switzerland-source',
		note: 'Ukrainian English-language outlet with a pro-Ukrainian line, retelling RBC-Ukraine’s source.'
	},
	{
		id: 'moscowtimes-2026-03-03',
		title: 'War in the Middle East clouds outlook for Ukraine peace talks',
		titleFrom: 'url',
		publisher: 'The Moscow Times',
		date: '2026-03-03',
		url: 'https://www.themoscowtimes.com/2026/03/03/war-in-the-middle-east-clouds-outlook-for-ukraine-peace-talks-a92102',
		note: 'Checked by the earlier research pass; not re-opened for this draft.'
	},
	{
		id: 'trtworld-2026-03-05',
		title:
			'Ukraine and US discuss postponing trilateral meeting with Russia due to Iran war: Zelenskyy',
		publisher: 'TRT World',
		date: '2026-03-05',
		url: 'https://www.trtworld.com/article/3a8b7276ebd2',
		note: 'Turkish state broadcaster.'
	},
	{
		id: 'dawn-2026-03-05',
		title:
			'Ukraine seeks to postpone next round of trilateral talks with Russia amid Middle East events, Zelensky says',
		publisher: 'Dawn (Reuters report)',
		date: '2026-03-05',
		url: 'https://www.dawn.com/news/1978662/ukraine-seeks-to-postpone-next-round-of-trilateral-talks-with-russia-amid-middle-east-events-zelensky-says'
	},
	{
		id: 'unn-2026-03',
		title:
			'Trilateral meeting planned for this week postponed at the request of the US – Zelenskyy',
		titleFrom: 'url',
		publisher: 'UNN (Ukrainian National News)',
		date: '2026-03',
		url: 'https://unn.ua/en/news/trilateral-meeting-planned-for-this-week-postponed-at-the-request-of-the-us-zelenskyy',
		note: 'Undated in the stored text; other reports of the same statement are dated 9–10 March 2026.'
	},
	{
		id: 'vedomosti-2026-03-10',
		title: 'Уиткофф: встреча РФ, США и Украины может пройти на следующей неделе',
		publisher: 'Vedomosti',
		date: '2026-03-10',
		url: 'https://www.vedomosti.ru/politics/news/2026/03/10/1181894-vstrecha-mozhet-proiti',
		note: 'Russian business daily.'
	},
	{
		id: 'kommersant-2026-03-10',
		title: 'Peskov: the three-way talks must continue',
		titleFrom: 'atlas',
		publisher: 'Kommersant',
		date: '2026-03-10',
		url: 'https://www.kommersant.ru/doc/8497631',
		note: 'Russian business daily; the article is in Russian.'
	}
] as const satisfies readonly Work[];

export type WorkId = (typeof WORK_DATA)[number]['id'];
