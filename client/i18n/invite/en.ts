import type { inviteNb } from './nb';

/**
 * English texts of the invitation page (joining a plan by link): in the participation part, not
 * in access/ with the shell, since only the participation pages use them.
 */
export const inviteEn: typeof inviteNb = {
  invite: {
    loading: 'Fetching the invitation …',
    title: 'Join “{{plan}}”',
    titleNoPlan: 'Join the plan',
    roleIntro: 'You are invited as {{role}}.',
    nameLabel: 'Your name',
    nameDescription: 'This is how the others in the plan see you. Your first name is enough.',
    nameRequired: 'Enter your name.',
    associationLabel: 'Association or organisation (optional)',
    associationDescription:
      'If you represent an association, for example a sports club or a residents’ association.',
    privacyHeading: 'What we store about you',
    privacyText:
      'Your name, and your association if you enter one, are stored with the plan and shown to the others in it. We store nothing else about you: no email address and no account. A cookie keeps you logged in in this browser.',
    staffIntro:
      'You are logged in as {{name}}. The plan will be added to your plans with this role.',
    submit: 'Join',
    submitting: 'Joining …',
    failed: 'Could not join. Check your connection and try again.',
    rateLimited: 'Too many attempts. Wait {{wait}} and try again.',
    loadFailedTitle: 'Could not fetch the invitation',
    loadFailed: 'Check your connection and try again.',
    unavailable: {
      whatToDo: 'Ask the plan’s case officer for a new link.',
      haveAccount: 'Do you have a Medverk account? Log in',
      expired: {
        title: 'The link has expired',
        text: 'Invitation links work for a limited time, and this one has expired.',
      },
      revoked: { title: 'The link was revoked', text: 'The case officer has closed this link.' },
      exhausted: {
        title: 'The link is used up',
        text: 'The link could only be used by a set number of people, and all places are taken.',
      },
      unknown: {
        title: 'Invitation not found',
        text: 'The link is wrong, or it no longer exists. Check that you have the whole link.',
      },
    },
  },
};
