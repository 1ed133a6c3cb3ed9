/** Bokmål texts for "write for the room" (issue #14): the lead page's form and the note's mark. */
export const workshopForRoomNb = {
  workshopForRoom: {
    heading: 'Skriv for rommet',
    hint: 'For dem i rommet uten telefon. Lappen vises som «Skrevet for rommet», aldri med navnet ditt.',
    label: 'Lapp for rommet',
    group: 'Til',
    plenary: 'Alle (felles tavle)',
    add: 'Legg til',
    added: 'Lagt til for rommet',
    required: 'Skriv lappen først.',
    written_one: '{{count}} lapp skrevet for rommet',
    written_other: '{{count}} lapper skrevet for rommet',
    waiting: 'Vises for alle når lappene blir vist.',
    mark: 'Skrevet for rommet',
  },
};
