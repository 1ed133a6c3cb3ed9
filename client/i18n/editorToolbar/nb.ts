/** Norsk bokmål texts for editorToolbar; nynorsk and English are typed against this object. */
export const editorToolbarNb = {
  editorToolbar: {
    placeholder: '',
  },
};
