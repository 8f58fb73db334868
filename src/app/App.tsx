import { Component, Suspense, type ReactNode } from 'react';
import { useMessages } from '../i18n/use-messages';
import { appMessages } from './messages';
import { href, useRoute, type Route } from './router';
import { screens } from './screens';
import { LangSwitch } from './lang-switch';
import { Toolbar } from './toolbar';

const NAV: Route[] = ['start', 'overview', 'measure', 'sectors', 'costs', 'gains', 'transfers', 'sharing', 'uncertainty', 'report', 'library', 'models'];

export function App() {
  const t = useMessages(appMessages);
  const { route } = useRoute();
  const Screen = screens[route];
  return (
    <div className="app" data-route={route}>
      <a className="skip-link" href="#main">{t('skipToContent')}</a>
      <header className="app-header no-print">
        <div className="brand">
          <a href={href('start')} className="brand-name">{t('appName')}</a>
          <span className="brand-tagline">{t('tagline')}</span>
        </div>
        <Toolbar />
        <LangSwitch />
      </header>
      <nav className="app-nav no-print" aria-label={t('mainNav')}>
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
