/**
 * Quotation marks inside a quotation. A quote or a title that itself holds quoted words (the
 * Foreign Affairs article quoting Zelensky, a headline quoting Rubio) keeps its words as said, but
 * once the page puts its own marks around it the inner marks must be the nested kind, or the reader
 * sees “”normal…”” and cannot tell where a quotation starts: ‘…’ inside “…” in English, „…“
 * inside «…» in Ukrainian and Russian. Only matched pairs change; a lone mark, an apostrophe (’)
 * and marks already nested stay as they are.
 */
export type QuoteStyle = 'en' | 'uk' | 'ru';

const ENGLISH_PAIR = /“([^“”«»„]*)”/g;
const GUILLEMET_PAIR = /«([^«»]*)»/g;

/** `text` as it reads inside the outer marks of `style` (the language of the surrounding marks). */
export function nestedQuotes(text: string, style: QuoteStyle): string {
	if (style === 'en') return text.replace(ENGLISH_PAIR, '‘$1’');
	return text.replace(GUILLEMET_PAIR, '„$1“').replace(ENGLISH_PAIR, '„$1“');
}

/** The marks a `<q>` draws in a language (the browser's own for it), or English where not known. */
export function quoteStyleOf(language: string | undefined): QuoteStyle {
	return language === 'uk' || language === 'ru' ? language : 'en';
}
