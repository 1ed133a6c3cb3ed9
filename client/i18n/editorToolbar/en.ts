import type { editorToolbarNb } from './nb';

export const editorToolbarEn: typeof editorToolbarNb = {
  editorToolbar: {
    placeholder: '',
  },
};
