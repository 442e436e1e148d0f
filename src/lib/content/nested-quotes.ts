/**
 * Quotation marks inside a quotation. A quote or a title that itself holds quoted words (the
 * Foreign Affairs article quoting Zelensky, a headline quoting Rubio) keeps its words as said, but
 * once the page puts its own marks around it the inner marks must be the nested kind, or the reader
 * sees “”normal…”” and cannot tell where a quotation starts: ‘…’ inside “…” in English, „…“
 * inside «…» in Ukrainian and Russian. Only matched pairs change, in one pass (a pair made here is
 * never read again); an apostrophe (’) and a lone mark stay as they are.
 */
export type QuoteStyle = 'en' | 'uk' | 'ru';

/** A pair of curly marks, of straight ones, or of guillemets. */
const PAIR = /“([^“”«»„"]*)”|"([^"“”]*)"|«([^«»]*)»/g;

/** `text` as it reads inside the outer marks of `style` (the language of the surrounding marks). */
export function nestedQuotes(text: string, style: QuoteStyle): string {
	return text.replace(
		PAIR,
		(pair: string, curly?: string, straight?: string, guillemet?: string) => {
			if (style !== 'en') return `„${curly ?? straight ?? guillemet}“`;
			// Guillemets inside English marks are a Russian or Ukrainian quotation's own: left as they are.
			return guillemet === undefined ? `‘${curly ?? straight}’` : pair;
		}
	);
}

/** The marks a `<q>` draws in a language (the browser's own for it), or English where not known. */
export function quoteStyleOf(language: string | undefined): QuoteStyle {
	return language === 'uk' || language === 'ru' ? language : 'en';
}
