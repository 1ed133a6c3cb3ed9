import type { Storage } from '../storage/Storage';
import { InstrumentedStorage } from './InstrumentedStorage';

/**
 * Test-only: a whole Storage whose documents go through an InstrumentedStorage, so a test can
 * make document writes fail on demand (`docs.failNext.append = …`) under a real server
 * (`startMedverk(config, { storage })`). Everything else is the real storage.
 */
export function withInstrumentedDocs(real: Storage): {
  storage: Storage;
  docs: InstrumentedStorage;
} {
  const docs = new InstrumentedStorage(real.docs);
  const storage: Storage = {
    kind: real.kind,
    docs,
    plans: real.plans,
    accounts: real.accounts,
    invites: real.invites,
    members: real.members,
    audit: real.audit,
    versions: real.versions,
    workshops: real.workshops,
    associations: real.associations,
    agendaTemplates: real.agendaTemplates,
    joinCodes: real.joinCodes,
    editLog: real.editLog,
    readers: real.readers,
    pendingLogins: real.pendingLogins,
    locks: real.locks,
    publicPages: real.publicPages,
    knowledge: real.knowledge,
    goals: real.goals,
    consultations: real.consultations,
    inputs: real.inputs,
    files: real.files,
    blobs: real.blobs,
    close: () => real.close(),
  };
  return { storage, docs };
}
