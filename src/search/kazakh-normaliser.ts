import { cyrillicLookalikes } from '../utils/lookalikes';

/**
 * One Kazakh normaliser for the search index and the search box (issue 15): a word is folded (lower
 * case, Latin look-alikes made Cyrillic, the Kazakh letters a Russian keyboard lacks typed as their
 * nearest Russian ones) and then stemmed (plural, possessive and case endings stripped), so that
 * «Қазақстандағы», «казакстандагы» and «ҚАЗАҚСТАН» meet at «казакстан».
 *
 * Stemming works on the folded word, so that a query typed on a Russian keyboard stems like one typed
 * in Kazakh. A strip is accepted only when what remains is a word the site's own text has
 * (`isWord`, over folded words), so it never strips into a word that does not exist
 * («қазақстан» does not lose «-тан» to become «қазақс»). Where a stem's last consonant voices before a
 * vowel (құқық → құқығы, кітап → кітабы, жүрек → жүрегі), the voiceless form is tried too.
 */

/** Kazakh letters missing from a Russian keyboard, as Russian-keyboard users type them. */
const RUSSIAN_KEYBOARD: Record<string, string> = { ә: 'а', ғ: 'г', қ: 'к', ң: 'н', ө: 'о', ұ: 'у', ү: 'у', һ: 'х', і: 'и', ё: 'е' };

/** A word folded for comparison: lower case, look-alikes fixed, Kazakh letters folded (Қазақстан → казакстан). */
export function fold(word: string): string {
	return cyrillicLookalikes(word)
		.toLocaleLowerCase('kk')
		.replace(/[әғқңөұүһіё]/g, (ch) => RUSSIAN_KEYBOARD[ch]!)
		.replaceAll('\u2011', '-');
}

// Endings in Kazakh spelling, folded once below. Longest first within a slot, so that "-ның" is
// tried before "-ың". A final -а/-е (dative after a 1st/2nd person possessive) is left out: too many
// stems end in a vowel.
const CASE_ENDINGS = [
	'ндағы', 'ндегі', 'дағы', 'дегі', 'тағы', 'тегі', // attributive locative
	'менен', 'бенен', 'пенен', 'мен', 'бен', 'пен', // instrumental
	'нан', 'нен', 'дан', 'ден', 'тан', 'тен', // ablative
	'нда', 'нде', 'да', 'де', 'та', 'те', // locative
	'ның', 'нің', 'дың', 'дің', 'тың', 'тің', // genitive
	'ға', 'ге', 'қа', 'ке', 'на', 'не', // dative
	'ны', 'ні', 'ды', 'ді', 'ты', 'ті', 'н', // accusative
];
// The one-letter -м, -ң (1st and 2nd person after a vowel) are left out: next to never in these texts,
// and they would read «көші-қон» as «көші-қо» + -ң.
const POSSESSIVE_ENDINGS = ['ыңыз', 'іңіз', 'ыңдар', 'іңдер', 'ымыз', 'іміз', 'ңыз', 'ңіз', 'ңдар', 'ңдер', 'мыз', 'міз', 'сы', 'сі', 'ым', 'ім', 'ың', 'ің', 'ы', 'і'];
const PLURAL_ENDINGS = ['лар', 'лер', 'дар', 'дер', 'тар', 'тер'];

const folded = (endings: string[]) => [...new Set(endings.map(fold))].sort((a, b) => b.length - a.length);
const SLOTS = [folded(CASE_ENDINGS), folded(POSSESSIVE_ENDINGS), folded(PLURAL_ENDINGS)];

/** A stem keeps at least three letters, but for the two-letter noun stems the texts inflect (folded). */
const MIN_STEM = 3;
const SHORT_STEMS = new Set(['ел', 'уй', 'ис', 'су', 'ай', 'ру']);
const VOWEL_END = /[аеиоуыэюя]$/;

/**
 * Whether `stem` may be left when `ending` is stripped: long enough; a one-letter possessive -ы/-і only
 * after a consonant (after a vowel it is -сы/-сі); the accusative -н only after the possessive -ы/-і
 * (оралмандарын), never after another vowel.
 */
function canStrip(stem: string, ending: string): boolean {
	if (stem.length < MIN_STEM && !SHORT_STEMS.has(stem)) return false;
	if (ending.length > 1) return true;
	// A final у after a vowel is a consonant (бақылау-ы, болу-ы).
	return VOWEL_END.test(ending) ? !/[аеиоыэюя]$/.test(stem) : /[ыи]$/.test(stem);
}

/**
 * Every way to read a folded word as stem + plural? + possessive? + case?, the stems longest first
 * (the word itself first). Voiced final consonants are also offered unvoiced (г→к, б→п).
 */
export function stemCandidates(word: string): string[] {
	const found = new Set<string>([word]);
	const strip = (rest: string, slot: number) => {
		if (slot === SLOTS.length) return;
		strip(rest, slot + 1);
		for (const ending of SLOTS[slot]!) {
			if (rest.length > ending.length && rest.endsWith(ending) && canStrip(rest.slice(0, -ending.length), ending)) {
				const stem = rest.slice(0, -ending.length);
				found.add(stem);
				// A stem-final п/к/қ voices between vowels: кітабы, жүрегі, құқығы (folded: г, б).
				if (/[гб]$/.test(stem)) found.add(stem.slice(0, -1) + (stem.endsWith('г') ? 'к' : 'п'));
				strip(stem, slot + 1);
			}
		}
	};
	strip(word, 0);
	return [...found].sort((a, b) => b.length - a.length);
}

/**
 * A word's stem for the index and the query: the shortest reading of it as stem + endings whose stem
 * the site's text has as a word (`isWord`, over folded words); failing that, the shortest whose stem the
 * text attests otherwise (`isAttested`: see attestedStems); the folded word itself when there is none.
 */
export function stem(word: string, isWord: (foldedWord: string) => boolean, isAttested: (foldedWord: string) => boolean = () => false): string {
	const candidates = stemCandidates(fold(word));
	for (const test of [isWord, isAttested]) {
		for (let i = candidates.length - 1; i > 0; i--) {
			if (test(candidates[i]!)) return candidates[i]!;
		}
	}
	return candidates[0]!;
}

/**
 * A stem as an index token: without hyphens, so that a search engine that splits words at hyphens
 * counts the same words as a split at spaces (көші-қон → кошикон).
 */
export function indexToken(stem: string): string {
	return stem.replaceAll('-', '');
}

/**
 * Stems a vocabulary attests without having them as words, for `stem`'s `isAttested`: the stems that
 * two or more of its words can be read as (карточкасы, карточкалары → карточка, though the text never
 * has the bare «карточка»). `stem` tries them only when no reading is a word of the text: every form
 * of «босқын» can also be read as «боск» + -ын, which must not win over the word «босқын».
 */
export function attestedStems(vocabulary: Iterable<string>): (foldedWord: string) => boolean {
	const readings = new Map<string, number>();
	for (const word of new Set(vocabulary)) {
		for (const candidate of stemCandidates(word).slice(1)) readings.set(candidate, (readings.get(candidate) ?? 0) + 1);
	}
	return (candidate) => (readings.get(candidate) ?? 0) >= 2;
}

/**
 * A number printed in groups of three («1 797 431», any space or a comma between: «2,222,782») as one
 * word, as the texts also print it («1797431»): so the spellings find each other. Only a group of
 * exactly three digits joins the number before it («2019 1 000» is «2019 1000»; «2019 100» would join,
 * which no text has), and a decimal comma before one or two digits is left («2,63»).
 */
export function joinDigitGroups(text: string): string {
	return text.replace(/(\d)(?:[\s\u00a0\u202f]+|,)(?=\d{3}(?!\d))/g, '$1');
}

/** The words of a text, for the normaliser: letters and digits, hyphenated compounds as one word. */
export function words(text: string): string[] {
	return text.match(/[\p{L}\p{M}\d]+(?:[-\u2011][\p{L}\p{M}\d]+)*/gu) ?? [];
}
