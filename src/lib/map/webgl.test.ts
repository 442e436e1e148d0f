import { describe, expect, it } from 'vitest';
import { mayHaveWebGL2 } from './webgl';

describe('mayHaveWebGL2', () => {
	it('asks only whether the browser has the WebGL 2 interface', () => {
		expect(mayHaveWebGL2({})).toBe(false);
		expect(mayHaveWebGL2({ WebGL2RenderingContext: class {} })).toBe(true);
		expect(mayHaveWebGL2({ WebGL2RenderingContext: undefined })).toBe(false);
	});
});
