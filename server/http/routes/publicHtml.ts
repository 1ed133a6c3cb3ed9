import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { findPublicPage } from '../../public/publicView';
import type { AuthContext } from '../authContext';
import { descriptionFromIntro, notFoundHead, publicHead, withHead } from '../publicHead';

type SlugParams = { Params: { slug: string } };

/**
 * The public page's HTML (`/p/:slug` and every address below it): the built `public.html`, its
 * own small bundle, with the page title, description and social preview tags filled from the
 * plan. An unknown address, or a page its owner has switched off, answers 404 and asks search
 * engines not to index it; the page's script then says so in the visitor's language.
 */
export async function publicHtmlRoutes(
  app: FastifyInstance,
  auth: AuthContext,
  deps: { clientDir: string; publicBaseUrl: () => string },
): Promise<void> {
  const file = join(deps.clientDir, 'public.html');
  // Read once, as the client app's index.html is: the build does not change under a running server.
  const template = await readFile(file, 'utf8').catch(() => null);

  async function serve(
    request: FastifyRequest<SlugParams>,
    reply: FastifyReply,
  ): Promise<FastifyReply> {
    if (template === null) {
      return reply
        .status(503)
        .type('text/plain; charset=utf-8')
        .send('The client is not built. Run `npm start` (or `npm run build`) first.');
    }
    const page = await findPublicPage(auth.storage, request.params.slug);
    // The page changes with the plan (title, intro, on or off): browsers ask again each time.
    void reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8');
    if (!page) return reply.status(404).send(withHead(template, notFoundHead()));
    const base = deps.publicBaseUrl() || `${request.protocol}://${request.host}`;
    const head = publicHead({
      title: page.plan.title,
      municipality: page.plan.municipality,
      description:
        descriptionFromIntro(page.settings.intro) ||
        `${page.plan.title}, ${page.plan.municipality}`,
      url: `${base}/p/${page.settings.slug}`,
    });
    return reply.send(withHead(template, head));
  }

  app.get<SlugParams>('/p/:slug', serve);
  app.get<SlugParams>('/p/:slug/*', serve);
}
