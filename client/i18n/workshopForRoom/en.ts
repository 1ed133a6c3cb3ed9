import type { workshopForRoomNb } from './nb';

/** English texts for "write for the room"; typed against bokmål. */
export const workshopForRoomEn: typeof workshopForRoomNb = {
  workshopForRoom: {
    heading: 'Write for the room',
    hint: 'For people in the room without a phone. The note is shown as “Written for the room”, never with your name.',
    label: 'Note for the room',
    group: 'To',
    plenary: 'Everyone (shared board)',
    add: 'Add',
    added: 'Added for the room',
    required: 'Write the note first.',
    written_one: '{{count}} note written for the room',
    written_other: '{{count}} notes written for the room',
    waiting: 'Shown to everyone when the notes are revealed.',
    mark: 'Written for the room',
  },
};
