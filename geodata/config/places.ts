/**
 * The city labels the basemap shows, chosen for the story of the talks rather than by population.
 * `source` is the Natural Earth NAME the pipeline looks up; `name` is the current English spelling
 * the map shows (Natural Earth 4.0 still has Russian-derived forms such as "Kiev").
 * `rank` 1 labels appear first and win label collisions; rank 3 appears only when zoomed in.
 * `country` overrides Natural Earth's ADM0_A3, which puts Crimea's cities in Russia.
 */
export interface PlaceChoice {
	source: string;
	name: string;
	rank: 1 | 2 | 3;
	country: string;
	capital?: boolean;
}

export const PLACES: readonly PlaceChoice[] = [
	// Ukraine
	{ source: 'Kiev', name: 'Kyiv', rank: 1, country: 'UKR', capital: true },
	{ source: 'Kharkiv', name: 'Kharkiv', rank: 1, country: 'UKR' },
	{ source: 'Odessa', name: 'Odesa', rank: 1, country: 'UKR' },
	{ source: 'Lvov', name: 'Lviv', rank: 1, country: 'UKR' },
	{ source: 'Dnipro', name: 'Dnipro', rank: 1, country: 'UKR' },
	{ source: 'Donetsk', name: 'Donetsk', rank: 1, country: 'UKR' },
	{ source: 'Chernihiv', name: 'Chernihiv', rank: 2, country: 'UKR' },
	{ source: 'Sumy', name: 'Sumy', rank: 2, country: 'UKR' },
	{ source: 'Mariupol', name: 'Mariupol', rank: 2, country: 'UKR' },
	{ source: 'Kherson', name: 'Kherson', rank: 2, country: 'UKR' },
	{ source: 'Zaporizhzhya', name: 'Zaporizhzhia', rank: 2, country: 'UKR' },
	{ source: 'Mykolayiv', name: 'Mykolaiv', rank: 2, country: 'UKR' },
	{ source: 'Zhytomyr', name: 'Zhytomyr', rank: 2, country: 'UKR' },
	{ source: 'Luhansk', name: 'Luhansk', rank: 2, country: 'UKR' },
	{ source: 'Simferopol', name: 'Simferopol', rank: 2, country: 'UKR' },
	{ source: 'Sevastapol', name: 'Sevastopol', rank: 2, country: 'UKR' },
	{ source: 'Chernobyl', name: 'Chornobyl', rank: 2, country: 'UKR' },
	{ source: 'Poltava', name: 'Poltava', rank: 3, country: 'UKR' },
	{ source: 'Melitopol', name: 'Melitopol', rank: 3, country: 'UKR' },
	{ source: 'Berdyansk', name: 'Berdiansk', rank: 3, country: 'UKR' },
	{ source: 'Kramatorsk', name: 'Kramatorsk', rank: 3, country: 'UKR' },
	{ source: 'Kerch', name: 'Kerch', rank: 3, country: 'UKR' },
	{ source: 'Vinnytsya', name: 'Vinnytsia', rank: 3, country: 'UKR' },
	{ source: 'Cherkasy', name: 'Cherkasy', rank: 3, country: 'UKR' },
	{ source: 'Kryvyy Rih', name: 'Kryvyi Rih', rank: 3, country: 'UKR' },
	{ source: 'Rivne', name: 'Rivne', rank: 3, country: 'UKR' },
	{ source: 'Lutsk', name: 'Lutsk', rank: 3, country: 'UKR' },
	// Belarus
	{ source: 'Minsk', name: 'Minsk', rank: 1, country: 'BLR', capital: true },
	{ source: 'Homyel', name: 'Gomel', rank: 1, country: 'BLR' },
	{ source: 'Brest', name: 'Brest', rank: 1, country: 'BLR' },
	{ source: 'Mahilyow', name: 'Mogilev', rank: 3, country: 'BLR' },
	{ source: 'Hrodna', name: 'Grodno', rank: 3, country: 'BLR' },
	// Russia
	{ source: 'Moscow', name: 'Moscow', rank: 1, country: 'RUS', capital: true },
	{ source: 'Bryansk', name: 'Bryansk', rank: 2, country: 'RUS' },
	{ source: 'Kursk', name: 'Kursk', rank: 2, country: 'RUS' },
	{ source: 'Belgorod', name: 'Belgorod', rank: 2, country: 'RUS' },
	{ source: 'Voronezh', name: 'Voronezh', rank: 2, country: 'RUS' },
	{ source: 'Rostov', name: 'Rostov-on-Don', rank: 2, country: 'RUS' },
	{ source: 'Smolensk', name: 'Smolensk', rank: 3, country: 'RUS' },
	{ source: 'Krasnodar', name: 'Krasnodar', rank: 3, country: 'RUS' },
	// Türkiye
	{ source: 'Istanbul', name: 'Istanbul', rank: 1, country: 'TUR' },
	{ source: 'Ankara', name: 'Ankara', rank: 1, country: 'TUR', capital: true },
	{ source: 'Antalya', name: 'Antalya', rank: 1, country: 'TUR' },
	{ source: 'İzmir', name: 'Izmir', rank: 3, country: 'TUR' },
	// Neighbours
	{ source: 'Warsaw', name: 'Warsaw', rank: 1, country: 'POL', capital: true },
	{ source: 'Vilnius', name: 'Vilnius', rank: 2, country: 'LTU', capital: true },
	{ source: 'Bucharest', name: 'Bucharest', rank: 1, country: 'ROU', capital: true }
];

/** Hand-placed labels for countries and seas: cartographic choices, not source data. */
export interface AreaLabel {
	name: string;
	kind: 'country' | 'sea';
	lonLat: [number, number];
	rank: 1 | 2;
}

export const AREA_LABELS: readonly AreaLabel[] = [
	{ name: 'Ukraine', kind: 'country', lonLat: [31.2, 49.2], rank: 1 },
	{ name: 'Belarus', kind: 'country', lonLat: [28.0, 53.6], rank: 1 },
	{ name: 'Russia', kind: 'country', lonLat: [39.2, 52.6], rank: 1 },
	{ name: 'Türkiye', kind: 'country', lonLat: [33.5, 39.2], rank: 1 },
	{ name: 'Poland', kind: 'country', lonLat: [21.6, 52.0], rank: 1 },
	{ name: 'Romania', kind: 'country', lonLat: [24.6, 45.9], rank: 1 },
	{ name: 'Moldova', kind: 'country', lonLat: [28.5, 47.3], rank: 2 },
	{ name: 'Lithuania', kind: 'country', lonLat: [24.0, 55.4], rank: 2 },
	{ name: 'Latvia', kind: 'country', lonLat: [25.8, 56.8], rank: 2 },
	{ name: 'Bulgaria', kind: 'country', lonLat: [25.2, 42.7], rank: 2 },
	{ name: 'Georgia', kind: 'country', lonLat: [43.6, 42.2], rank: 2 },
	{ name: 'Black Sea', kind: 'sea', lonLat: [34.0, 43.3], rank: 1 },
	{ name: 'Sea of Azov', kind: 'sea', lonLat: [36.6, 46.1], rank: 2 }
];

/**
 * Rivers: Natural Earth's main centreline layer by rank, plus named rivers from its European
 * supplement. Names map Natural Earth's spellings to the current English ones.
 */
export const RIVER_MAX_SCALERANK = 8;

export const RIVER_NAMES: Readonly<Record<string, string>> = {
	Dnipro: 'Dnipro',
	Dnepre: 'Dnipro',
	Dnepr: 'Dnipro',
	Pripyat: 'Pripyat',
	Desna: 'Desna',
	Donets: 'Siverskyi Donets',
	'Seversky Donets': 'Siverskyi Donets',
	Dniester: 'Dniester',
	'Southern Bug': 'Southern Bug',
	Bug: 'Western Bug',
	'Zakhidnyy Buh': 'Western Bug',
	Danube: 'Danube',
	Don: 'Don',
	Prut: 'Prut',
	Sozh: 'Sozh',
	Teteriv: 'Teteriv',
	Byarezina: 'Berezina',
	Haryn: 'Horyn',
	Styr: 'Styr',
	Seym: 'Seym',
	Snov: 'Snov',
	Synyukha: 'Synyukha',
	Vistula: 'Vistula',
	Daugava: 'Daugava',
	Neman: 'Neman',
	Volga: 'Volga',
	Oka: 'Oka',
	Voronezh: 'Voronezh',
	Mukhavyets: 'Mukhavets'
};

/** Rivers the map names along their course; the others are drawn unlabelled. */
export const LABELLED_RIVERS: readonly string[] = [
	'Dnipro',
	'Pripyat',
	'Desna',
	'Siverskyi Donets',
	'Dniester',
	'Southern Bug',
	'Danube',
	'Don'
];
