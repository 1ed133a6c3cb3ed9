import type { editorToolbarNb } from './nb';

export const editorToolbarEn: typeof editorToolbarNb = {
  editorToolbar: {
    label: 'Toolbar: {{field}}',
    withShortcut: '{{label}} ({{keys}})',
    bold: 'Bold',
    italic: 'Italic',
    bulletList: 'Bulleted list',
    orderedList: 'Numbered list',
    link: 'Link',
    undo: 'Undo',
    redo: 'Redo',
    comment: 'Comment',
    suggesting: 'Suggest changes',
    unavailable: {
      suggesting: 'Not available while you suggest changes.',
      noSelection: 'Select some text first.',
      nothingToUndo: 'Nothing to undo.',
      nothingToRedo: 'Nothing to redo.',
      suggestOnly: 'In this plan you can only suggest changes. The plan’s owner decided so.',
    },
    mode: {
      editing: 'You are editing the text directly.',
      suggesting: 'You are suggesting changes. What you type and delete becomes suggestions that can be accepted or rejected.',
    },
    linkDialog: {
      title: 'Link',
      address: 'Address',
      description: 'A web address starting with https:// or http://, or an e-mail address starting with mailto:.',
      invalid: 'Enter a complete address starting with https://, http:// or mailto:.',
      save: 'Save link',
      remove: 'Remove link',
      cancel: 'Cancel',
      added: 'The link was added.',
      removed: 'The link was removed.',
    },
    suggest: {
      newParagraph: 'New paragraphs cannot be suggested. Write your suggestion inside the paragraph, or write a comment.',
      paragraphEdge: 'Paragraphs cannot be joined in a suggestion.',
      formatting: 'Formatting cannot be suggested. Write a comment instead.',
      discarded: 'The suggestion you were writing was discarded.',
    },
    marks: {
      insert: 'Suggested insertion:',
      delete: 'Suggested deletion:',
      ownInsert: 'Your suggested insertion:',
      ownDelete: 'Your suggested deletion:',
      byline: 'Suggested by {{name}}, {{time}}',
      sending: 'Your suggestion, not saved yet',
    },
  },
};
