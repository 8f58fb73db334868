import { Component, Suspense, type ReactNode } from 'react';
import { useMessages } from '../i18n/use-messages';
import { LANG_ID, NAV_ID, useAppMenu } from './app-menu';
import { useFocusAfterNavigation } from './focus';
import { appMessages } from './messages';
import { href, useRoute, type Route } from './router';
import { screens } from './screens';
import { LangSwitch } from './lang-switch';
import { FILE_TOOLS_ID, Toolbar } from './toolbar';
import './app.css';

const NAV: Route[] = ['start', 'overview', 'measure', 'sectors', 'costs', 'gains', 'transfers', 'sharing', 'uncertainty', 'report', 'library', 'models'];

export function App() {
  const t = useMessages(appMessages);
  const { route } = useRoute();
  const Screen = screens[route];
  const { open, setOpen, toggle, onKeyDown, onNavClick } = useAppMenu(route);
  useFocusAfterNavigation(route);

  const menuToggle = (
    <button
      ref={toggle}
      type="button"
      className="menu-toggle"
      aria-expanded={open}
      aria-controls={`${NAV_ID} ${FILE_TOOLS_ID} ${LANG_ID}`}
      onClick={() => setOpen((o) => !o)}
    >
      <span aria-hidden="true" className="menu-icon" />
      {t('menu')}
    </button>
  );

  return (
    <div className="app" data-route={route} data-menu={open ? 'open' : 'closed'}>
      <a className="skip-link" href="#main">{t('skipToContent')}</a>
      <header className="app-header no-print" onKeyDown={onKeyDown}>
        <div className="brand">
          <a href={href('start')} className="brand-name">{t('appName')}</a>
          <span className="brand-tagline">{t('tagline')}</span>
        </div>
        <Toolbar menuToggle={menuToggle} />
        <LangSwitch id={LANG_ID} />
      </header>
      <nav id={NAV_ID} className="app-nav no-print" aria-label={t('mainNav')} onKeyDown={onKeyDown} onClick={onNavClick}>
        <ul>
          {NAV.map((r) => (
            <li key={r}>
              <a href={href(r)} aria-current={r === route ? 'page' : undefined}>{t(`nav.${r}`)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" tabIndex={-1}>
        <ScreenBoundary key={route} title={t('crashTitle')} body={t('crashBody')}>
          <Suspense fallback={<p role="status">{t('loading')}</p>}>
            <Screen />
          </Suspense>
        </ScreenBoundary>
      </main>
      <footer className="app-footer no-print">
        <a href={href('accessibility')}>{t('nav.accessibility')}</a>
      </footer>
    </div>
  );
}

/** One broken screen must not take the model or the other screens with it. */
class ScreenBoundary extends Component<{ title: string; body: string; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div role="alert" className="crash">
        <h1>{this.props.title}</h1>
        <p>{this.props.body}</p>
      </div>
    );
  }
}
