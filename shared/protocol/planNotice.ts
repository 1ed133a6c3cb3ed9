/**
 * Something that happened to a plan which its document alone does not tell: a restore looks
 * like anyone's edit, so the people with the plan open are told who restored which version.
 * Sent by the server to the plan document's room; never written into the document.
 */
export type PlanNotice = { kind: 'versionRestored'; versionName: string; by: string | null };
