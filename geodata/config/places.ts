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
	/** The Ukrainian edition's label: the name as Ukrainian writes it (curated: not in the source). */
	uk: string;
	rank: 1 | 2 | 3;
	country: string;
	capital?: boolean;
}

export const PLACES: readonly PlaceChoice[] = [
	// Ukraine
	{ source: 'Kiev', name: 'Kyiv', uk: 'Київ', rank: 1, country: 'UKR', capital: true },
	{ source: 'Kharkiv', name: 'Kharkiv', uk: 'Харків', rank: 1, country: 'UKR' },
	{ source: 'Odessa', name: 'Odesa', uk: 'Одеса', rank: 1, country: 'UKR' },
	{ source: 'Lvov', name: 'Lviv', uk: 'Львів', rank: 1, country: 'UKR' },
	{ source: 'Dnipro', name: 'Dnipro', uk: 'Дніпро', rank: 1, country: 'UKR' },
	{ source: 'Donetsk', name: 'Donetsk', uk: 'Донецьк', rank: 1, country: 'UKR' },
	{ source: 'Chernihiv', name: 'Chernihiv', uk: 'Чернігів', rank: 2, country: 'UKR' },
	{ source: 'Sumy', name: 'Sumy', uk: 'Суми', rank: 2, country: 'UKR' },
	{ source: 'Mariupol', name: 'Mariupol', uk: 'Маріуполь', rank: 2, country: 'UKR' },
	{ source: 'Kherson', name: 'Kherson', uk: 'Херсон', rank: 2, country: 'UKR' },
	{ source: 'Zaporizhzhya', name: 'Zaporizhzhia', uk: 'Запоріжжя', rank: 2, country: 'UKR' },
	{ source: 'Mykolayiv', name: 'Mykolaiv', uk: 'Миколаїв', rank: 2, country: 'UKR' },
	{ source: 'Zhytomyr', name: 'Zhytomyr', uk: 'Житомир', rank: 2, country: 'UKR' },
	{ source: 'Luhansk', name: 'Luhansk', uk: 'Луганськ', rank: 2, country: 'UKR' },
	{ source: 'Simferopol', name: 'Simferopol', uk: 'Сімферополь', rank: 2, country: 'UKR' },
	{ source: 'Sevastapol', name: 'Sevastopol', uk: 'Севастополь', rank: 2, country: 'UKR' },
	{ source: 'Chernobyl', name: 'Chornobyl', uk: 'Чорнобиль', rank: 2, country: 'UKR' },
	{ source: 'Poltava', name: 'Poltava', uk: 'Полтава', rank: 3, country: 'UKR' },
	{ source: 'Melitopol', name: 'Melitopol', uk: 'Мелітополь', rank: 3, country: 'UKR' },
	{ source: 'Berdyansk', name: 'Berdiansk', uk: 'Бердянськ', rank: 3, country: 'UKR' },
	{ source: 'Kramatorsk', name: 'Kramatorsk', uk: 'Краматорськ', rank: 3, country: 'UKR' },
	{ source: 'Kerch', name: 'Kerch', uk: 'Керч', rank: 3, country: 'UKR' },
	{ source: 'Vinnytsya', name: 'Vinnytsia', uk: 'Вінниця', rank: 3, country: 'UKR' },
	{ source: 'Cherkasy', name: 'Cherkasy', uk: 'Черкаси', rank: 3, country: 'UKR' },
	{ source: 'Kryvyy Rih', name: 'Kryvyi Rih', uk: 'Кривий Ріг', rank: 3, country: 'UKR' },
	{ source: 'Rivne', name: 'Rivne', uk: 'Рівне', rank: 3, country: 'UKR' },
	{ source: 'Lutsk', name: 'Lutsk', uk: 'Луцьк', rank: 3, country: 'UKR' },
	// Belarus
	{ source: 'Minsk', name: 'Minsk', uk: 'Мінськ', rank: 1, country: 'BLR', capital: true },
	{ source: 'Homyel', name: 'Gomel', uk: 'Гомель', rank: 1, country: 'BLR' },
	{ source: 'Brest', name: 'Brest', uk: 'Брест', rank: 1, country: 'BLR' },
	{ source: 'Mahilyow', name: 'Mogilev', uk: 'Могильов', rank: 3, country: 'BLR' },
	{ source: 'Hrodna', name: 'Grodno', uk: 'Гродно', rank: 3, country: 'BLR' },
	// Russia
	{ source: 'Moscow', name: 'Moscow', uk: 'Москва', rank: 1, country: 'RUS', capital: true },
	{ source: 'Bryansk', name: 'Bryansk', uk: 'Брянськ', rank: 2, country: 'RUS' },
	{ source: 'Kursk', name: 'Kursk', uk: 'Курськ', rank: 2, country: 'RUS' },
	{ source: 'Belgorod', name: 'Belgorod', uk: 'Бєлгород', rank: 2, country: 'RUS' },
	{ source: 'Voronezh', name: 'Voronezh', uk: 'Воронеж', rank: 2, country: 'RUS' },
	{ source: 'Rostov', name: 'Rostov-on-Don', uk: 'Ростов-на-Дону', rank: 2, country: 'RUS' },
	{ source: 'Smolensk', name: 'Smolensk', uk: 'Смоленськ', rank: 3, country: 'RUS' },
	{ source: 'Krasnodar', name: 'Krasnodar', uk: 'Краснодар', rank: 3, country: 'RUS' },
	// Türkiye
	{ source: 'Istanbul', name: 'Istanbul', uk: 'Стамбул', rank: 1, country: 'TUR' },
	{ source: 'Ankara', name: 'Ankara', uk: 'Анкара', rank: 1, country: 'TUR', capital: true },
	{ source: 'Antalya', name: 'Antalya', uk: 'Анталія', rank: 1, country: 'TUR' },
	{ source: 'İzmir', name: 'Izmir', uk: 'Ізмір', rank: 3, country: 'TUR' },
	// Neighbours
	{ source: 'Warsaw', name: 'Warsaw', uk: 'Варшава', rank: 1, country: 'POL', capital: true },
	{ source: 'Vilnius', name: 'Vilnius', uk: 'Вільнюс', rank: 2, country: 'LTU', capital: true },
	{ source: 'Bucharest', name: 'Bucharest', uk: 'Бухарест', rank: 1, country: 'ROU', capital: true }
];

/** Hand-placed labels for countries and seas: cartographic choices, not source data. */
export interface AreaLabel {
	name: string;
	uk: string;
	kind: 'country' | 'sea';
	lonLat: [number, number];
	rank: 1 | 2;
}

export const AREA_LABELS: readonly AreaLabel[] = [
	{ name: 'Ukraine', uk: 'Україна', kind: 'country', lonLat: [31.2, 49.2], rank: 1 },
	{ name: 'Belarus', uk: 'Білорусь', kind: 'country', lonLat: [28.0, 53.6], rank: 1 },
	{ name: 'Russia', uk: 'Росія', kind: 'country', lonLat: [39.2, 52.6], rank: 1 },
	{ name: 'Türkiye', uk: 'Туреччина', kind: 'country', lonLat: [33.5, 39.2], rank: 1 },
	{ name: 'Poland', uk: 'Польща', kind: 'country', lonLat: [21.6, 52.0], rank: 1 },
	{ name: 'Romania', uk: 'Румунія', kind: 'country', lonLat: [24.6, 45.9], rank: 1 },
	{ name: 'Moldova', uk: 'Молдова', kind: 'country', lonLat: [28.5, 47.3], rank: 2 },
	{ name: 'Lithuania', uk: 'Литва', kind: 'country', lonLat: [24.0, 55.4], rank: 2 },
	{ name: 'Latvia', uk: 'Латвія', kind: 'country', lonLat: [25.8, 56.8], rank: 2 },
	{ name: 'Bulgaria', uk: 'Болгарія', kind: 'country', lonLat: [25.2, 42.7], rank: 2 },
	{ name: 'Georgia', uk: 'Грузія', kind: 'country', lonLat: [43.6, 42.2], rank: 2 },
	{ name: 'Black Sea', uk: 'Чорне море', kind: 'sea', lonLat: [34.0, 43.3], rank: 1 },
	{ name: 'Sea of Azov', uk: 'Азовське море', kind: 'sea', lonLat: [36.6, 46.1], rank: 2 }
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

/** The rivers' names as Ukrainian writes them, by their English name above. */
export const RIVER_NAMES_UK: Readonly<Record<string, string>> = {
	Dnipro: 'Дніпро',
	Pripyat: 'Прип’ять',
	Desna: 'Десна',
	'Siverskyi Donets': 'Сіверський Донець',
	Dniester: 'Дністер',
	'Southern Bug': 'Південний Буг',
	'Western Bug': 'Західний Буг',
	Danube: 'Дунай',
	Don: 'Дон',
	Prut: 'Прут',
	Sozh: 'Сож',
	Teteriv: 'Тетерів',
	Berezina: 'Березина',
	Horyn: 'Горинь',
	Styr: 'Стир',
	Seym: 'Сейм',
	Snov: 'Снов',
	Synyukha: 'Синюха',
	Vistula: 'Вісла',
	Daugava: 'Даугава',
	Neman: 'Німан',
	Volga: 'Волга',
	Oka: 'Ока',
	Voronezh: 'Воронеж',
	Mukhavets: 'Мухавець'
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
