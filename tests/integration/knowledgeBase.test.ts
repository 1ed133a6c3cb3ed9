import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditListResponse } from '../../shared/api/audit';
import type { KnowledgeItemResponse, KnowledgeListResponse } from '../../shared/api/publicPage';
import { FileLimits } from '../../shared/public/fileKinds';
import { htmlNamedPdf, pdfBytes, pngBytes, postMultipart } from '../support/publicSideFiles';
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
let editorCookie: string;
let participantCookie: string;

const asOwner = () => api(server.url, owner.cookie);
const base = () => `/api/plans/${owner.planId}/knowledge`;

async function staff(role: 'editor' | 'participant'): Promise<string> {
  const email = `${role}@asker.kommune.no`;
  const { id } = await createStaff(server, { email, name: role, password: 'riktig-passord-1' });
  await addMember(server, owner.planId, id, role);
  return loginCookie(server.url, email, 'riktig-passord-1');
}

function uploadDocument(
  fields: Record<string, string>,
  bytes: Uint8Array,
  name = 'rapport.pdf',
  cookie = owner.cookie,
  field = 'file',
) {
  return postMultipart(server.url, cookie, `${base()}/files`, fields, [{ field, name, bytes }]);
}

async function list(cookie = owner.cookie): Promise<KnowledgeListResponse> {
  const response = await api(server.url, cookie)(base());
  expect(response.status).toBe(200);
  return (await response.json()) as KnowledgeListResponse;
}

async function errorCode(response: Response): Promise<string> {
  return ((await response.json()) as { error: { code: string } }).error.code;
}

beforeAll(async () => {
  server = await startTestServer({ seedDemo: false });
  owner = await ownerWithPlan(server, 'Temaplan for medborgerskap');
  editorCookie = await staff('editor');
  participantCookie = await staff('participant');
});

afterAll(async () => {
  await server.dispose();
});

describe('the knowledge base', () => {
  let linkId: string;
  let documentId: string;
  let fileId: string;
  const document = pdfBytes(5_000);

  it('takes links and documents from the owner, in the order added', async () => {
    const link = await asOwner()(`${base()}/links`, {
      method: 'POST',
      body: {
        title: 'Kommuneplanens samfunnsdel',
        url: 'https://www.asker.kommune.no/samfunnsdel',
      },
    });
    expect(link.status).toBe(201);
    const linkItem = ((await link.json()) as KnowledgeItemResponse).item;
    expect(linkItem).toMatchObject({
      title: 'Kommuneplanens samfunnsdel',
      description: '',
      file: null,
    });
    linkId = linkItem.id;

    const upload = await uploadDocument(
      { title: 'Levekårsundersøkelsen', description: 'Tall for 2025' },
      document,
      '../../Levekår 2025 – æøå?.pdf',
    );
    expect(upload.status).toBe(201);
    const item = ((await upload.json()) as KnowledgeItemResponse).item;
    expect(item.url).toBeNull();
    expect(item.file).toMatchObject({ kind: 'pdf', size: document.length });
    expect(item.file!.name).toBe('Levekår 2025 – æøå.pdf');
    documentId = item.id;
    fileId = item.file!.id;

    expect((await list()).items.map((i) => i.id)).toEqual([linkId, documentId]);
  });

  it('serves a document as a download that is never rendered', async () => {
    const response = await asOwner()(`${base()}/${documentId}/file`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const disposition = response.headers.get('content-disposition')!;
    expect(disposition.startsWith('attachment;')).toBe(true);
    expect(disposition).toContain(
      `filename*=UTF-8''${encodeURIComponent('Levekår 2025 – æøå.pdf')}`,
    );
    expect(disposition).toMatch(/filename="[\x20-\x7e]+"/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toBe('sandbox');
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(document);

    // Editors read it inside the editor; a link has no file.
    expect((await api(server.url, editorCookie)(`${base()}/${documentId}/file`)).status).toBe(200);
    expect((await asOwner()(`${base()}/${linkId}/file`)).status).toBe(404);
  });

  it('refuses files by content, size and count, and bad fields', async () => {
    const html = await uploadDocument({ title: 'Forkledd' }, htmlNamedPdf(), 'rapport.pdf');
    expect(html.status).toBe(415);
    expect(await errorCode(html)).toBe('file-wrong-type');
    const image = await uploadDocument({ title: 'Bilde' }, pngBytes(), 'bilde.png');
    expect(image.status).toBe(415);

    const tooLarge = await uploadDocument(
      { title: 'For stor' },
      pdfBytes(FileLimits.knowledgeMaxBytes + 1),
    );
    expect(tooLarge.status).toBe(413);
    expect(await errorCode(tooLarge)).toBe('file-too-large');

    const two = await postMultipart(server.url, owner.cookie, `${base()}/files`, { title: 'To' }, [
      { field: 'file', name: 'a.pdf', bytes: pdfBytes() },
      { field: 'file', name: 'b.pdf', bytes: pdfBytes() },
    ]);
    expect(two.status).toBe(400);
    expect(await errorCode(two)).toBe('too-many-files');

    expect((await uploadDocument({}, pdfBytes())).status).toBe(400);
    expect(
      (await uploadDocument({ title: 'Feil felt' }, pdfBytes(), 'a.pdf', owner.cookie, 'dokument'))
        .status,
    ).toBe(400);
    expect(
      (await postMultipart(server.url, owner.cookie, `${base()}/files`, { title: 'Uten fil' }))
        .status,
    ).toBe(400);
    expect(
      (await asOwner()(`${base()}/files`, { method: 'POST', body: { title: 'JSON' } })).status,
    ).toBe(400);

    const script = await asOwner()(`${base()}/links`, {
      method: 'POST',
      body: { title: 'Lenke', url: 'javascript:alert(1)' },
    });
    expect(script.status).toBe(400);
    expect((await list()).items).toHaveLength(2);
  });

  it('lets the owner change, reorder and delete items', async () => {
    const renamed = await asOwner()(`${base()}/${documentId}`, {
      method: 'PATCH',
      body: { title: 'Levekår i Asker', description: 'Oppdatert' },
    });
    expect(renamed.status).toBe(200);
    expect(((await renamed.json()) as KnowledgeItemResponse).item).toMatchObject({
      title: 'Levekår i Asker',
      description: 'Oppdatert',
      file: { id: fileId },
    });
    const newUrl = await asOwner()(`${base()}/${linkId}`, {
      method: 'PATCH',
      body: { url: 'https://asker.kommune.no/ny' },
    });
    expect(((await newUrl.json()) as KnowledgeItemResponse).item.url).toBe(
      'https://asker.kommune.no/ny',
    );
    expect(
      (
        await asOwner()(`${base()}/${documentId}`, {
          method: 'PATCH',
          body: { url: 'https://x.no' },
        })
      ).status,
    ).toBe(400);
    expect(
      (await asOwner()(`${base()}/${documentId}`, { method: 'PATCH', body: { title: '' } })).status,
    ).toBe(400);
    expect(
      (await asOwner()(`${base()}/finnes-ikke`, { method: 'PATCH', body: { title: 'x' } })).status,
    ).toBe(404);

    const reordered = await asOwner()(`${base()}/order`, {
      method: 'PUT',
      body: { ids: [documentId, linkId] },
    });
    expect(reordered.status).toBe(200);
    expect(((await reordered.json()) as KnowledgeListResponse).items.map((i) => i.id)).toEqual([
      documentId,
      linkId,
    ]);
    expect((await list()).items.map((i) => i.id)).toEqual([documentId, linkId]);
    for (const ids of [[documentId], [documentId, linkId, linkId], [documentId, 'finnes-ikke']]) {
      expect(
        (await asOwner()(`${base()}/order`, { method: 'PUT', body: { ids } })).status,
        ids.join(),
      ).toBe(400);
    }

    expect((await asOwner()(`${base()}/${documentId}`, { method: 'DELETE' })).status).toBe(204);
    expect(await server.medverk.storage.blobs.get(fileId)).toBeNull();
    expect(await server.medverk.storage.files.getFile(fileId)).toBeNull();
    expect((await asOwner()(`${base()}/${documentId}/file`)).status).toBe(404);
    expect((await asOwner()(`${base()}/${documentId}`, { method: 'DELETE' })).status).toBe(404);
    expect((await list()).items.map((i) => i.id)).toEqual([linkId]);
  });

  it("is read by the plan's readers and changed by the owner only", async () => {
    expect((await list(editorCookie)).items).toHaveLength(1);
    expect((await api(server.url, participantCookie)(base())).status).toBe(403);
    expect((await api(server.url, null)(base())).status).toBe(401);
    const byEditor = await api(server.url, editorCookie)(`${base()}/links`, {
      method: 'POST',
      body: { title: 'x', url: 'https://x.no' },
    });
    expect(byEditor.status).toBe(403);
    expect(
      (await uploadDocument({ title: 'Redaktør' }, pdfBytes(), 'a.pdf', editorCookie)).status,
    ).toBe(403);
    expect(
      (await api(server.url, editorCookie)(`${base()}/${linkId}`, { method: 'DELETE' })).status,
    ).toBe(403);

    // Another plan's owner cannot reach this plan's items through their own plan.
    const other = await ownerWithPlan(server, 'Annen plan');
    const crossed = await api(server.url, other.cookie)(
      `/api/plans/${other.planId}/knowledge/${linkId}`,
      {
        method: 'PATCH',
        body: { title: 'Kapret' },
      },
    );
    expect(crossed.status).toBe(404);
    expect((await list()).items[0]!.title).toBe('Kommuneplanens samfunnsdel');
  });

  it('is audited', async () => {
    const audit = (await (
      await asOwner()(`/api/plans/${owner.planId}/audit`)
    ).json()) as AuditListResponse;
    const actions = audit.entries.map((entry) => entry.action);
    expect(actions.filter((a) => a === 'knowledge.added')).toHaveLength(2);
    expect(actions.filter((a) => a === 'knowledge.changed').length).toBeGreaterThanOrEqual(3);
    expect(actions).toContain('knowledge.removed');
  });
});
