import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { FileStore, Storage } from '../Storage';
import { migrate } from './migrations';
import { run } from './run';
import { SqliteDocs } from './SqliteDocs';
import { SqlitePlans } from './SqlitePlans';
import { SqliteAccounts } from './SqliteAccounts';
import { SqliteInvites } from './SqliteInvites';
import { SqliteMembers } from './SqliteMembers';
import { SqliteAudit } from './SqliteAudit';
import { SqliteVersions } from './SqliteVersions';
import { SqliteWorkshops } from './SqliteWorkshops';
import { SqliteAssociations } from './SqliteAssociations';
import { SqliteAgendaTemplates } from './SqliteAgendaTemplates';
import { SqliteJoinCodes } from './SqliteJoinCodes';
import { SqliteEditLog } from './SqliteEditLog';
import { SqliteReaders } from './SqliteReaders';
import { SqlitePendingLogins } from './SqlitePendingLogins';
import { SqlitePublicPages } from './SqlitePublicPages';
import { SqliteKnowledge } from './SqliteKnowledge';
import { SqliteGoals } from './SqliteGoals';
import { SqliteConsultations } from './SqliteConsultations';
import { SqliteInputs } from './SqliteInputs';
import { SqliteFiles } from './SqliteFiles';
import { ProcessLocks } from '../ProcessLocks';
import { DiskFileStore } from '../../files/DiskFileStore';
import { MemoryFileStore } from '../../files/MemoryFileStore';

export interface SqliteOptions {
  file: string;
  /**
   * NORMAL in WAL mode: a commit survives a killed process (what an ack promises against a
   * crash of the server); FULL also survives power loss at the cost of an fsync per batch.
   */
  synchronous: 'normal' | 'full';
}

/** The embedded default: one file, one writer connection, WAL. */
export class SqliteStorage implements Storage {
  readonly kind = 'sqlite' as const;
  readonly docs: SqliteDocs;
  readonly plans: SqlitePlans;
  readonly accounts: SqliteAccounts;
  readonly invites: SqliteInvites;
  readonly members: SqliteMembers;
  readonly audit: SqliteAudit;
  readonly versions: SqliteVersions;
  readonly workshops: SqliteWorkshops;
  readonly associations: SqliteAssociations;
  readonly agendaTemplates: SqliteAgendaTemplates;
  readonly joinCodes: SqliteJoinCodes;
  readonly editLog: SqliteEditLog;
  readonly readers: SqliteReaders;
  readonly pendingLogins: SqlitePendingLogins;
  readonly locks = new ProcessLocks();
  readonly publicPages: SqlitePublicPages;
  readonly knowledge: SqliteKnowledge;
  readonly goals: SqliteGoals;
  readonly consultations: SqliteConsultations;
  readonly inputs: SqliteInputs;
  readonly files: SqliteFiles;
  /** Uploaded files' bytes in `files/` beside the database file (in memory with it). */
  readonly blobs: FileStore;
  private readonly db: Database.Database;

  constructor(options: SqliteOptions) {
    if (options.file !== ':memory:') mkdirSync(dirname(options.file), { recursive: true });
    this.db = new Database(options.file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma(`synchronous = ${options.synchronous.toUpperCase()}`);
    this.db.pragma('foreign_keys = ON');
    migrate(this.db);
    this.docs = new SqliteDocs(this.db);
    this.plans = new SqlitePlans(this.db, this.docs);
    this.accounts = new SqliteAccounts(this.db);
    this.invites = new SqliteInvites(this.db);
    this.members = new SqliteMembers(this.db);
    this.audit = new SqliteAudit(this.db);
    this.versions = new SqliteVersions(this.db);
    this.workshops = new SqliteWorkshops(this.db);
    this.associations = new SqliteAssociations(this.db);
    this.agendaTemplates = new SqliteAgendaTemplates(this.db);
    this.joinCodes = new SqliteJoinCodes(this.db);
    this.editLog = new SqliteEditLog(this.db);
    this.readers = new SqliteReaders(this.db);
    this.pendingLogins = new SqlitePendingLogins(this.db);
    this.publicPages = new SqlitePublicPages(this.db);
    this.knowledge = new SqliteKnowledge(this.db);
    this.goals = new SqliteGoals(this.db);
    this.consultations = new SqliteConsultations(this.db);
    this.inputs = new SqliteInputs(this.db);
    this.files = new SqliteFiles(this.db);
    this.blobs =
      options.file === ':memory:'
        ? new MemoryFileStore()
        : new DiskFileStore(join(dirname(options.file), 'files'));
  }

  close(): Promise<void> {
    return run(() => void (this.db.open && this.db.close()));
  }
}
