/** Types for snowball-stemmers (a JS build of the Snowball stemmers), which ships none. */
declare module 'snowball-stemmers' {
	interface Stemmer {
		/** The stem of a lower-case word. */
		stem(word: string): string;
	}
	const snowball: {
		newStemmer(algorithm: string): Stemmer;
		algorithms(): string[];
	};
	export default snowball;
}
