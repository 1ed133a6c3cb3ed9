import { beforeAll, describe, expect, it } from 'vitest';
import type { InputResponse } from '../../../shared/api/inputs';
import type { KnowledgeItemResponse, PublicPlanResponse } from '../../../shared/api/publicPage';
import type { WatchInboxResult } from '../../../shared/protocol';
import type { ClientSocket } from '../../../client/sync/SyncConnection';
import { clusterUnavailable, firstAdmin, useThreeServers } from '../../support/cluster';
import { pdfBytes, postMultipart } from '../../support/publicSideFiles';
import { rawSocket } from '../../support/syncClient';
import { api } from '../../support/testServer';
import { waitFor } from '../../support/waitFor';

const unavailable = await clusterUnavailable('tests/integration/cluster/publicSide.test.ts');

/** The demo plan's public page, which the first server seeds (SEED_DEMO_PUBLIC_PAGE). */
const SLUG = 'temaplan-for-medborgerskap';

let owner: { cookie: string; planId: string };
const sockets: ClientSocket[] = [];
const nodes = useThreeServers(unavailable, () => sockets.forEach((socket) => socket.close()));

beforeAll(async () => {
  if (unavailable) return;
  owner = await firstAdmin(nodes[0]!);
});

describe.skipIf(unavailable !== null)(
  `the public side on three servers${unavailable ? ` (skipped: ${unavailable})` : ''}`,
  () => {
    it('serves a file uploaded through one server from the others (the file store is in PostgreSQL)', async () => {
      const bytes = pdfBytes(3_000);
      const uploaded = await postMultipart(
        nodes[0]!.url,
        owner.cookie,
        `/api/plans/${owner.planId}/knowledge/files`,
        { title: 'Notat om nærdemokrati', description: '' },
        [{ field: 'file', name: 'notat.pdf', bytes }],
      );
      expect(uploaded.status).toBe(201);
      const { item } = (await uploaded.json()) as KnowledgeItemResponse;

      const page = (await (
        await fetch(`${nodes[1]!.url}/api/public/plans/${SLUG}`)
      ).json()) as PublicPlanResponse;
      expect(page.knowledge.map((k) => k.title)).toContain('Notat om nærdemokrati');
      const download = await fetch(
        `${nodes[2]!.url}/api/public/plans/${SLUG}/files/${item.file!.id}`,
      );
      expect(download.status).toBe(200);
      expect(new Uint8Array(await download.arrayBuffer())).toEqual(bytes);
    });

    it('tells a case officer watching the inbox on one server about input stored through another', async () => {
      const socket = rawSocket(nodes[1]!.url, owner.cookie);
      sockets.push(socket);
      const changes: string[][] = [];
      socket.on('inboxChanged', (_planId, ids) => changes.push(ids));
      const watching = await new Promise<WatchInboxResult>((resolve) =>
        socket.emit('watchInbox', owner.planId, resolve),
      );
      expect(watching).toEqual({ ok: true });

      const registered = await postMultipart(
        nodes[2]!.url,
        owner.cookie,
        `/api/plans/${owner.planId}/inputs`,
        {
          channel: 'letter',
          section: 'plan',
          text: 'Et brev om åpne skoler om kvelden.',
          submitterKind: 'association',
          organisation: 'Asker idrettsråd',
        },
        [{ field: 'files', name: 'brev.pdf', bytes: pdfBytes(2_500) }],
      );
      expect(registered.status).toBe(201);
      const { input } = (await registered.json()) as InputResponse;

      await waitFor(
        () => changes.some((ids) => ids.includes(input.id)),
        'inboxChanged relayed to the other server',
      );
      const attachment = await api(
        nodes[0]!.url,
        owner.cookie,
      )(`/api/plans/${owner.planId}/inputs/${input.id}/files/${input.attachments[0]!.id}`);
      expect(attachment.status).toBe(200);
      expect(attachment.headers.get('content-disposition')).toContain('attachment');
    });
  },
);
