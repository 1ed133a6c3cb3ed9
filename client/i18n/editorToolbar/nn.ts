import type { editorToolbarNb } from './nb';

export const editorToolbarNn: typeof editorToolbarNb = {
  editorToolbar: {
    placeholder: '',
  },
};
