import type { accessNb } from './nb';

/** English texts for people, roles and access; typed against bokmål. */
export const accessEn: typeof accessNb = {
  time: {
    seconds_one: '{{count}} second',
    seconds_other: '{{count}} seconds',
    minutes_one: '{{count}} minute',
    minutes_other: '{{count}} minutes',
  },
  auth: {
    logout: 'Log out',
    logoutFailed: 'Could not log out. Check your connection and try again.',
    loggedOut: 'You are logged out.',
    unreachableTitle: 'Cannot reach Medverk',
    unreachableText: 'Check your connection and try again in a moment.',
    retry: 'Try again',
  },
  login: {
    title: 'Log in',
    intro: 'Log in with the account the municipality gave you.',
    emailLabel: 'Email',
    passwordLabel: 'Password',
    submit: 'Log in',
    submitting: 'Logging in …',
    emailRequired: 'Enter your email address.',
    passwordRequired: 'Enter your password.',
    invalidCredentials: 'The email address or the password is wrong.',
    rateLimited: 'Too many attempts. Wait {{wait}} before you try again.',
    rateLimitedLater: 'Too many attempts. Wait a little before you try again.',
    rateLimitedLong:
      'Too many attempts. Wait {{wait}} before you try again. From a browser you have logged in with before, you can log in now.',
    badRequest: 'Check that the email address is written correctly.',
    failed: 'Could not log in. Check your connection and try again.',
    oidc: 'Log in with ID-porten / the municipality’s login',
    orPassword: 'Or log in with email and password:',
    oidcFailed:
      'The login through ID-porten or the municipality was not accepted. Try again, or log in with email and password.',
    needsSetup:
      'Medverk is not set up yet. Open the setup link the server printed when it first started.',
    guestHint: 'Did you get an invitation link? Open the link to join. You do not need an account.',
    joinWithCode: 'Got a code? Join a workshop with it',
  },
  setup: {
    title: 'Set up Medverk',
    intro:
      'Create the first administrator’s account. The administrator can create plans and invite others.',
    nameLabel: 'Name',
    emailLabel: 'Email',
    passwordLabel: 'Password',
    passwordDescription: 'At least {{min}} characters.',
    passwordAgainLabel: 'Repeat the password',
    submit: 'Create administrator',
    submitting: 'Creating …',
    nameRequired: 'Enter your name.',
    emailInvalid: 'Enter a valid email address, for example name@municipality.no.',
    passwordTooShort: 'The password needs at least {{min}} characters.',
    passwordMismatch: 'The passwords are not the same.',
    badRequest: 'The server did not accept the details. Check the fields and try again.',
    failed: 'Could not finish the setup. Check your connection and try again.',
    refusedTitle: 'The setup link does not work',
    refusedText:
      'The link was used already, or it is wrong. If you have an account, log in. If not: restart the server and open the new link it prints.',
    alreadyTitle: 'Medverk is already set up',
    alreadyText: 'Log in with your account.',
    missingTokenTitle: 'The setup link is incomplete',
    missingTokenText: 'Open the whole link the server printed, including the part after #.',
    toLogin: 'Go to login',
  },
  roles: {
    yourRole: 'Your role: {{role}}',
    names: {
      owner: 'Owner',
      editor: 'Editor',
      facilitator: 'Facilitator',
      participant: 'Participant',
      observer: 'Observer',
    },
    nouns: {
      owner: 'owner',
      editor: 'editor',
      facilitator: 'facilitator',
      participant: 'participant',
      observer: 'observer',
    },
    descriptions: {
      owner: 'Can write in the plan, invite people, change roles and see the log.',
      editor: 'Can write in the plan together with the others.',
      facilitator: 'Can write in the plan and run workshops.',
      participant: 'Can take part in workshops, but does not see the draft plan.',
      observer: 'Can read the plan, but not change it.',
    },
  },
  access: {
    noAccessTitle: 'You do not have access',
    noAccessText:
      'You do not have access to this plan. If you need it, ask the plan’s case officer.',
    withdrawnTitle: 'You no longer have access to this plan',
    withdrawnText:
      'The case officer changed your access. To take part again, ask the case officer for a new link.',
    home: 'Go to the front page',
  },
  workshops: {
    title: 'Workshops',
    text: 'The workshops for “{{plan}}” will appear here when the case officer sets them up.',
    textNoPlan: 'The plan’s workshops will appear here when the case officer sets them up.',
    comeBack: 'You can close this page and come back here later in this browser.',
    goTo: 'Go to the workshops',
  },
};
