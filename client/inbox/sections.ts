import type { PlanSection } from '../../shared/api/sections';

export { excerpt, SECTION_TEXT_MAX as EXCERPT_MAX } from '../../shared/inputs/planSections';

/** A part of the plan input can be about, or that it changed, as a picker offers it. */
export type SectionOption = PlanSection;
