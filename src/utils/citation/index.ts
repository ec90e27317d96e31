import { formatApa } from './apa';
import { formatBibtex } from './bibtex';
import { formatGost } from './gost';
import { formatRis } from './ris';
import type { CitationInput, FormattedCitation } from './types';

export type { CitationInput, FormattedCitation } from './types';
export { pinpointLabel } from './pinpoint';

/** The citation in every style the Cite panel offers. */
export interface Citations {
	gost: FormattedCitation;
	apa: FormattedCitation;
	bibtex: string;
	ris: string;
}

export function formatCitations(input: CitationInput): Citations {
	return { gost: formatGost(input), apa: formatApa(input), bibtex: formatBibtex(input), ris: formatRis(input) };
}
