import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { Route } from './router';

/** Every screen loads lazily, so charts, report and Excel code stay out of the first paint. */
export const screens: Record<Route, LazyExoticComponent<ComponentType>> = {
  overview: lazy(() => import('../features/overview/overview-screen').then((m) => ({ default: m.OverviewScreen }))),
  start: lazy(() => import('../features/start/start-screen').then((m) => ({ default: m.StartScreen }))),
  models: lazy(() => import('../features/models/models-screen').then((m) => ({ default: m.ModelsScreen }))),
  measure: lazy(() => import('../features/measure/measure-screen').then((m) => ({ default: m.MeasureScreen }))),
  sectors: lazy(() => import('../features/sectors/sectors-screen').then((m) => ({ default: m.SectorsScreen }))),
  costs: lazy(() => import('../features/costs/costs-screen').then((m) => ({ default: m.CostsScreen }))),
  gains: lazy(() => import('../features/gains/gains-screen').then((m) => ({ default: m.GainsScreen }))),
  transfers: lazy(() => import('../features/transfers/transfers-screen').then((m) => ({ default: m.TransfersScreen }))),
  sharing: lazy(() => import('../features/sharing/sharing-screen').then((m) => ({ default: m.SharingScreen }))),
  report: lazy(() => import('../features/report/report-screen').then((m) => ({ default: m.ReportScreen }))),
  uncertainty: lazy(() => import('../features/uncertainty/uncertainty-screen').then((m) => ({ default: m.UncertaintyScreen }))),
  library: lazy(() => import('../features/unit-library/library-screen').then((m) => ({ default: m.LibraryScreen }))),
  share: lazy(() => import('../features/report/share-preview').then((m) => ({ default: m.SharePreview }))),
  accessibility: lazy(() => import('../features/accessibility/accessibility-screen').then((m) => ({ default: m.AccessibilityScreen }))),
};
