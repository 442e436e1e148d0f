import type {
	Feature,
	FeatureCollection,
	LineString,
	MultiLineString,
	MultiPolygon,
	Point,
	Polygon
} from 'geojson';
import polylabel from 'polylabel';
import type { AreaLabel, PlaceChoice } from '../config/places';
import { GeodataError } from './errors';

type Props = Record<string, unknown>;
type Polygonal = Polygon | MultiPolygon;
type Linear = LineString | MultiLineString;

export const OCCUPIED_SINCE_2014_NOTE =
	'Part of Ukraine; occupied by Russia since 2014 (annexation not recognised internationally)';

/** Land polygons keep no attributes: the map only fills them. */
export function selectLand(land: FeatureCollection): Feature<Polygonal, Props>[] {
	return polygonal(land).map((feature) => ({
		type: 'Feature',
		properties: {},
		geometry: feature.geometry
	}));
}

/**
 * International land borders. Natural Earth 4.0 draws a "Disputed" Russia–Ukraine line across the
 * Perekop isthmus, i.e. it treats Crimea as Russian. That line is the edge of an occupied area,
 * not a border, so it is dropped here and the occupied area is drawn as such instead.
 */
export function selectBorders(lines: FeatureCollection, file: string): Feature<Linear, Props>[] {
	const kept: Feature<Linear, Props>[] = [];
	let droppedCrimeaLine = false;
	for (const feature of linear(lines)) {
		const p = feature.properties ?? {};
		const pair = [p.adm0_a3_l, p.adm0_a3_r].sort().join('-');
		const cla = String(p.featurecla ?? '');
		if (pair === 'RUS-UKR' && cla.startsWith('Disputed')) {
			droppedCrimeaLine = true;
			continue;
		}
		const kind = cla.startsWith('International') ? 'international' : 'other';
		const ukraine = p.adm0_a3_l === 'UKR' || p.adm0_a3_r === 'UKR';
		kept.push({ type: 'Feature', properties: { kind, ukraine }, geometry: feature.geometry });
	}
	if (!droppedCrimeaLine) {
		throw new GeodataError(file, 'expected the disputed Russia–Ukraine line across Perekop');
	}
	return kept;
}

/** Natural Earth romanisations of oblast names that differ from current English usage. */
const OBLAST_NAMES: Readonly<Record<string, string>> = {
	'UA-30': 'Kyiv',
	'UA-32': 'Kyiv Oblast',
	'UA-40': 'Sevastopol',
	'UA-43': 'Crimea',
	'UA-51': 'Odesa Oblast'
};

/** The source's Ukrainian names that the map shortens as the English does. */
const OBLAST_NAMES_UK: Readonly<Record<string, string>> = { 'UA-43': 'Крим' };

/**
 * Ukraine's 27 first-level units, with an English and a Ukrainian name (the source's, as the
 * Ukrainian edition labels them) and a label point inside each.
 */
export function buildOblasts(
	oblasts: FeatureCollection,
	file: string
): Feature<Polygonal, Props>[] {
	const features = polygonal(oblasts);
	if (features.length !== 27) {
		throw new GeodataError(
			file,
			`expected Ukraine's 27 first-level units, found ${features.length}`
		);
	}
	return features
		.map((feature) => {
			const p = feature.properties ?? {};
			const id = String(p.iso_3166_2);
			if (!/^UA-\d\d$/.test(id)) throw new GeodataError(file, `unexpected unit code ${id}`);
			const name = OBLAST_NAMES[id] ?? `${String(p.name_en)} Oblast`;
			const nameUk = OBLAST_NAMES_UK[id] ?? String(p.name_uk ?? '');
			if (!nameUk) throw new GeodataError(file, `${id} has no Ukrainian name (name_uk)`);
			return {
				type: 'Feature' as const,
				properties: { id, name, name_uk: nameUk },
				geometry: feature.geometry
			};
		})
		.sort((a, b) => a.properties.id.localeCompare(b.properties.id));
}

/** A point well inside each polygon (pole of inaccessibility), for labels that never sit in a hole. */
export function labelPoints(features: Feature<Polygonal, Props>[]): Feature<Point, Props>[] {
	return features.map((feature) => ({
		type: 'Feature',
		properties: { ...feature.properties },
		geometry: { type: 'Point', coordinates: roundPosition(poleOf(feature.geometry)) }
	}));
}

function poleOf(geometry: Polygonal): [number, number] {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	const largest = polygons.reduce((best, polygon) =>
		ringArea(polygon[0]) > ringArea(best[0]) ? polygon : best
	);
	const [x, y] = polylabel(largest as [number, number][][], 0.01);
	return [x, y];
}

function ringArea(ring: number[][]): number {
	let sum = 0;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		sum += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
	}
	return Math.abs(sum / 2);
}

/**
 * Areas Russia or its proxies held before 24 February 2022: Crimea and Sevastopol from the oblast
 * layer (so they are drawn as Ukrainian units under occupation, not as Russia), and Natural
 * Earth's generalised outline of the Donbas areas held by Russia's proxies since 2014.
 */
export function buildOccupiedSince2014(
	oblasts: Feature<Polygonal, Props>[],
	disputed: FeatureCollection,
	file: string
): Feature<Polygonal, Props>[] {
	const crimea = oblasts.filter((f) => f.properties.id === 'UA-43' || f.properties.id === 'UA-40');
	if (crimea.length !== 2)
		throw new GeodataError(file, 'Crimea (UA-43) or Sevastopol (UA-40) is missing');
	const donbas = polygonal(disputed).find((f) => f.properties?.BRK_NAME === 'Donbass');
	if (!donbas) throw new GeodataError(file, 'the "Donbass" disputed area is missing');
	return [
		...crimea.map((f) => ({
			type: 'Feature' as const,
			properties: {
				id: f.properties.id,
				name: f.properties.name,
				since: 2014,
				note: OCCUPIED_SINCE_2014_NOTE
			},
			geometry: f.geometry
		})),
		{
			type: 'Feature',
			properties: {
				id: 'donbas-2014',
				name: 'Parts of Donetsk and Luhansk oblasts',
				since: 2014,
				note: 'Held by Russia-backed forces since 2014 (Natural Earth’s generalised outline)'
			},
			geometry: donbas.geometry
		}
	];
}

/** Curated city labels; a curated city missing from the source is an error, not a silent gap. */
export function selectPlaces(
	places: FeatureCollection,
	choices: readonly PlaceChoice[],
	file: string
): Feature<Point, Props>[] {
	const byName = new Map<string, Feature<Point, Props>>();
	for (const feature of places.features) {
		if (feature.geometry?.type !== 'Point') continue;
		const name = String(feature.properties?.NAME ?? '');
		const previous = byName.get(name);
		// Natural Earth has a few duplicate names; the larger place is the one meant.
		if (!previous || pop(feature) > pop(previous))
			byName.set(name, feature as Feature<Point, Props>);
	}
	return choices.map((choice) => {
		const source = byName.get(choice.source);
		if (!source) throw new GeodataError(file, `no populated place named "${choice.source}"`);
		return {
			type: 'Feature',
			properties: {
				name: choice.name,
				name_uk: choice.uk,
				rank: choice.rank,
				country: choice.country,
				capital: choice.capital === true
			},
			geometry: { type: 'Point', coordinates: roundPosition(source.geometry.coordinates) }
		};
	});
}

function pop(feature: Feature): number {
	return Number(feature.properties?.POP_MAX ?? 0);
}

export function areaLabels(labels: readonly AreaLabel[]): Feature<Point, Props>[] {
	return labels.map((label) => ({
		type: 'Feature',
		properties: { name: label.name, name_uk: label.uk, kind: label.kind, rank: label.rank },
		geometry: { type: 'Point', coordinates: [...label.lonLat] }
	}));
}

/**
 * Major rivers from the main layer (by rank) and the named rivers of the European supplement.
 * Names are normalised so that one river has one name across both layers.
 */
export function selectRivers(
	main: FeatureCollection,
	europe: FeatureCollection,
	options: {
		maxScalerank: number;
		names: Readonly<Record<string, string>>;
		/** Ukrainian names of the labelled rivers, by English name. */
		namesUk: Readonly<Record<string, string>>;
		labelled: readonly string[];
	}
): Feature<Linear, Props>[] {
	const pick = (feature: Feature<Linear>, minzoom: number): Feature<Linear, Props> => {
		const sourceName = String(feature.properties?.name ?? '');
		const name = options.names[sourceName] ?? '';
		const labelled = options.labelled.includes(name);
		// Only a labelled river's name is drawn: only it needs the Ukrainian one.
		const nameUk = labelled ? { name_uk: options.namesUk[name] ?? name } : {};
		return {
			type: 'Feature',
			properties: { name, ...nameUk, labelled, minzoom },
			geometry: feature.geometry
		};
	};
	const fromMain = linear(main)
		.filter((f) => Number(f.properties?.scalerank) <= options.maxScalerank)
		.map((f) => pick(f, Number(f.properties?.scalerank) <= 6 ? 0 : 4));
	const fromEurope = linear(europe)
		.filter((f) => String(f.properties?.name ?? '') in options.names)
		.map((f) => pick(f, 5));
	return [...fromMain, ...fromEurope];
}

/** Lakes and reservoirs: the named ones of the main layer, and larger ones of the supplement. */
export function selectLakes(
	main: FeatureCollection,
	europe: FeatureCollection
): Feature<Polygonal, Props>[] {
	const strip = (feature: Feature<Polygonal>): Feature<Polygonal, Props> => ({
		type: 'Feature',
		properties: { name: feature.properties?.name ?? null },
		geometry: feature.geometry
	});
	return [
		...polygonal(main).map(strip),
		...polygonal(europe)
			.filter((f) => Number(f.properties?.scalerank) <= 10)
			.map(strip)
	];
}

function polygonal(collection: FeatureCollection): Feature<Polygonal>[] {
	return collection.features.filter(
		(f): f is Feature<Polygonal> =>
			f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon'
	);
}

function linear(collection: FeatureCollection): Feature<Linear>[] {
	return collection.features.filter(
		(f): f is Feature<Linear> =>
			f.geometry?.type === 'LineString' || f.geometry?.type === 'MultiLineString'
	);
}

/** Five decimals (about 1 m) is finer than the 1:10m sources and keeps the output stable. */
export function roundPosition(position: number[]): [number, number] {
	return [Math.round(position[0] * 1e5) / 1e5, Math.round(position[1] * 1e5) / 1e5];
}
