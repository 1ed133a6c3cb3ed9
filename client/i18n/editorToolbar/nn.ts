import type { editorToolbarNb } from './nb';

export const editorToolbarNn: typeof editorToolbarNb = {
  editorToolbar: {
    label: 'Verktøylinje: {{field}}',
    withShortcut: '{{label}} ({{keys}})',
    bold: 'Feit',
    italic: 'Kursiv',
    bulletList: 'Punktliste',
    orderedList: 'Nummerert liste',
    link: 'Lenkje',
    undo: 'Angre',
    redo: 'Gjer om',
    comment: 'Kommenter',
    suggesting: 'Føreslå endringar',
    unavailable: {
      suggesting: 'Ikkje mogleg medan du føreslår endringar.',
      noSelection: 'Marker tekst først.',
      nothingToUndo: 'Ingenting å angre.',
      nothingToRedo: 'Ingenting å gjere om.',
      suggestOnly: 'I denne planen kan du berre føreslå endringar. Det har eigaren av planen bestemt.',
    },
    mode: {
      editing: 'Du redigerer teksten direkte.',
      suggesting: 'Du føreslår endringar. Det du skriv og slettar, blir forslag som kan godtakast eller avvisast.',
    },
    linkDialog: {
      title: 'Lenkje',
      address: 'Adresse',
      description: 'Ei nettadresse som byrjar med https:// eller http://, eller ei e-postadresse som byrjar med mailto:.',
      invalid: 'Skriv ei fullstendig adresse som byrjar med https://, http:// eller mailto:.',
      save: 'Lagre lenkja',
      remove: 'Fjern lenkja',
      cancel: 'Avbryt',
      added: 'Lenkja er lagd til.',
      removed: 'Lenkja er fjerna.',
    },
    suggest: {
      newParagraph: 'Nye avsnitt kan ikkje føreslåast. Skriv forslaget inne i avsnittet, eller skriv ein kommentar.',
      paragraphEdge: 'Avsnitt kan ikkje slåast saman i eit forslag.',
      formatting: 'Formatering kan ikkje føreslåast. Skriv ein kommentar i staden.',
      discarded: 'Forslaget du heldt på med, er forkasta.',
    },
    marks: {
      insert: 'Forslag om å setje inn:',
      delete: 'Forslag om å slette:',
      ownInsert: 'Forslaget ditt om å setje inn:',
      ownDelete: 'Forslaget ditt om å slette:',
      byline: 'Forslag frå {{name}}, {{time}}',
      sending: 'Forslaget ditt, ikkje lagra enno',
    },
  },
};
