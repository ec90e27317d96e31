import type { DocumentData } from '../schemas/document';

/** Anchor of a legal act's history on its landing page (components/ActHistory.astro); notes link to it. */
export const ACT_HISTORY_ID = 'amendments';

export type Amendment = Extract<DocumentData, { kind: 'legal-act' }>['act']['amendments'][number];

/** The amendment No. `number` of a document's act; fails the build, saying `where`, when it is not recorded. */
export function findAmendment(doc: DocumentData | undefined, number: string, where: string): Amendment {
	const found = doc?.kind === 'legal-act' ? doc.act.amendments.find((a) => a.number === number) : undefined;
	if (!found) throw new Error(`${where}: no amendment No. ${number} in src/content/documents/${doc?.slug}.yaml (act.amendments)`);
	return found;
}
