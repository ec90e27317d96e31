/**
 * Kazakh noun inflection, for recognising a word as a form of a known lemma: "оралмандардың" is
 * "оралман" + plural + genitive; "көші-қоншылар" is not a form of "көші-қон" (-шы makes a new word).
 * A word is accepted only when what follows the lemma parses as the endings a noun takes, in order —
 * plural, possessive, then case (or the attributive -дағы) — all in the lemma's vowel harmony. The
 * rule set is the one in ../shared/reference/kazakh-morphology.md, tested on the sources' own words
 * (tests/unit/kazakh-inflection.test.ts). Dependency-free: the browser's search may use it too.
 *
 * Deliberately not modelled: which allomorph follows which consonant (-лар after vowels, -дар after
 * л м н…): accepting any allomorph of the right harmony costs no precision on the documents' words,
 * and loanwords and abbreviations bend those rules anyway; the vowel loss of a few native stems
 * (орын → орны); derivation (-шы, -лық, -лау), whose words are other terms.
 */

const BACK_VOWELS = 'аоұыяё';
const FRONT_VOWELS = 'әеөүіэ';
/** Vowels that do not settle harmony: и and у are read either way (Russian loans: "миграция", "институт"). */
const VOWELS = `${BACK_VOWELS}${FRONT_VOWELS}иуюe`;

type Harmony = 'back' | 'front';

/** The endings of each slot, back- and front-vowel variants. */
const ENDINGS: Record<'plural' | 'possessive' | 'case', Record<Harmony, string[]>> = {
	plural: { back: ['лар', 'дар', 'тар'], front: ['лер', 'дер', 'тер'] },
	possessive: {
		back: ['ым', 'м', 'ың', 'ң', 'ыңыз', 'ңыз', 'ы', 'сы', 'ымыз', 'мыз', 'ыңдар', 'ңдар'],
		front: ['ім', 'м', 'ің', 'ң', 'іңіз', 'ңіз', 'і', 'сі', 'іміз', 'міз', 'іңдер', 'ңдер'],
	},
	case: {
		// genitive, dative, accusative, locative, ablative, instrumental; then the attributive -дағы.
		back: ['ның', 'дың', 'тың', 'ға', 'қа', 'на', 'а', 'ны', 'ды', 'ты', 'н', 'да', 'та', 'нда', 'дан', 'тан', 'нан', 'мен', 'бен', 'пен', 'дағы', 'тағы', 'ндағы'],
		front: ['нің', 'дің', 'тің', 'ге', 'ке', 'не', 'е', 'ні', 'ді', 'ті', 'н', 'де', 'те', 'нде', 'ден', 'тен', 'нен', 'мен', 'бен', 'пен', 'дегі', 'тегі', 'ндегі'],
	},
};

/** The harmonies a stem allows, from its last vowel: one, or both when the vowel does not settle it. */
export function harmoniesOf(stem: string): Harmony[] {
	for (let i = stem.length - 1; i >= 0; i--) {
		const letter = stem[i]!;
		if (BACK_VOWELS.includes(letter)) return ['back'];
		if (FRONT_VOWELS.includes(letter)) return ['front'];
		if (VOWELS.includes(letter)) return ['back', 'front'];
	}
	// An abbreviation without vowels (ТМД, ІІМ is read by its letters' names): either.
	return ['back', 'front'];
}

/** Whether `rest` is a chain of endings (plural? possessive? case?) in one harmony; the empty chain too. */
export function isEndingChain(rest: string, harmonies: Harmony[]): boolean {
	if (rest === '') return true;
	return harmonies.some((harmony) => {
		const slots = [ENDINGS.plural[harmony], ENDINGS.possessive[harmony], ENDINGS.case[harmony]];
		const parse = (from: number, slot: number): boolean => {
			if (from === rest.length) return true;
			for (let s = slot; s < slots.length; s++) {
				for (const ending of slots[s]!) if (rest.startsWith(ending, from) && parse(from + ending.length, s + 1)) return true;
			}
			return false;
		};
		return parse(0, 0);
	});
}

/**
 * A lemma that ends in the 3rd-person possessive (the head of a compound: шығу елі, еңбек мигранты)
 * takes the plural before it: шығу елдері, елдерінен; еңбек мигранттарының.
 */
function isPluralOfPossessive(word: string, lemma: string): boolean {
	const possessive = /(?:сы|сі|ы|і)$/.exec(lemma)?.[0];
	if (!possessive) return false;
	const stem = lemma.slice(0, -possessive.length);
	if (stem.length < 2 || !word.startsWith(stem)) return false;
	const harmonies = harmoniesOf(stem);
	const rest = word.slice(stem.length);
	return harmonies.some((harmony) =>
		ENDINGS.plural[harmony].some((plural) => {
			const third = harmony === 'back' ? 'ы' : 'і';
			const afterPlural = rest.startsWith(plural + third) ? rest.slice(plural.length + 1) : undefined;
			return afterPlural !== undefined && (afterPlural === '' || ENDINGS.case[harmony].includes(afterPlural));
		}),
	);
}

/** A stem-final voiceless consonant voices before a vowel: кітап → кітабы, жүрек → жүрегі, құқық → құқығы. */
const VOICED: Record<string, string> = { п: 'б', к: 'г', қ: 'ғ' };

/**
 * Whether `word` is a form of the noun `lemma` (both compared in lower case): the lemma itself, or the
 * lemma followed by a chain of endings in its harmony, with the stem-final п/к/қ voiced before an
 * ending that starts with a vowel.
 */
export function isKazakhInflection(word: string, lemma: string): boolean {
	const w = word.toLowerCase();
	const l = lemma.toLowerCase();
	const harmonies = harmoniesOf(l);
	if (w.startsWith(l) && isEndingChain(w.slice(l.length), harmonies)) return true;
	if (isPluralOfPossessive(w, l)) return true;
	const voiced = VOICED[l.at(-1) ?? ''];
	if (!voiced) return false;
	const stem = l.slice(0, -1) + voiced;
	const rest = w.slice(stem.length);
	return w.startsWith(stem) && VOWELS.includes(rest[0] ?? '') && isEndingChain(rest, harmonies);
}
