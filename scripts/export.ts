import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../server/config';
import { openStorage } from '../server/storage/openStorage';
import { EXPORT_FORMATS, exportPlan, type ExportFormat } from '../server/export/exportPlan';
import { readPlanDoc } from '../server/export/readPlanDoc';
import { planGoals } from '../server/export/planGoals';
import { planContributors } from '../server/export/planContributors';
import { loadPlanLogo } from '../server/export/planLogo';
import { snapshotOfState } from '../server/versions/planVersions';
import { planSnapshot } from '../shared/plan/snapshot';

/**
 * Exports a plan from the server's database (DATA_DIR) without going through HTTP:
 *   npm run export -- --list
 *   npm run export -- --plan <id> --format docx --out plan.docx [--version <id>] [--lang nb|nn|en]
 */
const USAGE = `usage:
  npm run export -- --list
  npm run export -- --plan <id> --format ${EXPORT_FORMATS.join('|')} --out <file> [--version <id>] [--lang nb|nn|en]`;

function isFormat(value: string | undefined): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value ?? '');
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      list: { type: 'boolean', default: false },
      plan: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      version: { type: 'string' },
      // The labels' language; absent, the plan's own (issue #15).
      lang: { type: 'string' },
    },
  });
  const storage = await openStorage(loadConfig());
  try {
    if (values.list) {
      for (const plan of await storage.plans.listPlans()) console.log(`${plan.id}\t${plan.title}`);
      return 0;
    }
    const asked = values.lang;
    if (!values.plan || !values.out || !isFormat(values.format) || (asked !== undefined && asked !== 'nb' && asked !== 'nn' && asked !== 'en')) {
      console.error(USAGE);
      return 2;
    }
    const plan = await storage.plans.getPlan(values.plan);
    if (!plan) {
      console.error(`export: no plan ${values.plan} (see --list)`);
      return 1;
    }
    const lang = asked ?? plan.contentLanguage;
    const version = values.version ? await storage.versions.getVersion(values.version) : null;
    if (values.version && (!version || version.planId !== plan.id)) {
      console.error(`export: no version ${values.version} of this plan`);
      return 1;
    }
    let snapshot;
    if (version) {
      snapshot = snapshotOfState(version.state);
    } else {
      const doc = await readPlanDoc(storage.docs, plan.id);
      snapshot = planSnapshot(doc);
      doc.destroy();
    }
    const history = await storage.versions.listVersions(plan.id);
    const contributors = await planContributors(storage, plan.id);
    const goals = await planGoals(storage, plan.id);
    // The municipality's logo on the title page, as the HTTP export route gives it (DOCX and PDF only).
    const logo = values.format === 'docx' || values.format === 'pdf' ? await loadPlanLogo(storage, plan.id) : null;
    const file = await exportPlan({ plan, snapshot, version, history, contributors, goals, format: values.format, locale: lang, logo });
    writeFileSync(values.out, file.body);
    console.log(`wrote ${values.out} (${file.body.byteLength} bytes)`);
    return 0;
  } finally {
    await storage.close();
  }
}

process.exitCode = await main();
