import { describe, expect, it } from 'vitest';
import { announcements, editor } from './planPage';
import { expectNoAxeViolations } from './support/axe';
import { useBrowserSuite } from './support/browserSuite';
import {
  deliberationCast,
  discussionToggle,
  expectFocusOn,
  expectFocusKept,
  itemTexts,
  messageTexts,
  PANEL_NAME,
  panel,
  panelItem,
  plainText,
  pressTimes,
  tabTo,
  type Cast,
} from './support/deliberation';

const { server, browser } = useBrowserSuite();

const PURPOSE = 'Tekst for formål';
const STRATEGY = 'Tekst for strategi 1.1';
const STRATEGY_TEXT =
  'Åpne kommunens bygg for lag, foreninger og innbyggere utenom vanlig åpningstid.';
const COMMENT = 'Kan vi presisere dette? @Ola hva mener du?';
const REPLY = 'Ja, vi bør nevne frivilligheten her.';
/** The thread as everyone should read it. */
const MESSAGES = [`Kari: ${COMMENT}`, `Ola: ${REPLY}`];
const INSERTED = ' Sammen med foreningene.';

/**
 * Kari selects words with the keyboard and comments on them, mentioning Ola; Ola sees it arrive,
 * replies; the owner resolves it. Oda, an observer, reads along and can do nothing else.
 */
async function commentReplyResolve({ kari, ola, owner, oda }: Cast): Promise<void> {
  // Kari selects "Formålet med" with Shift+Arrow and comments on it (Ctrl+Alt+M).
  await tabTo(kari.page, editor(kari.page, PURPOSE));
  await kari.page.keyboard.press('Control+Home');
  await pressTimes(kari.page, 'Shift+ArrowRight', 'Formålet med'.length);
  await kari.page.keyboard.press('Control+Alt+KeyM');
  const newComment = panel(kari.page).getByRole('combobox', { name: 'Kommentar' });
  await expectFocusOn(newComment);
  expect(await panel(kari.page).locator('[data-new-thread] q').innerText()).toBe('Formålet med');

  // "@O" offers Oda and Ola; the arrow key moves to Ola and Enter picks him.
  await kari.page.keyboard.type('Kan vi presisere dette? @O');
  const people = kari.page.getByRole('listbox', { name: 'Personer du kan nevne' });
  await people.waitFor();
  expect(await people.getByRole('option').allInnerTexts()).toEqual([
    expect.stringContaining('Oda'),
    expect.stringContaining('Ola'),
  ]);
  await expectNoAxeViolations(kari.page);
  await kari.page.keyboard.press('ArrowDown');
  await expect
    .poll(() => people.getByRole('option', { selected: true }).innerText())
    .toContain('Ola');
  await kari.page.keyboard.press('Enter');
  await people.waitFor({ state: 'hidden' });
  await kari.page.keyboard.type('hva mener du?');
  expect(await newComment.inputValue()).toBe(COMMENT);
  await kari.page.keyboard.press('Control+Enter');

  // The new thread is shown open in Kari's panel, and focus moved to it.
  const karisThread = panelItem(kari.page, 'Formålet med');
  await expect.poll(() => messageTexts(karisThread)).toEqual([`Kari: ${COMMENT}`]);
  await expectFocusKept(kari.page);
  await expect.poll(() => announcements(kari.page)).toContain('Kommentaren er lagt til.');
  await expectNoAxeViolations(kari.page);

  // Ola sees it arrive: the count in the header, the highlight in the text, and he is told.
  await expect
    .poll(() => discussionToggle(ola.page).innerText(), { timeout: 10_000 })
    .toBe('Kommentarer (1 ny)');
  await expect.poll(() => announcements(ola.page)).toContain('Kari nevnte deg i en ny kommentar.');
  await expect
    .poll(() => editor(ola.page, PURPOSE).locator('.comment-range[data-thread-id]').allInnerTexts())
    .toEqual(['Formålet med']);

  // He opens the panel and the thread by keyboard and replies.
  await tabTo(ola.page, discussionToggle(ola.page));
  await ola.page.keyboard.press('Enter');
  const olasThread = panelItem(ola.page, 'Formålet med');
  const olasThreadToggle = olasThread.locator('[data-role="toggle"]');
  expect(await olasThreadToggle.innerText()).toMatch(/^Ny\s/);
  await tabTo(ola.page, olasThreadToggle);
  await ola.page.keyboard.press('Enter');
  await expect.poll(() => messageTexts(olasThread)).toEqual([`Kari: ${COMMENT}`]);
  const olasReply = olasThread.getByRole('combobox', { name: 'Svar' });
  await tabTo(ola.page, olasReply);
  await ola.page.keyboard.type(REPLY);
  await ola.page.keyboard.press('Control+Enter');
  await expect.poll(() => messageTexts(olasThread)).toEqual(MESSAGES);
  await expect.poll(() => olasReply.inputValue()).toBe('');
  await expectFocusKept(ola.page);
  // Seen now: the header no longer counts it as new.
  await expect.poll(() => discussionToggle(ola.page).innerText()).toBe('Kommentarer');

  // Kari, who has the thread open, hears the reply and reads it.
  await expect
    .poll(() => announcements(kari.page), { timeout: 10_000 })
    .toContain('Nytt svar fra Ola i tråden du har åpen.');
  expect(await messageTexts(karisThread)).toEqual(MESSAGES);
  // The mention is set apart (bold) in the message.
  expect(await karisThread.locator('li[data-message-id] strong').allInnerTexts()).toEqual(['@Ola']);

  // Oda reads the thread, but has no reply field, resolve button or comment form.
  await tabTo(oda.page, discussionToggle(oda.page));
  await oda.page.keyboard.press('Enter');
  const odasThread = panelItem(oda.page, 'Formålet med');
  await tabTo(oda.page, odasThread.locator('[data-role="toggle"]'));
  await oda.page.keyboard.press('Enter');
  await expect.poll(() => messageTexts(odasThread)).toEqual(MESSAGES);
  expect(await panel(oda.page).locator('textarea, [role="combobox"]').count()).toBe(0);
  expect(await odasThread.getByRole('button', { name: 'Marker som løst' }).count()).toBe(0);
  expect(
    await panel(oda.page)
      .getByRole('button', { name: /Kommenter/ })
      .count(),
  ).toBe(0);

  // The owner resolves it by keyboard; focus stays in the panel.
  await tabTo(owner.page, discussionToggle(owner.page));
  await owner.page.keyboard.press('Enter');
  const ownersThread = panelItem(owner.page, 'Formålet med');
  await tabTo(owner.page, ownersThread.locator('[data-role="toggle"]'));
  await owner.page.keyboard.press('Enter');
  await expect.poll(() => messageTexts(ownersThread)).toEqual(MESSAGES);
  await tabTo(owner.page, ownersThread.getByRole('button', { name: 'Marker som løst' }));
  await owner.page.keyboard.press('Enter');
  await expect.poll(() => announcements(owner.page)).toContain('Tråden er markert som løst.');
  await ownersThread.waitFor({ state: 'detached' });
  await expectFocusKept(owner.page);

  // Everyone sees it resolved: gone from the open list and from the text, listed as resolved.
  for (const page of [kari.page, ola.page, oda.page]) {
    await panel(page)
      .getByText('Ingen åpne kommentarer eller forslag.')
      .waitFor({ timeout: 10_000 });
    await panel(page).getByText('Løste (1)').waitFor();
    await expect.poll(() => page.locator('.comment-range').count()).toBe(0);
  }
  await oda.page.getByRole('radio', { name: 'Løste (1)' }).check();
  const resolved = panelItem(oda.page, 'Formålet med');
  // Still open: what was open in the panel stays open when it moves to another list.
  expect(await resolved.locator('[data-role="toggle"]').getAttribute('aria-expanded')).toBe('true');
  await resolved.getByText('Løst av Saksbehandler Siri').waitFor();
  expect(await messageTexts(resolved)).toEqual(MESSAGES);
  expect(await resolved.getByRole('button', { name: 'Gjenåpne' }).count()).toBe(0);
}

/**
 * Kari suggests an insertion and a deletion; the owner accepts the one and rejects the other;
 * Ola watches the text change live. Oda sees the suggestions and cannot decide or type.
 */
async function suggestAcceptReject({ kari, ola, owner, oda }: Cast): Promise<void> {
  // Kari closes her panel (focus returns to the header) and goes on to strategy 1.1.
  const closePanel = panel(kari.page).getByRole('button', { name: 'Lukk kommentarer og forslag' });
  await tabTo(kari.page, closePanel, { backwards: true });
  await kari.page.keyboard.press('Enter');
  await expectFocusOn(discussionToggle(kari.page));
  const karisStrategy = editor(kari.page, STRATEGY);
  await tabTo(kari.page, karisStrategy);

  // Alt+F10 reaches the toolbar; End is its last button, "Foreslå endringer"; Escape goes back.
  await kari.page.keyboard.press('Alt+F10');
  await kari.page.keyboard.press('End');
  const suggestSwitch = kari.page
    .getByRole('toolbar', { name: `Verktøylinje: ${STRATEGY}` })
    .getByRole('button', { name: 'Foreslå endringer' });
  await expectFocusOn(suggestSwitch);
  await kari.page.keyboard.press('Enter');
  await expect.poll(() => suggestSwitch.getAttribute('aria-pressed')).toBe('true');
  await expect.poll(() => announcements(kari.page)).toContain('Du foreslår endringer.');
  await kari.page.keyboard.press('Escape');
  await expectFocusOn(karisStrategy);

  // An insertion at the end, drawn as her own until it is sent.
  await kari.page.keyboard.press('Control+End');
  await kari.page.keyboard.type(INSERTED);
  await expect
    .poll(() => karisStrategy.locator('ins.suggestion.is-own').allTextContents())
    .toEqual([INSERTED]);
  // Separately, "kommunens " selected and deleted. Moving away sends the insertion; its stored
  // copy (with her name, so no longer "own, sending") redraws the text, so the selection is made
  // only once that has happened.
  await kari.page.keyboard.press('Control+Home');
  await expect
    .poll(() => karisStrategy.locator('ins.suggestion-insert[data-suggestion-id]:not(.is-own)').allTextContents(), {
      timeout: 10_000,
    })
    .toEqual([INSERTED]);
  // Once, in CI under load, a selection made here was gone before Delete (the text redrawn once
  // more after the stored copy arrived): select until it holds, as a person would.
  await expect
    .poll(
      async () => {
        await kari.page.keyboard.press('Control+Home');
        await pressTimes(kari.page, 'ArrowRight', 'Åpne '.length);
        await pressTimes(kari.page, 'Shift+ArrowRight', 'kommunens '.length);
        return kari.page.evaluate(() => window.getSelection()?.toString());
      },
      { timeout: 10_000 },
    )
    .toBe('kommunens ');
  await kari.page.keyboard.press('Delete');
  // Drawn as her own until sent (after a pause or on moving away), then as stored: either will do.
  await expect
    .poll(() => karisStrategy.locator('.suggestion-delete').allTextContents())
    .toEqual(['kommunens ']);
  // Neither changed the plan's text.
  expect(await plainText(karisStrategy)).toBe(STRATEGY_TEXT);

  // Ola sees both, stored, drawn in his copy of the text.
  const olasStrategy = editor(ola.page, STRATEGY);
  await expect
    .poll(
      () => olasStrategy.locator('ins.suggestion-insert[data-suggestion-id]').allTextContents(),
      { timeout: 10_000 },
    )
    .toEqual([INSERTED]);
  await expect
    .poll(() => olasStrategy.locator('.suggestion-delete[data-suggestion-id]').allTextContents())
    .toEqual(['kommunens ']);
  // A screen reader is told what each one is.
  expect(await olasStrategy.locator('.ds-sr-only').allTextContents()).toEqual([
    'Forslag om å slette: ',
    'Forslag om å sette inn: ',
  ]);

  // The owner's panel lists them; she accepts the insertion and rejects the deletion by keyboard.
  const insertion = panelItem(owner.page, 'Sett inn «Sammen med foreningene.»');
  const deletion = panelItem(owner.page, 'Slett «kommunens»');
  await insertion.waitFor({ timeout: 10_000 });
  await deletion.waitFor();
  expect(await insertion.innerText()).toContain('Forslag fra Kari');
  await editor(owner.page, STRATEGY).locator('ins.suggestion-insert[data-suggestion-id]').waitFor();
  await expectNoAxeViolations(owner.page);

  // Oda sees the same suggestions, without a way to decide, withdraw or comment on them.
  await oda.page.getByRole('radio', { name: /^Åpne/ }).check();
  await panelItem(oda.page, 'Sett inn «Sammen med foreningene.»').waitFor({ timeout: 10_000 });
  await panelItem(oda.page, 'Slett «kommunens»').waitFor();
  expect(
    await panel(oda.page)
      .getByRole('button', { name: /^(Godta|Avvis|Trekk tilbake|Kommenter forslaget)/ })
      .count(),
  ).toBe(0);
  await expectNoAxeViolations(oda.page);
  // And she cannot type in the text.
  const odasStrategy = editor(oda.page, STRATEGY);
  expect(await odasStrategy.getAttribute('aria-readonly')).toBe('true');
  expect(await odasStrategy.getAttribute('contenteditable')).toBe('false');
  await odasStrategy.click();
  await oda.page.keyboard.type('Oda var her');
  await oda.page.keyboard.press('Backspace');
  expect(await plainText(odasStrategy)).toBe(STRATEGY_TEXT);

  await tabTo(owner.page, insertion.getByRole('button', { name: /^Godta:/ }));
  await owner.page.keyboard.press('Enter');
  await expect.poll(() => announcements(owner.page)).toContain('Forslaget er godtatt.');
  await insertion.waitFor({ state: 'detached' });
  await expectFocusKept(owner.page);
  await expect
    .poll(() => announcements(kari.page), { timeout: 10_000 })
    .toContain('Saksbehandler Siri godtok forslaget ditt.');
  await tabTo(owner.page, deletion.getByRole('button', { name: /^Avvis:/ }));
  await owner.page.keyboard.press('Space');
  await expect.poll(() => announcements(owner.page)).toContain('Forslaget er avvist.');
  await deletion.waitFor({ state: 'detached' });
  await expectFocusKept(owner.page);

  // Ola's text has the insertion and still "kommunens", and no suggestion marks are left.
  const decided = `${STRATEGY_TEXT}${INSERTED}`;
  await expect.poll(() => plainText(olasStrategy), { timeout: 10_000 }).toBe(decided);
  await expect.poll(() => olasStrategy.locator('.suggestion').count()).toBe(0);
  await expect.poll(() => plainText(karisStrategy)).toBe(decided);
  await expect.poll(() => karisStrategy.locator('.suggestion').count()).toBe(0);
  await expect
    .poll(() => announcements(kari.page), { timeout: 10_000 })
    .toContain('Saksbehandler Siri avviste forslaget ditt.');
}

/**
 * On a phone the panel is a modal dialog over the plan (here Oda's, with what was decided);
 * Escape closes it and focus returns to the header button.
 */
async function phoneLayout({ oda }: Cast): Promise<void> {
  await oda.page.setViewportSize({ width: 390, height: 844 });
  const dialog = oda.page.getByRole('dialog', { name: PANEL_NAME });
  await dialog.waitFor();
  await dialog.getByRole('radio', { name: 'Løste (3)' }).check();
  await expect
    .poll(() => itemTexts(dialog))
    .toEqual([
      expect.stringContaining('Formålet med'),
      expect.stringMatching(
        /Sett inn «Sammen med foreningene\.»[\s\S]*Godtatt av Saksbehandler Siri/,
      ),
      expect.stringMatching(/Slett «kommunens»[\s\S]*Avvist av Saksbehandler Siri/),
    ]);
  await expectNoAxeViolations(oda.page);
  await oda.page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  await expectFocusOn(discussionToggle(oda.page));
}

describe('deliberation on the draft (issue #11)', () => {
  it('two editors, the owner and an observer comment, reply, resolve, suggest and decide', async () => {
    const cast = await deliberationCast(browser(), server());
    try {
      await commentReplyResolve(cast);
      await suggestAcceptReject(cast);
      await phoneLayout(cast);
    } finally {
      await cast.closeAll();
    }
  });
});
