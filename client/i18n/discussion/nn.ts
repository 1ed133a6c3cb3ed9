import type { discussionNb } from './nb';

/** Nynorsk texts for comments and suggestions; typed against bokmål. */
export const discussionNn: typeof discussionNb = {
  discussion: {
    errors: {
      'bad-command': 'Førespurnaden var ugyldig. Last inn sida på nytt.',
      forbidden: 'Du har ikkje lov til dette i denne planen.',
      'too-long': 'Teksten er for lang (høgst 10 000 teikn).',
      'too-many-mentions': 'Du kan nemne høgst 20 personar i éin kommentar.',
      'unknown-mention': 'Du kan berre nemne personar som er med i planen.',
      'unknown-thread': 'Tråden finst ikkje lenger.',
      'unknown-message': 'Meldinga finst ikkje lenger.',
      'unknown-suggestion': 'Forslaget finst ikkje lenger.',
      'unknown-section': 'Delen av planen finst ikkje lenger.',
      'not-author': 'Berre den som skreiv det, kan endre det.',
      'message-deleted': 'Meldinga er sletta.',
      'bad-anchor': 'Teksten er ikkje lagra enno, eller markeringa går over fleire avsnitt. Prøv igjen.',
      'anchor-lost': 'Teksten forslaget gjaldt, er sletta. Forslaget kan berre avvisast.',
      'suggestion-outdated': 'Teksten er endra sidan forslaget vart laga. Sjå på han igjen.',
      'already-decided': 'Forslaget er allereie godteke eller avvist.',
      'invalid-transition': 'Tråden er allereie i den tilstanden.',
      'id-taken': 'Noko gjekk gale. Prøv igjen.',
      'limit-reached': 'Planen har nådd grensa for kommentarar eller forslag.',
      offline: 'Ikkje tilkopla. Prøv igjen når du er på nett.',
      failed: 'Det gjekk ikkje. Prøv igjen.',
    },
  },
};
