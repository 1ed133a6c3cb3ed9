import type { workshopForRoomNb } from './nb';

/** Nynorsk texts for "write for the room"; typed against bokmål. */
export const workshopForRoomNn: typeof workshopForRoomNb = {
  workshopForRoom: {
    heading: 'Skriv for rommet',
    hint: 'For dei i rommet utan telefon. Lappen blir vist som «Skrive for rommet», aldri med namnet ditt.',
    label: 'Lapp for rommet',
    group: 'Til',
    plenary: 'Alle (felles tavle)',
    add: 'Legg til',
    added: 'Lagt til for rommet',
    required: 'Skriv lappen først.',
    written_one: '{{count}} lapp skriven for rommet',
    written_other: '{{count}} lappar skrivne for rommet',
    waiting: 'Blir synlege for alle når lappane blir viste.',
    mark: 'Skrive for rommet',
  },
};
