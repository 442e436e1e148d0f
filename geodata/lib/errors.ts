/** A problem with one input file of the geodata pipeline. The message always names the file. */
export class GeodataError extends Error {
	readonly file: string;
	readonly problem: string;

	constructor(file: string, problem: string) {
		super(`${file}: ${problem}`);
		this.name = 'GeodataError';
		this.file = file;
		this.problem = problem;
	}
}
