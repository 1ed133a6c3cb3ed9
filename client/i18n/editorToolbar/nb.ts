/** Norsk bokmål texts for editorToolbar; nynorsk and English are typed against this object. */
export const editorToolbarNb = {
  editorToolbar: {
    label: 'Verktøylinje: {{field}}',
    /** A button's tooltip: its name and its keyboard shortcut. */
    withShortcut: '{{label}} ({{keys}})',
    bold: 'Fet',
    italic: 'Kursiv',
    bulletList: 'Punktliste',
    orderedList: 'Nummerert liste',
    link: 'Lenke',
    undo: 'Angre',
    redo: 'Gjør om',
    comment: 'Kommenter',
    suggesting: 'Foreslå endringer',
    unavailable: {
      suggesting: 'Ikke mulig mens du foreslår endringer.',
      noSelection: 'Marker tekst først.',
      nothingToUndo: 'Ingenting å angre.',
      nothingToRedo: 'Ingenting å gjøre om.',
      suggestOnly: 'I denne planen kan du bare foreslå endringer. Det har eieren av planen bestemt.',
    },
    mode: {
      editing: 'Du redigerer teksten direkte.',
      suggesting: 'Du foreslår endringer. Det du skriver og sletter, blir forslag som kan godtas eller avvises.',
    },
    linkDialog: {
      title: 'Lenke',
      address: 'Adresse',
      description: 'En nettadresse som begynner med https:// eller http://, eller en e-postadresse som begynner med mailto:.',
      invalid: 'Skriv en fullstendig adresse som begynner med https://, http:// eller mailto:.',
      save: 'Lagre lenke',
      remove: 'Fjern lenke',
      cancel: 'Avbryt',
      added: 'Lenken er lagt til.',
      removed: 'Lenken er fjernet.',
    },
    suggest: {
      newParagraph: 'Nye avsnitt kan ikke foreslås. Skriv forslaget inne i avsnittet, eller skriv en kommentar.',
      paragraphEdge: 'Avsnitt kan ikke slås sammen i et forslag.',
      formatting: 'Formatering kan ikke foreslås. Skriv en kommentar i stedet.',
      discarded: 'Forslaget du holdt på med, er forkastet.',
    },
    marks: {
      insert: 'Forslag om å sette inn:',
      delete: 'Forslag om å slette:',
      ownInsert: 'Ditt forslag om å sette inn:',
      ownDelete: 'Ditt forslag om å slette:',
      byline: 'Forslag fra {{name}}, {{time}}',
      sending: 'Ditt forslag, ikke lagret ennå',
    },
  },
};
