/** Where each page of a plan lives; ids are escaped once, here. */
export const planPath = (planId: string) => `/plans/${encodeURIComponent(planId)}`;
export const peoplePath = (planId: string) => `${planPath(planId)}/people`;
export const auditPath = (planId: string) => `${planPath(planId)}/audit`;
export const workshopsPath = (planId: string) => `${planPath(planId)}/workshops`;
export const versionsPath = (planId: string) => `${planPath(planId)}/versions`;
export const versionPath = (planId: string, versionId: string) =>
  `${versionsPath(planId)}/${encodeURIComponent(versionId)}`;
/** `from` and `to` are version ids or `live` (the current draft). */
export const comparePath = (planId: string, from: string, to: string) =>
  `${planPath(planId)}/compare?${new URLSearchParams({ from, to }).toString()}`;
export const exportPath = (planId: string) => `${planPath(planId)}/export`;
export const workshopPath = (workshopId: string) => `/workshops/${encodeURIComponent(workshopId)}`;
export const leadWorkshopPath = (workshopId: string) => `${workshopPath(workshopId)}/lead`;
export const workshopResultsPath = (workshopId: string) => `${workshopPath(workshopId)}/results`;
/** The projector view: what the room sees on the wall. */
export const presentWorkshopPath = (workshopId: string) => `${workshopPath(workshopId)}/present`;
export const associationsPath = (planId: string) => `${planPath(planId)}/associations`;
/** The owner's public page settings, knowledge base, goals and consultations. */
export const publicSettingsPath = (planId: string) => `${planPath(planId)}/public`;
/** The input inbox (innspill). */
export const inboxPath = (planId: string) => `${planPath(planId)}/inputs`;
export const inputPath = (planId: string, inputId: string) =>
  `${inboxPath(planId)}/${encodeURIComponent(inputId)}`;
/** Registering input that came by e-mail, letter or from a workshop. */
export const registerInputPath = (planId: string) => `${inboxPath(planId)}/new`;
/** Finding, exporting and erasing one person's input (the owner's). */
export const personInputsPath = (planId: string) => `${inboxPath(planId)}/person`;
export const coveragePath = (planId: string) => `${planPath(planId)}/coverage`;
/** `/join`, or `/join/<code>` straight to the join form (the link and QR code of a join code). */
export const joinPath = (code?: string) => (code ? `/join/${encodeURIComponent(code)}` : '/join');
