import type { BrowserContext, Page } from 'playwright-core';

/** A component React re-rendered (not mounted), and where its output is on the page. */
export interface RenderedComponent {
  /** `field`: inside the element typed in; `status`: the save status; `none`: renders no DOM. */
  where: 'field' | 'status' | 'none' | 'outside';
  /** Which commit (counted from the start of the recording) re-rendered it. */
  commit: number;
  /** Its function's name (minified in a production build) and its first element, to find it. */
  name: string;
  element: string;
}

interface ProbeWindow {
  __renderProbe: {
    rendered: RenderedComponent[];
    commits: number;
    lastCommit: number;
    fieldSelector: string;
  };
}

/**
 * Installs React's DevTools hook before the app loads (production React calls it too) and
 * records, for every commit, which components re-rendered — the way React DevTools' "highlight
 * updates" finds them: a component fiber with an alternate (not a mount) that performed work,
 * in a subtree whose children were reconciled again. Where its DOM lies says whether the
 * re-render belonged to what changed.
 */
export async function installRenderProbe(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    interface Fiber {
      tag: number;
      flags: number;
      type: unknown;
      stateNode: unknown;
      child: Fiber | null;
      sibling: Fiber | null;
      alternate: Fiber | null;
    }
    const COMPONENT_TAGS = new Set([0, 1, 11, 14, 15]);
    const HOST_TAGS = new Set([5, 6]);
    const PERFORMED_WORK = 1;
    const probe: ProbeWindow['__renderProbe'] = {
      rendered: [],
      commits: 0,
      lastCommit: 0,
      fieldSelector: '',
    };
    (window as unknown as ProbeWindow).__renderProbe = probe;

    const hostNodes = (fiber: Fiber, into: Node[]): Node[] => {
      for (let child = fiber.child; child; child = child.sibling) {
        if (HOST_TAGS.has(child.tag)) into.push(child.stateNode as Node);
        else hostNodes(child, into);
      }
      return into;
    };
    const nameOf = (type: unknown): string => {
      const named = type as {
        displayName?: string;
        name?: string;
        type?: unknown;
        render?: unknown;
      } | null;
      if (typeof type === 'function') return named?.displayName ?? named?.name ?? '?';
      if (named?.type) return nameOf(named.type);
      if (named?.render) return nameOf(named.render);
      return '?';
    };
    const record = (fiber: Fiber) => {
      const nodes = hostNodes(fiber, []);
      const field = probe.fieldSelector
        ? document.activeElement?.closest(probe.fieldSelector)
        : null;
      const status = document.querySelector('[data-testid="sync-status"]')?.parentElement;
      const inside = (region: Element | null | undefined) =>
        !!region && nodes.every((node) => region.contains(node));
      const first = nodes.find((node): node is Element => node instanceof Element);
      probe.rendered.push({
        where:
          nodes.length === 0
            ? 'none'
            : inside(field)
              ? 'field'
              : inside(status)
                ? 'status'
                : 'outside',
        commit: probe.commits,
        name: nameOf(fiber.type),
        element: first ? first.outerHTML.slice(0, 160) : '',
      });
    };
    const visit = (fiber: Fiber) => {
      if (COMPONENT_TAGS.has(fiber.tag) && fiber.alternate && fiber.flags & PERFORMED_WORK)
        record(fiber);
      // Children not reconciled again (a bailout) keep the very fibers of the last commit.
      if (fiber.alternate && fiber.child === fiber.alternate.child) return;
      for (let child = fiber.child; child; child = child.sibling) visit(child);
    };

    (
      window as unknown as { __REACT_DEVTOOLS_GLOBAL_HOOK__: unknown }
    ).__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
      supportsFiber: true,
      renderers: new Map(),
      inject: () => 1,
      checkDCE: () => {},
      onScheduleFiberRoot: () => {},
      onCommitFiberUnmount: () => {},
      onPostCommitFiberRoot: () => {},
      onCommitFiberRoot: (_id: number, root: { current: Fiber }) => {
        probe.lastCommit = performance.now();
        probe.commits++;
        visit(root.current);
      },
    };
  });
}

/** Starts recording afresh; re-renders count as `field` when inside `fieldSelector` around focus. */
export async function startRecording(page: Page, fieldSelector: string): Promise<void> {
  await page.evaluate((selector) => {
    const { __renderProbe: probe } = window as unknown as ProbeWindow;
    probe.rendered = [];
    probe.commits = 0;
    probe.fieldSelector = selector;
  }, fieldSelector);
}

export function recorded(page: Page): Promise<RenderedComponent[]> {
  return page.evaluate(() => (window as unknown as ProbeWindow).__renderProbe.rendered);
}

/** Milliseconds since React last committed anything. */
export function sinceLastCommit(page: Page): Promise<number> {
  return page.evaluate(
    () => performance.now() - (window as unknown as ProbeWindow).__renderProbe.lastCommit,
  );
}
