/**
 * Latin letters that PDF extractions of Kazakh texts put inside Cyrillic words (`iске` for `іске`,
 * `Yкімет` for `Үкімет`), each with the Cyrillic letter it stands for.
 */
export const LOOKALIKES: Record<string, string> = {
	a: 'а', c: 'с', e: 'е', i: 'і', o: 'о', p: 'р', x: 'х', y: 'у', k: 'к', h: 'һ',
	A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', I: 'І', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х', Y: 'Ү',
};

export const CYRILLIC = /[\u0400-\u04FF]/;

/** A word with Cyrillic letters gets its Latin look-alikes back as Cyrillic; other words stay as they are. */
export function cyrillicLookalikes(word: string): string {
	if (!CYRILLIC.test(word) || !/[A-Za-z]/.test(word)) return word;
	return word.replace(/[A-Za-z]/g, (ch) => LOOKALIKES[ch] ?? ch);
}
