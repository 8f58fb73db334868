import { useMessages } from '../../i18n/use-messages';
import { accessibilityMessages } from './messages';
import { AUTHORITY_URL, KNOWN_ISSUES, TESTED, UNTESTED } from './statement';

/**
 * #/accessibility: the accessibility statement (tilgjengelighetserklæring) Norwegian
 * public bodies must publish. Plain sections in a fixed order, so it reads well with a
 * screen reader and prints as it stands.
 */
export function AccessibilityScreen() {
  const t = useMessages(accessibilityMessages);
  return (
    <article className="accessibility-statement" aria-labelledby="accessibility-title">
      <h1 id="accessibility-title">{t('title')}</h1>
      <p>{t('intro')}</p>

      <h2>{t('standard.heading')}</h2>
      <p>{t('standard.body')}</p>

      <h2>{t('status.heading')}</h2>
      <p>{t('status.body')}</p>

      <h2>{t('tested.heading')}</h2>
      <ul>
        {TESTED.map(({ key }) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>

      <h2>{t('untested.heading')}</h2>
      <ul>
        {UNTESTED.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>

      <h2>{t('known.heading')}</h2>
      <ul>
        {KNOWN_ISSUES.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>

      <h2>{t('feedback.heading')}</h2>
      <p>{t('feedback.body')}</p>
      <p>{t('feedback.publishers')}</p>
      <p>
        {t('feedback.authority')} <a href={AUTHORITY_URL} rel="noreferrer">{t('feedback.authorityLink')}</a>
      </p>

      <p>
        <small>{t('updated')}</small>
      </p>
    </article>
  );
}
