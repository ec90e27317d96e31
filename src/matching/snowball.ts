import snowball from 'snowball-stemmers';

const russian = snowball.newStemmer('russian');
const english = snowball.newStemmer('english');

/**
 * A Russian word's stem for comparing word forms: Snowball's, with a fleeting е/о before the final
 * consonant dropped (беженец → беженц, as in беженцы, беженцев; отец → отц), which Snowball keeps.
 */
export function russianStem(word: string): string {
	const stem = russian.stem(word.toLowerCase().replaceAll('ё', 'е'));
	return stem.replace(/(?<=[бвгджзклмнпрстфхцчшщ])[ео](?=[кцнл]$)/u, '');
}

/** An English word's stem (Snowball's English, "Porter 2"): refugees → refuge, migration → migrat. */
export function englishStem(word: string): string {
	return english.stem(word.toLowerCase().replaceAll('’', "'"));
}
