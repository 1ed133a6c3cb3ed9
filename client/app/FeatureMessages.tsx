import { Suspense, use } from 'react';
import { Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../i18n/languages';
import { hasTexts, loadTexts, type TextPart } from '../i18n/messageLoading';
import { PageLoading } from '../ui/PageLoading';

const ALL_PARTS: readonly TextPart[] = ['participation', 'features'];

/**
 * The pages under this route use texts beyond the shell's and render once those are in: every
 * part (client/i18n/participation/ and features/), or only `parts` (the participant's pages:
 * participation). The plan list and the other shell pages never download them.
 */
export function FeatureMessages({ parts = ALL_PARTS }: { parts?: readonly TextPart[] }) {
  const { t } = useTranslation();
  return (
    <Suspense fallback={<PageLoading label={t('app.loading')} />}>
      <WithTexts parts={parts} />
    </Suspense>
  );
}

function WithTexts({ parts }: { parts: readonly TextPart[] }) {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
  const missing = parts.filter((part) => !hasTexts(language, part));
  if (missing.length > 0) use(textsLoaded(language, missing));
  return <Outlet />;
}

/** One promise per set of parts, the same on every render, for `use` to wait on. */
const waiting = new Map<string, Promise<unknown>>();
function textsLoaded(language: Language, parts: readonly TextPart[]): Promise<unknown> {
  const key = `${language}:${parts.join(',')}`;
  let promise = waiting.get(key);
  if (!promise) {
    promise = Promise.all(parts.map((part) => loadTexts(language, part))).finally(() =>
      waiting.delete(key),
    );
    waiting.set(key, promise);
  }
  return promise;
}
