import type { DiscussionErrorCode } from '../../../shared/discussion/errors';

/** Norsk bokmål texts for comments and suggestions; nynorsk and English are typed against this object. */
export const discussionNb = {
  discussion: {
    errors: {
      'bad-command': 'Forespørselen var ugyldig. Last inn siden på nytt.',
      forbidden: 'Du har ikke lov til dette i denne planen.',
      'too-long': 'Teksten er for lang (høyst 10 000 tegn).',
      'too-many-mentions': 'Du kan nevne høyst 20 personer i én kommentar.',
      'unknown-mention': 'Du kan bare nevne personer som er med i planen.',
      'unknown-thread': 'Tråden finnes ikke lenger.',
      'unknown-message': 'Meldingen finnes ikke lenger.',
      'unknown-suggestion': 'Forslaget finnes ikke lenger.',
      'unknown-section': 'Delen av planen finnes ikke lenger.',
      'not-author': 'Bare den som skrev det, kan endre det.',
      'message-deleted': 'Meldingen er slettet.',
      'bad-anchor': 'Teksten er ikke lagret ennå, eller markeringen går over flere avsnitt. Prøv igjen.',
      'anchor-lost': 'Teksten forslaget gjaldt, er slettet. Forslaget kan bare avvises.',
      'suggestion-outdated': 'Teksten er endret siden forslaget ble laget. Se på den igjen.',
      'already-decided': 'Forslaget er allerede godtatt eller avvist.',
      'invalid-transition': 'Tråden er allerede i den tilstanden.',
      'id-taken': 'Noe gikk galt. Prøv igjen.',
      'limit-reached': 'Planen har nådd grensen for kommentarer eller forslag.',
      offline: 'Ikke tilkoblet. Prøv igjen når du er på nett.',
      failed: 'Det gikk ikke. Prøv igjen.',
    } satisfies Record<DiscussionErrorCode | 'offline' | 'failed', string>,
  },
};
