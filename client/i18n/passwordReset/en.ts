import type { passwordResetNb } from './nb';

/** English texts for password reset; typed against bokmål. */
export const passwordResetEn: typeof passwordResetNb = {
  passwordReset: {
    forgotLink: 'Forgot your password?',
    forgotTitle: 'Forgot your password',
    forgotIntro:
      'Enter the email address you log in with. We will send a link you can use to choose a new password.',
    emailLabel: 'Email',
    emailInvalid: 'Enter a valid email address, for example kari@kommune.no.',
    send: 'Send link',
    sending: 'Sending …',
    sentTitle: 'Check your email',
    sent: 'If there is an account with the address {{email}}, it will get an email with a link shortly. The link works for one hour. If you cannot find it, look in your spam folder.',
    noEmailTitle: 'Ask an administrator for a link',
    noEmail:
      'Medverk cannot send email here. Ask an administrator in the municipality for a link to set a new password.',
    rateLimited: 'You have asked for many links just now. Try again in {{wait}}.',
    failed: 'Could not send the link. Check your connection and try again.',
    toLogin: 'Back to login',
    resetTitle: 'Choose a new password',
    resetIntro:
      'Choose a new password for {{email}}. When you save it, you are logged out everywhere else.',
    passwordLabel: 'New password',
    passwordDescription: 'At least {{min}} characters.',
    passwordAgainLabel: 'Repeat the password',
    passwordTooShort: 'The password must have at least {{min}} characters.',
    passwordMismatch: 'The passwords are not the same.',
    save: 'Save the password',
    saving: 'Saving …',
    saved: 'Your password is changed, and you are logged in.',
    saveFailed: 'Could not save the password. Try again.',
    checking: 'Checking the link …',
    checkFailed: 'Could not check the link. Check your connection and reload the page.',
    expiredTitle: 'The link has expired',
    expired:
      'Links for a new password work for one hour. Ask for a new link, and choose your password with it.',
    invalidTitle: 'The link does not work',
    invalid:
      'The link has been used already, or a newer link was made for the same account. Use the newest link, or ask for a new one.',
    missingTitle: 'Part of the link is missing',
    missing: 'Copy the whole link from the email or from the administrator, and open it again.',
    askNew: 'Ask for a new link',
    accountsNav: 'Accounts',
    accountsTitle: 'Accounts',
    accountsIntro:
      'All accounts in Medverk. If someone has forgotten their password, you can make a link for a new password and give it to them.',
    accountsCaption: 'Accounts in Medverk',
    nameColumn: 'Name',
    emailColumn: 'Email',
    actionsColumn: 'Actions',
    administrator: 'Administrator',
    makeLink: 'Make a link for a new password',
    makeLinkFor: 'Make a link for a new password for {{name}}',
    making: 'Making the link …',
    makeFailed: 'Could not make the link. Try again.',
    newLinkHeading: 'Link for a new password for {{name}}',
    newLinkText:
      'The link is shown only now and works once, for one hour. Give it only to {{name}}, for example by phone or in person. Older links for the account no longer work.',
    linkLabel: 'Link for a new password',
    copy: 'Copy link',
    copied: 'Copied',
    copyFailed: 'Could not copy. The link is selected, so you can copy it yourself.',
    loadFailed: 'Could not load the accounts. Check your connection and try again.',
    adminsOnly: 'Only administrators can see the accounts.',
    retry: 'Try again',
  },
};
