import AmendmentNote from './AmendmentNote.astro';
import ActionPlan from './ActionPlan.astro';
import ApprovalStamp from './ApprovalStamp.astro';
import CitableHeading from './CitableHeading.astro';
import CitableParagraph from './CitableParagraph.astro';
import ContentLink from './ContentLink.astro';
import Dataset from './Dataset.astro';
import EditorialNote from './EditorialNote.astro';
import Equation from './Equation.astro';
import Figure from './Figure.astro';
import NumberedList from './NumberedList.astro';
import PartContents from './PartContents.astro';
import SectionSummary from './SectionSummary.astro';
import Sic from './Sic.astro';
import Signature from './Signature.astro';

/**
 * Components available to every content page without an import, and the overrides of the plain
 * Markdown elements that add ids, copy-links and translated UI labels. Passed as
 * <Content components={contentComponents} />.
 */
export const contentComponents = {
	ActionPlan,
	AmendmentNote,
	ApprovalStamp,
	Dataset,
	EditorialNote,
	Equation,
	Figure,
	NumberedList,
	PartContents,
	SectionSummary,
	Sic,
	Signature,
	h2: CitableHeading,
	h3: CitableHeading,
	h4: CitableHeading,
	h5: CitableHeading,
	h6: CitableHeading,
	p: CitableParagraph,
	a: ContentLink,
};
