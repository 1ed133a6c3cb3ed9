import { Extension } from '@tiptap/core';
import { Link } from '@tiptap/extension-link';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { safeHref } from '../../../shared/text/safeLink';

/**
 * Links in the plan point only to web pages and e-mail addresses (shared/text/safeLink). Link
 * refuses anything else when set, pasted or typed, and a link that arrives unsafe (an old
 * document) is drawn without its address.
 */
export const SafeLink = Link.extend({
  renderHTML({ HTMLAttributes }) {
    const href = safeHref(HTMLAttributes.href);
    return ['a', { ...this.options.HTMLAttributes, ...HTMLAttributes, href: href ?? undefined }, 0];
  },
}).configure({
  openOnClick: false,
  protocols: [],
  defaultProtocol: 'https',
  isAllowedUri: (url) => safeHref(url) !== null,
  shouldAutoLink: (url) => safeHref(url) !== null,
});

const guardKey = new PluginKey('linkClickGuard');

/** A click on a link in the editor places the caret; it never opens the link (editable or not). */
export const LinkClickGuard = Extension.create({
  name: 'linkClickGuard',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: guardKey,
        props: {
          handleDOMEvents: {
            click: (_view, event) => {
              if (event.target instanceof Element && event.target.closest('a')) event.preventDefault();
              return false;
            },
          },
        },
      }),
    ];
  },
});
