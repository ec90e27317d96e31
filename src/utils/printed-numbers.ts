/**
 * Numbers as the sources print them: "2 222 782", "2,222,782", "9100,0", "67.69", "-52", "15.50%".
 * Pure functions shared by the dataset model, the provenance check and the tests.
 */

export interface PrintedNumber {
	/** The value; `null` for a printed dash meaning "none" ("-", "–"). */
	value: number | null;
	/** Digits after the decimal separator as printed (kept when the site reformats the number). */
	decimals: number;
	/** A percentage sign follows the number. */
	percent: boolean;
}

const DASH = /^[-–—]$/;
const MINUS = /^[-−–]/;

/**
 * Parses a number as printed, or returns undefined when the text is not a number.
 * Thousands may be grouped by spaces (any kind) or, when the decimal separator is ".", by commas.
 */
export function parsePrinted(printed: string, decimalSeparator: ',' | '.'): PrintedNumber | undefined {
	const text = printed.trim();
	if (DASH.test(text)) return { value: null, decimals: 0, percent: false };
	const percent = text.endsWith('%');
	let body = (percent ? text.slice(0, -1) : text).trim();
	const negative = MINUS.test(body);
	if (negative) body = body.slice(1).trim();
	const parts = body.split(decimalSeparator);
	if (parts.length > 2) return undefined;
	const [integer, fraction] = parts as [string, string | undefined];
	if (fraction !== undefined && !/^\d+$/.test(fraction)) return undefined;
	// Thousands are grouped by spaces (any kind) or, when the decimal separator is ".", by commas.
	const groups = integer.split(decimalSeparator === '.' ? /[\s,]/ : /\s+/);
	const grouped = groups.length === 1 ? /^\d+$/.test(integer) : /^\d{1,3}$/.test(groups[0]!) && groups.slice(1).every((g) => /^\d{3}$/.test(g));
	if (!grouped) return undefined;
	const decimals = fraction?.length ?? 0;
	const value = Number(`${groups.join('')}${fraction ? `.${fraction}` : ''}`);
	return { value: negative ? -value : value, decimals, percent };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Where `printed` occurs in `text` as a whole number: not glued to further digits, and with any run
 * of whitespace in `printed` matching any run of whitespace in the text (a number wrapped over two
 * lines, "5990,10" + "6", is written "5990,10 6"). Returns the index, or -1.
 */
export function findPrinted(printed: string, text: string): number {
	const body = printed
		.trim()
		.split(/\s+/)
		.map((part) => escapeRegExp(part).replace(/^-|^−|^–/, '[-−–]'))
		.join('\\s+');
	const pattern = new RegExp(`(?<![\\d.,])${body}(?![\\d]|[.,]\\d)`, 'u');
	return pattern.exec(text)?.index ?? -1;
}
