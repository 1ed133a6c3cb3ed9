/** Where each page of a plan lives; ids are escaped once, here. */
export const planPath = (planId: string) => `/plans/${encodeURIComponent(planId)}`;
export const peoplePath = (planId: string) => `${planPath(planId)}/people`;
export const auditPath = (planId: string) => `${planPath(planId)}/audit`;
export const workshopsPath = (planId: string) => `${planPath(planId)}/workshops`;
