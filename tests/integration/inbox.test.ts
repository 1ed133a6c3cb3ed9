import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditListResponse } from '../../shared/api/audit';
import type {
  BulkInputResponse,
  ErasePersonResponse,
  InputItem,
  InputListResponse,
  InputResponse,
  PersonInputsResponse,
} from '../../shared/api/inputs';
import type { WorkshopResponse } from '../../shared/api/workshops';
import type { WatchInboxResult } from '../../shared/protocol';
import { FileLimits } from '../../shared/public/fileKinds';
import type { ClientSocket } from '../../client/sync/SyncConnection';
import {
  addSections,
  htmlNamedPdf,
  pdfBytes,
  pngBytes,
  postMultipart,
  type UploadPart,
} from '../support/publicSideFiles';
import { rawSocket } from '../support/syncClient';
import { waitFor } from '../support/waitFor';
import {
  addMember,
  api,
  createStaff,
  loginCookie,
  ownerWithPlan,
  startTestServer,
  type TestServer,
} from '../support/testServer';

let server: TestServer;
let owner: { cookie: string; planId: string; userId: string };
const cookies: Record<'editor' | 'observer' | 'facilitator' | 'participant', string> = {
  editor: '',
  observer: '',
  facilitator: '',
  participant: '',
};
let sections: Awaited<ReturnType<typeof addSections>>;
let workshopId: string;
const sockets: ClientSocket[] = [];

const SCRIPT = '<script>alert("innspill")</script><img src=x onerror=alert(2)>';
const base = () => `/api/plans/${owner.planId}/inputs`;
const as = (cookie: string | null) => api(server.url, cookie);

function register(
  fields: Record<string, string>,
  files: readonly UploadPart[] = [],
  cookie = owner.cookie,
  planId = owner.planId,
) {
  return postMultipart(server.url, cookie, `/api/plans/${planId}/inputs`, fields, files);
}

async function registered(
  fields: Record<string, string>,
  files: readonly UploadPart[] = [],
): Promise<InputItem> {
  const response = await register(fields, files);
  expect(response.status, await response.clone().text()).toBe(201);
  return ((await response.json()) as InputResponse).input;
}

async function list(query = '', cookie = owner.cookie): Promise<InputListResponse> {
  const response = await as(cookie)(`${base()}${query}`);
  expect(response.status).toBe(200);
  return (await response.json()) as InputListResponse;
}

async function patch(inputId: string, body: unknown, cookie = owner.cookie): Promise<Response> {
  return as(cookie)(`${base()}/${inputId}`, { method: 'PATCH', body });
}

async function errorCode(response: Response): Promise<string> {
  return ((await response.json()) as { error: { code: string } }).error.code;
}

async function setInboxRoles(inboxRoles: string[]): Promise<void> {
  const response = await as(owner.cookie)(`/api/plans/${owner.planId}/public`, {
    method: 'PATCH',
    body: { inboxRoles },
  });
  expect(response.status).toBe(200);
}

function watch(socket: ClientSocket, planId: unknown): Promise<WatchInboxResult> {
  return new Promise((resolve) => socket.emit('watchInbox', planId as string, resolve));
}

/** A socket that records every `inboxChanged` it receives. */
function watcher(cookie: string | null): { socket: ClientSocket; changes: string[][] } {
  const socket = rawSocket(server.url, cookie);
  sockets.push(socket);
  const changes: string[][] = [];
  socket.on('inboxChanged', (_planId, ids) => changes.push(ids));
  return { socket, changes };
}

beforeAll(async () => {
  server = await startTestServer({ seedDemo: false });
  owner = await ownerWithPlan(server, 'Temaplan for medborgerskap');
  for (const role of ['editor', 'observer', 'facilitator', 'participant'] as const) {
    const email = `${role}@asker.kommune.no`;
    const { id } = await createStaff(server, { email, name: role, password: 'riktig-passord-1' });
    await addMember(server, owner.planId, id, role);
    cookies[role] = await loginCookie(server.url, email, 'riktig-passord-1');
  }
  sections = await addSections(server, owner.planId);
  const workshop = await as(owner.cookie)(`/api/plans/${owner.planId}/workshops`, {
    method: 'POST',
    body: { title: 'Verksted om møteplasser', anonymous: true, facilitatorSeesAuthors: false },
  });
  workshopId = ((await workshop.json()) as WorkshopResponse).workshop.id;
});

afterAll(async () => {
  sockets.forEach((socket) => socket.close());
  await server.dispose();
});

describe('registering input by hand', () => {
  it('stores e-mails, letters and workshop results with their attachments, named by the plan as it is', async () => {
    const email = await registered(
      {
        channel: 'email',
        section: `st:${sections.strategies[1]}`,
        text: 'Vi trenger flere benker langs turveiene.',
        submitterKind: 'resident',
        name: 'Ola Nordmann',
        email: 'Ola.Nordmann@Example.NO',
      },
      [
        { field: 'files', name: 'bilde.png', bytes: pngBytes(), type: 'image/png' },
        { field: 'files', name: 'brev.pdf', bytes: pdfBytes() },
      ],
    );
    expect(email).toMatchObject({
      channel: 'email',
      sectionLabel: 'Strategi 1.2',
      email: 'ola.nordmann@example.no',
      name: 'Ola Nordmann',
      status: 'new',
      personalDataRemoved: false,
    });
    expect(email.reference).toMatch(new RegExp(`^INN-${new Date().getUTCFullYear()}-0001$`));
    expect(email.attachments.map((a) => [a.name, a.kind])).toEqual([
      ['bilde.png', 'png'],
      ['brev.pdf', 'pdf'],
    ]);

    const letterDate = Date.UTC(2025, 10, 3, 12);
    const letter = await registered({
      channel: 'letter',
      section: `fa:${sections.focusAreas[1]}`,
      text: 'Frivilligsentralen ønsker gratis lokaler.',
      submitterKind: 'association',
      organisation: 'Asker Frivilligsentral',
      receivedAt: String(letterDate),
    });
    expect(letter).toMatchObject({
      sectionLabel: 'Innsatsområde 2: Frivillighet',
      receivedAt: letterDate,
      reference: 'INN-2025-0002',
    });

    const workshop = await registered({
      channel: 'workshop',
      section: 'plan',
      text: 'Resultat fra verkstedet',
      submitterKind: 'other',
      workshopId,
    });
    expect(workshop).toMatchObject({
      workshopId,
      sectionLabel: 'Hele planen',
      channel: 'workshop',
    });
  });

  it('refuses files by content, size and count, and fields that do not fit the plan', async () => {
    const fields = {
      channel: 'email',
      section: 'plan',
      text: 'Innspill',
      submitterKind: 'resident',
    };
    const html = await register(fields, [
      { field: 'files', name: 'innspill.pdf', bytes: htmlNamedPdf() },
    ]);
    expect(html.status).toBe(415);
    expect(await errorCode(html)).toBe('file-wrong-type');
    const big = await register(fields, [
      { field: 'files', name: 'stor.pdf', bytes: pdfBytes(FileLimits.inputMaxBytes + 1) },
    ]);
    expect(big.status).toBe(413);
    expect(await errorCode(big)).toBe('file-too-large');
    const four = await register(
      fields,
      [1, 2, 3, 4].map((n) => ({ field: 'files', name: `${n}.pdf`, bytes: pdfBytes() })),
    );
    expect(four.status).toBe(400);
    expect(await errorCode(four)).toBe('too-many-files');

    const other = await ownerWithPlan(server, 'Annen plan');
    const otherWorkshop = await as(other.cookie)(`/api/plans/${other.planId}/workshops`, {
      method: 'POST',
      body: { title: 'Annet verksted', anonymous: true, facilitatorSeesAuthors: false },
    });
    const otherWorkshopId = ((await otherWorkshop.json()) as WorkshopResponse).workshop.id;
    for (const bad of [
      { ...fields, section: 'fa:finnes-ikke' },
      { ...fields, section: 'kapittel-1' },
      { ...fields, channel: 'web' },
      { ...fields, channel: 'workshop' },
      { ...fields, channel: 'workshop', workshopId: otherWorkshopId },
      { ...fields, consultationId: 'finnes-ikke' },
      { ...fields, submitterKind: 'association' },
      { ...fields, text: 'x'.repeat(10_001) },
      { ...fields, text: '   ' },
      { ...fields, email: 'ikke en epost' },
      { ...fields, receivedAt: String(Date.now() + 7 * 24 * 3600 * 1000) },
      { ...fields, unknown: 'felt' },
    ]) {
      const response = await register(bad);
      expect(response.status, JSON.stringify(bad).slice(0, 120)).toBe(400);
    }
    expect(
      (await register(fields, [{ field: 'vedlegg', name: 'a.pdf', bytes: pdfBytes() }])).status,
    ).toBe(400);
    expect((await as(owner.cookie)(base(), { method: 'POST', body: fields })).status).toBe(400);
    expect((await list()).inputs).toHaveLength(3);
  });

  it('keeps script a visitor typed as plain text in the inbox JSON', async () => {
    const input = await registered({
      channel: 'email',
      section: 'plan',
      text: SCRIPT,
      submitterKind: 'association',
      organisation: SCRIPT,
      name: SCRIPT,
    });
    const response = await as(owner.cookie)(`${base()}/${input.id}`);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const { input: read } = (await response.json()) as InputResponse;
    expect(read.text).toBe(SCRIPT);
    expect(read.organisation).toBe(SCRIPT);
    expect(read.name).toBe(SCRIPT);
    const listed = await as(owner.cookie)(base());
    expect(listed.headers.get('content-type')).toMatch(/^application\/json/);
    expect(
      ((await listed.json()) as InputListResponse).inputs.find((i) => i.id === input.id)!.text,
    ).toBe(SCRIPT);
    expect((await as(owner.cookie)(`${base()}/${input.id}`, { method: 'DELETE' })).status).toBe(
      204,
    );
  });
});

describe('the inbox', () => {
  let inputs: InputItem[];
  const byText = (start: string) => inputs.find((i) => i.text.startsWith(start))!;

  it('lists every input newest first, filtered and searched', async () => {
    const all = await list();
    inputs = all.inputs;
    expect(inputs).toHaveLength(3);
    const received = inputs.map((i) => i.receivedAt);
    expect([...received].sort((a, b) => b - a)).toEqual(received);

    expect((await list('?q=BENKER%20turveiene')).inputs.map((i) => i.text)).toEqual([
      'Vi trenger flere benker langs turveiene.',
    ]);
    expect((await list('?q=frivilligsentral')).inputs).toHaveLength(1);
    expect((await list('?q=nordmann')).inputs).toHaveLength(1);
    expect((await list('?q=benker%20frivilligsentral')).inputs).toHaveLength(0);
    expect((await list('?submitterKind=association')).inputs.map((i) => i.organisation)).toEqual([
      'Asker Frivilligsentral',
    ]);
    expect((await list(`?section=st:${sections.strategies[1]}`)).inputs).toHaveLength(1);
    expect(
      (await list(`?organisation=${encodeURIComponent('asker frivilligsentral')}`)).inputs,
    ).toHaveLength(1);
    expect((await list('?status=assessed')).inputs).toHaveLength(0);
    for (const query of [
      '?status=ferdig',
      '?section=kapittel',
      '?submitterKind=robot',
      '?ukjent=1',
    ]) {
      expect((await as(owner.cookie)(`${base()}${query}`)).status, query).toBe(400);
    }
  });

  it('lets the case officer handle one input', async () => {
    const bench = byText('Vi trenger');
    const response = await patch(bench.id, {
      status: 'assessed',
      tags: ['Møteplasser', 'møteplasser', 'Turveier'],
      summary: 'Ønsker benker',
      assessment: 'Tas inn i strategi 1.2.',
      changeSection: `st:${sections.strategies[1]}`,
      section: `fa:${sections.focusAreas[0]}`,
    });
    expect(response.status).toBe(200);
    const { input } = (await response.json()) as InputResponse;
    expect(input).toMatchObject({
      status: 'assessed',
      tags: ['Møteplasser', 'Turveier'],
      summary: 'Ønsker benker',
      assessment: 'Tas inn i strategi 1.2.',
      changeSection: `st:${sections.strategies[1]}`,
      section: `fa:${sections.focusAreas[0]}`,
      sectionLabel: 'Innsatsområde 1: Møteplasser',
    });
    expect(input.updatedAt).toBeGreaterThanOrEqual(bench.updatedAt);
    expect((await list('?tag=m%C3%B8teplasser')).inputs.map((i) => i.id)).toEqual([bench.id]);
    expect((await list()).tags).toEqual(['Møteplasser', 'Turveier']);
    expect((await list('?q=ønsker%20benker%20strategi')).inputs.map((i) => i.id)).toEqual([
      bench.id,
    ]);

    const letter = byText('Frivilligsentralen');
    expect((await patch(letter.id, { duplicateOf: bench.id })).status).toBe(200);
    expect((await patch(letter.id, { duplicateOf: letter.id })).status).toBe(400);
    expect((await patch(letter.id, { duplicateOf: 'finnes-ikke' })).status).toBe(400);
    expect((await patch(letter.id, { changeSection: 'fa:finnes-ikke' })).status).toBe(400);
    expect((await patch(letter.id, { section: `st:${sections.focusAreas[0]}` })).status).toBe(400);
    expect((await patch(letter.id, { status: 'ferdig' })).status).toBe(400);
    expect((await patch(letter.id, { text: 'endret' })).status).toBe(400);
    expect((await patch('finnes-ikke', { status: 'new' })).status).toBe(404);
    expect((await patch(letter.id, { changeSection: null })).status).toBe(200);

    const other = await ownerWithPlan(server, 'Fremmed plan');
    const foreign = await postMultipart(
      server.url,
      other.cookie,
      `/api/plans/${other.planId}/inputs`,
      {
        channel: 'email',
        section: 'plan',
        text: 'Fremmed',
        submitterKind: 'resident',
      },
    );
    const foreignId = ((await foreign.json()) as InputResponse).input.id;
    expect((await patch(letter.id, { duplicateOf: foreignId })).status).toBe(400);
    expect((await patch(foreignId, { status: 'assessed' })).status).toBe(404);
    expect((await as(owner.cookie)(`${base()}/${foreignId}`)).status).toBe(404);
  });

  it('changes several inputs at once', async () => {
    const ids = inputs.map((i) => i.id);
    const status = await as(owner.cookie)(`${base()}/bulk`, {
      method: 'POST',
      body: { ids, status: 'in-progress' },
    });
    expect(((await status.json()) as BulkInputResponse).updated).toBe(3);
    const tagged = await as(cookies.editor)(`${base()}/bulk`, {
      method: 'POST',
      body: { ids, addTag: 'turveier' },
    });
    // One input has the tag already (in another case): it is not changed.
    expect(((await tagged.json()) as BulkInputResponse).updated).toBe(2);
    expect((await list('?tag=Turveier')).inputs).toHaveLength(3);
    const untagged = await as(owner.cookie)(`${base()}/bulk`, {
      method: 'POST',
      body: { ids: ids.slice(0, 1), removeTag: 'TURVEIER' },
    });
    expect(((await untagged.json()) as BulkInputResponse).updated).toBe(1);
    expect((await list('?tag=turveier&status=in-progress')).inputs).toHaveLength(2);

    for (const body of [
      { ids, status: 'ferdig' },
      { ids: [], status: 'new' },
      { ids },
      { ids: [...ids, 'finnes-ikke'], status: 'new' },
    ]) {
      expect(
        (await as(owner.cookie)(`${base()}/bulk`, { method: 'POST', body })).status,
        JSON.stringify(body),
      ).toBe(400);
    }
    expect((await list('?status=in-progress')).inputs).toHaveLength(3);
  });

  it('serves attachments as downloads that are never rendered', async () => {
    const bench = byText('Vi trenger');
    const png = bench.attachments.find((a) => a.kind === 'png')!;
    const response = await as(owner.cookie)(`${base()}/${bench.id}/files/${png.id}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="bilde\.png"; filename\*=UTF-8''bilde\.png$/,
    );
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toBe('sandbox');
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(pngBytes());
    // Through another input, the file is unknown.
    expect(
      (await as(owner.cookie)(`${base()}/${byText('Frivilligsentralen').id}/files/${png.id}`))
        .status,
    ).toBe(404);
    expect((await as(owner.cookie)(`${base()}/${bench.id}/files/finnes-ikke`)).status).toBe(404);
  });
});

describe('who may use the inbox', () => {
  it('is read and handled by owner and editors; others only when the owner opens it to them, and then only read', async () => {
    const [first] = (await list()).inputs;
    const item = `${base()}/${first!.id}`;
    const file = first!.attachments[0] ? `${item}/files/${first!.attachments[0].id}` : item;
    expect((await as(cookies.editor)(base())).status).toBe(200);
    expect((await patch(first!.id, { status: 'new' }, cookies.editor)).status).toBe(200);
    for (const role of ['observer', 'facilitator', 'participant'] as const) {
      expect((await as(cookies[role])(base())).status, role).toBe(403);
      expect((await as(cookies[role])(item)).status, role).toBe(403);
    }
    expect((await as(null)(base())).status).toBe(401);

    await setInboxRoles(['observer']);
    expect((await list('', cookies.observer)).inputs.length).toBe(3);
    expect((await as(cookies.observer)(item)).status).toBe(200);
    expect((await as(cookies.observer)(file)).status).toBe(200);
    expect((await patch(first!.id, { status: 'assessed' }, cookies.observer)).status).toBe(403);
    expect(
      (
        await as(cookies.observer)(`${base()}/bulk`, {
          method: 'POST',
          body: { ids: [first!.id], status: 'assessed' },
        })
      ).status,
    ).toBe(403);
    expect((await as(cookies.observer)(item, { method: 'DELETE' })).status).toBe(403);
    const byObserver = await register(
      { channel: 'email', section: 'plan', text: 'x', submitterKind: 'resident' },
      [],
      cookies.observer,
    );
    expect(byObserver.status).toBe(403);
    expect((await as(cookies.facilitator)(base())).status).toBe(403);
    expect((await as(cookies.participant)(base())).status).toBe(403);

    // A person's data is the owner's to look up and erase.
    expect(
      (await as(cookies.editor)(`${base()}/person?email=ola.nordmann@example.no`)).status,
    ).toBe(403);
    expect(
      (
        await as(cookies.editor)(`${base()}/person/erase`, {
          method: 'POST',
          body: { email: 'ola.nordmann@example.no' },
        })
      ).status,
    ).toBe(403);

    await setInboxRoles([]);
    expect((await as(cookies.observer)(base())).status).toBe(403);
    expect((await list()).inputs.find((i) => i.id === first!.id)!.status).toBe('new');
  });
});

describe('the live inbox', () => {
  it('tells watchers which inputs changed, and refuses those who may not read it', async () => {
    const officer = watcher(owner.cookie);
    expect(await watch(officer.socket, owner.planId)).toEqual({ ok: true });
    const observer = watcher(cookies.observer);
    expect(await watch(observer.socket, owner.planId)).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
    const stranger = watcher(null);
    expect(await watch(stranger.socket, owner.planId)).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
    expect(await watch(officer.socket, '../etc')).toMatchObject({ ok: false, code: 'bad-request' });
    expect(await watch(officer.socket, 42)).toMatchObject({ ok: false, code: 'bad-request' });

    const input = await registered({
      channel: 'letter',
      section: 'plan',
      text: 'Brev som kom i dag',
      submitterKind: 'resident',
    });
    await waitFor(
      () => officer.changes.some((ids) => ids.includes(input.id)),
      'inboxChanged for the registered input',
    );
    await patch(input.id, { status: 'assessed' });
    await waitFor(
      () => officer.changes.filter((ids) => ids.includes(input.id)).length >= 2,
      'inboxChanged for the change',
    );

    await setInboxRoles(['observer']);
    expect(await watch(observer.socket, owner.planId)).toEqual({ ok: true });
    expect((await as(owner.cookie)(`${base()}/${input.id}`, { method: 'DELETE' })).status).toBe(
      204,
    );
    await waitFor(
      () => observer.changes.some((ids) => ids.includes(input.id)),
      'inboxChanged for the deleted input, to the observer',
    );
    expect(stranger.changes).toEqual([]);

    // After unwatching, nothing more arrives. Acked round trips order the socket's messages
    // around the change, so no sleep is needed to be sure.
    officer.socket.emit('unwatchInbox', owner.planId);
    await watch(officer.socket, 'ikke/gyldig');
    const before = officer.changes.length;
    const later = await registered({
      channel: 'letter',
      section: 'plan',
      text: 'Enda et brev',
      submitterKind: 'resident',
    });
    await waitFor(
      () => observer.changes.some((ids) => ids.includes(later.id)),
      'inboxChanged to the observer still watching',
    );
    await watch(officer.socket, 'ikke/gyldig');
    expect(officer.changes.length).toBe(before);
    await setInboxRoles([]);
  });
});

describe("a person's data", () => {
  it('is found by e-mail and erased on request, keeping the text', async () => {
    const found = await as(owner.cookie)(
      `${base()}/person?email=${encodeURIComponent('OLA.nordmann@example.no')}`,
    );
    expect(found.status).toBe(200);
    const { inputs } = (await found.json()) as PersonInputsResponse;
    expect(inputs.map((i) => i.name)).toEqual(['Ola Nordmann']);
    expect((await as(owner.cookie)(`${base()}/person?email=ikke-epost`)).status).toBe(400);

    const erase = await as(owner.cookie)(`${base()}/person/erase`, {
      method: 'POST',
      body: { email: 'Ola.Nordmann@example.no' },
    });
    expect(((await erase.json()) as ErasePersonResponse).erased).toBe(1);
    const { input } = (await (
      await as(owner.cookie)(`${base()}/${inputs[0]!.id}`)
    ).json()) as InputResponse;
    expect(input).toMatchObject({
      name: '',
      email: '',
      personalDataRemoved: true,
      text: 'Vi trenger flere benker langs turveiene.',
    });
    expect(input.attachments).toHaveLength(2);
    const again = await as(owner.cookie)(`${base()}/person?email=ola.nordmann@example.no`);
    expect(((await again.json()) as PersonInputsResponse).inputs).toEqual([]);
  });
});

describe('deleting input', () => {
  it('deletes its files and clears duplicates that pointed at it', async () => {
    const { inputs } = await list();
    const bench = inputs.find((i) => i.text.startsWith('Vi trenger'))!;
    const letter = inputs.find((i) => i.text.startsWith('Frivilligsentralen'))!;
    expect(letter.duplicateOf).toBe(bench.id);
    expect((await as(cookies.editor)(`${base()}/${bench.id}`, { method: 'DELETE' })).status).toBe(
      204,
    );
    for (const attachment of bench.attachments) {
      expect(await server.medverk.storage.blobs.get(attachment.id)).toBeNull();
      expect(await server.medverk.storage.files.getFile(attachment.id)).toBeNull();
    }
    expect((await as(owner.cookie)(`${base()}/${bench.id}`)).status).toBe(404);
    expect((await as(owner.cookie)(`${base()}/${bench.id}`, { method: 'DELETE' })).status).toBe(
      404,
    );
    const { input } = (await (
      await as(owner.cookie)(`${base()}/${letter.id}`)
    ).json()) as InputResponse;
    expect(input.duplicateOf).toBeNull();
  });

  it("is audited throughout, without residents' names, e-mails or text", async () => {
    const audit = (await (
      await as(owner.cookie)(`/api/plans/${owner.planId}/audit`)
    ).json()) as AuditListResponse;
    const actions = audit.entries.map((entry) => entry.action);
    for (const action of [
      'input.registered',
      'input.updated',
      'input.deleted',
      'input.personal-data-removed',
    ]) {
      expect(actions, action).toContain(action);
    }
    const json = JSON.stringify(audit.entries);
    for (const secret of [
      'Ola Nordmann',
      'ola.nordmann',
      'benker langs',
      'Brev som kom',
      'alert(',
      'Tas inn i strategi',
    ]) {
      expect(json, secret).not.toContain(secret);
    }
  });
});
