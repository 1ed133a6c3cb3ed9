import type { ReactNode, Ref } from 'react';
import { DiscussionPanel } from './DiscussionPanel';
import { panelIdOf, useDiscussionPanel } from './panelContext';
import { SinceLastVisit } from './SinceLastVisit';

interface Props {
  ref?: Ref<HTMLDivElement>;
  /** The plan's sticky toolbar: spans the page above the document and the panel. */
  toolbar: ReactNode;
  children: ReactNode;
}

/**
 * The open plan's page: the toolbar, then the document, with the side panel beside it on wide
 * screens (the page widens for it) or over it on narrow ones. Without a discussion (participants)
 * it is the plain page.
 */
export function DiscussionLayout({ ref, toolbar, children }: Props) {
  const panel = useDiscussionPanel();
  const beside = panel !== null && panel.open && panel.wide;
  return (
    <div ref={ref} className={`mx-auto px-4 pb-32 ${beside ? 'max-w-7xl' : 'max-w-4xl'}`}>
      {toolbar}
      <div className={beside ? 'grid grid-cols-[minmax(0,1fr)_24rem] items-start gap-8' : undefined}>
        <div className="min-w-0">
          {panel && <SinceLastVisit />}
          {children}
        </div>
        {panel?.open && <DiscussionPanel id={panelIdOf(panel.toggleId)} />}
      </div>
    </div>
  );
}
